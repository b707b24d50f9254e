/// The backward pass to run.
public enum BPTT: String, Sendable, CaseIterable, Codable {
  /// Backpropagation through time, done right.
  case correct
  /// The RNN note's `backward()` with its two shape repairs and nothing else.
  case document
  /// The RNN note's `backward()` as printed: it fails at its first line.
  case verbatim
}

/// A whole recording with what produced it: the model, the mode, the parameters, the example.
public struct Trace: Sendable {
  /// The model that ran.
  public let model: Model
  /// The backward pass that ran.
  public let bptt: BPTT
  /// The seed that drew what was not given, if any was drawn.
  public let seed: UInt64?
  /// The parameters.
  public let parameters: Parameters
  /// The example.
  public let example: Example
  /// What the interpreter recorded.
  public let recording: Recording

  /// Runs the forward pass and the chosen backward pass and keeps everything.
  ///
  /// Throws `EngineError.noBackwardInNotes` for `document` or `verbatim` with the LSTM or GRU;
  /// a pass that fails at an operation does not throw: its `recording.failure` says where.
  public init(
    model: Model, bptt: BPTT = .correct, parameters: Parameters, example: Example,
    seed: UInt64? = nil
  ) throws {
    self.model = model
    self.bptt = bptt
    self.seed = seed
    self.parameters = parameters
    self.example = example
    self.recording = try model.run(parameters, on: example, bptt: bptt)
  }

  /// The records in the order they were computed.
  public var records: [Record] { recording.records }

  /// The gradients, named by their parameters.
  public var gradients: Parameters { recording.gradients }

  /// The last value recorded under `name`, at timestep `t` when given.
  public func value(_ name: String, t: Int? = nil) -> Matrix? {
    records.last { $0.name == name && (t == nil || $0.t == t) }?.value
  }

  /// The logit `y_pred`, if the forward pass got that far.
  public var yPred: Double? { value("y_pred")?.scalar }
  /// The probability `p = σ(y_pred)`.
  public var p: Double? { value("p")?.scalar }
  /// The loss.
  public var loss: Double? { value("loss")?.scalar }
}
