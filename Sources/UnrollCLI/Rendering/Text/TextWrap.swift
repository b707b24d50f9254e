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

  /// `text` broken at its spaces into lines of at most `width` columns, joined by newlines.
  static func wrap(_ text: String, width: Int, first: String = "", rest: String = "") -> String {
    lines(text.split(separator: " "), width: width, first: first, rest: rest)
      .joined(separator: "\n")
  }
}
