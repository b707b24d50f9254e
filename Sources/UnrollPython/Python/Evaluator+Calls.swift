/// Calls, attributes, subscripts and iteration.
extension Evaluator {
  // MARK: Calls

  func call(_ callee: PyValue, _ arguments: [PyValue], _ keywords: [(String, PyValue)])
    throws(PythonError) -> PyValue
  {
    switch callee {
    case .function(let function):
      return try callUser(function, arguments, keywords)
    case .boundMethod(let object, let function):
      return try callUser(function, [object] + arguments, keywords)
    case .builtin(let builtin):
      try step()
      return try builtin.body(self, arguments, keywords)
    case .classObject(let cls):
      let instance = PyValue.instance(InstanceRef(classRef: cls))
      if case .function(let initializer) = cls.lookup("__init__") {
        let result = try callUser(initializer, [instance] + arguments, keywords)
        if case .none = result { return instance }
        throw PythonError(
          kind: "TypeError",
          message: "__init__() should return None, not '\(result.messageTypeName)'")
      }
      if !arguments.isEmpty || !keywords.isEmpty {
        throw PythonError(kind: "TypeError", message: "\(cls.name)() takes no arguments")
      }
      return instance
    default:
      throw PythonError(
        kind: "TypeError", message: "'\(callee.messageTypeName)' object is not callable")
    }
  }

  /// Calls a user function: binds the arguments in Python's words, runs the body in a new frame,
  /// records the return with the frame's locals.
  func callUser(_ function: FunctionRef, _ arguments: [PyValue], _ keywords: [(String, PyValue)])
    throws(PythonError) -> PyValue
  {
    try step()
    let def = function.def
    guard frames.count < Evaluator.recursionLimit else {
      throw PythonError(kind: "RecursionError", message: "maximum recursion depth exceeded")
    }
    let frame = Frame(name: def.qualifiedName, slotCount: def.slotNames.count, def: def)
    try bind(function, arguments, keywords, into: frame)
    frames.append(frame)
    defer { frames.removeLast() }
    let flow = try execute(def.body, in: frame)
    var result = PyValue.none
    if case .returned(let value) = flow { result = value }
    if recordsEvents {
      var locals: [String: PyValue] = [:]
      for (slot, name) in def.slotNames.prefix(def.localCount).enumerated() {
        if let value = frame.slots[slot] { locals[name] = value.snapshot() }
      }
      record(
        .returned(
          function: def.qualifiedName, line: frame.line, locals: locals, value: result.snapshot()))
    }
    return result
  }

  private func bind(
    _ function: FunctionRef, _ arguments: [PyValue], _ keywords: [(String, PyValue)],
    into frame: Frame
  ) throws(PythonError) {
    let def = function.def
    let parameters = def.parameters
    let name = def.qualifiedName
    if arguments.count > parameters.count {
      let required = parameters.filter { $0.defaultValue == nil }.count
      let takes =
        required == parameters.count
        ? "\(parameters.count) positional argument\(parameters.count == 1 ? "" : "s")"
        : "from \(required) to \(parameters.count) positional arguments"
      let given = "\(arguments.count) \(arguments.count == 1 ? "was" : "were") given"
      throw PythonError(kind: "TypeError", message: "\(name)() takes \(takes) but \(given)")
    }
    for (i, argument) in arguments.enumerated() { frame.slots[i] = argument }
    for (keyword, value) in keywords {
      guard let i = parameters.firstIndex(where: { $0.name == keyword }) else {
        throw PythonError(
          kind: "TypeError", message: "\(name)() got an unexpected keyword argument '\(keyword)'")
      }
      if frame.slots[i] != nil {
        throw PythonError(
          kind: "TypeError", message: "\(name)() got multiple values for argument '\(keyword)'")
      }
      frame.slots[i] = value
    }
    var missing: [String] = []
    for i in parameters.indices where frame.slots[i] == nil {
      if i < function.defaults.count, let value = function.defaults[i] {
        frame.slots[i] = value
      } else {
        missing.append("'\(parameters[i].name)'")
      }
    }
    guard missing.isEmpty else {
      let list: String
      switch missing.count {
      case 1: list = missing[0]
      case 2: list = "\(missing[0]) and \(missing[1])"
      default: list = missing.dropLast().joined(separator: ", ") + ", and " + (missing.last ?? "")
      }
      throw PythonError(
        kind: "TypeError",
        message:
          "\(name)() missing \(missing.count) required positional argument\(missing.count == 1 ? "" : "s"): \(list)"
      )
    }
  }

