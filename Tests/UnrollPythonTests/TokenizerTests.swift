import Testing

@testable import UnrollPython

/// The kinds of `source`'s tokens, written compactly: names and ops as themselves, NEWLINE as
/// "NL", INDENT ">", DEDENT "<", numbers and strings by value.
func tokenKinds(_ source: String) throws -> [String] {
  try Tokenizer.tokenize(source).compactMap { token in
    switch token.kind {
    case .name(let n): return n
    case .int(let v): return "i\(v)"
    case .float(let v): return "f\(v)"
    case .string(let s, let formatted): return (formatted ? "f" : "s") + "'\(s)'"
    case .op(let op): return op
    case .newline: return "NL"
    case .indent: return ">"
    case .dedent: return "<"
    case .endMarker: return nil
    }
  }
}

/// The error tokenizing `source` raises.
func tokenizeError(_ source: String) -> PythonError? {
  do {
    _ = try Tokenizer.tokenize(source)
    return nil
  } catch {
    return error
  }
}

@Suite struct TokenizerTests {
  @Test func indentAndDedentAsCPythonEmitsThem() throws {
    let source = """
      for t in x:
          if t:
              y = 1

          # a comment at another indentation
        \t
          z = 2
      w = 3
      """
    #expect(
      try tokenKinds(source) == [
        "for", "t", "in", "x", ":", "NL", ">", "if", "t", ":", "NL", ">", "y", "=", "i1", "NL",
        "<", "z", "=", "i2", "NL", "<", "w", "=", "i3", "NL",
      ])
  }

  @Test func dedentsCloseEveryLevelAtTheEnd() throws {
    #expect(
      try tokenKinds("if a:\n  if b:\n    c") == [
        "if", "a", ":", "NL", ">", "if", "b", ":", "NL", ">", "c", "NL", "<", "<",
      ])
  }

  @Test func bracketsAndBackslashesJoinLines() throws {
    #expect(
      try tokenKinds("x = (1,\n   2)\ny = 1 + \\\n  2\n") == [
        "x", "=", "(", "i1", ",", "i2", ")", "NL", "y", "=", "i1", "+", "i2", "NL",
      ])
  }

  @Test func numbersInEveryForm() throws {
    #expect(
      try tokenKinds("1 1. .5 1e-8 1_000 0x1F 0o17 0b101 2.5E3") == [
        "i1", "f1.0", "f0.5", "f1e-08", "i1000", "i31", "i15", "i5", "f2500.0", "NL",
      ])
  }

  @Test func stringsWithQuotesEscapesAndPrefixes() throws {
    #expect(
      try tokenKinds(#"'a' "b\"c" 'tab\t' r'\n' '''x"y'''"#) == [
        "s'a'", #"s'b"c'"#, "s'tab\t'", #"s'\n'"#, #"s'x"y'"#, "NL",
      ])
    #expect(try tokenKinds("\"\"\"one\ntwo\"\"\"\nx") == ["s'one\ntwo'", "NL", "x", "NL"])
    // f-strings stay raw for the parser, which splits their fields.
    #expect(try tokenKinds("f'{x:.4f}'") == ["f'{x:.4f}'", "NL"])
  }

  @Test func operatorsTakeTheLongestMatch() throws {
    #expect(
      try tokenKinds("a **= b // c -> d != e @ f ... g") == [
        "a", "**=", "b", "//", "c", "->", "d", "!=", "e", "@", "f", "...", "g", "NL",
      ])
  }

  @Test func tokensKnowTheirPlace() throws {
    let tokens = try Tokenizer.tokenize("x = 1\n  \nif y:\n    z")
    let z = try #require(tokens.first { $0.isName("z") })
    #expect(z.line == 4)
    #expect(z.column == 4)
    #expect(z.start == 19)
    #expect(z.end == 20)
  }

  @Test func tabsAndSpacesThatDisagreeAreATabError() {
    for source in ["if a:\n\tx = 1\n        y = 2\n", "if a:\n        x = 1\n\ty = 2\n"] {
      let error = tokenizeError(source)
      #expect(error?.kind == "TabError")
      #expect(error?.message == "inconsistent use of tabs and spaces in indentation")
      #expect(error?.line == 3)
      #expect(error?.column == 1)
    }
    // Tabs alone, consistently, are fine.
    #expect(tokenizeError("if a:\n\tx = 1\n\ty = 2\n") == nil)
  }

  @Test func anUnindentToNoOuterLevel() {
    let error = tokenizeError("if a:\n    x = 1\n  y = 2\n")
    #expect(error?.kind == "IndentationError")
    #expect(error?.message == "unindent does not match any outer indentation level")
    #expect(error?.line == 3)
    #expect(error?.column == 8)
  }

  @Test(arguments: [
    ("x = (1, 2\n", "'(' was never closed", 1, 5),
    ("x = )\n", "unmatched ')'", 1, 5),
    ("x = (1]\n", "closing parenthesis ']' does not match opening parenthesis '('", 1, 7),
    ("s = 'abc\n", "unterminated string literal (detected at line 1)", 1, 5),
    ("x = 1x\n", "invalid decimal literal", 1, 5),
    ("x = 1__0\n", "invalid decimal literal", 1, 6),
    (
      "x = 08\n",
      "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
      1, 5
    ),
    ("x = $\n", "invalid syntax", 1, 5),
    ("x = 1 € 2\n", "invalid character '€' (U+20AC)", 1, 7),
  ])
  func syntaxErrorsInCPythonsWords(_ source: String, _ message: String, _ line: Int, _ column: Int)
  {
    let error = tokenizeError(source)
    #expect(error?.kind == "SyntaxError")
    #expect(error?.message == message)
    #expect(error?.line == line)
    #expect(error?.column == column)
  }

  @Test func nestingDeeperThanCPythonAllowsIsRefused() {
    let error = tokenizeError(String(repeating: "(", count: 201))
    #expect(error?.message == "too many nested parentheses")
    #expect(error?.column == 201)
  }

  @Test func unicodeNamesAreNames() throws {
    #expect(try tokenKinds("größe = 1") == ["größe", "=", "i1", "NL"])
  }
}
