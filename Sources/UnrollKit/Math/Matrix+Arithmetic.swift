import UnrollKernels
import UnrollKernelsAVX2

/// The operations the forward and backward passes need, each checking shapes first.
extension Matrix {
  /// The matrix product `self · other`, NumPy's `np.dot` for 2-D arrays.
  public func dot(_ other: Matrix) throws -> Matrix {
    guard cols == other.rows else { throw ShapeError.notAligned(shape, other.shape) }
    var result = Matrix(rows: rows, cols: other.cols)
    let n = cols
    let m = other.cols
    scalars.withUnsafeBufferPointer { a in
      other.scalars.withUnsafeBufferPointer { b in
        result.scalars.withUnsafeMutableBufferPointer { c in
          if m == 1, let a = a.baseAddress, let b = b.baseAddress, let c = c.baseAddress {
            // Matrix · column: one dot product per row, the passes' hot loop; the AVX2
            // build of the same kernel (the same sums) where the processor has it.
            if CPUFeatures.hasAVX2 {
              UnrollKernelsAVX2.Kernels.matrixColumn(rows: rows, n, a, b, c)
            } else {
              UnrollKernels.Kernels.matrixColumn(rows: rows, n, a, b, c)
            }
          } else if let b = b.baseAddress, let c = c.baseAddress {
            // Row i of the product is Σ_k a[i, k] · (row k of b).
            for i in 0..<rows {
              for k in 0..<n where a[i * n + k] != 0 {
                UnrollKernels.Kernels.axpy(m, a[i * n + k], b + k * m, c + i * m)
              }
            }
          }
        }
      }
    }
    return result
  }

  /// `selfᵀ · other` without forming the transpose: `Wᵀ · d` in the backward passes.
  public func transposedDot(_ other: Matrix) throws -> Matrix {
    guard rows == other.rows else { throw ShapeError.notAligned(Shape(cols, rows), other.shape) }
    var result = Matrix(rows: cols, cols: other.cols)
    let m = other.cols
    scalars.withUnsafeBufferPointer { a in
      other.scalars.withUnsafeBufferPointer { b in
        result.scalars.withUnsafeMutableBufferPointer { c in
          if m == 1, let a = a.baseAddress, let b = b.baseAddress, let c = c.baseAddress {
            // Wᵀ · d as a sum of W's rows, each scaled by one entry of d, four at a time;
            // the AVX2 build of the same kernel where the processor has it.
            if CPUFeatures.hasAVX2 {
              UnrollKernelsAVX2.Kernels.transposedColumn(rows: rows, cols: cols, a, b, c)
            } else {
              UnrollKernels.Kernels.transposedColumn(rows: rows, cols: cols, a, b, c)
            }
            return
          }
          for k in 0..<rows {
            for j in 0..<m {
              let bkj = b[k * m + j]
              if bkj == 0 { continue }
              for i in 0..<cols { c[i * m + j] += a[k * cols + i] * bkj }
            }
          }
        }
      }
    }
    return result
  }

  /// Adds the outer product `a · bᵀ` of two columns to `self`: `dW += d · inputᵀ`.
  public mutating func addOuter(_ a: Matrix, _ b: Matrix) throws {
    guard a.cols == 1, b.cols == 1 else {
      throw ShapeError.notAligned(a.shape, Shape(b.cols, b.rows))
    }
    guard a.rows == rows, b.rows == cols else {
      throw ShapeError.mismatch(operation: "+=", shape, Shape(a.rows, b.rows))
    }
    addOuterProducts(a.scalars, b.scalars, count: 1)
  }

  /// Adds `k` outer products at once: `self += Σ_s a_s · b_sᵀ`, with `a_s` stored at
  /// `a[s * rows ..< (s + 1) * rows]` and `b_s` likewise; shapes checked by the caller.
  ///
  /// Row by row, so each row of `self` stays in cache while all `k` terms are added,
  /// in the order s = 0, 1, …: the same sums, in the same order, as `k` calls of `addOuter`.
  mutating func addOuterProducts(_ a: [Double], _ b: [Double], count k: Int) {
    let n = cols
    let m = rows
    guard a.count >= k * m, b.count >= k * n else { return }
    a.withUnsafeBufferPointer { u in
      b.withUnsafeBufferPointer { v in
        scalars.withUnsafeMutableBufferPointer { c in
          guard let u = u.baseAddress, let v = v.baseAddress, let c = c.baseAddress else {
            return
          }
          for i in 0..<m {
            UnrollKernels.Kernels.axpyTerms(n, k, u + i, aStride: m, v, xStride: n, c + i * n)
          }
        }
      }
    }
  }

  /// Adds `other` to `self` entry by entry: `db += d`.
  public mutating func add(_ other: Matrix) throws {
    guard shape == other.shape else {
      throw ShapeError.mismatch(operation: "+=", shape, other.shape)
    }
    other.scalars.withUnsafeBufferPointer { b in
      scalars.withUnsafeMutableBufferPointer { a in
        for i in 0..<a.count { a[i] += b[i] }
      }
    }
  }

  /// `self −= rate · other`, entry by entry: one step of gradient descent.
  public mutating func subtract(_ other: Matrix, scaledBy rate: Double) throws {
    guard shape == other.shape else {
      throw ShapeError.mismatch(operation: "-=", shape, other.shape)
    }
    other.scalars.withUnsafeBufferPointer { g in
      scalars.withUnsafeMutableBufferPointer { theta in
        for i in 0..<theta.count { theta[i] -= rate * g[i] }
      }
    }
  }

