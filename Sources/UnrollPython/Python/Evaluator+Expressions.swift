import Foundation

extension Evaluator {
  /// Evaluates an expression.
  func evaluate(_ expr: Expr, in frame: Frame) throws(PythonError) -> PyValue {
    switch expr.kind {
    case .name(let name):
      return try load(name, at: expr, in: frame)
    case .int(let v): return .int(v)
    case .float(let v): return .float(v)
    case .string(let s): return .string(s)
    case .bool(let b): return .bool(b)
    case .none: return .none
    case .ellipsis: return .ellipsis
    case .formatted(let parts):
      return .string(try formatted(parts, in: frame))
    case .tuple(let items):
      var values: [PyValue] = []
      values.reserveCapacity(items.count)
      for item in items { values.append(try evaluate(item, in: frame)) }
      return .tuple(values)
    case .list(let items):
      var values: [PyValue] = []
      values.reserveCapacity(items.count)
      for item in items { values.append(try evaluate(item, in: frame)) }
      return .list(ListRef(values))
    case .dict(let entries):
      let dict = DictRef()
      for entry in entries {
        let key = try evaluate(entry.key, in: frame)
        let value = try evaluate(entry.value, in: frame)
        dict.set(key, value, hashKey: try hashKey(key))
      }
      return .dict(dict)
    case .listComprehension(let element, let clauses):
      var result: [PyValue] = []
      try comprehension(element, clauses, 0, in: frame, into: &result)
      return .list(ListRef(result))
    case .unary(let op, let operand):
      return try unary(op, try evaluate(operand, in: frame))
    case .binary(let op, let left, let right):
      let a = try evaluate(left, in: frame)
      let b = try evaluate(right, in: frame)
      return try binary(op, a, b)
    case .and(let items):
      var value = PyValue.bool(true)
      for item in items {
        value = try evaluate(item, in: frame)
        if try !truth(value) { return value }
      }
      return value
    case .or(let items):
      var value = PyValue.bool(false)
      for item in items {
        value = try evaluate(item, in: frame)
        if try truth(value) { return value }
      }
      return value
    case .not(let operand):
      return .bool(try !truth(try evaluate(operand, in: frame)))
    case .compare(let leftExpr, let rest):
      var left = try evaluate(leftExpr, in: frame)
      var result = PyValue.bool(true)
      for (i, (op, rightExpr)) in rest.enumerated() {
        let right = try evaluate(rightExpr, in: frame)
        result = try compare(op, left, right)
        if i < rest.count - 1, try !truth(result) { return result }
        left = right
      }
      return result
    case .conditional(let test, let body, let orElse):
      return try truth(try evaluate(test, in: frame))
        ? try evaluate(body, in: frame) : try evaluate(orElse, in: frame)
    case .call(let calleeExpr, let argumentExprs, let keywordExprs):
      let callee = try evaluate(calleeExpr, in: frame)
      var arguments: [PyValue] = []
      arguments.reserveCapacity(argumentExprs.count)
      for argument in argumentExprs { arguments.append(try evaluate(argument, in: frame)) }
      var keywords: [(String, PyValue)] = []
      for keyword in keywordExprs {
        if keywords.contains(where: { $0.0 == keyword.name }) {
          throw PythonError(
            kind: "SyntaxError", message: "keyword argument repeated: \(keyword.name)")
        }
        keywords.append((keyword.name, try evaluate(keyword.value, in: frame)))
      }
      return try call(callee, arguments, keywords)
    case .attribute(let objectExpr, let name):
      return try attribute(of: try evaluate(objectExpr, in: frame), name)
    case .subscript(let objectExpr, let indexExpr):
      let object = try evaluate(objectExpr, in: frame)
      return try item(of: object, try evaluate(indexExpr, in: frame))
    case .slice(let a, let b, let c):
      func part(_ e: Expr?) throws(PythonError) -> PyValue {
        guard let e else { return .none }
        return try evaluate(e, in: frame)
      }
      return .slice(try part(a), try part(b), try part(c))
    }
  }

