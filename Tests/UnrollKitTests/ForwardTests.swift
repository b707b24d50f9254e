import Testing

@testable import UnrollKit

/// The forward passes against the notes' own NumPy code (fixtures made by
/// scripts/reference/notes_forward.py on sizes that are not the defaults), and the GRU
/// against PyTorch's equations in NumPy (scripts/reference/gru_forward.py: input 2,
/// hidden 4, 5 steps, PyTorch-layout weights mapped to ours, non-zero biases).
@Suite struct ForwardTests {
  static let cellNames: [ModelKind: [String]] = [
    .rnn: ["h_t"], .lstm: ["concat", "f_t", "i_t", "C_tilde", "C_t", "o_t", "h_t"],
    .gru: ["concat", "r_t", "z_t", "hn_t", "n_t", "h_t"],
  ]

  @Test(arguments: ["notes-forward-rnn", "notes-forward-lstm", "gru-forward"])
  func everyIntermediateMatchesTheNotes(_ name: String) throws {
    let fixture = try NotesFixture(name)
    let recording = Interpreter.run(
      [fixture.model.forward], parameters: fixture.parameters, example: fixture.example)
    #expect(recording.failure == nil)
    let expectedNames = try #require(Self.cellNames[fixture.model.kind])
    #expect(Set(fixture.records.keys) == Set(expectedNames))
    let firstStep = recording.records.filter { $0.phase == .forward && $0.t == 1 }
    #expect(firstStep.map(\.name) == expectedNames)
    for (recordName, values) in fixture.records {
      #expect(values.count == fixture.model.sizes.steps)
      for (step, expected) in values.enumerated() {
        let record = try #require(
          recording.records.first { $0.name == recordName && $0.t == step + 1 })
        #expect(record.phase == .forward)
        #expect(record.shape == Shape(expected.count, 1))
        #expect(
          maxRelativeDifference(record.value.scalars, expected) < 1e-12,
          "\(recordName) at t=\(step + 1)")
      }
    }
    let output = recording.records.filter { $0.phase == .output }
    #expect(output.map(\.name) == ["y_pred", "p", "loss"])
    #expect(
      maxRelativeDifference(
        output.map { $0.value.scalars[0] }, [fixture.yPred, fixture.p, fixture.loss]) < 1e-12)
  }

  @Test func recordsComeInProgramOrder() {
    let model = Model(.lstm, sizes: Sizes(input: 2, hidden: 3, steps: 2))
    let recording = model.run(model.initialParameters(seed: 3), on: .random(model.sizes, seed: 3))
    let forward = recording.records.filter { $0.phase == .forward }
    let cell = ["concat", "f_t", "i_t", "C_tilde", "C_t", "o_t", "h_t"]
    #expect(forward.map(\.name) == cell + cell)
    #expect(forward.map(\.t) == Array(repeating: 1, count: 7) + Array(repeating: 2, count: 7))
    let backwardSteps = recording.records.filter { $0.phase == .backward }.compactMap(\.t)
    #expect(backwardSteps.first == 2 && backwardSteps.last == 1)
    #expect(recording.records.first { $0.name == "concat" }?.shape == Shape(5, 1))
  }

  @Test func defaultInitialisationFollowsTheNotes() {
    let rnn = Model(.rnn, sizes: .defaults(for: .rnn)).initialParameters(seed: 42)
    #expect(rnn.names == ["Wxh", "Whh", "Why", "bh", "by"])
    #expect(rnn["Whh"]?.shape == Shape(32, 32))
    #expect(rnn["bh"] == .zeros(Shape(32, 1)))
    // Whh = randn · √(1/32): its entries' spread is near 1/√32 ≈ 0.177.
    let whh = rnn["Whh"]?.scalars ?? []
    let spread = (whh.map { $0 * $0 }.reduce(0, +) / Double(whh.count)).squareRoot()
    #expect(abs(spread - 0.1768) < 0.02)
    let lstm = Model(.lstm, sizes: .defaults(for: .lstm)).initialParameters(seed: 42)
    #expect(lstm.names == ["Wf", "Wi", "WC", "Wo", "bf", "bi", "bC", "bo", "Why", "by"])
    #expect(lstm["Wf"]?.shape == Shape(5, 8))
    // The note's gates are unscaled randn: spread near 1.
    let wf = (["Wf", "Wi", "WC", "Wo"].flatMap { lstm[$0]?.scalars ?? [] })
    let gateSpread = (wf.map { $0 * $0 }.reduce(0, +) / Double(wf.count)).squareRoot()
    #expect(abs(gateSpread - 1) < 0.25)
  }

  @Test func theGRUHasPyTorchsShapesAndScaledWeights() {
    let gru = Model(.gru, sizes: .defaults(for: .gru)).initialParameters(seed: 42)
    #expect(gru.names == ["Wr", "Wz", "Wxn", "Whn", "br", "bz", "bxn", "bhn", "Why", "by"])
    #expect(gru["Wr"]?.shape == Shape(5, 8))
    #expect(gru["Wz"]?.shape == Shape(5, 8))
    #expect(gru["Wxn"]?.shape == Shape(5, 3))
    #expect(gru["Whn"]?.shape == Shape(5, 5))
    #expect(gru["Why"]?.shape == Shape(1, 5))
    for bias in ["br", "bz", "bxn", "bhn"] { #expect(gru[bias] == .zeros(Shape(5, 1))) }
    #expect(gru["by"] == .zeros(Shape(1, 1)))
    // Every weight is randn · √(1/5): drawn in parameter order from stream 0, so Wr's
    // entries are the generator's first normals scaled.
    var generator = SeededGenerator(seed: 42)
    let first = generator.normalMatrix(Shape(5, 8), scale: (1.0 / 5).squareRoot())
    #expect(gru["Wr"] == first)
    let weights = ["Wr", "Wz", "Wxn", "Whn"].flatMap { gru[$0]?.scalars ?? [] }
    let spread = (weights.map { $0 * $0 }.reduce(0, +) / Double(weights.count)).squareRoot()
    #expect(abs(spread - 0.4472) < 0.1)
  }
}
