/// Everything Unroll knows about one cell, declared in the cell's own file (`RNN.cell`,
/// `LSTM.cell`, `GRU.cell`) and reached through `Cell.all`.
///
/// Nothing outside a cell's file asks which cell it is: sizes, shapes, initialisation,
/// programs, how a weights file names it, PyTorch's layout, the pictures a trace draws
/// and the words the tool says about it are all here, and every field must be given,
/// so a new cell that forgets one does not compile.
public final class Cell: Sendable {
  /// The name a flag and a file use: `rnn`, `lstm`, `gru`.
  public let name: String
  /// The name in sentences: `RNN`, `LSTM`, `GRU`.
  public let title: String
  /// The article before `title` or `name`: `an` LSTM, `a` GRU.
  public let article: String
  /// The documents' own sizes (the GRU, which they lack, takes the LSTM note's).
  public let defaults: Sizes
  /// Every parameter's name and shape at `sizes`, in the documents' order.
  public let parameterShapes: @Sendable (Sizes) -> [(name: String, shape: Shape)]
  /// The factor on `randn` for weight `name` at `sizes`; biases start at zero.
  public let initialScale: @Sendable (_ name: String, Sizes) -> Double
  /// The forward program: the recurrence, the head and the loss.
  public let forward: @Sendable (Sizes) -> Program
  /// The correct backward program (BPTT).
  public let backward: @Sendable (Sizes) -> Program
  /// The documents' backward passes, or the words for their absence.
  public let notesBackward: NotesBackward
  /// A parameter name only this cell has, which tells a weights file without `model`
  /// apart: `Wf` the LSTM's, `Wr` the GRU's; nil for the cell a file is when none matches.
  public let signature: String?
  /// The weights the sizes are read from in a weights file.
  public let sizeWeights: SizeWeights
  /// PyTorch's row blocks of `weight_ih_l0` (in PyTorch's order), or nil when PyTorch
  /// has no such cell.
  public let pytorchGates: [PyTorchLayout.Gate]?
  /// The per-step values a Markdown trace draws as heat maps, in order.
  public let heatMaps: [String]
  /// Other spellings of record names that a learner may type: `C_tilda` for `C_tilde`.
  public let aliases: [String: String]

  /// A cell from every fact about it; see each property.
  public init(
    name: String, title: String, article: String, defaults: Sizes,
    parameterShapes: @escaping @Sendable (Sizes) -> [(name: String, shape: Shape)],
    initialScale: @escaping @Sendable (_ name: String, Sizes) -> Double,
    forward: @escaping @Sendable (Sizes) -> Program,
    backward: @escaping @Sendable (Sizes) -> Program,
    notesBackward: NotesBackward, signature: String?, sizeWeights: SizeWeights,
    pytorchGates: [PyTorchLayout.Gate]?, heatMaps: [String], aliases: [String: String]
  ) {
    self.name = name
    self.title = title
    self.article = article
    self.defaults = defaults
    self.parameterShapes = parameterShapes
    self.initialScale = initialScale
    self.forward = forward
    self.backward = backward
    self.notesBackward = notesBackward
    self.signature = signature
    self.sizeWeights = sizeWeights
    self.pytorchGates = pytorchGates
    self.heatMaps = heatMaps
    self.aliases = aliases
  }

  /// Every cell, in the order help and `--model` list them.
  ///
  /// A new cell is its own file and one line here.
  public static let all: [Cell] = [
    RNN.cell,
    LSTM.cell,
    GRU.cell,
  ]

  /// The cell named `name`, if there is one.
  public static func named(_ name: String) -> Cell? { all.first { $0.name == name } }

  /// The model name this cell parses from.
  public var kind: ModelKind { ModelKind(self) }

  /// `an lstm`, `a gru`.
  public var nameWithArticle: String { article + " " + name }

  /// `an LSTM`, `a GRU`.
  public var titleWithArticle: String { article + " " + title }
}

/// The documents' backward passes of a cell: given (the RNN note's), or absent.
public enum NotesBackward: Sendable {
  /// The notes give one: `document` (with its two shape repairs) and `verbatim` (as
  /// printed), each a program at the given sizes.
  case given(
    document: @Sendable (Sizes) -> Program, verbatim: @Sendable (Sizes) -> Program)
  /// The notes give none; the words that say so.
  case absent(Absence)

  /// Why a cell has no documents' backward pass, in the sentences the tool says it.
  public struct Absence: Sendable {
    /// A clause that starts with "the notes": `the notes give the LSTM no backward pass`.
    public let clause: String
    /// A sentence start for the REPL: `The documents give the LSTM no backward pass`.
    public let sentence: String
    /// What there is then not to compare: `there is nothing to compare`.
    public let nothingToCompare: String

    /// The three phrasings of one absence.
    public init(clause: String, sentence: String, nothingToCompare: String) {
      self.clause = clause
      self.sentence = sentence
      self.nothingToCompare = nothingToCompare
    }
  }

  /// The absence, nil when the notes give the pass.
  public var absence: Absence? {
    if case .absent(let absence) = self { return absence }
    return nil
  }
}

/// Where a weights file's sizes come from: hidden from the rows of `recurrent`, input
/// from the columns of `input` (less hidden when that weight acts on concat = [h; x]).
public struct SizeWeights: Sendable {
  /// The weight whose rows are the hidden size.
  public let recurrent: String
  /// The weight whose columns give the input size.
  public let input: String
  /// Whether `input` acts on concat = [h_{t-1}; x_t], so that its columns are hidden + input.
  public let isConcatenated: Bool

  /// Sizes from `recurrent`'s rows and `input`'s columns.
  public init(recurrent: String, input: String, isConcatenated: Bool) {
    self.recurrent = recurrent
    self.input = input
    self.isConcatenated = isConcatenated
  }
}

/// The name of a cell, as `--model` and a weights file's `model` give it: `rnn`.
///
/// Each cell's file declares its own (`ModelKind.lstm`); the value carries its `Cell`,
/// so nothing looks a cell up by a switch.
public struct ModelKind: RawRepresentable, Sendable, Hashable, CaseIterable, Codable,
  CustomStringConvertible
{
  /// The cell this name stands for.
  public let cell: Cell

  init(_ cell: Cell) { self.cell = cell }

  /// The cell named `rawValue`, if there is one.
  public init?(rawValue: String) {
    guard let cell = Cell.named(rawValue) else { return nil }
    self.cell = cell
  }

  /// `rnn`, `lstm`, `gru`.
  public var rawValue: String { cell.name }

  /// Every cell's name, in the registry's order.
  public static var allCases: [ModelKind] { Cell.all.map(\.kind) }

  /// Equal when they name the same cell.
  public static func == (a: ModelKind, b: ModelKind) -> Bool { a.cell.name == b.cell.name }

  /// Hashes the name.
  public func hash(into hasher: inout Hasher) { hasher.combine(cell.name) }

  /// The name.
  public var description: String { rawValue }

  /// Reads the name; a name no cell has is a decoding error.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let name = try container.decode(String.self)
    guard let cell = Cell.named(name) else {
      throw DecodingError.dataCorruptedError(
        in: container, debugDescription: "no cell is named \(name)")
    }
    self.cell = cell
  }

  /// Writes the name.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }

  /// Why the documents' BPTT does not exist for this cell, as a clause that starts with
  /// "the notes"; nil for the RNN, whose `backward()` the notes give.
  public var notesGiveNoBackward: String? { cell.notesBackward.absence?.clause }
}
