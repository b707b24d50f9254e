import Foundation
import UnrollKit

extension Comparison {
  /// The listing `unroll compare` prints: what is compared, the gradients' metrics, the
  /// per-step norms with sparklines, and the ablation, laid out for `width` columns;
  /// `mapping`, the PyTorch layout's lines wrapped to `width − 2`, under the gradients
  /// when there are any.
  func text(
    setup: ModelSetup, styler: Styler, unicode: Bool, width: Int, mapping: [String] = []
  ) -> String {
    let sizes = setup.model.sizes
    var text =
      styler("compare", .bold) + ": rnn, \(sizes)"
      + (setup.seed.map { ", seed \($0)" } ?? "")
      + (objective == .notes ? "" : ", \(objective)") + "\n"
      // The path on a line of its own: with it, the header passed 80 columns.
      + (setup.weightsPath.map { "  weights \($0)\n" } ?? "")
    text += "The notes' backward() with its two shape repairs (\"notes'\") against the\n"
    text += "correct BPTT (\"correct\"), on one example:\n"
    if objective.loss == .everyStep {
      // One label per step; the head's values are the last step's, the loss their sum.
      let labels = setup.example.labels.map { String(Int($0)) }.joined(separator: " ")
      text +=
        TextWrap.wrap(
          "y_t = \(labels) (t = 1 … \(sizes.steps))", width: width, first: "  ", rest: "    ")
        + "\n"
      text += "  at t = \(sizes.steps): y_pred = \(Comparison.fixed(yPred)), "
      text += "p = \(Comparison.fixed(p)); loss, summed over the steps = "
      text += "\(Comparison.fixed(loss))\n"
    } else {
      text += "  y = \(Int(y)), y_pred = \(Comparison.fixed(yPred)), "
      text += "p = \(Comparison.fixed(p)), loss = \(Comparison.fixed(loss))\n"
    }
    if let failure = verbatimFailure {
      text += "\nAs written, backward() stops at its first line (\(failure.operation)):\n"
      for part in TextWrap.code(failure.line, width: width - 2).split(separator: "\n") {
        text += "  " + styler(String(part), .dim) + "\n"
      }
      text += "  ValueError: \(failure.message)\n"
    }
    text += "\n" + styler("== gradients: notes' against correct ==", .bold) + "\n"
    text += gradientTable()
    text += "  rel. error = ‖d − c‖/‖c‖; cosine 1 is the same direction, −1 the opposite\n"
    if let heading = mapping.first {
      text += "  " + heading + "\n" + mapping.dropFirst().map { "  \($0)\n" }.joined()
    }
    if let cosine = overall.cosine, cosine < 0 {
      text += "  The cosine over all parameters is negative: to first order, the notes'\n"
      text += "  step raises this example's loss where the correct step lowers it.\n"
    }
    text += "\n" + styler("== per timestep: ‖dh‖ and ‖dh_raw‖ ==", .bold) + "\n"
    text += stepTable(unicode: unicode, width: width)
    text += "\n" + styler("== ablation: what each deviation costs ==", .bold) + "\n"
    text += absentDeviationsNote()
    text += ablationTable()
    return text
  }

  /// One row per parameter and one for all entries together.
  private func gradientTable() -> String {
    let header = ["param", "‖notes'‖", "‖correct‖", "rel. error", "cosine", "signs agree"]
    let rows = (gradients + [overall]).map { m -> [String] in
      [
        m.name, Comparison.short(m.documentNorm), Comparison.short(m.correctNorm),
        m.relativeError.map(Comparison.short) ?? "—",
        m.cosine.map { String(format: "%.4f", $0) } ?? "—",
        String(format: "%.0f%%", m.signAgreement * 100),
      ]
    }
    return Comparison.table(header, rows, rightAligned: [1, 2, 3, 4, 5])
  }

  /// The norms per step, t = 1 … T, then a sparkline of each series.
  private func stepTable(unicode: Bool, width: Int) -> String {
    let ordered = steps.sorted { $0.t < $1.t }
    let header = ["t", "dh notes'", "dh correct", "dh_raw notes'", "dh_raw correct"]
    var shown = ordered
    var hidden = 0
    if ordered.count > 24 {
      shown = Array(ordered.prefix(8)) + Array(ordered.suffix(8))
      hidden = ordered.count - 16
    }
    var rows = shown.map { step -> [String] in
      [
        "\(step.t)", Comparison.short(step.dhNorms.document),
        Comparison.short(step.dhNorms.correct),
        Comparison.short(step.dhRawNorms.document), Comparison.short(step.dhRawNorms.correct),
      ]
    }
    if hidden > 0 { rows.insert(["…", "", "", "", ""], at: 8) }
    var text = Comparison.table(header, rows, rightAligned: [0, 1, 2, 3, 4])
    if hidden > 0 { text += "  (\(hidden) steps not shown; --format json has them all)\n" }
    if let last = ordered.last, let first = ordered.first, ordered.count > 1 {
      text +=
        "  From t = \(last.t) back to t = \(first.t), ‖dh‖ goes "
        + "\(Comparison.short(last.dhNorms.correct)) → \(Comparison.short(first.dhNorms.correct))"
        + " in the correct pass\n  and \(Comparison.short(last.dhNorms.document)) → "
        + "\(Comparison.short(first.dhNorms.document)) in the notes'.\n"
    }
    let cells = max(8, width - 24)
    text += "\n  over time, t = 1 (left) → \(ordered.count) (right), ‖·‖ of each step:\n"
    let series: [(String, [Double])] = [
      ("dh     notes' ", ordered.map(\.dhNorms.document)),
      ("dh     correct", ordered.map(\.dhNorms.correct)),
      ("dh_raw notes' ", ordered.map(\.dhRawNorms.document)),
      ("dh_raw correct", ordered.map(\.dhRawNorms.correct)),
    ]
    for (label, values) in series {
      text += "    \(label)  " + Sparkline.draw(values, unicode: unicode, width: cells) + "\n"
    }
    text += Sparkline.legend(
      unicode: unicode, steps: ordered.count, cells: cells, indent: 4, width: width)
    return text
  }

