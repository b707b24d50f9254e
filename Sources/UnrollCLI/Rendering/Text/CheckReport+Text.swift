import Foundation
import UnrollKit
import UnrollPython

extension CheckReport {
  /// The report for people: the verdict and a table of the gradients, the first
  /// departure (its line between two neighbours, the values side by side, the correct
  /// formula and its inputs), the error that stopped the run, the statements not run.
  public func text(
    _ format: ValueFormat = ValueFormat(), styler: Styler = Styler(isEnabled: false),
    seed: UInt64? = nil
  ) -> String {
    let sizes = model.sizes
    var text =
      // The path alone on the first line: with it, the header passed 80 columns.
      styler("check \(path)", .bold) + "\n  "
      + (className.map { "class \($0) as " } ?? "") + "\(model.kind.withArticle), "
      + "input \(sizes.input), hidden \(sizes.hidden), steps \(sizes.steps)"
      + (seed.map { ", seed \($0)" } ?? "") + "\n"
    let shown: String
    switch verdict {
    case .correct: shown = styler("correct", .green)
    case .incorrect: shown = styler("incorrect", .red)
    case .error: shown = styler("error", .red)
    }
    text += "verdict: " + shown + "\n"
    if !gradients.isEmpty { text += "\n" + gradientTable(styler) }
    if let firstDeparture { text += "\n" + departureText(firstDeparture, format, styler) }
    if let error { text += "\n" + errorText(error, format.width, styler) }
    if !skipped.isEmpty {
      text +=
        "\n" + styler("not run", .bold) + " (top-level statements other than imports, "
        + "constants, def and class):\n"
      let width = skipped.map { String($0.line).count }.max() ?? 1
      for statement in skipped {
        let number = "  " + String(statement.line).leftPadded(to: width) + "  "
        let pad = String(repeating: " ", count: number.count)
        let lines = TextWrap.code(statement.source, width: max(format.width - number.count, 20))
          .split(separator: "\n").enumerated().map { ($0 == 0 ? number : pad) + $1 }
        text += lines.joined(separator: "\n") + "\n"
      }
    }
    return text
  }

  private func gradientTable(_ styler: Styler) -> String {
    let nameWidth = max(gradients.map { $0.name.count + 1 }.max() ?? 0, 9)
    var text =
      "  " + "gradient".padding(to: nameWidth) + "  " + "shape".padding(to: 10)
      + "  rel_err    cosine\n"
    for gradient in gradients {
      let shape: String
      if let value = gradient.value {
        shape = value.shapeText
      } else {
        shape = "(missing)"
      }
      let relative = gradient.relativeError.map { String(format: "%.2e", $0) } ?? "-"
      let cosine = gradient.cosine.map { String(format: "%.6f", $0) } ?? "-"
      let mark = gradient.isCorrect ? styler("ok", .green) : styler("wrong", .red)
      text +=
        "  " + ("d" + gradient.name).padding(to: nameWidth) + "  " + shape.padding(to: 10)
        + "  " + relative.padding(to: 9) + "  " + cosine.padding(to: 9) + "  " + mark
      if let wrong = gradient.wrongShape {
        text +=
          "  shape \(NDArray.shapeText(wrong)), expected (\(gradient.correct.rows), "
          + "\(gradient.correct.cols))"
      }
      text += "\n"
    }
    text +=
      styler(
        "  rel_err = ‖g − g*‖ / max(‖g‖, ‖g*‖) against correct BPTT;\n"
          + "  correct when at most 1e-9 for every parameter", .dim) + "\n"
    if let gradientSource {
      text += styler("  gradients read from the \(gradientSource.rawValue)", .dim) + "\n"
    }
    if recordingTruncated {
      text +=
        styler(
          "  the recording of lines stopped at its cap (large sizes): departures\n"
            + "  are looked for only in what was recorded; use fewer steps to see all", .dim)
        + "\n"
    }
    return text
  }