  func load(_ name: Name, at expr: Expr, in frame: Frame) throws(PythonError) -> PyValue {
    switch name.scope {
    case .local(let slot):
      if let value = frame.slots[slot] { return value }
      throw PythonError(
        kind: "UnboundLocalError",
        message: "cannot access local variable '\(name.id)' where it is not associated with a value"
      )
    case .global(let slot):
      if let value = globals.values[slot] ?? globals.builtins[slot] { return value }
    case .classBody:
      if let value = frame.classNamespace?[name.id] { return value }
      if let slot = globals.slots[name.id],
        let value = globals.values[slot] ?? globals.builtins[slot]
      {
        return value
      }
      if let value = globals.builtinsByName[name.id] { return value }
    case .unresolved:
      break
    }
    throw PythonError(kind: "NameError", message: "name '\(name.id)' is not defined")
  }

  private func comprehension(
    _ element: Expr, _ clauses: [Comprehension], _ index: Int, in frame: Frame,
    into result: inout [PyValue]
  ) throws(PythonError) {
    guard index < clauses.count else {
      result.append(try evaluate(element, in: frame))
      return
    }
    let clause = clauses[index]
    let sequence = try iteration(of: try evaluate(clause.iterable, in: frame))
    var position = 0
    items: while let item = try sequence.next(&position) {
      try step()
      try assign(clause.target, item, in: frame)
      for condition in clause.conditions where try !truth(try evaluate(condition, in: frame)) {
        continue items
      }
      try comprehension(element, clauses, index + 1, in: frame, into: &result)
    }
  }

  private func formatted(_ parts: [FormatPart], in frame: Frame) throws(PythonError) -> String {
    var text = ""
    for part in parts {
      switch part {
      case .literal(let s): text += s
      case .field(let expr, let conversion, let specParts):
        var value = try evaluate(expr, in: frame)
        if conversion == "r" || conversion == "a" { value = .string(repr(value)) }
        if conversion == "s" { value = .string(try str(value)) }
        let spec = try formatted(specParts, in: frame)
        text += try format(value, spec: spec)
      }
    }
    return text
  }

  // MARK: Truth

  /// Python's truth value; NumPy's arrays of more than one entry refuse, in NumPy's words.
  func truth(_ value: PyValue) throws(PythonError) -> Bool {
    switch value {
    case .none: return false
    case .bool(let b): return b
    case .int(let v): return v != 0
    case .float(let v): return v != 0
    case .string(let s): return !s.isEmpty
    case .list(let ref): return !ref.items.isEmpty
    case .tuple(let items): return !items.isEmpty
    case .dict(let ref): return ref.count > 0
    case .range(let start, let stop, let step): return rangeCount(start, stop, step) > 0
    case .array(let ref):
      let array = ref.value
      if array.size == 1, let scalar = array.scalars.first { return scalar != 0 }
      if array.size == 0 {
        throw PythonError(
          kind: "ValueError",
          message:
            "The truth value of an empty array is ambiguous. Use `array.size > 0` to check that an array is not empty."
        )
      }
      throw PythonError(
        kind: "ValueError",
        message:
          "The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()"
      )
    default: return true
    }
  }

  // MARK: Operators

  func unary(_ op: UnaryOperator, _ value: PyValue) throws(PythonError) -> PyValue {
    switch (op, value) {
    case (.negative, .int(let v)):
      guard v != Int.min else { throw overflow() }
      return .int(-v)
    case (.negative, .bool(let b)): return .int(b ? -1 : 0)
    case (.negative, .float(let v)): return .float(-v)
    case (.positive, .int), (.positive, .float): return value
    case (.positive, .bool(let b)): return .int(b ? 1 : 0)
    case (.invert, .int(let v)): return .int(~v)
    case (.invert, .bool(let b)): return .int(~(b ? 1 : 0))
    case (.negative, .array(let ref)):
      return PyValue(try numpy { try NumPy.unary(.negative, ref.value) })
    case (.positive, .array(let ref)):
      return PyValue(try numpy { try NumPy.unary(.positive, ref.value) })
    default:
      throw PythonError(
        kind: "TypeError",
        message: "bad operand type for unary \(op.rawValue): '\(value.messageTypeName)'")
    }
  }

