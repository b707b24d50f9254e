/// Runs programs over the timesteps and records every value they assign.
///
/// The only place in Unroll that records: an operation computes, the interpreter
/// stores the result under the operation's name and timestep, appends a `Record`,
/// and moves on. An operation that throws stops the run; the records up to it and
/// the failure are kept, so a learner can step to the line that broke.
public enum Interpreter {
  /// Runs `programs` in order on one example, sharing their values.
  ///
  /// With `keepsRecords` false nothing is appended to `records` or to the stop log
  /// `stops` (training needs only the gradients and the head); `firstNonFinite` is then
  /// 0 when any value went bad, and a second run with records names it.
  ///
  /// With `checkpointSpacing` n, the running sum of each parameter's gradient is kept
  /// after every n-th accumulation into it (`Recording.checkpoints`), so that a partial
  /// sum is at most n accumulations away from one.
  ///
  /// `frozen` (name → t → value) replaces the value a step reads of its previous step
  /// (`h_t` at t − 1): the truncated objective of `Model.loss(_:on:frozen:)`.
  public static func run(
    _ programs: [Program], parameters: Parameters, example: Example, keepsRecords: Bool = true,
    checkpointSpacing: Int? = nil, frozen: [String: [Int: Matrix]] = [:]
  ) -> Recording {
    run(
      Plan(programs, parameters: parameters), parameters: parameters, example: example,
      keepsRecords: keepsRecords, checkpointSpacing: checkpointSpacing, frozen: frozen)
  }

  /// `run` on programs prepared once, for many runs (training runs thousands).
  static func run(
    _ plan: Plan, parameters: Parameters, example: Example, keepsRecords: Bool,
    checkpointSpacing: Int? = nil, frozen: [String: [Int: Matrix]] = [:]
  ) -> Recording {
    let steps = example.steps
    let store = ValueStore(
      table: plan.table, steps: steps, parameters: parameters, example: example)
    store.cuts = plan.cuts
    store.frozen = frozen
    var recording = Recording(gradients: parameters)
    recording.keepsRecords = keepsRecords
    recording.programNames = plan.programs.map(\.name)
    if keepsRecords { store.readLog = [] }
    var accumulated: [Int: Int] = [:]  // gradient slot → accumulations so far
    for (p, program) in plan.programs.enumerated() {
      for initial in program.initialValues {
        let t = initial.position == .beforeFirst ? 0 : steps + 1
        store.set(slot: initial.slot, t: t, Matrix(rows: initial.rows, cols: 1))
      }
      for (b, block) in program.blocks.enumerated() {
        for k in 0..<block.source.visits(steps) {
          let t = block.source.timestep(k, of: steps)
          let context = Context(t: t ?? 0, steps: steps, store: store)
          for (index, operation) in block.operations.enumerated() {
            if let runsAt = operation.runsAt, !runsAt(context.t, steps) { continue }
            // What this operation reads and writes, for the stop log.
            func log(record: Int?, isFailure: Bool = false) {
              guard keepsRecords else { return }
              let source = block.source.operations[index]
              recording.stops.append(
                Stop(
                  program: p, block: b, operation: index, phase: block.source.phase, t: t,
                  reads: (store.readLog ?? []).map { ValueRef(name: $0.name, t: $0.t) },
                  writes: source.name, parameter: source.gradientParameter, record: record,
                  isFailure: isFailure))
              store.readLog = []
            }
            do {
              switch operation.effect {
              case .assign(let compute):
                let value = try compute(context)
                store.set(slot: operation.slot, t: t, value)
                if recording.firstNonFinite == nil, !value.isFinite {
                  recording.firstNonFinite = recording.records.count
                }
                if keepsRecords {
                  let source = block.source.operations[index]
                  recording.records.append(
                    Record(
                      phase: block.source.phase, t: t, name: source.name,
                      formula: source.formula, line: source.line, deviation: source.deviation,
                      value: value))
                  log(record: recording.records.count - 1)
                }
              case .accumulate(_, let add):
                try store.accumulate(slot: operation.slot) { sum in try add(context, &sum) }
                log(record: nil)
              case .accumulateOuter(_, let factors):
                let (a, b) = try factors(context)
                try store.accumulateOuter(slot: operation.slot, a, b)
                log(record: nil)
              }
              if let spacing = checkpointSpacing, spacing > 0, operation.effect.isAccumulation {
                let n = accumulated[operation.slot, default: 0] + 1
                accumulated[operation.slot] = n
                if n % spacing == 0, let sum = store.gradientSoFar(slot: operation.slot) {
                  recording.checkpoints[store.name(operation.slot), default: [:]][n] = sum
                }
              }
            } catch {
              log(record: nil, isFailure: true)
              recording.failure = OperationFailure(
                phase: block.source.phase, t: t, operation: block.source.operations[index],
                reason: error)
              store.finish(&recording, parameters: parameters)
              return recording
            }
          }
        }
      }
    }
    store.finish(&recording, parameters: parameters)
    return recording
  }

