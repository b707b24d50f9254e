import UnrollKit

/// What the session shows at a stop: where, the formula, the shape walk, the value, the
/// NumPy line, what changed, the watched names.
extension ReplSession {
  /// The label column width: `  shapes  `.
  static let labelWidth = 10

  /// A labelled line: `  numpy   …`, continuation lines indented under the text.
  func labelled(_ label: String, _ text: String) -> String {
    let pad = String(repeating: " ", count: max(ReplSession.labelWidth - 2 - label.count, 1))
    let indent = String(repeating: " ", count: ReplSession.labelWidth)
    return "  " + settings.style.dim(label) + pad
      + text.replacingOccurrences(of: "\n", with: "\n" + indent)
  }

  /// A NumPy line after its label, broken between tokens to the room the label leaves,
  /// continuation lines indented a further four.
  func numpyLine(_ line: String) -> String {
    TextWrap.code(line, width: settings.width - ReplSession.labelWidth)
  }

  /// Prose after a label, wrapped to the room the label leaves: after its last `: ` that
  /// fits when it has one (NumPy's message, `left …, right …: why`), else on words.
  func fitted(_ text: String) -> String {
    let room = settings.width - ReplSession.labelWidth
    guard text.count > room else { return text }
    var cut: String.Index?
    var search = text.startIndex..<text.endIndex
    while let colon = text.range(of: ": ", range: search) {
      if text.distance(from: text.startIndex, to: colon.lowerBound) + 1 > room { break }
      cut = colon.lowerBound
      search = colon.upperBound..<text.endIndex
    }
    if let cut, text.distance(from: text.startIndex, to: cut) > room / 3 {
      let rest = String(text[text.index(cut, offsetBy: 2)...])
      return String(text[...cut]) + "\n" + ReplCommands.wrap(rest, width: room)
    }
    return ReplCommands.wrap(text, width: room)
  }

  /// A long shape walk broken before its arrows, and a part still too long before its
  /// ` + `s, so each line fits `width`.
  static func breakArrows(_ walk: String, width: Int) -> String {
    guard walk.count > width, let arrow = walk.range(of: " → ") else {
      return breakPluses(walk, width: width)
    }
    return breakPluses(String(walk[..<arrow.lowerBound]), width: width) + "\n"
      + String(walk[arrow.lowerBound...]).dropFirst()
  }

  /// `text` broken before ` + ` where a line would pass `width`.
  static func breakPluses(_ text: String, width: Int) -> String {
    guard text.count > width else { return text }
    let terms = text.components(separatedBy: " + ")
    var lines: [String] = []
    var line = ""
    for term in terms {
      if line.isEmpty {
        line = term
      } else if line.count + 3 + term.count > width {
        lines.append(line)
        line = "+ " + term
      } else {
        line += " + " + term
      }
    }
    lines.append(line)
    return lines.joined(separator: "\n")
  }

  /// The value as PyTorch prints it, formatting only what shows.
  ///
  /// Past the summary threshold only the corner entries are formatted (PyTorch too
  /// picks the number style from the summarised entries), so a (256, 259) gradient
  /// costs 49 entries, not 66 304.
  func formatted(
    _ value: Matrix, indent: Int, isScientific: Bool? = nil, cellWidth: Int? = nil
  ) -> String {
    var format = settings.format(indent: indent)
    format.isScientific = isScientific
    format.cellWidth = cellWidth
    return ReplSession.formatted(value, format)
  }

  /// `value` in `format`, formatting only the corners of a summarised value.
  static func formatted(_ value: Matrix, _ format: ValueFormat) -> String {
    var format = format
    guard value.count > format.threshold else { return value.formatted(format) }
    let edge = format.edgeItems
    func keep(_ n: Int) -> [Int] {
      // The middle index stands for the `…` and is never printed: any kept entry will do.
      n <= 2 * edge ? Array(0..<n) : Array(0..<edge) + [0] + Array((n - edge)..<n)
    }
    let rows = keep(value.rows)
    let cols = keep(value.cols)
    var scalars: [Double] = []
    scalars.reserveCapacity(rows.count * cols.count)
    for i in rows { for j in cols { scalars.append(value.entry(i, j) ?? 0) } }
    guard let corners = try? Matrix(rows: rows.count, cols: cols.count, scalars: scalars) else {
      return value.formatted(format)
    }
    format.threshold = 0
    return corners.formatted(format)
  }

