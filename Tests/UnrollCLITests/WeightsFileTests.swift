import Foundation
import Testing
import UnrollKit

@testable import UnrollCLI

/// Weights files: a good one runs with exactly its numbers; each bad one is one line on
/// stderr naming the problem, exit 1, nothing on stdout.
@Suite struct WeightsFileTests {
  /// A small RNN (input 1, hidden 2) with x of 3 steps and y = 1.
  static let params = """
    "Wxh": [[0.5], [-0.25]], "Whh": [[0.1, 0.2], [0.3, 0.4]], "Why": [[1.0, -1.0]],
    "bh": [[0.0], [0.1]], "by": [[0.2]]
    """
  static let good = """
    {"model": "rnn", "params": {\(params)},
     "x": [[1.0], [-2.0], [0.5]], "y": 1}
    """

  /// The loss by hand, as the notes' NumPy computes it, for `good`.
  static func lossByHand() -> Double {
    var h = [0.0, 0.0]
    for x in [1.0, -2.0, 0.5] {
      h = [
        Foundation.tanh(0.5 * x + 0.1 * h[0] + 0.2 * h[1] + 0.0),
        Foundation.tanh(-0.25 * x + 0.3 * h[0] + 0.4 * h[1] + 0.1),
      ]
    }
    let z = 1.0 * h[0] - 1.0 * h[1] + 0.2
    let p = 1 / (1 + Foundation.exp(-z))
    return -Foundation.log(p)
  }

