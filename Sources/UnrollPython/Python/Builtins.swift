import Foundation

/// Python's builtin functions and the methods of lists, dicts and strings, as far as the subset
/// goes; each checks its arguments in Python's words.
enum Builtins {
  typealias Body = (Evaluator, [PyValue], [(String, PyValue)]) throws(PythonError) -> PyValue

  static func function(_ name: String, isType: Bool = false, _ body: @escaping Body) -> PyValue {
    .builtin(BuiltinRef(name, isType: isType, body))
  }

  /// Refuses keyword arguments other than `allowed`.
  static func keywords(
    _ name: String, _ keywords: [(String, PyValue)], allowed: Set<String> = []
  ) throws(PythonError) -> [String: PyValue] {
    var result: [String: PyValue] = [:]
    for (key, value) in keywords {
      guard allowed.contains(key) else {
        throw PythonError(
          kind: "TypeError", message: "\(name)() got an unexpected keyword argument '\(key)'")
      }
      result[key] = value
    }
    return result
  }

  /// Checks the number of positional arguments, in Python's words.
  static func count(_ name: String, _ arguments: [PyValue], _ range: ClosedRange<Int>)
    throws(PythonError)
  {
    guard !range.contains(arguments.count) else { return }
    if range.lowerBound == range.upperBound {
      let n = range.lowerBound
      throw PythonError(
        kind: "TypeError",
        message:
          "\(name)() takes exactly \(n == 1 ? "one argument" : "\(n) arguments") (\(arguments.count) given)"
      )
    }
    if arguments.count < range.lowerBound {
      throw PythonError(
        kind: "TypeError",
        message:
          "\(name) expected at least \(range.lowerBound) argument\(range.lowerBound == 1 ? "" : "s"), got \(arguments.count)"
      )
    }
    throw PythonError(
      kind: "TypeError",
      message:
        "\(name) expected at most \(range.upperBound) argument\(range.upperBound == 1 ? "" : "s"), got \(arguments.count)"
    )
  }

  static func integer(_ value: PyValue) throws(PythonError) -> Int {
    guard let i = value.index else {
      throw PythonError(
        kind: "TypeError",
        message: "'\(value.messageTypeName)' object cannot be interpreted as an integer")
    }
    return i
  }

