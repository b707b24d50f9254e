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
