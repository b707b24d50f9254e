import Testing

@testable import UnrollPython

@Suite struct NDArrayTests {
  @Test func initRejectsAWrongCount() {
    #expect(throws: NumPyError.self) { try NDArray(shape: [2, 2], scalars: [1, 2, 3]) }
    #expect(NDArray(scalar: 2.5).shape == [])
  }
}