  private func departureText(_ d: Departure, _ format: ValueFormat, _ styler: Styler) -> String {
    let place = d.t.map { "t = \($0)" } ?? "outside the loop"
    var text =
      styler("first departure", .bold) + ": line \(d.line), \(d.name) (\(place), in "
      + "\(d.function))\n"
    text += neighbours(of: d.line, format.width, styler)
    var valueFormat = format
    valueFormat.width = max(format.width - 13, 20)
    func block(_ label: String, _ shape: String, _ body: String) -> String {
      let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
      var out = "  " + label.padding(to: 8) + "  " + shape + "\n"
      for line in lines { out += "      " + line + "\n" }
      return out
    }
    text += block("yours", d.learner.shapeText, Self.formatted(d.learner, valueFormat))
    if let correct = d.correct {
      text += block(
        "correct", "(\(correct.rows), \(correct.cols))" + (d.formula.map { "  \($0)" } ?? ""),
        correct.formatted(valueFormat))
    }
    for note in d.notes { text += "  " + styler(note, .red) + "\n" }
    if let deviation = d.deviation {
      text +=
        "  the notes' deviation " + styler(deviation.name, .bold) + ": "
        + deviation.explanation + "\n"
    }
    if !d.inputs.isEmpty {
      text += "  its inputs:\n"
      for input in d.inputs {
        let at = input.t.map { " at t=\($0)" } ?? ""
        let status: String
        switch input.status {
        case .parameter: status = "the parameter given to your class"
        case .input: status = "the input given to forward"
        case .notHeld: status = "not held by any name checked"
        case .agrees(let name, let line):
          status = styler("agrees", .green) + " (your \(name), line \(line))"
        case .differs(let holders):
          status =
            styler("differs", .red) + ": "
            + holders.map { holder in
              "your \(holder.name) (line \(holder.line)) "
                + (holder.holds.map { "is \($0)" } ?? "is none of its values")
            }.joined(separator: ", ")
        }
        text += "    \(input.name)\(at): \(status)\n"
      }
    }
    return text
  }

  /// The error, wrapped at its spaces within `width` (NumPy's words stay as NumPy wrote
  /// them), and its line between its neighbours.
  private func errorText(_ error: CheckError, _ width: Int, _ styler: Styler) -> String {
    var place = error.line.map { "line \($0)" } ?? path
    if let column = error.column { place += ", column \(column)" }
    if let t = error.t { place += ", t = \(t)" }
    let said = TextWrap.wrap(
      "error (\(place)): \(error.text)", width: width, rest: "  ")
    var text = styler("error", .red) + said.dropFirst("error".count) + "\n"
    if let line = error.line { text += neighbours(of: line, width, styler) }
    if let note = error.verbatimNote {
      text += TextWrap.wrap(note, width: width, first: "  ", rest: "  ") + "\n"
    }
    return text
  }

  /// The line with one neighbour on each side, numbered, the line itself marked `>`.
  ///
  /// A source line wider than `columns` is broken between its tokens, as the trace
  /// breaks the notes' lines (a comment stays a comment), its continuation unnumbered.
  private func neighbours(of line: Int, _ columns: Int, _ styler: Styler) -> String {
    let first = max(line - 1, 1)
    let last = min(line + 1, sourceLines.count)
    guard first <= last else { return "" }
    let width = String(last).count
    let gutter = 4 + width + 3
    var text = ""
    for n in first...last {
      let parts = TextWrap.code(sourceLines[n - 1], width: max(columns - gutter, 20))
        .split(separator: "\n", omittingEmptySubsequences: false)
      for (k, part) in parts.enumerated() {
        let number = k == 0 ? String(n).leftPadded(to: width) : String(repeating: " ", count: width)
        let body = number + " | " + part
        text +=
          n == line && k == 0
          ? "  > " + styler(body, .bold) + "\n"
          : "    " + styler(body, n == line ? .bold : .dim) + "\n"
      }
    }
    return text
  }

  /// An array as the engine prints a matrix; other ranks as NumPy's `str`.
  static func formatted(_ array: NDArray, _ format: ValueFormat) -> String {
    if let matrix = array.matrix { return matrix.formatted(format) }
    return array.str
  }
}

extension NDArray {
  /// `(32, 1)`, `(32,)`, `()` for a shape.
  static func shapeText(_ shape: [Int]) -> String {
    shape.count == 1 ? "(\(shape[0]),)" : "(" + shape.map(String.init).joined(separator: ", ") + ")"
  }
}
