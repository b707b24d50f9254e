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
  /// The first line starts with `first`, the others with `rest`. Chinese and Japanese are
  /// written without spaces, so a word that does not fit is also broken between its wide
  /// characters (`pieces(of:)`), as a CJK typesetter breaks: never before `、。）」`, never
  /// after `（「`, never inside a code span or a `$…$` formula. Any other word wider than
  /// the width has a line to itself. No words give the one line `first`.
  static func lines<Word: StringProtocol>(
    _ words: [Word], width: Int, first: String = "", rest: String = ""
  ) -> [String] {
    var lines: [String] = []
    var line = first
    var used = columns(first)
    var isEmpty = true
    var inCode = false
    for word in words {
      let text = String(word)
      let count = columns(text)
      let parts = pieces(of: text, inCode: &inCode)
      if !isEmpty, used + 1 + count > width, parts.count == 1 {
        lines.append(line)
        line = rest + text
        used = columns(rest) + count
        continue
      }
      // Piece by piece: the first after a space, the others touching.
      var separator = isEmpty ? "" : " "
      for part in parts {
        let size = columns(part)
        if !isEmpty, used + separator.count + size > width {
          lines.append(line)
          line = rest + part
          used = columns(rest) + size
        } else {
          line += separator + part
          used += separator.count + size
        }
        separator = ""
        isEmpty = false
      }
      isEmpty = false
    }
    lines.append(line)
    return lines
  }

  /// Characters no CJK line may start with: closing brackets and quotes, stops and
  /// commas, small kana and the long-vowel mark (kinsoku shori).
  static let noLineStart: Set<Character> = Set(
    "、。，．,.：:；;！!？?）)]｝}」』】〕〉》”’ー々ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ・…%％")
  /// Characters no CJK line may end with: opening brackets and quotes.
  static let noLineEnd: Set<Character> = Set("（([｛{「『【〔〈《“‘")

  /// `word` cut where a line may break inside it without a space.
  ///
  /// A break falls between two characters
  /// of which one is wide (Chinese, Japanese), unless `noLineStart` or `noLineEnd` forbids
  /// it or the break would fall inside a code span (`` `…` ``), a `$…$` formula or an ANSI
  /// escape sequence. `inCode` carries an open span across words (a span with spaces).
  /// A word with no wide character is one piece.
  static func pieces(of word: String, inCode: inout Bool) -> [String] {
    var pieces: [String] = []
    var current = ""
    var previous: Character?
    var inMath = false
    var inEscape = false
    for character in word {
      if inEscape {
        current.append(character)
        if let value = character.unicodeScalars.first?.value, (0x40...0x7E).contains(value),
          character != "["
        {
          inEscape = false
        }
        continue
      }
      if character == "\u{1B}" {
        inEscape = true
        current.append(character)
        continue
      }
      if let before = previous, !inCode, !inMath, !current.isEmpty,
        DisplayWidth.of(before) == 2 || DisplayWidth.of(character) == 2,
        !noLineStart.contains(character), !noLineEnd.contains(before)
      {
        pieces.append(current)
        current = ""
      }
      if character == "`" { inCode.toggle() }
      if character == "$", !inCode { inMath.toggle() }
      current.append(character)
      previous = character
    }
    if !current.isEmpty || pieces.isEmpty { pieces.append(current) }
    return pieces
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
    let comment = keepsComments ? tokens.firstIndex { $0.drop { $0 == " " }.hasPrefix("#") } : nil
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

  /// Source lines of one paragraph as one line: joined by a space, as Markdown renders
  /// them, except between two wide characters, where Chinese and Japanese put none.
  static func joined<Line: StringProtocol>(_ lines: [Line]) -> String {
    var text = ""
    for line in lines {
      if let last = text.last, let first = line.first,
        !(DisplayWidth.of(last) == 2 && DisplayWidth.of(first) == 2)
      {
        text += " "
      }
      text += line
    }
    return text
  }

  /// A command's output with every line wider than `width` columns folded.
  ///
  /// No line passes the terminal: each is broken at its spaces (as `code` breaks, its continuation
  /// lines indented two columns past the line's own indentation), and a word still too
  /// wide cut between characters. Lines that fit, and ANSI styles, stay as they are.
  ///
  /// The lesson runner shows other commands' output this way: a JSON line of five
  /// numbers, a learner's long comment quoted by `check`, NumPy's error texts.
  static func fold(_ text: String, width: Int) -> String {
    guard width > 8 else { return text }
    return text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      let line = String(line)
      guard columns(line) > width else { return line }
      let broken = code(line, width: width, continuation: "  ", keepsComments: false)
      return broken.split(separator: "\n").flatMap { cut(String($0), width: width) }
        .joined(separator: "\n")
    }.joined(separator: "\n")
  }

  /// `line` cut between characters into lines of at most `width` columns (an ANSI
  /// escape sequence is never cut and takes no column); a line that fits is one line.
  static func cut(_ line: String, width: Int) -> [String] {
    guard columns(line) > width else { return [line] }
    var lines: [String] = []
    var current = ""
    var used = 0
    var inEscape = false
    for character in line {
      if inEscape || character == "\u{1B}" {
        current.append(character)
        if character != "\u{1B}", character != "[", character.isLetter {
          inEscape = false
        } else {
          inEscape = true
        }
        continue
      }
      let size = DisplayWidth.of(character)
      if used + size > width, used > 0 {
        lines.append(current)
        current = ""
        used = 0
      }
      current.append(character)
      used += size
    }
    lines.append(current)
    return lines
  }

  /// A command line as a shell takes it across lines: `words` joined by spaces in lines
  /// of at most `width` columns, each line but the last ending in ` \` and the next
  /// indented by four, so the text can be copied into a shell as it is.
  static func shellLines(_ words: [String], width: Int, prompt: String = "$ ") -> [String] {
    var lines: [String] = []
    var current = prompt
    var isEmpty = true
    for word in words {
      // Room for the word and, should another line follow, the ` \`.
      if !isEmpty, columns(current) + 1 + columns(word) + 2 > width {
        lines.append(current + " \\")
        current = "    " + word
      } else {
        current += (isEmpty ? "" : " ") + word
      }
      isEmpty = false
    }
    lines.append(current)
    return lines
  }

  /// `text` broken at its spaces into lines of at most `width` columns, joined by newlines.
  static func wrap(_ text: String, width: Int, first: String = "", rest: String = "") -> String {
    lines(text.split(separator: " "), width: width, first: first, rest: rest)
      .joined(separator: "\n")
  }
}
