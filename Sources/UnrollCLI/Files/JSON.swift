/// A JSON value, objects keeping their keys in order.
///
/// Our own, rather than Foundation's `JSONSerialization`, for two reasons: a parse
/// error must say where it is (line and column), which Foundation on Linux does not;
/// and numbers must round-trip exactly, which Swift's `Double(String)` and
/// `"\(double)"` (the shortest representation that reads back the same) guarantee.
public enum JSONValue: Equatable, Sendable {
  /// `null`.
  case null
  /// `true` or `false`.
  case bool(Bool)
  /// A number.
  case number(Double)
  /// A whole number written without a point, such as a 64-bit seed (only ever written:
  /// the parser reads every number as `.number`).
  case integer(UInt64)
  /// A string.
  case string(String)
  /// An array.
  case array([JSONValue])
  /// An object, its members in the order written.
  case object([(key: String, value: JSONValue)])

  /// Equal when of one kind with equal contents, object members in the same order.
  public static func == (a: JSONValue, b: JSONValue) -> Bool {
    switch (a, b) {
    case (.null, .null): return true
    case (.bool(let x), .bool(let y)): return x == y
    case (.number(let x), .number(let y)): return x == y
    case (.integer(let x), .integer(let y)): return x == y
    case (.string(let x), .string(let y)): return x == y
    case (.array(let x), .array(let y)): return x == y
    case (.object(let x), .object(let y)):
      return x.count == y.count && zip(x, y).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    default: return false
    }
  }

  /// The member `key` of an object; nil for a missing key or a value that is not an object.
  public subscript(_ key: String) -> JSONValue? {
    guard case .object(let members) = self else { return nil }
    return members.first { $0.key == key }?.value
  }

  /// What an infinite number in a file is: a literal beyond the largest Double.
  static let beyondDouble = "a number beyond the largest Double, ±1.8e308 (it reads as infinity)"

  /// What kind of value this is, for messages: `a number`, `an object`.
  public var kindDescription: String {
    switch self {
    case .null: return "null"
    case .bool: return "a boolean"
    case .number(let value) where value.isInfinite:
      // `1e999` parses, but no Double holds it.
      return "\(value < 0 ? "-" : "")\(Self.beyondDouble)"
    case .number(let value) where value.isNaN: return "NaN"
    case .number, .integer: return "a number"
    case .string: return "a string"
    case .array: return "a list"
    case .object: return "an object"
    }
  }
}

/// A place in a JSON text where parsing stopped, and why.
public struct JSONError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The line, from 1.
  public let line: Int
  /// The column, from 1, counted in characters.
  public let column: Int
  /// What was expected or found.
  public let message: String

  /// `line 3, column 14: expected , or } after an object member`.
  public var description: String { "line \(line), column \(column): \(message)" }
}

extension JSONValue {
  /// Parses `text` as one JSON value, throwing a `JSONError` with line and column.
  public static func parse(_ text: String) throws(JSONError) -> JSONValue {
    var parser = JSONParser(text)
    parser.skipWhitespace()
    let value = try parser.value(depth: 0)
    parser.skipWhitespace()
    guard parser.isAtEnd else {
      throw parser.error("unexpected \(parser.currentDescription) after the value")
    }
    return value
  }
}

/// A recursive-descent parser over the UTF-8 bytes of a JSON text (RFC 8259).
///
/// Bytes rather than `Character`s: a trace of a large model runs to a hundred
/// megabytes, and a `[Character]` of it would take sixteen times that.
struct JSONParser {
  private let bytes: [UInt8]
  private var index = 0
  private var line = 1
  private var column = 1

  init(_ text: String) { bytes = Array(text.utf8) }

  var isAtEnd: Bool { index >= bytes.count }

  private var current: UInt8? { index < bytes.count ? bytes[index] : nil }

  /// The character at the current place, for messages: `]`, `end of file`, `U+0009`.
  var currentDescription: String {
    guard let current else { return "end of file" }
    if current < 0x21 || current == 0x7F {
      let hex = String(current, radix: 16, uppercase: true)
      return "U+" + String(repeating: "0", count: 4 - hex.count) + hex
    }
    var end = index + 1
    while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
    return String(decoding: bytes[index..<end], as: UTF8.self)
  }

  func error(_ message: String) -> JSONError {
    JSONError(line: line, column: column, message: message)
  }

  private mutating func advance() {
    guard let current else { return }
    index += 1
    if current == UInt8(ascii: "\n") {
      line += 1
      column = 1
    } else if current & 0xC0 != 0x80 {
      column += 1  // count characters, not the continuation bytes of one
    }
  }

  mutating func skipWhitespace() {
    while let c = current, c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D { advance() }
  }

  private mutating func expect(_ word: String, _ value: JSONValue) throws(JSONError) -> JSONValue {
    for expected in word.utf8 {
      guard current == expected else { throw error("expected \(word)") }
      advance()
    }
    return value
  }

  mutating func value(depth: Int) throws(JSONError) -> JSONValue {
    guard depth < 512 else { throw error("nested too deeply") }
    switch current {
    case UInt8(ascii: "{"): return try object(depth: depth)
    case UInt8(ascii: "["): return try array(depth: depth)
    case UInt8(ascii: "\""): return .string(try string())
    case UInt8(ascii: "t"): return try expect("true", .bool(true))
    case UInt8(ascii: "f"): return try expect("false", .bool(false))
    case UInt8(ascii: "n"): return try expect("null", .null)
    case let c? where c == UInt8(ascii: "-") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(c):
      return try number()
    case nil: throw error("unexpected end of file, expected a value")
    default: throw error("unexpected \(currentDescription), expected a value")
    }
  }