  /// Programs prepared for running: every name they can meet has a slot in the value
  /// store, and every operation knows the slot it writes, so that only the names an
  /// operation reads are looked up while it runs.
  final class Plan: @unchecked Sendable {
    let table: NameTable
    let programs: [PlannedProgram]

    struct PlannedProgram {
      let name: String
      let initialValues: [(slot: Int, position: InitialValue.Position, rows: Int)]
      let blocks: [PlannedBlock]
    }

    struct PlannedBlock {
      let source: Block
      let operations: [(effect: Effect, slot: Int, runsAt: (@Sendable (Int, Int) -> Bool)?)]
    }

    /// Where the backward flow is cut, if a program truncates it: K and the carried slots.
    let cuts: ValueStore.Cuts?

    /// Slots for `parameters`, `x_t`, and every name `programs` assign or accumulate.
    init(_ programs: [Program], parameters: Parameters) {
      var table = NameTable()
      for name in parameters.names + parameters.values.keys.sorted() {
        table.add(name)
      }
      table.markParameters()
      table.add("x_t")
      for program in programs {
        for initial in program.initialValues { table.add(initial.name) }
        for operation in program.blocks.flatMap(\.operations) {
          table.add(operation.target)
        }
      }
      self.table = table
      self.programs = programs.map { program in
        PlannedProgram(
          name: program.name,
          initialValues: program.initialValues.map { initial in
            (table.find(initial.name) ?? 0, initial.position, initial.rows)
          },
          blocks: program.blocks.map { block in
            PlannedBlock(
              source: block,
              operations: block.operations.map {
                ($0.effect, table.find($0.target) ?? 0, $0.runsAt)
              })
          })
      }
      cuts =
        programs.lazy.compactMap { program -> ValueStore.Cuts? in
          guard let k = program.cutEvery else { return nil }
          let carried = program.initialValues.filter { $0.position == .afterLast }
          return ValueStore.Cuts(every: k, slots: Set(carried.compactMap { table.find($0.name) }))
        }.first
    }
  }
}

extension Operation {
  /// The name whose slot the operation writes: its own, or its parameter's gradient.
  var target: String {
    gradientParameter ?? name
  }
}

/// An error of the engine itself, with the facts in it.
public enum EngineError: Error, Equatable, Sendable, CustomStringConvertible {
  /// A program read a name that no operation has assigned (a bug in a program).
  case unknownValue(name: String, t: Int?)
  /// The documents' BPTT asked of a model the notes give no backward pass (LSTM, GRU).
  case noBackwardInNotes(model: ModelKind, bptt: BPTT)

  /// One sentence naming the problem.
  public var description: String {
    switch self {
    case .unknownValue(let name, let t):
      return "no value named \(name)" + (t.map { " at t=\($0)" } ?? "")
    case .noBackwardInNotes(let model, let bptt):
      let why = model.notesGiveNoBackward ?? "the notes' backward() is the RNN's"
      return "there is no \(bptt.rawValue) BPTT for the \(model.rawValue.uppercased()): "
        + "\(why), only the correct one exists"
    }
  }
}

/// What an operation sees while it computes: the values named so far, by name and timestep.
public struct Context {
  /// The current timestep, 1-based; 0 in a block that runs once.
  public let t: Int
  /// The number of timesteps, T.
  public let steps: Int
  let store: ValueStore

  /// The value `name` at the current timestep, or else a parameter or a once-value.
  public subscript(_ name: String) -> Matrix {
    get throws { try store.value(name, t: t) }
  }

  /// The value `name` at timestep `t` (`h_t` at t = 0 is the initial state).
  ///
  /// Across a truncation's cut (`Objective.cuts(at:steps:)`), a value carried back from
  /// the step after (`dh_next` at t + 1) reads as zeros of its shape.
  public subscript(_ name: String, _ t: Int) -> Matrix {
    get throws {
      if t == self.t - 1, !store.frozen.isEmpty, let value = store.frozen[name]?[t] {
        return value
      }
      let value = try store.value(name, t: t)
      if t == self.t + 1, let cuts = store.cuts, cuts.cut(name, at: t, store: store) {
        return Matrix.zeros(value.shape)
      }
      return value
    }
  }

  /// The label of the example at this step, 0 or 1: `y_t` in a block that runs per step
  /// (the loss at every step), `y` (the last step's) in one that runs once.
  public var label: Double { store.example.label(at: t) }
}
