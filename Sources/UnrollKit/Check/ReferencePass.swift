import UnrollPython

/// Every value a pass of the engine holds under each record name, at each timestep:
/// what a learner's line is held against.
///
/// Built from a recording: its assigned values, the programs' initial values (h_0 = 0,
/// C_0 = 0, `dh_next` and `dC_next` after the last step) and each gradient's partial
/// sums, replayed from the recorded values (`Replay`): zero before the pass, then the
/// sum after each timestep's accumulation, in the order the pass adds them.
struct ReferencePass {
  /// One value of a record.
  struct Value {
    /// The record name: `h_t`, `dh_next`, `dWxh`.
    let record: String
    /// The timestep, 1-based; nil outside the timesteps (and for a sum before the pass).
    let t: Int?
    /// The value.
    let value: Matrix
    /// Whether it is an initial value (h_0, a partial sum before the pass), not computed.
    let isInitial: Bool
  }

  /// The values of each quantity (`CheckedNames.quantity(of:)`), in the order computed.
  private(set) var values: [String: [Value]] = [:]
  /// The operations of the programs by record name, for their formulas.
  let operations: [String: Operation]
  /// The number of timesteps.
  let steps: Int
  /// The recorded values laid out for running an operation again (what it reads).
  let replay: Replay
  /// The parameters the pass ran on.
  let parameters: Parameters

  /// The values `recording` of `programs` holds, on `parameters` and `example`.
  ///
  /// Partial sums are kept for every parameter while they take at most `budget` bytes;
  /// past it only zero and the final sum are kept (sizes far beyond the notes').
  init(
    programs: [Program], recording: Recording, parameters: Parameters, example: Example,
    budget: Int = 256 << 20
  ) {
    steps = example.steps
    self.parameters = parameters
    replay = Replay(
      recording: recording, parameters: parameters, example: example, programs: programs)
    var operations: [String: Operation] = [:]
    for operation in programs.flatMap({ $0.blocks.flatMap(\.operations) })
    where operations[operation.name] == nil {
      operations[operation.name] = operation
    }
    self.operations = operations
    for program in programs {
      for initial in program.initialValues {
        let t = initial.position == .beforeFirst ? 0 : example.steps + 1
        add(
          Value(
            record: initial.name, t: t, value: Matrix(rows: initial.rows, cols: 1), isInitial: true)
        )
      }
    }
    for record in recording.records {
      add(Value(record: record.name, t: record.t, value: record.value, isInitial: false))
    }
    addPartialSums(programs, parameters, example, budget: budget)
  }

  private mutating func add(_ value: Value) {
    values[CheckedNames.quantity(of: value.record), default: []].append(value)
  }

  /// Zero, then each timestep's partial sum of every gradient, replayed in the pass's order.
  private mutating func addPartialSums(
    _ programs: [Program], _ parameters: Parameters, _ example: Example, budget: Int
  ) {
    let bytes = parameters.ordered.reduce(0) { $0 + $1.value.count * 8 } * (example.steps + 2)
    let keepsEverySum = bytes <= budget
    var sums: [String: Matrix] = [:]
    for program in programs {
      for block in program.blocks {
        let accumulations = block.operations.filter { $0.gradientParameter != nil }
        guard !accumulations.isEmpty else { continue }
        for t in block.timesteps(example.steps) {
          for operation in accumulations {
            guard let parameter = operation.gradientParameter,
              let shape = parameters[parameter]?.shape
            else { continue }
            var sum = sums[parameter] ?? .zeros(shape)
            if sums[parameter] == nil {
              add(Value(record: operation.name, t: nil, value: sum, isInitial: true))
            }
            // A pass that stopped has no values past its failure: its sums stop there.
            do { _ = try replay.run(operation, t: t, into: &sum) } catch { return }
            sums[parameter] = sum
            if keepsEverySum {
              add(Value(record: operation.name, t: t, value: sum, isInitial: false))
            }
          }
        }
      }
    }
    if !keepsEverySum {
      for (parameter, sum) in sums {
        add(Value(record: "d" + parameter, t: nil, value: sum, isInitial: false))
      }
    }
  }

  /// The values that count as on track for `quantity`, this timestep's first, then the
  /// others by their distance from `t`.
  func candidates(_ quantity: String, near t: Int?) -> [Value] {
    let all = values[quantity] ?? []
    guard let t else { return all.reversed() }
    return all.sorted { abs(($0.t ?? 0) - t) < abs(($1.t ?? 0) - t) }
  }

  /// The value of `quantity` that `array` equals, if any: on track.
  func match(_ array: NDArray, quantity: String, near t: Int?) -> Value? {
    candidates(quantity, near: t).first { Agreement.agrees(array, $0.value) }
  }

  /// The correct value of `record` at timestep `t`: computed there; outside the loop
  /// (`t` nil) a value computed once (the head's), else the initial value (h_0 = 0,
  /// a partial sum's 0, `dh_next`'s 0 before the backward loop); else the last value.
  func correct(_ record: String, at t: Int?) -> Value? {
    let all = (values[CheckedNames.quantity(of: record)] ?? []).filter { $0.record == record }
    if let t {
      if let exact = all.last(where: { $0.t == t && !$0.isInitial }) { return exact }
    } else {
      if let once = all.last(where: { $0.t == nil && !$0.isInitial }) { return once }
      if let initial = all.first(where: \.isInitial) { return initial }
    }
    return all.last { !$0.isInitial } ?? all.last
  }

  /// The value of `record` at timestep `t` exactly (0 for h_0), as an operation reads it.
  func value(_ record: String, exactlyAt t: Int?) -> Value? {
    (values[CheckedNames.quantity(of: record)] ?? []).last { $0.record == record && $0.t == t }
  }

  /// Every value under any record that `array` equals, for saying what a wrong value holds.
  func everyMatch(_ array: NDArray) -> [Value] {
    values.values.flatMap { $0 }.filter { Agreement.agrees(array, $0.value) }
  }
}
