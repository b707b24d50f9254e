import UnrollKit

/// The trace as simple Markdown: a table per phase, then the gradients.
extension ReplSession {
  /// Every record and the final gradients as Markdown tables.
  func markdown() -> String {
    let model = trace.model
    // One line per value, summarised past 20 entries: the rich trace is another command's.
    var format = ValueFormat(precision: settings.precision, width: 200)
    format.threshold = 20
    func cell(_ text: String) -> String {
      text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
    var out = [
      "# Unroll trace: \(model.kind.rawValue.uppercased()), \(trace.bptt.rawValue) BPTT", "",
      "- model: \(model.kind.rawValue) (\(model.sizes))",
      "- backward pass: \(trace.bptt.rawValue)",
      "- seed: " + (trace.seed.map(String.init) ?? "none"),
      "- label y: \(trace.example.y)",
      "- values of more than 20 entries show their first and last 3 (rows and columns)",
    ]
    if let loss = trace.loss {
      out.append("- loss: \(NumberStyle([loss], precision: settings.precision).string(loss))")
    }
    if let failure = trace.recording.failure {
      out.append("- stopped at an error: \(cell(failure.description))")
    }
    var phase: Phase? = nil
    for record in trace.records {
      if record.phase != phase {
        phase = record.phase
        out += [
          "", "## \(record.phase.rawValue)", "", "| t | name | formula | shape | value |",
          "|---|---|---|---|---|",
        ]
      }
      out.append(
        "| \(record.t.map(String.init) ?? "") | \(record.name) | \(cell(record.formula)) "
          + "| \(record.shape) | `\(cell(ReplSession.formatted(record.value, format)))` |")
    }
    if trace.recording.failure == nil {
      out += ["", "## gradients", "", "| name | shape | value |", "|---|---|---|"]
      for (name, value) in trace.gradients.ordered {
        out.append(
          "| d\(name) | \(value.shape) | `\(cell(ReplSession.formatted(value, format)))` |")
      }
    }
    return out.joined(separator: "\n") + "\n"
  }
}
