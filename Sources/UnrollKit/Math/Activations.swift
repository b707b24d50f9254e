import UnrollKernels
import UnrollVector

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The scalar functions of the notes, each with the derivative the backward passes use.
public enum Activation {
  /// The logistic sigmoid `σ(z) = 1 / (1 + e^{-z})`, written as the RNN note writes it.
  ///
  /// The note clips `z` to [-250, 250] before `exp`: `e^{250}` is about 3.7e108, far
  /// from overflow, and beyond the clip σ is 0 or 1 to the last bit anyway. Keeping
  /// the clip keeps our values equal to the note's, bit for bit where libm agrees.
  public static func sigmoid(_ z: Double) -> Double {
    1 / (1 + exp(-min(max(z, -250), 250)))
  }

  /// The hyperbolic tangent.
  public static func tanh(_ z: Double) -> Double {
    #if canImport(Glibc)
      Glibc.tanh(z)
    #else
      Darwin.tanh(z)
    #endif
  }

  /// Binary cross-entropy of a logit `z` against a label `y`, computed stably:
  /// `−[y·log σ(z) + (1−y)·log(1−σ(z))] = max(z, 0) − y·z + log(1 + e^{−|z|})`.
  ///
  /// The naive form takes `log(1 − σ(z))`, which is `log(0) = −∞` once σ(z) rounds
  /// to 1 (z above about 37); the stable form stays finite and exact. Its derivative
  /// with respect to `z` is exactly `σ(z) − y`, which is what the gradient check
  /// needs. (The notes' training loop adds 1e-8 inside the logs instead; the
  /// training command reports that figure, as the notes print it.)
  public static func binaryCrossEntropy(logit z: Double, label y: Double) -> Double {
    max(z, 0) - y * z + log1p(exp(-abs(z)))
  }
}

extension Matrix {
  /// σ applied to every entry.
  public var sigmoid: Matrix { map(Activation.sigmoid) }
  /// tanh applied to every entry.
  public var tanh: Matrix { map(Activation.tanh) }
}

extension Matrix {
  /// `self ⊙ (1 − h²)`: a gradient through `h = tanh(a)`, since tanh'(a) = 1 − tanh²(a).
  ///
  /// Written with `h`, the tanh's output, so no tanh is recomputed; one pass, one matrix.
  public func timesTanhDerivative(at h: Matrix) throws -> Matrix {
    guard shape == h.shape else { throw ShapeError.mismatch(operation: "*", shape, h.shape) }
    var result = self
    result.scalars.withUnsafeMutableBufferPointer { d in
      h.scalars.withUnsafeBufferPointer { h in
        for i in 0..<d.count { d[i] = (1 - h[i] * h[i]) * d[i] }
      }
    }
    return result
  }
}

extension Activation {
  /// `y[i] = tanh(x[i])` for i < n, equal to `tanh` of each bit for bit; `y` may be `x`.
  ///
  /// Four at a time through `VectorTanh` (glibc's algorithm in SIMD, about twice as
  /// fast) where that is known to equal this machine's glibc, else one call at a time.
  static func tanh(_ n: Int, _ x: UnsafePointer<Double>, _ y: UnsafeMutablePointer<Double>) {
    Kernels.tanh(n, x, y, vector: vectorTanhIsExact)
  }

  /// Whether `VectorTanh` may run here and gives `tanh`'s bits.
  ///
  /// True when the processor has FMA and AVX2 (the only instructions that module is
  /// compiled for beyond the baseline) and both agree on about 6000 values that take
  /// every branch of glibc's tanh and expm1. Another glibc, another libm or another
  /// processor falls back to `tanh`.
  static let vectorTanhIsExact: Bool = {
    guard CPUFeatures.hasFMAAndAVX2 else { return false }
    let values = tanhCheckValues
    var vector = [Double](repeating: 0, count: values.count)
    values.withUnsafeBufferPointer { x in
      vector.withUnsafeMutableBufferPointer { y in
        if let x = x.baseAddress, let y = y.baseAddress { VectorTanh.tanh(values.count, x, y) }
      }
    }
    return zip(values, vector).allSatisfy { tanh($0).bitPattern == $1.bitPattern }
  }()

  /// Values across every branch of tanh and of the expm1 it calls: a sweep of (-23, 23),
  /// the neighbours of each branch's edge (|x| = 1, 22, 2⁻⁵⁵, k·ln2/4, where expm1's
  /// k changes), and the special values.
  static var tanhCheckValues: [Double] {
    var values: [Double] = [0, -0.0, .nan, .infinity, -.infinity, 0x1p-56, -0x1p-60, 1e-300]
    for i in 0..<2048 { values.append(-23 + 46 * Double(i) / 2047) }
    let ln2 = 0.693_147_180_559_945_3
    var edges: [Double] = [1, 22, 0x1p-55, 0.125, 0.25 * ln2, 0.75 * ln2, 10, 28]
    for k in 1...130 { edges.append(Double(k) * ln2 / 4) }  // expm1(2|x|)'s k steps
    for edge in edges {
      var (up, down) = (edge, edge)
      for _ in 0..<7 {
        values += [up, -up, down, -down]
        (up, down) = (up.nextUp, down.nextDown)
      }
    }
    return values
  }
}

/// What the processor offers beyond x86-64's baseline, read once (Linux only; none
/// elsewhere, which only means the scalar `tanh` and the baseline kernels).
enum CPUFeatures {
  /// FMA and AVX2, as /proc/cpuinfo lists them for the first processor.
  static let hasFMAAndAVX2: Bool = flags.contains("fma") && flags.contains("avx2")

  /// AVX2 (and so AVX), which UnrollKernelsAVX2 is built for.
  static let hasAVX2: Bool = flags.contains("avx2")

  /// The first processor's flags in /proc/cpuinfo.
  static let flags: Set<Substring> = {
    #if arch(x86_64) && canImport(Glibc)
      guard let file = fopen("/proc/cpuinfo", "r") else { return [] }
      defer { fclose(file) }
      var line: UnsafeMutablePointer<CChar>?
      var capacity = 0
      defer { free(line) }
      while getline(&line, &capacity, file) > 0, let line {
        let text = String(cString: line)
        guard text.hasPrefix("flags") else { continue }
        return Set(text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }))
      }
      return []
    #else
      return []
    #endif
  }()
}
