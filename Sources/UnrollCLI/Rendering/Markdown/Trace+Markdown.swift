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

/// An accumulation `dW += …` as a row of an exported document (the REPL's `export`), which
/// the trace's records do not hold: it shows the gradient summed so far.
public struct AccumulationRow: Sendable {
  /// The phase of its block.
  public var phase: Phase
  /// The timestep, nil for a block that runs once.
  public var t: Int?
  /// How many records ran before it: it follows `records[recordsBefore - 1]`.
  public var recordsBefore: Int
  /// The record name of the line, `dWhh`.
  public var name: String
  /// The formula for people.
  public var formula: String
  /// The NumPy line.
  public var line: String
  /// How the documents' line differs from the correct rule, if it does.
  public var deviation: String?
  /// The gradient's shape.
  public var shape: Shape
  /// What its value is, after the name: `sum so far`, or `the whole gradient` for a
  /// gradient with one contribution.
  public var caption: String

  /// A row for the accumulation `name` after `recordsBefore` records.
  public init(
    phase: Phase, t: Int?, recordsBefore: Int, name: String, formula: String, line: String,
    deviation: String?, shape: Shape, caption: String = "sum so far"
  ) {
    self.caption = caption
    self.phase = phase
    self.t = t
    self.recordsBefore = recordsBefore
    self.name = name
    self.formula = formula
    self.line = line
    self.deviation = deviation
    self.shape = shape
  }
}

