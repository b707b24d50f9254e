/// A subset of NumPy 2 for learners' RNN, LSTM and GRU code, in pure Swift.
///
/// NumPy 2.4 is the specification: broadcasting, promotion, indexing, error texts and
/// printing follow it, and the tests hold the subset against fixtures made by running it
/// (`scripts/reference/make-numpy-fixtures.py`). Where the subset departs from NumPy:
///
/// - **Copies, not views.** `a[...]`, `.T`, `reshape` and `flatten` return new arrays.
///   NumPy's basic slicing returns a view, so writing through a slice kept under another
///   name (`h = hs[0]; h[:] = 1`) changes `hs` in NumPy; this type cannot, and the
///   evaluator (Python/Value.swift) keeps its own views or refuses. Writing through the
///   array itself (`hs[:, t] = v`, `assign`) is the same in both.
/// - **Dtypes.** float64, int64 and bool only, with NumPy's promotion between them (`/`
///   always gives float64, comparisons give bool, bool + int gives int64). int64 and bool
///   entries are stored as exact Doubles, so int64 arithmetic is exact only within ±2⁵³
///   (NumPy wraps around at ±2⁶³ instead). Where NumPy picks a smaller type the subset
///   lacks, it says float64 or int64: `tanh`/`exp`/`log`/`sqrt` of bool (float16 in NumPy),
///   bool ** bool (int8).
/// - **Functions.** `zeros ones zeros_like ones_like array dot matmul outer clip maximum
///   minimum abs sqrt exp log tanh sum mean vstack hstack concatenate`, the arithmetic and
///   comparison ufuncs, `.T .reshape .flatten .copy`, basic indexing (ints, slices, `None`,
///   `...`) for reading and writing, augmented assignment in place (`applyInPlace`),
///   `bool() float() len() .item()` and iteration. No fancy (array or boolean) indexing,
///   no `axis` tuples, no `out=`/`dtype=`/`where=` keywords, no complex, float32 or
///   unsigned types.
/// - **Numbers.** `+ - * /`, comparisons, `sqrt`, `maximum`, `minimum`, `clip` and `sum`
///   (NumPy's pairwise order, reproduced) are bit-identical to NumPy. `exp log tanh` and
///   float `**` use the platform's libm: exp, log and pow agree with NumPy's own loops to
///   1 ulp, tanh to 3 (glibc's tanh is off by up to 2 ulps, NumPy's SIMD one by 1). `dot`
///   and `matmul` add in the engine's order (`NumPy.SumOrder`) where NumPy calls BLAS;
///   they agree with NumPy to about 1e-14 relative and with the engine to the bit.
/// - **Size.** Arrays stop at 2²⁶ entries with NumPy's MemoryError text, so a shape
///   mistake cannot exhaust the machine.
/// - **Warnings.** `log(0)`, `1 / 0` and the like give `-inf`, `inf` and `nan` as NumPy
///   does; its RuntimeWarnings are not shown.

/// The element types the subset knows: NumPy's float64, int64 and bool.
public enum DType: String, Sendable {
  case float64, int64, bool
}

/// A NumPy array: n-d, C order; int64 and bool entries are stored as exact Doubles.
public struct NDArray: Equatable, Sendable {
  /// The length of each axis; `[]` for a 0-d array (a NumPy scalar).
  public internal(set) var shape: [Int]
  /// The entries in C (row-major) order; bool entries are 0 and 1.
  public internal(set) var scalars: [Double]
  /// The element type.
  public internal(set) var dtype: DType

  /// An array of `shape` holding `scalars` in C order; the count must be the shape's product.
  public init(shape: [Int], scalars: [Double], dtype: DType = .float64) throws {
    guard shape.allSatisfy({ $0 >= 0 }) else {
      throw NumPyError.value("negative dimensions are not allowed")
    }
    let size = try checkedSize(shape, dtype)
    guard size == scalars.count else {
      throw NumPyError.value(
        "cannot reshape array of size \(scalars.count) into shape \(formatShape(shape))")
    }
    self.shape = shape
    self.scalars = scalars
    self.dtype = dtype
  }

