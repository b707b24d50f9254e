import UnrollKit

extension Comparison {
  /// The notes' BPTT beside the correct one, as Markdown sections: gradients per
  /// parameter, `dh` and `dh_raw` per timestep with their differences, and the ablation.
  func markdown(_ format: ValueFormat) -> [String] {
    func number(_ value: Double?) -> String {
      value.map { MarkdownCell.number($0, format) } ?? "—"
    }
    func percent(_ share: Double) -> String { "\(Int((share * 100).rounded())) %" }
    var lines = [
      "## The notes' BPTT beside the correct one", "",
      "The notes' `backward()` with its two shape repairs (\"notes'\") against correct "
        + "BPTT, on this example. Relative error is ‖d − c‖ / ‖c‖; cosine 1 is the same "
        + "direction, −1 the opposite.", "",
    ]
    if let failure = verbatimFailure {
      lines += [
        "As written, `backward()` stops at its first line:", "", "```",
        failure.line, "ValueError: \(failure.message)", "```", "",
      ]
    }
    lines += [
      "| gradient | ‖notes'‖ | ‖correct‖ | relative error | cosine | signs agree |",
      "|---|---|---|---|---|---|",
    ]
    for metrics in gradients + [overall] {
      let name = metrics.name == overall.name ? "all" : "`d\(metrics.name)`"
      lines.append(
        "| \(name) | \(number(metrics.documentNorm)) | \(number(metrics.correctNorm)) | "
          + "\(number(metrics.relativeError)) | \(number(metrics.cosine)) | "
          + "\(percent(metrics.signAgreement)) |")
    }
    if let cosine = overall.cosine, cosine < 0 {
      lines += [
        "",
        "The cosine over all parameters is negative: to first order, the notes' step "
          + "raises this example's loss where the correct step lowers it.",
      ]
    }
    lines += [
      "", "### `dh` and `dh_raw` per timestep", "",
      "| t | ‖dh‖ notes' | ‖dh‖ correct | ‖dh_raw‖ notes' | ‖dh_raw‖ correct | "
        + "‖Δ dh‖ |",
      "|---|---|---|---|---|---|",
    ]
    // Long runs: the first and last eight steps, the middle left to --format json.
    let shownSteps = steps.count > 24 ? Array(steps.prefix(8)) + Array(steps.suffix(8)) : steps
    for (index, step) in shownSteps.enumerated() {
      if steps.count > 24, index == 8 {
        lines.append("| … | \(steps.count - 16) steps not shown | | | | |")
      }
      let difference = zip(step.documentDh, step.correctDh)
        .reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }.squareRoot()
      lines.append(
        "| \(step.t) | \(number(step.dhNorms.document)) | \(number(step.dhNorms.correct)) | "
          + "\(number(step.dhRawNorms.document)) | \(number(step.dhRawNorms.correct)) | "
          + "\(number(difference)) |")
    }
    let ordered = steps.sorted { $0.t < $1.t }
    if let first = ordered.first, let last = ordered.last, ordered.count > 1 {
      lines += [
        "",
        "From t = \(last.t) back to t = \(first.t), ‖dh‖ goes \(number(last.dhNorms.correct)) → "
          + "\(number(first.dhNorms.correct)) in the correct pass and "
          + "\(number(last.dhNorms.document)) → \(number(first.dhNorms.document)) in the notes'.",
        "", "Over time, t = 1 (left) → \(ordered.count) (right), ‖·‖ of each step:", "", "```",
      ]
      let series: [(String, [Double])] = [
        ("dh     notes' ", ordered.map(\.dhNorms.document)),
        ("dh     correct", ordered.map(\.dhNorms.correct)),
        ("dh_raw notes' ", ordered.map(\.dhRawNorms.document)),
        ("dh_raw correct", ordered.map(\.dhRawNorms.correct)),
      ]
      for (label, values) in series {
        lines.append("\(label)  " + Sparkline.draw(values, unicode: true, width: 60))
      }
      let legend = Sparkline.legend(
        unicode: true, steps: ordered.count, cells: 60, indent: 0, width: 80)
      lines.append(String(legend.dropLast()))
      lines.append("```")
    }
    lines += [
      "", "### What each deviation costs", "",
      "Each deviation fixed alone (the other two kept), and left alone (the other two "
        + "fixed); all gradients against the correct ones.", "",
      "| deviation | fixed alone: cosine | relative error | left alone: cosine | relative error |",
      "|---|---|---|---|---|",
    ]
    for row in ablation {
      lines.append(
        "| \(row.deviation) | \(number(row.onlyThisFixed.overall.cosine)) | "
          + "\(number(row.onlyThisFixed.overall.relativeError)) | "
          + "\(number(row.onlyThisLeft.overall.cosine)) | "
          + "\(number(row.onlyThisLeft.overall.relativeError)) |")
    }
    lines.append("")
    for row in ablation {
      lines.append(
        "- **\(row.deviation)**: \(MarkdownCell.escape(row.summary)). "
          + MarkdownCell.escape(Comparison.cost(row)))
    }
    lines.append("")
    return lines
  }
}

extension Comparison {
  /// `unroll compare --format md`: the comparison as a GitHub document, with a chart of
  /// ‖dh‖ and ‖dh_raw‖ of both passes (`pictureStem`-dh.svg beside it; none when nil).
  ///
  /// `labels`, the example's label per step, is listed under `--loss every-step`.
  func markdownDocument(
    command: String, pictureStem: String?, format: ValueFormat = ValueFormat(),
    labels: [Double] = []
  ) -> MarkdownTrace {
    let head =
      objective.loss == .everyStep
      ? "y_t = \(labels.map(MarkdownCell.label).joined(separator: " ")) (t = 1 … "
        + "\(labels.count)); at the last step y_pred = \(MarkdownCell.number(yPred, format)), "
        + "p = \(MarkdownCell.number(p, format)); the loss, summed over the steps, "
        + "\(MarkdownCell.number(loss, format))."
      : "y = \(MarkdownCell.label(y)), y_pred = \(MarkdownCell.number(yPred, format)), "
        + "p = \(MarkdownCell.number(p, format)), loss = \(MarkdownCell.number(loss, format))."
    var lines = [
      "# Unroll compare: the notes' BPTT against the correct one", "",
      head, "",
      "Reproduce with `\(command)`.", "",
    ]
    var pictures: [(fileName: String, svg: String)] = []
    let ordered = steps.sorted { $0.t < $1.t }
    if let stem = pictureStem, !ordered.isEmpty {
      let fileName = "\(stem)-dh.svg"
      let title = "‖dh‖ and ‖dh_raw‖: the notes' BPTT against the correct one"
      pictures.append(
        (
          fileName,
          SVGChart.lines(
            title: title,
            subtitle: "one example, \(ordered.count) steps; backward runs from t = "
              + "\(ordered.count) to 1", xLabel: "timestep t", yLabel: "norm (log scale)",
            series: [
              ("‖dh‖ correct", ordered.map(\.dhNorms.correct)),
              ("‖dh‖ notes'", ordered.map(\.dhNorms.document)),
              ("‖dh_raw‖ correct", ordered.map(\.dhRawNorms.correct)),
              ("‖dh_raw‖ notes'", ordered.map(\.dhRawNorms.document)),
            ], logScale: true)
        ))
      lines += ["![\(title)](\(MarkdownCell.link(fileName)))", ""]
    }
    lines += markdown(format)
    return MarkdownTrace(markdown: lines.joined(separator: "\n") + "\n", pictures: pictures)
  }
}
