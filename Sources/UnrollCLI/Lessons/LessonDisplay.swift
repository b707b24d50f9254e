/// How a lesson's prose looks on a terminal: headings emphasised, paragraphs and list
/// items wrapped to the width, code spans kept, `|---|` tables in aligned columns and
/// fenced code in a box.
///
/// Pure: it returns strings, with ANSI styles only when `style` says so.
struct LessonDisplay {
  /// Colour or not.
  let style: Style
  /// The width prose wraps at (at most 100, so lines stay readable on a wide terminal).
  let width: Int
  /// The language of the banner's and the headings' own words.
  let language: Language

  /// A display for `terminal`'s colour and width.
  init(style: Style, width: Int, language: Language = .en) {
    self.style = style
    self.width = min(max(width, 40), 100)
    self.language = language
  }

  /// The catalogue's `key` in the display's language.
  func words(_ key: String, _ values: [String: String] = [:]) -> String {
    Catalogue.text(key, in: language, values)
  }

  /// `Lesson 1 · Title` and `about 10 minutes · rnn --seed 0`.
  func banner(_ lesson: Lesson) -> String {
    let options = ([lesson.header.model.rawValue] + lesson.header.options).joined(separator: " ")
    let title = words("banner.title", ["n": "\(lesson.number)", "title": lesson.header.title])
    let about = words(
      "banner.about",
      [
        "minutes": "\(lesson.header.minutes)", "steps": "\(lesson.steps.count)",
        "options": options,
      ])
    // Wrapped: a long title or list of options passes 80 columns (lesson 13's does).
    return style.bold(TextWrap.wrap(title, width: width)) + "\n"
      + style.dim(TextWrap.wrap(about, width: width, rest: "  ")) + "\n"
  }

  /// `── Step 2/6 · Title ───…`, the width of the display.
  func stepHeading(_ step: LessonStep, number: Int, of total: Int) -> String {
    let heading = words("step.heading", ["n": "\(number)", "total": "\(total)"])
    let text = "── \(heading) · \(inline(step.title, isHeading: true)) "
    let fill = max(3, width - visibleCount(text))
    return "\n" + style.bold(text + String(repeating: "─", count: fill)) + "\n"
  }

  /// Markdown prose as terminal text.
  func prose(_ lines: [String]) -> String {
    var output: [String] = []
    var paragraph: [String] = []
    var listIndent: (first: String, rest: String)?
    var tableRows: [String] = []
    func flush() {
      if !tableRows.isEmpty {
        output.append(table(tableRows))
        tableRows = []
      }
      guard !paragraph.isEmpty else { return }
      let text = TextWrap.joined(paragraph)
      let indent = listIndent ?? ("", "")
      output.append(wrap(inline(text), first: indent.first, rest: indent.rest))
      paragraph = []
      listIndent = nil
    }
    for raw in lines {
      let line = raw.trimmingWhitespace
      if line.hasPrefix("|") {
        // A table's rows are gathered, then laid out together.
        if tableRows.isEmpty { flush() }
        tableRows.append(line)
        continue
      }
      if !tableRows.isEmpty { flush() }
      if line.isEmpty {
        flush()
        if output.last != "" { output.append("") }
        continue
      }
      if line.hasPrefix("#") {
        flush()
        let level = line.prefix { $0 == "#" }.count
        let title = String(line.dropFirst(level)).trimmingWhitespace
        output.append(style.bold(inline(title, isHeading: true)))
        if level == 1 {
          output.append(style.bold(String(repeating: "═", count: min(visibleCount(title), width))))
        }
        continue
      }
      if raw.hasPrefix("    ") || raw.hasPrefix("\t") || line.hasPrefix("$$") {
        // Indented code and display maths keep their layout.
        flush()
        output.append(raw)
        continue
      }
      // As in CommonMark, a numbered item interrupts a paragraph only when it starts at 1:
      // a line of prose that begins `32. --optimizer` goes on the paragraph.
      if let marker = listMarker(line),
        paragraph.isEmpty || listIndent != nil || !(marker.first?.isNumber ?? false)
          || marker.hasPrefix("1.") || marker.hasPrefix("1)")
      {
        flush()
        let leading = String(raw.prefix { $0 == " " })
        paragraph = [String(line.dropFirst(marker.count))]
        listIndent = (leading + marker, leading + String(repeating: " ", count: marker.count))
        continue
      }
      if line.hasPrefix(">") {
        flush()
        let text = String(line.dropFirst()).trimmingWhitespace
        output.append(wrap(inline(text), first: "│ ", rest: "│ "))
        continue
      }
      paragraph.append(line)
    }
    flush()
    while output.last == "" { output.removeLast() }
    return output.joined(separator: "\n") + "\n"
  }

