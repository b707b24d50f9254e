/// Euclidean norms that neither overflow nor underflow, as LAPACK's `dnrm2` computes them.
public enum Norms {
  /// Sums of squares at least this large keep every bit of the plain sum: below it,
  /// squares of small entries may have lost digits to underflow.
  private static let smallestPlainSum = 0x1p-900

  /// ‖values‖₂.
  ///
  /// The plain `sqrt(Σ x²)` when that sum is finite and far from underflow
  /// (the same bits as before); otherwise the sum is scaled by the largest magnitude
  /// seen so far, so entries near 1e300 give a finite norm instead of `inf`.
  /// A NaN entry gives NaN, an infinite one `inf`.
  public static func euclidean<Values: Collection>(_ values: Values) -> Double
  where Values.Element == Double {
    let plain = values.reduce(0) { $0 + $1 * $1 }
    if plain.isFinite, plain >= smallestPlainSum { return plain.squareRoot() }
    if plain.isNaN { return .nan }
    var scale = 0.0
    var sumOfSquares = 1.0
    for value in values where value != 0 {
      let magnitude = abs(value)
      guard magnitude.isFinite else { return magnitude.isNaN ? .nan : .infinity }
      if scale < magnitude {
        let ratio = scale / magnitude
        sumOfSquares = 1 + sumOfSquares * ratio * ratio
        scale = magnitude
      } else {
        let ratio = magnitude / scale
        sumOfSquares += ratio * ratio
      }
    }
    return scale * sumOfSquares.squareRoot()
  }
}
