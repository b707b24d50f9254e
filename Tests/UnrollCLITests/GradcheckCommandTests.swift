import Foundation
import Testing

@testable import UnrollCLI
@testable import UnrollKit

/// `unroll gradcheck` end to end, and its table for a failing parameter.
@Suite struct GradcheckCommandTests {
  @Test(arguments: [
    ["--model", "rnn", "--hidden-size", "3", "--steps", "4", "--seed", "5"],
    ["--model", "lstm", "--input-size", "2", "--hidden-size", "3", "--steps", "3", "--seed", "9"],
    ["--model", "gru", "--input-size", "2", "--hidden-size", "3", "--steps", "6", "--seed", "7"],
  ])
  func everyParameterPassesWithTheMethodStated(_ flags: [String]) throws {
    let result = unroll(["gradcheck"] + flags)
    #expect(result.code == 0)
    #expect(result.err == "")
    let lines = result.out.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let model = try #require(ModelKind(rawValue: flags[1]))
    let names = Model(model, sizes: Sizes(input: 1, hidden: 1, steps: 1)).parameterNames
    #expect(lines[2].hasPrefix("  param  shape"))
    #expect(lines[2].hasSuffix("analytic     numeric      result"))
    for (name, line) in zip(names, lines[3...]) {
      #expect(line.hasPrefix("  " + name + " "), "\(line)")
      #expect(line.hasSuffix("  pass"), "\(line)")
    }
    #expect(
      result.out.hasSuffix(
        """
        method: five-point centred difference, h = 0.001; relative error
                |a − n| / max(|a|, |n|, 1e-06); a parameter passes at ≤ 1e-07
        all \(names.count) parameters pass

        """))
  }

  @Test func theHeaderAndTheRowsOfAKnownRun() {
    let result = unroll("gradcheck", "--hidden-size", "2", "--steps", "2", "--max-entries", "1")
    #expect(result.code == 0)
    let lines = result.out.split(separator: "\n").map(String.init)
    #expect(lines[0] == "gradient check: rnn, input 1, hidden 2, steps 2, seed 0")
    // One entry of each parameter, the first: [0, 0].
    let checked = lines[2..<7].map { $0.split(separator: " ", omittingEmptySubsequences: true) }
    #expect(checked.map { String($0[0]) } == ["Wxh", "Whh", "Why", "bh", "by"])
    #expect(checked.allSatisfy { $0[3] == "1" && $0[5] == "[0," && $0[6] == "0]" })
  }

  @Test func aFailingParameterIsMarkedAndCounted() {
    let model = Model(.rnn, sizes: Sizes(input: 1, hidden: 2, steps: 2))
    let setup = ModelSetup(
      model: model, parameters: model.initialParameters(seed: 0),
      example: .random(model.sizes, seed: 0), seed: 0, bptt: .correct, weightsPath: nil)
    let results = [
      GradientCheck.Result(
        name: "Wxh", shape: Shape(2, 1), checked: 2, maxRelativeError: 1e-12, worst: (1, 0),
        analytic: 0.25, numeric: 0.25),
      GradientCheck.Result(
        name: "Whh", shape: Shape(2, 2), checked: 4, maxRelativeError: 0.5, worst: (0, 1),
        analytic: -0.5, numeric: -1),
    ]
    let report = Command.gradcheckReport(results, setup: setup, styler: Styler(isEnabled: false))
    #expect(
      report == """
        gradient check: rnn, input 1, hidden 2, steps 2, seed 0

          param  shape   checked  rel err  worst   analytic     numeric      result
          Wxh    (2, 1)        2  1.0e-12  [1, 0]   2.5000e-01   2.5000e-01  pass
          Whh    (2, 2)        4  5.0e-01  [0, 1]  -5.0000e-01  -1.0000e+00  FAIL

        method: five-point centred difference, h = 0.001; relative error
                |a − n| / max(|a|, |n|, 1e-06); a parameter passes at ≤ 1e-07
        1 of 2 parameters FAIL

        """)
    let coloured = Command.gradcheckReport(results, setup: setup, styler: Styler(isEnabled: true))
    #expect(coloured.contains("\u{1B}[31mFAIL\u{1B}[0m"))
    #expect(coloured.contains("\u{1B}[32mpass\u{1B}[0m"))
  }
}

