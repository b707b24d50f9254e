import Foundation

extension NumPy {
  /// An elementwise two-operand ufunc with broadcasting.
  ///
  /// Dtypes follow NumPy: `/` gives float64, comparisons give bool, bool + bool is logical
  /// or and bool · bool logical and, bool − bool is NumPy's TypeError; otherwise the
  /// operands promote (bool < int64 < float64).
  public static func binary(_ op: BinaryOp, _ a: NDArray, _ b: NDArray) throws -> NDArray {
    let shape = try Broadcasting.shape([a.shape, b.shape])
    let dtype = try resultType(op, a.dtype, b.dtype)
    if op == .power, dtype == .int64, b.scalars.contains(where: { $0 < 0 }) {
      throw NumPyError.value("Integers to negative integer powers are not allowed.")
    }
    let kernel = function(op, dtype)
    let x = a.broadcastScalars(to: shape)
    let y = b.broadcastScalars(to: shape)
    var out = [Double](repeating: 0, count: x.count)
    out.withUnsafeMutableBufferPointer { out in
      x.withUnsafeBufferPointer { x in
        y.withUnsafeBufferPointer { y in
          for i in 0..<out.count { out[i] = kernel(x[i], y[i]) }
        }
      }
    }
    return NDArray(unchecked: shape, out, dtype).canonical
  }

  /// The dtype of `op` on operands of dtypes `a` and `b`, or NumPy's TypeError.
  static func resultType(_ op: BinaryOp, _ a: DType, _ b: DType) throws -> DType {
    switch op {
    case .less, .lessEqual, .greater, .greaterEqual, .equal, .notEqual: return .bool
    case .divide: return .float64
    case .subtract where a == .bool && b == .bool:
      throw NumPyError.type(
        "numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the "
          + "`^` operator, or the logical_xor function instead.")
    // NumPy gives int8 for bool ** bool; the subset has no int8 and says int64.
    case .power where a == .bool && b == .bool: return .int64
    default: return DType.promoted(a, b)
    }
  }

  /// The scalar function of `op` computing in `dtype`.
  static func function(_ op: BinaryOp, _ dtype: DType) -> (Double, Double) -> Double {
    switch op {
    case .add where dtype == .bool: return { $0 != 0 || $1 != 0 ? 1 : 0 }
    case .add: return { $0 + $1 }
    case .subtract: return { $0 - $1 }
    case .multiply where dtype == .bool: return { $0 != 0 && $1 != 0 ? 1 : 0 }
    case .multiply: return { $0 * $1 }
    case .divide: return { $0 / $1 }
    case .power where dtype == .float64: return floatPower
    case .power: return integerPower
    // NumPy's maximum and minimum propagate NaN, where Swift's max and min do not; between
    // equal operands (0.0 and -0.0) they give the second, as the SIMD max and min do.
    case .maximum: return { $0.isNaN ? $0 : $1.isNaN ? $1 : ($0 > $1 ? $0 : $1) }
    case .minimum: return { $0.isNaN ? $0 : $1.isNaN ? $1 : ($0 < $1 ? $0 : $1) }
    case .less: return { $0 < $1 ? 1 : 0 }
    case .lessEqual: return { $0 <= $1 ? 1 : 0 }
    case .greater: return { $0 > $1 ? 1 : 0 }
    case .greaterEqual: return { $0 >= $1 ? 1 : 0 }
    case .equal: return { $0 == $1 ? 1 : 0 }
    case .notEqual: return { $0 != $1 ? 1 : 0 }
    }
  }

  /// `base ** exponent` for int64 by repeated squaring (exact while it fits in 2⁵³).
  static func integerPower(_ base: Double, _ exponent: Double) -> Double {
    var result = 1.0
    var square = base
    // Past 2⁶² only ±1 and 0 stay finite, and they only need the exponent's parity.
    let isOdd = exponent.truncatingRemainder(dividingBy: 2) != 0
    var n = exponent < 0x1p62 ? Int(exponent) : (1 << 62) + (isOdd ? 1 : 0)
    while n > 0 {
      if n & 1 == 1 { result *= square }
      square *= square
      n >>= 1
    }
    return result
  }

