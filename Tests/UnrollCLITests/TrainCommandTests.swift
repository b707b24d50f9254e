import Foundation
import Testing
import UnrollKit

#if canImport(FoundationXML)
  import FoundationXML
#endif

@testable import UnrollCLI

/// `unroll train` end to end: the epoch lines against `Training.run`, the JSON, data
/// files good and bad, the plot, and progress that only a terminal sees.
@Suite struct TrainCommandTests {
  static let small = Model(.rnn, sizes: Sizes(input: 1, hidden: 4, steps: 10))

  /// What the engine computes for `--samples 20 --hidden-size 4` from seed 0.
  static func engine(
    _ bptt: BPTT, epochs: Int = 2, fixing fixed: Deviations = []
  ) throws -> TrainingResult {
    try Training.run(
      small, samples: 20, seed: 0,
      options: TrainingOptions(
        bptt: bptt, epochs: epochs, deviations: Deviations.document.subtracting(fixed)))
  }

  @Test func theEpochLinesAreTheNotesPrintOfWhatTrainingRunComputes() throws {
    let result = unroll("train", "--samples", "20", "--epochs", "2", "--hidden-size", "4")
    #expect(result.code == 0)
    #expect(result.err == "")
    let epochs = try Self.engine(.correct).epochs
    let lines = epochs.map {
      "Epoch [\($0.epoch)/2], Avg Loss: \(String(format: "%.4f", $0.loss)), Accuracy: "
        + String(format: "%.1f%%", $0.accuracy * 100)
    }
    #expect(
      result.out
        == """
        train: rnn, input 1, hidden 4, steps 10; 20 samples from seed 0
          SGD, lr 0.01, batch 1, 2 epochs, samples in order
          bptt correct (--bptt document: the notes' backward(); --compare: both)
          the majority class, label 0, is 60.0% of the samples

        \(lines.joined(separator: "\n"))

          accuracy at the end \(String(format: "%.1f%%", epochs[1].accuracy * 100)), \
        the majority class is 60.0%

        """)
    // The figures, as printed once and checked against the engine.
    #expect(lines[0] == "Epoch [1/2], Avg Loss: 0.7430, Accuracy: 40.0%")
  }

  @Test func theDocumentsBPTTAndCompareShowBothColumns() throws {
    let document = try Self.engine(.document)
    let correct = try Self.engine(.correct)
    let result = unroll(
      "train", "--samples", "20", "--epochs", "2", "--hidden-size", "4", "--compare")
    #expect(result.code == 0)
    let rows = result.out.split(separator: "\n").filter { $0.hasPrefix("Epoch") }
    #expect(rows.count == 2)
    for (k, row) in rows.enumerated() {
      #expect(
        row
          == "Epoch [\(k + 1)/2],  Avg Loss: \(String(format: "%.4f", document.epochs[k].loss))  "
          + String(format: "%.1f%%", document.epochs[k].accuracy * 100).padding(to: 10)
          + "Avg Loss: \(String(format: "%.4f", correct.epochs[k].loss))  "
          + String(format: "%.1f%%", correct.epochs[k].accuracy * 100))
    }
    #expect(document.epochs[0].loss != correct.epochs[0].loss)
    #expect(
      result.out.contains(
        "\n  correct BPTT: the loss falls, "
          + String(format: "%.4f → %.4f", correct.epochs[0].loss, correct.epochs[1].loss)
          + "\n    accuracy at the end "
          + String(format: "%.1f%%", correct.epochs[1].accuracy * 100)
          + ", the majority class is 60.0%\n"))
  }

  @Test func theJSONHoldsEveryEpochAndTheFinalParametersExactly() throws {
    let result = unroll(
      "train", "--samples", "20", "--epochs", "2", "--hidden-size", "4", "--bptt", "document",
      "--format", "json")
    #expect(result.code == 0)
    let json = try JSONValue.parse(result.out)
    let engine = try Self.engine(.document)
    #expect(json["bptt"] == .string("document"))
    guard case .array(let epochs)? = json["epochs"] else {
      Issue.record("no epochs")
      return
    }
    #expect(epochs.count == 2)
    for (value, epoch) in zip(epochs, engine.epochs) {
      #expect(value["epoch"] == .number(Double(epoch.epoch)))
      #expect(value["loss"] == .number(epoch.loss))
      #expect(value["accuracy"] == .number(epoch.accuracy))
    }
    for (name, matrix) in engine.parameters.ordered {
      #expect(json["params"]?[name] == JSONValue(matrix), "\(name)")
    }
  }

  @Test func theJSONOfACompareRunHoldsBothRuns() throws {
    let result = unroll(
      "train", "--samples", "20", "--epochs", "2", "--hidden-size", "4", "--compare",
      "--format", "json")
    #expect(result.code == 0)
    guard case .array(let runs)? = try JSONValue.parse(result.out)["runs"] else {
      Issue.record("no runs")
      return
    }
    #expect(runs.map { $0["bptt"] } == [.string("document"), .string("correct")])
    let correct = try Self.engine(.correct)
    #expect(runs.last?["epochs"]?.arrayLosses == correct.epochs.map(\.loss))
    let json = try JSONValue.parse(result.out)
    #expect(json["majority"]?["label"] == .number(0))
    #expect(json["majority"]?["share"] == .number(0.6))
    guard case .array(let ablation)? = json["ablation"] else {
      Issue.record("no ablation")
      return
    }
    #expect(ablation.map { $0["fixed"] } == Deviations.allCases.map { .string($0.name) })
    for (row, fixed) in zip(ablation, Deviations.allCases) {
      let engine = try Self.engine(.document, fixing: fixed)
      #expect(row["epochs"]?.arrayLosses == engine.epochs.map(\.loss), "\(fixed.name)")
    }
  }

  /// The 20 samples of seed 0: their labels counted, the majority's share is 12 of 20.
  @Test func theMajorityClassIsCountedFromTheSamples() throws {
    let data = Training.data(Self.small.sizes, count: 20, seed: 0)
    #expect(data.filter { $0.y == 0 }.count == 12)
    let majority = Majority(data)
    #expect(majority.label == 0)
    #expect(majority.share == 0.6)
    #expect(majority.beside(0.59) == "59.0%, the majority class is 60.0%")
    #expect(Majority([]).share == 0)
    // With a weights file, its path stands on a line of its own, and the other lines
    // keep within 80 columns however long it is.
    let path = LessonFixture.repositoryLessons + "/data/rnn-exploding.json"
    let fromFile = unroll("train", "--weights", path, "--samples", "4", "--epochs", "1")
    #expect(fromFile.out.contains("  SGD, lr 0.01, batch 1, 1 epoch, samples in order\n"))
    #expect(fromFile.out.contains("\n  initial parameters from \(path)\n"))
    #expect(fromFile.err.hasPrefix("unroll: note: \(path) gives the initial parameters;\n"))
    let lines = (fromFile.out + fromFile.err).split(separator: "\n")
    #expect(lines.filter { !$0.contains(path) }.allSatisfy { $0.count <= 80 })
    // Under --loss every-step the accuracy is per step, so is the baseline: three steps
    // labelled 0, 0, 1 and 1, 1, 1 are four ones of six, not two samples labelled 1.
    let m = Matrix(rows: 3, cols: 1)
    let steps = [Example(x: m, labels: [0, 0, 1]), Example(x: m, labels: [1, 1, 1])]
    let perStep = Majority(steps, everyStep: true)
    #expect(perStep.label == 1)
    #expect(abs(perStep.share - 4.0 / 6.0) < 1e-15)
    #expect(perStep.sentence.hasSuffix("of the steps' labels"))
    #expect(Majority(steps).share == 1)
    let single = unroll(
      "train", "--samples", "20", "--epochs", "1", "--hidden-size", "4", "--format", "json")
    let json = try JSONValue.parse(single.out)
    #expect(json["majority"]?["share"] == .number(0.6))
  }

  /// Each deviation fixed alone: the rows are the engine's runs with that deviation left
  /// out, between the notes' and the correct run, and the verdict is the one their
  /// figures give.
  @Test func compareAblatesEachDeviationAlone() throws {
    let result = unroll(
      "train", "--samples", "20", "--epochs", "3", "--hidden-size", "4", "--compare",
      environment: ["COLUMNS": "80"])
    #expect(result.code == 0)
    let lines = result.out.split(separator: "\n").map(String.init)
    let start = try #require(
      lines.firstIndex(of: "== each deviation fixed alone, the other two kept =="))
    let header = try #require(lines[start...].firstIndex { $0.hasPrefix("  fixed ") })
    let rows = lines[(header + 1)...(header + 5)].map {
      $0.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
    }
    let notes = try Self.engine(.document, epochs: 3)
    let correct = try Self.engine(.correct, epochs: 3)
    let fixed = try Deviations.allCases.map { try Self.engine(.document, epochs: 3, fixing: $0) }
    let runs = [notes] + fixed + [correct]
    let labels = ["none", "output-error", "every-step", "final-h", "all"]
    for (k, (row, run)) in zip(rows, runs).enumerated() {
      #expect(row.first == labels[k])
      let figures = String(format: "%.4f → %.4f", run.epochs[0].loss, run.epochs[2].loss)
      #expect(lines[header + 1 + k].contains(figures), "\(labels[k])")
      #expect(row.last == String(format: "%.1f%%", run.epochs[2].accuracy * 100))
    }
    // The fix whose last loss is lowest is named, with its share of the gap closed.
    let best = try #require(
      zip(Deviations.allCases, fixed).min { $0.1.epochs[2].loss < $1.1.epochs[2].loss })
    let gap = notes.epochs[2].loss - correct.epochs[2].loss
    let share = (notes.epochs[2].loss - best.1.epochs[2].loss) / gap * 100
    let verdict = lines[(header + 6)...].joined(separator: " ")
      .split(separator: " ").joined(separator: " ")
    #expect(
      verdict.contains(
        "Fixing \(best.0.name) alone helps most: the last loss goes "
          + String(format: "%.4f → %.4f", notes.epochs[2].loss, best.1.epochs[2].loss)
          + String(format: ", %.0f%% of the way", share)))
    #expect(lines.allSatisfy { TextWrap.columns($0) <= 80 })
  }

  @Test func aDataFileIsTrainedOnInItsOrder() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = try folder.write(
      "data.json", #"{"x": [[[0.5], [-1.0]], [[1.5], [0.25]], [[-0.3], [-0.2]]], "y": [0, 1, 0]}"#)
    let result = unroll("train", "--data", path, "--hidden-size", "3", "--epochs", "3")
    #expect(result.code == 0)
    #expect(result.err == "")
    let model = Model(.rnn, sizes: Sizes(input: 1, hidden: 3, steps: 2))
    let data = try [
      Example(x: Matrix([[0.5], [-1.0]]), y: 0), Example(x: Matrix([[1.5], [0.25]]), y: 1),
      Example(x: Matrix([[-0.3], [-0.2]]), y: 0),
    ]
    let engine = try Training.run(
      model, from: model.initialParameters(seed: 0), on: data,
      options: TrainingOptions(bptt: .correct, epochs: 3))
    #expect(
      result.out.hasPrefix("train: rnn, input 1, hidden 3, steps 2; 3 samples from \(path)\n"))
    #expect(
      result.out.hasSuffix(
        "Epoch [3/3], Avg Loss: \(String(format: "%.4f", engine.epochs[2].loss)), Accuracy: "
          + String(format: "%.1f%%", engine.epochs[2].accuracy * 100) + "\n\n"
          + "  accuracy at the end "
          + String(format: "%.1f%%", engine.epochs[2].accuracy * 100)
          + ", the majority class is 66.7%\n"))
  }

  @Test(arguments: [
    (#"[1, 2]"#, "the file must be an object {\"x\": …, \"y\": …}, found a list"),
    (#"{"y": [1]}"#, "x must be a list of samples, each steps × input, found nothing"),
    (#"{"x": [[[1]]], "y": [1, 0]}"#, "y must be 1 labels, one per sample of x, found 2"),
    (#"{"x": [[[1]], [[1], [2]]], "y": [1, 0]}"#, "x[1] must be 1 × 1 like x[0], found 2 × 1"),
    (
      #"{"x": [[[1]], [["a"]]], "y": [1, 0]}"#, "x[1][0][0] must be a finite number, found a string"
    ),
    (#"{"x": [[[1]]], "y": [2]}"#, "y[0] must be 0 or 1, found 2.0"),
    (
      #"{"x": [[[1]]], "y": [1], "z": 0}"#,
      "z must be absent (a data file has x and y only), found it"
    ),
    (
      #"{"x": [[[1]]]"#,
      "the file must be JSON, found an error at line 1, column 14: expected , or } after an object member, found end of file"
    ),
  ])
  func aBadDataFileIsOneLineNamingTheKey(text: String, message: String) throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = try folder.write("bad.json", text)
    let result = unroll("train", "--data", path)
    #expect(result.code == 1)
    #expect(result.out == "")
    #expect(result.err == "unroll: \(path): \(message)\n")
  }

  @Test func thePlotIsAnSVGWhoseValuesAreTheEpochLosses() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let plot = folder.file("plots")
    let result = unroll(
      "train", "--samples", "20", "--epochs", "3", "--hidden-size", "4", "--compare",
      "--plot", plot)
    #expect(result.code == 0)
    #expect(result.err == "wrote \(plot)/loss.svg and \(plot)/accuracy.svg\n")
    let svg = try String(contentsOfFile: plot + "/loss.svg", encoding: .utf8)
    #expect(
      svg.contains(
        "<title>Average loss per epoch: RNN, SGD, lr 0.01, notes&apos; BPTT vs correct BPTT</title>"
      ))
    let reader = PolylineReader()
    let parser = XMLParser(data: Data(svg.utf8))
    parser.delegate = reader
    #expect(parser.parse(), "the SVG is well-formed XML")
    let document = try Self.engine(.document, epochs: 3).epochs.map(\.loss)
    let correct = try Self.engine(.correct, epochs: 3).epochs.map(\.loss)
    #expect(reader.series["notes' BPTT"] == document)
    #expect(reader.series["correct BPTT"] == correct)
    // And the ablation's runs, each the notes' BPTT with one deviation fixed.
    #expect(reader.series.count == 2 + Deviations.allCases.count)
    for fixed in Deviations.allCases {
      let engine = try Self.engine(.document, epochs: 3, fixing: fixed).epochs.map(\.loss)
      #expect(reader.series["\(fixed.name) fixed"] == engine, "\(fixed.name)")
    }
    #expect(svg.contains("“X fixed”: the notes&apos; BPTT with deviation X alone fixed"))
    // The correct run is drawn first: the solid line; the notes' one is dashed.
    let correctAt = try #require(svg.range(of: "data-label=\"correct BPTT\""))
    let documentAt = try #require(svg.range(of: "data-label=\"notes&apos; BPTT\""))
    #expect(correctAt.lowerBound < documentAt.lowerBound)
    let accuracy = try String(contentsOfFile: plot + "/accuracy.svg", encoding: .utf8)
    let accuracyReader = PolylineReader()
    let accuracyParser = XMLParser(data: Data(accuracy.utf8))
    accuracyParser.delegate = accuracyReader
    #expect(accuracyParser.parse())
    #expect(
      accuracyReader.series["correct BPTT"]
        == (try Self.engine(.correct, epochs: 3).epochs.map(\.accuracy)))
  }

  @Test func progressNeverAppearsWhenStderrIsNotATerminal() {
    let result = unroll("train", "--samples", "50", "--epochs", "2", "--hidden-size", "4")
    #expect(result.code == 0)
    #expect(result.err == "")
    let piped = Terminal(isTTY: false)
    let line = ProgressLine(terminal: piped, delay: 0)
    line.update("epoch 1")
    line.clear()
    #expect(piped.capturedError == "")
    let tty = Terminal(isTTY: true)
    let shown = ProgressLine(terminal: tty, delay: 0)
    shown.update("epoch 1")
    shown.clear()
    #expect(tty.capturedError == "\repoch 1\r       \r")
  }

  @Test func usageErrorsSayWhatIsAllowed() {
    let verbatim = unroll("train", "--bptt", "verbatim")
    #expect(verbatim.code == 2)
    #expect(verbatim.err.hasPrefix("unroll: --bptt verbatim cannot train"))
    let epochs = unroll("train", "--epochs", "0")
    #expect(epochs.code == 2)
    #expect(epochs.err == "unroll: --epochs must be an integer from 1 to 10000, got 0\n")
    let lstm = unroll("train", "--model", "lstm", "--bptt", "document")
    #expect(lstm.code == 2)
    #expect(unroll("train", "--model", "lstm", "--compare").code == 2)
    let limit = unroll("train", "--samples", "100001")
    #expect(limit.err == "unroll: --samples must be an integer from 1 to 100000, got 100001\n")
  }

  @Test func theGRUTrainsWithCorrectBPTTAndCannotCompare() throws {
    let result = unroll(
      "train", "--model", "gru", "--samples", "20", "--epochs", "2", "--format", "json")
    #expect(result.code == 0)
    #expect(result.err == "")
    let json = try JSONValue.parse(result.out)
    #expect(json["bptt"] == .string("correct"))
    guard case .array(let epochs)? = json["epochs"], case .object(let params)? = json["params"]
    else {
      Issue.record("no epochs or params")
      return
    }
    #expect(epochs.count == 2)
    #expect(params.map(\.key) == ["Wr", "Wz", "Wxn", "Whn", "br", "bz", "bxn", "bhn", "Why", "by"])
    let compare = unroll("train", "--model", "gru", "--compare")
    #expect(compare.code == 2)
    #expect(
      compare.err
        == "unroll: --compare exists for the RNN only: the notes have no GRU, so no backward "
        + "pass of theirs\n")
    #expect(unroll("train", "--model", "gru", "--bptt", "document").code == 2)
    // The text header does not suggest the modes the GRU refuses.
    let text = unroll("train", "--model", "gru", "--samples", "4", "--epochs", "1")
    #expect(
      text.out.hasPrefix(
        "train: gru, input 3, hidden 5, steps 4; 4 samples from seed 0\n"
          + "  SGD, lr 0.01, batch 1, 1 epoch, samples in order\n  bptt correct\n"
          + "  the majority class, label "))
  }

  @Test func anLSTMFromAWeightsFileCannotCompare() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let weights = folder.file("lstm.json")
    #expect(unroll("trace", "--model", "lstm", "--format", "json", "-o", weights).code == 0)
    let result = unroll("train", "--weights", weights, "--compare")
    #expect(result.code == 2)
    #expect(
      result.err
        == "unroll: --compare exists for the RNN only: the notes give the LSTM no backward pass "
        + "(\(weights) holds an LSTM)\n")
  }

  @Test func aRunThatGoesNonFiniteNamesWhereItStopped() {
    let result = unroll("train", "--samples", "5", "--hidden-size", "4", "--lr", "1e308")
    #expect(result.code == 1)
    #expect(result.out == "")
    #expect(
      result.err
        == "unroll: training (correct BPTT) stopped at epoch 1, sample 5: y_pred (output) was "
        + "the first value to go NaN or infinite, at "
        + "`self.y_pred = np.dot(self.Why, self.h) + self.by`\n")
  }
}

extension JSONValue {
  /// The `loss` of each element of a list of epochs.
  fileprivate var arrayLosses: [Double]? {
    guard case .array(let epochs) = self else { return nil }
    return epochs.compactMap { epoch in
      if case .number(let loss)? = epoch["loss"] { return loss }
      return nil
    }
  }
}
