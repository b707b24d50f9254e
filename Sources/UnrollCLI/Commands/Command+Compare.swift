import Foundation
import UnrollKit

/// `unroll compare`'s own flags.
enum CompareFlags {
  /// `--format text|json`.
  static let format = ExportFormat.option(
    Command.compareFormats,
    help: "text for people, json for programs, md for GitHub\n(default: text)")
  /// `-o, --output FILE`.
  static let output = OptionSpec.output(valueName: "FILE")
  /// `--force`.
  static let force = OptionSpec.force("with --format md -o, FILE.md (and its chart) if it exists")
}

extension Command {
  /// The formats `unroll compare` writes.
  static let compareFormats: [ExportFormat] = [.text, .json, .md]

  /// `unroll compare`: the notes' BPTT against the correct one, number by number.
  public static let compare = Command(
    name: "compare", summary: "the notes' backward() against the correct BPTT, number by number",
    usage: "unroll compare [model options] [--format "
      + ExportFormat.names(compareFormats) + "]",
    discussion: """
      Runs one example forward, then three backward passes: the RNN note's
      backward() as written (it stops at its first line, with NumPy's message),
      the same with its two shape repairs ("the notes' BPTT"), and the correct
      BPTT. Prints, per parameter, both gradients' norms, the relative error
      ‖d − c‖/‖c‖, the cosine and the share of entries whose signs agree; per
      timestep, ‖dh‖ and ‖dh_raw‖ of both, with a sparkline of each over time;
      then an ablation: each of the three deviations fixed alone, and left alone.

      The RNN only: the notes give the LSTM no backward pass to compare, and have
      no GRU. --bptt is not used (compare runs all of them). --layout pytorch
      compares the gradients by the PyTorch note's state_dict names;
      rnn.bias_ih_l0 and rnn.bias_hh_l0 both carry bh's gradient.

      With --loss every-step every pass takes a loss at every step, and the notes'
      dh = np.dot(Why.T, dy) + dh_next is then the rule, not a deviation: the
      ablation has two rows, output-error and final-h. --tbptt K truncates both
      passes alike.
      """,
    optionGroups: [
      OptionGroup("MODEL OPTIONS", ModelOptions.options.filter { $0 != ModelOptions.Flags.bptt }),
      OptionGroup(
        "OPTIONS",
        [
          CompareFlags.format, CompareFlags.output, CompareFlags.force, Command.layoutOption,
        ]),
    ]
  ) { invocation in
    let arguments = invocation.arguments
    let format = try arguments.format(among: compareFormats)
    let output = arguments.value(CompareFlags.output)
    if output != nil, format != .md {
      throw UsageError.conflict("-o writes --format md (the document and its chart)")
    }
    if output?.isEmpty == true {
      throw UsageError.missingValue(flag: "--output", valueName: "FILE")
    }
    if let output { try FileIO.check([output], force: arguments.has(CompareFlags.force)) }
    let options = try ModelOptions(arguments)
    if let why = options.model?.notesGiveNoBackward {
      throw UsageError.conflict("compare exists for the RNN only: \(why) to compare")
    }
    let setup = try options.setup(terminal: invocation.terminal)
    if let why = setup.model.kind.notesGiveNoBackward {
      throw UsageError.conflict(
        "compare exists for the RNN only: \(why) to compare "
          + "(\(setup.weightsPath ?? "the file") holds \(setup.model.kind.capitalizedWithArticle))")
    }
    let layout: Layout = try arguments.choice(Command.layoutOption) ?? setup.layout
    let comparison = try Comparison(
      model: setup.model, parameters: setup.parameters, example: setup.example, layout: layout)
    let terminal = invocation.terminal
    switch format {
    case .text:
      let view = try LayoutView(try setup.trace(), setup: setup, layout: layout)
      terminal.write(
        comparison.text(
          setup: setup, styler: terminal.styler, unicode: terminal.isUnicode,
          width: terminal.width, mapping: view.mapping(width: terminal.width - 2)))
    case .json:
      terminal.write(try comparison.json().text(expandedDepth: 4) + "\n")
    case .md:
      try writeComparisonMarkdown(
        comparison, setup: setup, output: output,
        force: arguments.has(CompareFlags.force), terminal: terminal)
    }
    return .success
  }
}

extension Command {
  /// `compare --format md`: to stdout, or with `-o FILE.md` the document and its chart.
  static func writeComparisonMarkdown(
    _ comparison: Comparison, setup: ModelSetup, output: String?, force: Bool,
    terminal: Terminal
  ) throws {
    var words = ["unroll", "compare", "--model", "rnn"]
    if let path = setup.weightsPath {
      words += ["--weights", path]
    } else {
      let sizes = setup.model.sizes
      words += [
        "--input-size", "\(sizes.input)", "--hidden-size", "\(sizes.hidden)", "--steps",
        "\(sizes.steps)", "--seed", "\(setup.seed ?? 0)",
      ]
    }
    words += setup.model.objective.flags
    words += ["--format", "md"] + (output.map { ["-o", MarkdownCell.shellWord($0)] } ?? [])
    guard let output else {
      let document = comparison.markdownDocument(
        command: words.joined(separator: " "), pictureStem: nil,
        labels: setup.example.labels)
      terminal.write(document.markdown)
      return
    }
    let document = comparison.markdownDocument(
      command: words.joined(separator: " "), pictureStem: Export.pictureStem(of: output),
      labels: setup.example.labels)
    try Export(markdown: document, at: output).write(force: force, system: terminal.fileSystem)
    terminal.writeError("wrote \(output) and \(document.pictures.count) picture beside it\n")
  }
}

extension Comparison {
  /// The comparison as JSON: its `Codable` encoding, keys in a stable (sorted) order,
  /// numbers written exactly, NaN and infinities as `"nan"`, `"inf"`, `"-inf"`.
  ///
  /// Reads back with `JSONDecoder` into an equal `Comparison` when every number is finite.
  func json() throws -> JSONValue {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    encoder.nonConformingFloatEncodingStrategy = .convertToString(
      positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
    let data = try encoder.encode(self)
    // Through our parser and writer: the same layout and number text as the trace JSON.
    let value = try JSONValue.parse(String(decoding: data, as: UTF8.self))
    guard objective != .notes, case .object(var members) = value else { return value }
    // Under another objective, which one, and the deviations it leaves none.
    members += [
      ("loss_kind", .string(objective.loss.rawValue)),
      ("tbptt", objective.truncation.map { .count($0) } ?? .null),
      ("deviations_absent", .array(deviationsAbsent.map(JSONValue.string))),
    ]
    return .object(members)
  }
}