  /// A value with its shape, and its heat strip when it is a column and strips are on.
  ///
  /// `isScientific` gives every number one style and `cellWidth` one width, for values
  /// compared one above the other.
  func valueText(
    _ value: Matrix, label: String = "value", isScientific: Bool? = nil, cellWidth: Int? = nil
  ) -> String {
    let body = formatted(
      value, indent: ReplSession.labelWidth, isScientific: isScientific, cellWidth: cellWidth)
    let shape = "shape \(value.shape)"
    // The shape goes after the last line when it fits there, else on a line of its own.
    let lastLine = body.split(separator: "\n").last.map { $0.count } ?? 0
    let fits = ReplSession.labelWidth + lastLine + 2 + shape.count <= settings.width
    var text = labelled(label, body + (fits ? "  " : "\n") + settings.style.dim(shape))
    let stripWidth = settings.width - ReplSession.labelWidth
    if let strip = settings.style.heatStrip(value, width: stripWidth) {
      text += "\n" + labelled("", strip)
    }
    return text
  }

  /// Where `stop` is: its phase, its timestep (or `head`), `operation k of K`.
  func place(_ stop: ReplStop) -> [String] {
    let group = timeline.group(of: stop)
    var parts = [group.phase.rawValue]
    if let t = group.t {
      parts.append("t = \(t) of \(trace.example.steps)")
    } else if group.phase == .backward {
      parts.append("head")
    }
    parts.append("operation \(stop.k + 1) of \(group.lines.count)")
    return parts
  }

  /// `forward · t = 3 of 4 · operation 2 of 7 · f_t`.
  func header(_ stop: ReplStop) -> String {
    let text = (place(stop) + [timeline.line(of: stop).name]).joined(separator: " · ")
    return settings.style.phase(timeline.group(of: stop).phase, "── " + text + " ──")
  }

  /// Everything shown at the current stop; `from` is the stop shown before, if any.
  func stopText(from previous: Int?) -> String {
    guard let stop = timeline.stop(position) else {
      return "The recording is empty: the pass failed before its first operation."
    }
    let line = timeline.line(of: stop)
    let group = timeline.group(of: stop)
    var out = [header(stop), "  " + settings.style.bold(line.formula)]
    if stop.isFailure {
      out += failureText()
      return out.joined(separator: "\n")
    }
    if let walk = shapeWalk(line, stop: stop) {
      out.append(labelled("shapes", ReplSession.breakArrows(walk, width: settings.width - 10)))
    }
    if let r = stop.record, r < trace.records.count {
      out.append(valueText(trace.records[r].value))
    } else if let parameter = line.parameter {
      out += accumulationText(parameter, group: group)
    }
    out.append(labelled("numpy", numpyLine(line.line)))
    if let deviation = line.deviation {
      out.append(labelled("notes", settings.style.warning(fitted(deviation))))
    }
    if let previous, let changes = changesText(from: previous) {
      out.append(labelled("changed", changes))
    }
    out += watchLines()
    return out.joined(separator: "\n")
  }

  /// The error of the failing line, with both shapes, and what to do next.
  func failureText() -> [String] {
    guard let failure = trace.recording.failure else { return [] }
    var out = errorLines(failure)
    out.append("  The recording stops here: this line raises, so nothing after it runs.")
    if let second = NotesSecondFailure.after(trace) {
      let place = second.t.map { " at its first step (t = \($0))" } ?? ""
      out.append("  It is not the only broken line: with this one repaired, the loop starts")
      out.append("  and stops\(place) on \(second.operation.name):")
      out += errorLines(second)
    }
    out.append("  `set bptt document` re-records with the notes' two repairs and continues.")
    return out
  }

  /// A failing operation's NumPy line, its error in NumPy's words with both shapes, and
  /// how the notes' line differs from the correct rule.
  func errorLines(_ failure: OperationFailure) -> [String] {
    var out = [labelled("numpy", numpyLine(failure.operation.line))]
    let reason = failure.reason
    if let shapeError = reason as? ShapeError {
      switch shapeError {
      case .notAligned(let a, let b):
        out.append(labelled("error", settings.style.error(fitted("ValueError: \(shapeError)"))))
        out.append(
          labelled(
            "shapes",
            fitted(
              "left \(a), right \(b): the inner sizes \(a.cols) and "
                + "\(b.rows) must be equal for np.dot")))
      case .mismatch(_, let a, let b):
        out.append(labelled("error", settings.style.error(fitted("ValueError: \(shapeError)"))))
        out.append(labelled("shapes", "left \(a), right \(b)"))
      default:
        out.append(labelled("error", settings.style.error("\(shapeError)")))
      }
    } else {
      out.append(labelled("error", settings.style.error("\(reason)")))
    }
    if let deviation = failure.operation.deviation {
      out.append(labelled("notes", settings.style.warning(fitted(deviation))))
    }
    return out
  }

