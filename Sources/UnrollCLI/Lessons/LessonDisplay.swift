/// How a lesson's prose looks on a terminal: headings emphasised, paragraphs and list
/// items wrapped to the width, code spans kept, tables and fenced code as they are.
///
/// Pure: it returns strings, with ANSI styles only when `style` says so.
struct LessonDisplay {
  /// Colour or not.
  let style: Style
  /// The width prose wraps at (at most 100, so lines stay readable on a wide terminal).
  let width: Int

  /// A display for `terminal`'s colour and width.
  init(style: Style, width: Int) {
    self.style = style
    self.width = min(max(width, 40), 100)
  }

  /// `Lesson 1 · Title` and `about 10 minutes · rnn --seed 0`.
  func banner(_ lesson: Lesson) -> String {
    let options = ([lesson.header.model.rawValue] + lesson.header.options).joined(separator: " ")
    return style.bold("Lesson \(lesson.number) · \(lesson.header.title)") + "\n"
      + style.dim(
        "about \(lesson.header.minutes) minutes · \(lesson.steps.count) steps · model \(options)")
      + "\n"
  }

  /// `── Step 2/6 · Title ───…`, the width of the display.
  func stepHeading(_ step: LessonStep, number: Int, of total: Int) -> String {
    let text = "── Step \(number)/\(total) · \(inline(step.title, isHeading: true)) "
    let fill = max(3, width - visibleCount(text))
    return "\n" + style.bold(text + String(repeating: "─", count: fill)) + "\n"
  }

  /// Markdown prose as terminal text.
  func prose(_ lines: [String]) -> String {
    var output: [String] = []
    var paragraph: [String] = []
    var listIndent: (first: String, rest: String)?
    func flush() {
      guard !paragraph.isEmpty else { return }
      let text = paragraph.joined(separator: " ")
      let indent = listIndent ?? ("", "")
      output.append(wrap(inline(text), first: indent.first, rest: indent.rest))
      paragraph = []
      listIndent = nil
    }
    for raw in lines {
      let line = raw.trimmingWhitespace
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
      if line.hasPrefix("|") || raw.hasPrefix("    ") || raw.hasPrefix("\t") || line.hasPrefix("$$")
      {
        // Tables, indented code and display maths keep their layout.
        flush()
        output.append(raw)
        continue
      }
      if let marker = listMarker(line) {
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

  /// A fenced block the runner does not run, as the file writes it.
  func code(info: String, lines: [String]) -> String {
    (["```" + info] + lines + ["```"]).joined(separator: "\n") + "\n"
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