  private mutating func object(depth: Int) throws(JSONError) -> JSONValue {
    advance()  // {
    var members: [(key: String, value: JSONValue)] = []
    skipWhitespace()
    if current == UInt8(ascii: "}") {
      advance()
      return .object(members)
    }
    while true {
      skipWhitespace()
      guard current == UInt8(ascii: "\"") else {
        throw error("expected a key in double quotes, found \(currentDescription)")
      }
      let keyPlace = error("")
      let key = try string()
      if members.contains(where: { $0.key == key }) {
        throw JSONError(
          line: keyPlace.line, column: keyPlace.column, message: "duplicate key \"\(key)\"")
      }
      skipWhitespace()
      guard current == UInt8(ascii: ":") else {
        throw error("expected : after the key, found \(currentDescription)")
      }
      advance()
      skipWhitespace()
      members.append((key, try value(depth: depth + 1)))
      skipWhitespace()
      switch current {
      case UInt8(ascii: ","): advance()
      case UInt8(ascii: "}"):
        advance()
        return .object(members)
      default: throw error("expected , or } after an object member, found \(currentDescription)")
      }
    }
  }

  private mutating func array(depth: Int) throws(JSONError) -> JSONValue {
    advance()  // [
    var elements: [JSONValue] = []
    skipWhitespace()
    if current == UInt8(ascii: "]") {
      advance()
      return .array(elements)
    }
    while true {
      skipWhitespace()
      elements.append(try value(depth: depth + 1))
      skipWhitespace()
      switch current {
      case UInt8(ascii: ","): advance()
      case UInt8(ascii: "]"):
        advance()
        return .array(elements)
      default: throw error("expected , or ] after a list element, found \(currentDescription)")
      }
    }
  }

  private mutating func string() throws(JSONError) -> String {
    advance()  // "
    var result: [UInt8] = []
    while true {
      guard let c = current else { throw error("unterminated string") }
      if c == UInt8(ascii: "\"") {
        advance()
        return String(decoding: result, as: UTF8.self)
      }
      if c < 0x20 {
        throw error("control character in a string (write it as an escape such as \\n)")
      }
      advance()
      guard c == UInt8(ascii: "\\") else {
        result.append(c)
        continue
      }
      guard let escape = current else { throw error("unterminated string") }
      switch escape {
      case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): result.append(escape)
      case UInt8(ascii: "b"): result.append(0x08)
      case UInt8(ascii: "f"): result.append(0x0C)
      case UInt8(ascii: "n"): result.append(0x0A)
      case UInt8(ascii: "r"): result.append(0x0D)
      case UInt8(ascii: "t"): result.append(0x09)
      case UInt8(ascii: "u"):
        advance()
        var code = try hex4()
        if (0xD800..<0xDC00).contains(code) {
          let lone = "lone surrogate \\u" + String(code, radix: 16, uppercase: true)
          guard current == UInt8(ascii: "\\") else { throw error(lone) }
          advance()
          guard current == UInt8(ascii: "u") else { throw error(lone) }
          advance()
          let low = try hex4()
          guard (0xDC00..<0xE000).contains(low) else { throw error("invalid surrogate pair") }
          code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
        }
        guard let scalar = Unicode.Scalar(code) else { throw error("invalid \\u escape") }
        result += Array(String(Character(scalar)).utf8)
        continue
      default: throw error("invalid escape \\\(currentDescription)")
      }
      advance()
    }
  }

  private mutating func hex4() throws(JSONError) -> UInt32 {
    var code: UInt32 = 0
    for _ in 0..<4 {
      guard let c = current, let digit = Character(Unicode.Scalar(c)).hexDigitValue else {
        throw error("expected four hex digits after \\u")
      }
      code = code * 16 + UInt32(digit)
      advance()
    }
    return code
  }

  private mutating func digits(into text: inout [UInt8]) -> Int {
    var count = 0
    while let c = current, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(c) {
      text.append(c)
      advance()
      count += 1
    }
    return count
  }

  private mutating func number() throws(JSONError) -> JSONValue {
    let start = error("")
    var text: [UInt8] = []
    if current == UInt8(ascii: "-") {
      text.append(UInt8(ascii: "-"))
      advance()
    }
    let leadingZero = current == UInt8(ascii: "0")
    let integerDigits = digits(into: &text)
    guard integerDigits > 0 else { throw error("expected a digit") }
    if leadingZero && integerDigits > 1 {
      throw JSONError(line: start.line, column: start.column, message: "number with a leading zero")
    }
    if current == UInt8(ascii: ".") {
      text.append(UInt8(ascii: "."))
      advance()
      guard digits(into: &text) > 0 else { throw error("expected a digit after the point") }
    }
    if let c = current, c == UInt8(ascii: "e") || c == UInt8(ascii: "E") {
      text.append(UInt8(ascii: "e"))
      advance()
      if let sign = current, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
        text.append(sign)
        advance()
      }
      guard digits(into: &text) > 0 else { throw error("expected a digit in the exponent") }
    }
    // Correctly rounded; too large a magnitude gives ±infinity, which readers reject.
    let literal = String(decoding: text, as: UTF8.self)
    guard let value = Double(literal) else {
      throw JSONError(line: start.line, column: start.column, message: "invalid number \(literal)")
    }
    return .number(value)
  }
}
