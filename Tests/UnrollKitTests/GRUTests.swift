import Testing

@testable import UnrollKit

/// The GRU's programs on input they do not fit: each pass ends at the operation that
/// cannot compute, naming it and both shapes, and nothing traps.
@Suite struct GRUTests {
  @Test func inputsOfTheWrongWidthStopAtTheResetGate() throws {
    let model = Model(.gru, sizes: Sizes.defaults(for: .gru))
    let wide = Example.random(Sizes(input: 4, hidden: 5, steps: 4), seed: 0)
    let recording = model.run(model.initialParameters(seed: 0), on: wide)
    let failure = try #require(recording.failure)
    #expect(failure.operation.name == "r_t")
    #expect(failure.t == 1)
    #expect(
      failure.description
        == "r_t (forward t=1) failed at `r_t = sigmoid(np.dot(Wr, concat) + br)`: "
        + "shapes (5,8) and (9,1) not aligned: 8 (dim 1) != 9 (dim 0)")
    #expect(recording.records.map(\.name) == ["concat"])
  }

  @Test func aCandidateWeightOfAnotherShapeStopsAtItsLine() throws {
    let model = Model(.gru, sizes: Sizes(input: 2, hidden: 3, steps: 2))
    var parameters = model.initialParameters(seed: 1)
    parameters["Whn"] = .zeros(Shape(3, 2))
    let recording = model.run(parameters, on: .random(model.sizes, seed: 1))
    let failure = try #require(recording.failure)
    #expect(failure.operation.name == "hn_t")
    #expect("\(failure.reason)" == "shapes (3,2) and (3,1) not aligned: 2 (dim 1) != 3 (dim 0)")
    #expect(throws: OperationFailure.self) {
      try model.loss(parameters, on: .random(model.sizes, seed: 1))
    }
  }

  /// With z_t = 1 everywhere the cell copies h_{t-1}: h stays 0 and dh passes back whole.
  @Test func aClosedUpdateGateCopiesTheStateAndItsGradient() throws {
    let model = Model(.gru, sizes: Sizes(input: 2, hidden: 3, steps: 4))
    var parameters = model.initialParameters(seed: 5)
    parameters["Wz"] = .zeros(Shape(3, 5))
    parameters["bz"] = Matrix(column: [300, 300, 300])  // σ(300) is 1 to the last bit
    let recording = model.run(parameters, on: .random(model.sizes, seed: 5))
    #expect(recording.failure == nil)
    for t in 1...4 {
      let h = try #require(recording.records.first { $0.name == "h_t" && $0.t == t })
      #expect(h.value == .zeros(Shape(3, 1)))
    }
    let dh4 = try #require(recording.records.first { $0.name == "dh" && $0.t == 4 }).value
    let dh1 = try #require(recording.records.first { $0.name == "dh" && $0.t == 1 }).value
    #expect(dh1 == dh4)
  }
}
