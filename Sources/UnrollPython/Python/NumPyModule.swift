import Foundation

/// The `np` module and the arrays' attributes and methods, calling the NDArray library
/// (Sources/UnrollPython/NDArray) for all numerics; `np.random` is refused (unroll check sets
/// the weights itself).
enum NumPyModule {
  typealias Body = Builtins.Body

  static let module: PyValue = .module(ModuleRef(name: "numpy", attributes: attributes))

  private static func function(_ name: String, _ body: @escaping Body) -> PyValue {
    Builtins.function(name, body)
  }

  /// An argument as an array, in NumPy's words when it cannot be one.
  static func array(_ value: PyValue, _ e: Evaluator) throws(PythonError) -> NDArray {
    if let array = try e.arrayOperand(value) { return array }
    throw PythonError(
      kind: "TypeError",
      message: "unsupported operand type for NumPy: '\(value.messageTypeName)'")
  }

  /// A shape argument: an int or a tuple or list of ints.
  static func shape(_ value: PyValue) throws(PythonError) -> [Int] {
    if let n = value.index { return [n] }
    guard let items = value.elements else {
      throw PythonError(
        kind: "TypeError",
        message: "'\(value.messageTypeName)' object cannot be interpreted as an integer")
    }
    return try items.map { (v) throws(PythonError) in try Builtins.integer(v) }
  }

  /// A `dtype=` argument: float, int, bool or NumPy's names for them.
  static func dtype(_ value: PyValue) throws(PythonError) -> DType {
    switch value {
    case .builtin(let ref) where ["float", "float64"].contains(ref.name): return .float64
    case .builtin(let ref) where ["int", "int64"].contains(ref.name): return .int64
    case .builtin(let ref) where ["bool", "bool_"].contains(ref.name): return .bool
    case .string(let s) where DType(rawValue: s) != nil: return DType(rawValue: s) ?? .float64
    default:
      throw PythonError(
        kind: "UnsupportedError",
        message:
          "the dtype \(Evaluator.repr(value)) is outside the NumPy subset (float64, int64, bool)")
    }
  }

  /// `a.astype(dtype)`, with NumPy's unsafe casting (NDArray.astype).
  static func cast(_ a: NDArray, to dtype: DType, _ e: Evaluator) throws(PythonError) -> NDArray {
    a.astype(dtype)
  }

  /// `axis=` and `keepdims=` of a reduction, positional or by keyword.
  static func reduction(
    _ name: String, _ args: [PyValue], _ kw: [(String, PyValue)], first: Int,
    _ e: Evaluator
  ) throws(PythonError) -> (axis: Int?, keepdims: Bool) {
    let options = try Builtins.keywords(name, kw, allowed: ["axis", "keepdims"])
    let axisValue = options["axis"] ?? (args.count > first ? args[first] : .none)
    var axis: Int?
    switch axisValue {
    case .none: axis = nil
    case .tuple:
      throw PythonError(
        kind: "UnsupportedError", message: "\(name) over a tuple of axes is outside the subset")
    default: axis = try Builtins.integer(axisValue)
    }
    let keepdims =
      try options["keepdims"].map { (v) throws(PythonError) in try e.truth(v) } ?? false
    return (axis, keepdims)
  }

  /// A sequence of arrays (`np.vstack((a, b))`).
  static func arrays(_ value: PyValue, _ e: Evaluator) throws(PythonError) -> [NDArray] {
    try e.iterate(value).map { (v) throws(PythonError) in try array(v, e) }
  }

  private static func unary(_ name: String, _ op: UnaryOp) -> PyValue {
    function(name) { e, args, kw throws(PythonError) in
      _ = try Builtins.keywords(name, kw)
      try Builtins.count(name, args, 1...1)
      let a = try array(args[0], e)
      return PyValue(try e.numpy { try NumPy.unary(op, a) })
    }
  }

  private static func binary(_ name: String, _ op: BinaryOp) -> PyValue {
    function(name) { e, args, kw throws(PythonError) in
      _ = try Builtins.keywords(name, kw)
      try Builtins.count(name, args, 2...2)
      let a = try array(args[0], e), b = try array(args[1], e)
      return PyValue(try e.numpy { try NumPy.binary(op, a, b) })
    }
  }

