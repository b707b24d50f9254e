/// Python 3.11's tokenizer for the subset: INDENT and DEDENT as CPython emits them, implicit line
/// joining inside brackets, backslash continuation, comments, strings (f-strings kept raw for the
/// parser) and numbers, with CPython's own error texts, lines and columns.
///
/// Indentation follows CPython's `tok_get`: each line's indentation is measured twice, with tabs to
/// the next multiple of 8 (`column`) and with tabs as one space (`altColumn`); where the two
/// measures disagree about the order of two lines, the file is a `TabError`.
struct Tokenizer {
  private let scalars: [Unicode.Scalar]
  private var position = 0
  private var line = 1
  private var lineStart = 0
  private var tokens: [Token] = []
  /// The open brackets: the character, and where it opened.
  private var brackets: [(char: Unicode.Scalar, line: Int, column: Int)] = []
  /// The indentation levels: CPython's `indstack` and `altindstack`.
  private var indents: [(column: Int, altColumn: Int)] = [(0, 0)]
  private var atLineStart = true

  /// CPython's limit on nested brackets (`MAXLEVEL`).
  static let maxBracketDepth = 200
  /// CPython's limit on indentation levels (`MAXINDENT`).
  static let maxIndentDepth = 100

  /// Tokenizes a whole file.
  static func tokenize(_ text: String) throws(PythonError) -> [Token] {
    var tokenizer = Tokenizer(scalars: Array(text.unicodeScalars))
    return try tokenizer.run()
  }

  private init(scalars: [Unicode.Scalar]) { self.scalars = scalars }

  private var column: Int { position - lineStart }

  private func peek(_ offset: Int = 0) -> Unicode.Scalar? {
    let index = position + offset
    return index < scalars.count ? scalars[index] : nil
  }

  private func fail(
    _ message: String, kind: String = "SyntaxError", line: Int? = nil, offset: Int? = nil
  ) -> PythonError {
    PythonError(kind: kind, message: message, line: line ?? self.line, column: offset ?? column + 1)
  }

  private mutating func add(_ kind: Token.Kind, from start: Int, line: Int, column: Int) {
    tokens.append(Token(kind: kind, line: line, column: column, start: start, end: position))
  }

  private mutating func newLine() {
    line += 1
    lineStart = position
  }

  private mutating func run() throws(PythonError) -> [Token] {
    while position < scalars.count {
      if atLineStart {
        try indentation()
        continue
      }
      guard let c = peek() else { break }
      switch c {
      case " ", "\t", "\u{0C}":
        position += 1
      case "#":
        while let next = peek(), next != "\n", next != "\r" { position += 1 }
      case "\r", "\n":
        let start = position, startColumn = column
        position += (c == "\r" && peek(1) == "\n") ? 2 : 1
        // A blank or comment-only line ends no statement (CPython's NL, not NEWLINE).
        if brackets.isEmpty {
          if let last = tokens.last, last.kind != .newline {
            add(.newline, from: start, line: line, column: startColumn)
          }
          atLineStart = true
        }
        newLine()
      case "\\":
        position += 1
        if peek() == "\r" { position += 1 }
        guard peek() == "\n" || peek() == nil else {
          throw fail("unexpected character after line continuation character")
        }
        if peek() == nil {
          throw fail("unexpected EOF while parsing")
        }
        position += 1
        newLine()
      default:
        try token(c)
      }
    }
    if let open = brackets.last {
      throw fail(
        "'\(open.char)' was never closed", line: open.line, offset: open.column + 1)
    }
    let end = scalars.count
    if let last = tokens.last, last.kind != .newline, last.kind != .dedent {
      tokens.append(Token(kind: .newline, line: line, column: column, start: end, end: end))
    }
    while indents.count > 1 {
      indents.removeLast()
      tokens.append(Token(kind: .dedent, line: line, column: 0, start: end, end: end))
    }
    tokens.append(Token(kind: .endMarker, line: line, column: 0, start: end, end: end))
    return tokens
  }

