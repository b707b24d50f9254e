import Testing

@testable import UnrollKit

@Suite struct MatrixTests {
  let a = Matrix(rows: 2, cols: 3, repeating: 0).replacing([1, 2, 3, 4, 5, 6])
  let column = Matrix(column: [1, -1, 2])

  @Test func dotMultipliesAndChecksShapes() throws {
    #expect(try a.dot(column).scalars == [5, 11])
    #expect(try a.dot(a.transposed) == Matrix([[14, 32], [32, 77]]))
    #expect(throws: ShapeError.notAligned(Shape(2, 3), Shape(2, 3))) { try a.dot(a) }
    // NumPy's own words, as the notes' first backward line raises them.
    let error = ShapeError.notAligned(Shape(1, 1), Shape(11, 1))
    #expect(
      error.description == "shapes (1,1) and (11,1) not aligned: 1 (dim 1) != 11 (dim 0)")
  }

  @Test func transposedDotEqualsTheTransposeTimes() throws {
    let d = Matrix(column: [0.5, -2])
    #expect(try a.transposedDot(d) == a.transposed.dot(d))
    #expect(throws: ShapeError.self) { try a.transposedDot(column) }
  }

  @Test func outerProductsAccumulate() throws {
    var sum = Matrix.zeros(Shape(2, 3))
    try sum.addOuter(Matrix(column: [1, 2]), column)
    try sum.addOuter(Matrix(column: [1, 0]), column)
    #expect(sum == (try Matrix([[2, -2, 4], [2, -2, 4]])))
    #expect(throws: ShapeError.self) { try sum.addOuter(column, column) }
  }

  @Test func elementwiseOperationsCheckShapes() throws {
    #expect(try (column * column).scalars == [1, 1, 4])
    #expect((1 - column).scalars == [0, 2, -1])
    #expect(throws: ShapeError.mismatch(operation: "+", Shape(3, 1), Shape(2, 3))) {
      try column + a
    }
  }

  @Test func vstackAndRows() throws {
    let stacked = try Matrix.vstack([Matrix(column: [1, 2]), Matrix(column: [3])])
    #expect(stacked == Matrix(column: [1, 2, 3]))
    #expect(try stacked.rows(0..<2) == Matrix(column: [1, 2]))
    #expect(throws: ShapeError.self) { try stacked.rows(1..<5) }
    #expect(throws: ShapeError.self) { try Matrix.vstack([a, column]) }
  }

  @Test func slicesFollowPython() throws {
    // hs is (hidden, T+1) in the note; hs[-1:, :] is its last ROW, hs[:, t:t+2] two columns.
    let hs = try Matrix([[0, 1, 2, 3], [10, 11, 12, 13]])
    #expect(hs.slice(rows: (-1, nil), cols: (nil, nil)) == (try Matrix([[10, 11, 12, 13]])))
    #expect(hs.slice(rows: (nil, nil), cols: (-1, nil)) == Matrix(column: [3, 13]))
    #expect(hs.slice(rows: (nil, nil), cols: (3, 5)).shape == Shape(2, 1))  // clamped
    #expect(hs.slice(rows: (nil, nil), cols: (5, 9)).shape == Shape(2, 0))  // empty, no trap
  }

  @Test func raggedAndMiscountedLiteralsThrow() {
    #expect(throws: ShapeError.raggedRow(row: 1, expected: 2, found: 1)) {
      try Matrix([[1, 2], [3]])
    }
    #expect(throws: ShapeError.entryCount(shape: Shape(2, 2), found: 3)) {
      try Matrix(rows: 2, cols: 2, scalars: [1, 2, 3])
    }
  }
}

extension Matrix {
  /// The same shape with `scalars` in place of the entries (for test literals).
  fileprivate func replacing(_ scalars: [Double]) -> Matrix {
    var copy = self
    copy.scalars = scalars
    return copy
  }
}
