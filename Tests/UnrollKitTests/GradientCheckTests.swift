import Testing

@testable import UnrollKit

/// Analytic gradients of correct BPTT against centred differences, on the defaults
/// and on sizes and seeds chosen so that nothing is tuned to the defaults.
@Suite struct GradientCheckTests {
  static let cases: [(ModelKind, Sizes, UInt64)] = [
    (.rnn, Sizes.defaults(for: .rnn), 0),
    (.lstm, Sizes.defaults(for: .lstm), 0),
    (.rnn, Sizes(input: 3, hidden: 7, steps: 13), 5),
    (.lstm, Sizes(input: 3, hidden: 7, steps: 13), 5),
    (.rnn, Sizes(input: 2, hidden: 4, steps: 1), 99),
    (.lstm, Sizes(input: 1, hidden: 2, steps: 2), 123_456_789),
  ]

  @Test(arguments: 0..<cases.count)
  func correctBPTTMatchesFiniteDifferences(_ index: Int) throws {
    let (kind, sizes, seed) = Self.cases[index]
    let model = Model(kind, sizes: sizes)
    let results = try GradientCheck.run(
      model, parameters: model.initialParameters(seed: seed),
      example: .random(sizes, seed: seed))
    #expect(results.map(\.name) == model.parameterNames)
    for result in results {
      #expect(result.checked == result.shape.rows * result.shape.cols)
      #expect(result.maxRelativeError < 1e-7, "\(kind) \(sizes) \(result.name)")
    }
  }

  @Test func aWrongGradientFails() throws {
    // Break one rule on purpose: the check must notice.
    let model = Model(.rnn, sizes: Sizes(input: 2, hidden: 3, steps: 4))
    let parameters = model.initialParameters(seed: 1)
    let example = Example.random(model.sizes, seed: 1)
    var recording = model.run(parameters, on: example)
    recording.gradients["Whh"]?.scalars[0] *= 1.001
    let numeric = try GradientCheck.run(model, parameters: parameters, example: example)
    #expect(numeric.allSatisfy { $0.passed })
    let analytic = try #require(recording.gradients["Whh"]?.scalars[0])
    let true0 = try #require(model.run(parameters, on: example).gradients["Whh"]?.scalars[0])
    #expect(GradientCheck.relativeError(analytic, true0) > 1e-4)
  }
}