  // MARK: Attributes

  func attribute(of object: PyValue, _ name: String) throws(PythonError) -> PyValue {
    switch object {
    case .instance(let instance):
      if let value = instance.attributes[name] { return value }
      if let value = instance.classRef.lookup(name) {
        if case .function(let function) = value { return .boundMethod(self: object, function) }
        return value
      }
      throw PythonError(
        kind: "AttributeError",
        message: "'\(instance.classRef.name)' object has no attribute '\(name)'")
    case .classObject(let cls):
      if let value = cls.lookup(name) { return value }
      throw PythonError(
        kind: "AttributeError", message: "type object '\(cls.name)' has no attribute '\(name)'")
    case .module(let module):
      if let value = module.attributes[name] { return value }
      if module.name == "numpy.random" {
        throw PythonError(
          kind: "UnsupportedError",
          message:
            "np.random.\(name): unroll check sets the weights and inputs itself (--weights, --seed); np.random is not interpreted"
        )
      }
      if module.name.hasPrefix("numpy") {
        let prefix = module.name == "numpy" ? "np" : "np." + module.name.dropFirst(6)
        throw PythonError(
          kind: "UnsupportedError",
          message: "\(prefix).\(name) is outside the NumPy subset unroll check interprets")
      }
      throw PythonError(
        kind: "AttributeError", message: "module '\(module.name)' has no attribute '\(name)'")
    case .array(let ref):
      return try NumPyModule.attribute(of: ref, name, evaluator: self)
    case .list(let ref):
      if let method = Builtins.listMethod(ref, name) { return method }
    case .dict(let ref):
      if let method = Builtins.dictMethod(ref, name) { return method }
    case .string(let s):
      if let method = Builtins.stringMethod(s, name) { return method }
    case .float(let v) where name == "is_integer":
      return .builtin(BuiltinRef("is_integer") { _, _, _ in .bool(v == v.rounded()) })
    default:
      break
    }
    throw PythonError(
      kind: "AttributeError",
      message: "'\(object.messageTypeName)' object has no attribute '\(name)'")
  }

  /// An attribute for the public API: nil where Python would raise.
  func attributeValue(_ object: PyValue, _ name: String) -> PyValue? {
    try? attribute(of: object, name)
  }

  func setAttribute(_ object: PyValue, _ name: String, _ value: PyValue) throws(PythonError) {
    switch object {
    case .instance(let instance):
      instance.attributes[name] = value
    case .classObject(let cls):
      cls.namespace[name] = value
    case .array:
      throw PythonError(
        kind: "UnsupportedError",
        message: "setting an array's '\(name)' is outside the NumPy subset unroll check interprets")
    default:
      throw PythonError(
        kind: "AttributeError",
        message: "'\(object.messageTypeName)' object has no attribute '\(name)'")
    }
  }

  func setAttributeValue(_ object: PyValue, _ name: String, _ value: PyValue) throws(PythonError) {
    try setAttribute(object, name, value)
  }

  // MARK: Subscripts

  /// `object[index]`.
  func item(of object: PyValue, _ index: PyValue) throws(PythonError) -> PyValue {
    switch object {
    case .list(let ref):
      if case .slice = index { return .list(ListRef(try sliced(ref.items, index))) }
      return ref.items[try position(index, count: ref.items.count, kind: "list")]
    case .tuple(let items):
      if case .slice = index { return .tuple(try sliced(items, index)) }
      return items[try position(index, count: items.count, kind: "tuple")]
    case .string(let s):
      let characters = s.map { PyValue.string(String($0)) }
      if case .slice = index {
        return .string(
          try sliced(characters, index).map { value -> String in
            if case .string(let c) = value { return c }
            return ""
          }.joined())
      }
      return characters[try position(index, count: characters.count, kind: "string")]
    case .dict(let ref):
      if let value = ref.get(try hashKey(index)) { return value }
      throw PythonError(kind: "KeyError", message: repr(index))
    case .range(let start, let stop, let step):
      let count = rangeCount(start, stop, step)
      if case .slice = index {
        throw PythonError(
          kind: "UnsupportedError", message: "slicing a range is outside the Python subset")
      }
      return .int(start + step * (try position(index, count: count, kind: "range object")))
    case .array(let ref):
      if ref.dtypeAndRank.ndim == 0 {
        throw PythonError(kind: "IndexError", message: "invalid index to scalar variable.")
      }
      let items = try indexItems(index)
      return try numpy { try ref.view { try $0.subscripted(items) } }
    default:
      throw PythonError(
        kind: "TypeError", message: "'\(object.messageTypeName)' object is not subscriptable")
    }
  }

