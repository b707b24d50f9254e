/// How a statement finished.
enum Flow {
  case normal
  case breakLoop
  case continueLoop
  case returned(PyValue)
}

extension Evaluator {
  /// Runs a block; stops at the first `break`, `continue` or `return`.
  func execute(_ body: [Stmt], in frame: Frame) throws(PythonError) -> Flow {
    for stmt in body {
      let flow = try execute(stmt, in: frame)
      if case .normal = flow { continue }
      return flow
    }
    return .normal
  }

  /// Runs one statement; an error without a line gets this statement's line, function and loops.
  func execute(_ stmt: Stmt, in frame: Frame) throws(PythonError) -> Flow {
    frame.line = stmt.line
    do {
      try step()
      if recordsEvents { record(.line(stmt.line, function: frame.name, loops: loops)) }
      return try run(stmt, in: frame)
    } catch {
      var error = error
      if error.line == nil {
        error.line = stmt.line
        error.function = frame.name
        error.loops = loops
      }
      throw error
    }
  }

  private func run(_ stmt: Stmt, in frame: Frame) throws(PythonError) -> Flow {
    switch stmt.kind {
    case .expression(let expr):
      _ = try evaluate(expr, in: frame)
    case .assign(let targets, let value):
      let (result, factors) = try evaluateWithFactors(value, in: frame)
      for target in targets {
        try assign(target, result, in: frame)
        if recordsEvents { recordAssignment(target, op: nil, factors: factors, stmt, frame) }
      }
    case .augmentedAssign(let target, let op, let value):
      let (operand, factors) = try evaluateWithFactors(value, in: frame)
      try augment(target, op, operand, in: frame)
      if recordsEvents {
        recordAssignment(target, op: op.rawValue + "=", factors: factors, stmt, frame)
      }
    case .ifElse(let branches, let orElse):
      for branch in branches where try truth(try evaluate(branch.test, in: frame)) {
        return try execute(branch.body, in: frame)
      }
      return try execute(orElse, in: frame)
    case .forLoop(let target, let iterable, let body, let orElse):
      return try forLoop(stmt.line, target, iterable, body, orElse, in: frame)
    case .whileLoop(let test, let body, let orElse):
      return try whileLoop(stmt.line, test, body, orElse, in: frame)
    case .breakLoop:
      return .breakLoop
    case .continueLoop:
      return .continueLoop
    case .pass:
      break
    case .returnValue(let value):
      return .returned(
        try value.map { (e) throws(PythonError) in try evaluate(e, in: frame) } ?? .none)
    case .assert(let test, let message):
      if try !truth(try evaluate(test, in: frame)) {
        let text = try message.map { (m) throws(PythonError) in try str(try evaluate(m, in: frame))
        }
        throw PythonError(kind: "AssertionError", message: text ?? "")
      }
    case .function(let def):
      var defaults: [PyValue?] = []
      for parameter in def.parameters {
        defaults.append(
          try parameter.defaultValue.map { (e) throws(PythonError) in try evaluate(e, in: frame) })
      }
      try store(def.binding, .function(FunctionRef(def: def, defaults: defaults)), in: frame)
    case .classDef(let cls):
      try defineClass(cls, in: frame)
    case .importModule(let module, let alias):
      try store(alias, module == "numpy" ? NumPyModule.module : MathModule.module, in: frame)
    }
    return .normal
  }

  private func defineClass(_ cls: ClassDef, in frame: Frame) throws(PythonError) {
    var base: ClassRef?
    if let baseExpr = cls.base {
      let value = try evaluate(baseExpr, in: frame)
      switch value {
      case .classObject(let ref): base = ref
      case .builtin(let ref) where ref.name == "object": base = nil
      default:
        throw PythonError(
          kind: "UnsupportedError",
          message:
            "a class derived from '\(text(baseExpr))' (only the file's own classes and object)")
      }
    }
    let body = Frame(name: cls.binding.id, slotCount: cls.slotCount, def: nil)
    body.classNamespace = [:]
    _ = try execute(cls.body, in: body)
    let ref = ClassRef(name: cls.name, base: base, namespace: body.classNamespace ?? [:])
    try store(cls.binding, .classObject(ref), in: frame)
  }

  // MARK: Loops

  private func forLoop(
    _ line: Int, _ target: Expr, _ iterable: Expr, _ body: [Stmt], _ orElse: [Stmt],
    in frame: Frame
  ) throws(PythonError) -> Flow {
    let sequence = try iteration(of: try evaluate(iterable, in: frame))
    var variable: String?
    if case .name(let name) = target.kind { variable = name.id }
    loops.append(
      LoopFrame(
        line: line, variable: variable, iteration: 0, value: nil,
        isReversed: sequence.isReversed, count: sequence.count))
    let index = loops.count - 1
    defer { loops.removeLast() }
    var position = 0
    while let item = try sequence.next(&position) {
      if position > 1 { try step() }
      loops[index].iteration = position - 1
      if case .int(let value) = item {
        loops[index].value = value
      } else {
        loops[index].value = nil
      }
      try assign(target, item, in: frame)
      let flow = try execute(body, in: frame)
      switch flow {
      case .returned: return flow
      case .breakLoop:
        record(.iterationEnded(loops[index], function: frame.name))
        return .normal
      case .normal, .continueLoop:
        record(.iterationEnded(loops[index], function: frame.name))
      }
    }
    return try execute(orElse, in: frame)
  }

