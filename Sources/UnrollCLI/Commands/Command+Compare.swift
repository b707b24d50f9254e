import Foundation
import UnrollKit

/// The formats `unroll compare` writes.
enum CompareFormat: String, CaseIterable, Sendable {
  /// Tables and sparklines for people.
  case text
  /// The `Comparison` encoded, numbers exact.
  case json
  /// GitHub Markdown; with `-o FILE.md`, a chart beside it.
  case md
}

extension Command {
  /// `unroll compare`: the documents' BPTT against the correct one, number by number.
  public static let compare = Command(
    name: "compare", summary: "the notes' backward() against the correct BPTT, number by number",
    usage: "unroll compare [model options] [--format "
      + CompareFormat.allCases.map(\.rawValue).joined(separator: "|") + "]",
    discussion: """
      Runs one example forward, then three backward passes: the RNN note's
      backward() as written (it stops at its first line, with NumPy's message),
      the same with its two shape repairs ("the documents' BPTT"), and the correct
      BPTT. Prints, per parameter, both gradients' norms, the relative error
      ‖d − c‖/‖c‖, the cosine and the share of entries whose signs agree; per
      timestep, ‖dh‖ and ‖dh_raw‖ of both, with a sparkline of each over time;
      then an ablation: each of the three deviations fixed alone, and left alone.

      The RNN only: the notes give the LSTM no backward pass to compare, and have
      no GRU. --bptt is not used (compare runs all of them). --layout pytorch
      compares the gradients by the PyTorch note's state_dict names;
      rnn.bias_ih_l0 and rnn.bias_hh_l0 both carry bh's gradient.
      """,
    optionGroups: [
      OptionGroup("MODEL OPTIONS", ModelOptions.options.filter { $0.name != "--bptt" }),
      OptionGroup(
        "OPTIONS",
        [
          OptionSpec(
            "--format", value: CompareFormat.allCases.map(\.rawValue).joined(separator: "|"),
            help: "text for people, json for programs, md for GitHub\n(default: text)"),
          .output(valueName: "FILE"),
          OptionSpec(
            "--force", value: nil, help: "with --format md -o, replace files that exist"),
          Command.layoutOption,
        ]),
    ]
  ) { invocation in
    let arguments = invocation.arguments
    let format = try arguments.choice("--format") ?? CompareFormat.text
    if arguments.value("--output") != nil, format != .md {
      throw UsageError.conflict("-o writes --format md (the document and its chart)")
    }
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
    let layout: Layout = try arguments.choice("--layout") ?? setup.layout
    let comparison = try Comparison(
      model: setup.model, parameters: setup.parameters, example: setup.example, layout: layout)
    let terminal = invocation.terminal
    switch format {
    case .text:
      let view = try LayoutView(try setup.trace(), setup: setup, layout: layout)
      terminal.write(
        comparison.text(
          setup: setup, styler: terminal.styler, unicode: terminal.isUnicode,
          width: terminal.width, mapping: view.mapping))
    case .json:
      terminal.write(try comparison.json().text(expandedDepth: 4) + "\n")
    case .md:
      try writeComparisonMarkdown(
        comparison, setup: setup, output: arguments.value("--output"),
        force: arguments.has("--force"), terminal: terminal)
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
    words += ["--format", "md"] + (output.map { ["-o", MarkdownCell.shellWord($0)] } ?? [])
    guard let output else {
      let document = comparison.markdownDocument(
        command: words.joined(separator: " "), pictureStem: nil)
      terminal.write(document.markdown)
      return
    }
    let url = URL(fileURLWithPath: output)
    let folder = url.deletingLastPathComponent()
    let document = comparison.markdownDocument(
      command: words.joined(separator: " "),
      pictureStem: url.deletingPathExtension().lastPathComponent)
    let paths = [output] + document.pictures.map { folder.appendingPathComponent($0.fileName).path }
    try FileIO.refuseToReplace(paths, force: force)
    for picture in document.pictures {
      try FileIO.writeAtomically(
        picture.svg, to: folder.appendingPathComponent(picture.fileName).path)
    }
    try FileIO.writeAtomically(document.markdown, to: output)
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
    return try JSONValue.parse(String(decoding: data, as: UTF8.self))
  }
}
