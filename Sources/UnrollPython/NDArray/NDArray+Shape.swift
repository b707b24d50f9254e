extension NDArray {
  /// `a.reshape(shape)`: the same entries in C order under a new shape; one negative entry
  /// (-1) stands for whatever length makes the sizes agree.
  public func reshaped(_ shape: [Int]) throws -> NDArray {
    let unknown = shape.indices.filter { shape[$0] < 0 }
    guard unknown.count <= 1 else {
      throw NumPyError.value("can only specify one unknown dimension")
    }
    // Lengths whose product overflows cannot match any size.
    var known = 1
    for length in shape where length >= 0 {
      let (product, overflow) = known.multipliedReportingOverflow(by: length)
      guard !overflow else { throw reshapeMismatch(shape) }
      known = product
    }
    var result = shape
    if let axis = unknown.first {
      guard known != 0, size % known == 0 else { throw reshapeMismatch(shape) }
      result[axis] = size / known
    } else if known != size {
      throw reshapeMismatch(shape)
    }
    return NDArray(unchecked: result, scalars, dtype)
  }

  /// NumPy's "cannot reshape" ValueError, which writes a -1 as `newaxis` and leaves out
  /// leading ones (`convert_shape_to_string`).
  func reshapeMismatch(_ shape: [Int]) -> NumPyError {
    let shown = shape.drop { $0 < 0 }
    var text = "()"
    if let first = shown.first {
      text =
        "("
        + ([String(first)] + shown.dropFirst().map { $0 < 0 ? "newaxis" : String($0) })
        .joined(separator: ",") + (shape.count == 1 ? ",)" : ")")
    }
    return NumPyError.value("cannot reshape array of size \(size) into shape \(text)")
  }

  /// `a.T`: the axes in reverse order (a copy).
  public var transposed: NDArray {
    guard ndim > 1 else { return self }
    let shape = Array(self.shape.reversed())
    // Entry (i_{n-1}, ..., i_0) of the result is entry (i_0, ..., i_{n-1}) of self.
    var strides = [Int](repeating: 1, count: ndim)
    for axis in stride(from: ndim - 2, through: 0, by: -1) {
      strides[axis] = strides[axis + 1] * self.shape[axis + 1]
    }
    let offsets = Broadcasting.walk(shape, strides: strides.reversed(), base: 0)
    return NDArray(unchecked: shape, offsets.map { scalars[$0] }, dtype)
  }

  /// `a.flatten()`: the entries as a 1-d array.
  public var flattened: NDArray { NDArray(unchecked: [size], scalars, dtype) }

  /// `a.copy()`: arrays are values here, so this is `self`.
  public func copy() -> NDArray { self }

  /// `a.astype(dtype)`: the entries converted with NumPy's unsafe casting (float to int64
  /// truncates toward zero, NaN and infinities become -2⁶³ as on x86; anything to bool is
  /// `!= 0`).
  public func astype(_ dtype: DType) -> NDArray {
    guard dtype != self.dtype else { return self }
    return NDArray(unchecked: shape, scalars.map(dtype.normalized), dtype)
  }
}

extension NDArray {
  /// The array with int64 zeros made +0: integers have no -0, which products and negation
  /// of Doubles can leave (-0 and 0 compare equal but print and hash apart).
  var canonical: NDArray {
    guard dtype == .int64 else { return self }
    return NDArray(unchecked: shape, scalars.map { $0 + 0 }, dtype)
  }
}
