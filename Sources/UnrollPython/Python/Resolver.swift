/// Decides, once before anything runs, where every name lives.
///
/// A function's parameters and the names it assigns are slots of its frame (Python's rule: assigned anywhere in the body means
/// local throughout), comprehension variables get slots of their own, everything else is a slot
/// of the module's globals. So a lookup in a hot loop is an array index, not a string hash.
///
/// Closures are outside the subset: a nested `def` that reads a local of the function around it
/// is refused here, naming both.
struct Resolver {
  /// The module's globals: name → slot, shared with the evaluator.
  let globals: GlobalTable

  /// One function's (or the module's, or a class body's) scope while resolving it.
  final class ScopeFrame {
    enum Kind { case module, function, classBody }
    let kind: Kind
    let name: String
    var slots: [String: Int] = [:]
    var slotNames: [String] = []
    /// Comprehension variables in scope, innermost last: name → slot.
    var comprehensions: [[String: Int]] = []

    init(kind: Kind, name: String) {
      self.kind = kind
      self.name = name
    }

    func newSlot(_ name: String) -> Int {
      slotNames.append(name)
      return slotNames.count - 1
    }
  }

  private var scopes: [ScopeFrame] = []

  init(globals: GlobalTable) { self.globals = globals }

  /// Resolves a module's statements; returns how many frame slots module code needs (its
  /// comprehension variables).
  mutating func resolveModule(_ body: inout [Stmt]) throws(PythonError) -> Int {
    let scope = ScopeFrame(kind: .module, name: "<module>")
    scopes = [scope]
    for i in body.indices { try resolve(&body[i]) }
    return scope.slotNames.count
  }

  /// Resolves a lone expression at module scope (the REPL's); returns its comprehension slots.
  mutating func resolveExpression(_ expr: inout Expr) throws(PythonError) -> Int {
    let scope = ScopeFrame(kind: .module, name: "<module>")
    scopes = [scope]
    try resolve(&expr)
    return scope.slotNames.count
  }

  private var scope: ScopeFrame { scopes[scopes.count - 1] }

  // MARK: Statements

  private mutating func resolve(_ stmt: inout Stmt) throws(PythonError) {
    switch stmt.kind {
    case .expression(var e):
      try resolve(&e)
      stmt.kind = .expression(e)
    case .assign(var targets, var value):
      try resolve(&value)
      for i in targets.indices { try resolve(&targets[i]) }
      stmt.kind = .assign(targets: targets, value: value)
    case .augmentedAssign(var target, let op, var value):
      try resolve(&value)
      try resolve(&target)
      stmt.kind = .augmentedAssign(target: target, op: op, value: value)
    case .ifElse(var branches, var orElse):
      for i in branches.indices {
        try resolve(&branches[i].test)
        try resolve(&branches[i].body)
      }
      try resolve(&orElse)
      stmt.kind = .ifElse(branches: branches, orElse: orElse)
    case .forLoop(var target, var iterable, var body, var orElse):
      try resolve(&iterable)
      try resolve(&target)
      try resolve(&body)
      try resolve(&orElse)
      stmt.kind = .forLoop(target: target, iterable: iterable, body: body, orElse: orElse)
    case .whileLoop(var test, var body, var orElse):
      try resolve(&test)
      try resolve(&body)
      try resolve(&orElse)
      stmt.kind = .whileLoop(test: test, body: body, orElse: orElse)
    case .breakLoop, .continueLoop, .pass:
      break
    case .returnValue(var value):
      if var v = value {
        try resolve(&v)
        value = v
      }
      stmt.kind = .returnValue(value)
    case .assert(var test, var message):
      try resolve(&test)
      if var m = message {
        try resolve(&m)
        message = m
      }
      stmt.kind = .assert(test, message: message)
    case .function(let def):
      try resolveFunction(def)
    case .classDef(let cls):
      if var base = cls.base {
        try resolve(&base)
        cls.base = base
      }
      let classScope = ScopeFrame(kind: .classBody, name: qualified(cls.name))
      scopes.append(classScope)
      try resolve(&cls.body)
      scopes.removeLast()
      cls.slotCount = classScope.slotNames.count
      cls.binding.scope = bind(cls.binding.id)
    case .importModule(let module, var alias):
      alias.scope = bind(alias.id)
      stmt.kind = .importModule(module: module, alias: alias)
    }
  }