  /// `a op b` with Python's semantics, and NumPy's as soon as an array takes part.
  func binary(_ op: BinaryOperator, _ a: PyValue, _ b: PyValue) throws(PythonError) -> PyValue {
    if case .array = a { return try arrayBinary(op, a, b) }
    if case .array = b { return try arrayBinary(op, a, b) }
    if let x = a.exactInt, let y = b.exactInt { return try intBinary(op, x, y, a, b) }
    if let x = a.number, let y = b.number { return try floatBinary(op, x, y, a, b) }
    switch (op, a, b) {
    case (.add, .string(let x), .string(let y)): return .string(x + y)
    case (.add, .list(let x), .list(let y)): return .list(ListRef(x.items + y.items))
    case (.add, .tuple(let x), .tuple(let y)): return .tuple(x + y)
    case (.multiply, .string, _), (.multiply, .list, _), (.multiply, .tuple, _):
      return try repeated(a, b)
    case (.multiply, _, .string), (.multiply, _, .list), (.multiply, _, .tuple):
      return try repeated(b, a)
    case (.add, .string, _):
      throw PythonError(
        kind: "TypeError",
        message: "can only concatenate str (not \"\(b.messageTypeName)\") to str")
    case (.add, .list, _):
      throw PythonError(
        kind: "TypeError",
        message: "can only concatenate list (not \"\(b.messageTypeName)\") to list")
    case (.add, .tuple, _):
      throw PythonError(
        kind: "TypeError",
        message: "can only concatenate tuple (not \"\(b.messageTypeName)\") to tuple")
    case (.modulo, .string, _):
      throw PythonError(
        kind: "UnsupportedError",
        message:
          "'%' string formatting is outside the Python subset unroll check interprets; use an f-string"
      )
    default:
      throw unsupportedOperands(op, a, b)
    }
  }

  func unsupportedOperands(_ op: BinaryOperator, _ a: PyValue, _ b: PyValue) -> PythonError {
    let symbol = op == .power ? "** or pow()" : op.rawValue
    return PythonError(
      kind: "TypeError",
      message:
        "unsupported operand type(s) for \(symbol): '\(a.messageTypeName)' and '\(b.messageTypeName)'"
    )
  }

  private func overflow() -> PythonError {
    PythonError(
      kind: "UnsupportedError",
      message: "integers beyond 64 bits are outside the Python subset unroll check interprets")
  }

  private func repeated(_ sequence: PyValue, _ count: PyValue) throws(PythonError) -> PyValue {
    guard let n = count.exactInt else {
      throw PythonError(
        kind: "TypeError",
        message: "can't multiply sequence by non-int of type '\(count.messageTypeName)'")
    }
    let times = max(0, n)
    let length: Int
    switch sequence {
    case .string(let s): length = s.count
    case .list(let ref): length = ref.items.count
    case .tuple(let items): length = items.count
    default: length = 0
    }
    let (total, overflow) = length.multipliedReportingOverflow(by: times)
    guard !overflow, total <= Evaluator.sequenceLimit else {
      throw PythonError(
        kind: "UnsupportedError",
        message: "a sequence of more than \(Evaluator.sequenceLimit) items is outside the subset")
    }
    switch sequence {
    case .string(let s): return .string(String(repeating: s, count: times))
    case .list(let ref):
      return .list(ListRef(Array([[PyValue]](repeating: ref.items, count: times).joined())))
    case .tuple(let items):
      return .tuple(Array([[PyValue]](repeating: items, count: times).joined()))
    default: throw unsupportedOperands(.multiply, sequence, count)
    }
  }