  /// An accumulation's contribution at this step and the running sum.
  func accumulationText(_ parameter: String, group: ReplGroup) -> [String] {
    guard let shape = trace.parameters[parameter]?.shape else { return [] }
    do {
      let added = try partials.contribution(at: position, shape: shape)
      var out = [valueText(added, label: "adds")]
      if let sum = try partials.sum(parameter, at: position) {
        out.append(valueText(sum, label: "sum"))
        out.append(labelled("", settings.style.dim(sumCaption(parameter))))
      }
      return out
    } catch {
      return [labelled("error", "could not replay this accumulation: \(error)")]
    }
  }

  /// `d` + parameter: `the sum over t = 10 … 7 so far`.
  func sumCaption(_ parameter: String) -> String {
    let done = partials.count(parameter, at: position)
    let total = timeline.accumulations[parameter]?.count ?? 0
    let steps = trace.example.steps
    if total <= 1 { return "d\(parameter), the whole gradient (one contribution)" }
    if done == 0 { return "d\(parameter) so far: nothing added yet" }
    let t = timeline.stop(position).flatMap { timeline.group(of: $0).t } ?? 1
    return "d\(parameter), the sum over t = \(steps) … \(t): \(done) of \(total) steps added"
  }

  /// The shape walk of `line` at `stop`, if its formula names known shapes.
  func shapeWalk(_ line: ReplLine, stop: ReplStop) -> String? {
    var result: Shape? = nil
    if let r = stop.record, r < trace.records.count { result = trace.records[r].shape }
    var walk = ShapeWalk.text(formula: line.formula, result: result) { name in
      self.shape(of: name)
    }
    if let parameter = line.parameter, let shape = trace.parameters[parameter]?.shape {
      walk = (walk ?? "") + ", added into d\(parameter) \(shape)"
    }
    return walk
  }

  /// The shape a name has in this trace: a record, a parameter, a gradient, x_t, y.
  func shape(of name: String) -> Shape? {
    if let s = index.shapes[name] { return s }
    if let s = trace.parameters[name]?.shape { return s }
    if name.hasPrefix("d"), let s = trace.parameters[String(name.dropFirst())]?.shape {
      return s
    }
    if name == "x_t" { return Shape(trace.example.x.cols, 1) }
    if name == "y" { return Shape(1, 1) }
    return nil
  }

  /// The names computed or undone between stop `previous` and the current one.
  func changesText(from previous: Int) -> String? {
    guard timeline.stop(previous) != nil, timeline.stop(position) != nil, previous != position
    else { return nil }
    // Forward: the stops after the old one up to this one ran. Back: the stops after
    // this one up to the old one are undone.
    let low = min(previous, position) + 1
    let high = max(previous, position)
    var names: [String] = []
    var count = 0
    for i in low...high {
      guard let stop = timeline.stop(i), !stop.isFailure else { continue }
      count += 1
      if names.count < 6 {
        let t = timeline.group(of: stop).t.map { "@\($0)" } ?? ""
        names.append(timeline.line(of: stop).name + t)
      }
    }
    guard count > 0 else { return nil }
    let verb = previous < position ? "computed" : "undone"
    // As many names as fit the line, then how many operations ran in all.
    let room = settings.width - ReplSession.labelWidth
    while true {
      let more = count > names.count ? ", … (\(count) operations)" : ""
      let text = "\(verb) " + names.joined(separator: ", ") + more
      if text.count <= room || names.count <= 1 { return text }
      names.removeLast()
    }
  }