  private mutating func resolve(_ body: inout [Stmt]) throws(PythonError) {
    for i in body.indices { try resolve(&body[i]) }
  }

  /// The qualified name of `name` defined in the current scope.
  private func qualified(_ name: String) -> String {
    switch scope.kind {
    case .module: return name
    case .classBody: return "\(scope.name).\(name)"
    case .function: return "\(scope.name).<locals>.\(name)"
    }
  }

  private mutating func resolveFunction(_ def: FunctionDef) throws(PythonError) {
    // Defaults are evaluated where the def stands.
    var parameters = def.parameters
    for i in parameters.indices {
      if var value = parameters[i].defaultValue {
        try resolve(&value)
        parameters[i].defaultValue = value
      }
    }
    def.parameters = parameters
    def.qualifiedName = qualified(def.name)
    def.binding.scope = bind(def.binding.id)
    let function = ScopeFrame(kind: .function, name: def.qualifiedName)
    for parameter in def.parameters {
      function.slots[parameter.name] = function.newSlot(parameter.name)
    }
    for name in Resolver.assignedNames(def.body) where function.slots[name] == nil {
      function.slots[name] = function.newSlot(name)
    }
    let localCount = function.slotNames.count
    scopes.append(function)
    try resolve(&def.body)
    scopes.removeLast()
    def.slotNames = function.slotNames
    def.localCount = localCount
  }

  /// Where a name being bound in the current scope lives.
  private func bind(_ name: String) -> Scope {
    switch scope.kind {
    case .module: return .global(globals.slot(name))
    case .classBody: return .classBody
    case .function: return .local(scope.slots[name] ?? 0)
    }
  }

  // MARK: Expressions

  private mutating func resolve(_ expr: inout Expr) throws(PythonError) {
    switch expr.kind {
    case .name(var name):
      name.scope = try lookup(name.id, at: expr)
      expr.kind = .name(name)
    case .int, .float, .string, .bool, .none, .ellipsis:
      break
    case .formatted(var parts):
      try resolve(&parts)
      expr.kind = .formatted(parts)
    case .tuple(var items):
      try resolve(&items)
      expr.kind = .tuple(items)
    case .list(var items):
      try resolve(&items)
      expr.kind = .list(items)
    case .dict(var entries):
      for i in entries.indices {
        try resolve(&entries[i].key)
        try resolve(&entries[i].value)
      }
      expr.kind = .dict(entries)
    case .listComprehension(var element, var clauses):
      let depth = scope.comprehensions.count
      for i in clauses.indices {
        // The first iterable is evaluated outside the comprehension's names, the rest inside.
        try resolve(&clauses[i].iterable)
        var names: [String: Int] = [:]
        for name in Resolver.targetNames(clauses[i].target) {
          names[name] = scope.newSlot(name)
        }
        scope.comprehensions.append(names)
        try resolve(&clauses[i].target)
        try resolve(&clauses[i].conditions)
      }
      try resolve(&element)
      scope.comprehensions.removeLast(scope.comprehensions.count - depth)
      expr.kind = .listComprehension(element: element, clauses: clauses)
    case .unary(let op, var operand):
      try resolve(&operand)
      expr.kind = .unary(op, operand)
    case .binary(let op, var left, var right):
      try resolve(&left)
      try resolve(&right)
      expr.kind = .binary(op, left, right)
    case .and(var items):
      try resolve(&items)
      expr.kind = .and(items)
    case .or(var items):
      try resolve(&items)
      expr.kind = .or(items)
    case .not(var operand):
      try resolve(&operand)
      expr.kind = .not(operand)
    case .compare(var left, var rest):
      try resolve(&left)
      for i in rest.indices { try resolve(&rest[i].right) }
      expr.kind = .compare(left, rest)
    case .conditional(var test, var body, var orElse):
      try resolve(&test)
      try resolve(&body)
      try resolve(&orElse)
      expr.kind = .conditional(test: test, body: body, orElse: orElse)
    case .call(var callee, var arguments, var keywords):
      try resolve(&callee)
      try resolve(&arguments)
      for i in keywords.indices { try resolve(&keywords[i].value) }
      expr.kind = .call(callee, arguments: arguments, keywords: keywords)
    case .attribute(var object, let name):
      try resolve(&object)
      expr.kind = .attribute(object, name)
    case .subscript(var object, var index):
      try resolve(&object)
      try resolve(&index)
      expr.kind = .subscript(object, index: index)
    case .slice(var a, var b, var c):
      if var x = a {
        try resolve(&x)
        a = x
      }
      if var x = b {
        try resolve(&x)
        b = x
      }
      if var x = c {
        try resolve(&x)
        c = x
      }
      expr.kind = .slice(a, b, c)
    }
  }

