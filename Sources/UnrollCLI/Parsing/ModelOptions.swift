import UnrollKit

/// The model flags shared by every command that runs a model: `--model`, the sizes,
/// `--seed`, `--weights`, `--bptt`, and the objective: `--loss` and `--tbptt`.
///
/// A command lists `ModelOptions.group` among its option groups, then calls
/// `ModelOptions(invocation.arguments)` and `.setup()` to get a model, its parameters
/// and an example, from the seed or from a weights file.
public struct ModelOptions: Sendable, Equatable {
  /// `--model`, if given.
  public var model: ModelKind?
  /// `--input-size`, if given.
  public var inputSize: Int?
  /// `--hidden-size`, if given.
  public var hiddenSize: Int?
  /// `--steps`, if given.
  public var steps: Int?
  /// `--seed`, 0 unless given.
  public var seed: UInt64 = 0
  /// `--weights`, if given.
  public var weightsPath: String?
  /// `--bptt`, `.correct` unless given.
  public var bptt: BPTT = .correct
  /// `--loss` and `--tbptt`: the notes' (the last step, full BPTT) unless given.
  public var objective: Objective = .notes
  /// `--forget-bias B`: every entry of the LSTM's initial `bf`, if given.
  public var forgetBias: Double?

  /// The model flags as values: read them with `arguments.value(ModelOptions.Flags.seed)`.
  public enum Flags {
    /// `--model`: which cell.
    public static let model = OptionSpec(
      "--model", value: ModelKind.allCases.map(\.rawValue).joined(separator: "|"),
      help: "the RNN of notes 000/002/004, the LSTM of note 003,\n"
        + "or PyTorch's GRU, which the notes lack (default: rnn)")
    /// `--input-size N`.
    public static let inputSize = size(
      "--input-size", "features of x_t", Sizes.limits.input, \.input)
    /// `--hidden-size N`.
    public static let hiddenSize = size(
      "--hidden-size", "hidden units", Sizes.limits.hidden, \.hidden)
    /// `--steps N`.
    public static let steps = size("--steps", "timesteps T", Sizes.limits.steps, \.steps)
    /// `--seed N`.
    public static let seed = OptionSpec(
      "--seed", value: "N", help: "draws what is not given: weights, x and y (default: 0)")
    /// `--weights FILE`.
    public static let weights = OptionSpec(
      "--weights", value: "FILE",
      help: "parameters, and x and y if present, from a JSON file\n"
        + "such as `unroll trace --format json` writes (- reads\n"
        + "stdin); the sizes come from its shapes")
    /// `--bptt MODE`.
    public static let bptt = OptionSpec(
      "--bptt", value: "MODE",
      help: "the backward pass: correct (default); document, the\n"
        + "notes' backward() with its two shape repairs (\"the\n"
        + "notes' BPTT\" in every output); verbatim, as the notes\n"
        + "write it (it stops at its first line). document and\n"
        + "verbatim exist for the RNN only")
    /// `--loss KIND`: `last` or `every-step`.
    public static let loss = OptionSpec(
      "--loss", value: "KIND",
      help: "last (default): one label, the loss on h_T, as the\n"
        + "notes; every-step: a head and a BCE term at every\n"
        + "step, summed, as min-char-rnn (step t labelled\n"
        + "x_1 + … + x_t > 0; a file's y may list one per step)")
    /// `--tbptt K`.
    public static let tbptt = OptionSpec(
      "--tbptt", value: "K",
      help: "truncated BPTT: chunks of K steps counted from the\n"
        + "last; no gradient flows from a chunk to the one\n"
        + "before (PyTorch's detach every K steps), so each\n"
        + "loss term reaches back at most K steps, its own\n"
        + "included (default: full BPTT; K >= steps is full)")
    /// `--forget-bias B`.
    public static let forgetBias = OptionSpec(
      "--forget-bias", value: "B",
      help: "the LSTM's initial bf, every entry B (default: 0, the\n"
        + "notes'; 1 to 3 keeps f_t near 1, so C_t carries far)")

