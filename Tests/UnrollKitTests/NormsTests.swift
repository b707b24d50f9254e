import Testing

@testable import UnrollKit

@Suite struct NormsTests {
  @Test func finiteSumsKeepThePlainBits() {
    let values = [0.3, -1.7, 2.25, 1e-3, -4.5e-2]
    let plain = values.reduce(0) { $0 + $1 * $1 }.squareRoot()
    #expect(Norms.euclidean(values) == plain)
    #expect(Matrix(column: values).norm == plain)
    #expect(Norms.euclidean([3, 4]) == 5)
    #expect(Norms.euclidean([Double]()) == 0)
    #expect(Norms.euclidean([0, 0, 0]) == 0)
  }

  @Test func hugeEntriesGiveAFiniteNorm() {
    // 3e302² overflows; the scaled sum does not.
    let norm = Norms.euclidean([3e302, 4e302])
    #expect(norm.isFinite)
    #expect(abs(norm / 5e302 - 1) < 1e-15)
    let many = [Double](repeating: 1e300, count: 256)
    #expect(abs(Norms.euclidean(many) / 16e300 - 1) < 1e-14)
  }

  @Test func tinyEntriesDoNotUnderflowToZero() {
    let norm = Norms.euclidean([3e-200, 4e-200])
    #expect(abs(norm / 5e-200 - 1) < 1e-15)
  }

  @Test func nonFiniteEntriesStayVisible() {
    #expect(Norms.euclidean([1, .infinity]) == .infinity)
    #expect(Norms.euclidean([1, .nan, .infinity]).isNaN)
    #expect(Norms.euclidean([-Double.infinity, 2]) == .infinity)
  }
}
