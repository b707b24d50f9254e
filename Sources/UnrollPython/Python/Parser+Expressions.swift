import Foundation

/// Expressions by precedence climbing, loosest first, one function per level as in Python's
/// grammar: testList → test (`a if c else b`) → or → and → not → comparison → `|` → `^` → `&`
/// → shifts → `+ -` → `* / // % @` → unary `- + ~` → `**` → primary (calls, attributes,
/// subscripts) → atom.
extension Parser {
  func node(_ kind: ExprKind, from first: Token) -> Expr {
    Expr(kind: kind, line: first.line, column: first.column, start: first.start, end: previous.end)
  }

  /// Counts one level of nesting and refuses more than `maxNesting`, so that evaluating the tree
  /// (recursive, like parsing it) never runs out of stack.
  mutating func nest() throws(PythonError) {
    nesting += 1
    if nesting > Parser.maxNesting {
      throw PythonError(
        kind: "UnsupportedError",
        message:
          "an expression nested too deeply (more than \(Parser.maxNesting) levels of operators and brackets)",
        line: current.line, column: current.column + 1)
    }
  }

  /// `test, test, ...`: a tuple when there is a comma.
  mutating func testList(allowStar: Bool = false) throws(PythonError) -> Expr {
    let first = current
    if current.isOp("*") { throw unsupported("starred expressions ('*x')") }
    let expr = try test()
    guard current.isOp(",") else { return expr }
    var items = [expr]
    while current.isOp(",") {
      _ = advance()
      if !startsExpression(current) { break }
      if current.isOp("*") { throw unsupported("starred expressions ('*x')") }
      items.append(try test())
    }
    return node(.tuple(items), from: first)
  }

  /// A `for` loop's or a comprehension's target list, which `in` ends.
  ///
  /// Targets are bitwise-or expressions, as in Python's grammar.
  mutating func targetList() throws(PythonError) -> Expr {
    let first = current
    let expr = try bitOr()
    guard current.isOp(",") else { return expr }
    var items = [expr]
    while current.isOp(",") {
      _ = advance()
      if current.isName("in") { break }
      items.append(try bitOr())
    }
    return node(.tuple(items), from: first)
  }

  func startsExpression(_ token: Token) -> Bool {
    switch token.kind {
    case .name(let word):
      return !pythonKeywords.contains(word)
        || ["None", "True", "False", "not", "lambda", "await"].contains(word)
    case .int, .float, .string: return true
    case .op(let op): return ["(", "[", "{", "-", "+", "~", "...", "*"].contains(op)
    default: return false
    }
  }

  /// `or_test ['if' or_test 'else' test]`.
  mutating func test() throws(PythonError) -> Expr {
    try nest()
    defer { nesting -= 1 }
    let first = current
    if current.isName("lambda") { throw unsupported("'lambda'") }
    if current.isName("yield") { throw unsupported("'yield'") }
    let body = try orTest()
    guard current.isName("if") else { return body }
    _ = advance()
    let condition = try orTest()
    guard current.isName("else") else {
      throw syntaxError(
        "expected 'else' after 'if' expression",
        at: Token(kind: .op(""), line: body.line, column: body.column, start: 0, end: 0))
    }
    _ = advance()
    let orElse = try test()
    return node(.conditional(test: condition, body: body, orElse: orElse), from: first)
  }

  mutating func orTest() throws(PythonError) -> Expr {
    let first = current
    let left = try andTest()
    guard current.isName("or") else { return left }
    var items = [left]
    while current.isName("or") {
      _ = advance()
      items.append(try andTest())
    }
    return node(.or(items), from: first)
  }

  mutating func andTest() throws(PythonError) -> Expr {
    let first = current
    let left = try notTest()
    guard current.isName("and") else { return left }
    var items = [left]
    while current.isName("and") {
      _ = advance()
      items.append(try notTest())
    }
    return node(.and(items), from: first)
  }

  mutating func notTest() throws(PythonError) -> Expr {
    let first = current
    guard current.isName("not") else { return try comparison() }
    _ = advance()
    try nest()
    defer { nesting -= 1 }
    let operand = try notTest()
    return node(.not(operand), from: first)
  }

