import Foundation
import Testing
import UnrollKit

@testable import UnrollCLI

/// One name for the notes' backward pass: "the notes'" in every output, help and lesson;
/// `document` only as the flag's value.
@Suite struct NotesNameTests {
  /// The old names of the pass, none of which may appear in prose any more.
  static let oldNames = ["documents'", "documents&apos;", "document BPTT", "Document BPTT"]

  /// Every old name in `text`, so that a failure says which.
  static func oldNamesIn(_ text: String) -> [String] {
    oldNames.filter { text.contains($0) }
  }

  @Test func outputsNameThePassTheNotes() throws {
    let runs = [
      unroll("compare", "--hidden-size", "2", "--steps", "3", "--seed", "1"),
      unroll("compare", "--hidden-size", "2", "--steps", "3", "--format", "md"),
      unroll("train", "--compare", "--samples", "4", "--epochs", "1", "--hidden-size", "2"),
      unroll("train", "--bptt", "document", "--samples", "4", "--epochs", "1"),
      unroll("trace", "--bptt", "document", "--hidden-size", "2", "--steps", "2"),
      unroll("trace", "--bptt", "document", "--hidden-size", "2", "--steps", "2", "--format", "md"),
    ]
    for run in runs {
      #expect(run.code == 0)
      #expect(Self.oldNamesIn(run.out + run.err) == [])
    }
    #expect(runs[0].out.contains("== gradients: notes' against correct =="))
    #expect(runs[2].out.contains("notes' BPTT: the loss"))
    #expect(runs[5].out.contains("# Unroll trace: RNN, notes' BPTT"))
    #expect(runs[5].out.contains("The notes' BPTT, t = 2 … 1, one table per timestep."))
  }

  @Test func everyHelpTextNamesThePassTheNotes() {
    var texts = [Unroll.welcome(), Unroll.overview()]
    texts += Command.all.map { Unroll.help(for: $0) }
    for text in texts { #expect(Self.oldNamesIn(text) == []) }
    #expect(Unroll.help(for: .trace).contains("notes' BPTT\" in every output"))
  }

  @Test func theREPLsDiffLabelsTheNotesColumnNotes() throws {
    let model = Model(.rnn, sizes: Sizes(input: 1, hidden: 2, steps: 3))
    var session = try ReplSession(
      model: model, bptt: .document, parameters: model.initialParameters(seed: 0),
      example: .random(model.sizes, seed: 0), seed: 0, writeFile: { _, _ in })
    #expect(session.handle("set bptt document").text == "The backward pass is already the notes'.")
    _ = session.handle("goto backward 3")
    let diff = session.handle("diff").text
    #expect(diff.contains("\n  notes   "))
    #expect(!diff.contains("docs"))
    for command in ReplCommands.all {
      #expect(Self.oldNamesIn(command.summary + command.details) == [])
    }
  }

  @Test func lessonsAndTheREADMENameThePassTheNotes() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    let lessons = root.appendingPathComponent("lessons")
    let names = try FileManager.default.contentsOfDirectory(atPath: lessons.path)
      .filter { $0.hasSuffix(".md") }
    #expect(names.count >= 10)
    for name in names + ["../README.md"] {
      let text = try String(
        contentsOf: lessons.appendingPathComponent(name), encoding: .utf8)
      #expect(Self.oldNamesIn(text) == [], "\(name)")
    }
  }
}