  private static func filled(_ name: String, ones: Bool) -> PyValue {
    function(name) { e, args, kw throws(PythonError) in
      let options = try Builtins.keywords(name, kw, allowed: ["dtype", "shape"])
      guard let shapeValue = args.first ?? options["shape"] else {
        throw PythonError(
          kind: "TypeError",
          message: "\(name)() missing required argument 'shape' (pos 0)")
      }
      let result = try e.numpy {
        try ones ? NumPy.ones(try shape(shapeValue)) : NumPy.zeros(try shape(shapeValue))
      }
      if let dtypeValue = options["dtype"] ?? (args.count > 1 ? args[1] : nil) {
        return PyValue(try cast(result, to: try dtype(dtypeValue), e))
      }
      return PyValue(result)
    }
  }

  private static func filledLike(_ name: String, ones: Bool) -> PyValue {
    function(name) { e, args, kw throws(PythonError) in
      _ = try Builtins.keywords(name, kw)
      try Builtins.count(name, args, 1...1)
      let a = try array(args[0], e)
      return PyValue(try e.numpy { try ones ? NumPy.onesLike(a) : NumPy.zerosLike(a) })
    }
  }

  private static func scalarType(_ name: String, _ dtype: DType) -> PyValue {
    .builtin(
      BuiltinRef(name, isType: true) { e, args, kw throws(PythonError) in
        _ = try Builtins.keywords(name, kw)
        try Builtins.count(name, args, 0...1)
        guard let value = args.first else { return PyValue(NDArray(scalar: 0, dtype: dtype)) }
        return PyValue(try cast(try array(value, e), to: dtype, e))
      })
  }

