/// The values of a finished recording laid out as the interpreter had them, so that an
/// operation can be run again outside the run: a partial gradient sum, one step's
/// contribution to it.
///
/// Additive helper for the REPL; it changes nothing in how a pass runs or records.
public final class Replay: @unchecked Sendable {
  private let store: ValueStore

  /// The recorded values of `recording`, with `parameters` and `example`, and the zero
  /// initial values of `programs` (`h_t` at t = 0, `dh_next` at T + 1).
  public init(
    recording: Recording, parameters: Parameters, example: Example, programs: [Program]
  ) {
    let plan = Interpreter.Plan(programs, parameters: parameters)
    let table = plan.table
    store = ValueStore(
      table: table, steps: example.steps, parameters: parameters, example: example)
    store.cuts = plan.cuts
    for program in programs {
      for initial in program.initialValues {
        let t = initial.position == .beforeFirst ? 0 : example.steps + 1
        if let slot = table.find(initial.name) {
          store.set(slot: slot, t: t, Matrix(rows: initial.rows, cols: 1))
        }
      }
    }
    for record in recording.records {
      if let slot = table.find(record.name) { store.set(slot: slot, t: record.t, record.value) }
    }
  }

  /// Runs `operation` at timestep `t` (nil in a block that runs once) over the recorded
  /// values and adds its contribution to `sum`; an assignment is computed and returned.
  public func run(_ operation: Operation, t: Int?, into sum: inout Matrix) throws -> Matrix? {
    if let runsAt = operation.runsAt, !runsAt(t ?? 0, store.steps) { return nil }
    let context = Context(t: t ?? 0, steps: store.steps, store: store)
    switch operation.effect {
    case .assign(let compute): return try compute(context)
    case .accumulate(_, let add):
      try add(context, &sum)
      return nil
    case .accumulateOuter(_, let factors):
      let (a, b) = try factors(context)
      try sum.addOuter(a, b)
      return nil
    }
  }

  /// The values `operation` reads when it runs at timestep `t`, in the order it reads
  /// them, each with the timestep it was read at (0 for values outside the timesteps).
  public func reads(of operation: Operation, t: Int?, scratch: inout Matrix) throws -> [(
    name: String, t: Int
  )] {
    store.readLog = []
    defer { store.readLog = nil }
    _ = try run(operation, t: t, into: &scratch)
    return store.readLog ?? []
  }

  /// The value `name` at timestep `t` (a parameter or once-value for any `t`), if any.
  public func value(_ name: String, t: Int) -> Matrix? {
    try? store.value(name, t: t)
  }
}