  private func intBinary(_ op: BinaryOperator, _ x: Int, _ y: Int, _ a: PyValue, _ b: PyValue)
    throws(PythonError) -> PyValue
  {
    func checked(_ result: (partialValue: Int, overflow: Bool)) throws(PythonError) -> PyValue {
      if result.overflow { throw overflow() }
      return .int(result.partialValue)
    }
    switch op {
    case .add: return try checked(x.addingReportingOverflow(y))
    case .subtract: return try checked(x.subtractingReportingOverflow(y))
    case .multiply: return try checked(x.multipliedReportingOverflow(by: y))
    case .divide:
      guard y != 0 else {
        throw PythonError(kind: "ZeroDivisionError", message: "division by zero")
      }
      return .float(Double(x) / Double(y))
    case .floorDivide, .modulo:
      guard y != 0 else {
        throw PythonError(
          kind: "ZeroDivisionError",
          message: op == .modulo ? "integer modulo by zero" : "integer division or modulo by zero")
      }
      var quotient = x / y
      var remainder = x % y
      if remainder != 0 && ((remainder < 0) != (y < 0)) {
        quotient -= 1
        remainder += y
      }
      return .int(op == .modulo ? remainder : quotient)
    case .power:
      if y < 0 {
        guard x != 0 else {
          throw PythonError(
            kind: "ZeroDivisionError", message: "0.0 cannot be raised to a negative power")
        }
        return .float(Foundation.pow(Double(x), Double(y)))
      }
      var result = 1
      var base = x
      var exponent = y
      while exponent > 0 {
        if exponent & 1 == 1 {
          let (r, o) = result.multipliedReportingOverflow(by: base)
          if o { throw overflow() }
          result = r
        }
        exponent >>= 1
        if exponent > 0 {
          let (r, o) = base.multipliedReportingOverflow(by: base)
          if o { throw overflow() }
          base = r
        }
      }
      return .int(result)
    case .bitAnd: return .int(x & y)
    case .bitOr: return .int(x | y)
    case .bitXor: return .int(x ^ y)
    case .shiftLeft:
      guard y >= 0 else { throw PythonError(kind: "ValueError", message: "negative shift count") }
      guard y < 63, x.magnitude < (1 << (62 - y)) else { throw overflow() }
      return .int(x << y)
    case .shiftRight:
      guard y >= 0 else { throw PythonError(kind: "ValueError", message: "negative shift count") }
      return .int(y >= 64 ? (x < 0 ? -1 : 0) : x >> y)
    case .matmul:
      throw unsupportedOperands(op, a, b)
    }
  }

  private func floatBinary(
    _ op: BinaryOperator, _ x: Double, _ y: Double, _ a: PyValue, _ b: PyValue
  ) throws(PythonError) -> PyValue {
    switch op {
    case .add: return .float(x + y)
    case .subtract: return .float(x - y)
    case .multiply: return .float(x * y)
    case .divide:
      guard y != 0 else {
        throw PythonError(kind: "ZeroDivisionError", message: "float division by zero")
      }
      return .float(x / y)
    case .floorDivide:
      guard y != 0 else {
        throw PythonError(kind: "ZeroDivisionError", message: "float floor division by zero")
      }
      return .float(Evaluator.floatDivmod(x, y).quotient)
    case .modulo:
      guard y != 0 else { throw PythonError(kind: "ZeroDivisionError", message: "float modulo") }
      return .float(Evaluator.floatDivmod(x, y).remainder)
    case .power:
      if x == 0 && y < 0 {
        throw PythonError(
          kind: "ZeroDivisionError", message: "0.0 cannot be raised to a negative power")
      }
      if x < 0 && y != y.rounded() {
        throw PythonError(
          kind: "UnsupportedError",
          message:
            "a negative number to a fractional power (a complex number) is outside the subset")
      }
      return .float(Foundation.pow(x, y))
    default:
      throw unsupportedOperands(op, a, b)
    }
  }