  /// With the loss at every step: that the notes' per-step `dh` line is then right.
  func absentDeviationsNote() -> String {
    guard deviationsAbsent.contains(Deviations.outputGradientAtEveryStep.name) else { return "" }
    return """
        With --loss every-step the notes' dh = np.dot(Why.T, dy) + dh_next at every
        step is not a deviation: every step has a loss term, so h_t sends Whyᵀ·dy_t
        to the head at t as well as dh_next to t + 1 (min-char-rnn's line). Two
        deviations remain, output-error and final-h.\n

      """
  }

  /// Per deviation, the overall cosine and relative error with only it fixed and with
  /// only it left, then what it costs in one sentence.
  private func ablationTable() -> String {
    var text: String
    if ablation.count == 3 {
      text = "  Each deviation fixed alone (the other two kept) and left alone (the other\n"
      text += "  two fixed), all gradients against the correct ones. The notes' BPTT, all\n"
      text += "  three kept: cosine"
    } else {
      text = "  Each deviation fixed alone (the other kept) and left alone (the other\n"
      text += "  fixed), all gradients against the correct ones. The notes' BPTT, both\n"
      text += "  kept: cosine"
    }
    text += " \(Comparison.cosine(overall.cosine)), "
    text += "rel. error \(overall.relativeError.map(Comparison.short) ?? "—").\n\n"
    let header = ["deviation", "fixed: cosine", "rel. error", "left: cosine", "rel. error"]
    let rows = ablation.map { row -> [String] in
      [
        row.deviation, Comparison.cosine(row.onlyThisFixed.overall.cosine),
        row.onlyThisFixed.overall.relativeError.map(Comparison.short) ?? "—",
        Comparison.cosine(row.onlyThisLeft.overall.cosine),
        row.onlyThisLeft.overall.relativeError.map(Comparison.short) ?? "—",
      ]
    }
    text += Comparison.table(header, rows, rightAligned: [1, 2, 3, 4]) + "\n"
    for row in ablation {
      text += "  \(row.deviation)\n"
      text += Comparison.wrapped(row.summary + ". " + Comparison.cost(row), width: 78, indent: 4)
    }
    return text
  }

  /// One sentence on what a deviation costs: how far it turns the gradient and how it
  /// scales it when it is the only one left.
  static func cost(_ row: AblationRow) -> String {
    let left = row.onlyThisLeft.overall
    guard let cosine = left.cosine, left.correctNorm > 0 else {
      return "Alone, it leaves a zero gradient where the correct one is not."
    }
    let degrees = acos(min(max(cosine, -1), 1)) * 180 / Double.pi
    let ratio = left.documentNorm / left.correctNorm
    return "Alone, it turns the gradient by " + String(format: "%.0f°", degrees)
      + " and scales its length by " + String(format: "%.2f", ratio) + "."
  }

  /// `text` broken at spaces into lines of at most `width` columns, each indented and
  /// ended by a newline; nothing for no words.
  static func wrapped(_ text: String, width: Int, indent: Int) -> String {
    let pad = String(repeating: " ", count: indent)
    let words = text.split(separator: " ")
    guard !words.isEmpty else { return "" }
    return TextWrap.lines(words, width: width, first: pad, rest: pad).map { $0 + "\n" }.joined()
  }

  /// `0.1234`, or `1.234e-05` when four decimals would hide the value.
  static func short(_ value: Double) -> String {
    guard value.isFinite else { return "\(value)" }
    let magnitude = abs(value)
    if magnitude == 0 || (magnitude >= 1e-3 && magnitude < 1e4) {
      return String(format: "%.4f", value)
    }
    return String(format: "%.3e", value)
  }

  /// Four decimals.
  static func fixed(_ value: Double) -> String { String(format: "%.4f", value) }

  /// A cosine to four decimals, or `—` when undefined (a zero gradient).
  static func cosine(_ value: Double?) -> String {
    value.map { String(format: "%.4f", $0) } ?? "—"
  }

  /// A table with a header, columns two spaces apart, indented by two.
  static func table(_ header: [String], _ rows: [[String]], rightAligned: Set<Int>) -> String {
    let widths = header.indices.map { column in
      ([header] + rows).map { $0.indices.contains(column) ? $0[column].count : 0 }.max() ?? 0
    }
    func line(_ cells: [String]) -> String {
      let parts = cells.enumerated().map { column, cell in
        let pad = String(repeating: " ", count: max(widths[column] - cell.count, 0))
        return rightAligned.contains(column) ? pad + cell : cell + pad
      }
      return "  " + parts.joined(separator: "  ").trimmingTrailingSpaces() + "\n"
    }
    return line(header) + rows.map(line).joined()
  }
}
