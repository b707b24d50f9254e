import Foundation
import Testing
import UnrollKit

@testable import UnrollCLI

/// Where the fixture lessons are, and the engine's own values for the tiny one.
enum LessonFixture {
  /// Tests/UnrollCLITests/LessonFixtures/good: one lesson, 01-tiny-rnn.md.
  static let good =
    URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("LessonFixtures/good").path

  /// The repository's lessons/ folder.
  static let repositoryLessons =
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("lessons").path

  /// The trace 01-tiny-rnn.md records: rnn, seed 3, hidden 4, 2 steps.
  static func tinyTrace() throws -> Trace {
    var options = ModelOptions()
    options.seed = 3
    options.hiddenSize = 4
    options.steps = 2
    return try options.setup().trace()
  }

  /// An environment with the fixtures as the lessons and `state` as XDG_STATE_HOME.
  static func environment(state: String, lessons: String = good) -> [String: String] {
    [
      "UNROLL_LESSONS": lessons, "XDG_STATE_HOME": state, "HOME": "/nonexistent-home",
      "NO_COLOR": "1",
    ]
  }
}

/// `unroll lesson` straight through and on a (pretend) terminal, with scripted input.
@Suite struct LessonRunnerTests {
  @Test func theTranscriptShowsEveryBlockRunAndTheEngineAnswers() throws {
    let state = try TemporaryFolder()
    defer { state.remove() }
    let result = unroll(
      ["lesson", "1"], environment: LessonFixture.environment(state: state.path))
    #expect(result.code == 0)
    #expect(result.err == "")
    let trace = try LessonFixture.tinyTrace()
    let h2 = try #require(trace.value("h_t", t: 2))
    let norm = h2.scalars.reduce(0) { $0 + $1 * $1 }.squareRoot()
    let meanabs = { (m: Matrix) in m.scalars.reduce(0) { $0 + abs($1) } / Double(m.count) }
    let wxh = try #require(trace.parameters["Wxh"])
    let whh = try #require(trace.parameters["Whh"])
    let bigger = meanabs(wxh) > meanabs(whh) ? "Wxh" : "Whh"
    let out = result.out
    #expect(out.hasPrefix("Lesson 1 · A tiny RNN, two timesteps\n"))
    #expect(out.contains("── Step 1/4 · Where the lesson starts ──"))
    #expect(
      out.contains("(unroll) where\nforward, t = 1 of 2, operation 1 of 1 (h_t), stop 1 of 20\n"))
    #expect(out.contains("Exercise · What shape does `Whh` have?\nAnswer: (4, 4)\n"))
    #expect(out.contains("── forward · t = 2 of 2 · operation 1 of 1 · h_t ──"))
    #expect(out.contains("Answer: " + String(format: "%.4f", h2.scalars[0]) + "\n"))
    #expect(out.contains("Answer: " + String(format: "%.4f", norm) + "\n"))
    #expect(out.contains("── output · operation 1 of 3 · y_pred ──"))
    let loss = try #require(trace.loss)
    #expect(out.contains("  loss (output)\n  value   [[" + String(format: "%.4f", loss) + "]]"))
    #expect(out.contains("Answer: \(bigger)\n"))
    #expect(
      out.contains(
        "(meanabs: Wxh \(String(format: "%.4f", meanabs(wxh))), Whh "
          + "\(String(format: "%.4f", meanabs(whh))))"))
    #expect(out.hasSuffix("End of lesson 1.\n"))
    // Prose: the title underlined, bold markers gone without colour, list items kept.
    #expect(out.contains("A tiny RNN, two timesteps\n═════════════════════════\n"))
    #expect(out.contains("an RNN with 4 hidden units over 2 timesteps"))
    #expect(out.contains("- how to move with `next` and `goto`;\n"))
    // A transcript saves no progress.
    #expect(try state.contents().isEmpty)
  }

  @Test func theSlugFindsTheLessonToo() throws {
    let state = try TemporaryFolder()
    defer { state.remove() }
    let env = LessonFixture.environment(state: state.path)
    let byNumber = unroll(["lesson", "01"], environment: env)
    #expect(unroll(["lesson", "tiny-rnn"], environment: env).out == byNumber.out)
    #expect(unroll(["lesson", "01-tiny-rnn"], environment: env).out == byNumber.out)
  }

  /// The interactive run: wrong answers, hints, the reveal, a REPL command at a pause,
  /// quit, and a resume that rebuilds the position.
  @Test func onATerminalItPausesAsksAndResumesAtTheRightPlace() throws {
    let state = try TemporaryFolder()
    defer { state.remove() }
    let env = LessonFixture.environment(state: state.path)
    let trace = try LessonFixture.tinyTrace()
    let h2 = try #require(trace.value("h_t", t: 2))
    let first = unroll(
      ["lesson", "1"],
      input: [
        // Step 1: a wrong answer, a hint on request, a blank, two more wrong: revealed.
        "3, 3", ":hint", "5x5", "", "7 by 7",
        "print h_t", "next", "help", ":what", "",  // the pause: REPL commands, then Enter
        "words", String(format: "%.5f", h2.scalars[0] + 2e-4),  // step 2: not a number, then right
        ":hint", ":hint", ":hint", ":hint", ":show",  // the norm: three hints in order, then shown
        ":quit",
      ], environment: env, isTTY: true)
    #expect(first.code == 0)
    #expect(first.err == "")
    let out = first.out
    let words = LessonDisplay(style: .plain, width: 80).wrap(Catalogue.text("pause.words", in: .en))
    // A wrong answer offers a hint but does not give it; :hint gives the next one.
    #expect(out.contains("answer › Not quite. Try again; :hint for a hint (3 left).\n"))
    #expect(
      out.contains(
        "answer › Hint 1 of 3, the idea: `Whh` maps the previous hidden state to the next "
          + "one.\n"))
    #expect(out.contains("answer › Not quite. Try again; :hint for a hint (2 left).\n"))
    #expect(!out.contains("the formula: `Whh · h_{t-1}`"))
    #expect(out.contains("answer › Type an answer, :hint, or :show.\n"))
    #expect(out.contains("answer › Not quite. The answer is (4, 4).\n"))
    // At the pause, print is at the lesson's position (t = 1), and the move is undone.
    #expect(out.contains("lesson 1 · step 1/4 ›   h_t at t = 1 (forward)\n"))
    #expect(out.contains("(The lesson goes on from its own position.)\n"))
    #expect(
      out.contains(
        "\n" + words + "\nlesson 1 · step 1/4 › " + words))
    #expect(out.contains("(unroll) next\n── forward · t = 2 of 2 · operation 1 of 1 · h_t ──"))
    #expect(
      out.contains(
        "answer › Type a number, such as -0.12, 0,12, 1e-3 or an expression: "
          + "1/(1+exp(-0.136)).\n"))
    #expect(out.contains("answer › ✓ Right: " + String(format: "%.4f", h2.scalars[0]) + ".\n"))
    // Graded hints come idea, formula, numbers, whatever order the file wrote them in.
    let idea = try #require(out.range(of: "Hint 1 of 3, the idea: The norm is the column's"))
    let formula = try #require(out.range(of: "Hint 2 of 3, the formula: ‖h‖ = √(Σ h_i²)."))
    let numbers = try #require(out.range(of: "Hint 3 of 3, the numbers: `norms h_t` prints it."))
    #expect(idea.lowerBound < formula.lowerBound && formula.lowerBound < numbers.lowerBound)
    #expect(out.contains("answer › No more hints; :show shows the answer.\n"))
    // Quit at the pause after step 2: step 2 is done, so it is step 3 that comes next.
    #expect(out.contains("lesson 1 · step 2/4 › \nSaved at step 3 of 4."))
    let saved = try FileIO.readText(state.path + "/unroll/progress.json")
    #expect(saved.contains("\"01-tiny-rnn\": {\"step\": 3, \"steps\": 4, \"done\": false}"))

    // Resume at step 3: its `step` starts where step 2's `next` left.
    let second = unroll(
      ["lesson", "1"], input: [":show", ":quit"], environment: env, isTTY: true)
    #expect(second.code == 0)
    #expect(
      second.out.contains("Resuming at step 3 of 4. `unroll lesson 1 --restart` starts over."))
    #expect(!second.out.contains("── Step 2/4"))
    #expect(second.out.contains("(unroll) step\n── output · operation 1 of 3 · y_pred ──"))
    #expect(second.out.contains("Saved at step 4 of 4."))
    #expect(unroll(["lessons"], environment: env).out.contains("step 4/4"))

    // Quitting at the last step's pause finishes the lesson; the list marks it done;
    // --restart starts at step 1.
    let third = unroll(["lesson", "1"], input: [":quit"], environment: env, isTTY: true)
    #expect(third.out.contains("✓ Lesson 1 done. `unroll lessons` shows them all."))
    let list = unroll(["lessons"], environment: env)
    #expect(list.out.contains("  01  A tiny RNN, two timesteps  3 min   ✓ done\n"))
    let revisit = unroll(["lesson", "1"], input: [], environment: env, isTTY: true)
    #expect(revisit.out.contains("You finished this lesson before; here it is again from step 1."))
    #expect(revisit.out.contains("── Step 1/4"))
    #expect(unroll(["lessons"], environment: env).out.contains("✓ done"))
    let again = unroll(["lesson", "1", "--restart"], input: [], environment: env, isTTY: true)
    #expect(again.out.contains("── Step 1/4"))
    #expect(!again.out.contains("Resuming"))
  }

  @Test func backShowsThePreviousStepFromItsOwnPosition() throws {
    let state = try TemporaryFolder()
    defer { state.remove() }
    let result = unroll(
      ["lesson", "1"], input: [":back", ":show", ":back", "", ":show", ":show", ":back", ""],
      environment: LessonFixture.environment(state: state.path), isTTY: true)
    let out = result.out
    #expect(out.contains("answer › This is the first step.\n"))
    #expect(out.contains("lesson 1 · step 1/4 › This is the first step.\n"))
    // Step 1 shown again after :back from step 2: its exercise answered, not asked again.
    let shownAgain = out.components(separatedBy: "── Step 1/4").count - 1
    #expect(shownAgain == 2)
    #expect(out.contains("Exercise · What shape does `Whh` have?\nAnswer: (4, 4)\n"))
    // Step 2's `next` runs from step 1's position again: t = 2, not past the forward pass.
    #expect(out.components(separatedBy: "(unroll) next\n── forward · t = 2 of 2").count - 1 == 2)
  }

  @Test func backAtAnExerciseShowsThePreviousStepAndAsksAgainAfter() throws {
    let state = try TemporaryFolder()
    defer { state.remove() }
    let result = unroll(
      ["lesson", "1"], input: [":show", "", ":back", "", ":show", ":show", ":quit"],
      environment: LessonFixture.environment(state: state.path), isTTY: true)
    let out = result.out
    #expect(result.code == 0)
    #expect(out.components(separatedBy: "── Step 1/4").count - 1 == 2)
    #expect(out.components(separatedBy: "── Step 2/4").count - 1 == 2)
    // Step 2 runs again from step 1's position, and its exercise is asked again.
    #expect(out.components(separatedBy: "(unroll) next\n── forward · t = 2 of 2").count - 1 == 2)
    #expect(out.components(separatedBy: "Exercise · What is the first entry").count - 1 == 2)
    #expect(out.contains("Saved at step 3 of 4."))
  }

  /// The runner's own lines (the first exercise's advice, the words at a pause and at an
  /// exercise) are wrapped to an 80-column terminal like the prose.
  @Test func theRunnersOwnWordsFitEightyColumns() throws {
    let state = try TemporaryFolder()
    defer { state.remove() }
    let result = unroll(
      ["lesson", "1"], input: [":what", ":show", ":what", "help", ":quit"],
      environment: LessonFixture.environment(state: state.path), isTTY: true, terminalWidth: 80)
    #expect(result.out.contains("Type your answer; :hint for a hint (ask again for the next),"))
    // The captured output has no echo of the learner's Enter: what follows a prompt starts
    // a line of its own on a terminal.
    let prompts = ["answer › ", "lesson 1 · step 1/4 › "]
    for line in result.out.split(separator: "\n") where !line.hasPrefix("── Step") {
      var text = String(line)
      for prompt in prompts where text.hasPrefix(prompt) { text.removeFirst(prompt.count) }
      #expect(text.count <= 80, "\(text.count) columns: \(text)")
    }
  }

  @Test func backBeforeTheStepResumedAtRebuildsThatStepsPosition() throws {
    let state = try TemporaryFolder()
    defer { state.remove() }
    let folder = state.path + "/unroll"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    var progress = LessonProgress()
    progress.lessons["01-tiny-rnn"] = LessonProgress.Entry(step: 3, steps: 4, isDone: false)
    try FileIO.writeAtomically(progress.json, to: folder + "/progress.json")
    let result = unroll(
      ["lesson", "1"], input: [":show", ":back", ":show", ":show", ""],
      environment: LessonFixture.environment(state: state.path), isTTY: true)
    let out = result.out
    #expect(out.contains("Resuming at step 3 of 4."))
    #expect(out.contains("── Step 2/4"))
    // Step 2's `next` from step 2's own start: to t = 2, as on the first run.
    #expect(out.contains("(unroll) next\n── forward · t = 2 of 2 · operation 1 of 1 · h_t ──"))
    // And step 3 after it starts from there again.
    #expect(
      out.components(separatedBy: "(unroll) step\n── output · operation 1 of 3").count - 1 == 2)
  }
}
