/// Word wrapping by display columns: the one wrapper every text renderer uses.
///
/// A terminal shows an East Asian wide or fullwidth character in two columns, a
/// combining mark (the tilde of `C̃`) and a zero-width character in none, and an ANSI
/// style (`ESC [ … m`) not at all; counting `Character`s gets Chinese and Japanese
/// lines wrong by half.
enum TextWrap {
  /// The columns `text` takes on a terminal, as the line editor counts them
  /// (`DisplayWidth`).
  static func columns(_ text: String) -> Int { DisplayWidth.of(text) }

  /// `words` in lines of at most `width` columns, one space apart.
  ///
  /// The first line starts with `first`, the others with `rest`. A word wider than the
  /// width has a line to itself. No words give the one line `first`.
  static func lines<Word: StringProtocol>(
    _ words: [Word], width: Int, first: String = "", rest: String = ""
  ) -> [String] {
    var lines: [String] = []
    var line = first
    var used = columns(first)
    var isEmpty = true
    for word in words {
      let count = columns(String(word))
      if !isEmpty, used + 1 + count > width {
        lines.append(line)
        line = rest + word
        used = columns(rest) + count
      } else {
        line += (isEmpty ? "" : " ") + word
        used += (isEmpty ? 0 : 1) + count
      }
      isEmpty = false
    }
    lines.append(line)
    return lines
  }

  /// A line of code in lines of at most `width` columns, broken only at its spaces.
  ///
  /// A space is a token boundary in the notes' Python, so no name is cut: `… + self.bh)`
  /// moves whole to the next line. Continuation lines start with `continuation`, and
  /// with `# ` too once the break falls inside a trailing comment (so the lines stay
  /// Python) unless `keepsComments` is false. A line that fits is returned as it is, and
  /// a token wider than the room keeps a line to itself.
  static func code(
    _ line: String, width: Int, continuation: String = "    ", keepsComments: Bool = true
  ) -> String {
    guard columns(line) > width else { return line }
    // Leading spaces are the line's own indentation: keep them on the first line.
    let indent = String(line.prefix { $0 == " " })
    // Runs of spaces (`x  # comment`) stay as written: each extra space joins the next token.
    var tokens: [String] = []
    var pending = ""
    let parts = line.dropFirst(indent.count).split(separator: " ", omittingEmptySubsequences: false)
    for part in parts {
      if part.isEmpty {
        pending += " "
      } else {
        tokens.append(pending + part)
        pending = ""
      }
    }
    let comment = keepsComments ? tokens.firstIndex { $0.trimmingPrefix(" ").hasPrefix("#") } : nil
    var lines: [String] = []
    var current = indent
    var used = columns(indent)
    var isEmpty = true
    for (k, token) in tokens.enumerated() {
      let count = columns(token)
      if !isEmpty, used + 1 + count > width {
        lines.append(current)
        // A continuation starts at its token, not at the spaces that led to it.
        let word = String(token.drop { $0 == " " })
        let inComment = comment.map { k > $0 } ?? false
        current = indent + continuation + (inComment ? "# " : "") + word
        used = columns(current)
      } else {
        current += (isEmpty ? "" : " ") + token
        used += (isEmpty ? 0 : 1) + count
      }
      isEmpty = false
    }
    lines.append(current)
    return lines.joined(separator: "\n")
  }

  /// `text` broken at its spaces into lines of at most `width` columns, joined by newlines.
  static func wrap(_ text: String, width: Int, first: String = "", rest: String = "") -> String {
    lines(text.split(separator: " "), width: width, first: first, rest: rest)
      .joined(separator: "\n")
  }
}