  /// The transpose, NumPy's `.T`.
  public var transposed: Matrix {
    var result = Matrix(rows: cols, cols: rows)
    for i in 0..<rows {
      for j in 0..<cols { result.scalars[j * rows + i] = scalars[i * cols + j] }
    }
    return result
  }

  /// Applies `transform` to every entry.
  public func map(_ transform: (Double) -> Double) -> Matrix {
    var result = self
    result.apply(transform)
    return result
  }

  /// Applies `transform` to every entry in place.
  public mutating func apply(_ transform: (Double) -> Double) {
    scalars.withUnsafeMutableBufferPointer { r in
      for i in 0..<r.count { r[i] = transform(r[i]) }
    }
  }

  /// Combines two matrices of one shape entry by entry.
  public func zip(
    _ other: Matrix, _ operation: String, _ combine: (Double, Double) -> Double
  ) throws -> Matrix {
    guard shape == other.shape else {
      throw ShapeError.mismatch(operation: operation, shape, other.shape)
    }
    var result = self
    result.scalars.withUnsafeMutableBufferPointer { r in
      other.scalars.withUnsafeBufferPointer { b in
        for i in 0..<r.count { r[i] = combine(r[i], b[i]) }
      }
    }
    return result
  }

  /// The sum of two matrices of one shape.
  public static func + (a: Matrix, b: Matrix) throws -> Matrix { try a.zip(b, "+", +) }

  /// The difference of two matrices of one shape.
  public static func - (a: Matrix, b: Matrix) throws -> Matrix { try a.zip(b, "-", -) }

  /// The elementwise (Hadamard) product, NumPy's `*` on arrays of one shape.
  public static func * (a: Matrix, b: Matrix) throws -> Matrix { try a.zip(b, "*", *) }

  /// Every entry times `k`.
  public static func * (k: Double, a: Matrix) -> Matrix { a.map { k * $0 } }

  /// `k - a` entry by entry, as in `1 - h**2`.
  public static func - (k: Double, a: Matrix) -> Matrix { a.map { k - $0 } }

  /// The columns stacked on top of each other, NumPy's `np.vstack((a, b))`.
  public static func vstack(_ parts: [Matrix]) throws -> Matrix {
    let width = parts.first?.cols ?? 0
    for part in parts where part.cols != width {
      throw ShapeError.mismatch(operation: "vstack", Shape(parts[0].rows, width), part.shape)
    }
    var scalars: [Double] = []
    scalars.reserveCapacity(parts.reduce(0) { $0 + $1.count })
    for part in parts { scalars += part.scalars }
    return try Matrix(rows: parts.reduce(0) { $0 + $1.rows }, cols: width, scalars: scalars)
  }

  /// The rows `range`, as `a[start:stop, :]` with a range already inside the matrix.
  public func rows(_ range: Range<Int>) throws -> Matrix {
    guard range.lowerBound >= 0, range.upperBound <= rows else {
      throw ShapeError.outOfRange(operation: "rows", shape: shape, index: "\(range)")
    }
    let slice = scalars[(range.lowerBound * cols)..<(range.upperBound * cols)]
    return try Matrix(rows: range.count, cols: cols, scalars: Array(slice))
  }

  /// NumPy's basic slicing `a[r0:r1, c0:c1]`, by Python's rules.
  ///
  /// Negative and out-of-range bounds are clamped, never an error, so the notes' slices
  /// mean here what they mean there. `nil` stands for an omitted bound.
  public func slice(rows r: (Int?, Int?), cols c: (Int?, Int?)) -> Matrix {
    let rowRange = Matrix.pythonRange(r.0, r.1, count: rows)
    let colRange = Matrix.pythonRange(c.0, c.1, count: cols)
    var result = Matrix(rows: rowRange.count, cols: colRange.count)
    for (i, row) in rowRange.enumerated() {
      for (j, col) in colRange.enumerated() {
        result.scalars[i * colRange.count + j] = scalars[row * cols + col]
      }
    }
    return result
  }

  /// The indices a Python slice `start:stop` selects from a sequence of `count`.
  static func pythonRange(_ start: Int?, _ stop: Int?, count: Int) -> Range<Int> {
    func resolve(_ bound: Int?, default value: Int) -> Int {
      guard let bound else { return value }
      let index = bound < 0 ? bound + count : bound
      return min(max(index, 0), count)
    }
    let lower = resolve(start, default: 0)
    let upper = resolve(stop, default: count)
    return lower..<max(lower, upper)
  }

  /// The Euclidean (Frobenius) norm, finite for every finite matrix (see ``Norms``).
  public var norm: Double { Norms.euclidean(scalars) }

  /// The sum of all entries.
  public var sum: Double { scalars.reduce(0, +) }

  /// Whether every entry is finite (neither NaN nor infinite).
  public var isFinite: Bool {
    scalars.withUnsafeBufferPointer { values in
      // NaN and ±inf are the doubles whose exponent bits are all ones; an integer test
      // with no early exit, so the loop runs on the vector unit (training checks every
      // value it computes).
      let exponent: UInt64 = 0x7FF0_0000_0000_0000
      var allOnes: UInt64 = 0  // gets bit 0 set by any value whose exponent is all ones
      for value in values {
        // (bits & exponent) + 2^52 carries into bit 63 exactly when the exponent is all ones.
        allOnes |= ((value.bitPattern & exponent) &+ 0x0010_0000_0000_0000) >> 63
      }
      return allOnes == 0
    }
  }
}
