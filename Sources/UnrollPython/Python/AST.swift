/// The syntax tree of the subset: small value types, each node with its line and column and the
/// span of source it came from (so an assignment's target can be shown as written).

/// An expression node.
struct Expr: Sendable {
  var kind: ExprKind
  /// 1-based line and 0-based column of the first token.
  var line: Int
  var column: Int
  /// Offsets (Unicode scalars into the file) of the first character and one past the last.
  var start: Int
  var end: Int
}

/// Where a name lives, decided by the resolver before anything runs.
enum Scope: Sendable, Equatable {
  /// Not resolved yet (the parser's output).
  case unresolved
  /// A slot of the running frame: a function's parameter or local, or a comprehension variable.
  case local(Int)
  /// A slot of the module's globals (falling back to the builtins).
  case global(Int)
  /// A name in a class body: the class namespace, then the globals, looked up by name.
  case classBody
}

/// A name as written and where it lives.
struct Name: Sendable {
  var id: String
  var scope: Scope = .unresolved
}

/// The binary operators, by precedence level in `Parser`.
enum BinaryOperator: String, Sendable {
  case add = "+", subtract = "-", multiply = "*", divide = "/", floorDivide = "//"
  case modulo = "%", power = "**", matmul = "@"
  case bitAnd = "&", bitOr = "|", bitXor = "^", shiftLeft = "<<", shiftRight = ">>"
}

/// The comparison operators; a chain `a < b < c` holds several.
enum ComparisonOperator: String, Sendable {
  case less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">=", equal = "=="
  case notEqual = "!=", isSame = "is", isNot = "is not", contains = "in", notContains = "not in"
}

/// The unary operators (`not` is its own node: it binds more loosely).
enum UnaryOperator: String, Sendable {
  case negative = "-", positive = "+", invert = "~"
}

/// One piece of an f-string: literal text, or a field `{expr!conversion:spec}`.
enum FormatPart: Sendable {
  case literal(String)
  /// `spec` may itself hold fields (`{x:{width}}`); `conversion` is "r", "s" or nil.
  case field(Expr, conversion: Character?, spec: [FormatPart])
}

/// One `for target in iterable if condition` clause of a comprehension.
struct Comprehension: Sendable {
  var target: Expr
  var iterable: Expr
  var conditions: [Expr]
}

/// A keyword argument `name=value` of a call.
struct Keyword: Sendable {
  var name: String
  var value: Expr
}

/// What an expression is.
indirect enum ExprKind: Sendable {
  case name(Name)
  case int(Int)
  case float(Double)
  case string(String)
  case bool(Bool)
  case none
  case ellipsis
  case formatted([FormatPart])
  case tuple([Expr])
  case list([Expr])
  case dict([(key: Expr, value: Expr)])
  case listComprehension(element: Expr, clauses: [Comprehension])
  case unary(UnaryOperator, Expr)
  case binary(BinaryOperator, Expr, Expr)
  case and([Expr])
  case or([Expr])
  case not(Expr)
  case compare(Expr, [(op: ComparisonOperator, right: Expr)])
  case conditional(test: Expr, body: Expr, orElse: Expr)
  case call(Expr, arguments: [Expr], keywords: [Keyword])
  case attribute(Expr, String)
  case `subscript`(Expr, index: Expr)
  /// `start:stop:step` inside a subscript.
  case slice(Expr?, Expr?, Expr?)
}

/// A statement node.
struct Stmt: Sendable {
  var kind: StmtKind
  /// The 1-based line of the statement's first token.
  var line: Int
}

/// What a statement is.
indirect enum StmtKind: Sendable {
  case expression(Expr)
  /// `a = b = value`: the targets in source order.
  case assign(targets: [Expr], value: Expr)
  case augmentedAssign(target: Expr, op: BinaryOperator, value: Expr)
  case ifElse(branches: [(test: Expr, body: [Stmt])], orElse: [Stmt])
  case forLoop(target: Expr, iterable: Expr, body: [Stmt], orElse: [Stmt])
  case whileLoop(test: Expr, body: [Stmt], orElse: [Stmt])
  case breakLoop
  case continueLoop
  case pass
  case returnValue(Expr?)
  case assert(Expr, message: Expr?)
  case function(FunctionDef)
  case classDef(ClassDef)
  /// `import numpy as np`, `import math`: the module and the name it is bound to.
  case importModule(module: String, alias: Name)
}

/// A parameter of a `def`, with its default.
struct Parameter: Sendable {
  var name: String
  var defaultValue: Expr?
}

/// A `def`: shared by every function value made from it, so its slots are resolved once.
final class FunctionDef: @unchecked Sendable {
  let name: String
  /// "SimpleRNN.backward", "generate_data", "f.<locals>.g".
  var qualifiedName: String
  var parameters: [Parameter]
  var body: [Stmt]
  let line: Int
  /// The binding of the def's own name in the enclosing scope.
  var binding: Name
  /// Filled by the resolver: the frame's slot count and the names of the first slots
  /// (parameters first, then locals; comprehension variables have the names they shadow).
  var slotNames: [String] = []
  /// How many of the slots are the function's named locals (the rest: comprehension variables).
  var localCount = 0

  init(name: String, parameters: [Parameter], body: [Stmt], line: Int) {
    self.name = name
    self.qualifiedName = name
    self.parameters = parameters
    self.body = body
    self.line = line
    self.binding = Name(id: name)
  }
}

/// A `class NAME(BASE):` with its body (defs and class attributes).
final class ClassDef: @unchecked Sendable {
  let name: String
  var base: Expr?
  var body: [Stmt]
  let line: Int
  var binding: Name
  /// Filled by the resolver: the slots its body's comprehensions need.
  var slotCount = 0

  init(name: String, base: Expr?, body: [Stmt], line: Int) {
    self.name = name
    self.base = base
    self.body = body
    self.line = line
    self.binding = Name(id: name)
  }
}

/// A parsed file: its statements and its text as scalars (for slicing out targets' source).
struct Module: Sendable {
  var body: [Stmt]
}
