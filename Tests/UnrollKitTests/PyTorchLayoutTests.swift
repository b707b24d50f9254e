import Testing

@testable import UnrollKit

/// The PyTorch layout: the mapping each way, round trips, errors that name the key,
/// PyTorch's own numbers, and gradients in PyTorch's names against finite differences.
@Suite struct PyTorchLayoutTests {
  /// A state_dict whose every entry says where it came from: entry (i, j) of key number
  /// k is k·1000 + i·10 + j, so a misplaced block shows in the numbers.
  static func labelled(_ kind: ModelKind, input: Int, hidden: Int) throws -> [String: Matrix] {
    var result: [String: Matrix] = [:]
    for (k, (key, shape)) in PyTorchLayout.shapes(kind, input: input, hidden: hidden).enumerated() {
      let scalars = (0..<shape.rows).flatMap { i in
        (0..<shape.cols).map { j in Double((k + 1) * 1000 + i * 10 + j) }
      }
      result[key] = try Matrix(rows: shape.rows, cols: shape.cols, scalars: scalars)
    }
    return result
  }

  @Test func rnnMapsWeightsAsTheyAreAndAddsTheBiases() throws {
    let sd = try Self.labelled(.rnn, input: 2, hidden: 3)
    let p = try PyTorchLayout.documentParameters(sd, kind: .rnn)
    #expect(p.names == ["Wxh", "Whh", "Why", "bh", "by"])
    #expect(p["Wxh"] == sd[PyTorchLayout.weightIH])
    #expect(p["Whh"] == sd[PyTorchLayout.weightHH])
    #expect(p["bh"] == Matrix(column: [3000 + 4000, 3010 + 4010, 3020 + 4020]))
    #expect(p["Why"] == sd[PyTorchLayout.fcWeight])
    #expect(p["by"] == sd[PyTorchLayout.fcBias])
  }

  /// PyTorch's gate order is i, f, g, o; the note's gates act on [h; x].
  @Test func lstmTakesGateBlocksInPyTorchsOrderOverHThenX() throws {
    let (input, hidden) = (2, 3)
    let sd = try Self.labelled(.lstm, input: input, hidden: hidden)
    let p = try PyTorchLayout.documentParameters(sd, kind: .lstm)
    for (k, (weight, bias)) in [("Wi", "bi"), ("Wf", "bf"), ("WC", "bC"), ("Wo", "bo")].enumerated()
    {
      let w = try #require(p[weight])
      #expect(w.shape == Shape(hidden, hidden + input))
      for i in 0..<hidden {
        let row = k * hidden + i
        // h's columns first (weight_hh, key 2), then x's (weight_ih, key 1).
        #expect(w.entry(i, 0) == Double(2000 + row * 10), "\(weight)")
        #expect(w.entry(i, hidden - 1) == Double(2000 + row * 10 + hidden - 1))
        #expect(w.entry(i, hidden) == Double(1000 + row * 10), "\(weight)")
        #expect(w.entry(i, hidden + input - 1) == Double(1000 + row * 10 + input - 1))
        #expect(p[bias]?.entry(i, 0) == Double(3000 + row * 10 + 4000 + row * 10), "\(bias)")
      }
    }
  }