  /// `object[index] = value`.
  func setItem(_ object: PyValue, _ index: PyValue, _ value: PyValue) throws(PythonError) {
    switch object {
    case .list(let ref):
      if case .slice = index {
        throw PythonError(
          kind: "UnsupportedError", message: "assigning to a slice of a list is outside the subset")
      }
      guard let i = index.index else {
        throw PythonError(
          kind: "TypeError",
          message: "list indices must be integers or slices, not \(index.messageTypeName)")
      }
      let p = i < 0 ? i + ref.items.count : i
      guard p >= 0, p < ref.items.count else {
        throw PythonError(kind: "IndexError", message: "list assignment index out of range")
      }
      ref.items[p] = value
    case .dict(let ref):
      ref.set(index, value, hashKey: try hashKey(index))
    case .array(let ref):
      let items = try indexItems(index)
      guard let newValue = try arrayOperand(value) else {
        throw PythonError(
          kind: "TypeError",
          message:
            "float() argument must be a string or a real number, not '\(value.messageTypeName)'")
      }
      try numpy { try ref.assign(items, newValue) }
    case .tuple:
      throw PythonError(
        kind: "TypeError", message: "'tuple' object does not support item assignment")
    case .string:
      throw PythonError(kind: "TypeError", message: "'str' object does not support item assignment")
    default:
      throw PythonError(
        kind: "TypeError",
        message: "'\(object.messageTypeName)' object does not support item assignment")
    }
  }

  /// A list, tuple or string index in range, in Python's words when not.
  private func position(_ index: PyValue, count: Int, kind: String) throws(PythonError) -> Int {
    guard let i = index.index else {
      let what = kind == "string" ? "string" : kind == "range object" ? "range" : kind
      throw PythonError(
        kind: "TypeError",
        message: "\(what) indices must be integers or slices, not \(index.messageTypeName)")
    }
    let p = i < 0 ? i + count : i
    guard p >= 0, p < count else {
      throw PythonError(kind: "IndexError", message: "\(kind) index out of range")
    }
    return p
  }

  /// Python's `slice.indices`: the start, stop and step a slice takes on a sequence of `count`.
  func sliceBounds(_ slice: PyValue, count: Int) throws(PythonError) -> (Int, Int, Int) {
    guard case .slice(let a, let b, let c) = slice else { return (0, count, 1) }
    func part(_ v: PyValue) throws(PythonError) -> Int? {
      if case .none = v { return nil }
      guard let i = v.index else {
        throw PythonError(
          kind: "TypeError",
          message: "slice indices must be integers or None or have an __index__ method")
      }
      return i
    }
    let step = try part(c) ?? 1
    guard step != 0 else {
      throw PythonError(kind: "ValueError", message: "slice step cannot be zero")
    }
    func clamp(_ v: Int?, _ defaultValue: Int) -> Int {
      guard var v else { return defaultValue }
      if v < 0 {
        v += count
        if v < 0 { v = step < 0 ? -1 : 0 }
      } else if v >= count {
        v = step < 0 ? count - 1 : count
      }
      return v
    }
    let start = clamp(try part(a), step < 0 ? count - 1 : 0)
    let stop = clamp(try part(b), step < 0 ? -1 : count)
    return (start, stop, step)
  }

  private func sliced(_ items: [PyValue], _ slice: PyValue) throws(PythonError) -> [PyValue] {
    let (start, stop, step) = try sliceBounds(slice, count: items.count)
    var result: [PyValue] = []
    var i = start
    while step > 0 ? i < stop : i > stop {
      result.append(items[i])
      i += step
    }
    return result
  }

  /// An array subscript as NumPy's basic index items.
  func indexItems(_ index: PyValue) throws(PythonError) -> [IndexItem] {
    if case .tuple(let items) = index {
      var result: [IndexItem] = []
      for item in items { result.append(try indexItem(item)) }
      return result
    }
    return [try indexItem(index)]
  }

