import Foundation
import Testing
import UnrollKit

@testable import UnrollCLI

/// `--loss every-step` and `--tbptt K` through the commands and the REPL.
@Suite struct ObjectiveCommandTests {
  static func session(
    _ objective: Objective, bptt: BPTT = .correct, steps: Int = 6
  ) throws -> ReplSession {
    let sizes = Sizes(input: 1, hidden: 4, steps: steps)
    let model = Model(.rnn, sizes: sizes, objective: objective)
    return try ReplSession(
      model: model, bptt: bptt, parameters: model.initialParameters(seed: 3),
      example: .random(sizes, seed: 3), seed: 3, writeFile: { _, _ in })
  }

  @Test func compareSaysTheNotesDhIsRightWithALossAtEveryStep() throws {
    let sizes = Sizes(input: 1, hidden: 4, steps: 6)
    let every = Model(.rnn, sizes: sizes, objective: Objective(loss: .everyStep))
    let parameters = every.initialParameters(seed: 2)
    let example = Example.random(sizes, seed: 2)
    let comparison = try Comparison(model: every, parameters: parameters, example: example)
    #expect(comparison.ablation.map(\.deviation) == ["output-error", "final-h"])
    #expect(comparison.deviationsAbsent == ["every-step"])
    // Both deviations fixed, the documents' pass is the correct one under this loss too.
    let fixedBoth = try Comparison(
      model: every, parameters: parameters, example: example
    ).ablation.first { $0.deviation == "output-error" }?.onlyThisLeft.overall.relativeError
    #expect((fixedBoth ?? 1) > 0)
    let none = Interpreter.run(
      [every.forward, every.objective.backward(DocumentRNN.document(sizes, deviations: .none))],
      parameters: parameters, example: example)
    let correct = every.run(parameters, on: example)
    for name in every.parameterNames {
      let d = try #require(none.gradients[name]).scalars
      let c = try #require(correct.gradients[name]).scalars
      #expect(zip(d, c).allSatisfy { abs($0 - $1) <= 1e-12 * max(1, abs($1)) }, "\(name)")
    }
    // The notes' objective keeps all three.
    let notes = try Comparison(
      model: Model(.rnn, sizes: sizes), parameters: parameters, example: example)
    #expect(notes.ablation.count == 3 && notes.deviationsAbsent.isEmpty)

    let text = unroll("compare", "--loss", "every-step", "--steps", "6", "--hidden-size", "4")
    #expect(text.code == 0)
    #expect(text.out.contains("loss every-step"))
    #expect(text.out.contains("is not a deviation"))
    // The header lists the steps' labels (the rule x_1 + … + x_t > 0 on the drawn x) and
    // says the loss is their sum, where the notes' loss has one label.
    let drawn = Example.random(Sizes(input: 1, hidden: 4, steps: 6), seed: 0)
    let labels = Example.stepLabels(drawn.x).map { String(Int($0)) }.joined(separator: " ")
    #expect(text.out.contains("  y_t = \(labels) (t = 1 … 6)\n"))
    #expect(text.out.contains("loss, summed over the steps = "))
    #expect(!text.out.contains("  y = "))
    let markdown = unroll(
      "compare", "--loss", "every-step", "--steps", "6", "--hidden-size", "4", "--format", "md")
    #expect(markdown.out.contains("\ny_t = \(labels) (t = 1 … 6); at the last step y_pred = "))
    let note = text.out.components(separatedBy: "== ablation").last ?? ""
    #expect(note.split(separator: "\n").allSatisfy { $0.count <= 80 })
  }