  /// A fenced block the runner does not run, in a box open on the right.
  ///
  /// `┌─ python` on top, each line after `│ ` (a long one broken between tokens), then
  /// `└──`.
  func code(info: String, lines: [String]) -> String {
    let room = width - 2
    let body = lines.flatMap { line in
      TextWrap.code(line, width: room).split(separator: "\n", omittingEmptySubsequences: false)
    }
    let widest = body.map { TextWrap.columns(String($0)) }.max() ?? 0
    let label = info.trimmingWhitespace.split(separator: " ").first.map { "─ \($0) " } ?? ""
    let span = min(max(widest + 2, TextWrap.columns(label) + 3, 8), width)
    let top =
      "┌" + label + String(repeating: "─", count: max(span - 1 - TextWrap.columns(label), 1))
    var text = style.dim(top) + "\n"
    for line in body { text += style.dim("│") + (line.isEmpty ? "" : " " + line) + "\n" }
    return text + style.dim("└" + String(repeating: "─", count: max(span - 1, 1))) + "\n"
  }

  /// A Markdown table in aligned columns, indented two.
  ///
  /// The header is bold with a rule under it, then the rows; `---:` aligns a column
  /// right. Cells are inline Markdown.
  ///
  /// A table wider than the display wraps its last column in the room the others leave;
  /// one that leaves less than 12 columns is shown as written.
  func table(_ rows: [String]) -> String {
    func cells(_ row: String) -> [String] {
      var parts = row.split(separator: "|", omittingEmptySubsequences: false).map {
        String($0).trimmingWhitespace
      }
      if parts.first == "" { parts.removeFirst() }
      if parts.last == "" { parts.removeLast() }
      return parts
    }
    func isRule(_ parts: [String]) -> Bool {
      !parts.isEmpty && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { "-:".contains($0) } }
    }
    let split = rows.map(cells)
    guard let header = split.first, split.count >= 2, isRule(split[1]) else {
      return rows.joined(separator: "\n")
    }
    let right = split[1].map { $0.hasSuffix(":") && !$0.hasPrefix(":") }
    let shown = ([header] + split.dropFirst(2)).map { row in
      (0..<header.count).map { k in
        k < row.count ? inline(row[k]) : ""
      }
    }
    var widths = (0..<header.count).map { k in shown.map { visibleCount($0[k]) }.max() ?? 0 }
    let fixed = widths.dropLast().reduce(0, +) + 2 * widths.count
    guard let last = widths.last else { return rows.joined(separator: "\n") }
    if fixed + last > width {
      guard width - fixed >= 12 else { return rows.joined(separator: "\n") }
      widths[widths.count - 1] = width - fixed
    }
    func line(_ row: [String], bold: Bool) -> [String] {
      // The last cell may take several lines; the others sit on the first.
      let tail = TextWrap.lines(
        (row.last ?? "").split(separator: " "), width: widths[widths.count - 1])
      return tail.enumerated().map { n, text in
        var parts: [String] = []
        for (k, cell) in row.enumerated() {
          let content = k == row.count - 1 ? text : (n == 0 ? cell : "")
          let pad = String(repeating: " ", count: max(widths[k] - visibleCount(content), 0))
          let styled = bold ? style.bold(content) : content
          parts.append(right[safe: k] == true ? pad + styled : styled + pad)
        }
        let joined = ("  " + parts.joined(separator: "  ")).trimmingTrailingSpaces()
        return String(joined.map { $0 == Self.keptSpace ? " " : $0 })
      }
    }
    let total = widths.reduce(0, +) + 2 * (widths.count - 1)
    var out = line(shown[0], bold: true)
    out.append("  " + style.dim(String(repeating: "─", count: total)))
    for row in shown.dropFirst() { out += line(row, bold: false) }
    return out.joined(separator: "\n")
  }

  /// `- `, `* `, `1. ` at the start of `line`, or nil.
  private func listMarker(_ line: String) -> String? {
    for bullet in ["- ", "* ", "+ "] where line.hasPrefix(bullet) { return bullet }
    let digits = line.prefix { $0.isASCII && $0.isNumber }
    if !digits.isEmpty, digits.count < 4 {
      let rest = line.dropFirst(digits.count)
      if rest.hasPrefix(". ") || rest.hasPrefix(") ") {
        return String(digits) + String(rest.prefix(2))
      }
    }
    return nil
  }

  /// Inline Markdown: `**bold**` emphasised (or plain), code spans kept with their
  /// backticks, `[text](link)` as `text (link)`.
  func inline(_ text: String, isHeading: Bool = false) -> String {
    var result = ""
    var rest = Substring(text)
    while let first = rest.first {
      if first == "`" {
        // A code span: everything to the matching backtick, untouched.
        let after = rest.dropFirst()
        if let close = after.firstIndex(of: "`") {
          var span = String(rest[...close])
          if span.count <= width / 2 {
            // A short span stays on one line: `wrap` does not break at these spaces, so
            // no line starts with the middle of a formula (`− z_t`), looking like a list.
            span = String(span.map { $0 == " " ? Self.keptSpace : $0 })
          }
          result += style.name(span)
          rest = rest[rest.index(after: close)...]
          continue
        }
      }
      if rest.hasPrefix("**"), let close = rest.dropFirst(2).range(of: "**") {
        let inner = String(rest[rest.index(rest.startIndex, offsetBy: 2)..<close.lowerBound])
        result += isHeading ? inner : style.bold(inner)
        rest = rest[close.upperBound...]
        continue
      }
      if first == "*" || first == "_", let inner = emphasis(rest, marker: first),
        result.last.map({ !$0.isLetter && !$0.isNumber }) ?? true
      {
        // *word* or _word_: emphasis, shown plain (a terminal has no reliable italics).
        result += inner
        rest = rest.dropFirst(inner.count + 2)
        continue
      }
      if first == "[", let closeBracket = rest.firstIndex(of: "]"),
        rest[rest.index(after: closeBracket)...].hasPrefix("("),
        let closeParen = rest[closeBracket...].firstIndex(of: ")")
      {
        let label = String(rest[rest.index(after: rest.startIndex)..<closeBracket])
        let link = String(rest[rest.index(closeBracket, offsetBy: 2)..<closeParen])
        result += link.hasPrefix("#") || link.isEmpty ? label : "\(label) (\(link))"
        rest = rest[rest.index(after: closeParen)...]
        continue
      }
      result.append(first)
      rest = rest.dropFirst()
    }
    return result
  }

  /// The text between `marker` at the start of `text` and the next `marker`, when both
  /// touch a word (`*logit*`), so that `a * b` and `snake_case` stay as they are.
  private func emphasis(_ text: Substring, marker: Character) -> String? {
    let after = text.dropFirst()
    guard let first = after.first, !first.isWhitespace, first != marker,
      let close = after.firstIndex(of: marker)
    else { return nil }
    let inner = after[..<close]
    guard let last = inner.last, !last.isWhitespace, !inner.contains("`") else { return nil }
    let next = after[after.index(after: close)...].first
    guard next.map({ !$0.isLetter && !$0.isNumber }) ?? true else { return nil }
    return String(inner)
  }

  /// `text` wrapped at the width, the first line after `first`, the others after `rest`.
  func wrap(_ text: String, first: String = "", rest: String = "") -> String {
    let wrapped = TextWrap.wrap(text, width: width, first: first, rest: rest)
    return String(wrapped.map { $0 == Self.keptSpace ? " " : $0 })
  }

  /// A space inside a short code span, which `wrap` does not break at (U+00A0 until
  /// `wrap` turns it back into a space).
  static let keptSpace: Character = "\u{00A0}"

  /// The columns a terminal shows `text` in: ANSI escape sequences do not count.
  func visibleCount(_ text: String) -> Int { TextWrap.columns(text) }

  /// `text` without its ANSI styles (`ESC [ … m`).
  static func withoutStyles(_ text: String) -> String {
    var result = ""
    var inEscape = false
    for c in text {
      if inEscape {
        if c == "m" { inEscape = false }
      } else if c == "\u{1B}" {
        inEscape = true
      } else {
        result.append(c)
      }
    }
    return result
  }
}

extension Array {
  /// The element at `index`, or nil outside the array.
  subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
