#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import UnrollVector

/// The loops every pass spends its time in, written for the vector unit.
///
/// A plain `for k { sum += a[k] * b[k] }` is one chain of dependent additions: the
/// compiler may not reorder floating-point sums, so it runs at one addition per
/// adder latency. Four running sums break the chain. The order of summation differs
/// from a left-to-right sum in the last bits, as NumPy's BLAS does too.
///
/// The four sums are one `SIMD4` (two SSE2 registers in the baseline build, one AVX
/// register in UnrollKernelsAVX2, which compiles this same file): the width changes no
/// number, since every lane adds what it added before and the lanes meet in one order,
/// `(s0 + s2) + (s1 + s3)`. No multiply is ever fused with an add (Swift does not
/// contract, and neither module is built for FMA).
public enum Kernels {
  /// `Σ_k a[k] · b[k]` over `n` entries.
  @inlinable
  public static func dot(_ n: Int, _ a: UnsafePointer<Double>, _ b: UnsafePointer<Double>)
    -> Double
  {
    var s = SIMD4<Double>()
    var k = 0
    while k + 4 <= n {
      s += load(a + k) * load(b + k)
      k += 4
    }
    var sum = reduce(s)
    while k < n {
      sum += a[k] * b[k]
      k += 1
    }
    return sum
  }

  /// `dot` of four rows of a matrix (`a`, `a + stride`, …) with `b` at once: each row's
  /// sum exactly as `dot` takes it, four independent chains side by side.
  @inlinable
  public static func dot4(
    _ n: Int, _ a: UnsafePointer<Double>, stride: Int, _ b: UnsafePointer<Double>
  ) -> SIMD4<Double> {
    let (a1, a2, a3) = (a + stride, a + 2 * stride, a + 3 * stride)
    var (s0, s1, s2, s3) = (SIMD4<Double>(), SIMD4<Double>(), SIMD4<Double>(), SIMD4<Double>())
    var k = 0
    while k + 4 <= n {
      let bk = load(b + k)
      s0 += load(a + k) * bk
      s1 += load(a1 + k) * bk
      s2 += load(a2 + k) * bk
      s3 += load(a3 + k) * bk
      k += 4
    }
    var sums = SIMD4(reduce(s0), reduce(s1), reduce(s2), reduce(s3))
    while k < n {
      sums += SIMD4(a[k], a1[k], a2[k], a3[k]) * b[k]  // each row's `sum += a[k] * b[k]`
      k += 1
    }
    return sums
  }

  /// `y[i] += a0·x0[i] + a1·x1[i] + a2·x2[i] + a3·x3[i]`: four axpys that load and
  /// store `y` once, for `Wᵀ · d` taken four rows of W at a time.
  @inlinable
  public static func axpy4(
    _ n: Int, _ a: (Double, Double, Double, Double), _ x: UnsafePointer<Double>, stride: Int,
    _ y: UnsafeMutablePointer<Double>
  ) {
    let a0 = SIMD4<Double>(repeating: a.0)
    let a1 = SIMD4<Double>(repeating: a.1)
    let a2 = SIMD4<Double>(repeating: a.2)
    let a3 = SIMD4<Double>(repeating: a.3)
    let x1 = x + stride
    let x2 = x + 2 * stride
    let x3 = x + 3 * stride
    var i = 0
    while i + 4 <= n {
      let sum = (a0 * load(x + i) + a1 * load(x1 + i)) + (a2 * load(x2 + i) + a3 * load(x3 + i))
      store(load(y + i) + sum, y + i)
      i += 4
    }
    while i < n {
      y[i] += (a.0 * x[i] + a.1 * x1[i]) + (a.2 * x2[i] + a.3 * x3[i])
      i += 1
    }
  }

  /// `y[i] += alpha · x[i]` over `n` entries (BLAS's axpy).
  @inlinable
  public static func axpy(
    _ n: Int, _ alpha: Double, _ x: UnsafePointer<Double>, _ y: UnsafeMutablePointer<Double>
  ) {
    let a = SIMD4<Double>(repeating: alpha)
    var i = 0
    while i + 4 <= n {
      store(load(y + i) + a * load(x + i), y + i)
      i += 4
    }
    while i < n {
      y[i] += alpha * x[i]
      i += 1
    }
  }

