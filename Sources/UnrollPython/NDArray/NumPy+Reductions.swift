extension NumPy {
  /// `np.sum(a, axis=, keepdims=)`: float64 stays float64, int64 and bool sum to int64.
  ///
  /// The order of the additions is NumPy's, so the sums agree bit for bit: a reduction over
  /// contiguous entries (all of `a`, or an axis with only length-1 axes after it) uses its
  /// pairwise summation; any other axis adds the slices one after another.
  public static func sum(_ a: NDArray, axis: Int?, keepdims: Bool) throws -> NDArray {
    let dtype: DType = a.dtype == .float64 ? .float64 : .int64
    // np.sum (not np.mean) lets a 0-d array be summed over axis 0 or -1 as if it had one axis.
    let axis = a.ndim == 0 && (axis == 0 || axis == -1) ? nil : axis
    return try reduce(a, axis: axis, keepdims: keepdims, dtype: dtype) { $0 }
  }

  /// `np.mean(a, axis=, keepdims=)`: the float64 sum divided by the count (NaN when empty).
  public static func mean(_ a: NDArray, axis: Int?, keepdims: Bool) throws -> NDArray {
    let count = Double(try axis.map { a.shape[try normalizedAxis($0, ndim: a.ndim)] } ?? a.size)
    return try reduce(a, axis: axis, keepdims: keepdims, dtype: .float64) { $0 / count }
  }

  /// `axis` as a non-negative axis of an array of `ndim` axes, or NumPy's AxisError.
  static func normalizedAxis(_ axis: Int, ndim: Int) throws -> Int {
    guard axis >= -ndim, axis < ndim else { throw NumPyError.axis(axis, ndim: ndim) }
    return axis < 0 ? axis + ndim : axis
  }

  /// The sums of `a` over `axis` (all axes when nil), each passed through `finish`.
  static func reduce(
    _ a: NDArray, axis: Int?, keepdims: Bool, dtype: DType, finish: (Double) -> Double
  ) throws -> NDArray {
    guard let axis else {
      let shape = keepdims ? [Int](repeating: 1, count: a.ndim) : []
      // NumPy starts a sum at the identity +0, so -0.0 entries sum to 0.0.
      let total = 0 + a.scalars.withUnsafeBufferPointer { pairwiseSum($0, 0, a.size) }
      return NDArray(unchecked: shape, [finish(total)], dtype)
    }
    let k = try normalizedAxis(axis, ndim: a.ndim)
    let outer = a.shape[..<k].reduce(1, *)
    let length = a.shape[k]
    let inner = a.shape[(k + 1)...].reduce(1, *)
    var out = [Double](repeating: 0, count: outer * inner)
    a.scalars.withUnsafeBufferPointer { x in
      for o in 0..<outer {
        let base = o * length * inner
        if inner == 1 {
          out[o] = 0 + pairwiseSum(x, base, length)
          continue
        }
        for i in 0..<inner {
          var total = 0.0
          var position = base + i
          for _ in 0..<length {
            total += x[position]
            position += inner
          }
          out[o * inner + i] = total
        }
      }
    }
    var shape = a.shape
    if keepdims { shape[k] = 1 } else { shape.remove(at: k) }
    return NDArray(unchecked: shape, out.map(finish), dtype)
  }

  /// NumPy's pairwise summation of `count` entries from `start` (`pairwise_sum_DOUBLE`):
  /// below 8 in order; up to 128 in eight interleaved partial sums combined as a tree;
  /// above, the two halves (split at a multiple of 8) summed apart.
  static func pairwiseSum(_ x: UnsafeBufferPointer<Double>, _ start: Int, _ count: Int) -> Double {
    if count < 8 {
      var sum = -0.0
      for i in start..<(start + count) { sum += x[i] }
      return sum
    }
    if count <= 128 {
      var r = (0..<8).map { x[start + $0] }
      var i = 8
      while i < count - count % 8 {
        for j in 0..<8 { r[j] += x[start + i + j] }
        i += 8
      }
      var sum = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]))
      while i < count {
        sum += x[start + i]
        i += 1
      }
      return sum
    }
    var half = count / 2
    half -= half % 8
    return pairwiseSum(x, start, half) + pairwiseSum(x, start + half, count - half)
  }
}
