/// Runs programs over the timesteps and records every value they assign.
///
/// The only place in Unroll that records: an operation computes, the interpreter
/// stores the result under the operation's name and timestep, appends a `Record`,
/// and moves on. An operation that throws stops the run; the records up to it and
/// the failure are kept, so a learner can step to the line that broke.
public enum Interpreter {
  /// Runs `programs` in order on one example, sharing their values.
  public static func run(
    _ programs: [Program], parameters: Parameters, example: Example
  ) -> Recording {
    let store = ValueStore(steps: example.steps, parameters: parameters, example: example)
    var recording = Recording(gradients: parameters.zeros())
    for program in programs {
      for initial in program.initialValues {
        let t = initial.position == .beforeFirst ? 0 : example.steps + 1
        store.set(initial.name, t: t, Matrix(rows: initial.rows, cols: 1))
      }
      for block in program.blocks {
        for t in block.timesteps(example.steps) {
          let context = Context(t: t ?? 0, steps: example.steps, store: store)
          for operation in block.operations {
            do {
              try execute(operation, in: context, phase: block.phase, t: t, into: &recording)
            } catch {
              recording.failure = OperationFailure(
                phase: block.phase, t: t, operation: operation, reason: error)
              return recording
            }
          }
        }
      }
    }
    return recording
  }

  private static func execute(
    _ operation: Operation, in context: Context, phase: Phase, t: Int?,
    into recording: inout Recording
  ) throws {
    switch operation.effect {
    case .assign(let compute):
      let value = try compute(context)
      context.store.set(operation.name, t: t, value)
      if recording.firstNonFinite == nil, !value.isFinite {
        recording.firstNonFinite = recording.records.count
      }
      recording.records.append(
        Record(
          phase: phase, t: t, name: operation.name, formula: operation.formula,
          line: operation.line, value: value))
    case .accumulate(let parameter, let add):
      guard var sum = recording.gradients[parameter] else {
        throw EngineError.unknownValue(name: parameter, t: nil)
      }
      recording.gradients[parameter] = nil  // keep the buffer unique while adding in place
      defer { recording.gradients[parameter] = sum }
      try add(context, &sum)
    }
  }
}

/// What a run produced: the records in order, the gradients, and how it stopped.
public struct Recording: Sendable {
  /// Every assigned value, in the order the operations ran.
  public var records: [Record] = []
  /// The accumulated gradient of each parameter, named by the parameter.
  public var gradients: Parameters
  /// The operation that threw, if the run did not finish.
  public var failure: OperationFailure?
  /// The index in `records` of the first value with a NaN or an infinity, if any.
  public var firstNonFinite: Int?
}

/// One recorded value: where it was computed, by which formula, and what it was.
public struct Record: Sendable, Equatable {
  /// The part of the pass.
  public let phase: Phase
  /// The timestep, 1-based; nil for the output head and the loss.
  public let t: Int?
  /// The record name: `h_t`, `f_t`, `dh_raw`.
  public let name: String
  /// The formula for people.
  public let formula: String
  /// The NumPy line it corresponds to.
  public let line: String
  /// The value.
  public let value: Matrix

  /// The value's shape.
  public var shape: Shape { value.shape }
}

/// An operation that threw, with where it stood and why.
public struct OperationFailure: Error, Sendable, CustomStringConvertible {
  /// The part of the pass.
  public let phase: Phase
  /// The timestep, or nil outside the timesteps.
  public let t: Int?
  /// The operation that threw.
  public let operation: Operation
  /// The error it threw, usually a `ShapeError`.
  public let reason: any Error

  /// One line: the operation, its NumPy line, and the reason in NumPy's words.
  public var description: String {
    let place = t.map { "\(phase.rawValue) t=\($0)" } ?? phase.rawValue
    return "\(operation.name) (\(place)) failed at `\(operation.line)`: \(reason)"
  }
}

/// An error of the engine itself, with the facts in it.
public enum EngineError: Error, Equatable, Sendable, CustomStringConvertible {
  /// A program read a name that no operation has assigned (a bug in a program).
  case unknownValue(name: String, t: Int?)

  /// One sentence naming the problem.
  public var description: String {
    switch self {
    case .unknownValue(let name, let t):
      return "no value named \(name)" + (t.map { " at t=\($0)" } ?? "")
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
  public subscript(_ name: String, _ t: Int) -> Matrix {
    get throws { try store.value(name, t: t) }
  }

  /// The label y of the example, 0 or 1.
  public var label: Double { store.example.y }
}

/// The values of a run: per timestep, and once (parameters, the head, the loss).
final class ValueStore {
  let steps: Int
  let example: Example
  private var perStep: [String: [Matrix?]] = [:]
  private var once: [String: Matrix]

  init(steps: Int, parameters: Parameters, example: Example) {
    self.steps = steps
    self.example = example
    self.once = parameters.values
    var columns: [Matrix?] = [nil]
    for t in 0..<steps { columns.append(example.column(t)) }
    columns.append(nil)
    perStep["x_t"] = columns
  }

  /// Stores `value` under `name` at timestep `t` (0 ... T + 1), or once when `t` is nil.
  func set(_ name: String, t: Int?, _ value: Matrix) {
    guard let t else {
      once[name] = value
      return
    }
    if perStep[name] == nil { perStep[name] = Array(repeating: nil, count: steps + 2) }
    guard t >= 0, t <= steps + 1 else { return }
    perStep[name]?[t] = value
  }

  /// When set, every lookup appends its name and timestep: how the REPL learns what an
  /// operation reads. Nil during runs.
  var readLog: [(name: String, t: Int)]?

  func value(_ name: String, t: Int) throws -> Matrix {
    readLog?.append((name, t))
    if let column = perStep[name] {
      guard t >= 0, t < column.count, let value = column[t] else {
        throw EngineError.unknownValue(name: name, t: t)
      }
      return value
    }
    if let value = once[name] { return value }
    throw EngineError.unknownValue(name: name, t: t)
  }
}