  /// `c[i] = dot(n, a + i · n, b)` for i < rows: a matrix (rows, n) times a column.
  ///
  /// Four rows at a time through `dot4`, each row's sum exactly `dot`'s. Not inlinable:
  /// the interpreter calls UnrollKernelsAVX2's build of it where the processor has AVX2.
  public static func matrixColumn(
    rows: Int, _ n: Int, _ a: UnsafePointer<Double>, _ b: UnsafePointer<Double>,
    _ c: UnsafeMutablePointer<Double>
  ) {
    var i = 0
    while i + 4 <= rows {
      storeUnaligned(dot4(n, a + i * n, stride: n, b), c + i)
      i += 4
    }
    while i < rows {
      c[i] = dot(n, a + i * n, b)
      i += 1
    }
  }

  /// `c = Wᵀ · d` for W (rows, cols) row by row and d (rows, 1).
  ///
  /// The sum of W's rows, each scaled by its entry of d, four rows at a time (`axpy4`'s
  /// grouping), then the rows left over one at a time (`axpy`), starting from zero. Each
  /// entry of c receives its terms in exactly that order; only the loops are turned
  /// inside out, so that eight entries of c stay in registers while the rows arrive.
  public static func transposedColumn(
    rows: Int, cols: Int, _ w: UnsafePointer<Double>, _ d: UnsafePointer<Double>,
    _ c: UnsafeMutablePointer<Double>
  ) {
    let blocks = rows / 4
    var i = 0
    while i + 8 <= cols {
      var (low, high) = (SIMD4<Double>(), SIMD4<Double>())
      for b in 0..<blocks {
        let k = 4 * b
        let (a0, a1) = (SIMD4(repeating: d[k]), SIMD4(repeating: d[k + 1]))
        let (a2, a3) = (SIMD4(repeating: d[k + 2]), SIMD4(repeating: d[k + 3]))
        let x0 = w + k * cols + i
        let (x1, x2, x3) = (x0 + cols, x0 + 2 * cols, x0 + 3 * cols)
        low += (a0 * load(x0) + a1 * load(x1)) + (a2 * load(x2) + a3 * load(x3))
        high += (a0 * load(x0 + 4) + a1 * load(x1 + 4)) + (a2 * load(x2 + 4) + a3 * load(x3 + 4))
      }
      for k in (4 * blocks)..<rows {
        let a = SIMD4(repeating: d[k])
        low += a * load(w + k * cols + i)
        high += a * load(w + k * cols + i + 4)
      }
      storeUnaligned(low, c + i)
      storeUnaligned(high, c + i + 4)
      i += 8
    }
    while i + 4 <= cols {
      var sum = SIMD4<Double>()
      for b in 0..<blocks {
        let k = 4 * b
        let (a0, a1) = (SIMD4(repeating: d[k]), SIMD4(repeating: d[k + 1]))
        let (a2, a3) = (SIMD4(repeating: d[k + 2]), SIMD4(repeating: d[k + 3]))
        let x0 = w + k * cols + i
        let (x1, x2, x3) = (x0 + cols, x0 + 2 * cols, x0 + 3 * cols)
        sum += (a0 * load(x0) + a1 * load(x1)) + (a2 * load(x2) + a3 * load(x3))
      }
      for k in (4 * blocks)..<rows { sum += SIMD4(repeating: d[k]) * load(w + k * cols + i) }
      storeUnaligned(sum, c + i)
      i += 4
    }
    while i < cols {
      var sum = 0.0
      for b in 0..<blocks {
        let k = 4 * b
        let x0 = w + k * cols + i
        sum +=
          (d[k] * x0[0] + d[k + 1] * x0[cols]) + (d[k + 2] * x0[2 * cols] + d[k + 3] * x0[3 * cols])
      }
      for k in (4 * blocks)..<rows { sum += d[k] * w[k * cols + i] }
      c[i] = sum
      i += 1
    }
  }

