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
  /// Whether `records` was kept (training runs without it).
  public var keepsRecords = true
  /// The values assigned once, outside the timesteps, by name (`y_pred`, `p`, `loss`).
  public var outputs: [String: Matrix] = [:]
  /// The stop log: every operation that ran, in order, with what it read and wrote.
  ///
  /// The last entry is the failing operation's when the run failed. Empty without records.
  public var stops: [Stop] = []
  /// The names of the programs run, in order; a `Stop`'s `program` indexes them.
  public var programNames: [String] = []
  /// Running gradient sums, when asked for (`checkpointSpacing`): parameter →
  /// (accumulations done → the sum after them).
  public var checkpoints: [String: [Int: Matrix]] = [:]

  /// Each step's `p`, t = 1 … T, when the head ran at every step (`--loss every-step`).
  public var stepProbabilities: [Double] = []

  /// The probability `p`, if the forward pass got that far; the last step's when the
  /// head ran at every step.
  public var p: Double? { outputs["p"]?.scalar ?? stepProbabilities.last }
}

/// A value by name and timestep, as an operation read it (t is 0 outside the timesteps).
public struct ValueRef: Sendable, Equatable, Hashable {
  /// The name: a record, a parameter, `x_t`.
  public let name: String
  /// The timestep it was read at.
  public let t: Int
}

/// One entry of the stop log: an operation that ran (or threw), where, what it read and
/// what it wrote.
public struct Stop: Sendable {
  /// The program's index among those run.
  public let program: Int
  /// The block's index in its program.
  public let block: Int
  /// The operation's index in its block.
  public let operation: Int
  /// The part of the pass.
  public let phase: Phase
  /// The timestep, nil in a block that runs once.
  public let t: Int?
  /// The values it read, in order.
  public let reads: [ValueRef]
  /// The name it wrote: its record name, or `dWxh` for an accumulation.
  public let writes: String
  /// The parameter whose gradient it added into, for an accumulation.
  public let parameter: String?
  /// The index in `records` of the value it assigned, if it assigned one.
  public let record: Int?
  /// Whether it threw and ended the run.
  public let isFailure: Bool
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
  /// How the line departs from the correct rule, in the documents' passes; else nil.
  public let deviation: String?
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