  static let all: [String: PyValue] = {
    var b: [String: PyValue] = [:]
    b["range"] = function("range", isType: true) { _, args, kw throws(PythonError) in
      _ = try keywords("range", kw)
      try count("range", args, 1...3)
      let ints = try args.map { (v) throws(PythonError) in try integer(v) }
      let step = ints.count == 3 ? ints[2] : 1
      guard step != 0 else {
        throw PythonError(kind: "ValueError", message: "range() arg 3 must not be zero")
      }
      return ints.count == 1
        ? .range(start: 0, stop: ints[0], step: 1)
        : .range(start: ints[0], stop: ints[1], step: step)
    }
    b["reversed"] = function("reversed", isType: true) { e, args, kw throws(PythonError) in
      _ = try keywords("reversed", kw)
      try count("reversed", args, 1...1)
      switch args[0] {
      case .list, .tuple, .range, .string, .array, .dict: break
      default:
        throw PythonError(
          kind: "TypeError", message: "'\(args[0].messageTypeName)' object is not reversible")
      }
      let kind: String
      switch args[0] {
      case .list: kind = "list_reverseiterator"
      case .range: kind = "range_iterator"
      case .dict: kind = "dict_reversekeyiterator"
      default: kind = "reversed"
      }
      return .iterator(
        IteratorRef(kind: kind, items: try e.iterate(args[0]).reversed(), isReversed: true))
    }
    b["enumerate"] = function("enumerate", isType: true) { e, args, kw throws(PythonError) in
      let options = try keywords("enumerate", kw, allowed: ["start"])
      try count("enumerate", args, 1...2)
      let start = try integer(options["start"] ?? (args.count > 1 ? args[1] : .int(0)))
      let items = try e.iterate(args[0]).enumerated().map { PyValue.tuple([.int(start + $0), $1]) }
      var isReversed = false
      if case .iterator(let ref) = args[0] { isReversed = ref.isReversed }
      return .iterator(IteratorRef(kind: "enumerate", items: items, isReversed: isReversed))
    }
    b["zip"] = function("zip", isType: true) { e, args, kw throws(PythonError) in
      _ = try keywords("zip", kw)
      var columns: [[PyValue]] = []
      for arg in args { columns.append(try e.iterate(arg)) }
      let n = columns.map(\.count).min() ?? 0
      let items = (0..<n).map { i in PyValue.tuple(columns.map { $0[i] }) }
      return .iterator(IteratorRef(kind: "zip", items: items))
    }
    b["iter"] = function("iter") { e, args, kw throws(PythonError) in
      try count("iter", args, 1...1)
      return .iterator(IteratorRef(kind: "iterator", items: try e.iterate(args[0])))
    }
    b["next"] = function("next") { _, args, kw throws(PythonError) in
      try count("next", args, 1...2)
      guard case .iterator(let ref) = args[0] else {
        throw PythonError(
          kind: "TypeError", message: "'\(args[0].messageTypeName)' object is not an iterator")
      }
      guard ref.position < ref.items.count else {
        if args.count == 2 { return args[1] }
        throw PythonError(kind: "StopIteration", message: "")
      }
      ref.position += 1
      return ref.items[ref.position - 1]
    }
    b["len"] = function("len") { _, args, kw throws(PythonError) in
      try count("len", args, 1...1)
      switch args[0] {
      case .list(let ref): return .int(ref.items.count)
      case .tuple(let items): return .int(items.count)
      case .dict(let ref): return .int(ref.count)
      case .string(let s): return .int(s.count)
      case .range(let a, let b, let c): return .int(Evaluator.rangeCount(a, b, c))
      case .array(let ref) where ref.dtypeAndRank.ndim > 0:
        return .int(ref.value.shape.first ?? 0)
      default:
        throw PythonError(
          kind: "TypeError", message: "object of type '\(args[0].messageTypeName)' has no len()")
      }
    }
    b["list"] = function("list", isType: true) { e, args, kw throws(PythonError) in
      try count("list", args, 0...1)
      return .list(ListRef(args.isEmpty ? [] : try e.iterate(args[0])))
    }
    b["tuple"] = function("tuple", isType: true) { e, args, kw throws(PythonError) in
      try count("tuple", args, 0...1)
      return .tuple(args.isEmpty ? [] : try e.iterate(args[0]))
    }
    b["dict"] = function("dict", isType: true) { e, args, kw throws(PythonError) in
      try count("dict", args, 0...1)
      let dict = DictRef()
      if let source = args.first { try update(dict, with: source, evaluator: e) }
      for (key, value) in kw { dict.set(.string(key), value, hashKey: .string(key)) }
      return .dict(dict)
    }
    b["print"] = function("print") { e, args, kw throws(PythonError) in
      let options = try keywords("print", kw, allowed: ["sep", "end", "flush"])
      func text(_ key: String, _ defaultValue: String) throws(PythonError) -> String {
        guard let value = options[key] else { return defaultValue }
        if case .none = value { return defaultValue }
        guard case .string(let s) = value else {
          throw PythonError(
            kind: "TypeError",
            message: "\(key) must be None or a string, not \(value.messageTypeName)")
        }
        return s
      }
      let parts = try args.map { (v) throws(PythonError) in try e.str(v) }
      e.output += parts.joined(separator: try text("sep", " ")) + (try text("end", "\n"))
      return .none
    }
    b["abs"] = function("abs") { e, args, kw throws(PythonError) in
      try count("abs", args, 1...1)
      switch args[0] {
      case .int(let v):
        guard v != Int.min else {
          throw PythonError(kind: "UnsupportedError", message: "integers beyond 64 bits")
        }
        return .int(abs(v))
      case .bool(let v): return .int(v ? 1 : 0)
      case .float(let v): return .float(abs(v))
      case .array(let ref): return PyValue(try e.numpy { try NumPy.unary(.abs, ref.value) })
      default:
        throw PythonError(
          kind: "TypeError", message: "bad operand type for abs(): '\(args[0].messageTypeName)'")
      }
    }
    for name in ["min", "max"] {
      b[name] = function(name) { e, args, kw throws(PythonError) in
        _ = try keywords(name, kw)
        guard !args.isEmpty else {
          throw PythonError(
            kind: "TypeError", message: "\(name) expected at least 1 argument, got 0")
        }
        let items = args.count == 1 ? try e.iterate(args[0]) : args
        guard var best = items.first else {
          throw PythonError(kind: "ValueError", message: "\(name)() arg is an empty sequence")
        }
        for item in items.dropFirst() {
          let better = try e.compare(name == "max" ? .greater : .less, item, best)
          if try e.truth(better) { best = item }
        }
        return best
      }
    }
    b["sum"] = function("sum") { e, args, kw throws(PythonError) in
      let options = try keywords("sum", kw, allowed: ["start"])
      try count("sum", args, 1...2)
      var total = options["start"] ?? (args.count > 1 ? args[1] : .int(0))
      for item in try e.iterate(args[0]) { total = try e.binary(.add, total, item) }
      return total
    }
    b["float"] = function("float", isType: true) { e, args, kw throws(PythonError) in
      try count("float", args, 0...1)
      guard let value = args.first else { return .float(0) }
      switch value {
      case .float: return value
      case .int(let v): return .float(Double(v))
      case .bool(let v): return .float(v ? 1 : 0)
      case .string(let s):
        let t = s.trimmingCharacters(in: .whitespaces).lowercased()
        if let v = Double(t.replacingOccurrences(of: "_", with: ""))
          ?? (t == "inf" || t == "+inf" || t == "infinity"
            ? .infinity : t == "-inf" ? -.infinity : t == "nan" ? .nan : nil)
        {
          return .float(v)
        }
        throw PythonError(
          kind: "ValueError",
          message: "could not convert string to float: \(Evaluator.stringRepr(s))")
      case .array(let ref):
        // NumPy 2 converts only 0-d arrays: float(np.array([[1.5]])) is a TypeError.
        return .float(try e.numpy { try ref.value.pythonScalar() })
      default:
        throw PythonError(
          kind: "TypeError",
          message:
            "float() argument must be a string or a real number, not '\(value.messageTypeName)'")
      }
    }
    b["int"] = function("int", isType: true) { e, args, kw throws(PythonError) in
      try count("int", args, 0...1)
      guard let value = args.first else { return .int(0) }
      func truncated(_ v: Double) throws(PythonError) -> PyValue {
        guard v.isFinite else {
          throw PythonError(
            kind: v.isNaN ? "ValueError" : "OverflowError",
            message: v.isNaN
              ? "cannot convert float NaN to integer" : "cannot convert float infinity to integer")
        }
        guard let whole = v.wholeInt else {
          throw PythonError(kind: "UnsupportedError", message: "integers beyond 64 bits")
        }
        return .int(whole)
      }
      switch value {
      case .int: return value
      case .bool(let v): return .int(v ? 1 : 0)
      case .float(let v): return try truncated(v)
      case .string(let s):
        if let v = Int(
          s.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "_", with: ""))
        {
          return .int(v)
        }
        throw PythonError(
          kind: "ValueError",
          message: "invalid literal for int() with base 10: \(Evaluator.stringRepr(s))")
      case .array(let ref):
        return try truncated(try e.numpy { try ref.value.pythonScalar() })
      default:
        throw PythonError(
          kind: "TypeError",
          message:
            "int() argument must be a string, a bytes-like object or a real number, not '\(value.messageTypeName)'"
        )
      }
    }
    b["bool"] = function("bool", isType: true) { e, args, kw throws(PythonError) in
      try count("bool", args, 0...1)
      return .bool(try args.first.map { (v) throws(PythonError) in try e.truth(v) } ?? false)
    }
    b["str"] = function("str", isType: true) { e, args, kw throws(PythonError) in
      try count("str", args, 0...1)
      return .string(try args.first.map { (v) throws(PythonError) in try e.str(v) } ?? "")
    }
    b["repr"] = function("repr") { e, args, kw throws(PythonError) in
      try count("repr", args, 1...1)
      return .string(e.repr(args[0]))
    }
    b["round"] = function("round") { _, args, kw throws(PythonError) in
      try count("round", args, 1...2)
      let digits: Int? = args.count > 1 ? (args[1].index) : nil
      switch args[0] {
      case .int, .bool: return args[0]
      case .float(let v):
        guard let digits else {
          guard v.isFinite else {
            throw PythonError(kind: "ValueError", message: "cannot convert float NaN to integer")
          }
          guard let whole = v.rounded(.toNearestOrEven).wholeInt else {
            throw PythonError(kind: "UnsupportedError", message: "integers beyond 64 bits")
          }
          return .int(whole)
        }
        let scale = Foundation.pow(10, Double(digits))
        return .float((v * scale).rounded(.toNearestOrEven) / scale)
      default:
        throw PythonError(
          kind: "TypeError",
          message: "type \(args[0].messageTypeName) doesn't define __round__ method")
      }
    }
    b["isinstance"] = function("isinstance") { _, args, kw throws(PythonError) in
      try count("isinstance", args, 2...2)
      let types = args[1].elements ?? [args[1]]
      for type in types where try isInstance(args[0], type) { return .bool(true) }
      return .bool(false)
    }
    b["any"] = function("any") { e, args, kw throws(PythonError) in
      try count("any", args, 1...1)
      for item in try e.iterate(args[0]) where try e.truth(item) { return .bool(true) }
      return .bool(false)
    }
    b["all"] = function("all") { e, args, kw throws(PythonError) in
      try count("all", args, 1...1)
      for item in try e.iterate(args[0]) where try !e.truth(item) { return .bool(false) }
      return .bool(true)
    }
    b["sorted"] = function("sorted") { e, args, kw throws(PythonError) in
      let options = try keywords("sorted", kw, allowed: ["reverse"])
      try count("sorted", args, 1...1)
      var items = try e.iterate(args[0])
      // Insertion sort: stable, and every comparison can throw Python's TypeError.
      for i in items.indices.dropFirst() {
        var j = i
        while j > 0, try e.truth(try e.compare(.less, items[j], items[j - 1])) {
          items.swapAt(j, j - 1)
          j -= 1
        }
      }
      if let reverse = options["reverse"], try e.truth(reverse) { items.reverse() }
      return .list(ListRef(items))
    }
    b["getattr"] = function("getattr") { e, args, kw throws(PythonError) in
      try count("getattr", args, 2...3)
      guard case .string(let name) = args[1] else {
        throw PythonError(
          kind: "TypeError",
          message: "attribute name must be string, not '\(args[1].messageTypeName)'")
      }
      do throws(PythonError) {
        return try e.attribute(of: args[0], name)
      } catch  where error.kind == "AttributeError" && args.count == 3 {
        return args[2]
      }
    }
    b["hasattr"] = function("hasattr") { e, args, kw throws(PythonError) in
      try count("hasattr", args, 2...2)
      guard case .string(let name) = args[1] else {
        throw PythonError(
          kind: "TypeError",
          message: "attribute name must be string, not '\(args[1].messageTypeName)'")
      }
      return .bool(e.attributeValue(args[0], name) != nil)
    }
    b["setattr"] = function("setattr") { e, args, kw throws(PythonError) in
      try count("setattr", args, 3...3)
      guard case .string(let name) = args[1] else {
        throw PythonError(
          kind: "TypeError",
          message: "attribute name must be string, not '\(args[1].messageTypeName)'")
      }
      try e.setAttribute(args[0], name, args[2])
      return .none
    }
    b["object"] = function("object", isType: true) { _, _, _ throws(PythonError) in
      throw PythonError(kind: "UnsupportedError", message: "object() is outside the subset")
    }
    for name in [
      "open", "input", "exec", "eval", "compile", "globals", "locals", "vars", "super", "type",
      "map", "filter", "set", "frozenset", "id", "hash", "callable", "divmod", "pow", "chr", "ord",
      "format", "issubclass", "property", "staticmethod", "classmethod", "__import__", "breakpoint",
    ] {
      b[name] = function(name) { _, _, _ throws(PythonError) in
        throw PythonError(
          kind: "UnsupportedError",
          message: "\(name)() is outside the Python subset unroll check interprets")
      }
    }
    return b
  }()

  static func isInstance(_ value: PyValue, _ type: PyValue) throws(PythonError) -> Bool {
    switch type {
    case .classObject(let cls):
      if case .instance(let instance) = value { return instance.classRef.isSubclass(of: cls) }
      return false
    case .builtin(let ref) where ref.isType:
      switch (ref.name, value) {
      case ("int", .int), ("int", .bool), ("bool", .bool), ("float", .float), ("str", .string),
        ("list", .list), ("tuple", .tuple), ("dict", .dict), ("range", .range):
        return true
      case ("ndarray", .array(let array)): return array.dtypeAndRank.ndim > 0
      case ("float64", .array(let array)), ("float", .array(let array)):
        return array.dtypeAndRank == (.float64, 0)
      case ("int64", .array(let array)): return array.dtypeAndRank == (.int64, 0)
      default: return false
      }
    default:
      throw PythonError(
        kind: "TypeError",
        message: "isinstance() arg 2 must be a type, a tuple of types, or a union")
    }
  }

  static func update(_ dict: DictRef, with source: PyValue, evaluator e: Evaluator)
    throws(PythonError)
  {
    if case .dict(let other) = source {
      for (key, value) in zip(other.keys, other.values) {
        dict.set(key, value, hashKey: try e.hashKey(key))
      }
      return
    }
    for pair in try e.iterate(source) {
      let items = try e.unpack(pair, count: 2)
      dict.set(items[0], items[1], hashKey: try e.hashKey(items[0]))
    }
  }

  // MARK: Methods

  static func listMethod(_ list: ListRef, _ name: String) -> PyValue? {
    switch name {
    case "append":
      return function("append") { _, args, _ throws(PythonError) in
        try count("list.append", args, 1...1)
        list.items.append(args[0])
        return .none
      }
    case "extend":
      return function("extend") { e, args, _ throws(PythonError) in
        try count("list.extend", args, 1...1)
        list.items += try e.iterate(args[0])
        return .none
      }
    case "insert":
      return function("insert") { _, args, _ throws(PythonError) in
        try count("insert", args, 2...2)
        var i = try integer(args[0])
        let n = list.items.count
        if i < 0 { i = max(0, i + n) }
        list.items.insert(args[1], at: min(i, n))
        return .none
      }
    case "pop":
      return function("pop") { _, args, _ throws(PythonError) in
        try count("pop", args, 0...1)
        guard !list.items.isEmpty else {
          throw PythonError(kind: "IndexError", message: "pop from empty list")
        }
        let i = try args.first.map { (v) throws(PythonError) in try integer(v) } ?? -1
        let p = i < 0 ? i + list.items.count : i
        guard p >= 0, p < list.items.count else {
          throw PythonError(kind: "IndexError", message: "pop index out of range")
        }
        return list.items.remove(at: p)
      }
    case "copy":
      return function("copy") { _, args, _ throws(PythonError) in
        try count("list.copy", args, 0...0)
        return .list(ListRef(list.items))
      }
    case "index":
      return function("index") { e, args, _ throws(PythonError) in
        try count("index", args, 1...1)
        for (i, item) in list.items.enumerated() where try e.equals(item, args[0]) {
          return .int(i)
        }
        throw PythonError(kind: "ValueError", message: "\(e.repr(args[0])) is not in list")
      }
    case "count":
      return function("count") { e, args, _ throws(PythonError) in
        try count("list.count", args, 1...1)
        var n = 0
        for item in list.items where try e.equals(item, args[0]) { n += 1 }
        return .int(n)
      }
    case "reverse":
      return function("reverse") { _, _, _ throws(PythonError) in
        list.items.reverse()
        return .none
      }
    case "clear":
      return function("clear") { _, _, _ throws(PythonError) in
        list.items.removeAll()
        return .none
      }
    default:
      return nil
    }
  }

  static func dictMethod(_ dict: DictRef, _ name: String) -> PyValue? {
    switch name {
    case "get":
      return function("get") { e, args, _ throws(PythonError) in
        try count("get", args, 1...2)
        return dict.get(try e.hashKey(args[0])) ?? (args.count > 1 ? args[1] : .none)
      }
    case "update":
      return function("update") { e, args, kw throws(PythonError) in
        try count("update", args, 0...1)
        if let source = args.first { try update(dict, with: source, evaluator: e) }
        for (key, value) in kw { dict.set(.string(key), value, hashKey: .string(key)) }
        return .none
      }
    case "keys":
      return function("keys") { _, _, _ throws(PythonError) in .list(ListRef(dict.keys)) }
    case "values":
      return function("values") { _, _, _ throws(PythonError) in .list(ListRef(dict.values)) }
    case "items":
      return function("items") { _, _, _ throws(PythonError) in
        .list(ListRef(zip(dict.keys, dict.values).map { PyValue.tuple([$0, $1]) }))
      }
    case "pop":
      return function("pop") { e, args, _ throws(PythonError) in
        try count("pop", args, 1...2)
        if let value = dict.remove(try e.hashKey(args[0])) { return value }
        if args.count > 1 { return args[1] }
        throw PythonError(kind: "KeyError", message: e.repr(args[0]))
      }
    case "copy":
      return function("copy") { e, _, _ throws(PythonError) in
        let copy = DictRef()
        try update(copy, with: .dict(dict), evaluator: e)
        return .dict(copy)
      }
    case "setdefault":
      return function("setdefault") { e, args, _ throws(PythonError) in
        try count("setdefault", args, 1...2)
        let key = try e.hashKey(args[0])
        if let value = dict.get(key) { return value }
        let value = args.count > 1 ? args[1] : PyValue.none
        dict.set(args[0], value, hashKey: key)
        return value
      }
    default:
      return nil
    }
  }

  static func stringMethod(_ s: String, _ name: String) -> PyValue? {
    switch name {
    case "join":
      return function("join") { e, args, _ throws(PythonError) in
        try count("join", args, 1...1)
        var parts: [String] = []
        for (i, item) in try e.iterate(args[0]).enumerated() {
          guard case .string(let part) = item else {
            throw PythonError(
              kind: "TypeError",
              message: "sequence item \(i): expected str instance, \(item.messageTypeName) found")
          }
          parts.append(part)
        }
        return .string(parts.joined(separator: s))
      }
    case "format":
      return function("format") { e, args, kw throws(PythonError) in
        .string(try e.formatMethod(s, args, kw))
      }
    case "upper":
      return function("upper") { _, _, _ throws(PythonError) in .string(s.uppercased()) }
    case "lower":
      return function("lower") { _, _, _ throws(PythonError) in .string(s.lowercased()) }
    case "strip":
      return function("strip") { _, _, _ throws(PythonError) in
        .string(s.trimmingCharacters(in: .whitespacesAndNewlines))
      }
    case "startswith", "endswith":
      return function(name) { _, args, _ throws(PythonError) in
        try count(name, args, 1...1)
        guard case .string(let part) = args[0] else {
          throw PythonError(
            kind: "TypeError",
            message:
              "\(name) first arg must be str or a tuple of str, not \(args[0].messageTypeName)")
        }
        return .bool(name == "startswith" ? s.hasPrefix(part) : s.hasSuffix(part))
      }
    default:
      return nil
    }
  }
}

extension Evaluator {
  /// The number of items of `range(start, stop, step)`.
  static func rangeCount(_ start: Int, _ stop: Int, _ step: Int) -> Int {
    if step > 0 { return stop > start ? (stop - start + step - 1) / step : 0 }
    if step < 0 { return start > stop ? (start - stop - step - 1) / -step : 0 }
    return 0
  }
}