  mutating func comparison() throws(PythonError) -> Expr {
    let first = current
    let left = try bitOr()
    var rest: [(op: ComparisonOperator, right: Expr)] = []
    while let op = comparisonOperator() {
      rest.append((op, try bitOr()))
    }
    return rest.isEmpty ? left : node(.compare(left, rest), from: first)
  }

  /// Consumes a comparison operator (`not in` and `is not` are two tokens).
  mutating func comparisonOperator() -> ComparisonOperator? {
    switch current.kind {
    case .op(let op):
      guard let comparison = ComparisonOperator(rawValue: op) else { return nil }
      _ = advance()
      return comparison
    case .name("in"):
      _ = advance()
      return .contains
    case .name("not") where peek().isName("in"):
      _ = advance()
      _ = advance()
      return .notContains
    case .name("is"):
      _ = advance()
      if current.isName("not") {
        _ = advance()
        return .isNot
      }
      return .isSame
    default:
      return nil
    }
  }

  /// One left-associative level of binary operators.
  mutating func binaryLevel(
    _ operators: [String], _ next: (inout Parser) throws(PythonError) -> Expr
  ) throws(PythonError) -> Expr {
    let first = current
    var left = try next(&self)
    while case .op(let op) = current.kind, operators.contains(op),
      let binary = BinaryOperator(rawValue: op)
    {
      _ = advance()
      let right = try next(&self)
      left = node(.binary(binary, left, right), from: first)
    }
    return left
  }

  mutating func bitOr() throws(PythonError) -> Expr {
    try binaryLevel(["|"]) { (p: inout Parser) throws(PythonError) in try p.bitXor() }
  }
  mutating func bitXor() throws(PythonError) -> Expr {
    try binaryLevel(["^"]) { (p: inout Parser) throws(PythonError) in try p.bitAnd() }
  }
  mutating func bitAnd() throws(PythonError) -> Expr {
    try binaryLevel(["&"]) { (p: inout Parser) throws(PythonError) in try p.shift() }
  }
  mutating func shift() throws(PythonError) -> Expr {
    try binaryLevel(["<<", ">>"]) { (p: inout Parser) throws(PythonError) in try p.arithmetic() }
  }
  mutating func arithmetic() throws(PythonError) -> Expr {
    try binaryLevel(["+", "-"]) { (p: inout Parser) throws(PythonError) in try p.term() }
  }
  mutating func term() throws(PythonError) -> Expr {
    try binaryLevel(["*", "/", "//", "%", "@"]) { (p: inout Parser) throws(PythonError) in
      try p.factor()
    }
  }

  /// `- + ~` factor, or a power.
  mutating func factor() throws(PythonError) -> Expr {
    let first = current
    guard case .op(let op) = current.kind, let unary = UnaryOperator(rawValue: op) else {
      return try power()
    }
    _ = advance()
    try nest()
    defer { nesting -= 1 }
    let operand = try factor()
    // A literal's sign is part of the literal for messages and reprs (`-1`).
    switch (unary, operand.kind) {
    case (.negative, .int(let value)) where value != Int.min:
      return node(.int(-value), from: first)
    case (.negative, .float(let value)):
      return node(.float(-value), from: first)
    default:
      return node(.unary(unary, operand), from: first)
    }
  }

  /// `primary ['**' factor]`: right-associative, binding tighter than a unary minus on its left.
  mutating func power() throws(PythonError) -> Expr {
    let first = current
    let base = try primary()
    guard current.isOp("**") else { return base }
    _ = advance()
    let exponent = try factor()
    return node(.binary(.power, base, exponent), from: first)
  }