  private func whileLoop(
    _ line: Int, _ test: Expr, _ body: [Stmt], _ orElse: [Stmt], in frame: Frame
  ) throws(PythonError) -> Flow {
    loops.append(
      LoopFrame(line: line, variable: nil, iteration: 0, value: nil, isReversed: false, count: nil))
    let index = loops.count - 1
    defer { loops.removeLast() }
    var iteration = 0
    while try truth(try evaluate(test, in: frame)) {
      if iteration > 0 { try step() }
      loops[index].iteration = iteration
      iteration += 1
      let flow = try execute(body, in: frame)
      switch flow {
      case .returned: return flow
      case .breakLoop:
        record(.iterationEnded(loops[index], function: frame.name))
        return .normal
      case .normal, .continueLoop:
        record(.iterationEnded(loops[index], function: frame.name))
      }
    }
    return try execute(orElse, in: frame)
  }

  // MARK: Assignment

  /// Evaluates an assignment's value; for `a * b` also returns the two factors' values.
  private func evaluateWithFactors(_ value: Expr, in frame: Frame) throws(PythonError) -> (
    PyValue, [PyValue]
  ) {
    guard recordsEvents, case .binary(.multiply, let a, let b) = value.kind else {
      return (try evaluate(value, in: frame), [])
    }
    let left = try evaluate(a, in: frame)
    let right = try evaluate(b, in: frame)
    let product = try binary(.multiply, left, right)
    return (product, [left.snapshot(), right.snapshot()])
  }

  /// Binds `value` to a target: a name, an attribute, a subscript, or a tuple or list of them.
  func assign(_ target: Expr, _ value: PyValue, in frame: Frame) throws(PythonError) {
    switch target.kind {
    case .name(let name):
      try store(name, value, in: frame)
    case .attribute(let objectExpr, let name):
      try setAttribute(try evaluate(objectExpr, in: frame), name, value)
    case .subscript(let objectExpr, let indexExpr):
      let object = try evaluate(objectExpr, in: frame)
      let index = try evaluate(indexExpr, in: frame)
      try setItem(object, index, value)
    case .tuple(let items), .list(let items):
      let values = try unpack(value, count: items.count)
      for (item, value) in zip(items, values) { try assign(item, value, in: frame) }
    default:
      throw PythonError(kind: "SyntaxError", message: "cannot assign to \(text(target))")
    }
  }

  /// `a, b = value`: exactly `count` items, in Python's words when not.
  func unpack(_ value: PyValue, count: Int) throws(PythonError) -> [PyValue] {
    let items: [PyValue]
    do throws(PythonError) {
      items = try iterate(value)
    } catch  where error.kind == "TypeError" {
      throw PythonError(
        kind: "TypeError", message: "cannot unpack non-iterable \(value.messageTypeName) object")
    }
    if items.count > count {
      throw PythonError(
        kind: "ValueError", message: "too many values to unpack (expected \(count))")
    }
    if items.count < count {
      throw PythonError(
        kind: "ValueError",
        message: "not enough values to unpack (expected \(count), got \(items.count))")
    }
    return items
  }

  func store(_ name: Name, _ value: PyValue, in frame: Frame) throws(PythonError) {
    switch name.scope {
    case .local(let slot): frame.slots[slot] = value
    case .global(let slot): globals.values[slot] = value
    case .classBody: frame.classNamespace?[name.id] = value
    case .unresolved:
      throw PythonError(kind: "RuntimeError", message: "unresolved name '\(name.id)'")
    }
  }

  /// `target op= value`: in place for arrays (NumPy's `__iadd__`) and lists, else rebinding.
  private func augment(_ target: Expr, _ op: BinaryOperator, _ value: PyValue, in frame: Frame)
    throws(PythonError)
  {
    switch target.kind {
    case .name(let name):
      let old = try load(name, at: target, in: frame)
      try store(name, try inPlace(op, old, value), in: frame)
    case .attribute(let objectExpr, let name):
      let object = try evaluate(objectExpr, in: frame)
      let old = try attribute(of: object, name)
      try setAttribute(object, name, try inPlace(op, old, value))
    case .subscript(let objectExpr, let indexExpr):
      let object = try evaluate(objectExpr, in: frame)
      let index = try evaluate(indexExpr, in: frame)
      let old = try item(of: object, index)
      try setItem(object, index, try inPlace(op, old, value))
    default:
      throw PythonError(
        kind: "SyntaxError", message: "illegal expression for augmented assignment")
    }
  }

  /// The events of one assignment: one per name the target binds, after the statement ran.
  private func recordAssignment(
    _ target: Expr, op: String?, factors: [PyValue], _ stmt: Stmt, _ frame: Frame
  ) {
    switch target.kind {
    case .tuple(let items), .list(let items):
      for item in items { recordAssignment(item, op: op, factors: [], stmt, frame) }
      return
    default:
      break
    }
    // The name the target changes, and the expression holding its whole value.
    var root = target
    while case .subscript(let object, _) = root.kind { root = object }
    let name: String
    var isAttribute = false
    switch root.kind {
    case .name(let n): name = n.id
    case .attribute(let object, let attribute):
      name = attribute
      if case .name(let n) = object.kind, n.id == "self" { isAttribute = true }
    default: name = text(root)
    }
    let value = isPlainPath(root) ? ((try? evaluate(root, in: frame))?.snapshot() ?? .none) : .none
    record(
      .assignment(
        Assignment(
          line: stmt.line, source: source(line: stmt.line), function: frame.name,
          target: text(target), name: name, isAttribute: isAttribute, op: op, value: value,
          factors: factors, loops: loops, depth: depth)))
  }

  /// A name or a chain of attributes of a name: evaluating it again has no side effects.
  private func isPlainPath(_ expr: Expr) -> Bool {
    switch expr.kind {
    case .name: return true
    case .attribute(let object, _): return isPlainPath(object)
    default: return false
    }
  }
}
