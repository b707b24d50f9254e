import Testing

@testable import UnrollCLI

/// Our JSON parser: values, escapes, and errors that say where (line and column).
@Suite struct JSONTests {
  @Test func parsesEveryKindOfValue() throws {
    let text = """
      {"a": [1, -2.5e3, 0.125], "b": {"c": null, "d": true, "e": false},
       "s": "tab\\there \\"q\\" \\u00e9 \\ud83d\\ude00 σ"}
      """
    let value = try JSONValue.parse(text)
    #expect(value["a"] == .array([.number(1), .number(-2500), .number(0.125)]))
    #expect(value["b"] == .object([("c", .null), ("d", .bool(true)), ("e", .bool(false))]))
    #expect(value["s"] == .string("tab\there \"q\" é 😀 σ"))
  }

  @Test func writesWhatItReads() throws {
    let value = JSONValue.object([
      ("k", .string("line\nbreak \"quoted\" \\ back \u{01}")),
      ("n", .array([.number(0.1), .integer(7)])),
      ("o", .object([])), ("l", .array([])),
    ])
    let text = value.text(expandedDepth: 0)
    #expect(
      text == #"{"k": "line\nbreak \"quoted\" \\ back \u0001", "n": [0.1, 7], "o": {}, "l": []}"#)
    #expect(
      try JSONValue.parse(text)
        == .object([
          ("k", .string("line\nbreak \"quoted\" \\ back \u{01}")),
          ("n", .array([.number(0.1), .number(7)])),
          ("o", .object([])), ("l", .array([])),
        ]))
  }

  /// (text, line, column, message).
  static let errors: [(String, Int, Int, String)] = [
    ("", 1, 1, "unexpected end of file, expected a value"),
    ("{\"a\": 1,\n \"b\" 2}", 2, 6, "expected : after the key, found 2"),
    ("[1, 2", 1, 6, "expected , or ] after a list element, found end of file"),
    ("{\"a\": 1 \"b\": 2}", 1, 9, "expected , or } after an object member, found \""),
    ("{a: 1}", 1, 2, "expected a key in double quotes, found a"),
    ("[01]", 1, 2, "number with a leading zero"),
    ("[1.]", 1, 4, "expected a digit after the point"),
    ("[-]", 1, 3, "expected a digit"),
    ("[1e]", 1, 4, "expected a digit in the exponent"),
    ("[tru]", 1, 5, "expected true"),
    ("[NaN]", 1, 2, "unexpected N, expected a value"),
    ("\"σσ\" x", 1, 6, "unexpected x after the value"),
    ("\"abc", 1, 5, "unterminated string"),
    ("\"a\tb\"", 1, 3, "control character in a string (write it as an escape such as \\n)"),
    ("\"\\x\"", 1, 3, "invalid escape \\x"),
    ("{\"a\": 1, \"a\": 2}", 1, 10, "duplicate key \"a\""),
    ("[1]\n\n  ]", 3, 3, "unexpected ] after the value"),
  ]

  @Test(arguments: 0..<errors.count)
  func errorsSayWhere(_ index: Int) {
    let (text, line, column, message) = Self.errors[index]
    #expect(throws: JSONError(line: line, column: column, message: message)) {
      try JSONValue.parse(text)
    }
  }
}
