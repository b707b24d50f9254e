/// A recursive-descent parser for the subset's statements; expressions are in
/// Parser+Expressions.swift (precedence climbing, one function per level).
///
/// Errors are CPython 3.11's where the subset can say them the same way (`invalid syntax` at the
/// first token that cannot continue the statement, `expected ':'`, `expected an indented block
/// after 'for' statement on line 3`, `unexpected indent`, `cannot assign to function call`, ...);
/// a construct Python has and the subset does not is an `UnsupportedError` naming it.
struct Parser {
  let tokens: [Token]
  var index = 0
  /// How deeply expressions nest right now, against `maxNesting`.
  var nesting = 0
  /// Loops and functions around the statement being parsed, for `'break' outside loop`.
  var loopDepth = 0
  var functionDepth = 0

  /// The deepest expression nesting accepted (a bracket counts two, an operator one), so that
  /// parsing and evaluating never exhaust the Swift stack; CPython's own limit of 200 nested
  /// brackets comes first.
  static let maxNesting = 500

  init(tokens: [Token]) { self.tokens = tokens }

  /// Tokenizes and parses a whole file.
  static func parse(_ text: String) throws(PythonError) -> Module {
    var parser = Parser(tokens: try Tokenizer.tokenize(text))
    return Module(body: try parser.file())
  }

  var current: Token { tokens[min(index, tokens.count - 1)] }

  func peek(_ offset: Int = 1) -> Token { tokens[min(index + offset, tokens.count - 1)] }

  mutating func advance() -> Token {
    let token = current
    if index < tokens.count - 1 { index += 1 }
    return token
  }

  /// The previous token (the last one consumed).
  var previous: Token { tokens[max(0, index - 1)] }

  func syntaxError(_ message: String = "invalid syntax", at token: Token? = nil) -> PythonError {
    let token = token ?? current
    return PythonError(
      kind: "SyntaxError", message: message, line: token.line, column: token.column + 1)
  }

  func unsupported(_ construct: String, at token: Token? = nil) -> PythonError {
    let token = token ?? current
    return PythonError(
      kind: "UnsupportedError",
      message: "\(construct) is outside the Python subset unroll check interprets",
      line: token.line, column: token.column + 1)
  }

  mutating func expectOp(_ symbol: String, _ message: String? = nil) throws(PythonError) {
    guard current.isOp(symbol) else { throw syntaxError(message ?? "invalid syntax") }
    _ = advance()
  }

  // MARK: Statements

  mutating func file() throws(PythonError) -> [Stmt] {
    var body: [Stmt] = []
    while current.kind != .endMarker {
      if current.kind == .newline {
        _ = advance()
        continue
      }
      body += try statement()
    }
    return body
  }

  /// One statement: a compound one, or a line of simple ones separated by `;`.
  mutating func statement() throws(PythonError) -> [Stmt] {
    let token = current
    if token.kind == .indent {
      throw PythonError(
        kind: "IndentationError", message: "unexpected indent", line: peek().line,
        column: peek().column)
    }
    if case .name(let word) = token.kind {
      switch word {
      case "if": return [try ifStatement()]
      case "for": return [try forStatement()]
      case "while": return [try whileStatement()]
      case "def": return [try functionDef()]
      case "class": return [try classDef()]
      case "try", "with", "async":
        throw unsupported("'\(word)' statements")
      default: break
      }
    }
    if token.isOp("@") { throw unsupported("decorators") }
    var statements = [try simpleStatement()]
    while current.isOp(";") {
      _ = advance()
      if current.kind == .newline { break }
      statements.append(try simpleStatement())
    }
    guard current.kind == .newline else { throw syntaxError() }
    _ = advance()
    return statements
  }

