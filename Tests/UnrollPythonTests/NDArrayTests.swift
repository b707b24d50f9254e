import Foundation
import Testing

@testable import UnrollPython

/// A float64 array of `shape` holding `0, 1, 2` and on, times `scale`.
func ramp(_ shape: [Int], scale: Double = 1) throws -> NDArray {
  let count = shape.reduce(1, *)
  return try NDArray(shape: shape, scalars: (0..<count).map { Double($0) * scale })
}

/// The NumPy error `body` throws, or nil.
func numpyError(_ body: () throws -> Void) -> NumPyError? {
  do {
    try body()
    return nil
  } catch let error as NumPyError {
    return error
  } catch {
    return nil
  }
}

@Suite struct NDArrayTests {
  @Test func initChecksTheCountAndShape() throws {
    #expect(
      numpyError { _ = try NDArray(shape: [2, 2], scalars: [1, 2, 3]) }?.message
        == "cannot reshape array of size 3 into shape (2,2)")
    #expect(
      numpyError { _ = try NDArray(shape: [-1], scalars: []) }?.message
        == "negative dimensions are not allowed")
    let scalar = NDArray(scalar: 2.7, dtype: .int64)
    #expect(scalar.shape == [] && scalar.scalars == [2] && scalar.ndim == 0 && scalar.size == 1)
  }

  @Test func theIssuesErrorTextsAreNumPys() throws {
    let dot = numpyError { _ = try NumPy.dot(try ramp([1, 1]), try ramp([11, 1])) }
    #expect(
      dot?.description == "ValueError: shapes (1,1) and (11,1) not aligned: 1 (dim 1) != 11 (dim 0)"
    )
    let add = numpyError { _ = try NumPy.binary(.add, try ramp([2, 1]), try ramp([6, 1])) }
    #expect(add?.message == "operands could not be broadcast together with shapes (2,1) (6,1) ")
    let matmul = numpyError { _ = try NumPy.matmul(try ramp([7, 7]), try ramp([1, 3])) }
    #expect(
      matmul?.message
        == "matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc "
        + "signature (n?,k),(k,m?)->(n?,m?) (size 1 is different from 7)")
  }

  @Test func promotionFollowsNumPy() throws {
    let bools = try NDArray(shape: [2], scalars: [1, 0], dtype: .bool)
    let ints = try NDArray(shape: [2], scalars: [3, 4], dtype: .int64)
    #expect(try NumPy.binary(.add, bools, ints).dtype == .int64)
    #expect(try NumPy.binary(.add, bools, bools).scalars == [1, 0])  // logical or, still bool
    #expect(try NumPy.binary(.divide, ints, ints).dtype == .float64)
    #expect(try NumPy.binary(.less, ints, NDArray(scalar: 3.5)).dtype == .bool)
    #expect(try NumPy.binary(.multiply, ints, NDArray(scalar: 0.5)).scalars == [1.5, 2])
    #expect(try NumPy.sum(bools, axis: nil, keepdims: false) == NDArray(scalar: 1, dtype: .int64))
    #expect(numpyError { _ = try NumPy.binary(.subtract, bools, bools) }?.kind == "TypeError")
  }

  @Test func theNotesShapesIndexAndAssign() throws {
    // x is (steps, input, 1); x[t] is one step's column.
    let x = try ramp([10, 3, 1])
    let step = try x.subscripted([.int(4)])
    #expect(step.shape == [3, 1] && step.scalars == [12, 13, 14])
    #expect(
      try x.subscripted([.int(-1), .slice(start: nil, stop: nil, step: -1), .int(0)]).scalars == [
        29, 28, 27,
      ])
    // self.hs[:, t + 1] = h[:, 0] writes a column; a (32,1) value does not fit a (32,) column.
    var hs = try NumPy.zeros([32, 11])
    try hs.assign([.slice(start: nil, stop: nil, step: nil), .int(5)], try ramp([32]))
    #expect(try hs.subscripted([.int(3), .int(5)]).scalars == [3])
    #expect(try hs.subscripted([.int(3), .int(4)]).scalars == [0])
    let misfit = numpyError {
      try hs.assign([.slice(start: nil, stop: nil, step: nil), .int(5)], try ramp([32, 1]))
    }
    #expect(misfit?.message == "could not broadcast input array from shape (32,1) into shape (32,)")
    #expect(
      numpyError { _ = try x.subscripted([.int(10)]) }?.message
        == "index 10 is out of bounds for axis 0 with size 10")
    #expect(
      numpyError { _ = try step.subscripted([.int(0), .int(0), .int(0)]) }?.message
        == "too many indices for array: array is 2-dimensional, but 3 were indexed")
    // None and ... insert and skip axes.
    #expect(try step.subscripted([.ellipsis, .newAxis]).shape == [3, 1, 1])
  }

  @Test func reshapeTransposeAndStacking() throws {
    let a = try ramp([2, 3])
    #expect(try a.reshaped([-1, 2]).shape == [3, 2])
    #expect(
      numpyError { _ = try a.reshaped([4, -1]) }?.message
        == "cannot reshape array of size 6 into shape (4,newaxis)")
    #expect(a.transposed.shape == [3, 2] && a.transposed.scalars == [0, 3, 1, 4, 2, 5])
    #expect(try ramp([2, 3, 4]).transposed.shape == [4, 3, 2])
    let rows = try NumPy.vstack([try ramp([3]), try ramp([3])])
    #expect(rows.shape == [2, 3])
    #expect(try NumPy.hstack([try ramp([2, 1]), try ramp([2, 2])]).shape == [2, 3])
    #expect(
      numpyError { _ = try NumPy.concatenate([a, try ramp([3, 3])], axis: 1) }?.message
        == "all the input array dimensions except for the concatenation axis must match exactly, "
        + "but along dimension 0, the array at index 0 has size 2 and the array at index 1 has size 3"
    )
  }

  @Test func reductionsOverAxes() throws {
    let a = try ramp([2, 3])
    #expect(try NumPy.sum(a, axis: 0, keepdims: false).scalars == [3, 5, 7])
    #expect(try NumPy.sum(a, axis: -1, keepdims: true).shape == [2, 1])
    #expect(try NumPy.mean(a, axis: nil, keepdims: false) == NDArray(scalar: 2.5))
    #expect(
      numpyError { _ = try NumPy.sum(a, axis: 2, keepdims: false) }?.description
        == "AxisError: axis 2 is out of bounds for array of dimension 2")
  }

  @Test func hugeShapesAreErrorsNotCrashes() throws {
    #expect(
      numpyError { _ = try NumPy.zeros([100_000, 100_000]) }?.description
        == "MemoryError: Unable to allocate 74.5 GiB for an array with shape (100000, 100000) "
        + "and data type float64")
    let column = try NumPy.zeros([100_000, 1])
    #expect(
      numpyError { _ = try NumPy.binary(.add, column, column.transposed) }?.kind == "MemoryError")
    #expect(numpyError { _ = try NumPy.ones([1 << 40, 1 << 40]) }?.kind == "ValueError")
    #expect(numpyError { _ = try column.reshaped([1 << 40, 1 << 40, -1]) }?.kind == "ValueError")
    #expect(try NumPy.zeros([0, 1 << 40]).size == 0)
    let big = try NumPy.binary(
      .power, NDArray(scalar: 10, dtype: .int64), NDArray(scalar: 30, dtype: .int64))
    // NumPy wraps around at 2⁶³; the subset keeps the Double and prints it rather than trap.
    #expect(big.repr == "np.int64(1000000000000000019884624838656)")
  }

  @Test func logOfZeroAndMinusOneAreValues() throws {
    let logs = try NumPy.unary(.log, try NDArray(shape: [2], scalars: [0, -1]))
    #expect(logs.scalars[0] == -.infinity && logs.scalars[1].isNaN)
  }

  @Test func arraysFromNestedLists() throws {
    let nested = Nested.list([.list([.scalar(1, .int64), .scalar(2.5, .float64)])])
    let a = try NumPy.array(nested)
    #expect(a.shape == [1, 2] && a.dtype == .float64 && a.scalars == [1, 2.5])
    let ragged = Nested.list([.list([.scalar(1, .int64)]), .scalar(2, .int64)])
    #expect(
      numpyError { _ = try NumPy.array(ragged) }?.message
        == "setting an array element with a sequence. The requested array has an inhomogeneous "
        + "shape after 1 dimensions. The detected shape was (2,) + inhomogeneous part.")
  }

  @Test func printsAsNumPy2() throws {
    #expect(NDArray(scalar: 0.5).repr == "np.float64(0.5)")
    #expect(NDArray(scalar: 0.5).str == "0.5")
    #expect(NDArray(scalar: 3, dtype: .int64).repr == "np.int64(3)")
    #expect(NDArray(scalar: 1, dtype: .bool).repr == "np.True_")
    #expect(try NumPy.zeros([0, 3]).repr == "array([], shape=(0, 3), dtype=float64)")
    #expect(try NDArray(shape: [1, 2], scalars: [1, 0.5]).repr == "array([[1. , 0.5]])")
    #expect(try NDArray(shape: [2], scalars: [1e-5, 1.5]).repr == "array([1.0e-05, 1.5e+00])")
    #expect(try NDArray(shape: [2, 2], scalars: [1, 2, 3, 4]).str == "[[1. 2.]\n [3. 4.]]")
  }

  @Test func inPlaceKeepsShapeAndDtype() throws {
    var dh = try NumPy.zeros([3, 1])
    try dh.applyInPlace(.add, try ramp([3, 1]))
    #expect(dh.scalars == [0, 1, 2])
    let widened = numpyError { try dh.applyInPlace(.add, try ramp([3, 3])) }
    #expect(
      widened?.message
        == "non-broadcastable output operand with shape (3,1) doesn't match the broadcast shape (3,3)"
    )
    var counts = try NDArray(shape: [2], scalars: [1, 2], dtype: .int64)
    let cast = numpyError { try counts.applyInPlace(.divide, NDArray(scalar: 2, dtype: .int64)) }
    #expect(cast?.kind == "UFuncTypeError")
    #expect(counts.scalars == [1, 2])
  }

  /// The notes' sizes (hidden 32, input 3, 10 steps) run in microseconds per operation.
  @Test func theNotesSizesAreFast() throws {
    let Whh = try ramp([32, 32], scale: 1e-3)
    let Wxh = try ramp([32, 3], scale: 1e-3)
    let bh = try NumPy.zeros([32, 1])
    let x = try ramp([10, 3, 1], scale: 0.1)
    var h = try NumPy.zeros([32, 1])
    var hs = try NumPy.zeros([32, 11])
    let start = Date()
    let repeats = 100
    for _ in 0..<repeats {
      for t in 0..<10 {
        let xt = try x.subscripted([.int(t)])
        let raw = try NumPy.binary(
          .add, try NumPy.binary(.add, try NumPy.dot(Wxh, xt), try NumPy.dot(Whh, h)), bh)
        h = try NumPy.unary(.tanh, raw)
        try hs.assign([.slice(start: nil, stop: nil, step: nil), .int(t + 1)], h.flattened)
      }
    }
    // 7 operations a step; generous for a debug build on a shared machine.
    let perOperation = Date().timeIntervalSince(start) / Double(repeats * 10 * 7)
    print("NDArray: \(Int(perOperation * 1e9)) ns per operation at the notes' sizes")
    #expect(perOperation < 200e-6)
    // NumPy gives h[0] = 0.46563376371924714 for these weights.
    #expect(h.shape == [32, 1] && abs(h.scalars[0] - 0.46563376371924714) < 1e-12)
    #expect(try hs.subscripted([.int(0), .int(10)]).scalars == [h.scalars[0]])
  }
}
