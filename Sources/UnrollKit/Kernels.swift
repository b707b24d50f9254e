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
