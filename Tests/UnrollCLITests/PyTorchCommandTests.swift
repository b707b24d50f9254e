import Foundation
import Testing
import UnrollKit

@testable import UnrollCLI

/// PyTorch-layout weights files end to end: `trace --weights` on PyTorch's own export,
/// `--layout` on trace and compare, `convert` both ways, and bad files named by key.
@Suite struct PyTorchCommandTests {
  /// The path of a fixture made by scripts/reference/make-pytorch-fixtures.py.
  static func fixture(_ name: String) -> String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("UnrollKitTests/Fixtures/pytorch/\(name)").path
  }

  /// The JSON object `text` holds.
  static func object(_ text: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  /// A value that is a number or a list, flattened: `[[1, 2], [3]]` gives [1, 2, 3].
  static func numbers(_ value: Any?) -> [Double] {
    if let number = value as? Double { return [number] }
    return (value as? [Any])?.flatMap { numbers($0) } ?? []
  }

  static func close(_ a: [Double], _ b: [Double]) -> Bool {
    a.count == b.count && zip(a, b).allSatisfy { abs($0 - $1) <= 1e-9 * max(1, abs($1)) }
  }

  @Test(arguments: ["rnn", "lstm", "gru"])
  func traceOfPyTorchsExportGivesPyTorchsNumbers(_ name: String) throws {
    let result = unroll("trace", "--weights", Self.fixture("\(name).json"), "--format", "json")
    #expect(result.code == 0)
    #expect(result.err == "")
    let trace = try Self.object(result.out)
    let expected = try Self.object(
      try String(contentsOfFile: Self.fixture("\(name)-expected.json"), encoding: .utf8))
    #expect(trace["layout"] as? String == "pytorch")
    #expect(trace["params"] == nil)
    let mapping = try #require(trace["mapping"] as? [String])
    #expect(mapping.contains("Why = fc.weight, by = fc.bias"))
    for key in ["y_pred", "p", "loss"] {
      #expect(Self.close(Self.numbers(trace[key]), Self.numbers(expected[key])), "\(key)")
    }
    let grads = try #require(trace["grads"] as? [String: Any])
    let pytorchGrads = try #require(expected["grads"] as? [String: Any])
    #expect(Set(grads.keys) == Set(PyTorchLayout.keys))
    for key in PyTorchLayout.keys {
      #expect(Self.close(Self.numbers(grads[key]), Self.numbers(pytorchGrads[key])), "d\(key)")
    }
    // Biases stay 1-D, as PyTorch writes them.
    #expect(grads["fc.bias"] is [Double])
    // The hidden states, step by step.
    let records = try #require(trace["records"] as? [[String: Any]])
    let h = records.filter { $0["name"] as? String == "h_t" && $0["phase"] as? String == "forward" }
    let pytorchH = try #require(expected["h"] as? [[Double]])
    #expect(h.count == pytorchH.count)
    for (record, row) in zip(h, pytorchH) {
      #expect(Self.close(Self.numbers(record["value"]), row))
    }
  }

  @Test func layoutDocumentShowsTheNotesNamesAndStatesTheMapping() throws {
    let path = Self.fixture("lstm.json")
    let json = try Self.object(
      unroll("trace", "--weights", path, "--format", "json", "--layout", "document").out)
    #expect(json["layout"] == nil)
    let params = try #require(json["params"] as? [String: Any])
    #expect(Set(params.keys) == ["Wf", "Wi", "WC", "Wo", "bf", "bi", "bC", "bo", "Why", "by"])
    let mapping = try #require(json["mapping"] as? [String])
    #expect(mapping.first == "the file's state_dict, read in the notes' terms:")
    #expect(
      mapping.contains(
        "WC = [rnn.weight_hh_l0[6:9] | rnn.weight_ih_l0[6:9]], "
          + "bC = rnn.bias_ih_l0[6:9] + rnn.bias_hh_l0[6:9]"))
    let text = unroll("trace", "--weights", path).out
    #expect(text.contains("layout pytorch: the file's state_dict in the notes' terms"))
    #expect(text.contains("  drnn.bias_hh_l0  (12,)  ∂L/∂rnn.bias_hh_l0\n"))
    // The note, wrapped to 80 columns at its spaces: the same words.
    let note = text.split(separator: "\n").drop { !$0.hasPrefix("  ∂L/∂bias_ih") }.prefix(2)
      .map { $0.split(separator: " ").joined(separator: " ") }.joined(separator: " ")
    #expect(note == PyTorchLayout.biasGradientNote)
  }

  @Test func markdownStatesTheMappingAndShowsPyTorchsShapes() {
    let md = unroll("trace", "--weights", Self.fixture("lstm.json"), "--format", "md").out
    #expect(md.contains("## Layout: pytorch\n"))
    #expect(md.contains("- `Why = fc.weight, by = fc.bias`\n"))
    #expect(md.contains("| `rnn.bias_hh_l0` | (12,) |"))
    #expect(md.contains("| `drnn.weight_hh_l0` | (12, 3) |"))
    let document = unroll(
      "trace", "--weights", Self.fixture("lstm.json"), "--format", "md", "--layout", "document"
    ).out
    #expect(document.contains("## Layout: document\n"))
    #expect(document.contains("| `bC` | (3, 1) |"))
  }

  /// A seeded run shown in PyTorch's layout reads back as a weights file, to the same loss.
  @Test func pytorchTraceJSONReadsBackAsAWeightsFile() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let first = unroll(
      "trace", "--model", "lstm", "--input-size", "2", "--hidden-size", "3", "--seed", "4",
      "--layout", "pytorch", "--format", "json", "-o", folder.file("t.json"))
    #expect(first.code == 0)
    let written = try String(contentsOfFile: folder.file("t.json"), encoding: .utf8)
    let json = try Self.object(written)
    #expect(json["layout"] as? String == "pytorch")
    let mapping = try #require(json["mapping"] as? [String])
    #expect(mapping.contains(PyTorchLayout.biasSplitNote))
    let stateDict = try #require(json["state_dict"] as? [String: Any])
    #expect(Self.numbers(stateDict["rnn.bias_hh_l0"]).allSatisfy { $0 == 0 })
    let again = try Self.object(
      unroll("trace", "--weights", folder.file("t.json"), "--format", "json").out)
    #expect(again["loss"] as? Double == json["loss"] as? Double)
    #expect(Self.numbers(again["state_dict"]) == Self.numbers(json["state_dict"]))
    #expect(Self.numbers(again["grads"]) == Self.numbers(json["grads"]))
  }

  /// PyTorch's batch_first x (1, steps, input) and a (1, 1) label read as steps × input
  /// and a number.
  @Test func aBatchOfOneAndANestedLabelAreAccepted() throws {
    let text = try String(contentsOfFile: Self.fixture("rnn.json"), encoding: .utf8)
    var json = try Self.object(text)
    json["x"] = [try #require(json["x"])]
    json["y"] = [[json["y"]]]
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let data = try JSONSerialization.data(withJSONObject: json)
    let path = try folder.write("batch.json", String(decoding: data, as: UTF8.self))
    let batch = unroll("trace", "--weights", path, "--format", "json")
    #expect(batch.code == 0, "\(batch.err)")
    let plain = unroll("trace", "--weights", Self.fixture("rnn.json"), "--format", "json")
    #expect(
      try Self.object(batch.out)["loss"] as? Double == Self.object(plain.out)["loss"] as? Double)
  }

  static let rnnStateDict = """
    "rnn.weight_ih_l0": [[0.5], [-0.25]], "rnn.weight_hh_l0": [[0.1, 0.2], [0.3, 0.4]],
    "rnn.bias_ih_l0": [0.0, 0.1], "rnn.bias_hh_l0": [0.05, -0.05],
    "fc.weight": [[1.0, -1.0]], "fc.bias": [0.2]
    """

  static let badFiles: [(text: String, problem: String)] = [
    (
      "{\"model\": \"rnn\", \"layout\": \"pytorch\", \"state_dict\": {\(rnnStateDict), "
        + "\"rnn.weight_ih_l1\": [[1]]}}",
      "unknown state_dict key rnn.weight_ih_l1 (the PyTorch note's model has rnn.weight_ih_l0, "
        + "rnn.weight_hh_l0, rnn.bias_ih_l0, rnn.bias_hh_l0, fc.weight, fc.bias)"
    ),
    (
      "{\"model\": \"rnn\", \"layout\": \"pytorch\", \"state_dict\": {"
        + rnnStateDict.replacingOccurrences(of: ", \"fc.bias\": [0.2]", with: "") + "}}",
      "state_dict key fc.bias is missing (the PyTorch note's model has rnn.weight_ih_l0, "
        + "rnn.weight_hh_l0, rnn.bias_ih_l0, rnn.bias_hh_l0, fc.weight, fc.bias)"
    ),
    (
      "{\"model\": \"rnn\", \"layout\": \"pytorch\", \"state_dict\": {"
        + rnnStateDict.replacingOccurrences(
          of: "\"rnn.bias_hh_l0\": [0.05, -0.05]", with: "\"rnn.bias_hh_l0\": [0.05]") + "}}",
      "state_dict key rnn.bias_hh_l0 has shape (1,), expected (2,)"
    ),
    (
      "{\"model\": \"lstm\", \"layout\": \"pytorch\", \"state_dict\": {\(rnnStateDict)}}",
      "state_dict key rnn.weight_ih_l0 has shape (2, 1), expected (8, 1)"
    ),
    (
      "{\"model\": \"rnn\", \"layout\": \"pytorch\", \"state_dict\": {"
        + rnnStateDict.replacingOccurrences(of: "[0.0, 0.1]", with: "[[0.0], [0.1]]") + "}}",
      "rnn.bias_ih_l0 must be a list of numbers such as [0.1, 0.2] (a bias is 1-D in PyTorch), "
        + "found a list at [0]"
    ),
    (
      "{\"model\": \"rnn\", \"layout\": \"pytorch\", \"state_dict\": {\(rnnStateDict)}, "
        + "\"x\": [[[1.0]], [[2.0]]]}",
      "x holds a batch of 2 sequences; Unroll runs one (write x[0].tolist())"
    ),
    (
      "{\"model\": \"rnn\", \"layout\": \"pytorch\", \"params\": {}}",
      "params is the notes' layout; a file with \"layout\": \"pytorch\" holds state_dict"
    ),
    (
      "{\"model\": \"rnn\", \"state_dict\": {\(rnnStateDict)}}",
      "state_dict is read only with \"layout\": \"pytorch\" (this file's layout is document)"
    ),
    ("{\"layout\": \"keras\"}", "layout must be \"document\" or \"pytorch\", found \"keras\""),
  ]

  @Test(arguments: 0..<badFiles.count)
  func aBadPyTorchFileIsOneLineNamingTheKey(_ index: Int) throws {
    let (text, problem) = Self.badFiles[index]
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = try folder.write("w.json", text)
    for command in [["trace"], ["convert", "--to", "document"]] {
      let arguments = command == ["trace"] ? ["trace", "--weights", path] : command + [path]
      let result = unroll(arguments)
      #expect(result.code == 1, "\(arguments)")
      #expect(result.err == "unroll: \(path): \(problem)\n")
      #expect(result.out == "")
    }
  }

  /// The model word may be left out: weight_hh_l0's rows say which cell it is.
  @Test func theCellIsReadFromTheShapesWhenTheFileDoesNotSay() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = try folder.write(
      "w.json", "{\"layout\": \"pytorch\", \"state_dict\": {\(Self.rnnStateDict)}, \"x\": [[1]]}")
    let result = unroll("trace", "--weights", path)
    #expect(result.code == 0)
    #expect(result.out.hasPrefix("rnn trace: input 1, hidden 2, steps 1, bptt correct"))
  }

  // MARK: convert

  @Test(arguments: ["rnn", "lstm", "gru"])
  func convertRoundTripsAndComputesTheSame(_ name: String) throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let (doc, pt, doc2) = (
      folder.file("doc.json"), folder.file("pt.json"), folder.file("doc2.json")
    )
    let toDocument = unroll("convert", "--to", "document", Self.fixture("\(name).json"), "-o", doc)
    #expect(toDocument.code == 0)
    #expect(
      toDocument.err == "wrote \(doc): \(name) in document layout; \(PyTorchLayout.biasSumNote)\n"
    )
    let toPyTorch = unroll("convert", "--to", "pytorch", doc, "-o", pt)
    #expect(
      toPyTorch.err == "wrote \(pt): \(name) in pytorch layout; \(PyTorchLayout.biasSplitNote)\n")
    #expect(unroll("convert", "--to", "document", pt, "-o", doc2).code == 0)
    // Notes' layout → PyTorch's → notes': the same file, bit for bit.
    #expect(
      try String(contentsOfFile: doc, encoding: .utf8)
        == String(contentsOfFile: doc2, encoding: .utf8))
    // All three compute the same loss as PyTorch's own file.
    let losses = try [Self.fixture("\(name).json"), doc, pt].map { path in
      try Self.object(unroll("trace", "--weights", path, "--format", "json").out)["loss"] as? Double
    }
    #expect(Set(losses).count == 1)
    let converted = try Self.object(try String(contentsOfFile: pt, encoding: .utf8))
    #expect(converted["layout"] as? String == "pytorch")
    #expect(converted["x"] != nil && converted["y"] != nil)
  }

  @Test func convertWritesToStdoutAndRefusesToOverwrite() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let out = unroll("convert", "--to", "pytorch", Self.fixture("rnn.json"))
    #expect(out.code == 0)
    #expect(
      out.out.hasPrefix(
        "{\n  \"model\": \"rnn\",\n  \"layout\": \"pytorch\",\n  \"state_dict\": {\n"))
    #expect(out.err == "unroll: rnn in pytorch layout\n")
    let path = try folder.write("taken.json", "keep me")
    let refused = unroll("convert", "--to", "pytorch", Self.fixture("rnn.json"), "-o", path)
    #expect(refused.code == 1)
    #expect(refused.err == "unroll: cannot write \(path): it exists; add --force to replace it\n")
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "keep me")
    let forced = unroll(
      "convert", "--to", "pytorch", Self.fixture("rnn.json"), "-o", path, "--force")
    #expect(forced.code == 0)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == out.out)
  }

  @Test func convertUsageErrorsExitTwo() {
    for (arguments, message) in [
      (["convert", "w.json"], "convert needs --to document or --to pytorch"),
      (
        ["convert", "--to", "torch", "w.json"],
        "--to must be document or pytorch, got torch; did you mean pytorch?"
      ),
      (
        ["convert", "--to", "pytorch"],
        "convert needs a weights file, as in `unroll convert --to pytorch FILE`"
      ),
      (
        ["convert", "--to", "pytorch", "a.json", "b.json"],
        "convert takes one file, got a.json b.json"
      ),
    ] {
      let result = unroll(arguments)
      #expect(result.code == 2, "\(arguments)")
      #expect(result.err == "unroll: \(message)\n")
    }
  }

  // MARK: gradcheck

  /// Nudging state_dict entries: both biases pass with the summed bias's gradient.
  @Test(arguments: ["rnn", "lstm", "gru"])
  func gradcheckInPyTorchLayoutPasses(_ name: String) {
    let result = unroll("gradcheck", "--weights", Self.fixture("\(name).json"))
    #expect(result.code == 0)
    #expect(result.err == "")
    // The rows, indented or not (a table too wide for 80 columns closes up).
    let rows = result.out.split(separator: "\n").map { $0.drop { $0 == " " } }.filter {
      $0.hasPrefix("rnn.") || $0.hasPrefix("fc.")
    }
    #expect(rows.map { String($0.split(separator: " ")[0]) } == PyTorchLayout.keys)
    #expect(rows.allSatisfy { $0.hasSuffix("pass") })
    let stacked = ["rnn": "(3,)", "lstm": "(12,)", "gru": "(9,)"][name] ?? ""
    let rows12 = rows.filter { $0.contains(stacked) }
    #expect(rows12.count == 2)
    #expect(result.out.hasSuffix("all 6 parameters pass\n"))
  }

  /// The state_dict keys make the table 88 columns with two spaces between columns: it
  /// then closes up to fit 80, for every cell at its default sizes.
  @Test(arguments: ["rnn", "lstm", "gru"])
  func gradcheckInPyTorchLayoutFitsEightyColumns(_ name: String) {
    let result = unroll("gradcheck", "--model", name, "--layout", "pytorch")
    #expect(result.code == 0)
    let lines = result.out.split(separator: "\n")
    #expect(lines.allSatisfy { $0.count <= 80 }, "\(result.out)")
    #expect(
      lines.contains { $0.hasPrefix("rnn.weight_ih_l0 ") || $0.hasPrefix("  rnn.weight_ih_l0 ") })
    // A 1-D tensor's worst entry has one index, as its shape has one length.
    let bias = lines.first { $0.hasPrefix("rnn.bias_ih_l0 ") }.map { $0.split(separator: " ") }
    #expect(bias?[1].hasSuffix(",)") == true)
    #expect(bias?[4].hasPrefix("[") == true && bias?[4].hasSuffix("]") == true, "\(bias ?? [])")
    let matrix = lines.first { $0.hasPrefix("rnn.weight_hh_l0 ") }.map { $0.split(separator: " ") }
    #expect(matrix?[5].hasPrefix("[") == true && matrix?[6].hasSuffix("]") == true)
  }

  @Test func indexTextHasOneIndexForAVectorKey() {
    #expect(PyTorchLayout.indexText("rnn.bias_ih_l0", Shape(4, 1), row: 2, col: 0) == "[2]")
    #expect(PyTorchLayout.indexText("fc.bias", Shape(1, 1), row: 0, col: 0) == "[0]")
    #expect(PyTorchLayout.indexText("fc.weight", Shape(1, 4), row: 0, col: 3) == "[0, 3]")
    #expect(PyTorchLayout.indexText("bh", Shape(4, 1), row: 2, col: 0) == "[2, 0]")
  }

  // MARK: compare

  @Test func compareInPyTorchLayoutNamesTheStateDictKeys() throws {
    let result = unroll("compare", "--weights", Self.fixture("rnn.json"), "--format", "json")
    #expect(result.code == 0)
    let json = try Self.object(result.out)
    let gradients = try #require(json["gradients"] as? [[String: Any]])
    #expect(gradients.compactMap { $0["name"] as? String } == PyTorchLayout.keys)
    // Both biases carry bh's gradient, so their metrics agree.
    #expect(gradients[2]["correctNorm"] as? Double == gradients[3]["correctNorm"] as? Double)
    let document = unroll(
      "compare", "--weights", Self.fixture("rnn.json"), "--layout", "document", "--format", "json")
    let names = try #require(try Self.object(document.out)["gradients"] as? [[String: Any]])
    #expect(names.compactMap { $0["name"] as? String } == ["Wxh", "Whh", "Why", "bh", "by"])
    let text = unroll("compare", "--layout", "pytorch", "--hidden-size", "3").out
    #expect(text.contains("  rnn.bias_hh_l0 "))
    #expect(text.contains("  the notes' parameters, shown as the PyTorch note's state_dict:\n"))
  }
}
