/// The two loops every pass spends its time in, written for the vector unit.
///
/// A plain `for k { sum += a[k] * b[k] }` is one chain of dependent additions: the
/// compiler may not reorder floating-point sums, so it runs at one addition per
/// adder latency. Four running sums in two-lane vectors break the chain. The order of
/// summation differs from a left-to-right sum in the last bits, as NumPy's BLAS does too.
enum Kernels {
  /// `Σ_k a[k] · b[k]` over `n` entries.
  @inline(__always)
  static func dot(_ n: Int, _ a: UnsafePointer<Double>, _ b: UnsafePointer<Double>) -> Double {
    var s0 = SIMD2<Double>()
    var s1 = SIMD2<Double>()
    var k = 0
    while k + 4 <= n {
      s0 += load(a + k) * load(b + k)
      s1 += load(a + k + 2) * load(b + k + 2)
      k += 4
    }
    var sum = (s0 + s1).sum()
    while k < n {
      sum += a[k] * b[k]
      k += 1
    }
    return sum
  }

  /// `y[i] += a0·x0[i] + a1·x1[i] + a2·x2[i] + a3·x3[i]`: four axpys that load and
  /// store `y` once, for `Wᵀ · d` taken four rows of W at a time.
  @inline(__always)
  static func axpy4(
    _ n: Int, _ a: (Double, Double, Double, Double), _ x: UnsafePointer<Double>, stride: Int,
    _ y: UnsafeMutablePointer<Double>
  ) {
    let a0 = SIMD2<Double>(repeating: a.0)
    let a1 = SIMD2<Double>(repeating: a.1)
    let a2 = SIMD2<Double>(repeating: a.2)
    let a3 = SIMD2<Double>(repeating: a.3)
    let x1 = x + stride
    let x2 = x + 2 * stride
    let x3 = x + 3 * stride
    var i = 0
    while i + 2 <= n {
      let sum = (a0 * load(x + i) + a1 * load(x1 + i)) + (a2 * load(x2 + i) + a3 * load(x3 + i))
      store(load(y + i) + sum, y + i)
      i += 2
    }
    while i < n {
      y[i] += (a.0 * x[i] + a.1 * x1[i]) + (a.2 * x2[i] + a.3 * x3[i])
      i += 1
    }
  }

  /// `y[i] += alpha · x[i]` over `n` entries (BLAS's axpy).
  @inline(__always)
  static func axpy(
    _ n: Int, _ alpha: Double, _ x: UnsafePointer<Double>, _ y: UnsafeMutablePointer<Double>
  ) {
    let a = SIMD2<Double>(repeating: alpha)
    var i = 0
    while i + 4 <= n {
      store(load(y + i) + a * load(x + i), y + i)
      store(load(y + i + 2) + a * load(x + i + 2), y + i + 2)
      i += 4
    }
    while i < n {
      y[i] += alpha * x[i]
      i += 1
    }
  }

  @inline(__always)
  private static func load(_ p: UnsafePointer<Double>) -> SIMD2<Double> {
    UnsafeRawPointer(p).loadUnaligned(as: SIMD2<Double>.self)
  }

  @inline(__always)
  private static func load(_ p: UnsafeMutablePointer<Double>) -> SIMD2<Double> {
    UnsafeRawPointer(p).loadUnaligned(as: SIMD2<Double>.self)
  }

  @inline(__always)
  private static func store(_ v: SIMD2<Double>, _ p: UnsafeMutablePointer<Double>) {
    UnsafeMutableRawPointer(p).storeBytes(of: v, as: SIMD2<Double>.self)
  }
}