  /// An atom followed by calls, attributes and subscripts.
  mutating func primary() throws(PythonError) -> Expr {
    let first = current
    var expr = try atom()
    while true {
      if current.isOp("(") {
        _ = advance()
        let (arguments, keywords) = try callArguments()
        expr = node(.call(expr, arguments: arguments, keywords: keywords), from: first)
      } else if current.isOp("[") {
        _ = advance()
        let index = try subscriptList()
        try expectOp("]")
        expr = node(.subscript(expr, index: index), from: first)
      } else if current.isOp(".") {
        _ = advance()
        guard case .name(let attribute) = current.kind, !pythonKeywords.contains(attribute) else {
          throw syntaxError()
        }
        _ = advance()
        expr = node(.attribute(expr, attribute), from: first)
      } else {
        return expr
      }
    }
  }

  /// The arguments of a call, after its `(`, through its `)`.
  mutating func callArguments() throws(PythonError) -> ([Expr], [Keyword]) {
    var arguments: [Expr] = []
    var keywords: [Keyword] = []
    // CPython points at the closing parenthesis.
    var positionalAfterKeyword = false
    while !current.isOp(")") {
      if current.isOp("*") || current.isOp("**") {
        throw unsupported("unpacking arguments with '\(current.isOp("*") ? "*" : "**")'")
      }
      if case .name(let name) = current.kind, peek().isOp("="), !pythonKeywords.contains(name) {
        _ = advance()
        _ = advance()
        keywords.append(Keyword(name: name, value: try test()))
      } else {
        let argumentToken = current
        let argument = try test()
        if current.isName("for") {
          // A generator expression as the only argument: evaluated as a list.
          let first = argumentToken
          let clauses = try comprehensionClauses()
          arguments.append(
            node(.listComprehension(element: argument, clauses: clauses), from: first))
        } else {
          if !keywords.isEmpty { positionalAfterKeyword = true }
          arguments.append(argument)
        }
      }
      guard current.isOp(",") else { break }
      _ = advance()
    }
    if positionalAfterKeyword && current.isOp(")") {
      throw syntaxError("positional argument follows keyword argument")
    }
    try expectOp(")")
    return (arguments, keywords)
  }

  /// A subscript: one index or slice, or a tuple of them.
  mutating func subscriptList() throws(PythonError) -> Expr {
    let first = current
    let item = try subscriptItem()
    guard current.isOp(",") else { return item }
    var items = [item]
    while current.isOp(",") {
      _ = advance()
      if current.isOp("]") { break }
      items.append(try subscriptItem())
    }
    return node(.tuple(items), from: first)
  }

  /// `test` or `[test] : [test] [: [test]]`.
  mutating func subscriptItem() throws(PythonError) -> Expr {
    let first = current
    var start: Expr?
    if !current.isOp(":") {
      start = try test()
      guard current.isOp(":") else { return start ?? node(.none, from: first) }
    }
    _ = advance()
    var stop: Expr?, step: Expr?
    if !current.isOp(":") && !current.isOp("]") && !current.isOp(",") { stop = try test() }
    if current.isOp(":") {
      _ = advance()
      if !current.isOp("]") && !current.isOp(",") { step = try test() }
    }
    return node(.slice(start, stop, step), from: first)
  }

  /// `for target in iterable [if condition]...`, one or more.
  mutating func comprehensionClauses() throws(PythonError) -> [Comprehension] {
    var clauses: [Comprehension] = []
    while current.isName("for") {
      _ = advance()
      let target = try targetList()
      try checkTarget(target)
      guard current.isName("in") else { throw syntaxError() }
      _ = advance()
      let iterable = try orTest()
      var conditions: [Expr] = []
      while current.isName("if") {
        _ = advance()
        conditions.append(try orTest())
      }
      clauses.append(Comprehension(target: target, iterable: iterable, conditions: conditions))
    }
    return clauses
  }