  /// CPython's `float_divmod`: the remainder takes the divisor's sign.
  static func floatDivmod(_ x: Double, _ y: Double) -> (quotient: Double, remainder: Double) {
    var mod = fmod(x, y)
    var div = (x - mod) / y
    if mod != 0 {
      if (y < 0) != (mod < 0) {
        mod += y
        div -= 1
      }
    } else {
      mod = Double(signOf: y, magnitudeOf: 0)
    }
    var floorDiv: Double
    if div != 0 {
      floorDiv = div.rounded(.down)
      if div - floorDiv > 0.5 { floorDiv += 1 }
    } else {
      floorDiv = Double(signOf: x / y, magnitudeOf: 0)
    }
    return (floorDiv, mod)
  }

  /// `old op= value`: NumPy's in-place operators keep the array (and every name sharing it);
  /// lists extend in place; everything else rebinds, as `old op value`.
  func inPlace(_ op: BinaryOperator, _ old: PyValue, _ value: PyValue) throws(PythonError)
    -> PyValue
  {
    switch old {
    case .array(let ref) where ref.dtypeAndRank.ndim > 0:
      let current = ref.value
      if op != .matmul, let other = value.arrayValue {
        // NumPy broadcasts the output operand too: its message names three shapes.
        _ = try numpy { try Broadcasting.shape([current.shape, other.shape, current.shape]) }
      }
      guard case .array(let resultRef) = try arrayBinary(op, old, value) else { return old }
      var result = resultRef.value
      if result.shape != current.shape {
        throw PythonError(
          kind: "ValueError",
          message:
            "non-broadcastable output operand with shape \(shapeText(current.shape)) doesn't match the broadcast shape \(shapeText(result.shape))"
        )
      }
      if result.dtype != current.dtype {
        let allowed =
          current.dtype == .float64 || (current.dtype == .int64 && result.dtype == .bool)
        guard allowed else {
          throw PythonError(
            kind: "UFuncTypeError",
            message:
              "Cannot cast ufunc '\(ufuncName(op))' output from dtype('\(result.dtype.rawValue)') to dtype('\(current.dtype.rawValue)') with casting rule 'same_kind'"
          )
        }
        result = try numpy {
          try NDArray(shape: result.shape, scalars: result.scalars, dtype: current.dtype)
        }
      }
      try numpy { try ref.write(result) }
      return old
    case .list(let ref) where op == .add:
      ref.items += try iterate(value)
      return old
    case .list(let ref) where op == .multiply:
      guard case .list(let repeatedList) = try repeated(old, value) else { return old }
      ref.items = repeatedList.items
      return old
    default:
      return try binary(op, old, value)
    }
  }

  private func ufuncName(_ op: BinaryOperator) -> String {
    switch op {
    case .add: return "add"
    case .subtract: return "subtract"
    case .multiply: return "multiply"
    case .divide: return "divide"
    case .floorDivide: return "floor_divide"
    case .modulo: return "remainder"
    case .power: return "power"
    case .matmul: return "matmul"
    default: return op.rawValue
    }
  }

  /// A binary operator on arrays (and Python numbers or lists meeting them): NumPy's semantics.
  func arrayBinary(_ op: BinaryOperator, _ a: PyValue, _ b: PyValue) throws(PythonError)
    -> PyValue
  {
    guard let x = try arrayOperand(a), let y = try arrayOperand(b) else {
      throw unsupportedOperands(op, a, b)
    }
    let result: NDArray = try numpy {
      switch op {
      case .add: return try NumPy.binary(.add, x, y)
      case .subtract: return try NumPy.binary(.subtract, x, y)
      case .multiply: return try NumPy.binary(.multiply, x, y)
      case .divide: return try NumPy.binary(.divide, x, y)
      case .power: return try NumPy.binary(.power, x, y)
      case .matmul: return try NumPy.matmul(x, y, transposedLeft: a.isTransposeOfMatrix)
      case .floorDivide, .modulo:
        // floor(x / y) and x - floor(x / y) * y, in the operands' promoted dtype.
        let quotient = try NumPy.binary(.divide, x, y)
        let floored = try NDArray(
          shape: quotient.shape, scalars: quotient.scalars.map { $0.rounded(.down) })
        let isInteger = x.dtype != .float64 && y.dtype != .float64
        if op == .floorDivide {
          return try NDArray(
            shape: floored.shape, scalars: floored.scalars.map { $0.isFinite ? $0 : 0 },
            dtype: isInteger ? .int64 : .float64)
        }
        let remainder = try NumPy.binary(.subtract, x, try NumPy.binary(.multiply, floored, y))
        return try NDArray(
          shape: remainder.shape, scalars: remainder.scalars.map { $0.isFinite ? $0 : 0 },
          dtype: isInteger ? .int64 : .float64)
      default:
        throw NumPyError(
          kind: "UnsupportedError",
          message:
            "the operator '\(op.rawValue)' on arrays is outside the NumPy subset unroll check interprets"
        )
      }
    }
    return PyValue(result)
  }

