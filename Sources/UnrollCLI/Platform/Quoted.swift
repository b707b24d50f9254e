/// Text from a user or a file made safe to show: control characters escaped, length bounded.
enum Quoted {
  /// `text` with newlines as `\n`, tabs as `\t` and other control characters (ESC, DEL,
  /// C1) as `\u{1B}`, cut after `limit` characters with how many were left out.
  static func safe(_ text: String, limit: Int) -> String {
    var result = ""
    var count = 0
    for character in text {
      if count >= limit {
        let rest = text.count - count
        result += "… (\(rest) more character\(rest == 1 ? "" : "s"))"
        break
      }
      result += escaped(character)
      count += 1
    }
    return result
  }

  /// A short excerpt of `text` for a message that quotes a value: at most 80 characters.
  static func excerpt(_ text: String) -> String { safe(text, limit: 80) }

  private static func escaped(_ character: Character) -> String {
    if character == "\n" || character == "\r\n" { return "\\n" }
    if character == "\t" { return "\\t" }
    guard character.unicodeScalars.contains(where: isControl) else { return String(character) }
    return character.unicodeScalars.map { scalar in
      isControl(scalar)
        ? "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}" : "\(scalar)"
    }.joined()
  }

  private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
  }
}