  static let attributes: [String: PyValue] = {
    var np: [String: PyValue] = [:]
    np["zeros"] = filled("zeros", ones: false)
    np["ones"] = filled("ones", ones: true)
    np["zeros_like"] = filledLike("zeros_like", ones: false)
    np["ones_like"] = filledLike("ones_like", ones: true)
    np["array"] = function("array") { e, args, kw throws(PythonError) in
      let options = try Builtins.keywords("array", kw, allowed: ["dtype"])
      try Builtins.count("array", args, 1...2)
      let result = try e.numpy { try NumPy.array(try e.nested(args[0])) }
      if let dtypeValue = options["dtype"] ?? (args.count > 1 ? args[1] : nil) {
        return PyValue(try cast(result, to: try dtype(dtypeValue), e))
      }
      return PyValue(result)
    }
    np["asarray"] = function("asarray") { e, args, kw throws(PythonError) in
      try Builtins.count("asarray", args, 1...1)
      if case .array = args[0] { return args[0] }
      return PyValue(try e.numpy { try NumPy.array(try e.nested(args[0])) })
    }
    np["copy"] = function("copy") { e, args, kw throws(PythonError) in
      try Builtins.count("copy", args, 1...1)
      return PyValue(try array(args[0], e).copy())
    }
    // dot and matmul are told when their left operand is `W.T`: the engine's order then.
    for (name, call) in [
      ("dot", { @Sendable a, b, t in try NumPy.dot(a, b, transposedLeft: t) }),
      ("matmul", { @Sendable a, b, t in try NumPy.matmul(a, b, transposedLeft: t) }),
      ("outer", { @Sendable a, b, _ in try NumPy.outer(a, b) }),
    ] as [(String, @Sendable (NDArray, NDArray, Bool) throws -> NDArray)] {
      np[name] = function(name) { e, args, kw throws(PythonError) in
        _ = try Builtins.keywords(name, kw)
        try Builtins.count(name, args, 2...2)
        let a = try array(args[0], e), b = try array(args[1], e)
        let transposed = args[0].isTransposeOfMatrix
        return PyValue(try e.numpy { try call(a, b, transposed) })
      }
    }
    np["tanh"] = unary("tanh", .tanh)
    np["exp"] = unary("exp", .exp)
    np["log"] = unary("log", .log)
    np["sqrt"] = unary("sqrt", .sqrt)
    np["abs"] = unary("abs", .abs)
    np["absolute"] = unary("absolute", .abs)
    np["negative"] = unary("negative", .negative)
    np["maximum"] = binary("maximum", .maximum)
    np["minimum"] = binary("minimum", .minimum)
    np["add"] = binary("add", .add)
    np["subtract"] = binary("subtract", .subtract)
    np["multiply"] = binary("multiply", .multiply)
    np["divide"] = binary("divide", .divide)
    np["power"] = binary("power", .power)
    np["square"] = function("square") { e, args, kw throws(PythonError) in
      try Builtins.count("square", args, 1...1)
      let a = try array(args[0], e)
      return PyValue(try e.numpy { try NumPy.binary(.multiply, a, a) })
    }
    np["clip"] = function("clip") { e, args, kw throws(PythonError) in
      let options = try Builtins.keywords("clip", kw, allowed: ["out"])
      try Builtins.count("clip", args, 3...3)
      let a = try array(args[0], e)
      func bound(_ v: PyValue) throws(PythonError) -> NDArray? {
        if case .none = v { return nil }
        return try array(v, e)
      }
      let low = try bound(args[1]), high = try bound(args[2])
      let result = try e.numpy { try NumPy.clip(a, low, high) }
      // min-char-rnn's `np.clip(dparam, -5, 5, out=dparam)`: the result written in place.
      if let out = options["out"] {
        guard case .array(let ref) = out, ref.value.shape == result.shape else {
          throw PythonError(
            kind: "UnsupportedError",
            message: "np.clip's out= must be an array of the result's shape in the subset")
        }
        let cast = try cast(result, to: ref.dtypeAndRank.dtype, e)
        try e.numpy { try ref.write(cast) }
        return out
      }
      return PyValue(result)
    }
    for name in ["max", "min", "amax", "amin"] {
      np[name] = function(name) { e, args, kw throws(PythonError) in
        try Builtins.count(name, args, 1...1)
        _ = try Builtins.keywords(name, kw)
        return try extreme(try array(args[0], e), isMax: name.hasSuffix("max"))
      }
    }
    np["allclose"] = function("allclose") { e, args, kw throws(PythonError) in
      let options = try Builtins.keywords("allclose", kw, allowed: ["rtol", "atol"])
      try Builtins.count("allclose", args, 2...2)
      let a = try array(args[0], e), b = try array(args[1], e)
      let rtol = options["rtol"]?.number ?? 1e-5
      let atol = options["atol"]?.number ?? 1e-8
      // |a − b| <= atol + rtol · |b|, broadcasting both; NaN is never close.
      let difference = try e.numpy { try NumPy.binary(.subtract, a, b) }
      let bound = try e.numpy {
        try NumPy.binary(
          .add, NDArray(scalar: atol),
          try NumPy.binary(
            .multiply, NDArray(scalar: rtol),
            try NumPy.binary(.add, NumPy.unary(.abs, b), NumPy.zerosLike(difference))))
      }
      return .bool(zip(difference.scalars, bound.scalars).allSatisfy { abs($0) <= $1 })
    }
    for name in ["sum", "mean"] {
      np[name] = function(name) { e, args, kw throws(PythonError) in
        try Builtins.count(name, args, 1...2)
        let a = try array(args[0], e)
        let (axis, keepdims) = try reduction(name, args, kw, first: 1, e)
        return PyValue(
          try e.numpy {
            name == "sum"
              ? try NumPy.sum(a, axis: axis, keepdims: keepdims)
              : try NumPy.mean(a, axis: axis, keepdims: keepdims)
          })
      }
    }
    np["vstack"] = function("vstack") { e, args, kw throws(PythonError) in
      try Builtins.count("vstack", args, 1...1)
      let list = try arrays(args[0], e)
      return PyValue(try e.numpy { try NumPy.vstack(list) })
    }
    np["hstack"] = function("hstack") { e, args, kw throws(PythonError) in
      try Builtins.count("hstack", args, 1...1)
      let list = try arrays(args[0], e)
      return PyValue(try e.numpy { try NumPy.hstack(list) })
    }
    np["concatenate"] = function("concatenate") { e, args, kw throws(PythonError) in
      let options = try Builtins.keywords("concatenate", kw, allowed: ["axis"])
      try Builtins.count("concatenate", args, 1...2)
      let list = try arrays(args[0], e)
      let axisValue = options["axis"] ?? (args.count > 1 ? args[1] : .int(0))
      if case .none = axisValue {
        throw PythonError(
          kind: "UnsupportedError", message: "np.concatenate with axis=None is outside the subset")
      }
      let axis = try Builtins.integer(axisValue)
      return PyValue(try e.numpy { try NumPy.concatenate(list, axis: axis) })
    }
    np["transpose"] = function("transpose") { e, args, kw throws(PythonError) in
      try Builtins.count("transpose", args, 1...1)
      guard case .array(let ref) = args[0] else { return PyValue(try array(args[0], e).transposed) }
      return try e.numpy { try ref.view { $0.transposed } }
    }
    np["reshape"] = function("reshape") { e, args, kw throws(PythonError) in
      try Builtins.count("reshape", args, 2...2)
      guard case .array(let ref) = args[0] else {
        let a = try array(args[0], e)
        return PyValue(try e.numpy { try a.reshaped(try shape(args[1])) })
      }
      return try reshape(ref, try shape(args[1]), e)
    }
    np["float64"] = scalarType("float64", .float64)
    np["int64"] = scalarType("int64", .int64)
    np["ndarray"] = .builtin(
      BuiltinRef("ndarray", isType: true) { _, _, _ throws(PythonError) in
        throw PythonError(
          kind: "UnsupportedError", message: "np.ndarray(...) is outside the subset; use np.zeros")
      })
    np["newaxis"] = PyValue.none
    np["pi"] = .float(Double.pi)
    np["e"] = .float(M_E)
    np["inf"] = .float(.infinity)
    np["nan"] = .float(.nan)
    np["random"] = .module(ModuleRef(name: "numpy.random", attributes: [:]))
    np["linalg"] = .module(
      ModuleRef(
        name: "numpy.linalg",
        attributes: [
          "norm": function("norm") { e, args, kw throws(PythonError) in
            _ = try Builtins.keywords("norm", kw)
            try Builtins.count("norm", args, 1...1)
            // np.linalg.norm(x) without axis: the 2-norm of all entries.
            let a = try array(args[0], e)
            return PyValue(NDArray(scalar: a.scalars.reduce(0) { $0 + $1 * $1 }.squareRoot()))
          }
        ]))
    return np
  }()

