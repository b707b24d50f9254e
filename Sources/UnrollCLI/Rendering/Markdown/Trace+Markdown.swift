import Foundation
import UnrollKit

/// A trace rendered for GitHub: the Markdown and the SVG pictures it links to.
public struct MarkdownTrace: Sendable {
  /// The document.
  public var markdown: String
  /// The pictures, by file name relative to the document.
  public var pictures: [(fileName: String, svg: String)]
}

/// Where a learner stood when exporting from the REPL; that record is marked.
public struct TracePosition: Sendable, Equatable {
  /// The phase.
  public var phase: Phase
  /// The timestep, or nil outside the timesteps.
  public var t: Int?
  /// The record name.
  public var name: String

  /// The position of record `name` at `t` in `phase`.
  public init(phase: Phase, t: Int?, name: String) {
    self.phase = phase
    self.t = t
    self.name = name
  }
}

extension Trace {
  /// The whole recording as a GitHub document: header with the command that
  /// reproduces it, parameters, input, one table per timestep forward and backward,
  /// loss, gradients, and pictures (`pictureStem`-gradient-norms.svg and so on, beside
  /// the file; none when `pictureStem` is nil).
  ///
  /// `view` gives the layout of the parameters and gradients, and the mapping to state
  /// when PyTorch's layout is involved.
  public func markdown(
    command: String, pictureStem: String?, position: TracePosition? = nil,
    format: ValueFormat = ValueFormat(), view: LayoutView? = nil
  ) -> MarkdownTrace {
    let view = view ?? LayoutView(document: self)
    var lines: [String] = []
    let kind = model.kind.rawValue.uppercased()
    lines.append("# Unroll trace: \(kind), \(bptt.rawValue) BPTT")
    lines.append("")
    lines.append("Reproduce with `\(command)`.")
    lines.append("")
    lines.append("| model | input | hidden | steps | seed | BPTT | y | p | loss |")
    lines.append("|---|---|---|---|---|---|---|---|---|")
    let seedText = seed.map { "\($0)" } ?? "from file"
    let probability = p.map { MarkdownCell.number($0, format) } ?? "—"
    let lossText = loss.map { MarkdownCell.number($0, format) } ?? "—"
    lines.append(
      "| \(model.kind.rawValue) | \(model.sizes.input) | \(model.sizes.hidden) | "
        + "\(model.sizes.steps) | \(seedText) | \(bptt.rawValue) | \(MarkdownCell.label(example.y)) | "
        + "\(probability) | \(lossText) |")
    lines.append("")
    if let failure = recording.failure {
      lines.append("> **The pass stopped** at `\(failure.operation.line)`:")
      lines.append("> `\(failure.reason)`")
      lines.append("")
    }
    let pictures = pictureStem.map { self.pictures(stem: $0) } ?? []
    if !pictures.isEmpty {
      lines.append("## Pictures")
      lines.append("")
      for picture in pictures {
        lines.append("![\(picture.alt)](\(picture.fileName))")
        lines.append("")
      }
    }
    if !view.heading.isEmpty {
      lines.append("## Layout: \(view.layout.rawValue)")
      lines.append("")
      lines.append(view.heading.prefix(1).uppercased() + view.heading.dropFirst())
      lines.append("")
      lines += view.rules.map { "- `\($0)`" } + view.notes.map { "- \($0)." }
      lines.append("")
    }
    lines.append("## Parameters")
    lines.append("")
    lines += MarkdownCell.matrixTable(view.parameters, format, shape: view.shapeText)
    lines.append("## Input")
    lines.append("")
    lines.append(
      "`x` \(example.x.shape), one row per timestep; label `y` = \(MarkdownCell.label(example.y)).")
    lines.append("")
    lines += MarkdownCell.block(example.x, format)
    lines += recordSections(position: position, format: format)
    lines.append("## Gradients")
    lines.append("")
    lines += MarkdownCell.matrixTable(
      view.gradients ?? gradients, format, prefix: "d", shape: view.shapeText)
    if bptt != .correct, model.kind.notesGiveNoBackward == nil,
      let comparison = try? Comparison(model: model, parameters: parameters, example: example)
    {
      lines.append("")
      lines += comparison.markdown(format)
    }
    return MarkdownTrace(
      markdown: lines.joined(separator: "\n") + "\n",
      pictures: pictures.map { ($0.fileName, $0.svg) })
  }

  /// One `##` section per phase and one table per timestep, records in order.
  private func recordSections(position: TracePosition?, format: ValueFormat) -> [String] {
    var lines: [String] = []
    var currentPhase: Phase?
    var currentStep: Int?? = .none
    for (index, record) in records.enumerated() {
      if record.phase != currentPhase {
        currentPhase = record.phase
        currentStep = .none
        let title: String
        switch record.phase {
        case .forward: title = "Forward, t = 1 … \(model.sizes.steps)"
        case .output: title = "Output and loss"
        case .backward: title = "Backward (\(bptt.rawValue) BPTT), t = \(model.sizes.steps) … 1"
        }
        lines.append("## \(title)")
        lines.append("")
      }
      if currentStep != .some(record.t) {
        currentStep = .some(record.t)
        if let t = record.t {
          lines.append("### t = \(t)")
        } else if record.phase == .backward {
          lines.append("### Output error")
        }
        lines.append("")
        lines.append("| name | formula | shape | value |")
        lines.append("|---|---|---|---|")
      }
      let isHere =
        position.map { $0.phase == record.phase && $0.t == record.t && $0.name == record.name }
        ?? false
      let name = "`\(record.name)`" + (isHere ? " ◀ **you are here**" : "")
      lines.append(
        "| \(name) | $`\(LaTeX.math(record.formula))`$ | \(record.shape) | "
          + "\(MarkdownCell.inline(record.value, format)) |")
      if index + 1 == records.count || records[index + 1].phase != record.phase
        || records[index + 1].t != record.t
      {
        lines.append("")  // the table of this timestep ends here
      }
    }
    return lines
  }