  /// Measures a line's indentation and emits INDENT or DEDENTs; blank and comment lines emit none.
  private mutating func indentation() throws(PythonError) {
    var col = 0, altCol = 0
    while let c = peek() {
      if c == " " {
        col += 1
        altCol += 1
      } else if c == "\t" {
        col = (col / 8 + 1) * 8
        altCol += 1
      } else if c == "\u{0C}" {
        col = 0
        altCol = 0
      } else {
        break
      }
      position += 1
    }
    atLineStart = false
    // A blank line or a comment only: no indentation tokens (CPython's NL).
    if peek() == nil || peek() == "#" || peek() == "\n" || peek() == "\r" { return }
    guard brackets.isEmpty, let top = indents.last else { return }
    let tabError = fail(
      "inconsistent use of tabs and spaces in indentation", kind: "TabError", offset: 1)
    if col == top.column {
      if altCol != top.altColumn { throw tabError }
    } else if col > top.column {
      if altCol <= top.altColumn { throw tabError }
      if indents.count >= Tokenizer.maxIndentDepth {
        throw fail("too many levels of indentation", kind: "IndentationError")
      }
      indents.append((col, altCol))
      add(.indent, from: lineStart, line: line, column: 0)
    } else {
      while let last = indents.last, indents.count > 1, col < last.column {
        indents.removeLast()
        add(.dedent, from: position, line: line, column: column)
      }
      guard let last = indents.last, col == last.column else {
        var lineEnd = position
        while lineEnd < scalars.count, scalars[lineEnd] != "\n", scalars[lineEnd] != "\r" {
          lineEnd += 1
        }
        throw fail(
          "unindent does not match any outer indentation level", kind: "IndentationError",
          offset: lineEnd - lineStart + 1)
      }
      if altCol != last.altColumn { throw tabError }
    }
  }

  private static let threeCharOps: Set<String> = ["**=", "//=", ">>=", "<<=", "..."]
  private static let twoCharOps: Set<String> = [
    "**", "//", "==", "!=", "<=", ">=", "+=", "-=", "*=", "/=", "%=", "@=", "&=", "|=", "^=", "->",
    ":=", "<<", ">>",
  ]
  private static let oneCharOps: Set<Unicode.Scalar> = [
    "+", "-", "*", "/", "%", "@", "&", "|", "^", "~", "<", ">", "(", ")", "[", "]", "{", "}", ",",
    ":", ";", ".", "=",
  ]

  private mutating func token(_ c: Unicode.Scalar) throws(PythonError) {
    let start = position, startColumn = column, startLine = line
    if c == "_" || c.properties.isAlphabetic {
      while let next = peek(), next == "_" || next.properties.isAlphabetic || isDigit(next) {
        position += 1
      }
      let word = String(String.UnicodeScalarView(scalars[start..<position]))
      if let quote = peek(), quote == "'" || quote == "\"", let prefix = stringPrefix(word) {
        try string(prefix: prefix, start: start, startColumn: startColumn)
        return
      }
      add(.name(word), from: start, line: startLine, column: startColumn)
      return
    }
    if isDigit(c) || (c == "." && peek(1).map(isDigit) == true) {
      try number(start: start, startColumn: startColumn)
      return
    }
    if c == "'" || c == "\"" {
      try string(prefix: "", start: start, startColumn: startColumn)
      return
    }
    for length in [3, 2] where position + length <= scalars.count {
      let text = String(String.UnicodeScalarView(scalars[position..<position + length]))
      if (length == 3 ? Tokenizer.threeCharOps : Tokenizer.twoCharOps).contains(text) {
        position += length
        add(.op(text), from: start, line: startLine, column: startColumn)
        return
      }
    }
    guard Tokenizer.oneCharOps.contains(c) else {
      if c == "!" || c == "$" || c == "?" || c == "`" || c.isASCII {
        throw fail("invalid syntax", offset: startColumn + 1)
      }
      let hex = String(c.value, radix: 16, uppercase: true)
      let code = String(repeating: "0", count: max(0, 4 - hex.count)) + hex
      throw fail("invalid character '\(Character(c))' (U+\(code))", offset: startColumn + 1)
    }
    position += 1
    try bracket(c, line: startLine, column: startColumn)
    add(.op(String(Character(c))), from: start, line: startLine, column: startColumn)
  }

