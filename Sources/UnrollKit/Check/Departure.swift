import UnrollPython

/// The first line where a learner's pass leaves the correct one (issue 19's
/// `first_departure`): the name, its value and the correct one, the correct formula,
/// which of the formula's inputs the learner still had right, and, for the RNN note's
/// three known deviations, which one it is.
public struct Departure: Sendable {
  /// The line that assigned the departing value.
  public let line: Int
  /// The timestep, 1-based (`t + 1` for the notes' 0-based loop variable); nil outside a loop.
  public let t: Int?
  /// The learner's name: `dh_raw`.
  public let name: String
  /// The target as written: `self.h`, `dh_raw`.
  public let target: String
  /// The line's text, trimmed.
  public let source: String
  /// The function it ran in: `SimpleRNN.backward`.
  public let function: String
  /// The engine's record name the learner's name stands for: `dh_raw`, `h_t`, `dWhh`.
  public let record: String
  /// The learner's value.
  public let learner: NDArray
  /// The correct value of `record` at `t` (a gradient's partial sum after step `t`).
  public let correct: Matrix?
  /// The correct formula, from the engine's program.
  public let formula: String?
  /// The formula's inputs and whether the learner still had each right.
  public let inputs: [DepartureInput]
  /// The RNN note's known deviation this value is, if it is one of the three.
  public let deviation: NotesDeviation?
  /// What else can be said of the value: transposed, a wrong shape, whose value it holds.
  public let notes: [String]
}

/// One input of the correct formula at the departure, and how the learner's value of it stood.
public struct DepartureInput: Sendable, Equatable {
  /// The engine's name: `dh`, `h_t`, `Whh`.
  public let name: String
  /// The timestep the formula reads it at; nil for parameters and values outside the loop.
  public let t: Int?
  /// How it stood.
  public let status: Status

  /// How an input stood at the departure.
  public enum Status: Sendable, Equatable {
    /// A parameter: the file was given the engine's own.
    case parameter
    /// The example's x_t, given to the file.
    case input
    /// The learner's `name` (assigned at `line`) holds the correct value.
    case agrees(name: String, line: Int)
    /// None of the learner's names for it holds the correct value; what each holds.
    case differs([Holder])
    /// No checked name of the learner's stands for it.
    case notHeld
  }

  /// A learner's name that stands for an input, and what its value is.
  public struct Holder: Sendable, Equatable {
    /// The learner's name: `h_prev`.
    public let name: String
    /// The line that assigned its value.
    public let line: Int
    /// The correct value it equals, `h_t at t=8`, if any.
    public let holds: String?
  }
}

/// One of the RNN note's three known deviations from BPTT (`Deviations`), found at a departure.
public struct NotesDeviation: Sendable, Equatable {
  /// `output-error`, `every-step`, `final-h`.
  public let name: String
  /// How the note's line differs from the correct rule.
  public let explanation: String
}