  mutating func atom() throws(PythonError) -> Expr {
    let token = current
    switch token.kind {
    case .name(let word):
      switch word {
      case "None":
        _ = advance()
        return node(.none, from: token)
      case "True", "False":
        _ = advance()
        return node(.bool(word == "True"), from: token)
      case "lambda": throw unsupported("'lambda'")
      case "await", "yield": throw unsupported("'\(word)'")
      default:
        guard !pythonKeywords.contains(word) else { throw syntaxError() }
        _ = advance()
        return node(.name(Name(id: word)), from: token)
      }
    case .int(let value):
      _ = advance()
      return node(.int(value), from: token)
    case .float(let value):
      _ = advance()
      return node(.float(value), from: token)
    case .string:
      return try strings()
    case .op("("):
      _ = advance()
      try nest()
      defer { nesting -= 1 }
      if current.isOp(")") {
        _ = advance()
        return node(.tuple([]), from: token)
      }
      let inner = try test()
      if current.isName("for") {
        let clauses = try comprehensionClauses()
        try expectOp(")")
        return node(.listComprehension(element: inner, clauses: clauses), from: token)
      }
      guard current.isOp(",") else {
        try expectOp(")")
        var grouped = inner
        grouped.start = token.start
        grouped.end = previous.end
        return grouped
      }
      var items = [inner]
      while current.isOp(",") {
        _ = advance()
        if current.isOp(")") { break }
        items.append(try test())
      }
      try expectOp(")")
      return node(.tuple(items), from: token)
    case .op("["):
      _ = advance()
      try nest()
      defer { nesting -= 1 }
      var items: [Expr] = []
      if !current.isOp("]") {
        let firstItem = try test()
        if current.isName("for") {
          let clauses = try comprehensionClauses()
          try expectOp("]")
          return node(.listComprehension(element: firstItem, clauses: clauses), from: token)
        }
        items.append(firstItem)
        while current.isOp(",") {
          _ = advance()
          if current.isOp("]") { break }
          items.append(try test())
        }
      }
      try expectOp("]")
      return node(.list(items), from: token)
    case .op("{"):
      _ = advance()
      try nest()
      defer { nesting -= 1 }
      var entries: [(key: Expr, value: Expr)] = []
      while !current.isOp("}") {
        if current.isOp("**") { throw unsupported("'**' in a dict literal") }
        let key = try test()
        if entries.isEmpty && (current.isOp(",") || current.isOp("}") || current.isName("for")) {
          throw unsupported("set literals and comprehensions")
        }
        guard current.isOp(":") else {
          // CPython points at the key's last character.
          let endColumn = key.column + (key.end - key.start) - 1
          throw syntaxError(
            "':' expected after dictionary key",
            at: Token(kind: .op(""), line: key.line, column: endColumn, start: 0, end: 0))
        }
        _ = advance()
        let value = try test()
        if current.isName("for") { throw unsupported("dict comprehensions") }
        entries.append((key, value))
        guard current.isOp(",") else { break }
        _ = advance()
      }
      try expectOp("}")
      return node(.dict(entries), from: token)
    case .op("..."):
      _ = advance()
      return node(.ellipsis, from: token)
    default:
      throw syntaxError()
    }
  }

  /// Adjacent string literals, concatenated; f-strings split into literal text and fields.
  mutating func strings() throws(PythonError) -> Expr {
    let first = current
    var parts: [FormatPart] = []
    var isFormatted = false
    while case .string(let text, let formatted) = current.kind {
      let token = advance()
      if formatted {
        isFormatted = true
        parts += try formatParts(text, token: token)
      } else {
        parts.append(.literal(text))
      }
    }
    guard isFormatted else {
      let text = parts.map { part -> String in
        if case .literal(let text) = part { return text }
        return ""
      }.joined()
      return node(.string(text), from: first)
    }
    return node(.formatted(parts), from: first)
  }