  /// Tracks `( [ {` and checks each closing bracket against the open one, in CPython's words.
  private mutating func bracket(_ c: Unicode.Scalar, line: Int, column: Int) throws(PythonError) {
    switch c {
    case "(", "[", "{":
      if brackets.count >= Tokenizer.maxBracketDepth {
        throw fail("too many nested parentheses", offset: column + 1)
      }
      brackets.append((c, line, column))
    case ")", "]", "}":
      guard let open = brackets.popLast() else {
        throw fail("unmatched '\(Character(c))'", offset: column + 1)
      }
      let expected: Unicode.Scalar = open.char == "(" ? ")" : open.char == "[" ? "]" : "}"
      if c != expected {
        let message =
          open.line == line
          ? "closing parenthesis '\(Character(c))' does not match opening parenthesis '\(Character(open.char))'"
          : "closing parenthesis '\(Character(c))' does not match opening parenthesis '\(Character(open.char))' on line \(open.line)"
        throw fail(message, offset: column + 1)
      }
    default:
      break
    }
  }

  private func isDigit(_ c: Unicode.Scalar) -> Bool { c >= "0" && c <= "9" }

  /// The lower-cased prefix when `word` is a string prefix (`r`, `f`, `rf`, `b`, `u`, ...).
  private func stringPrefix(_ word: String) -> String? {
    let lower = word.lowercased()
    let prefixes: Set<String> = ["r", "u", "f", "b", "rf", "fr", "br", "rb"]
    return prefixes.contains(lower) ? lower : nil
  }

  // MARK: Numbers

  private mutating func number(start: Int, startColumn: Int) throws(PythonError) {
    let invalid = fail("invalid decimal literal", offset: startColumn + 1)
    if peek() == "0", let base = peek(1).map({ Character($0).lowercased() }),
      base == "x" || base == "o" || base == "b"
    {
      position += 2
      let radix = base == "x" ? 16 : base == "o" ? 8 : 2
      var digits = ""
      while let c = peek(), c == "_" || Character(c).isHexDigit {
        if c != "_" { digits.append(Character(c)) }
        position += 1
      }
      guard let value = Int(digits, radix: radix) else {
        throw fail(
          "invalid \(radix == 16 ? "hexadecimal" : radix == 8 ? "octal" : "binary") literal")
      }
      add(.int(value), from: start, line: line, column: startColumn)
      return
    }
    var text = ""
    var isFloat = false
    /// Digits with single underscores between them; an underscore elsewhere is invalid.
    func digits(_ tokenizer: inout Tokenizer) throws(PythonError) {
      while let c = tokenizer.peek(), tokenizer.isDigit(c) || c == "_" {
        if c == "_" {
          guard let next = tokenizer.peek(1), tokenizer.isDigit(next) else {
            throw tokenizer.fail("invalid decimal literal", offset: tokenizer.column + 1)
          }
        } else {
          text.append(Character(c))
        }
        tokenizer.position += 1
      }
    }
    try digits(&self)
    if peek() == "." {
      isFloat = true
      text.append(".")
      position += 1
      try digits(&self)
    }
    if let e = peek(), e == "e" || e == "E" {
      isFloat = true
      text.append("e")
      position += 1
      if let sign = peek(), sign == "+" || sign == "-" {
        text.append(Character(sign))
        position += 1
      }
      guard let first = peek(), isDigit(first) else { throw invalid }
      try digits(&self)
    }
    if let c = peek(), c == "j" || c == "J" {
      throw fail(
        "complex numbers are outside the Python subset unroll check interprets",
        kind: "UnsupportedError",
        offset: startColumn + 1)
    }
    if let c = peek(), c == "_" || c.properties.isAlphabetic || isDigit(c) { throw invalid }
    if isFloat {
      guard let value = Double(text.hasPrefix(".") ? "0" + text : text) else { throw invalid }
      add(.float(value), from: start, line: line, column: startColumn)
    } else {
      if text.count > 1, text.hasPrefix("0"), text.contains(where: { $0 != "0" }) {
        throw fail(
          "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
          offset: startColumn + 1)
      }
      guard let value = Int(text) else {
        throw fail(
          "integers beyond 64 bits are outside the Python subset unroll check interprets",
          kind: "UnsupportedError", offset: startColumn + 1)
      }
      add(.int(value), from: start, line: line, column: startColumn)
    }
  }