  /// The pictures this trace has data for.
  private func pictures(stem: String) -> [(fileName: String, alt: String, svg: String)] {
    var result: [(String, String, String)] = []
    let steps = model.sizes.steps
    guard steps > 0 else { return [] }
    // One pass over the records: each name's values by timestep, the last one kept.
    var byName: [String: [Int: [Double]]] = [:]
    for record in records {
      if let t = record.t { byName[record.name, default: [:]][t] = record.value.scalars }
    }
    func columns(_ name: String) -> [[Double]]? {
      guard let steps = byName[name] else { return nil }
      let values = (1...model.sizes.steps).compactMap { steps[$0] }
      return values.count == model.sizes.steps ? values : nil
    }
    var norms: [(label: String, values: [Double])] = []
    for name in ["dh", "dC"] {
      if let values = columns(name) { norms.append(("‖\(name)‖", values.map(Self.norm))) }
    }
    if !norms.isEmpty {
      let title = "Gradient size over time (\(bptt.rawValue) BPTT)"
      result.append(
        (
          "\(stem)-gradient-norms.svg", title,
          SVGChart.lines(
            title: title, xLabel: "timestep t", yLabel: "norm (log scale)", series: norms,
            logScale: true)
        ))
    }
    for name in model.kind.cell.heatMaps {
      guard let values = columns(name) else { continue }
      let title = "\(name) over time"
      result.append(
        (
          "\(stem)-\(name).svg", title,
          SVGChart.heatMap(title: title, rowLabel: "unit", columns: values)
        ))
    }
    return result
  }

  private static func norm(_ values: [Double]) -> Double {
    values.reduce(0) { $0 + $1 * $1 }.squareRoot()
  }
}

/// How values sit in Markdown: inline in table cells, in small tables, or summarised.
enum MarkdownCell {
  /// Columns up to this many entries are shown whole in a cell.
  static let inlineLimit = 12
  /// Values up to this many entries get the full listing in a `<details>` block.
  static let detailsLimit = 64

  static func number(_ value: Double, _ format: ValueFormat) -> String {
    NumberStyle([value], precision: format.precision).string(value)
  }

  /// A label, 0 or 1, as an integer.
  static func label(_ y: Double) -> String { y == y.rounded() ? "\(Int(y))" : "\(y)" }

  /// A value for a table cell: one line, pipes escaped.
  static func inline(_ value: Matrix, _ format: ValueFormat) -> String {
    let oneLine = ValueFormat(precision: format.precision, width: .max)
    if value.count == 1 { return number(value.scalars[0], format) }
    if value.count <= inlineLimit {
      return escape(value.formatted(oneLine).replacingOccurrences(of: "\n", with: " "))
    }
    let style = value.scalars
    let head = style.prefix(3).map { number($0, format) }.joined(separator: ", ")
    let tail = style.suffix(3).map { number($0, format) }.joined(separator: ", ")
    let summary = "[\(head), …, \(tail)] ‖·‖ = \(number(value.norm, format))"
    guard value.count <= detailsLimit else { return escape(summary) }
    let full = value.formatted(oneLine).replacingOccurrences(of: "\n", with: " ")
    return "<details><summary>\(escape(summary))</summary>\(escape(full))</details>"
  }

  /// A matrix as a fenced block (rows as PyTorch prints them), summarised when large.
  static func block(_ value: Matrix, _ format: ValueFormat) -> [String] {
    ["```", value.formatted(ValueFormat(precision: format.precision, width: 100)), "```", ""]
  }

  /// Parameters (or gradients) as a table of name, shape and norm, each followed by its value.
  static func matrixTable(
    _ parameters: Parameters, _ format: ValueFormat, prefix: String = "",
    shape: (String, Shape) -> String = { "\($1)" }
  ) -> [String] {
    var lines = ["| name | shape | norm | value |", "|---|---|---|---|"]
    for (name, value) in parameters.ordered {
      lines.append(
        "| `\(prefix)\(name)` | \(shape(name, value.shape)) | \(number(value.norm, format)) | "
          + "\(value.cols == 1 ? inline(value, format) : small(value, format)) |")
    }
    lines.append("")
    return lines
  }

  /// A matrix in a cell: rows separated by `<br>` when small, else summarised.
  private static func small(_ value: Matrix, _ format: ValueFormat) -> String {
    guard value.count <= detailsLimit else {
      let low = value.scalars.min() ?? 0
      let high = value.scalars.max() ?? 0
      return "\(value.count) entries from \(number(low, format)) to \(number(high, format))"
    }
    let rows = value.rowArrays.map { row in
      "[" + row.map { number($0, format) }.joined(separator: ", ") + "]"
    }
    return escape(rows.joined(separator: "<br>"))
  }

  /// A pipe inside a table cell would end the cell.
  static func escape(_ text: String) -> String { text.replacingOccurrences(of: "|", with: "\\|") }
}