  /// An operand as an array: arrays, Python numbers (0-d), and lists or tuples of numbers.
  func arrayOperand(_ value: PyValue) throws(PythonError) -> NDArray? {
    switch value {
    case .array, .int, .float, .bool: return value.arrayValue
    case .list, .tuple: return try numpy { try NumPy.array(try nested(value)) }
    default: return nil
    }
  }

  /// A value as `np.array` receives it.
  func nested(_ value: PyValue, depth: Int = 0) throws(PythonError) -> Nested {
    guard depth < 64 else {
      throw PythonError(
        kind: "UnsupportedError", message: "an array nested more than 64 lists deep")
    }
    switch value {
    case .int(let v): return .scalar(Double(v), .int64)
    case .float(let v): return .scalar(v, .float64)
    case .bool(let b): return .scalar(b ? 1 : 0, .bool)
    case .array(let ref):
      let array = ref.value
      return Evaluator.nested(array.scalars[...], shape: array.shape[...], dtype: array.dtype)
    case .list(let ref):
      var items: [Nested] = []
      for item in ref.items { items.append(try nested(item, depth: depth + 1)) }
      return .list(items)
    case .tuple(let elements):
      var items: [Nested] = []
      for item in elements { items.append(try nested(item, depth: depth + 1)) }
      return .list(items)
    default:
      throw PythonError(
        kind: "UnsupportedError",
        message:
          "an array of \(value.messageTypeName) objects is outside the NumPy subset unroll check interprets"
      )
    }
  }

  private static func nested(_ scalars: ArraySlice<Double>, shape: ArraySlice<Int>, dtype: DType)
    -> Nested
  {
    guard let first = shape.first else { return .scalar(scalars.first ?? 0, dtype) }
    let stride = shape.dropFirst().reduce(1, *)
    return .list(
      (0..<first).map { i in
        let start = scalars.startIndex + i * stride
        return nested(scalars[start..<start + stride], shape: shape.dropFirst(), dtype: dtype)
      })
  }

  /// Runs NumPy code, turning its errors into Python errors of the same kind and words.
  func numpy<T>(_ body: () throws -> T) throws(PythonError) -> T {
    do {
      return try body()
    } catch let error as NumPyError {
      throw PythonError(kind: error.kind, message: error.message)
    } catch let error as PythonError {
      throw error
    } catch {
      throw PythonError(kind: "RuntimeError", message: "\(error)")
    }
  }

  // MARK: Comparisons

  func compare(_ op: ComparisonOperator, _ a: PyValue, _ b: PyValue) throws(PythonError)
    -> PyValue
  {
    switch op {
    case .isSame: return .bool(identical(a, b))
    case .isNot: return .bool(!identical(a, b))
    case .contains: return .bool(try contains(b, a))
    case .notContains: return .bool(try !contains(b, a))
    default: break
    }
    if case .array = a { return try arrayCompare(op, a, b) }
    if case .array = b { return try arrayCompare(op, a, b) }
    switch op {
    case .equal: return .bool(try equals(a, b))
    case .notEqual: return .bool(try !equals(a, b))
    default: return .bool(try ordered(op, a, b))
    }
  }

