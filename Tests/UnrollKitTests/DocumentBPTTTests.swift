import Foundation
import Testing

@testable import UnrollKit

/// The notes' `backward()`: verbatim it fails where NumPy fails; repaired it computes
/// what the note's own NumPy code computes; with its deviations removed, true BPTT.
@Suite struct DocumentBPTTTests {
  static let defaults = Model(.rnn, sizes: Sizes.defaults(for: .rnn))

  @Test func verbatimStopsAtDWhyWithNumPysMessage() throws {
    let model = Self.defaults
    let recording = try model.run(
      model.initialParameters(seed: 0), on: .random(model.sizes, seed: 0), bptt: .verbatim)
    let failure = try #require(recording.failure)
    #expect(failure.operation.name == "dWhy")
    #expect(failure.phase == .backward)
    #expect(failure.t == nil)
    #expect(
      failure.operation.line
        == "dWhy = np.dot((self.y_pred - y_true) * self.sigmoid_deriv(self.y_pred), "
        + "self.hs[-1:, :].T)")
    #expect(
      "\(failure.reason)" == "shapes (1,1) and (11,1) not aligned: 1 (dim 1) != 11 (dim 0)")
    #expect(failure.operation.deviation != nil)
    // It got as far as the note: the forward pass, hs (32, 11) and the output error.
    #expect(recording.records.last?.name == "dy_pred")
    let hs = try #require(recording.records.first { $0.name == "hs" })
    #expect(hs.shape == Shape(32, 11))
    #expect(recording.gradients["Why"] == Matrix.zeros(Shape(1, 32)))
  }

  @Test func verbatimMatchesNumPysErrorOnEveryFixture() throws {
    let fixtures = try NoteFixtures.load("note-gradients.json", as: NoteFixtures.Gradients.self)
    for fixture in fixtures.cases {
      let model = Model(.rnn, sizes: fixture.sizes)
      let recording = try model.run(
        fixture.parameters(), on: fixture.example(), bptt: .verbatim)
      let failure = try #require(recording.failure)
      #expect("\(failure.reason)" == fixture.verbatim.error, "\(fixture.sizes)")
    }
  }

  @Test func repairedPassRunsAndMatchesTheNotesNumPy() throws {
    let fixtures = try NoteFixtures.load("note-gradients.json", as: NoteFixtures.Gradients.self)
    #expect(Set(fixtures.cases.map(\.sizes)).count >= 2)
    for fixture in fixtures.cases {
      let model = Model(.rnn, sizes: fixture.sizes)
      let parameters = try fixture.parameters()
      let example = try fixture.example()
      for (bptt, expected) in [(BPTT.document, fixture.document), (.correct, fixture.correct)] {
        let trace = try Trace(model: model, bptt: bptt, parameters: parameters, example: example)
        #expect(trace.recording.failure == nil)
        #expect(abs((trace.yPred ?? .nan) - (expected.y_pred ?? .infinity)) < 1e-12)
        let grads = try #require(expected.grads)
        for name in model.parameterNames {
          let difference = NoteFixtures.maxDifference(trace.gradients[name], grads[name])
          #expect(difference < 1e-12, "\(bptt) \(fixture.sizes) d\(name): \(difference)")
        }
        let steps = try #require(expected.steps)
        for name in ["dh", "dh_raw", "dh_next"] {
          for t in 1...fixture.steps {
            let difference = NoteFixtures.maxDifference(
              trace.value(name, t: t), steps[name]?["\(t)"])
            #expect(difference < 1e-12, "\(bptt) \(fixture.sizes) \(name) t=\(t)")
          }
        }
      }
      // The two passes differ on every fixture: the comparison has something to show.
      let d = try #require(fixture.document.grads?["Whh"])
      let c = try #require(fixture.correct.grads?["Whh"])
      #expect(NoteFixtures.maxDifference(try Matrix(d), c) > 1e-3)
    }
  }

  static let cases: [(Sizes, UInt64)] = [
    (Sizes.defaults(for: .rnn), 0), (Sizes(input: 3, hidden: 7, steps: 13), 5),
    (Sizes(input: 2, hidden: 4, steps: 1), 99),
  ]

  @Test(arguments: 0..<cases.count)
  func withNoDeviationsItIsTheCorrectPass(_ index: Int) throws {
    let (sizes, seed) = Self.cases[index]
    let model = Model(.rnn, sizes: sizes)
    let parameters = model.initialParameters(seed: seed)
    let example = Example.random(sizes, seed: seed)
    let correct = model.run(parameters, on: example)
    let repaired = Interpreter.run(
      [model.forward, DocumentRNN.document(sizes, deviations: .none)],
      parameters: parameters, example: example)
    #expect(repaired.failure == nil)
    for name in model.parameterNames {
      let a = try #require(repaired.gradients[name])
      let b = try #require(correct.gradients[name])
      let difference = zip(a.scalars, b.scalars).map { abs($0 - $1) }.max() ?? 0
      #expect(difference <= 1e-12, "d\(name)")
      // Not trivially zero, except dWhh over one step: h_0 = 0 makes it dh_raw · 0ᵀ.
      #expect(b.norm > 0 || (name == "Whh" && sizes.steps == 1), "d\(name)")
    }
    // Name for name: the per-step records line up with the correct pass's.
    for name in ["dh", "dh_raw", "dh_next"] {
      let a = repaired.records.filter { $0.name == name }
      let b = correct.records.filter { $0.name == name }
      #expect(a.map(\.t) == b.map(\.t))
      for (x, y) in zip(a, b) {
        #expect(zip(x.value.scalars, y.value.scalars).allSatisfy { abs($0 - $1) <= 1e-12 })
      }
    }
  }

  @Test func withAllDeviationsItIsTheDocumentPass() throws {
    let model = Self.defaults
    let parameters = model.initialParameters(seed: 3)
    let example = Example.random(model.sizes, seed: 3)
    let document = try model.run(parameters, on: example, bptt: .document)
    let all = Interpreter.run(
      [model.forward, DocumentRNN.document(model.sizes, deviations: .document)],
      parameters: parameters, example: example)
    #expect(document.gradients == all.gradients)
    #expect(document.gradients != model.run(parameters, on: example).gradients)
  }

  @Test func eachDeviationIsMarkedOnItsLine() throws {
    let program = DocumentRNN.document(Sizes.defaults(for: .rnn))
    let deviating = program.blocks.flatMap(\.operations).filter { $0.deviation != nil }
    #expect(deviating.map(\.name) == ["dy_pred", "dh", "dh_raw"])
    #expect(program.operation(named: "dh_raw")?.line == "dh_raw = (1 - self.h**2) * dh")
    #expect(
      program.operation(named: "dWhh")?.line == "dWhh += np.dot(dh_raw, self.hs[:, t:t+1].T)")
    #expect(
      program.operation(named: "dWhy")?.line
        == "dWhy = np.dot((self.y_pred - y_true) * self.sigmoid_deriv(self.y_pred), "
        + "self.hs[:, -1:].T)")
    // Fixing all three leaves no line marked.
    let fixed = DocumentRNN.document(Sizes.defaults(for: .rnn), deviations: .none)
    #expect(fixed.blocks.flatMap(\.operations).allSatisfy { $0.deviation == nil })
  }

  @Test func theDocumentPassUsesTheFinalHiddenStateAtEveryStep() throws {
    // dh_raw / dh is the same vector (1 − h_T²) at every step.
    let model = Model(.rnn, sizes: Sizes(input: 1, hidden: 3, steps: 4))
    let parameters = model.initialParameters(seed: 1)
    let example = Example.random(model.sizes, seed: 1)
    let trace = try Trace(model: model, bptt: .document, parameters: parameters, example: example)
    // The records carry the deviations: the output error once, dh and dh_raw at every step.
    let marked = trace.records.filter { $0.deviation != nil }
    #expect(
      marked.map(\.name) == ["dy_pred"]
        + Array(repeating: ["dh", "dh_raw"], count: 4).flatMap { $0 })
    #expect(marked.map(\.t) == [nil, 4, 4, 3, 3, 2, 2, 1, 1])
    let hT = try #require(trace.value("h_t", t: 4))
    for t in 1...4 {
      let dh = try #require(trace.value("dh", t: t))
      let raw = try #require(trace.value("dh_raw", t: t))
      for i in 0..<3 {
        let expected = (1 - hT.scalars[i] * hT.scalars[i]) * dh.scalars[i]
        #expect(abs(raw.scalars[i] - expected) < 1e-15)
      }
    }
  }

  @Test func theLSTMHasNoDocumentPass() throws {
    let model = Model(.lstm, sizes: Sizes.defaults(for: .lstm))
    for bptt in [BPTT.document, .verbatim] {
      #expect(throws: EngineError.noBackwardInNotes(model: .lstm, bptt: bptt)) {
        try model.backward(bptt)
      }
    }
    let error = EngineError.noBackwardInNotes(model: .lstm, bptt: .document)
    #expect("\(error)".contains("the notes give the LSTM no backward pass"))
    #expect(throws: EngineError.self) {
      try Trace(
        model: model, bptt: .document, parameters: model.initialParameters(seed: 0),
        example: .random(model.sizes, seed: 0))
    }
    #expect(try model.backward(.correct).name == "LSTM correct BPTT")
  }

  @Test func theGRUHasNoDocumentPass() throws {
    let model = Model(.gru, sizes: Sizes.defaults(for: .gru))
    for bptt in [BPTT.document, .verbatim] {
      #expect(throws: EngineError.noBackwardInNotes(model: .gru, bptt: bptt)) {
        try model.backward(bptt)
      }
    }
    let error = EngineError.noBackwardInNotes(model: .gru, bptt: .verbatim)
    #expect(
      "\(error)"
        == "there is no verbatim BPTT for the GRU: the notes have no GRU, so no backward "
        + "pass of theirs, only the correct one exists")
    #expect(try model.backward(.correct).name == "GRU correct BPTT")
  }
}