  /// The statements after a compound statement's `:`: an indented block or one line.
  mutating func block(after header: String, line: Int) throws(PythonError) -> [Stmt] {
    try expectOp(":", "expected ':'")
    guard current.kind == .newline else {
      var statements = [try simpleStatement()]
      while current.isOp(";") {
        _ = advance()
        if current.kind == .newline { break }
        statements.append(try simpleStatement())
      }
      guard current.kind == .newline else { throw syntaxError() }
      _ = advance()
      return statements
    }
    _ = advance()
    guard current.kind == .indent else {
      throw PythonError(
        kind: "IndentationError",
        message: "expected an indented block after \(header) on line \(line)",
        line: current.line, column: current.column + 1)
    }
    _ = advance()
    var body: [Stmt] = []
    while current.kind != .dedent && current.kind != .endMarker {
      body += try statement()
    }
    if current.kind == .dedent { _ = advance() }
    return body
  }

  mutating func ifStatement() throws(PythonError) -> Stmt {
    let start = advance()
    var branches: [(test: Expr, body: [Stmt])] = []
    let test = try namedTest()
    branches.append((test, try block(after: "'if' statement", line: start.line)))
    var orElse: [Stmt] = []
    while current.isName("elif") {
      let elif = advance()
      let test = try namedTest()
      branches.append((test, try block(after: "'elif' statement", line: elif.line)))
    }
    if current.isName("else") {
      let elseToken = advance()
      orElse = try block(after: "'else' statement", line: elseToken.line)
    }
    return Stmt(kind: .ifElse(branches: branches, orElse: orElse), line: start.line)
  }

  mutating func forStatement() throws(PythonError) -> Stmt {
    let start = advance()
    let target = try targetList()
    try checkTarget(target)
    guard current.isName("in") else { throw syntaxError() }
    _ = advance()
    let iterable = try testList()
    loopDepth += 1
    let body = try block(after: "'for' statement", line: start.line)
    loopDepth -= 1
    var orElse: [Stmt] = []
    if current.isName("else") {
      let elseToken = advance()
      orElse = try block(after: "'else' statement", line: elseToken.line)
    }
    return Stmt(
      kind: .forLoop(target: target, iterable: iterable, body: body, orElse: orElse),
      line: start.line)
  }

  mutating func whileStatement() throws(PythonError) -> Stmt {
    let start = advance()
    let test = try namedTest()
    loopDepth += 1
    let body = try block(after: "'while' statement", line: start.line)
    loopDepth -= 1
    var orElse: [Stmt] = []
    if current.isName("else") {
      let elseToken = advance()
      orElse = try block(after: "'else' statement", line: elseToken.line)
    }
    return Stmt(kind: .whileLoop(test: test, body: body, orElse: orElse), line: start.line)
  }

  /// A test where CPython would also accept `:=`, which the subset refuses.
  mutating func namedTest() throws(PythonError) -> Expr {
    let test = try self.test()
    if current.isOp(":=") { throw unsupported("the walrus operator ':='") }
    return test
  }

  mutating func functionDef() throws(PythonError) -> Stmt {
    let start = advance()
    guard case .name(let name) = current.kind, !pythonKeywords.contains(name) else {
      throw syntaxError()
    }
    _ = advance()
    try expectOp("(")
    var parameters: [Parameter] = []
    while !current.isOp(")") {
      if current.isOp("*") || current.isOp("**") {
        throw unsupported("'\(current.isOp("*") ? "*args" : "**kwargs")' parameters")
      }
      if current.isOp("/") { throw unsupported("positional-only parameters ('/')") }
      let nameToken = current
      guard case .name(let parameter) = nameToken.kind, !pythonKeywords.contains(parameter)
      else { throw syntaxError() }
      _ = advance()
      if current.isOp(":") {
        _ = advance()
        _ = try test()  // an annotation: parsed, ignored
      }
      var defaultValue: Expr?
      if current.isOp("=") {
        _ = advance()
        defaultValue = try test()
      } else if parameters.last?.defaultValue != nil {
        throw syntaxError("non-default argument follows default argument", at: nameToken)
      }
      if parameters.contains(where: { $0.name == parameter }) {
        throw syntaxError(
          "duplicate argument '\(parameter)' in function definition", at: nameToken)
      }
      parameters.append(Parameter(name: parameter, defaultValue: defaultValue))
      guard current.isOp(",") else { break }
      _ = advance()
    }
    try expectOp(")")
    if current.isOp("->") {
      _ = advance()
      _ = try test()
    }
    let outerLoops = loopDepth
    loopDepth = 0
    functionDepth += 1
    let body = try block(after: "function definition", line: start.line)
    functionDepth -= 1
    loopDepth = outerLoops
    let def = FunctionDef(name: name, parameters: parameters, body: body, line: start.line)
    return Stmt(kind: .function(def), line: start.line)
  }