  /// nn.GRU's order is r, z, n; r and z act on [h; x], n keeps its four pieces apart.
  @Test func gruTakesRAndZOverHThenXAndKeepsTheCandidateApart() throws {
    let (input, hidden) = (2, 3)
    let sd = try Self.labelled(.gru, input: input, hidden: hidden)
    let p = try PyTorchLayout.documentParameters(sd, kind: .gru)
    #expect(p.names == ["Wr", "Wz", "Wxn", "Whn", "br", "bz", "bxn", "bhn", "Why", "by"])
    for (k, (weight, bias)) in [("Wr", "br"), ("Wz", "bz")].enumerated() {
      let w = try #require(p[weight])
      #expect(w.shape == Shape(hidden, hidden + input))
      for i in 0..<hidden {
        let row = k * hidden + i
        #expect(w.entry(i, 0) == Double(2000 + row * 10), "\(weight)")
        #expect(w.entry(i, hidden) == Double(1000 + row * 10), "\(weight)")
        #expect(p[bias]?.entry(i, 0) == Double(3000 + row * 10 + 4000 + row * 10), "\(bias)")
      }
    }
    let n = 2 * hidden..<3 * hidden
    #expect(p["Wxn"] == (try sd[PyTorchLayout.weightIH]?.rows(n)))
    #expect(p["Whn"] == (try sd[PyTorchLayout.weightHH]?.rows(n)))
    #expect(p["bxn"] == (try sd[PyTorchLayout.biasIH]?.rows(n)))
    #expect(p["bhn"] == (try sd[PyTorchLayout.biasHH]?.rows(n)))
    // Back: r and z's biases summed into bias_ih, n's two kept where they were.
    let back = try PyTorchLayout.stateDict(p, kind: .gru)
    #expect(back[PyTorchLayout.weightIH] == sd[PyTorchLayout.weightIH])
    #expect(back[PyTorchLayout.weightHH] == sd[PyTorchLayout.weightHH])
    #expect(
      try back[PyTorchLayout.biasHH]?.rows(0..<2 * hidden) == Matrix.zeros(Shape(2 * hidden, 1)))
    #expect(try back[PyTorchLayout.biasHH]?.rows(n) == sd[PyTorchLayout.biasHH]?.rows(n))
    #expect(try back[PyTorchLayout.biasIH]?.rows(n) == sd[PyTorchLayout.biasIH]?.rows(n))
  }

  @Test(arguments: ModelKind.allCases.filter { $0.cell.pytorchGates != nil })
  func documentToPyTorchAndBackIsExact(_ kind: ModelKind) throws {
    let model = Model(kind, sizes: Sizes(input: 2, hidden: 3, steps: 4))
    let p = model.initialParameters(seed: 11)
    let sd = try PyTorchLayout.stateDict(p, kind: kind)
    #expect(sd.names == PyTorchLayout.keys)
    for (key, shape) in PyTorchLayout.shapes(kind, input: 2, hidden: 3) {
      #expect(sd[key]?.shape == shape, "\(key)")
    }
    // The summed bias cannot be split: all in bias_ih, zeros in bias_hh.
    #expect(sd[PyTorchLayout.biasHH]?.scalars.allSatisfy { $0 == 0 } == true)
    #expect(try PyTorchLayout.documentParameters(sd.values, kind: kind) == p)
  }

  @Test(arguments: ModelKind.allCases.filter { $0.cell.pytorchGates != nil })
  func pyTorchToDocumentAndBackMovesTheBiasIntoBiasIH(_ kind: ModelKind) throws {
    let sd = try Self.labelled(kind, input: 2, hidden: 3)
    let p = try PyTorchLayout.documentParameters(sd, kind: kind)
    let back = try PyTorchLayout.stateDict(p, kind: kind)
    // The twice-round state_dict is a fixed point, and computes the same as the first.
    #expect(
      try PyTorchLayout.stateDict(
        PyTorchLayout.documentParameters(back.values, kind: kind), kind: kind) == back)
    #expect(try PyTorchLayout.documentParameters(back.values, kind: kind) == p)
    guard kind != .gru else { return }  // the GRU's n biases stay apart: the test above
    for key in [
      PyTorchLayout.weightIH, PyTorchLayout.weightHH, PyTorchLayout.fcWeight, PyTorchLayout.fcBias,
    ] {
      #expect(back[key] == sd[key], "\(key)")
    }
    let ih = try #require(sd[PyTorchLayout.biasIH])
    let hh = try #require(sd[PyTorchLayout.biasHH])
    #expect(back[PyTorchLayout.biasIH] == (try ih + hh))
    #expect(back[PyTorchLayout.biasHH] == Matrix.zeros(hh.shape))
    // And it computes the same: the same notes' parameters again.
    #expect(try PyTorchLayout.documentParameters(back.values, kind: kind) == p)
  }

  @Test func gradientsGiveBothBiasesTheSummedBiasGradient() throws {
    let model = Model(.lstm, sizes: Sizes(input: 2, hidden: 3, steps: 4))
    let recording = model.run(model.initialParameters(seed: 3), on: .random(model.sizes, seed: 3))
    let g = try PyTorchLayout.gradients(recording.gradients, kind: .lstm)
    #expect(g[PyTorchLayout.biasIH] == g[PyTorchLayout.biasHH])
    let bf = try #require(recording.gradients["bf"])
    #expect(try g[PyTorchLayout.biasIH]?.rows(3..<6) == bf)  // f is PyTorch's second block
    // The GRU's candidate keeps two biases with gradients of their own.
    let gru = Model(.gru, sizes: Sizes(input: 2, hidden: 3, steps: 4))
    let gruRun = gru.run(gru.initialParameters(seed: 3), on: .random(gru.sizes, seed: 3))
    let gg = try PyTorchLayout.gradients(gruRun.gradients, kind: .gru)
    #expect(try gg[PyTorchLayout.biasIH]?.rows(0..<6) == gg[PyTorchLayout.biasHH]?.rows(0..<6))
    #expect(try gg[PyTorchLayout.biasIH]?.rows(6..<9) == gruRun.gradients["bxn"])
    #expect(try gg[PyTorchLayout.biasHH]?.rows(6..<9) == gruRun.gradients["bhn"])
  }

  @Test func errorsNameTheKey() throws {
    var sd = try Self.labelled(.lstm, input: 2, hidden: 3)
    sd["rnn.weight_ih_l1"] = Matrix.zeros(Shape(12, 3))
    #expect(throws: PyTorchLayoutError.unknownKeys(["rnn.weight_ih_l1"])) {
      try PyTorchLayout.documentParameters(sd, kind: .lstm)
    }
    sd["rnn.weight_ih_l1"] = nil
    sd[PyTorchLayout.biasHH] = nil
    #expect(throws: PyTorchLayoutError.missingKey("rnn.bias_hh_l0")) {
      try PyTorchLayout.documentParameters(sd, kind: .lstm)
    }
    sd[PyTorchLayout.biasHH] = Matrix.zeros(Shape(9, 1))
    let error = PyTorchLayoutError.wrongShape(
      "rnn.bias_hh_l0", expected: Shape(12, 1), found: Shape(9, 1))
    #expect(throws: error) { try PyTorchLayout.documentParameters(sd, kind: .lstm) }
    #expect(error.description == "state_dict key rnn.bias_hh_l0 has shape (9,), expected (12,)")
    // An RNN's state_dict read as an LSTM's: the stacked rows do not fit four gates.
    let rnn = try Self.labelled(.rnn, input: 2, hidden: 3)
    #expect(
      throws: PyTorchLayoutError.wrongShape(
        "rnn.weight_ih_l0", expected: Shape(12, 2), found: Shape(3, 2))
    ) {
      try PyTorchLayout.documentParameters(rnn, kind: .lstm)
    }
  }

  @Test func mappingSaysWhichRowsMakeWhichParameter() {
    #expect(
      PyTorchLayout.mapping(.rnn, hidden: 3) == [
        "Wxh = rnn.weight_ih_l0, Whh = rnn.weight_hh_l0, bh = rnn.bias_ih_l0 + rnn.bias_hh_l0",
        "Why = fc.weight, by = fc.bias",
      ])
    let lstm = PyTorchLayout.mapping(.lstm, hidden: 3)
    #expect(lstm.count == 6)
    #expect(
      lstm[2]
        == "Wf = [rnn.weight_hh_l0[3:6] | rnn.weight_ih_l0[3:6]], bf = rnn.bias_ih_l0[3:6] + rnn.bias_hh_l0[3:6]"
    )
  }

  // MARK: Against PyTorch

  @Test(arguments: ["rnn", "lstm", "gru"])
  func matchesPyTorchsOwnStatesLossAndGradients(_ name: String) throws {
    let fixture = try PyTorchFixture(name)
    let model = fixture.model
    #expect(model.sizes == Sizes(input: 2, hidden: 3, steps: 5))
    let parameters = try PyTorchLayout.documentParameters(fixture.stateDict, kind: fixture.kind)
    let trace = try Trace(model: model, parameters: parameters, example: fixture.example)
    #expect(trace.recording.failure == nil)
    for t in 1...model.sizes.steps {
      #expect(agree(try #require(trace.value("h_t", t: t)).scalars, fixture.h[t - 1]), "h_t t=\(t)")
      if let c = fixture.c {
        #expect(agree(try #require(trace.value("C_t", t: t)).scalars, c[t - 1]), "C_t t=\(t)")
      }
    }
    #expect(agree([try #require(trace.yPred)], [fixture.yPred]))
    #expect(agree([try #require(trace.p)], [fixture.p]))
    #expect(agree([try #require(trace.loss)], [fixture.loss]))
    let grads = try PyTorchLayout.gradients(trace.gradients, kind: fixture.kind)
    #expect(grads.names == PyTorchLayout.keys)
    for key in PyTorchLayout.keys {
      let expected = try #require(fixture.grads[key])
      #expect(grads[key]?.shape == expected.shape, "\(key)")
      #expect(agree(try #require(grads[key]).scalars, expected.scalars), "d\(key)")
    }
  }

  // MARK: Finite differences in PyTorch's names

  /// PyTorch-layout gradients against finite differences.
  ///
  /// Nudge one state_dict entry, map, run the forward pass: the loss must move by the
  /// PyTorch-layout gradient. bias_ih and bias_hh each move it by the summed bias's.
  @Test(arguments: [
    (ModelKind.rnn, Sizes(input: 2, hidden: 3, steps: 5), UInt64(1)),
    (.lstm, Sizes(input: 2, hidden: 3, steps: 5), 2),
    (.rnn, Sizes(input: 3, hidden: 7, steps: 9), 5),
    (.lstm, Sizes(input: 1, hidden: 4, steps: 6), 8),
    (.gru, Sizes(input: 2, hidden: 3, steps: 5), 3),
    (.gru, Sizes(input: 3, hidden: 5, steps: 7), 9),
  ])
  func pyTorchLayoutGradientsMatchFiniteDifferences(
    _ kind: ModelKind, _ sizes: Sizes, _ seed: UInt64
  ) throws {
    let model = Model(kind, sizes: sizes)
    let example = Example.random(sizes, seed: seed)
    // A state_dict with both biases non-zero, as PyTorch's are.
    var sd = try PyTorchLayout.stateDict(model.initialParameters(seed: seed), kind: kind)
    var generator = SeededGenerator(seed: seed, stream: 7)
    for key in [PyTorchLayout.biasIH, PyTorchLayout.biasHH] {
      sd[key] = generator.normalMatrix(try #require(sd[key]).shape, scale: 0.3)
    }
    let recording = model.run(
      try PyTorchLayout.documentParameters(sd.values, kind: kind), on: example)
    let gradients = try PyTorchLayout.gradients(recording.gradients, kind: kind)
    let results = try GradientCheck.run(parameters: sd, gradients: gradients) { nudged in
      try model.loss(try PyTorchLayout.documentParameters(nudged.values, kind: kind), on: example)
    }
    #expect(results.map(\.name) == PyTorchLayout.keys)
    for result in results {
      #expect(result.checked == result.shape.rows * result.shape.cols)
      #expect(result.maxRelativeError < 1e-7, "\(kind) \(sizes) \(result.name)")
    }
  }

  @Test(arguments: ["rnn", "lstm", "gru"])
  func fixtureGradientsMatchFiniteDifferencesInPyTorchLayout(_ name: String) throws {
    let fixture = try PyTorchFixture(name)
    let model = fixture.model
    let sd = Parameters(names: PyTorchLayout.keys, values: fixture.stateDict)
    let parameters = try PyTorchLayout.documentParameters(fixture.stateDict, kind: fixture.kind)
    let gradients = try PyTorchLayout.gradients(
      model.run(parameters, on: fixture.example).gradients, kind: fixture.kind)
    let results = try GradientCheck.run(parameters: sd, gradients: gradients) { nudged in
      try model.loss(
        try PyTorchLayout.documentParameters(nudged.values, kind: fixture.kind), on: fixture.example
      )
    }
    #expect(results.count == PyTorchLayout.keys.count)
    #expect(results.allSatisfy { $0.maxRelativeError < 1e-7 })
  }
}
