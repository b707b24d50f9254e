/// A dense matrix of `Double`, stored row by row.
///
/// Vectors are columns of shape (n, 1), as in the notes' NumPy code, so that
/// `Wxh · x_t` reads the same here as there. Every operation that combines two
/// matrices checks their shapes first and throws a `ShapeError`; nothing here
/// traps on a size that came from a user.
public struct Matrix: Equatable, Sendable {
  /// The number of rows.
  public let rows: Int
  /// The number of columns.
  public let cols: Int
  /// The entries, row by row: entry (i, j) is `scalars[i * cols + j]`.
  public internal(set) var scalars: [Double]

  /// The shape as NumPy writes it: `(rows, cols)`.
  public var shape: Shape { Shape(rows, cols) }

  /// The number of entries.
  public var count: Int { scalars.count }

  /// A matrix of the given shape whose entries are all `value`.
  public init(rows: Int, cols: Int, repeating value: Double = 0) {
    self.rows = max(rows, 0)
    self.cols = max(cols, 0)
    self.scalars = Array(repeating: value, count: self.rows * self.cols)
  }

  /// A matrix of zeros with the given shape.
  public static func zeros(_ shape: Shape) -> Matrix {
    Matrix(rows: shape.rows, cols: shape.cols)
  }

  /// A matrix from its entries, row by row; throws when the count does not fit the shape.
  public init(rows: Int, cols: Int, scalars: [Double]) throws {
    guard rows >= 0, cols >= 0, rows * cols == scalars.count else {
      throw ShapeError.entryCount(shape: Shape(rows, cols), found: scalars.count)
    }
    self.rows = rows
    self.cols = cols
    self.scalars = scalars
  }

  /// A matrix from a list of rows; throws when the rows are ragged.
  public init(_ rowList: [[Double]]) throws {
    let width = rowList.first?.count ?? 0
    for (i, row) in rowList.enumerated() where row.count != width {
      throw ShapeError.raggedRow(row: i, expected: width, found: row.count)
    }
    self.rows = rowList.count
    self.cols = rowList.isEmpty ? 0 : width
    self.scalars = rowList.flatMap { $0 }
  }

  /// A column vector, shape (n, 1).
  public init(column: [Double]) {
    self.rows = column.count
    self.cols = 1
    self.scalars = column
  }

  /// The entry at row `i`, column `j`, or nil when either is out of range.
  public func entry(_ i: Int, _ j: Int) -> Double? {
    guard i >= 0, i < rows, j >= 0, j < cols else { return nil }
    return scalars[i * cols + j]
  }

  /// The rows as nested arrays, the layout of the JSON formats.
  public var rowArrays: [[Double]] {
    (0..<rows).map { i in Array(scalars[(i * cols)..<((i + 1) * cols)]) }
  }

  /// The sole entry of a (1, 1) matrix, or nil for any other shape.
  public var scalar: Double? { count == 1 ? scalars[0] : nil }
}

/// A matrix shape, written `(rows, cols)` as NumPy does.
public struct Shape: Equatable, Hashable, Sendable, CustomStringConvertible {
  /// The number of rows.
  public var rows: Int
  /// The number of columns.
  public var cols: Int

  /// A shape of `rows` by `cols`.
  public init(_ rows: Int, _ cols: Int) {
    self.rows = rows
    self.cols = cols
  }

  /// The shape as the notes' NumPy prints it, `(32, 1)`.
  public var description: String { "(\(rows), \(cols))" }
}

/// A shape that does not fit an operation, with the facts to say why.
public enum ShapeError: Error, Equatable, Sendable {
  /// `np.dot(a, b)` with `a.cols != b.rows`; NumPy's own wording is kept.
  case notAligned(Shape, Shape)
  /// An elementwise operation on two shapes that differ.
  case mismatch(operation: String, Shape, Shape)
  /// A matrix literal whose entry count does not fill its shape.
  case entryCount(shape: Shape, found: Int)
  /// A list of rows whose lengths differ.
  case raggedRow(row: Int, expected: Int, found: Int)
  /// A slice or index outside the matrix.
  case outOfRange(operation: String, shape: Shape, index: String)
}

extension ShapeError: CustomStringConvertible {
  /// One sentence that names both shapes, as NumPy would.
  public var description: String {
    switch self {
    case .notAligned(let a, let b):
      // NumPy: "shapes (1,1) and (11,1) not aligned: 1 (dim 1) != 11 (dim 0)"
      return "shapes (\(a.rows),\(a.cols)) and (\(b.rows),\(b.cols)) not aligned: "
        + "\(a.cols) (dim 1) != \(b.rows) (dim 0)"
    case .mismatch(let operation, let a, let b):
      return "\(operation): shapes \(a) and \(b) do not match"
    case .entryCount(let shape, let found):
      return "a matrix of shape \(shape) needs \(shape.rows * shape.cols) entries, found \(found)"
    case .raggedRow(let row, let expected, let found):
      return "row \(row) has \(found) entries where the rows before it have \(expected)"
    case .outOfRange(let operation, let shape, let index):
      return "\(operation): index \(index) is out of range for shape \(shape)"
    }
  }
}