  mutating func classDef() throws(PythonError) -> Stmt {
    let start = advance()
    guard case .name(let name) = current.kind, !pythonKeywords.contains(name) else {
      throw syntaxError()
    }
    _ = advance()
    var base: Expr?
    if current.isOp("(") {
      _ = advance()
      if !current.isOp(")") {
        base = try test()
        if current.isOp(",") {
          _ = advance()
          if !current.isOp(")") { throw unsupported("a class with several base classes") }
        }
      }
      try expectOp(")")
    }
    let outerLoops = loopDepth, outerFunctions = functionDepth
    loopDepth = 0
    functionDepth = 0
    let body = try block(after: "class definition", line: start.line)
    loopDepth = outerLoops
    functionDepth = outerFunctions
    return Stmt(
      kind: .classDef(ClassDef(name: name, base: base, body: body, line: start.line)),
      line: start.line)
  }

  /// One simple statement: pass, break, continue, return, import, assert, an assignment, or an
  /// expression.
  mutating func simpleStatement() throws(PythonError) -> Stmt {
    let token = current
    if case .name(let word) = token.kind {
      switch word {
      case "pass":
        _ = advance()
        return Stmt(kind: .pass, line: token.line)
      case "break", "continue":
        guard loopDepth > 0 else { throw syntaxError("'\(word)' outside loop", at: token) }
        _ = advance()
        return Stmt(kind: word == "break" ? .breakLoop : .continueLoop, line: token.line)
      case "return":
        guard functionDepth > 0 else { throw syntaxError("'return' outside function", at: token) }
        _ = advance()
        if current.kind == .newline || current.isOp(";") {
          return Stmt(kind: .returnValue(nil), line: token.line)
        }
        return Stmt(kind: .returnValue(try testList()), line: token.line)
      case "import":
        return try importStatement()
      case "from":
        throw unsupported("'from ... import'")
      case "assert":
        _ = advance()
        let test = try self.test()
        var message: Expr?
        if current.isOp(",") {
          _ = advance()
          message = try self.test()
        }
        return Stmt(kind: .assert(test, message: message), line: token.line)
      case "global", "nonlocal", "del", "raise", "yield", "lambda", "await":
        throw unsupported("'\(word)'")
      default:
        break
      }
    }
    let first = try testList(allowStar: true)
    if case .name(let name) = first.kind, name.id == "print", !atStatementEnd,
      current.kind != .op("="), !isOperatorToken(current)
    {
      throw syntaxError(
        "Missing parentheses in call to 'print'. Did you mean print(...)?", at: token)
    }
    if case .op(let op) = current.kind, op.count >= 2, op.hasSuffix("="),
      !["==", "!=", "<=", ">="].contains(op),
      let binary = BinaryOperator(rawValue: String(op.dropLast()))
    {
      try checkAugmentedTarget(first)
      _ = advance()
      let value = try testList()
      return Stmt(kind: .augmentedAssign(target: first, op: binary, value: value), line: token.line)
    }
    if current.isOp(":") {
      throw unsupported("annotated assignments ('x: int = ...')")
    }
    guard current.isOp("=") else {
      return Stmt(kind: .expression(first), line: token.line)
    }
    var targets = [first]
    var value = first
    while current.isOp("=") {
      _ = advance()
      value = try testList(allowStar: true)
      if current.isOp("=") { targets.append(value) }
    }
    for target in targets { try checkTarget(target) }
    return Stmt(kind: .assign(targets: targets, value: value), line: token.line)
  }

  private var atStatementEnd: Bool { current.kind == .newline || current.isOp(";") }