  /// The watched names, each shown once, with what changed since the last stop marked
  /// under it: how many entries, which, and the largest change.
  func watchLines() -> [String] {
    watches.map { name in
      switch watchedValue(name) {
      case .failure(let message):
        return labelled("watch", fitted("\(name): \(message.text.firstLine)"))
      case .success(let (value, shape)):
        let change = watchShown[name].flatMap { changeText(from: $0, to: value) }
        // The record this stop has just computed is the value shown above: not again.
        if isShownAbove(name) {
          let text =
            "\(settings.style.name(name)) \(shape) above"
            + (change.map { ": " + $0 } ?? (watchShown[name] == nil ? "" : ", unchanged"))
          return labelled("watch", fitted(text))
        }
        // A number (the shape `()`) shows without a shape, as `print` shows it.
        let shown = shape == "()" ? "" : " \(shape)"
        var text = "\(settings.style.name(name))\(shown) =" + watchText(name, value, shape: shape)
        if let change { text += "\n" + settings.style.dim(change) }
        return labelled("watch", text)
      }
    }
  }

  /// Whether the watched `name` is the record the current stop computed, which the stop
  /// shows as its value.
  func isShownAbove(_ name: String) -> Bool {
    guard ReplSession.isNameAndTime([name]), let stop = timeline.stop(position),
      stop.record != nil, !stop.isFailure
    else { return false }
    return (RecordNames.typed[name] ?? name) == timeline.line(of: stop).name
  }

  /// What changed from `old` to `new`: `changed 3 of 32: [4] [7] [9], largest |Δ| 0.3100
  /// at [7]`, in the new value's number style; nil when nothing did.
  func changeText(from old: Matrix, to new: Matrix) -> String? {
    guard old.shape == new.shape else { return "changed shape: it was \(old.shape)" }
    let changed = new.scalars.indices.filter {
      new.scalars[$0] != old.scalars[$0]
        && !(new.scalars[$0].isNaN && old.scalars[$0].isNaN)
    }
    guard let first = changed.first else { return nil }
    func place(_ k: Int) -> String {
      new.cols == 1 || new.rows == 1 ? "[\(k)]" : "[\(k / new.cols), \(k % new.cols)]"
    }
    let largest =
      changed.max {
        abs(new.scalars[$0] - old.scalars[$0]) < abs(new.scalars[$1] - old.scalars[$1])
      } ?? first
    let style = NumberStyle(new.scalars, precision: settings.precision)
    let delta = style.string(abs(new.scalars[largest] - old.scalars[largest]))
    if new.count == 1 { return "changed by \(delta)" }
    let which =
      changed.count == new.count
      ? "changed all \(new.count)"
      : "changed \(changed.count) of \(new.count): "
        + changed.prefix(6).map(place).joined(separator: " ") + (changed.count > 6 ? " …" : "")
    return which + ", largest |Δ| \(delta) at \(place(largest))"
  }

  /// A watched value after its `=`: on the same line when it fits on one, else below; a
  /// scalar (`()`) as one number, a 1-D array as one row.
  func watchText(_ name: String, _ value: Matrix, shape: String) -> String {
    if shape == "()", let v = value.scalars.first {
      return " " + NumberStyle([v], precision: settings.precision).string(v)
    }
    let prefix = "\(name) \(shape) = ".count
    var inline = formatted(value, indent: ReplSession.labelWidth + prefix)
    if shape.hasSuffix(",)"), inline.hasSuffix("ᵀ") { inline.removeLast() }
    guard inline.contains("\n") else { return " " + inline }
    var below = formatted(value, indent: ReplSession.labelWidth)
    if shape.hasSuffix(",)"), below.hasSuffix("ᵀ") { below.removeLast() }
    return "\n" + below
  }

  /// A watched name's or expression's value at this stop, with its shape as NumPy's
  /// (a 1-D array as a column, its shape `(n,)`).
  func watchedValue(_ watched: String) -> Result<(Matrix, String), Refusal> {
    if ReplSession.isNameAndTime([watched]) {
      return resolve(watched, t: nil).map { ($0.value, "\($0.value.shape)") }
    }
    return evaluate(watched).flatMap { result in
      guard let matrix = result.matrix else {
        return .failure(Refusal(text: "\(watched) is \(result.repr), not an array of numbers."))
      }
      let value = result.shape.count == 1 ? Matrix(column: matrix.scalars) : matrix
      return .success((value, ReplSession.shapeText(result.shape)))
    }
  }

  /// Remembers the watched values as shown now, so the next stop can say what changed.
  mutating func rememberWatches() {
    for name in watches {
      if case .success(let (value, _)) = watchedValue(name) {
        watchShown[name] = value
      } else {
        watchShown[name] = nil
      }
    }
  }
}

extension String {
  /// The text up to its first line break.
  var firstLine: String { split(separator: "\n", maxSplits: 1).first.map(String.init) ?? "" }
}
