import Foundation
import Testing

@testable import UnrollKit

/// The comparison's figures, on hand-made vectors and on the notes' defaults.
@Suite struct ComparisonTests {
  @Test func metricsOfKnownVectors() throws {
    let m = GradientMetrics(name: "w", document: [1, 0, -2, 3], correct: [2, 0, 2, 3])
    #expect(m.documentNorm == 14.0.squareRoot())
    #expect(m.correctNorm == 17.0.squareRoot())
    // d − c = (−1, 0, −4, 0): ‖·‖ = √17, so the relative error is exactly 1.
    #expect(abs((m.relativeError ?? 0) - 1) < 1e-15)
    // ⟨d, c⟩ = 2 + 0 − 4 + 9 = 7.
    #expect(abs((m.cosine ?? 0) - 7 / (14.0.squareRoot() * 17.0.squareRoot())) < 1e-15)
    #expect(m.signAgreement == 0.75)  // all but −2 against 2; 0 against 0 agrees
    let zero = GradientMetrics(name: "z", document: [1], correct: [0])
    #expect(zero.relativeError == nil)
    #expect(zero.cosine == nil)
    #expect(GradientMetrics(name: "z", document: [0], correct: [0]).relativeError == 0)
  }

  @Test func theNotesDefaultsFromSeedZero() throws {
    let model = Model(.rnn, sizes: Sizes.defaults(for: .rnn))
    let parameters = model.initialParameters(seed: 0)
    let example = Example.random(model.sizes, seed: 0)
    let comparison = try Comparison(model: model, parameters: parameters, example: example)
    #expect(comparison.gradients.map(\.name) == model.parameterNames)
    #expect(comparison.steps.map(\.t) == Array((1...10).reversed()))
    let failure = try #require(comparison.verbatimFailure)
    #expect(failure.operation == "dWhy" && failure.phase == .backward && failure.t == nil)
    #expect(failure.line.hasSuffix("self.hs[-1:, :].T)"))
    #expect(failure.message == "shapes (1,1) and (11,1) not aligned: 1 (dim 1) != 11 (dim 0)")
    #expect("\(failure)".hasPrefix("dWhy (backward) failed at `dWhy = np.dot("))

    // The figures agree with the two passes' own gradients.
    let correct = model.run(parameters, on: example).gradients
    let document = try model.run(parameters, on: example, bptt: .document).gradients
    for metrics in comparison.gradients {
      let c = try #require(correct[metrics.name])
      let d = try #require(document[metrics.name])
      #expect(abs(metrics.correctNorm - c.norm) < 1e-15)
      #expect(abs(metrics.documentNorm - d.norm) < 1e-15)
      let error = try (d - c).norm / c.norm
      #expect(abs((metrics.relativeError ?? .nan) - error) < 1e-12)
    }
    // At t = T both add Whyᵀ·δ to a zero dh_next, so dh differs only by the output error.
    let last = try #require(comparison.steps.first)
    let ratio = last.documentDh[0] / last.correctDh[0]
    for (d, c) in zip(last.documentDh, last.correctDh) { #expect(abs(d / c - ratio) < 1e-9) }

    // Ablation: one row per deviation; fixing all but one, or leaving one, is never exact
    // for these weights, and the document's overall error sits between the endpoints.
    #expect(comparison.ablation.map(\.deviation) == ["output-error", "every-step", "final-h"])
    for row in comparison.ablation {
      #expect(row.onlyThisLeft.kept == [row.deviation])
      #expect(!row.onlyThisFixed.kept.contains(row.deviation))
      #expect((row.onlyThisLeft.overall.relativeError ?? 0) > 1e-6)
      #expect((row.onlyThisFixed.overall.relativeError ?? 0) > 1e-6)
    }
  }

  @Test func theOutputErrorAloneScalesEveryGradient() throws {
    // With only the output error left, every gradient is the correct one times
    // k = (z − y)·σ'(z) / (σ(z) − y): cosine ±1 and relative error |k − 1|, exactly.
    let model = Model(.rnn, sizes: Sizes(input: 2, hidden: 5, steps: 6))
    let comparison = try Comparison(
      model: model, parameters: model.initialParameters(seed: 11),
      example: .random(model.sizes, seed: 11))
    let z = comparison.yPred
    let p = comparison.p
    let k = (z - comparison.y) * p * (1 - p) / (p - comparison.y)
    let row = try #require(comparison.ablation.first { $0.deviation == "output-error" })
    for metrics in row.onlyThisLeft.gradients + [row.onlyThisLeft.overall] {
      #expect(abs((metrics.cosine ?? 0) - (k > 0 ? 1 : -1)) < 1e-12, "\(metrics.name)")
      #expect(abs((metrics.relativeError ?? 0) - abs(k - 1)) < 1e-12, "\(metrics.name)")
    }
    // With only it fixed, the other two remain and the directions differ.
    #expect((row.onlyThisFixed.overall.cosine ?? 1) < 1 - 1e-6)
  }

  @Test func itRoundTripsThroughJSON() throws {
    let model = Model(.rnn, sizes: Sizes(input: 2, hidden: 3, steps: 1))
    let comparison = try Comparison(
      model: model, parameters: model.initialParameters(seed: 9),
      example: .random(model.sizes, seed: 9))
    // One step: h_0 = 0 makes dWhh zero in both passes, so its cosine is undefined (nil).
    let whh = try #require(comparison.gradients.first { $0.name == "Whh" })
    #expect(whh.cosine == nil)
    #expect(whh.relativeError == 0)
    let data = try JSONEncoder().encode(comparison)
    #expect(try JSONDecoder().decode(Comparison.self, from: data) == comparison)
  }

  @Test func theLSTMCannotBeCompared() {
    let model = Model(.lstm, sizes: Sizes.defaults(for: .lstm))
    #expect(throws: EngineError.noBackwardInNotes(model: .lstm, bptt: .document)) {
      try Comparison(
        model: model, parameters: model.initialParameters(seed: 0),
        example: .random(model.sizes, seed: 0))
    }
  }
}
