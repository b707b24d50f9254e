import Foundation
import UnrollKit

extension Command {
  /// The largest `--max-entries`.
  static let maxEntriesLimit = 1_000_000

  /// `--max-entries N`.
  static let maxEntriesFlag = OptionSpec(
    "--max-entries", value: "N",
    help: "check at most N entries of each parameter, spread\n"
      + "evenly, 1 to \(maxEntriesLimit) (default: every entry)")

  /// Entries × steps beyond which gradcheck warns that it will take a while (the
  /// documents' RNN, 1121 entries × 10 steps, takes about a second in a debug build).
  static let longCheck = 100_000

  /// `unroll gradcheck`: the analytic gradients against centred finite differences.
  public static let gradcheck = Command(
    name: "gradcheck", summary: "the analytic gradients against finite differences",
    usage: "unroll gradcheck [model options] [--max-entries N]",
    discussion: """
      Computes every parameter's gradient by the correct BPTT (other --bptt modes
      are refused), then each entry again from the loss alone, nudging the entry
      and re-running the forward pass: the five-point centred difference

        (8·[L(θ+h) − L(θ−h)] − [L(θ+2h) − L(θ−2h)]) / 12h,  h = \(GradientCheck.step)

      An entry's relative error is |a − n| / max(|a|, |n|, \(GradientCheck.noiseFloor)).
      A parameter passes when its largest is at most \(GradientCheck.tolerance); the exit
      code is 1 when any parameter fails.

      --layout pytorch checks the gradients by the PyTorch note's state_dict names:
      it nudges an entry of rnn.weight_ih_l0 ... fc.bias, maps the state_dict to
      the notes' parameters and runs the forward pass. rnn.bias_ih_l0 and
      rnn.bias_hh_l0 pass with the same gradient, the summed bias's.
      """,
    optionGroups: [
      ModelOptions.group,
      OptionGroup(
        "OPTIONS",
        [
          maxEntriesFlag, layoutOption,
        ]),
    ]
  ) { invocation in
    let arguments = invocation.arguments
    var maxEntries = Int.max
    if let text = arguments.value(maxEntriesFlag) {
      guard let value = Int(text), value >= 1, value <= maxEntriesLimit else {
        throw UsageError.invalidValue(
          flag: maxEntriesFlag.name, value: text,
          expected: "an integer from 1 to \(maxEntriesLimit)",
          suggestion: nil)
      }
      maxEntries = value
    }
    let options = try ModelOptions(arguments)
    guard options.bptt == .correct else {
      throw UsageError.conflict(
        "gradcheck checks the correct BPTT only; --bptt \(options.bptt.rawValue) is for trace")
    }
    let setup = try options.setup(terminal: invocation.terminal)
    // Each checked entry costs four forward passes; say so before a long wait.
    let entries = setup.model.parameterShapes.reduce(0) {
      $0 + min($1.shape.rows * $1.shape.cols, maxEntries)
    }
    if entries * setup.model.sizes.steps > longCheck {
      invocation.terminal.writeError(
        "unroll: note: checking \(entries) entries, four forward passes each; "
          + "--max-entries N checks fewer\n")
    }
    let layout: Layout = try arguments.choice(layoutOption) ?? setup.layout
    let results = try gradientCheck(setup, layout: layout, maxEntries: maxEntries)
    let terminal = invocation.terminal
    terminal.write(gradcheckReport(results, setup: setup, styler: terminal.styler))
    let failed = results.filter { !$0.passed }.map(\.name)
    guard failed.isEmpty else {
      terminal.writeError(
        "unroll: the gradient check failed for \(failed.joined(separator: ", "))\n")
      return .failure
    }
    return .success
  }

  /// The check in `layout`: in PyTorch's, of the state_dict's gradients, each nudged
  /// state_dict mapped to the notes' parameters before the forward pass.
  static func gradientCheck(
    _ setup: ModelSetup, layout: Layout, maxEntries: Int
  ) throws -> [GradientCheck.Result] {
    let (model, example) = (setup.model, setup.example)
    guard layout == .pytorch else {
      return try GradientCheck.run(
        model, parameters: setup.parameters, example: example, maxEntries: maxEntries)
    }
    let recording = model.run(setup.parameters, on: example)
    if let failure = recording.failure { throw failure }
    let stateDict =
      try setup.stateDict ?? PyTorchLayout.stateDict(setup.parameters, kind: model.kind)
    let gradients = try PyTorchLayout.gradients(recording.gradients, kind: model.kind)
    return try GradientCheck.run(
      parameters: stateDict, gradients: gradients, maxEntries: maxEntries
    ) { nudged in
      try model.loss(
        try PyTorchLayout.documentParameters(nudged.values, kind: model.kind), on: example)
    }
  }

  /// The table `unroll gradcheck` prints: one row per parameter, then the method.
  static func gradcheckReport(
    _ results: [GradientCheck.Result], setup: ModelSetup, styler: Styler
  ) -> String {
    let sizes = setup.model.sizes
    var text =
      styler("gradient check", .bold) + ": \(setup.model.kind.rawValue), input \(sizes.input), "
      + "hidden \(sizes.hidden), steps \(sizes.steps)"
      + (setup.seed.map { ", seed \($0)" } ?? "") + "\n\n"
    let header = [
      "param", "shape", "checked", "rel err", "worst", "analytic", "numeric", "result",
    ]
    let rows = results.map { result -> [String] in
      [
        result.name, PyTorchLayout.shapeText(result.name, result.shape), "\(result.checked)",
        String(format: "%.1e", result.maxRelativeError),
        "[\(result.worst.row), \(result.worst.col)]",
        String(format: "% .4e", result.analytic), String(format: "% .4e", result.numeric),
        result.passed ? "pass" : "FAIL",
      ]
    }
    let widths = header.indices.map { column in
      ([header] + rows).map { $0[column].count }.max() ?? 0
    }
    let rightAligned: Set<Int> = [2, 3]
    func line(_ cells: [String], styled: Bool) -> String {
      var parts: [String] = []
      for (column, cell) in cells.enumerated() {
        let pad = String(repeating: " ", count: widths[column] - cell.count)
        var shown = cell
        if styled, column == cells.count - 1 {
          shown = styler(cell, cell == "pass" ? .green : .red)
        }
        parts.append(rightAligned.contains(column) ? pad + shown : shown + pad)
      }
      return "  " + parts.joined(separator: "  ").trimmingTrailingSpaces() + "\n"
    }
    text += line(header, styled: false)
    for row in rows { text += line(row, styled: true) }
    let failed = results.filter { !$0.passed }.count
    text += "\n"
    text += "method: five-point centred difference, h = \(GradientCheck.step); relative error\n"
    text +=
      "        |a − n| / max(|a|, |n|, \(GradientCheck.noiseFloor)); a parameter passes "
      + "at ≤ \(GradientCheck.tolerance)\n"
    text +=
      failed == 0
      ? "all \(results.count) parameters pass\n"
      : "\(failed) of \(results.count) parameters FAIL\n"
    return text
  }
}

extension String {
  /// The string without the spaces at its end.
  func trimmingTrailingSpaces() -> String {
    var result = self
    while result.last == " " { result.removeLast() }
    return result
  }
}
