import Foundation
import Testing
import UnrollKit

@testable import UnrollCLI

/// `unroll check` end to end: issue 19's JSON, the text report, `--new`, bad input and
/// the exit codes.
@Suite struct CheckCommandTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("lessons/data/check").path

  static func json(_ result: RunResult) throws -> JSONValue {
    try JSONValue.parse(result.out)
  }

  @Test func theJSONOfTheRepairedNoteHasIssue19sShape() throws {
    let result = unroll("check", Self.folder + "/notes-rnn-repaired.py", "--format", "json")
    #expect(result.code == 1)
    let json = try Self.json(result)
    #expect(json["verdict"] == .string("incorrect"))
    guard case .object(let gradients) = json["gradients"] else {
      Issue.record("gradients is not an object")
      return
    }
    #expect(gradients.map(\.key) == ["Wxh", "Whh", "Why", "bh", "by"])
    for (_, gradient) in gradients {
      #expect(gradient["value"].map { if case .array = $0 { true } else { false } } == true)
      #expect(gradient["rel_err"].map { if case .number = $0 { true } else { false } } == true)
      #expect(gradient["cosine"].map { if case .number = $0 { true } else { false } } == true)
    }
    let departure = try #require(json["first_departure"])
    #expect(departure["line"] == .number(60))
    #expect(departure["t"] == .null)
    #expect(departure["name"] == .string("dWhy"))
    #expect(departure["formula"] == .string("dWhy = dy_pred · h_Tᵀ"))
    #expect(departure["deviation"]?["name"] == .string("output-error"))
    #expect(
      departure["source"]
        == .string(
          "dWhy = np.dot((self.y_pred - y_true) * self.sigmoid_deriv(self.y_pred), self.hs[:, -1:].T)"
        ))
    #expect(departure["learner"] != nil && departure["correct"] != nil)
    #expect(json["error"] == .null)
    guard case .array(let skipped) = json["skipped"] else {
      Issue.record("skipped is not a list")
      return
    }
    #expect(skipped.contains { $0["source"] == .string("X, y = generate_data(num_samples)") })
    #expect(skipped.allSatisfy { if case .number = $0["line"] { true } else { false } })
  }

  @Test func theNoteAsWrittenIsAnErrorAtLine60WithNumPysMessage() throws {
    let result = unroll("check", Self.folder + "/notes-rnn.py", "--format", "json")
    #expect(result.code == 1)
    let json = try Self.json(result)
    #expect(json["verdict"] == .string("error"))
    #expect(json["first_departure"] == .null)
    let error = try #require(json["error"])
    #expect(error["line"] == .number(60))
    #expect(error["t"] == .null)
    #expect(
      error["message"]
        == .string("ValueError: shapes (1,1) and (11,1) not aligned: 1 (dim 1) != 11 (dim 0)"))
    #expect(result.err.contains("notes-rnn.py:60: ValueError: shapes (1,1) and (11,1)"))
  }

  @Test func aSolutionIsCorrectAndExitsZero() {
    for kind in ["rnn", "lstm", "gru"] {
      let result = unroll("check", Self.folder + "/solutions/\(kind).py")
      #expect(result.code == 0, "\(kind): \(result.out) \(result.err)")
      #expect(result.out.contains("verdict: correct"))
      #expect(result.out.contains("rel_err = ‖g − g*‖ / max(‖g‖, ‖g*‖)"))
      // The path alone on the first line, what was run on the second.
      #expect(result.out.hasPrefix("check \(Self.folder)/solutions/\(kind).py\n  class "))
    }
    let other = unroll(
      "check", Self.folder + "/solutions/lstm.py", "--seed", "4", "--hidden-size", "6",
      "--steps", "7", "--format", "json")
    #expect(other.code == 0)
    #expect((try? Self.json(other))?["verdict"] == .string("correct"))
  }

  @Test func theTextShowsTheDepartingLineBetweenItsNeighboursAndBothValues() {
    let result = unroll("check", Self.folder + "/gallery/rnn-final-h.py")
    #expect(result.code == 1)
    #expect(result.out.contains("verdict: incorrect"))
    #expect(result.out.contains("first departure: line "))
    #expect(result.out.contains("  > "))
    #expect(result.out.contains("  yours "))
    #expect(result.out.contains("  correct "))
    #expect(result.out.contains("the notes' deviation final-h"))
  }

  @Test func usageErrorsExitTwo() {
    #expect(unroll("check").code == 2)
    #expect(unroll("check", "a.py", "b.py").code == 2)
    #expect(unroll("check", "a.py", "--format", "xml").code == 2)
    #expect(unroll("check", "--new", "cnn", "a.py").code == 2)
    #expect(unroll("check", "a.py", "--bptt", "document").code == 2)
    #expect(unroll("check", "a.py", "--hidden-size", "0").code == 2)
  }

  @Test func badFilesAreOneClearErrorAndExitOne() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let missing = unroll("check", folder.file("nope.py"))
    #expect(missing.code == 1)
    #expect(missing.err == "unroll: cannot read \(folder.file("nope.py")): no such file\n")

    let binary = folder.file("binary.py")
    try Data([0x69, 0x6d, 0xff, 0xfe, 0x0a]).write(to: URL(fileURLWithPath: binary))
    let notText = unroll("check", binary)
    #expect(notText.code == 1)
    #expect(notText.err.contains("not UTF-8"))
    // With --format json the contract's document still comes, verdict error.
    let notTextJSON = unroll("check", binary, "--format", "json")
    #expect(notTextJSON.code == 1)
    let document = try JSONValue.parse(notTextJSON.out)
    #expect(document["verdict"] == .string("error"))
    #expect(document["first_departure"] == .null)
    #expect(document["error"]?["message"] == .string("cannot read \(binary): it is not UTF-8 text"))
    #expect(document["skipped"] == .array([]))
    // check holds the file to the notes' objective: another loss or truncation is refused.
    for flag in [["--loss", "every-step"], ["--tbptt", "2"], ["--bptt", "document"]] {
      #expect(unroll(["check", binary] + flag).code == 2, "\(flag)")
    }

    let cases: [(String, String, String)] = [
      (
        "syntax.py", "import numpy as np\nclass A:\n    def backward(self, y):\n        x = (1 +\n",
        "SyntaxError"
      ),
      (
        "tabs.py",
        "class A:\n    def forward(self, x):\n\tpass\n    def backward(self, y):\n        pass\n",
        "Error"
      ),
      (
        "attribute.py",
        "class A:\n    def forward(self, x):\n        return self.missing\n"
          + "    def backward(self, y):\n        pass\n",
        "AttributeError: 'A' object has no attribute 'missing'"
      ),
      ("noclass.py", "import numpy as np\nx = 1\n", "defines backward"),
    ]
    for (name, text, expected) in cases {
      let path = try folder.write(name, text)
      let result = unroll("check", path, "--format", "json")
      #expect(result.code == 1, "\(name)")
      let json = try Self.json(result)
      #expect(json["verdict"] == .string("error"), "\(name)")
      guard case .string(let message) = json["error"]?["message"] else {
        Issue.record("\(name): no error message")
        continue
      }
      #expect(message.contains(expected), "\(name): \(message)")
    }
    let syntax = try Self.json(unroll("check", folder.file("syntax.py"), "--format", "json"))
    #expect(syntax["error"]?["line"] != .null)
    #expect(syntax["error"]?["column"] != .null)
  }

  @Test func newWritesATemplateAndReplacesOnlyWithForce() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = folder.file("mine.py")
    let first = unroll("check", "--new", "lstm", path)
    #expect(first.code == 0)
    let written = try String(contentsOfFile: path, encoding: .utf8)
    #expect(written == CheckTemplates.source(for: .lstm))
    #expect(first.err.contains("wrote \(path)"))
    let again = unroll("check", "--new", "gru", path)
    #expect(again.code == 1)
    #expect(again.err.contains("it exists; add --force to replace it"))
    #expect(try String(contentsOfFile: path, encoding: .utf8) == written)
    #expect(unroll("check", "--new", "gru", path, "--force").code == 0)
    #expect(
      try String(contentsOfFile: path, encoding: .utf8) == CheckTemplates.source(for: .gru))
    // The template runs as it is: its first departure is on a TODO line.
    let checked = unroll("check", path)
    #expect(checked.code == 1)
    #expect(checked.out.contains("# TODO"))
  }

  @Test func helpListsTheCommandAndItsFlags() {
    let help = unroll("help", "check")
    #expect(help.code == 0)
    #expect(help.out.contains("--new"))
    #expect(help.out.contains("rel_err"))
    #expect(!help.out.contains("--bptt"))
    #expect(unroll("help").out.contains("check"))
  }
}