  // MARK: Strings

  private mutating func string(prefix: String, start: Int, startColumn: Int) throws(PythonError) {
    let startLine = line
    guard let quote = peek() else { return }
    if prefix.contains("b") {
      throw fail(
        "bytes literals are outside the Python subset unroll check interprets",
        kind: "UnsupportedError", offset: startColumn + 1)
    }
    let isRaw = prefix.contains("r"), isFormatted = prefix.contains("f")
    let isTriple = peek(1) == quote && peek(2) == quote
    position += isTriple ? 3 : 1
    var value = ""
    while true {
      guard let c = peek() else {
        // At the end of a file that ends with a line break, CPython counts the last line.
        let lastLine = position > 0 && scalars[position - 1] == "\n" ? line - 1 : line
        throw fail(
          isTriple
            ? "unterminated triple-quoted string literal (detected at line \(lastLine))"
            : "unterminated string literal (detected at line \(line))",
          line: startLine, offset: startColumn + 1)
      }
      if c == quote && (!isTriple || (peek(1) == quote && peek(2) == quote)) {
        position += isTriple ? 3 : 1
        break
      }
      if c == "\n" || c == "\r" {
        guard isTriple else {
          throw fail(
            "unterminated string literal (detected at line \(line))", line: startLine,
            offset: startColumn + 1)
        }
        value.append("\n")
        position += (c == "\r" && peek(1) == "\n") ? 2 : 1
        newLine()
        continue
      }
      if c == "\\" {
        guard let next = peek(1) else {
          position += 1
          continue
        }
        if isRaw || isFormatted {
          // Raw strings keep the backslash; f-strings resolve escapes after splitting fields.
          value.unicodeScalars.append(c)
          value.unicodeScalars.append(next)
          position += 2
          if next == "\n" { newLine() }
          continue
        }
        position += 2
        if next == "\n" {
          newLine()
          continue
        }
        value.unicodeScalars.append(contentsOf: try escape(next))
        continue
      }
      value.unicodeScalars.append(c)
      position += 1
    }
    tokens.append(
      Token(
        kind: .string(value, isFormatted: isFormatted), line: startLine, column: startColumn,
        start: start, end: position))
  }

  /// The scalars an escape `\c` stands for (the backslash and `c` already consumed).
  private mutating func escape(_ c: Unicode.Scalar) throws(PythonError) -> [Unicode.Scalar] {
    switch c {
    case "n": return ["\n"]
    case "t": return ["\t"]
    case "r": return ["\r"]
    case "0": return ["\0"]
    case "a": return ["\u{07}"]
    case "b": return ["\u{08}"]
    case "f": return ["\u{0C}"]
    case "v": return ["\u{0B}"]
    case "\\", "'", "\"": return [c]
    case "x", "u", "U":
      let count = c == "x" ? 2 : c == "u" ? 4 : 8
      var hex = ""
      for _ in 0..<count {
        guard let h = peek(), Character(h).isHexDigit else {
          throw fail("a malformed \\\(c) escape", kind: "UnsupportedError")
        }
        hex.unicodeScalars.append(h)
        position += 1
      }
      guard let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) else {
        throw fail("a malformed \\\(c) escape", kind: "UnsupportedError")
      }
      return [scalar]
    default:
      return ["\\", c]
    }
  }
}

extension Tokenizer {
  /// Resolves the escapes of an f-string's literal text (after its fields are split off).
  static func resolveEscapes(_ raw: String) -> String {
    var out = ""
    var iterator = Array(raw.unicodeScalars)[...]
    while let c = iterator.popFirst() {
      guard c == "\\", let next = iterator.popFirst() else {
        out.unicodeScalars.append(c)
        continue
      }
      switch next {
      case "n": out.append("\n")
      case "t": out.append("\t")
      case "r": out.append("\r")
      case "\\", "'", "\"": out.unicodeScalars.append(next)
      case "\n": break
      default:
        out.unicodeScalars.append(c)
        out.unicodeScalars.append(next)
      }
    }
    return out
  }
}