  /// `base ** exponent` for float64, with NumPy's fast paths for the common exponents.
  static func floatPower(_ base: Double, _ exponent: Double) -> Double {
    switch exponent {
    case 2: return base * base
    case 1: return base
    case 0: return 1
    case -1: return 1 / base
    case 0.5: return base.squareRoot()
    default: return Foundation.pow(base, exponent)
    }
  }

  /// An elementwise one-operand ufunc: tanh, exp, log and sqrt give float64, `abs` and
  /// `negative` keep the dtype (negating a bool is NumPy's TypeError).
  public static func unary(_ op: UnaryOp, _ a: NDArray) throws -> NDArray {
    let dtype: DType
    let kernel: (Double) -> Double
    switch op {
    case .negative:
      guard a.dtype != .bool else {
        throw NumPyError.type(
          "The numpy boolean negative, the `-` operator, is not supported, use the `~` operator "
            + "or the logical_not function instead.")
      }
      (dtype, kernel) = (a.dtype, { -$0 })
    case .positive:
      guard a.dtype != .bool else {
        throw NumPyError(
          kind: "UFuncTypeError",
          message: "ufunc 'positive' did not contain a loop with signature matching types "
            + "<class 'numpy.dtypes.BoolDType'> -> None")
      }
      (dtype, kernel) = (a.dtype, { $0 })
    case .abs: (dtype, kernel) = (a.dtype, { Swift.abs($0) })
    // NumPy computes these in float16 for bool input; the subset has float64 only.
    case .tanh: (dtype, kernel) = (.float64, { Foundation.tanh($0) })
    case .exp: (dtype, kernel) = (.float64, { Foundation.exp($0) })
    case .log: (dtype, kernel) = (.float64, { Foundation.log($0) })
    case .sqrt: (dtype, kernel) = (.float64, { $0.squareRoot() })
    }
    return NDArray(unchecked: a.shape, a.scalars.map(kernel), dtype).canonical
  }

  /// `np.clip(a, low, high)`, nil standing for `None`; all three broadcast together.
  ///
  /// With one bound it is `maximum(a, low)` or `minimum(a, high)`, as in NumPy. With two,
  /// NaN in any operand gives NaN, and ties between 0.0 and -0.0 follow NumPy's two loops:
  /// bounds constant along the last axis take its SIMD loop, which keeps `a`'s zero; other
  /// bounds its generic loop, which takes the bound's.
  public static func clip(_ a: NDArray, _ low: NDArray?, _ high: NDArray?) throws -> NDArray {
    guard let low, let high else {
      if let low { return try binary(.maximum, a, low) }
      if let high { return try binary(.minimum, a, high) }
      return a
    }
    let shape = try Broadcasting.shape([a.shape, low.shape, high.shape])
    let dtype = DType.promoted(a.dtype, DType.promoted(low.dtype, high.dtype))
    let x = a.broadcastScalars(to: shape)
    let lo = low.broadcastScalars(to: shape)
    let hi = high.broadcastScalars(to: shape)
    let keepsTies = [low, high].allSatisfy { $0.ndim == 0 || $0.shape.last == 1 }
    var out = [Double](repeating: 0, count: x.count)
    for i in 0..<x.count {
      let (v, l, h) = (x[i], lo[i], hi[i])
      if v.isNaN || l.isNaN || h.isNaN {
        out[i] = .nan
      } else if keepsTies {
        let raised = l > v ? l : v
        out[i] = h < raised ? h : raised
      } else {
        let raised = v > l ? v : l
        out[i] = raised < h ? raised : h
      }
    }
    return NDArray(unchecked: shape, out, dtype)
  }
}
