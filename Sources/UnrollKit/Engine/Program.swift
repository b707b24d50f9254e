/// A pass as a program: blocks of named operations that the `Interpreter` runs.
///
/// Forward RNN, forward LSTM and each backward pass are values of this type; a new
/// cell is a new program, not a new mechanism. The model code never records: the
/// interpreter does, for every operation of every program alike.
public struct Program: Sendable {
  /// A short name for people: `"RNN forward"`, `"LSTM correct BPTT"`.
  public let name: String
  /// The blocks, run in order.
  public let blocks: [Block]
  /// Values that exist before the first operation runs: `h_t` at t = 0, `dh_next` at T + 1.
  public let initialValues: [InitialValue]
  /// K, when the backward flow is cut into chunks of K steps counted from the last
  /// (`Objective.cuts(at:steps:)`): a step before a cut reads the values carried back
  /// (those declared after the last step: `dh_next`, `dC_next`) as zeros.
  public internal(set) var cutEvery: Int?

  /// A program from its blocks and the values it expects to find.
  public init(name: String, blocks: [Block], initialValues: [InitialValue] = []) {
    self.name = name
    self.blocks = blocks
    self.initialValues = initialValues
  }

  /// The operation named `name` (a record name, or `dWxh` for an accumulation), if any.
  public func operation(named name: String) -> Operation? {
    blocks.lazy.flatMap(\.operations).first { $0.name == name }
  }
}

/// A stretch of a pass that runs once, or once per timestep in one direction.
public struct Block: Sendable {
  /// Which part of the pass this is.
  public let phase: Phase
  /// When it runs.
  public let schedule: Schedule
  /// Its operations, in order.
  public let operations: [Operation]

  /// A block of `operations` in `phase`, run on `schedule`.
  public init(_ phase: Phase, _ schedule: Schedule, _ operations: [Operation]) {
    self.phase = phase
    self.schedule = schedule
    self.operations = operations
  }

  /// The timesteps this block visits, in order, for a sequence of `steps`; `[nil]` for once.
  public func timesteps(_ steps: Int) -> [Int?] {
    (0..<visits(steps)).map { timestep($0, of: steps) }
  }

  /// How many times the block runs for a sequence of `steps`.
  func visits(_ steps: Int) -> Int { schedule == .once ? 1 : max(steps, 0) }

  /// The timestep of the block's `k`-th visit (0-based): nil, k + 1, or steps − k.
  func timestep(_ k: Int, of steps: Int) -> Int? {
    switch schedule {
    case .once: return nil
    case .forwardInTime: return k + 1
    case .backwardInTime: return steps - k
    }
  }
}

/// When a block runs.
public enum Schedule: Sendable {
  /// Once, outside the timesteps (the output head, the loss).
  case once
  /// At t = 1, 2, …, T.
  case forwardInTime
  /// At t = T, T − 1, …, 1.
  case backwardInTime
}

/// The part of a pass a record belongs to.
public enum Phase: String, Sendable, CaseIterable, Codable {
  /// The recurrence, t = 1 … T.
  case forward
  /// The head on the last hidden state and the loss.
  case output
  /// The gradients, from the loss back to t = 1.
  case backward
}

/// One assignment of a pass: its record name, its formula, its NumPy line, and how
/// to compute it from the values named before it.
public struct Operation: Sendable {
  /// The record name, as the notes name it: `f_t`, `dh_raw`; `dWxh` for an accumulation.
  public let name: String
  /// The formula for people: `σ(Wf · concat + bf)`.
  public let formula: String
  /// The line of NumPy it corresponds to, in the notes' own spelling where they have one.
  public let line: String
  /// How this line differs from the correct rule, for the documents' passes; nil when it does not.
  public let deviation: String?
  /// What the operation computes and why, in a few sentences in the notes' names, for
  /// `explain`; nil when its formula says all there is.
  public let explanation: String?
  /// What the operation does to the interpreter's state.
  public let effect: Effect
  /// When set, the operation runs only at the timesteps t (of `steps`) for which it is
  /// true, and leaves no record or stop elsewhere: the truncation's `cut`.
  public internal(set) var runsAt: (@Sendable (_ t: Int, _ steps: Int) -> Bool)? = nil