  @Test func aGoodFileRunsWithItsOwnNumbers() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = try folder.write("w.json", Self.good)
    let result = unroll("trace", "--weights", path, "--format", "json")
    #expect(result.code == 0)
    #expect(result.err == "")
    let trace = try JSONValue.parse(result.out)
    #expect(
      trace["sizes"]
        == .object([("input", .number(1)), ("hidden", .number(2)), ("steps", .number(3))]))
    #expect(trace["seed"] == .null)  // nothing was drawn
    guard case .number(let loss)? = trace["loss"] else {
      Issue.record("no loss")
      return
    }
    #expect(abs(loss - Self.lossByHand()) <= 1e-15 * loss)
    #expect(
      trace["params"]?["Whh"]
        == .array([.array([.number(0.1), .number(0.2)]), .array([.number(0.3), .number(0.4)])]))
  }

  @Test func theTextListingNamesTheFile() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = try folder.write("w.json", Self.good)
    let result = unroll("trace", "--weights", path)
    #expect(result.code == 0)
    #expect(
      result.out.hasPrefix(
        "rnn trace: input 1, hidden 2, steps 3, bptt correct, weights from \(path)\n"))
    #expect(result.out.contains("\n  y = 1  the label\n"))
  }

  @Test func withoutXTheSeedDrawsItAndStepsComeFromTheFlag() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = try folder.write("w.json", "{\"params\": {\(Self.params)}}")
    let setup = try ModelOptions(
      ParsedArguments.parse(
        ["--weights", path, "--steps", "4", "--seed", "7"], options: ModelOptions.options,
        command: "trace")
    ).setup()
    #expect(setup.model.kind == .rnn)
    #expect(setup.model.sizes == Sizes(input: 1, hidden: 2, steps: 4))
    #expect(setup.example == Example.random(setup.model.sizes, seed: 7))
    #expect(setup.seed == 7)
  }

  @Test func withXAndNoYTheLabelIsTheNotesRule() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = try folder.write(
      "w.json", "{\"model\": \"rnn\", \"params\": {\(Self.params)}, \"x\": [[1.0], [-2.0]]}")
    let setup = try ModelOptions(
      ParsedArguments.parse(["--weights", path], options: ModelOptions.options, command: "trace")
    ).setup()
    #expect(setup.example.y == 0)  // 1 − 2 < 0
    #expect(setup.seed == nil)  // nothing was drawn
    #expect(setup.example.steps == 2)
  }

  /// (file text, the problem after "PATH: ", extra flags).
  static let badFiles: [(String, String, [String])] = [
    (
      "{\n  \"model\": \"rnn\",\n  \"params\": {\"Wxh\": [[1, 2],]}\n}",
      "not valid JSON at line 3, column 29: unexpected ], expected a value", []
    ),
    ("", "not valid JSON at line 1, column 1: unexpected end of file, expected a value", []),
    (
      "{\"model\": \"rnn\"} x", "not valid JSON at line 1, column 18: unexpected x after the value",
      []
    ),
    ("[1, 2]", "a weights file is a JSON object with \"model\" and \"params\", found a list", []),
    (
      "{\"model\": \"rnn\", \"comment\": \"mine\", \"params\": {}}",
      "unknown key comment (a weights file has model, layout, params, state_dict, x, y)", []
    ),
    (
      "{\"model\": \"transformer\", \"params\": {}}",
      "model must be \"rnn\", \"lstm\" or \"gru\", found \"transformer\"", []
    ),
    (
      "{\"model\": \"gru\", \"params\": {\"Wr\": [[1, 2], [3, 4]]}}",
      "parameter Wz is missing (a gru has Wr, Wz, Wxn, Whn, br, bz, bxn, bhn, Why, by)", []
    ),
    (
      "{\"params\": {\"Wr\": [[1, 2]], \"Wxh\": [[1]]}}",
      "unknown parameter Wxh (a gru has Wr, Wz, Wxn, Whn, br, bz, bxn, bhn, Why, by)", []
    ),
    (good, "--model gru disagrees with the file, which holds an rnn", ["--model", "gru"]),
    (
      "{\"model\": \"rnn\"}", "\"params\" must be an object of matrices by name, and it is missing",
      []
    ),
    (
      good.replacingOccurrences(of: "\"Whh\": [[0.1, 0.2], [0.3, 0.4]], ", with: ""),
      "parameter Whh is missing (an rnn has Wxh, Whh, Why, bh, by)", []
    ),
    (
      good.replacingOccurrences(of: "\"by\": [[0.2]]", with: "\"by\": [[0.2]], \"Wq\": [[1]]"),
      "unknown parameter Wq (an rnn has Wxh, Whh, Why, bh, by)", []
    ),
    (
      good.replacingOccurrences(of: "[[0.1, 0.2], [0.3, 0.4]]", with: "[[0.1], [0.3]]"),
      "Whh has shape (2, 1), expected (2, 2)", []
    ),
    (
      good.replacingOccurrences(of: "[[1.0, -1.0]]", with: "[[1.0, -1.0, 3.0]]"),
      "Why has shape (1, 3), expected (1, 2)", []
    ),
    (
      good.replacingOccurrences(of: "[[1.0, -1.0]]", with: "[[1.0, 1e999]]"),
      "Why[0][1] is not a finite number", []
    ),
    (
      good.replacingOccurrences(of: "[[1.0, -1.0]]", with: "[[1.0, \"nan\"]]"),
      "Why[0][1] is not a finite number", []
    ),
    (
      good.replacingOccurrences(of: "[[1.0, -1.0]]", with: "[[1.0, true]]"),
      "Why[0][1] must be a number, found a boolean", []
    ),
    (
      good.replacingOccurrences(of: "[[0.0], [0.1]]", with: "[0.0, 0.1]"),
      "bh must be a list of rows such as [[0.1, 0.2]] (a column is [[0.1], [0.2]]), "
        + "found a list of numbers", []
    ),
    (
      good.replacingOccurrences(of: "[[0.1, 0.2], [0.3, 0.4]]", with: "[[0.1, 0.2], [0.3]]"),
      "row 1 of Whh has 1 entries where row 0 has 2", []
    ),
    (
      good.replacingOccurrences(of: "[[0.2]]", with: "[]"),
      "by is empty; it needs at least one row of at least one number", []
    ),
    (
      good.replacingOccurrences(of: "[[1.0], [-2.0], [0.5]]", with: "[[1.0], [-2.0, 3.0]]"),
      "x[1] has 2 entries, expected 1 (the input size of Wxh)", []
    ),
    (good.replacingOccurrences(of: "\"y\": 1", with: "\"y\": 2"), "y must be 0 or 1, found 2", []),
    (
      good.replacingOccurrences(of: "\"y\": 1", with: "\"y\": 0.5"), "y must be 0 or 1, found 0.5",
      []
    ),
    (
      good.replacingOccurrences(of: "\"y\": 1", with: "\"y\": \"1\""),
      "y must be 0 or 1, found \"1\"", []
    ),
    (good, "--model lstm disagrees with the file, which holds an rnn", ["--model", "lstm"]),
    (
      good, "--hidden-size 3 disagrees with the file: Whh gives hidden size 2",
      ["--hidden-size", "3"]
    ),
    (good, "--steps 4 disagrees with the file: x gives steps 3", ["--steps", "4"]),
    (
      "{\"model\": \"rnn\", \"params\": {\(params)}, \"x\": ["
        + Array(repeating: "[0.5]", count: 2001).joined(separator: ", ") + "]}",
      "steps 2001 (from x) is over the limit of 2000", []
    ),
    (
      good.replacingOccurrences(
        of: "[[0.5], [-0.25]]",
        with: "["
          + Array(
            repeating: "["
              + Array(repeating: "0.5", count: 257)
              .joined(separator: ", ") + "]", count: 2
          ).joined(separator: ", ") + "]"),
      "input size 257 (from Wxh) is over the limit of 256", []
    ),
    (
      "{\"model\": \"lstm\", \"params\": {\"Wf\": [[1, 2], [3, 4]]}}",
      "parameter Wi is missing (an lstm has Wf, Wi, WC, Wo, bf, bi, bC, bo, Why, by)", []
    ),
  ]

  @Test(arguments: 0..<badFiles.count)
  func aBadFileIsOneLineExitOne(_ index: Int) throws {
    let (text, problem, flags) = Self.badFiles[index]
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = try folder.write("w.json", text)
    for command in ["trace", "gradcheck"] {
      let result = unroll([command, "--weights", path] + flags)
      #expect(result.code == 1, "\(command) \(problem)")
      #expect(result.err == "unroll: \(path): \(problem)\n")
      #expect(result.out == "")
    }
  }

  @Test func anLSTMGateWithoutInputColumnsSaysWhatItNeeds() throws {
    let gate = "[[1, 2], [3, 4]]"
    let bias = "[[0], [0]]"
    let text = """
      {"model": "lstm", "params": {"Wf": \(gate), "Wi": \(gate), "WC": \(gate), "Wo": \(gate),
       "bf": \(bias), "bi": \(bias), "bC": \(bias), "bo": \(bias), "Why": [[1, 1]], "by": [[0]]}}
      """
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = try folder.write("w.json", text)
    let result = unroll("trace", "--weights", path)
    #expect(result.code == 1)
    #expect(
      result.err
        == "unroll: \(path): Wf has shape (2, 2); a gate weight is (hidden, hidden + input), "
        + "so it needs more than 2 columns\n")
  }

  @Test func weightsDashReadsStdin() throws {
    let piped = unroll(
      ["gradcheck", "--weights", "-"], input: Self.good.components(separatedBy: "\n"))
    #expect(piped.code == 0)
    #expect(piped.err == "")
    #expect(piped.out.hasPrefix("gradient check: rnn, input 1, hidden 2, steps 3\n"))
    let broken = unroll(["trace", "--weights", "-"], input: ["{\"model\": \"rnn\","])
    #expect(broken.code == 1)
    #expect(
      broken.err
        == "unroll: stdin: not valid JSON at line 2, column 1: "
        + "expected a key in double quotes, found end of file\n")
    #expect(broken.out == "")
  }

  @Test func anErrorStaysOnOneLineWhateverTheFileHolds() {
    let result = unroll(["trace", "--weights", "-"], input: ["{\"a\\nb\": 1}"])
    #expect(result.code == 1)
    #expect(
      result.err
        == "unroll: stdin: unknown key a\\nb (a weights file has model, layout, params, state_dict, x, y)\n"
    )
  }

  @Test func aMissingFileOrAFolderIsNamed() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let missing = unroll("trace", "--weights", folder.file("nope.json"))
    #expect(missing.code == 1)
    #expect(missing.err == "unroll: cannot read \(folder.file("nope.json")): no such file\n")
    #expect(missing.out == "")
    let isFolder = unroll("gradcheck", "--weights", folder.path)
    #expect(isFolder.code == 1)
    #expect(isFolder.err == "unroll: cannot read \(folder.path): it is a folder\n")
  }
}