  /// Splits an f-string's raw text into literal parts and `{expr!c:spec}` fields.
  func formatParts(_ raw: String, token: Token) throws(PythonError) -> [FormatPart] {
    let scalars = Array(raw.unicodeScalars)
    var parts: [FormatPart] = []
    var literal = ""
    var i = 0
    func flush() {
      if !literal.isEmpty { parts.append(.literal(Tokenizer.resolveEscapes(literal))) }
      literal = ""
    }
    while i < scalars.count {
      let c = scalars[i]
      if c == "{" && i + 1 < scalars.count && scalars[i + 1] == "{" {
        literal.append("{")
        i += 2
        continue
      }
      if c == "}" {
        guard i + 1 < scalars.count, scalars[i + 1] == "}" else {
          throw syntaxError("f-string: single '}' is not allowed", at: token)
        }
        literal.append("}")
        i += 2
        continue
      }
      guard c == "{" else {
        literal.unicodeScalars.append(c)
        i += 1
        continue
      }
      flush()
      // The field's expression runs to a top-level `!`, `:` or `}`.
      var depth = 0
      var j = i + 1
      var quote: Unicode.Scalar?
      while j < scalars.count {
        let d = scalars[j]
        if let q = quote {
          if d == q { quote = nil }
        } else if d == "'" || d == "\"" {
          quote = d
        } else if d == "(" || d == "[" || d == "{" {
          depth += 1
        } else if d == ")" || d == "]" || (d == "}" && depth > 0) {
          depth -= 1
        } else if depth == 0
          && (d == "}" || d == ":" || (d == "!" && j + 1 < scalars.count && scalars[j + 1] != "="))
        {
          break
        }
        j += 1
      }
      guard j < scalars.count else {
        throw syntaxError("f-string: expecting '}'", at: token)
      }
      let source = String(String.UnicodeScalarView(scalars[(i + 1)..<j]))
      guard !source.trimmingCharacters(in: .whitespaces).isEmpty else {
        throw syntaxError("f-string: empty expression not allowed", at: token)
      }
      let expr = try Parser.fieldExpression(source, token: token)
      var conversion: Character?
      if scalars[j] == "!" {
        guard j + 1 < scalars.count else { throw syntaxError("f-string: expecting '}'", at: token) }
        conversion = Character(scalars[j + 1])
        guard conversion == "r" || conversion == "s" || conversion == "a" else {
          throw syntaxError(
            "f-string: invalid conversion character: expected 's', 'r', or 'a'", at: token)
        }
        j += 2
      }
      var spec: [FormatPart] = []
      if j < scalars.count && scalars[j] == ":" {
        // The spec runs to the matching `}`; nested fields are allowed.
        var k = j + 1
        var specDepth = 0
        while k < scalars.count {
          if scalars[k] == "{" { specDepth += 1 }
          if scalars[k] == "}" {
            if specDepth == 0 { break }
            specDepth -= 1
          }
          k += 1
        }
        let specText = String(String.UnicodeScalarView(scalars[(j + 1)..<min(k, scalars.count)]))
        spec = try formatParts(specText, token: token)
        j = k
      }
      guard j < scalars.count, scalars[j] == "}" else {
        throw syntaxError("f-string: expecting '}'", at: token)
      }
      parts.append(.field(expr, conversion: conversion, spec: spec))
      i = j + 1
    }
    flush()
    return parts
  }

  /// Parses one f-string field's expression; its positions are those of the f-string token.
  static func fieldExpression(_ source: String, token: Token) throws(PythonError) -> Expr {
    let tokens: [Token]
    do throws(PythonError) {
      tokens = try Tokenizer.tokenize("(" + source + ")")
    } catch {
      throw PythonError(
        kind: "SyntaxError", message: "f-string: \(error.message)", line: token.line,
        column: token.column + 1)
    }
    var parser = Parser(tokens: tokens)
    var expr: Expr
    do throws(PythonError) {
      expr = try parser.testList()
      guard parser.current.kind == .newline else { throw parser.syntaxError() }
    } catch {
      if error.kind == "UnsupportedError" {
        throw PythonError(
          kind: error.kind, message: error.message, line: token.line, column: token.column + 1)
      }
      throw PythonError(
        kind: "SyntaxError", message: "f-string: \(error.message)", line: token.line,
        column: token.column + 1)
    }
    relocate(&expr, to: token)
    return expr
  }

  /// Moves a field's expression (parsed alone) onto its f-string token's line and span.
  static func relocate(_ expr: inout Expr, to token: Token) {
    expr.line = token.line
    expr.column = token.column
    expr.start = token.start
    expr.end = token.end
  }
}