  /// An assignment `name = formula`, recorded with its value.
  public static func assign(
    _ name: String, _ formula: String, line: String, deviation: String? = nil,
    explanation: String? = nil, _ compute: @escaping @Sendable (Context) throws -> Matrix
  ) -> Operation {
    Operation(
      name: name, formula: formula, line: line, deviation: deviation, explanation: explanation,
      effect: .assign(compute))
  }

  /// An accumulation into the gradient of `parameter`: `dWxh += dh_raw · x_tᵀ`.
  ///
  /// Its value is not recorded at every timestep (for an LSTM with hidden 256 that
  /// would be a (256, 259) matrix per gate per step); the final sum is the trace's
  /// gradient, and any partial sum can be replayed from the recorded values.
  public static func accumulate(
    into parameter: String, _ formula: String, line: String, deviation: String? = nil,
    explanation: String? = nil, _ add: @escaping @Sendable (Context, inout Matrix) throws -> Void
  ) -> Operation {
    Operation(
      name: "d" + parameter, formula: formula, line: line, deviation: deviation,
      explanation: explanation, effect: .accumulate(parameter: parameter, add))
  }
}

extension Operation {
  /// An accumulation of an outer product into the gradient of `parameter`:
  /// `dWf += df · concatᵀ`, with `factors` giving the two columns.
  ///
  /// Declaring the product rather than performing it lets the interpreter add a
  /// run of steps' products in one sweep over the gradient (a rank-k update), which
  /// keeps a (256, 259) gradient in cache instead of streaming it from memory at
  /// every step. Each entry still receives the steps' terms in the same order, so
  /// the sums are bit for bit those of adding one product at a time.
  public static func accumulateOuter(
    into parameter: String, _ formula: String, line: String, deviation: String? = nil,
    explanation: String? = nil, _ factors: @escaping @Sendable (Context) throws -> (Matrix, Matrix)
  ) -> Operation {
    Operation(
      name: "d" + parameter, formula: formula, line: line, deviation: deviation,
      explanation: explanation, effect: .accumulateOuter(parameter: parameter, factors))
  }
}

extension Operation {
  /// The parameter whose gradient an accumulation adds into; nil for an assignment.
  public var gradientParameter: String? {
    switch effect {
    case .assign: return nil
    case .accumulate(let parameter, _), .accumulateOuter(let parameter, _): return parameter
    }
  }
}

extension Effect {
  /// Whether the effect adds into a gradient.
  var isAccumulation: Bool {
    if case .assign = self { return false }
    return true
  }
}

/// What an operation does.
public enum Effect: Sendable {
  /// Computes a value and records it under the operation's name.
  case assign(@Sendable (Context) throws -> Matrix)
  /// Adds into the running gradient of a parameter.
  case accumulate(parameter: String, @Sendable (Context, inout Matrix) throws -> Void)
  /// Adds the outer product `a · bᵀ` of two columns into the running gradient of a parameter.
  case accumulateOuter(parameter: String, @Sendable (Context) throws -> (Matrix, Matrix))
}

/// A value a program expects before it starts: zeros of `rows` at a timestep.
public struct InitialValue: Sendable {
  /// The record name it stands under.
  public let name: String
  /// Where it sits: before the first step or after the last.
  public let position: Position
  /// Its number of rows (it is a column).
  public let rows: Int

  /// Before the first timestep (t = 0) or after the last (t = T + 1).
  public enum Position: Sendable { case beforeFirst, afterLast }

  /// A zero column of `rows` under `name` at `position`.
  public init(_ name: String, _ position: Position, rows: Int) {
    self.name = name
    self.position = position
    self.rows = rows
  }
}
