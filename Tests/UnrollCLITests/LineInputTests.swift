import Foundation
import Testing

@testable import UnrollCLI

/// How lines are read without the editor: piped (echoed after the prompt), a pretend
/// terminal (prompt, then the line), a script; and what Ctrl-C does in a lesson.
@Suite struct LineInputTests {
  @Test func aPipedLineIsWrittenAfterThePrompt() {
    let terminal = Terminal(input: ["where", ""])
    let input = LineInput(terminal: terminal)
    #expect(input.read(prompt: "(unroll) ") == .line("where"))
    #expect(input.read(prompt: "(unroll) ") == .line(""))
    #expect(input.read(prompt: "(unroll) ") == .end)
    #expect(terminal.capturedOutput == "(unroll) where\n(unroll) \n")
  }

  @Test func aPretendTerminalShowsThePromptFirst() {
    let terminal = Terminal(input: ["where"], isTTY: true)
    let input = LineInput(terminal: terminal)
    #expect(input.read(prompt: "> ") == .line("where"))
    #expect(terminal.capturedOutput == "> ")
    #expect(input.read(prompt: "> ") == .end)
    #expect(terminal.capturedOutput == "> > \n")
  }

  /// `unroll repl` piped: each command after the prompt, then its output, a transcript.
  @Test func aPipedReplReadsAsATranscript() {
    let result = unroll(
      ["repl", "--hidden-size", "3", "--steps", "2"], input: ["where", "s", "print h_t", "q"])
    #expect(result.code == 0)
    #expect(
      result.out.contains(
        "\n(unroll) where\nforward, t = 1 of 2, operation 1 of 1 (h_t), stop 1 of 20\n"
          + "rnn (input 1, hidden 3, steps 2), BPTT correct, seed 0\n"
          + "(unroll) s\n── forward · t = 2 of 2"))
    #expect(result.out.contains("\n(unroll) print h_t\n  h_t at t = 2 (forward)\n"))
    #expect(result.out.hasSuffix("(unroll) q\n"))
  }

  /// Ctrl-C at a lesson's prompt: a line with text is dropped; at an empty prompt the
  /// lesson saves and says how to resume.
  @Test func ctrlCInALessonSavesAndSaysHowToResume() throws {
    let state = try TemporaryFolder()
    defer { state.remove() }
    let environment = LessonFixture.environment(state: state.path)
    let terminal = Terminal(environment: environment, isTTY: true)
    let library = try LessonLibrary.find(environment: environment)
    let lesson = try library.load("01-tiny-rnn")
    let runner = try LessonRunner(lesson: lesson, terminal: terminal)
    let input = LineInput(
      script: [
        .line("(4, 4)"), .cancelled("print h"), .line(""),  // step 1, its pause
        .cancelled("0.1"), .cancelled(""),  // step 2's first exercise: leave
      ], write: { terminal.write($0) })
    var saved: [Int] = []
    let code = runner.runInteractive(from: 1, next: nil, input: input) { step, _ in
      saved.append(step)
      return true
    }
    #expect(code == .success)
    #expect(saved == [1, 2, 2])
    let out = terminal.capturedOutput
    #expect(out.contains("lesson 1 · step 1/4 › print h^C\nlesson 1 · step 1/4 › \n"))
    #expect(
      out.contains(
        "answer › 0.1^C\nanswer › ^C\n\nSaved at step 2 of 4. `unroll lesson 1` resumes there;"))
  }
}