    /// A size flag, with its range and its defaults taken from the cells so that help stays
    /// true: cells with the same default share it, `rnn 32, lstm/gru 5`.
    private static func size(
      _ flag: String, _ what: String, _ limit: Int, _ path: KeyPath<Sizes, Int>
    ) -> OptionSpec {
      var defaults: [(names: [String], value: Int)] = []
      for kind in ModelKind.allCases {
        let value = Sizes.defaults(for: kind)[keyPath: path]
        if let i = defaults.firstIndex(where: { $0.value == value }) {
          defaults[i].names.append(kind.rawValue)
        } else {
          defaults.append(([kind.rawValue], value))
        }
      }
      let shown = defaults.map { "\($0.names.joined(separator: "/")) \($0.value)" }
      return OptionSpec(
        flag, value: "N", help: "\(what), 1 to \(limit) (default: \(shown.joined(separator: ", ")))"
      )
    }
  }

  /// The flags, in the order help lists them.
  public static let options: [OptionSpec] = [
    Flags.model, Flags.inputSize, Flags.hiddenSize, Flags.steps, Flags.seed, Flags.weights,
    Flags.bptt, Flags.loss, Flags.tbptt, Flags.forgetBias,
  ]

  /// The group a command lists in its help.
  public static let group = OptionGroup("MODEL OPTIONS", options)

  /// The defaults: rnn, the documents' sizes, seed 0, correct BPTT.
  public init() {}

  /// The options given in `arguments`; a value of the wrong kind or out of range is a
  /// usage error naming the flag, the value and the range.
  public init(_ arguments: ParsedArguments) throws(UsageError) {
    model = try arguments.choice(Flags.model)
    let limits = Sizes.limits
    inputSize = try Self.size(arguments, Flags.inputSize, limit: limits.input)
    hiddenSize = try Self.size(arguments, Flags.hiddenSize, limit: limits.hidden)
    steps = try Self.size(arguments, Flags.steps, limit: limits.steps)
    if let text = arguments.value(Flags.seed) {
      guard let value = UInt64(text) else {
        throw .invalidValue(
          flag: Flags.seed.name, value: text, expected: "an integer from 0 to \(UInt64.max)",
          suggestion: nil)
      }
      seed = value
    }
    if let path = arguments.value(Flags.weights) {
      guard !path.isEmpty else { throw .missingValue(flag: Flags.weights.name, valueName: "FILE") }
      weightsPath = path
    }
    bptt = try arguments.choice(Flags.bptt) ?? .correct
    objective.loss = try arguments.choice(Flags.loss) ?? .last
    objective.truncation = try Self.size(arguments, Flags.tbptt, limit: limits.steps)
    if let text = arguments.value(Flags.forgetBias) {
      guard let value = Double(text), value.isFinite, abs(value) <= 100 else {
        throw .invalidValue(
          flag: Flags.forgetBias.name, value: text, expected: "a number from -100 to 100",
          suggestion: nil)
      }
      forgetBias = value
    }
  }

  /// `rnn, lstm or gru`, `correct, document or verbatim`, `correct`.
  static func oneOf(_ names: [String]) -> String {
    guard names.count > 1, let last = names.last else { return names.first ?? "" }
    return names.dropLast().joined(separator: ", ") + " or " + last
  }

  private static func size(
    _ arguments: ParsedArguments, _ option: OptionSpec, limit: Int
  ) throws(UsageError) -> Int? {
    let flag = option.name
    guard let text = arguments.value(option) else { return nil }
    guard let value = Int(text), value >= 1, value <= limit else {
      throw .invalidValue(
        flag: flag, value: text, expected: "an integer from 1 to \(limit)", suggestion: nil)
    }
    return value
  }

  /// The model, its parameters and the example these options describe.
  ///
  /// Drawn from the seed, or read from `--weights` (a `FileError` or `WeightsFileError`
  /// for a bad file); `--weights -` reads `terminal`'s stdin.
  public func setup(terminal: Terminal? = nil) throws -> ModelSetup {
    let setup = try unchecked(terminal: terminal)
    if setup.bptt != .correct, let why = setup.model.kind.notesGiveNoBackward {
      // The notes' backward() is the RNN's; note 003 gives the LSTM none, and no note has a GRU.
      throw UsageError.conflict(
        "--bptt \(setup.bptt.rawValue) exists for the RNN only: \(why) (use --bptt correct)")
    }
    if setup.bptt == .verbatim, setup.model.objective != .notes {
      throw UsageError.conflict(
        "--bptt verbatim stops at the note's first line whatever the objective: leave out "
          + "--loss and --tbptt, or use --bptt document")
    }
    return setup
  }