  private func arrayCompare(_ op: ComparisonOperator, _ a: PyValue, _ b: PyValue)
    throws(PythonError) -> PyValue
  {
    guard let x = try arrayOperand(a), let y = try arrayOperand(b) else {
      if op == .equal { return .bool(false) }
      if op == .notEqual { return .bool(true) }
      throw PythonError(
        kind: "TypeError",
        message:
          "'\(op.rawValue)' not supported between instances of '\(a.messageTypeName)' and '\(b.messageTypeName)'"
      )
    }
    let ufunc: BinaryOp
    switch op {
    case .less: ufunc = .less
    case .lessEqual: ufunc = .lessEqual
    case .greater: ufunc = .greater
    case .greaterEqual: ufunc = .greaterEqual
    case .equal: ufunc = .equal
    default: ufunc = .notEqual
    }
    return PyValue(try numpy { try NumPy.binary(ufunc, x, y) })
  }

  private func identical(_ a: PyValue, _ b: PyValue) -> Bool {
    switch (a, b) {
    case (.none, .none), (.ellipsis, .ellipsis): return true
    case (.bool(let x), .bool(let y)): return x == y
    case (.int(let x), .int(let y)): return x == y
    case (.float(let x), .float(let y)): return x == y
    case (.string(let x), .string(let y)): return x == y
    case (.array(let x), .array(let y)): return x === y
    case (.list(let x), .list(let y)): return x === y
    case (.dict(let x), .dict(let y)): return x === y
    case (.instance(let x), .instance(let y)): return x === y
    case (.classObject(let x), .classObject(let y)): return x === y
    case (.function(let x), .function(let y)): return x === y
    case (.builtin(let x), .builtin(let y)): return x === y
    case (.module(let x), .module(let y)): return x === y
    default: return false
    }
  }

  /// Python's `==` for values without arrays (an array inside a list compares as NumPy does).
  func equals(_ a: PyValue, _ b: PyValue) throws(PythonError) -> Bool {
    comparisonDepth += 1
    defer { comparisonDepth -= 1 }
    guard comparisonDepth < Evaluator.recursionLimit else {
      throw PythonError(
        kind: "RecursionError", message: "maximum recursion depth exceeded in comparison")
    }
    if case .list(let x) = a, case .list(let y) = b, x === y { return true }
    if case .dict(let x) = a, case .dict(let y) = b, x === y { return true }
    if let x = a.number, let y = b.number {
      if let i = a.exactInt, let j = b.exactInt { return i == j }
      return x == y
    }
    switch (a, b) {
    case (.string(let x), .string(let y)): return x == y
    case (.none, .none), (.ellipsis, .ellipsis): return true
    case (.list(let x), .list(let y)): return try sequenceEquals(x.items, y.items)
    case (.tuple(let x), .tuple(let y)): return try sequenceEquals(x, y)
    case (.dict(let x), .dict(let y)):
      guard x.count == y.count else { return false }
      for (key, value) in zip(x.keys, x.values) {
        guard let k = DictKey(key), let other = y.get(k) else { return false }
        if try !equals(value, other) { return false }
      }
      return true
    case (.range(let a1, let b1, let c1), .range(let a2, let b2, let c2)):
      return a1 == a2 && b1 == b2 && c1 == c2
    case (.array, _), (_, .array):
      return try truth(try arrayCompare(.equal, a, b))
    default:
      return identical(a, b)
    }
  }

  private func sequenceEquals(_ x: [PyValue], _ y: [PyValue]) throws(PythonError) -> Bool {
    guard x.count == y.count else { return false }
    for (p, q) in zip(x, y) where try !equals(p, q) { return false }
    return true
  }

