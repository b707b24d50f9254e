/// The `np.` functions of the subset; each follows NumPy 2 and throws its errors.
public enum NumPy {
  /// The placeholder error of the not yet written functions.
  static func notYet(_ name: String) -> NumPyError {
    NumPyError(kind: "NotImplementedError", message: "np.\(name) is not written yet")
  }

  /// `np.zeros(shape)`: float64 zeros.
  public static func zeros(_ shape: [Int]) throws -> NDArray { throw notYet("zeros") }
  /// `np.ones(shape)`: float64 ones.
  public static func ones(_ shape: [Int]) throws -> NDArray { throw notYet("ones") }
  /// `np.zeros_like(a)`: zeros of `a`'s shape and dtype.
  public static func zerosLike(_ a: NDArray) throws -> NDArray { throw notYet("zeros_like") }
  /// `np.ones_like(a)`: ones of `a`'s shape and dtype.
  public static func onesLike(_ a: NDArray) throws -> NDArray { throw notYet("ones_like") }
  /// `np.array(nested)`: an array from nested lists; ragged lists are a ValueError.
  public static func array(_ value: Nested) throws -> NDArray { throw notYet("array") }
  /// `np.dot(a, b)`.
  public static func dot(_ a: NDArray, _ b: NDArray) throws -> NDArray { throw notYet("dot") }
  /// `np.matmul(a, b)` and `a @ b`.
  public static func matmul(_ a: NDArray, _ b: NDArray) throws -> NDArray {
    throw notYet("matmul")
  }
  /// `np.outer(a, b)`: both flattened.
  public static func outer(_ a: NDArray, _ b: NDArray) throws -> NDArray { throw notYet("outer") }
  /// An elementwise two-operand ufunc with broadcasting.
  public static func binary(_ op: BinaryOp, _ a: NDArray, _ b: NDArray) throws -> NDArray {
    throw notYet(op.rawValue)
  }
  /// An elementwise one-operand ufunc.
  public static func unary(_ op: UnaryOp, _ a: NDArray) throws -> NDArray {
    throw notYet(op.rawValue)
  }
  /// `np.clip(a, low, high)`; nil stands for `None`.
  public static func clip(_ a: NDArray, _ low: NDArray?, _ high: NDArray?) throws -> NDArray {
    throw notYet("clip")
  }
  /// `np.sum(a, axis=, keepdims=)`.
  public static func sum(_ a: NDArray, axis: Int?, keepdims: Bool) throws -> NDArray {
    throw notYet("sum")
  }
  /// `np.mean(a, axis=, keepdims=)`.
  public static func mean(_ a: NDArray, axis: Int?, keepdims: Bool) throws -> NDArray {
    throw notYet("mean")
  }
  /// `np.vstack(arrays)`.
  public static func vstack(_ arrays: [NDArray]) throws -> NDArray { throw notYet("vstack") }
  /// `np.hstack(arrays)`.
  public static func hstack(_ arrays: [NDArray]) throws -> NDArray { throw notYet("hstack") }
  /// `np.concatenate(arrays, axis=)`.
  public static func concatenate(_ arrays: [NDArray], axis: Int) throws -> NDArray {
    throw notYet("concatenate")
  }
}

extension NDArray {
  /// `a.reshape(shape)`: one -1 allowed.
  public func reshaped(_ shape: [Int]) throws -> NDArray { throw NumPy.notYet("reshape") }
  /// `a.T`: the axes reversed.
  public var transposed: NDArray { self }
  /// `a.flatten()`: a 1-d copy.
  public var flattened: NDArray { self }
  /// `a.copy()`.
  public func copy() -> NDArray { self }
  /// `a[index]`: a copy of the selection.
  public func subscripted(_ index: [IndexItem]) throws -> NDArray {
    throw NumPy.notYet("__getitem__")
  }
  /// `a[index] = value`, broadcasting `value` into the selection.
  public mutating func assign(_ index: [IndexItem], _ value: NDArray) throws {
    throw NumPy.notYet("__setitem__")
  }
  /// `repr(a)` as NumPy 2 prints it: "array([[1., 2.]])", "np.float64(0.5)".
  public var repr: String { "array(...)" }
  /// `str(a)`, what `print(a)` shows.
  public var str: String { "[...]" }
}