  private func unchecked(terminal: Terminal?) throws -> ModelSetup {
    if let weightsPath {
      if forgetBias != nil {
        throw UsageError.conflict(
          "--forget-bias sets the initial bf of drawn weights; \(weightsPath) gives its own "
            + "(leave out one)")
      }
      let file: WeightsFile
      if weightsPath == "-" {
        guard let terminal else { throw FileError("read", "-", "no standard input here") }
        file = try WeightsFile(text: terminal.readAll(), path: "stdin")
      } else {
        file = try WeightsFile.read(path: weightsPath)
      }
      return try file.setup(options: self)
    }
    let kind = model ?? .rnn
    var sizes = Sizes.defaults(for: kind)
    if let inputSize { sizes.input = inputSize }
    if let hiddenSize { sizes.hidden = hiddenSize }
    if let steps { sizes.steps = steps }
    let model = Model(kind, sizes: sizes, objective: objective)
    var parameters = model.initialParameters(seed: seed)
    if let forgetBias {
      guard let bf = parameters["bf"] else {
        throw UsageError.conflict(
          "--forget-bias sets the LSTM's forget-gate bias bf; \(kind.capitalizedWithArticle) "
            + "has none")
      }
      parameters["bf"] = Matrix(rows: bf.rows, cols: bf.cols, repeating: forgetBias)
    }
    var setup = ModelSetup(
      model: model, parameters: parameters,
      example: .random(sizes, seed: seed), seed: seed, bptt: bptt, weightsPath: nil)
    setup.forgetBias = forgetBias
    return setup
  }
}

/// A model ready to run: what `ModelOptions.setup()` returns.
public struct ModelSetup: Sendable {
  /// The model, with its sizes.
  public let model: Model
  /// Its parameters.
  public let parameters: Parameters
  /// The example to run it on.
  public let example: Example
  /// The seed that drew the parts not read from a file; nil when nothing was drawn.
  public let seed: UInt64?
  /// The backward pass to run.
  public let bptt: BPTT
  /// The weights file read, if any.
  public let weightsPath: String?
  /// The layout the parameters came in: the default for showing them.
  public let layout: Layout
  /// The state_dict as the file gave it, for a PyTorch-layout file: its two biases apart.
  public let stateDict: Parameters?
  /// `--forget-bias`, when the drawn LSTM's bf was set by it (for reproducing commands).
  public var forgetBias: Double?

  /// A setup from its parts.
  public init(
    model: Model, parameters: Parameters, example: Example, seed: UInt64?, bptt: BPTT,
    weightsPath: String?, layout: Layout = .document, stateDict: Parameters? = nil
  ) {
    self.model = model
    self.parameters = parameters
    self.example = example
    self.seed = seed
    self.bptt = bptt
    self.weightsPath = weightsPath
    self.layout = layout
    self.stateDict = stateDict
  }

  /// Runs the forward and the backward pass and keeps everything.
  ///
  /// Declared `throws` for the engine's BPTT modes: a mode a model does not have (the
  /// documents' BPTT for the LSTM or the GRU) is an error from `Trace.init` once those
  /// modes exist.
  /// A pass that fails at an operation does not throw: `recording.failure` says where.
  public func trace() throws -> Trace {
    try Trace(model: model, bptt: bptt, parameters: parameters, example: example, seed: seed)
  }
}

extension ModelKind {
  /// The name with its article, for sentences: `an rnn`, `an lstm`, `a gru`.
  var withArticle: String { cell.nameWithArticle }

  /// The name in capitals with its article: `an LSTM`, `a GRU`.
  var capitalizedWithArticle: String { cell.titleWithArticle }
}
