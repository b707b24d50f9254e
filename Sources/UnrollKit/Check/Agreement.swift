import UnrollPython

/// How `unroll check` decides that two values are the same quantity: the same shape
/// and a relative distance of at most `Agreement.tolerance`.
///
/// The learner's file runs in the same float64 arithmetic as the engine, so a correct
/// line differs from the engine's only by the order of its additions: about 1e-15
/// relative. A real mistake (a missing factor, the wrong timestep, a transposed
/// matrix) is many orders above 1e-9, so the bar separates the two with room on both
/// sides.
public enum Agreement {
  /// The largest relative distance still counted as equal: 1e-9.
  public static let tolerance = 1e-9

  /// `rel_err` as `check` reports it: ‖a − b‖ / max(‖a‖, ‖b‖) in the 2-norm over all
  /// entries, 0 when both are zero; nil when the counts differ or an entry is not finite
  /// (the distance is then undefined, and nothing agrees with it).
  public static func relativeError(_ a: [Double], _ b: [Double]) -> Double? {
    guard a.count == b.count else { return nil }
    var difference = 0.0
    var normA = 0.0
    var normB = 0.0
    for (x, y) in zip(a, b) {
      difference += (x - y) * (x - y)
      normA += x * x
      normB += y * y
    }
    guard difference.isFinite, normA.isFinite, normB.isFinite else { return nil }
    let scale = max(normA, normB).squareRoot()
    return scale == 0 ? 0 : difference.squareRoot() / scale
  }

  /// The cosine of the angle between `a` and `b` as vectors: 1 when both are zero,
  /// nil when one alone is zero, the counts differ or an entry is not finite.
  public static func cosine(_ a: [Double], _ b: [Double]) -> Double? {
    guard a.count == b.count else { return nil }
    var dot = 0.0
    var normA = 0.0
    var normB = 0.0
    for (x, y) in zip(a, b) {
      dot += x * y
      normA += x * x
      normB += y * y
    }
    guard dot.isFinite, normA.isFinite, normB.isFinite else { return nil }
    if normA == 0 && normB == 0 { return 1 }
    guard normA > 0, normB > 0 else { return nil }
    return dot / (normA.squareRoot() * normB.squareRoot())
  }

  /// Whether the learner's `array` is the engine's `matrix`: shape (rows, cols) and
  /// max|a − b| ≤ tolerance · max(max|a|, max|b|), entry by entry (so a value that is
  /// right in its large entries and wrong in its small ones is not equal).
  static func agrees(_ array: NDArray, _ matrix: Matrix) -> Bool {
    guard array.shape == [matrix.rows, matrix.cols] else { return false }
    var difference = 0.0
    var scale = 0.0
    for (a, b) in zip(array.scalars, matrix.scalars) {
      guard a.isFinite, b.isFinite else { return false }
      difference = max(difference, abs(a - b))
      scale = max(scale, abs(a), abs(b))
    }
    return difference <= tolerance * scale
  }

  /// Whether `array` is `matrix` transposed: shape (cols, rows), rows ≠ cols, and the
  /// entries agree once transposed.
  static func isTransposed(_ array: NDArray, of matrix: Matrix) -> Bool {
    guard matrix.rows != matrix.cols, array.shape == [matrix.cols, matrix.rows] else {
      return false
    }
    return agrees(array, matrix.transposed)
  }
}

extension NDArray {
  /// The engine's matrix as a NumPy array of shape (rows, cols).
  init(_ matrix: Matrix) {
    // Rows × cols entries in row-major order, which is C order.
    self =
      (try? NDArray(shape: [matrix.rows, matrix.cols], scalars: matrix.scalars))
      ?? NDArray(scalar: .nan)
  }

  /// The array as the engine's matrix when it has two axes; nil otherwise.
  public var matrix: Matrix? {
    guard shape.count == 2 else { return nil }
    return try? Matrix(rows: shape[0], cols: shape[1], scalars: scalars)
  }

  /// `(32, 1)`, `(32,)`, `()`: the shape as NumPy prints it.
  public var shapeText: String {
    shape.count == 1 ? "(\(shape[0]),)" : "(" + shape.map(String.init).joined(separator: ", ") + ")"
  }
}
