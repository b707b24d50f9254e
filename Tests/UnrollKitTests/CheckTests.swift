import Foundation
import Testing
import UnrollPython

@testable import UnrollKit

/// `LearnerCheck.run` on the learner-side files of lessons/data/check: the notes' RNN
/// as written and repaired, the correct solutions, and files that cannot run.
@Suite struct CheckTests {
  /// lessons/data/check in this repository.
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("lessons/data/check")

  static func text(_ name: String) throws -> String {
    try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
  }

  /// The report for `text` on `kind` at `sizes` (the defaults when nil) and `seed`.
  static func check(
    text: String, path: String = "learner.py", _ kind: ModelKind? = nil, sizes: Sizes? = nil,
    seed: UInt64 = 0, stepLimit: Int = 5_000_000
  ) -> (CheckReport, Trace?) {
    let kind = kind ?? LearnerCheck.inferredModel(text)
    let model = Model(kind, sizes: sizes ?? Sizes.defaults(for: kind))
    let parameters = model.initialParameters(seed: seed)
    let example = Example.random(model.sizes, seed: seed)
    let report = LearnerCheck.run(
      path: path, text: text, model: model, parameters: parameters, example: example,
      stepLimit: stepLimit)
    return (report, try? Trace(model: model, parameters: parameters, example: example))
  }

  /// The line of `text` (1-based) that contains `fragment` first.
  static func line(of fragment: String, in text: String) -> Int? {
    text.split(separator: "\n", omittingEmptySubsequences: false)
      .firstIndex { $0.contains(fragment) }.map { $0 + 1 }
  }

  static let twoCases: [(Sizes?, UInt64)] = [
    (nil, 0), (Sizes(input: 3, hidden: 6, steps: 5), 7),
  ]

  @Test func theNotesRNNAsWrittenStopsWhereVerbatimStopsWithTheSameMessage() throws {
    let text = try Self.text("notes-rnn.py")
    for (sizes, seed) in Self.twoCases {
      let model = Model(.rnn, sizes: sizes ?? Sizes.defaults(for: .rnn))
      let verbatim = try model.run(
        model.initialParameters(seed: seed), on: .random(model.sizes, seed: seed),
        bptt: .verbatim)
      let failure = try #require(verbatim.failure)
      let (report, _) = Self.check(text: text, .rnn, sizes: sizes, seed: seed)
      #expect(report.verdict == .error)
      let error = try #require(report.error)
      #expect(error.text == "ValueError: \(failure.reason)")
      #expect(error.line == Self.line(of: "dWhy = np.dot(", in: text))
      #expect(error.t == nil)
      #expect(failure.operation.name == "dWhy")
      // The forward pass agreed with the engine's: nothing departed before the failing line.
      #expect(report.firstDeparture == nil)
      #expect(report.gradients.isEmpty)
      #expect(report.skipped.contains { $0.source.hasPrefix("X, y = generate_data(") })
    }
  }

  @Test func theNotesRNNWithItsTwoRepairsGivesTheDocumentPassesGradients() throws {
    let text = try Self.text("notes-rnn-repaired.py")
    for (sizes, seed) in Self.twoCases {
      let (report, _) = Self.check(text: text, .rnn, sizes: sizes, seed: seed)
      let model = report.model
      let document = try Trace(
        model: model, bptt: .document, parameters: model.initialParameters(seed: seed),
        example: .random(model.sizes, seed: seed))
      #expect(report.error == nil)
      #expect(report.gradientSource == .updates)
      for gradient in report.gradients {
        let expected = try #require(document.gradients[gradient.name])
        let value = try #require(gradient.value)
        let error = try #require(Agreement.relativeError(value.scalars, expected.scalars))
        #expect(error <= 1e-12, "d\(gradient.name)")
        #expect(value.shape == [expected.rows, expected.cols])
      }
      #expect(report.gradients.count == 5)
      #expect(report.verdict == .incorrect)
      // The first of the note's three deviations it meets: the output error, at dWhy.
      let departure = try #require(report.firstDeparture)
      #expect(departure.line == Self.line(of: "dWhy = np.dot(", in: text))
      #expect(departure.t == nil)
      #expect(departure.name == "dWhy")
      #expect(departure.deviation?.name == "output-error")
      #expect(departure.formula == "dWhy = dy_pred · h_Tᵀ")
    }
  }

  @Test(arguments: ModelKind.allCases)
  func theSolutionsAreCorrectOnTwoSizesAndSeeds(kind: ModelKind) throws {
    let text = try Self.text("solutions/\(kind.rawValue).py")
    #expect(LearnerCheck.inferredModel(text) == kind)
    let cases: [(Sizes?, UInt64)] = [
      (nil, 0), (Sizes(input: 2, hidden: 7, steps: 9), 3), (Sizes(input: 4, hidden: 3, steps: 6), 5),
    ]
    for (sizes, seed) in cases {
      let (report, _) = Self.check(text: text, kind, sizes: sizes, seed: seed)
      #expect(report.error == nil, "\(report.error?.text ?? "")")
      #expect(report.verdict == .correct, "\(kind) \(report.model.sizes) seed \(seed)")
      #expect(report.gradients.count == report.model.parameterNames.count)
      for gradient in report.gradients {
        #expect((gradient.relativeError ?? 1) <= 1e-12, "\(kind) d\(gradient.name)")
        #expect(abs((gradient.cosine ?? 0) - 1) <= 1e-12)
      }
      // Every compared value was on track, not only the gradients.
      #expect(report.foundDeparture == nil, "\(report.foundDeparture.map { "\($0.line) \($0.name)" } ?? "")")
    }
  }
}