/// `gradcheck --bptt document`: the check run on the notes' gradients fails, against
/// NumPy's numbers (Tests/UnrollKitTests/Fixtures/note-gradients.json, from
/// scripts/reference/rnn_note.py).
@Suite struct GradcheckNotesTests {
  /// One case of the NumPy fixture: the weights, x and y, and both passes' gradients.
  struct Case: Decodable {
    struct Pass: Decodable { let grads: [String: [[Double]]] }
    let params: [String: [[Double]]]
    let x: [[Double]]
    let y: Double
    let document: Pass
    let correct: Pass
  }

  /// The fixture's cases.
  static func cases() throws -> [Case] {
    struct File: Decodable { let cases: [Case] }
    let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent(
        "UnrollKitTests/Fixtures/note-gradients.json")
    return try JSONDecoder().decode(File.self, from: Data(contentsOf: path)).cases
  }

  @Test func everyRowFailsWithTheNotesGradientAgainstTheLossesSlope() throws {
    // Case 1 is input 3, hidden 5, steps 4.
    let fixture = try Self.cases()[1]
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let weights: [String: Any] = [
      "model": "rnn", "params": fixture.params, "x": fixture.x, "y": fixture.y,
    ]
    let path = try folder.write(
      "w.json",
      String(decoding: try JSONSerialization.data(withJSONObject: weights), as: UTF8.self))
    let result = unroll("gradcheck", "--weights", path, "--bptt", "document")
    #expect(result.code == 1)
    #expect(
      result.err
        == "unroll: the gradient check failed for Wxh, Whh, Why, bh, by "
        + "(the notes' BPTT: expected, see above)\n")
    let lines = result.out.split(separator: "\n").map(String.init)
    try #require(lines.count > 7)
    #expect(lines[0] == "gradient check: rnn, input 3, hidden 5, steps 4, the notes' BPTT")
    for line in lines[2..<7] {
      let cells = line.split(separator: " ").map(String.init)
      try #require(cells.count == 10)
      let name = cells[0]
      let row = try #require(Int(cells[5].dropFirst().dropLast()))
      let col = try #require(Int(cells[6].dropLast()))
      let analytic = try #require(Double(cells[7]))
      let numeric = try #require(Double(cells[8]))
      let notes = try #require(fixture.document.grads[name])[row][col]
      let correct = try #require(fixture.correct.grads[name])[row][col]
      // Printed to five significant digits: the analytic value is NumPy's notes' gradient,
      // the numeric one NumPy's correct gradient, the loss's own slope.
      #expect(abs(analytic - notes) <= 1e-4 * abs(notes) + 1e-12, "\(name)")
      #expect(abs(numeric - correct) <= 1e-4 * abs(correct) + 1e-12, "\(name)")
      #expect(cells.last == "FAIL", "\(name)")
    }
    #expect(lines.contains("5 of 5 parameters FAIL"))
    #expect(
      lines.contains("The notes' backward() is not the derivative of this loss: the numeric column")
    )
  }

  @Test func verbatimIsRefusedWithTheReason() {
    let result = unroll("gradcheck", "--bptt", "verbatim")
    #expect(result.code == 2)
    #expect(result.out == "")
    #expect(
      result.err
        == "unroll: --bptt verbatim cannot be checked: the notes' backward() stops at its "
        + "first line (see `unroll compare`); --bptt document checks its repaired form\n")
  }

  @Test func theHelpSaysTheNotesFailAndExitOne() {
    let help = unroll("help", "gradcheck").out
    #expect(help.contains("--bptt document shows the check failing on the notes' gradients"))
    #expect(!help.contains("refused),"))
  }
}
