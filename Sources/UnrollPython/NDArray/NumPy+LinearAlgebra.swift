extension NumPy {
  /// `np.dot(a, b)`: a product when either is 0-d; the inner product of two vectors; the
  /// matrix product; for n-d, the sum over the last axis of `a` and the second to last of
  /// `b` (the only axis when `b` is 1-d).
  ///
  /// Sums run in the engine's order (`SumOrder`), so a learner's pass equals the engine's
  /// bit for bit; NumPy calls BLAS, whose blocked order can differ from it in the last bits.
  /// `transposedLeft` says `a` is the transpose of a 2-D array (`W.T`), as `Wᵀ · d` is in
  /// the engine's backward passes.
  public static func dot(_ a: NDArray, _ b: NDArray, transposedLeft: Bool = false) throws
    -> NDArray
  {
    if a.ndim == 0 || b.ndim == 0 { return try binary(.multiply, a, b) }
    let aAxis = a.ndim - 1
    let bAxis = b.ndim == 1 ? 0 : b.ndim - 2
    let k = a.shape[aAxis]
    guard k == b.shape[bAxis] else {
      throw NumPyError.value(
        "shapes \(formatShape(a.shape)) and \(formatShape(b.shape)) not aligned: "
          + "\(k) (dim \(aAxis)) != \(b.shape[bAxis]) (dim \(bAxis))")
    }
    // a as (rows, k); b as (batches, k, columns): b's axes before and after the summed one.
    let rows = a.shape.dropLast().reduce(1, *)
    let columns = b.ndim == 1 ? 1 : b.shape[b.ndim - 1]
    let batches = b.ndim <= 2 ? 1 : b.shape[0..<(b.ndim - 2)].reduce(1, *)
    let shape =
      Array(a.shape.dropLast()) + Array(b.shape.prefix(Swift.max(b.ndim - 2, 0)))
      + (b.ndim == 1 ? [] : [columns])
    let dtype = multiplyType(a.dtype, b.dtype)
    let order = SumOrder(columns: columns, transposedLeft: transposedLeft && a.ndim == 2)
    var out = [Double](repeating: 0, count: try checkedSize(shape, dtype))
    a.scalars.withUnsafeBufferPointer { x in
      b.scalars.withUnsafeBufferPointer { y in
        var index = 0
        for row in 0..<rows {
          for batch in 0..<batches {
            for column in 0..<columns {
              out[index] = innerProduct(
                x, row * k, 1, y, batch * k * columns + column, columns, k, dtype, order)
              index += 1
            }
          }
        }
      }
    }
    return NDArray(unchecked: shape, out, dtype)
  }

  /// `np.matmul(a, b)` and `a @ b`: matrix products over the last two axes.
  ///
  /// The axes before the last two broadcast; a 1-d operand is a row (for `a`) or a column
  /// (for `b`) whose axis is dropped from the result. 0-d operands are NumPy's ValueError.
  /// Sums run in the engine's order, as `dot`'s do.
  public static func matmul(_ a: NDArray, _ b: NDArray, transposedLeft: Bool = false) throws
    -> NDArray
  {
    for (position, operand) in [a, b].enumerated() where operand.ndim == 0 {
      throw NumPyError.value(
        "matmul: Input operand \(position) does not have enough dimensions (has 0, gufunc core "
          + "with signature \(matmulSignature) requires 1)")
    }
    // The core (n, k) of a and (k, m) of b; 1-d operands gain an axis that is dropped later.
    let n = a.ndim == 1 ? 1 : a.shape[a.ndim - 2]
    let k = a.shape[a.ndim - 1]
    let bK = b.ndim == 1 ? b.shape[0] : b.shape[b.ndim - 2]
    let m = b.ndim == 1 ? 1 : b.shape[b.ndim - 1]
    guard k == bK else {
      throw NumPyError.value(
        "matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature "
          + "\(matmulSignature) (size \(bK) is different from \(k))")
    }
    let aBatch = Array(a.shape.dropLast(2))
    let bBatch = Array(b.shape.dropLast(2))
    let batch: [Int]
    do {
      batch = try Broadcasting.shape([aBatch, bBatch])
    } catch {
      let remapped = [(a, aBatch), (b, bBatch)].map { operand, batch in
        formatShape(operand.shape) + "->"
          + formatShape(batch.map(String.init) + ["newaxis", "newaxis"])
      }
      throw NumPyError.value(
        "operands could not be broadcast together with remapped shapes [original->remapped]: "
          + remapped.joined(separator: " ") + "  and requested shape (\(n),\(m))")
    }
    let batchCount = batch.reduce(1, *)
    let aStarts = Broadcasting.offsets(of: aBatch, into: batch).map { $0 * n * k }
    let bStarts = Broadcasting.offsets(of: bBatch, into: batch).map { $0 * k * m }
    let dtype = multiplyType(a.dtype, b.dtype)
    let order = SumOrder(columns: m, transposedLeft: transposedLeft && a.ndim == 2)
    var out = [Double](repeating: 0, count: try checkedSize(batch + [n, m], dtype))
    a.scalars.withUnsafeBufferPointer { x in
      b.scalars.withUnsafeBufferPointer { y in
        var index = 0
        for item in 0..<batchCount {
          for row in 0..<n {
            for column in 0..<m {
              out[index] = innerProduct(
                x, aStarts[item] + row * k, 1, y, bStarts[item] + column, m, k, dtype, order)
              index += 1
            }
          }
        }
      }
    }
    let shape = batch + (a.ndim == 1 ? [] : [n]) + (b.ndim == 1 ? [] : [m])
    return NDArray(unchecked: shape, out, dtype)
  }

  /// NumPy's gufunc signature of matmul, as its messages quote it.
  static let matmulSignature = "(n?,k),(k,m?)->(n?,m?)"

  /// `np.outer(a, b)`: `a.flatten()[i] * b.flatten()[j]` at `(i, j)`.
  public static func outer(_ a: NDArray, _ b: NDArray) throws -> NDArray {
    let column = NDArray(unchecked: [a.size, 1], a.scalars, a.dtype)
    let row = NDArray(unchecked: [1, b.size], b.scalars, b.dtype)
    return try binary(.multiply, column, row)
  }

  /// The dtype of a product of `a` and `b`: bool · bool stays bool (logical and).
  static func multiplyType(_ a: DType, _ b: DType) -> DType { DType.promoted(a, b) }

  /// The order an inner product adds its terms in: the order of the engine's product of
  /// the same shapes (UnrollKit's Matrix+Arithmetic.swift and Kernels.swift), so that a
  /// learner's `W @ x`, `np.dot(W.T, d)` equal the engine's `W · x`, `Wᵀ · d` to the bit.
  enum SumOrder {
    /// `Kernels.dot` (a matrix times a column, a vector's inner product): four running
    /// sums, terms `k ≡ 0, 1, 2, 3 (mod 4)`, joined as `(s0 + s2) + (s1 + s3)`, then the
    /// last `count % 4` terms one by one.
    case fourLanes
    /// `Matrix.transposedDot` (`Wᵀ · d`, four rows of W at a time, `Kernels.transposedColumn`
    /// in `axpy4`'s grouping):
    /// groups of four terms `(p0 + p1) + (p2 + p3)` added one group at a time, then the
    /// last `count % 4` terms one by one.
    case groupsOfFour
    /// `Matrix.dot` of a matrix by a matrix (`Kernels.axpy` per row): left to right.
    case leftToRight

    /// The engine's order for a product with `columns` columns in `b`.
    init(columns: Int, transposedLeft: Bool) {
      if columns != 1 {
        self = .leftToRight
      } else {
        self = transposedLeft ? .groupsOfFour : .fourLanes
      }
    }
  }

  /// `Σ_i x[xStart + i·xStride] · y[yStart + i·yStride]` over `count` terms, added in
  /// `order`; for bool, logical or of logical ands.
  static func innerProduct(
    _ x: UnsafeBufferPointer<Double>, _ xStart: Int, _ xStride: Int,
    _ y: UnsafeBufferPointer<Double>, _ yStart: Int, _ yStride: Int, _ count: Int,
    _ dtype: DType, _ order: SumOrder = .fourLanes
  ) -> Double {
    @inline(__always) func term(_ n: Int) -> Double {
      x[xStart + n * xStride] * y[yStart + n * yStride]
    }
    var sum = 0.0
    var n = 0
    switch order {
    case .fourLanes:
      var s0 = 0.0
      var s1 = 0.0
      var s2 = 0.0
      var s3 = 0.0
      while n + 4 <= count {
        s0 += term(n)
        s1 += term(n + 1)
        s2 += term(n + 2)
        s3 += term(n + 3)
        n += 4
      }
      sum = (s0 + s2) + (s1 + s3)
    case .groupsOfFour:
      while n + 4 <= count {
        sum += (term(n) + term(n + 1)) + (term(n + 2) + term(n + 3))
        n += 4
      }
    case .leftToRight:
      break
    }
    while n < count {
      sum += term(n)
      n += 1
    }
    return dtype == .bool ? (sum != 0 ? 1 : 0) : sum
  }
}

/// A shape of already formatted entries, as NumPy writes it: `(2,newaxis,newaxis)`.
func formatShape(_ entries: [String]) -> String {
  entries.count == 1 ? "(\(entries[0]),)" : "(" + entries.joined(separator: ",") + ")"
}
