import Foundation
import UnrollKit

extension Command {
  /// The largest `--max-entries`.
  static let maxEntriesLimit = 1_000_000

  /// `--entries N|all`.
  static let entriesFlag = OptionSpec(
    "--entries", value: "N|all",
    help: "check N entries of each parameter drawn at random\n"
      + "from --seed, 1 to \(maxEntriesLimit), or all (default: all,\n"
      + "or a sample where all would take long)")

  /// `--max-entries N`.
  static let maxEntriesFlag = OptionSpec(
    "--max-entries", value: "N",
    help: "check at most N entries of each parameter, spread\n"
      + "evenly, 1 to \(maxEntriesLimit) (default: every entry)")

  /// Entries × steps beyond which gradcheck warns that it will take a while (the
  /// documents' RNN, 1121 entries × 10 steps, takes about a second in a debug build).
  static let longCheck = 100_000

  /// The multiply-adds beyond which gradcheck samples its entries unless told.
  ///
  /// `--entries all` checks them all anyway. It is about half a minute of nudged forward
  /// passes in a release build. The
  /// documents' RNN costs 5e7, an LSTM of hidden 512, input 256 over 2000 steps 1e10
  /// per entry.
  static let exhaustiveBudget = 20_000_000_000

  /// `unroll gradcheck`: the analytic gradients against centred finite differences.
  public static let gradcheck = Command(
    name: "gradcheck", summary: "the analytic gradients against finite differences",
    usage: "unroll gradcheck [model options] [--entries N|all | --max-entries N]",
    discussion: """
      Computes every parameter's gradient by the correct BPTT, or with --bptt
      document by the notes' backward() (the notes' BPTT), then each entry again
      from the loss alone, nudging the entry and re-running the forward pass: the
      five-point centred difference

        (8·[L(θ+h) − L(θ−h)] − [L(θ+2h) − L(θ−2h)]) / 12h,  h = \(GradientCheck.step)

      An entry's relative error is |a − n| / max(|a|, |n|, \(GradientCheck.noiseFloor)).
      A parameter passes when its largest is at most \(GradientCheck.tolerance); the exit
      code is 1 when any parameter fails.

      --bptt document shows the check failing on the notes' gradients: they are
      not the derivative of the loss, and the exit code is 1 for them too, as for
      any wrong gradient, so a script sees the failure. `unroll compare` measures
      how far off they are. --bptt verbatim is refused: it stops at its first line.

      --entries N checks N entries of each parameter drawn at random (from --seed),
      as CS231n's notes check a large network; --max-entries N checks N spread
      evenly. At sizes where checking every entry would take more than about half
      a minute, a random sample is the default, and a note says how many; the
      table's `checked` column says it per parameter. --entries all checks every one.

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
          entriesFlag, maxEntriesFlag, layoutOption,
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
    if options.bptt == .verbatim {
      throw UsageError.conflict(
        "--bptt verbatim cannot be checked: the notes' backward() stops at its first "
          + "line (see `unroll compare`); --bptt document checks its repaired form")
    }
    var chosen: GradientCheck.Entries? = maxEntries == Int.max ? nil : .spread(maxEntries)
    if let text = arguments.value(entriesFlag) {
      guard chosen == nil else {
        throw UsageError.conflict("--entries samples at random, --max-entries spreads: give one")
      }
      if text == "all" {
        chosen = .all
      } else {
        guard let value = Int(text), value >= 1, value <= maxEntriesLimit else {
          throw UsageError.invalidValue(
            flag: entriesFlag.name, value: text,
            expected: "an integer from 1 to \(maxEntriesLimit), or all", suggestion: nil)
        }
        chosen = .sample(value, seed: options.seed)
      }
    }
    let setup = try options.setup(terminal: invocation.terminal)
    let entries = chosen ?? defaultEntries(setup)
    let shapes = setup.model.parameterShapes.map { $0.shape.rows * $0.shape.cols }
    let total = shapes.reduce(0, +)
    let checked = shapes.reduce(0) { $0 + entries.checked(of: $1) }
    if chosen == nil, case .sample(let n, let seed) = entries {
      invocation.terminal.writeError(
        "unroll: note: checking \(n) entr\(n == 1 ? "y" : "ies") of each parameter drawn at "
          + "random from seed \(seed), \(checked) of \(total) in all (every one would take "
          + "long); --entries N or --entries all to choose\n")
    } else if checked * setup.model.sizes.steps > longCheck {
      // Each checked entry costs four forward passes; say so before a long wait.
      invocation.terminal.writeError(
        "unroll: note: checking \(checked) entries, four forward passes each; "
          + "--entries N checks fewer\n")
    }
    let layout: Layout = try arguments.choice(layoutOption) ?? setup.layout
    let results = try gradientCheck(
      setup, layout: layout, entries: entries, deadline: invocation.terminal.deadline)
    let terminal = invocation.terminal
    terminal.write(gradcheckReport(results, setup: setup, styler: terminal.styler))
    let failed = results.filter { !$0.passed }.map(\.name)
    guard failed.isEmpty else {
      // The notes' gradients fail as any wrong gradient does: exit 1, with the reason, in
      // a line that fits 80 columns (the table above names the parameters).
      terminal.writeError(
        setup.bptt == .document
          ? "unroll: the notes' gradients fail the check, as expected "
            + "(\(failed.count) of \(results.count) parameters)\n"
          : "unroll: the gradient check failed for \(failed.joined(separator: ", "))\n")
      return .failure
    }
    return .success
  }

  /// The check of `setup.bptt`'s gradients in `layout`: in PyTorch's, of the state_dict's
  /// gradients, each nudged state_dict mapped to the notes' parameters before the forward
  /// pass.
  ///
  /// The numeric side is always the loss's own derivative, whatever pass gave the
  /// analytic one: that is how the notes' BPTT is seen to fail.
  static func gradientCheck(
    _ setup: ModelSetup, layout: Layout, entries: GradientCheck.Entries,
    deadline: Deadline? = nil
  ) throws -> [GradientCheck.Result] {
    let (model, example) = (setup.model, setup.example)
    let recording = try model.run(setup.parameters, on: example, bptt: setup.bptt)
    if let failure = recording.failure { throw failure }
    // Under truncated BPTT, the truncated objective (Model.frozenStates).
    let frozen = try model.frozenStates(setup.parameters, on: example)
    guard layout == .pytorch else {
      let loss = model.lossFunction(on: example, like: setup.parameters, frozen: frozen)
      return try GradientCheck.run(
        parameters: setup.parameters, gradients: recording.gradients, entries: entries
      ) { nudged in
        try deadline?.check()
        return try loss(nudged)
      }
    }
    let stateDict =
      try setup.stateDict ?? PyTorchLayout.stateDict(setup.parameters, kind: model.kind)
    let gradients = try PyTorchLayout.gradients(recording.gradients, kind: model.kind)
    let loss = model.lossFunction(on: example, like: setup.parameters, frozen: frozen)
    return try GradientCheck.run(
      parameters: stateDict, gradients: gradients, entries: entries
    ) { nudged in
      try deadline?.check()
      return try loss(try PyTorchLayout.documentParameters(nudged.values, kind: model.kind))
    }
  }

  /// Every entry, unless checking them all would pass `exhaustiveBudget`: then a sample
  /// from the seed, as many per parameter as the budget allows (at least one).
  static func defaultEntries(_ setup: ModelSetup) -> GradientCheck.Entries {
    let sizes = setup.model.parameterShapes.map { $0.shape.rows * $0.shape.cols }
    let weights = sizes.reduce(0, +)
    // One nudged pass costs about steps × weights multiply-adds; an entry takes four.
    let perEntry = Int.saturatingProduct(4, setup.model.sizes.steps, weights)
    guard Int.saturatingProduct(perEntry, weights) > exhaustiveBudget else { return .all }
    let each = max(1, exhaustiveBudget / max(Int.saturatingProduct(perEntry, sizes.count), 1))
    return .sample(each, seed: setup.seed ?? 0)
  }

  /// The table `unroll gradcheck` prints: one row per parameter, then the method.
  static func gradcheckReport(
    _ results: [GradientCheck.Result], setup: ModelSetup, styler: Styler
  ) -> String {
    let sizes = setup.model.sizes
    var text =
      styler("gradient check", .bold) + ": \(setup.model.kind.rawValue), input \(sizes.input), "
      + "hidden \(sizes.hidden), steps \(sizes.steps)"
      + (setup.seed.map { ", seed \($0)" } ?? "")
      + (setup.bptt == .correct ? "" : ", \(setup.bptt.phrase)")
      + (setup.model.objective == .notes ? "" : ", \(setup.model.objective)") + "\n"
    if setup.model.objective.truncates(sizes.steps) {
      text +=
        "the truncated objective: the state entering each chunk of "
        + "\(setup.model.objective.truncation ?? 0) steps\nheld at its value, so the "
        + "differences see what the truncated pass sends back\n"
    }
    text += "\n"
    let header = [
      "param", "shape", "checked", "rel err", "worst", "analytic", "numeric", "result",
    ]
    let rows = results.map { result -> [String] in
      [
        result.name, PyTorchLayout.shapeText(result.name, result.shape), "\(result.checked)",
        String(format: "%.1e", result.maxRelativeError),
        PyTorchLayout.indexText(
          result.name, result.shape, row: result.worst.row, col: result.worst.col),
        String(format: "% .4e", result.analytic), String(format: "% .4e", result.numeric),
        result.passed ? "pass" : "FAIL",
      ]
    }
    let widths = header.indices.map { column in
      ([header] + rows).map { $0[column].count }.max() ?? 0
    }
    let rightAligned: Set<Int> = [2, 3]
    // Two spaces between columns, and the table indented two, when that fits in 80
    // columns; the PyTorch layout's state_dict keys make it 88, so then one and none.
    let wide = 2 + widths.reduce(0, +) + 2 * (widths.count - 1) > 80
    let (indent, separator) = wide ? ("", " ") : ("  ", "  ")
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
      return indent + parts.joined(separator: separator).trimmingTrailingSpaces() + "\n"
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
    if setup.bptt == .document {
      text += "\n" + notesVerdict(failed: failed, of: results.count)
    }
    return text
  }
}

extension Command {
  /// What a failing (or, at some sizes, passing) check of the notes' BPTT means, wrapped
  /// to 78 columns.
  static func notesVerdict(failed: Int, of count: Int) -> String {
    let sentence =
      failed == 0
      ? "The notes' BPTT passes at these sizes; at the notes' own "
        + "(`unroll gradcheck --bptt document`) it fails."
      : "The notes' backward() is not the derivative of this loss: the numeric column "
        + "is the loss's own slope, the analytic one the notes' gradient, and where a "
        + "row fails they disagree in the first digits, not the seventh. "
        + "`unroll compare` says by how much, deviation by deviation."
    return Comparison.wrapped(sentence, width: 78, indent: 0)
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
