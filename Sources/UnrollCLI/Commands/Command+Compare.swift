import Foundation
import UnrollKit

extension Command {
  /// The formats `unroll compare` writes.
  static let compareFormats: [ExportFormat] = [.text, .json]

  /// `unroll compare`: the documents' BPTT against the correct one, number by number.
  public static let compare = Command(
    name: "compare", summary: "the notes' backward() against the correct BPTT, number by number",
    usage: "unroll compare [model options] [--format "
      + ExportFormat.names(compareFormats) + "]",
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
          ExportFormat.option(
            compareFormats, help: "text for people, json for programs (default: text)"),
          Command.layoutOption,
        ]),
    ]
  ) { invocation in
    let arguments = invocation.arguments
    let format = try arguments.format(among: compareFormats)
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
    case .json, .md:  // md is not among compareFormats: `format(among:)` refused it
      terminal.write(try comparison.json().text(expandedDepth: 4) + "\n")
    }
    return .success
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