  private func isOperatorToken(_ token: Token) -> Bool {
    if case .op(let op) = token.kind { return op != "(" && op != "[" && op != "{" }
    if case .name(let word) = token.kind {
      return ["if", "else", "and", "or", "in", "is", "not", "for"].contains(word)
    }
    return false
  }

  mutating func importStatement() throws(PythonError) -> Stmt {
    let start = advance()
    guard case .name(var module) = current.kind else { throw syntaxError() }
    let moduleToken = advance()
    while current.isOp(".") {
      _ = advance()
      guard case .name(let part) = current.kind else { throw syntaxError() }
      _ = advance()
      module += "." + part
    }
    var alias = module
    if current.isName("as") {
      _ = advance()
      guard case .name(let name) = current.kind else { throw syntaxError() }
      _ = advance()
      alias = name
    }
    if current.isOp(",") { throw unsupported("importing several modules in one statement") }
    guard module == "numpy" || module == "math" else {
      throw unsupported("importing '\(module)' (only numpy and math are known)", at: moduleToken)
    }
    return Stmt(kind: .importModule(module: module, alias: Name(id: alias)), line: start.line)
  }

  /// Checks that `target` can be assigned to, in CPython's words when it cannot.
  func checkTarget(_ target: Expr) throws(PythonError) {
    let here = Token(
      kind: .op(""), line: target.line, column: target.column, start: target.start,
      end: target.end)
    switch target.kind {
    case .name(let name):
      if name.id == "__debug__" { throw syntaxError("cannot assign to __debug__", at: here) }
    case .attribute, .subscript:
      return
    case .tuple(let items), .list(let items):
      for item in items { try checkTarget(item) }
    case .call:
      throw syntaxError(
        "cannot assign to function call here. Maybe you meant '==' instead of '='?", at: here)
    case .compare:
      throw syntaxError("cannot assign to comparison", at: here)
    case .int, .float, .string, .formatted, .bool, .none, .ellipsis:
      let what: String
      switch target.kind {
      case .bool(let value): what = value ? "True" : "False"
      case .none: what = "None"
      case .ellipsis: what = "ellipsis"
      case .formatted: what = "f-string expression"
      default: what = "literal"
      }
      if case .bool = target.kind { throw syntaxError("cannot assign to \(what)", at: here) }
      if case .none = target.kind { throw syntaxError("cannot assign to \(what)", at: here) }
      throw syntaxError(
        "cannot assign to \(what) here. Maybe you meant '==' instead of '='?", at: here)
    case .binary, .unary, .and, .or, .not:
      throw syntaxError(
        "cannot assign to expression here. Maybe you meant '==' instead of '='?", at: here)
    case .conditional:
      throw syntaxError(
        "cannot assign to conditional expression here. Maybe you meant '==' instead of '='?",
        at: here)
    case .dict:
      throw syntaxError(
        "cannot assign to dict literal here. Maybe you meant '==' instead of '='?", at: here)
    case .listComprehension:
      throw syntaxError(
        "cannot assign to list comprehension here. Maybe you meant '==' instead of '='?", at: here
      )
    case .slice:
      throw syntaxError(at: here)
    }
  }

  /// Checks an augmented assignment's target: one name, attribute or subscript.
  func checkAugmentedTarget(_ target: Expr) throws(PythonError) {
    let here = Token(
      kind: .op(""), line: target.line, column: target.column, start: target.start,
      end: target.end)
    switch target.kind {
    case .name, .attribute, .subscript: return
    case .tuple:
      throw syntaxError("'tuple' is an illegal expression for augmented assignment", at: here)
    case .list:
      throw syntaxError("'list' is an illegal expression for augmented assignment", at: here)
    case .call:
      throw syntaxError(
        "'function call' is an illegal expression for augmented assignment", at: here)
    case .compare:
      throw syntaxError("'comparison' is an illegal expression for augmented assignment", at: here)
    default:
      throw syntaxError("'expression' is an illegal expression for augmented assignment", at: here)
    }
  }
}
