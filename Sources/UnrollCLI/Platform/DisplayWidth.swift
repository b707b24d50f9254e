/// How many terminal columns text takes, as a terminal draws it: most characters one, East
/// Asian wide and fullwidth characters (CJK, Hangul, most emoji) two, combining marks and
/// other zero-width scalars none, and an ANSI escape sequence (colour in a prompt) none.
///
/// The wide ranges are Unicode 14's East Asian Width W and F (from Python's `unicodedata`,
/// merged across unassigned gaps); terminals that disagree on a few emoji are off by a column
/// there, as linenoise and wcwidth(3) are.
enum DisplayWidth {
  /// The columns `scalar` takes on its own: 0, 1 or 2.
  static func of(_ scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if value < 0x20 || (value >= 0x7F && value < 0xA0) { return 0 }  // controls
    if value < 0x300 { return 1 }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return 0
    default: break
    }
    if (0x1160...0x11FF).contains(value) { return 0 }  // Hangul medial vowels join the syllable
    return isWide(value) ? 2 : 1
  }

  /// The columns one character (a grapheme cluster) takes: its first visible scalar's width,
  /// so `é` written as e + U+0301 is one column and a flag or ZWJ emoji the width of its first.
  static func of(_ character: Character) -> Int {
    for scalar in character.unicodeScalars {
      let width = of(scalar)
      if width > 0 { return width }
    }
    return 0
  }

  /// The columns `text` takes on one line, skipping ANSI escape sequences (`ESC [ … m`).
  static func of(_ text: String) -> Int {
    var width = 0
    var inEscape = false
    var inCSI = false
    for character in text {
      if inCSI {
        // A CSI sequence ends at its final byte, @ … ~.
        if let value = character.unicodeScalars.first?.value, (0x40...0x7E).contains(value) {
          inCSI = false
        }
        continue
      }
      if inEscape {
        inEscape = false
        inCSI = character == "["
        continue
      }
      if character == "\u{1B}" {
        inEscape = true
        continue
      }
      width += of(character)
    }
    return width
  }

  /// Whether `value` is in one of the wide ranges (a binary search).
  static func isWide(_ value: UInt32) -> Bool {
    var low = 0
    var high = wide.count - 1
    while low <= high {
      let middle = (low + high) / 2
      let range = wide[middle]
      if value < range.lowerBound {
        high = middle - 1
      } else if value > range.upperBound {
        low = middle + 1
      } else {
        return true
      }
    }
    return false
  }

  /// East Asian Width W and F, ascending.
  static let wide: [ClosedRange<UInt32>] = [
    0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F0,
    0x23F3...0x23F3, 0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F...0x267F,
    0x2693...0x2693, 0x26A1...0x26A1, 0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5,
    0x26CE...0x26CE, 0x26D4...0x26D4, 0x26EA...0x26EA, 0x26F2...0x26F3, 0x26F5...0x26F5,
    0x26FA...0x26FA, 0x26FD...0x26FD, 0x2705...0x2705, 0x270A...0x270B, 0x2728...0x2728,
    0x274C...0x274C, 0x274E...0x274E, 0x2753...0x2755, 0x2757...0x2757, 0x2795...0x2797,
    0x27B0...0x27B0, 0x27BF...0x27BF, 0x2B1B...0x2B1C, 0x2B50...0x2B50, 0x2B55...0x2B55,
    0x2E80...0x303E, 0x3041...0x3247, 0x3250...0x4DBF, 0x4E00...0xA4C6, 0xA960...0xA97C,
    0xAC00...0xD7A3, 0xF900...0xFAD9, 0xFE10...0xFE19, 0xFE30...0xFE6B, 0xFF01...0xFF60,
    0xFFE0...0xFFE6, 0x16FE0...0x1B2FB, 0x1F004...0x1F004, 0x1F0CF...0x1F0CF, 0x1F18E...0x1F18E,
    0x1F191...0x1F19A, 0x1F200...0x1F320, 0x1F32D...0x1F335, 0x1F337...0x1F37C, 0x1F37E...0x1F393,
    0x1F3A0...0x1F3CA, 0x1F3CF...0x1F3D3, 0x1F3E0...0x1F3F0, 0x1F3F4...0x1F3F4, 0x1F3F8...0x1F43E,
    0x1F440...0x1F440, 0x1F442...0x1F4FC, 0x1F4FF...0x1F53D, 0x1F54B...0x1F54E, 0x1F550...0x1F567,
    0x1F57A...0x1F57A, 0x1F595...0x1F596, 0x1F5A4...0x1F5A4, 0x1F5FB...0x1F64F, 0x1F680...0x1F6C5,
    0x1F6CC...0x1F6CC, 0x1F6D0...0x1F6D2, 0x1F6D5...0x1F6DF, 0x1F6EB...0x1F6EC, 0x1F6F4...0x1F6FC,
    0x1F7E0...0x1F7F0, 0x1F90C...0x1F93A, 0x1F93C...0x1F945, 0x1F947...0x1F9FF, 0x1FA70...0x1FAF6,
    0x20000...0x3FFFD,
  ]
}