/// One row of a timestep's table: a record, an accumulation, or the line that stopped the pass.
private enum TraceRow {
  case record(Record)
  case accumulation(Int)
  case failure(UnrollKit.Operation)
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
    format: ValueFormat = ValueFormat(), view: LayoutView? = nil,
    accumulations: [AccumulationRow] = [], sumSoFar: (Int) -> Matrix? = { _ in nil }
  ) -> MarkdownTrace {
    let view = view ?? LayoutView(document: self)
    var lines: [String] = []
    let kind = model.kind.rawValue.uppercased()
    let sizes = model.sizes
    lines.append("# Unroll trace: \(kind), \(bptt.words)")
    lines.append("")
    let seedText = seed.map { "\($0)" } ?? "from file"
    let probability = p.map { MarkdownCell.number($0, format) } ?? "—"
    let lossText = loss.map { MarkdownCell.number($0, format) } ?? "—"
    lines.append(
      "**\(kind)**, input size \(sizes.input), hidden size \(sizes.hidden), "
        + "\(sizes.steps) timestep\(sizes.steps == 1 ? "" : "s"), seed \(seedText), "
        + "\(bptt.words): label y = \(MarkdownCell.label(example.y)), p = \(probability), "
        + "loss = \(lossText).")
    lines.append("")
    lines.append("Reproduce with `\(command)`.")
    lines.append("")
    lines.append("| model | input | hidden | steps | seed | BPTT | y | p | loss |")
    lines.append("|---|---|---|---|---|---|---|---|---|")
    lines.append(
      "| \(model.kind.rawValue) | \(sizes.input) | \(sizes.hidden) | "
        + "\(sizes.steps) | \(seedText) | \(bptt.rawValue) | \(MarkdownCell.label(example.y)) | "
        + "\(probability) | \(lossText) |")
    lines.append("")
    if let failure = recording.failure {
      lines.append("> **The pass stopped** at `\(failure.operation.line)`:")
      lines.append("> `\(failure.reason)`")
      lines.append("")
    }
    let comparison =
      bptt != .correct && model.kind == .rnn
      ? try? Comparison(model: model, parameters: parameters, example: example) : nil
    let pictures = pictureStem.map { self.pictures(stem: $0, comparison: comparison) } ?? []
    var contents: [(title: String, anchor: String)] = []
    if !pictures.isEmpty { contents.append(("Pictures", "pictures")) }
    if !view.heading.isEmpty {
      contents.append(("Layout", MarkdownCell.anchor("Layout: \(view.layout.rawValue)")))
    }
    contents += [
      ("Parameters", "parameters"), ("Input", "input"), ("Forward pass", "forward-pass"),
      ("Output and loss", "output-and-loss"), ("Backward pass", "backward-pass"),
      ("Gradients", "gradients"),
    ]
    if comparison != nil {
      contents.append(
        ("The notes' BPTT beside the correct one", "the-notes-bptt-beside-the-correct-one"))
    }
    lines.append(
      "Contents: " + contents.map { "[\($0.title)](#\($0.anchor))" }.joined(separator: " · "))
    lines.append("")
    if !pictures.isEmpty {
      lines.append("## Pictures")
      lines.append("")
      for picture in pictures {
        lines.append("![\(picture.alt)](\(MarkdownCell.link(picture.fileName)))")
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
    lines += recordSections(
      position: position, format: format, accumulations: accumulations, sumSoFar: sumSoFar)
    lines.append("## Gradients")
    lines.append("")
    if let failure = recording.failure {
      lines.append(
        "**Not computed**: the \(failure.phase == .backward ? "backward pass" : "pass") stopped at "
          + "`\(failure.operation.line)` (\(MarkdownCell.escape("\(failure.reason)"))), so the "
          + "gradients below were never filled in; a zero here means \"not computed\", not 0.")
      lines.append("")
      lines += MarkdownCell.matrixTable(
        view.gradients ?? gradients, format, prefix: "d", shape: view.shapeText,
        missing: "not computed")
    } else {
      lines += MarkdownCell.matrixTable(
        view.gradients ?? gradients, format, prefix: "d", shape: view.shapeText)
    }
    if let comparison {
      lines.append("")
      lines += comparison.markdown(format)
    }
    return MarkdownTrace(
      markdown: lines.joined(separator: "\n") + "\n",
      pictures: pictures.map { ($0.fileName, $0.svg) })
  }

  /// Timesteps shown whole at each end of a long run; the ones between are one line each.
  static let fullSteps = 3

  /// One `##` section per phase and one `<details>` per timestep, records in order (with
  /// `accumulations` between them, and the line that stopped a stopped pass, last); for runs
  /// longer than 8 steps, the middle timesteps as one line each.
  private func recordSections(
    position: TracePosition?, format: ValueFormat, accumulations: [AccumulationRow],
    sumSoFar: (Int) -> Matrix?
  ) -> [String] {
    let steps = model.sizes.steps
    func isShownWhole(_ t: Int?) -> Bool {
      guard let t, steps > 8 else { return true }
      return t <= Self.fullSteps || t > steps - Self.fullSteps || t == position?.t
    }
    var lines: [String] = []
    // Rows grouped by phase, then by timestep, in the order they ran.
    var groups: [(phase: Phase, t: Int?, rows: [TraceRow])] = []
    func append(_ row: TraceRow, phase: Phase, t: Int?) {
      if let last = groups.last, last.phase == phase, last.t == t {
        groups[groups.count - 1].rows.append(row)
      } else {
        groups.append((phase, t, [row]))
      }
    }
    var nextAccumulation = 0
    func appendAccumulations(upTo recordsBefore: Int) {
      while nextAccumulation < accumulations.count,
        accumulations[nextAccumulation].recordsBefore <= recordsBefore
      {
        let row = accumulations[nextAccumulation]
        append(.accumulation(nextAccumulation), phase: row.phase, t: row.t)
        nextAccumulation += 1
      }
    }
    for (i, record) in records.enumerated() {
      appendAccumulations(upTo: i)
      append(.record(record), phase: record.phase, t: record.t)
    }
    appendAccumulations(upTo: records.count)
    if let failure = recording.failure {
      append(.failure(failure.operation), phase: failure.phase, t: failure.t)
    }
    var currentPhase: Phase?
    var pendingMiddle: [(t: Int, records: [Record])] = []
    func flushMiddle() {
      guard !pendingMiddle.isEmpty else { return }
      lines += middleSummary(pendingMiddle, format: format)
      pendingMiddle = []
    }
    for group in groups {
      let groupRecords = group.rows.compactMap { row -> Record? in
        if case .record(let record) = row { return record }
        return nil
      }
      if group.phase != currentPhase {
        flushMiddle()
        currentPhase = group.phase
        switch group.phase {
        case .forward:
          lines += ["## Forward pass", "", "t = 1 … \(steps), one table per timestep.", ""]
        case .output: lines += ["## Output and loss", ""]
        case .backward:
          lines += [
            "## Backward pass", "",
            "\(bptt.sentenceStart), "
              + "t = \(steps) … 1, one table per timestep.", "",
          ]
        }
      }
      if let t = group.t, !isShownWhole(t) {
        pendingMiddle.append((t, groupRecords))
        continue
      }
      flushMiddle()
      let table = rowTable(
        group.rows, phase: group.phase, t: group.t, position: position, format: format,
        accumulations: accumulations, sumSoFar: sumSoFar)
      guard let t = group.t else {
        if group.phase == .backward { lines += ["**Output error**", ""] }
        lines += table + [""]
        continue
      }
      let isHere = position.map { $0.phase == group.phase && $0.t == t } ?? false
      let lead = groupRecords.first { ["h_t", "dh"].contains($0.name) } ?? groupRecords.last
      let headline =
        lead.map { " · ‖\($0.name)‖ = \(MarkdownCell.number($0.value.norm, format))" } ?? ""
      let sums = group.rows.count(where: { row in
        if case .accumulation = row { return true }
        return false
      })
      let counts =
        "\(groupRecords.count) value\(groupRecords.count == 1 ? "" : "s")"
        + (sums == 0 ? "" : ", \(sums) gradient sum\(sums == 1 ? "" : "s")")
      lines.append("<details\(isHere || steps <= 4 ? " open" : "")>")
      lines.append(
        "<summary><b>t = \(t)</b>\(MarkdownCell.escapeHTML(headline)) (\(counts))</summary>")
      lines.append("")
      lines += table
      lines += ["", "</details>", ""]
    }
    flushMiddle()
    return lines
  }

  private func rowTable(
    _ rows: [TraceRow], phase: Phase, t: Int?, position: TracePosition?, format: ValueFormat,
    accumulations: [AccumulationRow], sumSoFar: (Int) -> Matrix?
  ) -> [String] {
    var lines = ["| name | formula | NumPy line | shape | value |", "|---|---|---|---|---|"]
    var deviations: [String] = []
    let here = " ◀ **you are here**"
    func isHere(_ name: String) -> Bool {
      position.map { $0.phase == phase && $0.t == t && $0.name == name } ?? false
    }
    func code(_ line: String) -> String {
      line.isEmpty ? "—" : "`\(MarkdownCell.escape(line))`"
    }
    for row in rows {
      switch row {
      case .record(let record):
        let name =
          "`\(record.name)`" + (record.deviation == nil ? "" : " ⚠")
          + (isHere(record.name) ? here : "")
        lines.append(
          "| \(name) | $`\(LaTeX.math(record.formula))`$ | \(code(record.line)) | "
            + "\(record.shape) | \(MarkdownCell.inline(record.value, format)) |")
        if let deviation = record.deviation {
          deviations.append("- ⚠ `\(record.name)` departs from correct BPTT: \(deviation).")
        }
      case .accumulation(let index):
        let row = accumulations[index]
        let name =
          "`\(row.name)` (\(row.caption))" + (row.deviation == nil ? "" : " ⚠")
          + (isHere(row.name) ? here : "")
        let value = sumSoFar(index).map { sum in
          sum.cols == 1 ? MarkdownCell.inline(sum, format) : MarkdownCell.small(sum, format)
        }
        lines.append(
          "| \(name) | $`\(LaTeX.math(row.formula))`$ | \(code(row.line)) | \(row.shape) | "
            + "\(value ?? "—") |")
        if let deviation = row.deviation {
          deviations.append("- ⚠ `\(row.name)` departs from correct BPTT: \(deviation).")
        }
      case .failure(let operation):
        let name =
          "`\(operation.name)` ✗ the pass stopped here" + (isHere(operation.name) ? here : "")
        let reason = recording.failure.map { "\($0.reason)" } ?? ""
        lines.append(
          "| \(name) | $`\(LaTeX.math(operation.formula))`$ | \(code(operation.line)) | — | "
            + "not computed: \(MarkdownCell.escape(MarkdownCell.escapeHTML(reason))) |")
        if let deviation = operation.deviation {
          deviations.append("- ⚠ `\(operation.name)` departs from correct BPTT: \(deviation).")
        }
      }
    }
    return deviations.isEmpty ? lines : lines + [""] + deviations
  }

  /// The middle of a long run: one row per timestep with the norm of each value.
  private func middleSummary(_ steps: [(t: Int, records: [Record])], format: ValueFormat)
    -> [String]
  {
    var names: [String] = []
    for step in steps {
      for record in step.records where !names.contains(record.name) { names.append(record.name) }
    }
    let shown = Array(names.prefix(6))
    var norms: [[Double?]] = []
    for step in steps {
      var last: [String: Double] = [:]
      for record in step.records where shown.contains(record.name) {
        last[record.name] = record.value.norm
      }
      norms.append(shown.map { last[$0] })
    }
    // One number format per column.
    let styles = shown.indices.map { column in
      NumberStyle(norms.compactMap { $0[column] }, precision: format.precision)
    }
    guard let first = steps.first?.t, let last = steps.last?.t else { return [] }
    let range = "\(first) … \(last)"
    var lines = [
      "<details>",
      "<summary><b>t = \(range)</b>: \(steps.count) timesteps in the middle, one line each "
        + "(the norm of each value)</summary>",
      "",
      "| t | " + shown.map { "‖`\($0)`‖" }.joined(separator: " | ") + " |",
      "|---|" + String(repeating: "---|", count: shown.count),
    ]
    for (step, row) in zip(steps, norms) {
      let cells = zip(styles, row).map { style, value in value.map(style.string) ?? "—" }
      lines.append("| \(step.t) | " + cells.joined(separator: " | ") + " |")
    }
    lines += ["", "</details>", ""]
    return lines
  }

  /// The heat map's key for a recorded value: gates on 0 … 1, tanh outputs on ±1.
  static func heatKey(_ name: String) -> SVGChart.HeatKey {
    if ["f_t", "i_t", "o_t", "r_t", "z_t"].contains(name) { return .unitInterval }
    return name == "C_t" ? .symmetric : .tanh
  }

  /// What a heat map shows, under its name.
  static func heatTitle(_ name: String) -> String {
    switch heatKey(name) {
    case .unitInterval: return "\(name) over time (gate: 0 shut, 1 open)"
    case .tanh: return "\(name) over time (tanh range −1 … 1)"
    case .symmetric: return "\(name) over time (cell state, unbounded)"
    }
  }

  /// The pictures this trace has data for.
  private func pictures(stem: String, comparison: Comparison?)
    -> [(fileName: String, alt: String, svg: String)]
  {
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
      if let values = columns(name) {
        let label = comparison == nil ? "‖\(name)‖" : "‖\(name)‖ notes'"
        norms.append((label, values.map(Norms.euclidean)))
      }
    }
    if let comparison, !norms.isEmpty {
      let correct = (1...steps).map { t in
        comparison.steps.first { $0.t == t }?.dhNorms.correct ?? .nan
      }
      norms.append(("‖dh‖ correct", correct))
    }
    if !norms.isEmpty {
      let title =
        comparison == nil
        ? "Gradient size over time (\(bptt.words))"
        : "‖dh‖ over time: the notes' BPTT against the correct one"
      result.append(
        (
          "\(stem)-gradient-norms.svg", title,
          SVGChart.lines(
            title: title,
            subtitle: "\(model.kind.rawValue.uppercased()), hidden size "
              + "\(model.sizes.hidden), \(steps) step\(steps == 1 ? "" : "s"); backward runs from t = \(steps) to 1",
            xLabel: "timestep t", yLabel: "norm (log scale)", series: norms, logScale: true)
        ))
    }
    for name in model.kind.cell.heatMaps {
      guard let values = columns(name) else { continue }
      let title = Self.heatTitle(name)
      result.append(
        (
          "\(stem)-\(name).svg", title,
          SVGChart.heatMap(title: title, rowLabel: "unit", columns: values, key: Self.heatKey(name))
        ))
    }
    // Where tanh saturates: its slope 1 − tanh², near 0 where no gradient passes.
    let tanhSource = ["C_t", "n_t", "h_t"].first { columns($0) != nil }
    if let source = tanhSource, let values = columns(source) {
      let isCell = source == "C_t"
      let slopes = values.map { column in
        column.map { value -> Double in
          let activation = isCell ? tanh(value) : value
          return 1 - activation * activation
        }
      }
      let formula = isCell ? "1 − tanh(C_t)²" : "1 − \(source)²"
      let title = "\(formula): tanh's slope (0 saturated, 1 passes gradient)"
      result.append(
        (
          "\(stem)-tanh-slope.svg", title,
          SVGChart.heatMap(title: title, rowLabel: "unit", columns: slopes, key: .unitInterval)
        ))
    }
    if let whh = parameters.ordered.first(where: { $0.0 == "Whh" })?.1 {
      let rows = whh.rowArrays
      let byColumn = (0..<whh.cols).map { j in rows.map { $0.indices.contains(j) ? $0[j] : 0 } }
      let title = "Whh: how unit j at t − 1 feeds unit i at t"
      result.append(
        (
          "\(stem)-Whh.svg", title,
          SVGChart.heatMap(
            title: title, rowLabel: "to unit i", columns: byColumn, key: .symmetric,
            columnLabel: "from unit j", rowNoun: "rows", columnNoun: "columns")
        ))
    }
    return result
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

  /// A picture's file name as a link target: in `<…>` when it has spaces or
  /// parentheses, which would otherwise end the link.
  static func link(_ fileName: String) -> String {
    let needsBrackets = fileName.contains { " ()<>".contains($0) }
    guard needsBrackets else { return fileName }
    return "<"
      + fileName.replacingOccurrences(of: "<", with: "%3C")
      .replacingOccurrences(of: ">", with: "%3E") + ">"
  }

  /// A word as a shell reads it: in single quotes when it holds spaces or specials.
  static func shellWord(_ word: String) -> String {
    let plain = word.allSatisfy { $0.isLetter || $0.isNumber || "-_./=:+,@%".contains($0) }
    guard !plain || word.isEmpty else { return word }
    return "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }

  /// GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens.
  static func anchor(_ heading: String) -> String {
    String(
      heading.lowercased().compactMap { character -> Character? in
        if character == " " { return "-" }
        return character.isLetter || character.isNumber || character == "-" || character == "_"
          ? character : nil
      })
  }

  /// `<`, `>` and `&` for text inside HTML tags such as `<summary>`.
  static func escapeHTML(_ text: String) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
      .replacingOccurrences(of: ">", with: "&gt;")
  }

  /// A value for a table cell: one line, pipes escaped.
  ///
  /// Every number in it, the
  /// summary's as well as the full listing's, in the one format the whole value takes.
  static func inline(_ value: Matrix, _ format: ValueFormat) -> String {
    let oneLine = ValueFormat(precision: format.precision, width: .max)
    if value.count == 1 { return number(value.scalars[0], format) }
    if value.count <= inlineLimit {
      return escape(value.formatted(oneLine).replacingOccurrences(of: "\n", with: " "))
    }
    let summary = summary(value, format)
    guard value.count <= detailsLimit else { return escape(summary) }
    let full = value.formatted(oneLine).replacingOccurrences(of: "\n", with: " ")
    return "<details><summary>\(escape(summary))</summary>\(escape(full))</details>"
  }

  /// `[a, b, c, …, x, y, z] ‖·‖ = n`, all in the style of the value's entries.
  static func summary(_ value: Matrix, _ format: ValueFormat) -> String {
    let scalars = value.scalars
    let style = NumberStyle(scalars + [value.norm], precision: format.precision)
    let head = scalars.prefix(3).map(style.string).joined(separator: ", ")
    let tail = scalars.suffix(3).map(style.string).joined(separator: ", ")
    let shape = value.cols == 1 ? "" : " (\(value.rows) × \(value.cols))"
    return "[\(head), …, \(tail)]\(shape) ‖·‖ = \(style.string(value.norm))"
  }

  /// A matrix as a fenced block (rows as PyTorch prints them), summarised when large.
  static func block(_ value: Matrix, _ format: ValueFormat) -> [String] {
    ["```", value.formatted(ValueFormat(precision: format.precision, width: 100)), "```", ""]
  }

  /// Parameters (or gradients) as a table of name, shape and norm, each followed by its value.
  ///
  /// The norms in one format. With `missing`, all-zero values (never filled in) say so instead.
  static func matrixTable(
    _ parameters: Parameters, _ format: ValueFormat, prefix: String = "",
    shape: (String, Shape) -> String = { "\($1)" }, missing: String? = nil
  ) -> [String] {
    var lines = ["| name | shape | norm | value |", "|---|---|---|---|"]
    let style = NumberStyle(parameters.ordered.map { $0.1.norm }, precision: format.precision)
    for (name, value) in parameters.ordered {
      if let missing, value.scalars.allSatisfy({ $0 == 0 }) {
        lines.append("| `\(prefix)\(name)` | \(shape(name, value.shape)) | \(missing) | — |")
        continue
      }
      lines.append(
        "| `\(prefix)\(name)` | \(shape(name, value.shape)) | \(style.string(value.norm)) | "
          + "\(value.cols == 1 ? inline(value, format) : small(value, format)) |")
    }
    lines.append("")
    return lines
  }

  /// A matrix in a cell: rows separated by `<br>` when small, else summarised like a column.
  static func small(_ value: Matrix, _ format: ValueFormat) -> String {
    guard value.count <= detailsLimit else { return escape(summary(value, format)) }
    let style = NumberStyle(value.scalars, precision: format.precision)
    let rows = value.rowArrays.map { row in
      "[" + row.map(style.string).joined(separator: ", ") + "]"
    }
    return escape(rows.joined(separator: "<br>"))
  }

  /// A pipe inside a table cell would end the cell.
  static func escape(_ text: String) -> String { text.replacingOccurrences(of: "|", with: "\\|") }
}