  private func indexItem(_ value: PyValue) throws(PythonError) -> IndexItem {
    switch value {
    case .none: return .newAxis
    case .ellipsis: return .ellipsis
    case .int(let i): return .int(i)
    case .slice(let a, let b, let c):
      func part(_ v: PyValue) throws(PythonError) -> Int? {
        if case .none = v { return nil }
        guard let i = v.index else {
          throw PythonError(
            kind: "TypeError",
            message: "slice indices must be integers or None or have an __index__ method")
        }
        return i
      }
      let step = try part(c)
      if step == 0 { throw PythonError(kind: "ValueError", message: "slice step cannot be zero") }
      return .slice(start: try part(a), stop: try part(b), step: step)
    case .list, .tuple, .bool:
      throw PythonError(
        kind: "UnsupportedError",
        message:
          "indexing an array with a list, a bool or an array (NumPy's advanced indexing) is outside the subset unroll check interprets"
      )
    case .array(let ref):
      if let i = value.index { return .int(i) }
      if ref.dtypeAndRank.ndim > 0 {
        throw PythonError(
          kind: "UnsupportedError",
          message:
            "indexing an array with an array (NumPy's advanced indexing) is outside the subset unroll check interprets"
        )
      }
    default:
      break
    }
    throw PythonError(
      kind: "IndexError",
      message:
        "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices"
    )
  }

  // MARK: Iteration

  /// What a `for` loop walks, with its count and whether it is `reversed(...)`.
  struct Iteration {
    enum Source {
      case range(start: Int, step: Int)
      case items([PyValue])
      case list(ListRef)
      case array(ArrayRef)
      case iterator(IteratorRef)
    }
    let source: Source
    let count: Int?
    let isReversed: Bool
    let evaluator: Evaluator

    /// The item at `position` (then advanced), nil at the end.
    func next(_ position: inout Int) throws(PythonError) -> PyValue? {
      defer { position += 1 }
      switch source {
      case .range(let start, let step):
        guard let count, position < count else { return nil }
        return .int(start + step * position)
      case .items(let items):
        return position < items.count ? items[position] : nil
      case .list(let ref):
        return position < ref.items.count ? ref.items[position] : nil
      case .array(let ref):
        guard let count, position < count else { return nil }
        let i = position
        return try evaluator.numpy { try ref.view { try $0.subscripted([.int(i)]) } }
      case .iterator(let ref):
        guard ref.position < ref.items.count else { return nil }
        ref.position += 1
        return ref.items[ref.position - 1]
      }
    }
  }

  func iteration(of value: PyValue) throws(PythonError) -> Iteration {
    switch value {
    case .range(let start, let stop, let step):
      return Iteration(
        source: .range(start: start, step: step), count: rangeCount(start, stop, step),
        isReversed: false, evaluator: self)
    case .list(let ref):
      return Iteration(
        source: .list(ref), count: ref.items.count, isReversed: false, evaluator: self)
    case .tuple(let items):
      return Iteration(
        source: .items(items), count: items.count, isReversed: false, evaluator: self)
    case .dict(let ref):
      return Iteration(
        source: .items(ref.keys), count: ref.count, isReversed: false, evaluator: self)
    case .string(let s):
      let items = s.map { PyValue.string(String($0)) }
      return Iteration(
        source: .items(items), count: items.count, isReversed: false, evaluator: self)
    case .iterator(let ref):
      return Iteration(
        source: .iterator(ref), count: ref.items.count - ref.position, isReversed: ref.isReversed,
        evaluator: self)
    case .array(let ref):
      let array = ref.value
      guard let first = array.shape.first else {
        throw PythonError(
          kind: "TypeError", message: "'\(value.messageTypeName)' object is not iterable")
      }
      return Iteration(source: .array(ref), count: first, isReversed: false, evaluator: self)
    default:
      throw PythonError(
        kind: "TypeError", message: "'\(value.messageTypeName)' object is not iterable")
    }
  }

  /// All items of an iterable (consuming an iterator), within the step budget.
  func iterate(_ value: PyValue) throws(PythonError) -> [PyValue] {
    let sequence = try iteration(of: value)
    if let count = sequence.count, count > stepLimit - steps {
      throw PythonError(
        kind: "StepLimitError",
        message: "iterating \(count) items would pass the step limit of \(stepLimit)")
    }
    var items: [PyValue] = []
    var position = 0
    while let item = try sequence.next(&position) { items.append(item) }
    return items
  }

  func rangeCount(_ start: Int, _ stop: Int, _ step: Int) -> Int {
    if step > 0 { return stop > start ? (stop - start + step - 1) / step : 0 }
    if step < 0 { return start > stop ? (start - stop - step - 1) / -step : 0 }
    return 0
  }
}