  @Test func theReplExplainsAndDiffsDhAsTheRule() throws {
    var session = try Self.session(Objective(loss: .everyStep), bptt: .document)
    _ = session.handle("goto backward")
    _ = session.handle("b dh")
    _ = session.handle("c")
    func flat(_ text: String) -> String {
      text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
    let explained = flat(session.handle("explain").text)
    #expect(explained.contains("is not a deviation"))
    #expect(!explained.contains("How the notes' line differs"))
    #expect(flat(session.handle("diff").text).contains("Deviations 1 (output-error) and 3"))
    // Under the notes' loss the same line is a deviation, and the REPL says that instead.
    var notes = try Self.session(.notes, bptt: .document)
    _ = notes.handle("goto backward")
    _ = notes.handle("b dh")
    _ = notes.handle("c")
    #expect(notes.handle("explain").text.contains("How the notes' line differs"))
  }

  @Test func theReplStopsAtEachCutAndCountsThem() throws {
    // T = 6, K = 2: cuts at t = 5 and 3, what dh_next held there.
    var session = try Self.session(Objective(truncation: 2))
    let trace = session.trace
    #expect(trace.records.filter { $0.name == "cut" }.compactMap(\.t) == [5, 3])
    // Forward 6, head 3, head backward 3, 6 steps of 6 operations, 2 cuts.
    let stops = Timeline(trace: trace).stops.count
    #expect(stops == 6 + 3 + 3 + 6 * 6 + 2)
    _ = session.handle("b cut")
    _ = session.handle("c")  // the end of the forward pass
    let stop = session.handle("c").text
    #expect(stop.contains("t = 5") && stop.contains("cut"))
    let dropped = try #require(trace.value("dh_next", t: 5))
    #expect(session.handle("print cut").text.hasSuffix(REPLFixture.valueLine(dropped)))
    // What step 4 reads as dh_next from step 5 is zeros: its dh is dh_next alone.
    #expect(trace.value("dh", t: 4)?.scalars.allSatisfy { $0 == 0 } == true)
  }

  @Test func aWeightsFileListsOneLabelPerStepAndTheJSONRoundTrips() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = folder.path + "/every.json"
    let first = unroll(
      "trace", "--loss", "every-step", "--steps", "5", "--hidden-size", "3", "--format", "json",
      "-o", path)
    #expect(first.code == 0, "\(first.err)")
    let again = unroll("trace", "--weights", path, "--loss", "every-step", "--format", "json")
    #expect(again.code == 0, "\(again.err)")
    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(text.contains("\"y\": [") || text.contains("\"y\":["))
    let reread = try ModelOptions(
      ParsedArguments.parse(
        ["--weights", path, "--loss", "every-step"], options: ModelOptions.options,
        command: "trace")
    ).setup()
    let drawn = Example.random(Sizes(input: 1, hidden: 3, steps: 5), seed: 0)
    #expect(reread.example.labels == drawn.labels)
    // A list of the wrong length is one clear line.
    let bad = folder.path + "/bad.json"
    try text.replacingOccurrences(of: "\"y\": [", with: "\"y\": [1, ").write(
      toFile: bad, atomically: true, encoding: .utf8)
    let refused = unroll("trace", "--weights", bad, "--loss", "every-step")
    #expect(refused.code != 0)
    #expect(refused.err.contains("a list of 5 labels"))
  }
}

extension ObjectiveCommandTests {
  @Test func trainAndGradcheckTakeTheTruncation() {
    let train = unroll(
      "train", "--tbptt", "3", "--loss", "every-step", "--samples", "20", "--epochs", "2",
      "--hidden-size", "4")
    #expect(train.code == 0, "\(train.err)")
    // T = 10, K = 3: cuts at t = 8, 5, 2.
    #expect(train.out.contains("tbptt 3 (3 cuts per sample)"))
    #expect(train.out.split(separator: "\n").allSatisfy { $0.count <= 80 })
    let check = unroll("gradcheck", "--model", "lstm", "--tbptt", "2", "--steps", "5")
    #expect(check.code == 0, "\(check.out)")
    #expect(check.out.contains("the truncated objective"))
    let trace = unroll("trace", "--tbptt", "4", "--steps", "9", "--hidden-size", "3")
    #expect(trace.out.components(separatedBy: "  cut  ").count - 1 == 2)  // t = 6, 2
  }
}

extension ObjectiveCommandTests {
  @Test func trainClipsShufflesAndSaysHowOften() throws {
    let clipped = unroll(
      "train", "--samples", "30", "--epochs", "2", "--lr", "0.5", "--clip-norm", "0.5",
      "--shuffle", "--seed", "4", "--hidden-size", "4")
    #expect(clipped.code == 0, "\(clipped.err)")
    #expect(clipped.out.contains("shuffled from seed 4"))
    let line = try #require(clipped.out.split(separator: "\n").first { $0.contains("clipped") })
    // "--clip-norm 0.5 clipped N of 60 updates", N between 1 and 59 for this run.
    let words = line.split(separator: " ")
    let n = try #require(words.firstIndex(of: "clipped").flatMap { Int(words[$0 + 1]) })
    #expect(line.hasSuffix("of 60 updates") && n > 0 && n < 60, "\(line)")
    // The same with --format json: the counts, and the order differs from the unshuffled run.
    let json = unroll(
      "train", "--samples", "30", "--epochs", "2", "--lr", "0.5", "--clip-norm", "0.5",
      "--shuffle", "--seed", "4", "--hidden-size", "4", "--format", "json")
    #expect(json.out.contains("\"clipped\": \(n)") && json.out.contains("\"updates\": 60"))
    let inOrder = unroll(
      "train", "--samples", "30", "--epochs", "2", "--lr", "0.5", "--clip-norm", "0.5",
      "--seed", "4", "--hidden-size", "4", "--format", "json")
    #expect(inOrder.out != json.out)
    for bad in [
      ["--clip-norm", "0"], ["--clip-value", "nan"], ["--clip-norm", "1", "--clip-value", "1"],
    ] {
      let refused = unroll(["train"] + bad)
      #expect(refused.code == 2 && refused.err.split(separator: "\n").count == 1, "\(bad)")
    }
  }

  @Test func forgetBiasSetsTheInitialBf() throws {
    let traced = unroll(
      "trace", "--model", "lstm", "--forget-bias", "3", "--format", "json", "--hidden-size", "2")
    #expect(traced.code == 0)
    #expect(traced.out.contains("\"bf\": [[3.0], [3.0]]"))
    #expect(unroll("trace", "--forget-bias", "1").code == 2)  // the RNN has no bf
    let md = unroll("trace", "--model", "lstm", "--forget-bias", "3", "--format", "md")
    #expect(md.out.contains("--forget-bias 3.0"))
  }
}
