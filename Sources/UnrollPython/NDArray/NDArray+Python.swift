/// What Python's own syntax does to an ndarray beyond the contract's functions: augmented
/// assignment in place, truth values, `float()`/`int()`, `len()`, iteration, `.item()`.
extension NDArray {
  /// `a op= b` for an ndarray `a`: NumPy's in-place ufunc (`np.add(a, b, out=a)`).
  ///
  /// Unlike `a = a + b`, the result must keep `a`'s shape and dtype: `b` may broadcast into
  /// `a` but not widen it ("non-broadcastable output operand with shape (3,1) doesn't match
  /// the broadcast shape (3,3)"), and a float result cannot go into an int64 array
  /// (UFuncTypeError, casting rule 'same_kind'). Only for arrays: a Python int or float
  /// target is rebound (`x = x + b`), as Python does.
  public mutating func applyInPlace(_ op: BinaryOp, _ other: NDArray) throws {
    let resultType = try NumPy.resultType(op, dtype, other.dtype)
    guard resultType.castsSameKind(to: dtype) else {
      throw NumPyError(
        kind: "UFuncTypeError",
        message: "Cannot cast ufunc '\(op.ufuncName)' output from dtype('\(resultType)') to "
          + "dtype('\(dtype)') with casting rule 'same_kind'")
    }
    let shape = try Broadcasting.shape([self.shape, other.shape, self.shape])
    guard shape == self.shape else {
      throw NumPyError.value(
        "non-broadcastable output operand with shape \(formatShape(self.shape)) doesn't match "
          + "the broadcast shape \(formatShape(shape))")
    }
    let result = try NumPy.binary(op, self, other)
    scalars = result.scalars.map(dtype.normalized)
  }

  /// `bool(a)` and `if a:`: the one entry's truth; more than one entry, or none, is NumPy's
  /// ValueError.
  public func truthValue() throws -> Bool {
    guard size == 1 else {
      throw NumPyError.value(
        size == 0
          ? "The truth value of an empty array is ambiguous. Use `array.size > 0` to check that "
            + "an array is not empty."
          : "The truth value of an array with more than one element is ambiguous. Use a.any() "
            + "or a.all()")
    }
    return scalars[0] != 0  // NaN is true, as in Python
  }

  /// `float(a)` and `int(a)` (truncate the result for int): only 0-d arrays convert in NumPy 2.
  public func pythonScalar() throws -> Double {
    guard ndim == 0, let value = scalars.first else {
      throw NumPyError.type("only 0-dimensional arrays can be converted to Python scalars")
    }
    return value
  }

  /// `a.item()`: the one entry of an array of size 1.
  public func item() throws -> Double {
    guard size == 1 else {
      throw NumPyError.value("can only convert an array of size 1 to a Python scalar")
    }
    return scalars[0]
  }

  /// `len(a)`: the length of the first axis.
  public func length() throws -> Int {
    guard let first = shape.first else { throw NumPyError.type("len() of unsized object") }
    return first
  }

  /// `for row in a`: the sub-arrays along the first axis (copies).
  public func rows() throws -> [NDArray] {
    guard let count = shape.first else { throw NumPyError.type("iteration over a 0-d array") }
    let rowShape = Array(shape.dropFirst())
    let step = rowShape.reduce(1, *)
    return (0..<count).map { i in
      NDArray(unchecked: rowShape, Array(scalars[(i * step)..<((i + 1) * step)]), dtype)
    }
  }
}

extension DType {
  /// Whether NumPy's 'same_kind' casting allows a value of this dtype into `target`:
  /// bool → int64 → float64 widen, nothing narrows.
  func castsSameKind(to target: DType) -> Bool {
    switch (self, target) {
    case (.float64, .int64), (.float64, .bool), (.int64, .bool): return false
    default: return true
    }
  }
}

extension BinaryOp {
  /// The ufunc's name as NumPy's messages give it: "add", "less_equal".
  public var ufuncName: String {
    switch self {
    case .lessEqual: return "less_equal"
    case .greaterEqual: return "greater_equal"
    case .notEqual: return "not_equal"
    default: return rawValue
    }
  }
}
