/// Word wrapping by display columns: the one wrapper every text renderer uses.
///
/// A terminal shows an East Asian wide or fullwidth character in two columns, a
/// combining mark (the tilde of `C̃`) and a zero-width character in none, and an ANSI
/// style (`ESC [ … m`) not at all; counting `Character`s gets Chinese and Japanese
/// lines wrong by half.
enum TextWrap {
  /// The columns `text` takes on a terminal.
  static func columns(_ text: String) -> Int {
    var total = 0
    var inEscape = false
    for scalar in text.unicodeScalars {
      if inEscape {
        if scalar == "m" { inEscape = false }
        continue
      }
      if scalar == "\u{1B}" {
        inEscape = true
        continue
      }
      total += columns(scalar)
    }
    return total
  }

  /// The columns one scalar takes: 0, 1 or 2.
  static func columns(_ scalar: Unicode.Scalar) -> Int {
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format, .control: return 0
    default: break
    }
    let v = scalar.value
    for range in wide where range.contains(v) { return 2 }
    return 1
  }

  /// The East Asian Wide (W) and Fullwidth (F) blocks of Unicode's EastAsianWidth.txt,
  /// merged into ranges; ambiguous characters (`⊙`, `σ`) take one column, as most
  /// terminals draw them outside East Asian locales.
  static let wide: [ClosedRange<UInt32>] = [
    0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F0,
    0x23F3...0x23F3, 0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F...0x267F,
    0x2693...0x2693, 0x26A1...0x26A1, 0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5,
    0x26CE...0x26CE, 0x26D4...0x26D4, 0x26EA...0x26EA, 0x26F2...0x26F3, 0x26F5...0x26F5,
    0x26FA...0x26FA, 0x26FD...0x26FD, 0x2705...0x2705, 0x270A...0x270B, 0x2728...0x2728,
    0x274C...0x274C, 0x274E...0x274E, 0x2753...0x2755, 0x2757...0x2757, 0x2795...0x2797,
    0x27B0...0x27B0, 0x27BF...0x27BF, 0x2B1B...0x2B1C, 0x2B50...0x2B50, 0x2B55...0x2B55,
    0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
    0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
    0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x17000...0x18CFF, 0x1B000...0x1B2FF,
    0x1F004...0x1F004, 0x1F0CF...0x1F0CF, 0x1F18E...0x1F18E, 0x1F191...0x1F19A,
    0x1F200...0x1F251, 0x1F300...0x1F64F, 0x1F680...0x1F6FF, 0x1F7E0...0x1F7EB,
    0x1F90C...0x1F9FF, 0x1FA70...0x1FAFF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
  ]

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
