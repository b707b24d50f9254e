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
    seed: UInt64 = 0, stepLimit: Int = 5_000_000, entryLimit: Int = 25_000_000
  ) -> (CheckReport, Trace?) {
    let kind = kind ?? LearnerCheck.inferredModel(text)
    let model = Model(kind, sizes: sizes ?? Sizes.defaults(for: kind))
    let parameters = model.initialParameters(seed: seed)
    let example = Example.random(model.sizes, seed: seed)
    let report = LearnerCheck.run(
      path: path, text: text, model: model, parameters: parameters, example: example,
      stepLimit: stepLimit, entryLimit: entryLimit)
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
      #expect(error.verbatimNote?.contains("`--bptt verbatim` stops the same way") == true)
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
      (nil, 0), (Sizes(input: 2, hidden: 7, steps: 9), 3),
      (Sizes(input: 4, hidden: 3, steps: 6), 5),
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
      #expect(
        report.foundDeparture == nil,
        "\(report.foundDeparture.map { "\($0.line) \($0.name)" } ?? "")")
    }
  }

  /// One gallery bug: its file and what `check` must say (gallery/expected.json, made by
  /// running the file in real NumPy against the engine's trace).
  struct GalleryCase: CustomTestStringConvertible {
    let file: String
    let line: Int?
    let t: Int?
    let name: String?
    /// The error that stops it, if it stops: its line, timestep and message.
    let error: (line: Int?, t: Int?, message: String)?
    var testDescription: String { file }
  }

  static func galleryCases() throws -> [GalleryCase] {
    let data = try Data(contentsOf: folder.appendingPathComponent("gallery/expected.json"))
    guard let object = try JSONSerialization.jsonObject(with: data) as? [String: [String: Any]]
    else { return [] }
    return object.keys.sorted().compactMap { file in
      guard let entry = object[file] else { return nil }
      return GalleryCase(
        file: file, line: entry["line"] as? Int, t: entry["t"] as? Int,
        name: entry["name"] as? String,
        error: (entry["error"] as? [String: Any]).map {
          ($0["line"] as? Int, $0["t"] as? Int, $0["message"] as? String ?? "")
        })
    }
  }

  @Test func eachGalleryBugIsFoundAtItsLineAndTimestep() throws {
    let cases = try Self.galleryCases()
    #expect(cases.count >= 10)
    for bug in cases {
      let text = try Self.text("gallery/" + bug.file)
      let (report, _) = Self.check(text: text)
      #expect(report.verdict != .correct, "\(bug.file)")
      let departure = report.firstDeparture
      #expect(departure?.line == bug.line, "\(bug.file)")
      #expect(departure?.t == bug.t, "\(bug.file)")
      #expect(departure?.name == bug.name, "\(bug.file)")
      #expect(report.error?.text == bug.error?.message, "\(bug.file)")
      if let error = bug.error {
        #expect(report.error?.line == error.line, "\(bug.file)")
        #expect(report.error?.t == error.t, "\(bug.file)")
      }
    }
  }

  /// A template with each `# TODO:` line replaced by the solution's line at the same place
  /// after the header comments (lessons/data/check/README.md).
  static func filled(_ template: String, from solution: String) -> String {
    func body(_ text: String) -> [Substring] {
      Array(
        text.split(separator: "\n", omittingEmptySubsequences: false).drop { $0.hasPrefix("#") })
    }
    let answers = body(solution)
    let lines = body(template).enumerated().map { index, line in
      line.contains("# TODO:") && index < answers.count ? answers[index] : line
    }
    return lines.joined(separator: "\n")
  }

  @Test(arguments: ModelKind.allCases)
  func theTemplatesRunAsTheyAreAndFilledInAreCorrect(kind: ModelKind) throws {
    let template = try #require(CheckTemplates.source(for: kind))
    #expect(LearnerCheck.inferredModel(template) == kind)
    // Untouched, it runs and departs on a TODO line.
    let (untouched, _) = Self.check(text: template, kind)
    #expect(untouched.error == nil, "\(untouched.error?.text ?? "")")
    #expect(untouched.verdict == .incorrect)
    let departure = try #require(untouched.firstDeparture)
    let lines = template.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(departure.line >= 1 && lines[departure.line - 1].contains("# TODO:"))
    // Filled from the solution, it is correct on two sizes and seeds.
    let solution = try Self.text("solutions/\(kind.rawValue).py")
    let filled = Self.filled(template, from: solution)
    #expect(!filled.contains("# TODO:"))
    for (sizes, seed) in [(nil, 0), (Sizes(input: 2, hidden: 3, steps: 4), 9)] as [(Sizes?, UInt64)]
    {
      let (report, _) = Self.check(text: filled, kind, sizes: sizes, seed: seed)
      #expect(report.verdict == .correct, "\(kind) \(report.error?.text ?? "")")
    }
  }

  @Test func aRunawayLoopAndARunawayRecursionEndAsErrors() {
    let loop =
      "class A:\n    def forward(self, x):\n        while True:\n            x = x\n"
      + "    def backward(self, y):\n        pass\n"
    let (looped, _) = Self.check(text: loop, .rnn, stepLimit: 20_000)
    #expect(looped.verdict == .error)
    #expect(looped.error?.kind == "StepLimitError")
    #expect(looped.error?.line != nil)
    let recursion =
      "def f(n):\n    return f(n + 1)\nclass A:\n    def forward(self, x):\n        f(0)\n"
      + "    def backward(self, y):\n        pass\n"
    let (recursed, _) = Self.check(text: recursion, .rnn)
    #expect(recursed.verdict == .error)
    #expect(recursed.error?.kind == "RecursionError")
  }

  @Test func gradientsAreReadFromLocalsOrAReturnedDictWhenThereIsNoUpdate() throws {
    let solution = try Self.text("solutions/rnn.py")
    let updates = solution.split(separator: "\n", omittingEmptySubsequences: false).filter {
      !$0.contains("-= learning_rate *")
    }
    let locals = updates.joined(separator: "\n")
    let (fromLocals, _) = Self.check(text: locals, .rnn)
    #expect(fromLocals.gradientSource == .locals)
    #expect(fromLocals.verdict == .correct)
    // Renamed so that no local is called dP: then the returned dict is read.
    var renamed = locals
    for name in ["Wxh", "Whh", "Why", "bh", "by"] {
      renamed = renamed.replacingOccurrences(of: "d" + name, with: "g" + name)
    }
    let dict =
      renamed + "\n        return {\"Wxh\": gWxh, \"dWhh\": gWhh, \"Why\": gWhy, \"dbh\": gbh, "
      + "\"by\": gby}\n"
    let (fromDict, _) = Self.check(text: dict, .rnn)
    #expect(fromDict.gradientSource == .returnedDict)
    #expect(fromDict.verdict == .correct)
  }

  /// At hidden 256 over 100 steps the LSTM's recording passes its cap (25M entries: each
  /// step's `dW += …` is four 256 × 259 snapshots). The same happens here with the cap
  /// lowered to 20 000 entries at hidden 16 over 30 steps (4 × 16 × 19 a step), which
  /// runs in a blink: the gradients are still read from the updates, the LSTM note's
  /// unscaled weights, verdict correct.
  @Test func gradientsAreReadPastTheRecordingsCap() throws {
    let text = try Self.text("solutions/lstm.py")
    let (report, _) = Self.check(
      text: text, .lstm, sizes: Sizes(input: 3, hidden: 16, steps: 30), entryLimit: 20_000)
    #expect(report.recordingTruncated)
    #expect(report.error == nil, "\(report.error?.text ?? "")")
    #expect(report.gradientSource == .updates)
    #expect(report.verdict == .correct)
    #expect(report.gradients.count == 10)
    for gradient in report.gradients {
      #expect((gradient.relativeError ?? 1) <= 1e-12, "d\(gradient.name)")
    }
    // At the default size nothing is cut.
    #expect(!Self.check(text: text, .lstm).0.recordingTruncated)
  }
}