  /// `np.max(a)` and `np.min(a)` over all entries (NaN wins, as in NumPy), in `a`'s dtype.
  static func extreme(_ a: NDArray, isMax: Bool) throws(PythonError) -> PyValue {
    guard var best = a.scalars.first else {
      throw PythonError(
        kind: "ValueError",
        message:
          "zero-size array to reduction operation \(isMax ? "maximum" : "minimum") which has no identity"
      )
    }
    for v in a.scalars {
      if v.isNaN || best.isNaN {
        best = .nan
      } else if isMax ? v > best : v < best {
        best = v
      }
    }
    return PyValue(NDArray(scalar: best, dtype: a.dtype))
  }

  /// `a.reshape(shape)`: a view when `a`'s entries are consecutive in memory, else a copy
  /// that refuses writes (NumPy may have made a view of it).
  static func reshape(_ ref: ArrayRef, _ shape: [Int], _ e: Evaluator) throws(PythonError)
    -> PyValue
  {
    if ref.isContiguous { return try e.numpy { try ref.view { try $0.reshaped(shape) } } }
    let copy = ArrayRef(try e.numpy { try ref.value.reshaped(shape) })
    copy.refusesWrites = true
    return .array(copy)
  }

  // MARK: Array attributes

  static func attribute(of ref: ArrayRef, _ name: String, evaluator e: Evaluator)
    throws(PythonError)
    -> PyValue
  {
    let method = { (body: @escaping Body) -> PyValue in .builtin(BuiltinRef(name, body)) }
    switch name {
    case "T":
      return try e.numpy { try ref.view { $0.transposed } }
    case "shape": return .tuple(ref.value.shape.map { .int($0) })
    case "ndim": return .int(ref.dtypeAndRank.ndim)
    case "size": return .int(ref.value.size)
    case "dtype": return .string(ref.dtypeAndRank.dtype.rawValue)
    case "reshape":
      return method { e, args, kw throws(PythonError) in
        _ = try Builtins.keywords("reshape", kw)
        let dims: [Int] =
          args.count == 1
          ? try shape(args[0]) : try args.map { (v) throws(PythonError) in try Builtins.integer(v) }
        return try reshape(ref, dims, e)
      }
    case "ravel":
      return method { e, _, _ throws(PythonError) in try reshape(ref, [-1], e) }
    case "transpose":
      return method { e, args, _ throws(PythonError) in
        guard args.isEmpty else {
          throw PythonError(
            kind: "UnsupportedError", message: "transpose with axes is outside the subset")
        }
        return try e.numpy { try ref.view { $0.transposed } }
      }
    case "flatten":
      return method { _, _, _ throws(PythonError) in PyValue(ref.value.flattened) }
    case "copy":
      return method { _, _, _ throws(PythonError) in PyValue(ref.value.copy()) }
    case "sum", "mean":
      return method { e, args, kw throws(PythonError) in
        let (axis, keepdims) = try reduction(name, args, kw, first: 0, e)
        let a = ref.value
        return PyValue(
          try e.numpy {
            name == "sum"
              ? try NumPy.sum(a, axis: axis, keepdims: keepdims)
              : try NumPy.mean(a, axis: axis, keepdims: keepdims)
          })
      }
    case "item":
      return method { _, args, _ throws(PythonError) in
        let a = ref.value
        guard args.isEmpty else {
          throw PythonError(
            kind: "UnsupportedError", message: "item() with an index is outside the subset")
        }
        guard a.size == 1, let scalar = a.scalars.first else {
          throw PythonError(
            kind: "ValueError", message: "can only convert an array of size 1 to a Python scalar")
        }
        switch a.dtype {
        case .float64: return .float(scalar)
        case .int64: return .int(scalar.wholeInt ?? 0)
        case .bool: return .bool(scalar != 0)
        }
      }
    case "astype":
      return method { e, args, _ throws(PythonError) in
        try Builtins.count("astype", args, 1...1)
        return PyValue(try cast(ref.value, to: try dtype(args[0]), e))
      }
    case "max", "min":
      return method { _, args, kw throws(PythonError) in
        guard args.isEmpty, kw.isEmpty else {
          throw PythonError(
            kind: "UnsupportedError", message: "\(name)() with an axis is outside the subset")
        }
        return try extreme(ref.value, isMax: name == "max")
      }
    case "tolist":
      return method { _, _, _ throws(PythonError) in tolist(ref.value) }
    default:
      throw PythonError(
        kind: "AttributeError", message: "'numpy.ndarray' object has no attribute '\(name)'")
    }
  }

