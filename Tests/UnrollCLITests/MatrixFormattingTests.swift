import Testing
import UnrollKit

@testable import UnrollCLI

/// Values print like PyTorch's: 4 decimals, scientific when magnitudes call for it,
/// columns on one line marked ᵀ, summarised past 1000 entries.
@Suite struct MatrixFormattingTests {
  @Test func shapes() throws {
    #expect(try Matrix([[0.5]]).formatted() == "[[0.5000]]")
    #expect(Matrix(column: [1, -2.25, 0]).formatted() == "[ 1.0000, -2.2500,  0.0000]ᵀ")
    #expect(
      try Matrix([[1, 2], [3, -4]]).formatted() == "[[ 1.0000,  2.0000],\n [ 3.0000, -4.0000]]")
    #expect(Matrix(rows: 0, cols: 0).formatted() == "[]")
    #expect(Matrix(rows: 3, cols: 0).formatted() == "[]")
  }

  @Test func scientificWhenMagnitudesSpreadOrAreTiny() {
    #expect(Matrix(column: [1e-5, 2]).formatted() == "[1.0000e-05, 2.0000e+00]ᵀ")
    #expect(Matrix(column: [0.01, 10]).formatted() == "[ 0.0100, 10.0000]ᵀ")
    #expect(Matrix(column: [0.001, 10]).formatted() == "[1.0000e-03, 1.0000e+01]ᵀ")
    #expect(Matrix(column: [-0.0, 1]).formatted() == "[0.0000, 1.0000]ᵀ")
    #expect(Matrix(column: [.nan, .infinity, -.infinity]).formatted() == "[ nan,  inf, -inf]ᵀ")
    #expect(Matrix(column: [1.23456, 2]).formatted(ValueFormat(precision: 2)) == "[1.23, 2.00]ᵀ")
  }

  @Test func longColumnsWrapAtTheWidth() {
    let text = Matrix(column: (0..<20).map(Double.init)).formatted(ValueFormat(width: 40))
    let lines = text.split(separator: "\n")
    #expect(lines.count > 1)
    #expect(lines.allSatisfy { $0.count <= 40 })
    #expect(lines.first?.hasPrefix("[ 0.0000,  1.0000,") == true)
    #expect(lines.last?.hasSuffix("19.0000]ᵀ") == true)
  }

  @Test func largeMatricesAreSummarised() {
    let big = Matrix(rows: 40, cols: 40, repeating: 1)
    let lines = big.formatted().split(separator: "\n")
    #expect(lines.count == 7)  // 3 rows, …, 3 rows
    #expect(lines[3] == " …,")
    #expect(lines[0] == "[[1.0000, 1.0000, 1.0000, …, 1.0000, 1.0000, 1.0000],")
  }
}