  /// `<`, `<=`, `>`, `>=` on numbers, strings, lists and tuples.
  private func ordered(_ op: ComparisonOperator, _ a: PyValue, _ b: PyValue) throws(PythonError)
    -> Bool
  {
    func result(_ order: Int) -> Bool {
      switch op {
      case .less: return order < 0
      case .lessEqual: return order <= 0
      case .greater: return order > 0
      default: return order >= 0
      }
    }
    if let i = a.exactInt, let j = b.exactInt { return result(i < j ? -1 : i == j ? 0 : 1) }
    if let x = a.number, let y = b.number {
      if x.isNaN || y.isNaN { return false }
      return result(x < y ? -1 : x == y ? 0 : 1)
    }
    switch (a, b) {
    case (.string(let x), .string(let y)):
      return result(
        x.unicodeScalars.lexicographicallyPrecedes(y.unicodeScalars) ? -1 : x == y ? 0 : 1)
    case (.list(let x), .list(let y)): return try result(sequenceOrder(x.items, y.items))
    case (.tuple(let x), .tuple(let y)): return try result(sequenceOrder(x, y))
    default:
      throw PythonError(
        kind: "TypeError",
        message:
          "'\(op.rawValue)' not supported between instances of '\(a.messageTypeName)' and '\(b.messageTypeName)'"
      )
    }
  }

  private func sequenceOrder(_ x: [PyValue], _ y: [PyValue]) throws(PythonError) -> Int {
    for (p, q) in zip(x, y) where try !equals(p, q) {
      return try ordered(.less, p, q) ? -1 : 1
    }
    return x.count < y.count ? -1 : x.count == y.count ? 0 : 1
  }

  /// `item in container`.
  func contains(_ container: PyValue, _ item: PyValue) throws(PythonError) -> Bool {
    switch container {
    case .dict(let ref): return ref.get(try hashKey(item)) != nil
    case .string(let s):
      guard case .string(let sub) = item else {
        throw PythonError(
          kind: "TypeError",
          message: "'in <string>' requires string as left operand, not \(item.messageTypeName)")
      }
      return sub.isEmpty || s.contains(sub)
    case .array:
      return try truth(
        PyValue(
          try numpy { () throws -> NDArray in
            let equal = try NumPy.binary(
              .equal, container.arrayValue ?? NDArray(scalar: 0),
              try arrayOperand(item) ?? NDArray(scalar: .nan))
            return NDArray(scalar: equal.scalars.contains(1) ? 1 : 0, dtype: .bool)
          }))
    default:
      for element in try iterate(container) where try equals(element, item) { return true }
      return false
    }
  }

  func hashKey(_ value: PyValue) throws(PythonError) -> DictKey {
    guard let key = DictKey(value) else {
      throw PythonError(kind: "TypeError", message: "unhashable type: '\(value.messageTypeName)'")
    }
    return key
  }

  func shapeText(_ shape: [Int]) -> String {
    shape.count == 1
      ? "(\(shape[0]),)" : "(" + shape.map(String.init).joined(separator: ",") + ")"
  }
}

extension Double {
  /// The value as an Int when it is a whole number within Int's range (never traps).
  var wholeInt: Int? { Int(exactly: rounded(.towardZero)) }
}

extension PyValue {
  /// The value as an exact Python int (ints, bools, 0-d int and bool arrays), else nil.
  var exactInt: Int? {
    switch self {
    case .int(let v): return v
    case .bool(let b): return b ? 1 : 0
    default: return nil
    }
  }

  /// The value as a number (ints, floats, bools), else nil.
  var number: Double? {
    switch self {
    case .int(let v): return Double(v)
    case .float(let v): return v
    case .bool(let b): return b ? 1 : 0
    default: return nil
    }
  }

  /// An index: ints, bools, and 0-d int arrays (NumPy's integer scalars).
  var index: Int? {
    switch self {
    case .int(let v): return v
    case .bool(let b): return b ? 1 : 0
    case .array(let ref):
      let (dtype, ndim) = ref.dtypeAndRank
      guard ndim == 0, dtype != .float64, let scalar = ref.value.scalars.first else { return nil }
      return Int(exactly: scalar)
    default: return nil
    }
  }
}