/// GRU weights files: the layout of DESIGN.md with the GRU's names, and `Wr` telling
/// a file without `model` apart.
@Suite struct GRUWeightsFileTests {
  /// A GRU with input 1, hidden 2: every parameter written out, x of 2 steps.
  static let params = """
    "Wr": [[0.1, -0.2, 0.3], [0.0, 0.4, -0.5]], "Wz": [[0.2, 0.1, -0.1], [-0.3, 0.2, 0.6]],
    "Wxn": [[0.7], [-0.4]], "Whn": [[0.5, -0.1], [0.2, 0.3]],
    "br": [[0.1], [0.0]], "bz": [[0.0], [-0.2]], "bxn": [[0.05], [0.0]], "bhn": [[0.3], [-0.1]],
    "Why": [[1.0, -1.0]], "by": [[0.2]]
    """

  /// PyTorch's equations by hand on `params` with x = [0.5, -1.0], y = 1.
  static func lossByHand() -> Double {
    func σ(_ z: Double) -> Double { 1 / (1 + Foundation.exp(-z)) }
    var h = [0.0, 0.0]
    for x in [0.5, -1.0] {
      let r = [σ(0.1 * h[0] - 0.2 * h[1] + 0.3 * x + 0.1), σ(0.4 * h[1] - 0.5 * x)]
      let z = [σ(0.2 * h[0] + 0.1 * h[1] - 0.1 * x), σ(-0.3 * h[0] + 0.2 * h[1] + 0.6 * x - 0.2)]
      let hn = [0.5 * h[0] - 0.1 * h[1] + 0.3, 0.2 * h[0] + 0.3 * h[1] - 0.1]
      let n = [
        Foundation.tanh(0.7 * x + 0.05 + r[0] * hn[0]), Foundation.tanh(-0.4 * x + r[1] * hn[1]),
      ]
      h = [(1 - z[0]) * n[0] + z[0] * h[0], (1 - z[1]) * n[1] + z[1] * h[1]]
    }
    return -Foundation.log(σ(h[0] - h[1] + 0.2))
  }

