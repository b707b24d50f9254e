import UnrollKit

extension Comparison {
  /// The documents' BPTT beside the correct one, as Markdown sections: gradients per
  /// parameter, `dh` and `dh_raw` per timestep with their differences, and the ablation.
  func markdown(_ format: ValueFormat) -> [String] {
    func number(_ value: Double?) -> String {
      value.map { MarkdownCell.number($0, format) } ?? "—"
    }
    func percent(_ share: Double) -> String { "\(Int((share * 100).rounded())) %" }
    var lines = [
      "## The documents' BPTT beside the correct one", "",
      "The notes' `backward()` with its two shape repairs (\"documents'\") against correct "
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
      "| gradient | ‖documents'‖ | ‖correct‖ | relative error | cosine | signs agree |",
      "|---|---|---|---|---|---|",
    ]
    for metrics in gradients + [overall] {
      let name = metrics.name == overall.name ? "all" : "`d\(metrics.name)`"
      lines.append(
        "| \(name) | \(number(metrics.documentNorm)) | \(number(metrics.correctNorm)) | "
          + "\(number(metrics.relativeError)) | \(number(metrics.cosine)) | "
          + "\(percent(metrics.signAgreement)) |")
    }
    lines += [
      "", "### `dh` and `dh_raw` per timestep", "",
      "| t | ‖dh‖ documents' | ‖dh‖ correct | ‖dh_raw‖ documents' | ‖dh_raw‖ correct | "
        + "‖Δ dh‖ |",
      "|---|---|---|---|---|---|",
    ]
    for step in steps {
      let difference = zip(step.documentDh, step.correctDh)
        .reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }.squareRoot()
      lines.append(
        "| \(step.t) | \(number(step.dhNorms.document)) | \(number(step.dhNorms.correct)) | "
          + "\(number(step.dhRawNorms.document)) | \(number(step.dhRawNorms.correct)) | "
          + "\(number(difference)) |")
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
      lines.append("- **\(row.deviation)**: \(MarkdownCell.escape(row.summary))")
    }
    lines.append("")
    return lines
  }
}