  /// `a.tolist()`: nested lists of Python numbers.
  static func tolist(_ a: NDArray) -> PyValue {
    func scalar(_ v: Double) -> PyValue {
      switch a.dtype {
      case .float64: return .float(v)
      case .int64: return .int(v.wholeInt ?? 0)
      case .bool: return .bool(v != 0)
      }
    }
    func build(_ offset: Int, _ axis: Int) -> PyValue {
      guard axis < a.ndim else { return scalar(a.scalars[offset]) }
      let stride = a.shape[(axis + 1)...].reduce(1, *)
      return .list(ListRef((0..<a.shape[axis]).map { build(offset + $0 * stride, axis + 1) }))
    }
    return build(0, 0)
  }
}

/// Python's `math` module: floats in, floats out, Python's domain errors.
enum MathModule {
  static let module: PyValue = .module(ModuleRef(name: "math", attributes: attributes))

  private static func real(
    _ name: String, _ f: @escaping @Sendable (Double) -> Double,
    domain: @escaping @Sendable (Double) -> Bool = { _ in true }
  ) -> PyValue {
    Builtins.function(name) { _, args, kw throws(PythonError) in
      try Builtins.count(name, args, 1...1)
      guard
        let x = args[0].number
          ?? (args[0].arrayValue.flatMap { $0.size == 1 ? $0.scalars.first : nil })
      else {
        throw PythonError(
          kind: "TypeError", message: "must be real number, not \(args[0].messageTypeName)")
      }
      guard domain(x) else { throw PythonError(kind: "ValueError", message: "math domain error") }
      let y = f(x)
      if y.isInfinite && x.isFinite {
        throw PythonError(kind: "OverflowError", message: "math range error")
      }
      return .float(y)
    }
  }

  static let attributes: [String: PyValue] = [
    "exp": real("exp", { Foundation.exp($0) }),
    "log": real("log", { Foundation.log($0) }, domain: { $0 > 0 }),
    "sqrt": real("sqrt", { $0.squareRoot() }, domain: { $0 >= 0 }),
    "tanh": real("tanh", { Foundation.tanh($0) }),
    "fabs": real("fabs", { abs($0) }),
    "floor": Builtins.function("floor") { _, args, _ throws(PythonError) in
      try Builtins.count("floor", args, 1...1)
      guard let x = args[0].number else {
        throw PythonError(
          kind: "TypeError", message: "must be real number, not \(args[0].messageTypeName)")
      }
      guard let whole = x.rounded(.down).wholeInt else {
        throw PythonError(
          kind: "OverflowError", message: "cannot convert float infinity to integer")
      }
      return .int(whole)
    },
    "ceil": Builtins.function("ceil") { _, args, _ throws(PythonError) in
      try Builtins.count("ceil", args, 1...1)
      guard let x = args[0].number else {
        throw PythonError(
          kind: "TypeError", message: "must be real number, not \(args[0].messageTypeName)")
      }
      guard let whole = x.rounded(.up).wholeInt else {
        throw PythonError(
          kind: "OverflowError", message: "cannot convert float infinity to integer")
      }
      return .int(whole)
    },
    "pi": .float(Double.pi),
    "e": .float(M_E),
    "inf": .float(.infinity),
    "nan": .float(.nan),
  ]
}