  /// A 0-d array: what NumPy calls a scalar (`np.float64(0.5)`).
  public init(scalar: Double, dtype: DType = .float64) {
    shape = []
    scalars = [dtype.normalized(scalar)]
    self.dtype = dtype
  }

  /// An array whose shape and count are known to agree (internal constructions).
  init(unchecked shape: [Int], _ scalars: [Double], _ dtype: DType) {
    self.shape = shape
    self.scalars = scalars
    self.dtype = dtype
  }

  /// The number of axes.
  public var ndim: Int { shape.count }

  /// The number of entries.
  public var size: Int { scalars.count }
}

extension DType {
  /// `value` as this dtype stores it: bool as 0 or 1, int64 truncated toward zero.
  func normalized(_ value: Double) -> Double {
    switch self {
    case .float64: return value
    // NaN and infinities become the x86 conversion's "integer indefinite", as in NumPy.
    case .int64: return value.isFinite ? value.rounded(.towardZero) + 0 : -0x1p63
    case .bool: return value != 0 ? 1 : 0
    }
  }

  /// The dtype NumPy's promotion gives two operands: bool < int64 < float64.
  static func promoted(_ a: DType, _ b: DType) -> DType {
    if a == .float64 || b == .float64 { return .float64 }
    if a == .int64 || b == .int64 { return .int64 }
    return .bool
  }
}

/// An error NumPy itself would raise, with NumPy's own words.
public struct NumPyError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The Python exception class: "ValueError", "IndexError", "TypeError", "AxisError", ...
  public var kind: String
  /// The verbatim NumPy text: "shapes (1,1) and (11,1) not aligned: 1 (dim 1) != 11 (dim 0)".
  public var message: String

  /// An error of `kind` saying `message`.
  public init(kind: String, message: String) {
    self.kind = kind
    self.message = message
  }

  /// The error as Python prints its last line: "ValueError: ...".
  public var description: String { "\(kind): \(message)" }

  /// A ValueError saying `message`.
  static func value(_ message: String) -> NumPyError {
    NumPyError(kind: "ValueError", message: message)
  }

  /// An IndexError saying `message`.
  static func index(_ message: String) -> NumPyError {
    NumPyError(kind: "IndexError", message: message)
  }

  /// A TypeError saying `message`.
  static func type(_ message: String) -> NumPyError {
    NumPyError(kind: "TypeError", message: message)
  }

  /// NumPy's AxisError for `axis` on an array of `ndim` axes.
  static func axis(_ axis: Int, ndim: Int) -> NumPyError {
    NumPyError(
      kind: "AxisError",
      message: "axis \(axis) is out of bounds for array of dimension \(ndim)")
  }
}

/// A nested Python list of numbers, as `np.array` receives it.
public indirect enum Nested: Sendable {
  /// A number (a Python int, float or bool, or a 0-d array) with its dtype.
  case scalar(Double, DType)
  /// A list or tuple of further entries.
  case list([Nested])
}

/// One entry of a basic index: `a[1, -2:, None, ...]`.
public enum IndexItem: Sendable, Equatable {
  /// An integer: picks one entry and drops the axis; negative counts from the end.
  case int(Int)
  /// A slice `start:stop:step`; nil parts take Python's defaults.
  case slice(start: Int?, stop: Int?, step: Int?)
  /// `None` (`np.newaxis`): inserts an axis of length 1.
  case newAxis
  /// `...`: as many full slices as the other items leave.
  case ellipsis
}

/// The elementwise two-operand ufuncs, with broadcasting.
public enum BinaryOp: String, Sendable {
  case add, subtract, multiply, divide, power, maximum, minimum
  case less, lessEqual, greater, greaterEqual, equal, notEqual
}

/// The elementwise one-operand ufuncs.
public enum UnaryOp: String, Sendable {
  case negative, positive, tanh, exp, log, sqrt, abs
}

/// A shape as NumPy writes it in messages: `(2,1)`, `(3,)`, `()`.
func formatShape(_ shape: [Int]) -> String {
  shape.count == 1 ? "(\(shape[0]),)" : "(" + shape.map(String.init).joined(separator: ",") + ")"
}