  private mutating func resolve(_ items: inout [Expr]) throws(PythonError) {
    for i in items.indices { try resolve(&items[i]) }
  }

  private mutating func resolve(_ parts: inout [FormatPart]) throws(PythonError) {
    for i in parts.indices {
      if case .field(var e, let conversion, var spec) = parts[i] {
        try resolve(&e)
        try resolve(&spec)
        parts[i] = .field(e, conversion: conversion, spec: spec)
      }
    }
  }

  /// Where a name being read lives: comprehension variables, the function's locals, the globals.
  ///
  /// A local of an enclosing function is a closure, which the subset refuses.
  private func lookup(_ name: String, at expr: Expr) throws(PythonError) -> Scope {
    for names in scope.comprehensions.reversed() {
      if let slot = names[name] { return .local(slot) }
    }
    switch scope.kind {
    case .function:
      if let slot = scope.slots[name] { return .local(slot) }
      for outer in scopes.dropLast().reversed() where outer.kind == .function {
        if outer.slots[name] != nil {
          throw PythonError(
            kind: "UnsupportedError",
            message:
              "'\(scope.name)' reads '\(name)', a local variable of '\(outer.name)' (closures "
              + "are outside the Python subset unroll check interprets)",
            line: expr.line, column: expr.column + 1)
        }
      }
      return .global(globals.slot(name))
    case .classBody:
      return .classBody
    case .module:
      return .global(globals.slot(name))
    }
  }

  // MARK: Names bound by statements

  /// The names a function body binds (assignments, loop targets, defs, classes, imports), not
  /// looking into nested defs' and classes' bodies or comprehensions.
  static func assignedNames(_ body: [Stmt]) -> [String] {
    var names: [String] = []
    var seen: Set<String> = []
    func add(_ name: String) {
      if seen.insert(name).inserted { names.append(name) }
    }
    func visit(_ body: [Stmt]) {
      for stmt in body {
        switch stmt.kind {
        case .assign(let targets, _):
          for target in targets { targetNames(target).forEach(add) }
        case .augmentedAssign(let target, _, _):
          targetNames(target).forEach(add)
        case .forLoop(let target, _, let body, let orElse):
          targetNames(target).forEach(add)
          visit(body)
          visit(orElse)
        case .whileLoop(_, let body, let orElse):
          visit(body)
          visit(orElse)
        case .ifElse(let branches, let orElse):
          for branch in branches { visit(branch.body) }
          visit(orElse)
        case .function(let def): add(def.name)
        case .classDef(let cls): add(cls.name)
        case .importModule(_, let alias): add(alias.id)
        default: break
        }
      }
    }
    visit(body)
    return names
  }

  /// The plain names a target binds: `a`, `(a, [b, c])`; attributes and subscripts bind none.
  static func targetNames(_ target: Expr) -> [String] {
    switch target.kind {
    case .name(let name): return [name.id]
    case .tuple(let items), .list(let items): return items.flatMap(targetNames)
    default: return []
    }
  }
}

/// The module's global names, each with a slot, and the builtin of the same name if any.
final class GlobalTable {
  private(set) var slots: [String: Int] = [:]
  private(set) var names: [String] = []
  var values: [PyValue?] = []
  private(set) var builtins: [PyValue?] = []
  let builtinsByName: [String: PyValue]

  init(builtins: [String: PyValue]) { builtinsByName = builtins }

  /// The slot of `name`, made on first use.
  func slot(_ name: String) -> Int {
    if let slot = slots[name] { return slot }
    let slot = names.count
    slots[name] = slot
    names.append(name)
    values.append(nil)
    builtins.append(builtinsByName[name])
    return slot
  }
}