  @Test(arguments: ["{\"model\": \"gru\", ", "{"])
  func aGRUFileRunsWithItsOwnNumbers(_ opening: String) throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = try folder.write(
      "w.json", opening + "\"params\": {\(Self.params)}, \"x\": [[0.5], [-1.0]], \"y\": 1}")
    let result = unroll("trace", "--weights", path, "--format", "json")
    #expect(result.code == 0)
    #expect(result.err == "")
    let trace = try JSONValue.parse(result.out)
    #expect(trace["model"] == .string("gru"))
    #expect(
      trace["sizes"]
        == .object([("input", .number(1)), ("hidden", .number(2)), ("steps", .number(2))]))
    guard case .number(let loss)? = trace["loss"] else {
      Issue.record("no loss")
      return
    }
    #expect(abs(loss - Self.lossByHand()) <= 1e-14 * loss)
    let check = unroll("gradcheck", "--weights", path)
    #expect(check.code == 0)
    #expect(check.out.hasPrefix("gradient check: gru, input 1, hidden 2, steps 2\n"))
    #expect(check.out.hasSuffix("all 10 parameters pass\n"))
  }

  @Test func aCandidateWeightOfTheWrongShapeIsNamed() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = try folder.write(
      "w.json",
      "{\"params\": {"
        + Self.params.replacingOccurrences(of: "[[0.7], [-0.4]]", with: "[[0.7, 1], [-0.4, 1]]")
        + "}}")
    // Wxn says input 2, so the gates' concat has 2 + 2 columns; Wr has 3.
    let result = unroll("trace", "--weights", path)
    #expect(result.code == 1)
    #expect(result.err == "unroll: \(path): Wr has shape (2, 3), expected (2, 4)\n")
    #expect(result.out == "")
  }
}
