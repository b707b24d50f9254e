#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The seeded generator behind every random number Unroll draws: xoshiro256**
/// (Blackman and Vigna, 2018), its state filled by SplitMix64 from the seed.
///
/// Written down here rather than taken from the platform so that `--seed N` gives
/// the same weights, data and trace on every machine and every Swift release.
/// The test suite pins its first outputs; changing this stream changes every
/// seeded trace a learner may have saved.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
  private var state: (UInt64, UInt64, UInt64, UInt64)
  private var spareNormal: Double?

  /// A generator whose stream is fixed by `seed`; `stream` picks an independent
  /// stream for the same seed (weights and data use different ones).
  public init(seed: UInt64, stream: UInt64 = 0) {
    var splitMix = seed ^ (stream &* 0xD1B5_4A32_D192_ED03)
    func nextSplitMix() -> UInt64 {
      splitMix &+= 0x9E37_79B9_7F4A_7C15
      var z = splitMix
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
    state = (nextSplitMix(), nextSplitMix(), nextSplitMix(), nextSplitMix())
  }

  /// The next 64 random bits.
  public mutating func next() -> UInt64 {
    let result = rotate(state.1 &* 5, 7) &* 9
    let t = state.1 << 17
    state.2 ^= state.0
    state.3 ^= state.1
    state.1 ^= state.2
    state.0 ^= state.3
    state.2 ^= t
    state.3 = rotate(state.3, 45)
    return result
  }

  private func rotate(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }

  /// A uniform sample in the open interval (0, 1), from the top 53 bits.
  public mutating func nextUniform() -> Double {
    (Double(next() >> 11) + 0.5) * 0x1p-53
  }

  /// A standard normal sample, NumPy's `randn`, by the Box–Muller transform.
  ///
  /// Each pair of uniforms gives two normals; the second is kept for the next call.
  public mutating func nextNormal() -> Double {
    if let spare = spareNormal {
      spareNormal = nil
      return spare
    }
    let radius = (-2 * log(nextUniform())).squareRoot()
    let angle = 2 * Double.pi * nextUniform()
    spareNormal = radius * sin(angle)
    return radius * cos(angle)
  }

  /// A matrix of standard normal samples, filled row by row.
  public mutating func normalMatrix(_ shape: Shape, scale: Double = 1) -> Matrix {
    var matrix = Matrix.zeros(shape)
    for i in 0..<matrix.count { matrix.scalars[i] = scale * nextNormal() }
    return matrix
  }
}