  /// `k` axpys into one `y`, in order: a row of an outer-product sum `Σ_s a_s · x_sᵀ`.
  ///
  /// `y += a_0 · x_0`, then `y += a_1 · x_1`, …, each skipped when its `a_s` is 0, with
  /// `a_s = a[s · aStride]` and `x_s = x + s · xStride` (a stride may be negative): the
  /// same sums in the same order as `k` calls of `axpy`, but sixteen entries of `y` stay
  /// in registers while all `k` terms arrive.
  @inlinable
  public static func axpyTerms(
    _ n: Int, _ k: Int, _ a: UnsafePointer<Double>, aStride: Int, _ x: UnsafePointer<Double>,
    xStride: Int, _ y: UnsafeMutablePointer<Double>
  ) {
    // Sixteen entries at a time (four independent chains of additions), then four, then one.
    var j = 0
    while j + 16 <= n {
      var (s0, s1, s2, s3) = (load(y + j), load(y + j + 4), load(y + j + 8), load(y + j + 12))
      for s in 0..<k {
        let scale = a[s &* aStride]
        guard scale != 0 else { continue }
        let (c, xs) = (SIMD4(repeating: scale), x + (s &* xStride &+ j))
        s0 += c * load(xs)
        s1 += c * load(xs + 4)
        s2 += c * load(xs + 8)
        s3 += c * load(xs + 12)
      }
      store(s0, y + j)
      store(s1, y + j + 4)
      store(s2, y + j + 8)
      store(s3, y + j + 12)
      j += 16
    }
    while j + 4 <= n {
      var sum = load(y + j)
      for s in 0..<k {
        let scale = a[s &* aStride]
        if scale != 0 { sum += SIMD4(repeating: scale) * load(x + (s &* xStride &+ j)) }
      }
      store(sum, y + j)
      j += 4
    }
    while j < n {
      var sum = y[j]
      for s in 0..<k {
        let scale = a[s &* aStride]
        if scale != 0 { sum += scale * x[s &* xStride &+ j] }
      }
      y[j] = sum
      j += 1
    }
  }

  /// `y[i] = tanh(x[i])` for i < n through `VectorTanh` when `vector`, else libm's `tanh`
  /// one at a time (`Activation.tanh(n, x, y)` decides which); `y` may be `x`.
  public static func tanh(
    _ n: Int, _ x: UnsafePointer<Double>, _ y: UnsafeMutablePointer<Double>, vector: Bool
  ) {
    if vector {
      VectorTanh.tanh(n, x, y)
    } else {
      #if canImport(Glibc)
        for i in 0..<n { y[i] = Glibc.tanh(x[i]) }
      #else
        for i in 0..<n { y[i] = Darwin.tanh(x[i]) }
      #endif
    }
  }

  /// The four running sums as one: the order in which `dot` has always met its lanes.
  @inlinable @inline(__always)
  static func reduce(_ s: SIMD4<Double>) -> Double { (s[0] + s[2]) + (s[1] + s[3]) }

  @inlinable @inline(__always)
  static func load(_ p: UnsafePointer<Double>) -> SIMD4<Double> {
    UnsafeRawPointer(p).loadUnaligned(as: SIMD4<Double>.self)
  }

  @inlinable @inline(__always)
  static func load(_ p: UnsafeMutablePointer<Double>) -> SIMD4<Double> {
    UnsafeRawPointer(p).loadUnaligned(as: SIMD4<Double>.self)
  }

  @inlinable @inline(__always)
  static func storeUnaligned(_ v: SIMD4<Double>, _ p: UnsafeMutablePointer<Double>) {
    UnsafeMutableRawPointer(p).storeBytes(of: v, as: SIMD4<Double>.self)
  }

  @inlinable @inline(__always)
  static func store(_ v: SIMD4<Double>, _ p: UnsafeMutablePointer<Double>) {
    UnsafeMutableRawPointer(p).storeBytes(of: v, as: SIMD4<Double>.self)
  }
}
