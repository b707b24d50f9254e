import Testing

@testable import UnrollCLI
@testable import UnrollKit

/// `unroll repl` end to end: scripted sessions through the in-memory stdin and stdout,
/// both models and all three backward passes.
@Suite struct ReplCommandTests {
  @Test func verbatimStopsAtTheNotesLineAndDocumentContinues() {
    let result = unroll(
      ["repl", "--bptt", "verbatim"],
      input: ["continue", "continue", "set bptt document", "diff", "q"])
    #expect(result.code == 0)
    #expect(result.err == "")
    #expect(result.out.contains("This recording stops early: dWhy fails."))
    // The notes' sizes: hs is (32, 11), so hs[-1:, :].T is (11, 1).
    #expect(
      result.out.contains(
        "  error   ValueError: shapes (1,1) and (11,1) not aligned:\n          1 (dim 1) != 11 (dim 0)"
      ))
    #expect(result.out.contains("Re-recorded with the notes' backward pass"))
    #expect(result.out.contains("  numpy   dWhy = np.dot((self.y_pred - y_true)"))
    // Piped in: each command is written after the prompt, so the output reads as a
    // transcript (it was not, before the line editor; issue 13).
    #expect(result.out.contains("\n(unroll) set bptt document\n"))
    #expect(result.out.hasSuffix("(unroll) q\n"))
  }

  @Test(arguments: ModelKind.allCases)
  func correctPassPrintsTheRecordedValues(_ kind: ModelKind) throws {
    let result = unroll(
      ["repl", "--model", kind.rawValue, "--steps", "3", "--seed", "7"],
      input: ["goto backward 2", "n", "print dh", "where"])
    #expect(result.code == 0)
    let model = Model(
      kind,
      sizes: Sizes(
        input: Sizes.defaults(for: kind).input, hidden: Sizes.defaults(for: kind).hidden, steps: 3))
    let trace = try Trace(
      model: model, parameters: model.initialParameters(seed: 7),
      example: .random(model.sizes, seed: 7), seed: 7)
    let dh = try #require(trace.value("dh", t: 2))
    // `print dh` shows the recorded value (compared without the line wrapping).
    let printed = try #require(result.out.components(separatedBy: "dh at t = 2 (backward)").last)
    let squeezed = printed.filter { !$0.isWhitespace }
    #expect(squeezed.hasPrefix("value" + dh.formatted(ValueFormat()).filter { !$0.isWhitespace }))
    #expect(result.out.contains("backward, t = 2 of 3"))
  }

  @Test func theDocumentsPassIsAUsageErrorForTheLSTM() {
    let result = unroll(["repl", "--model", "lstm", "--bptt", "document"])
    #expect(result.code == 2)
    #expect(
      result.err
        == "unroll: --bptt document exists for the RNN only: the notes give the LSTM no "
        + "backward pass (use --bptt correct)\n")
  }
}

/// The verbatim stop also names the note's second broken line, the loop's `dWhh`, which
/// the verbatim recording never reaches: the engine's repaired head, then its printed loop.
@Suite struct ReplSecondBrokenLineTests {
  @Test func verbatimStopNamesTheLoopsBrokenLineWithNumPysMessage() {
    let result = unroll(["repl", "--bptt", "verbatim"], input: ["continue", "continue"])
    #expect(result.code == 0)
    #expect(
      result.out.contains(
        """
          The recording stops here: this line raises, so nothing after it runs.
          It is not the only broken line: with this one repaired, the loop starts
          and stops at its first step (t = 10) on dWhh:
          numpy   dWhh += np.dot(dh_raw, self.hs[:, t:t+2].T[:, 0:1])
          error   ValueError: shapes (32,1) and (2,1) not aligned:
                  1 (dim 1) != 2 (dim 0)
          shapes  left (32, 1), right (2, 1):
                  the inner sizes 1 and 2 must be equal for np.dot
          notes   hs[:, t:t+2].T[:, 0:1] is (2, 1), the first unit at two steps, not
                  h_{t-1}ᵀ
          `set bptt document` re-records
        """))
  }

  @Test func theSecondLineFollowsTheSizes() {
    let result = unroll(
      ["repl", "--bptt", "verbatim", "--hidden-size", "3", "--steps", "4"],
      input: ["continue", "continue"])
    #expect(result.out.contains("and stops at its first step (t = 4) on dWhh:"))
    #expect(result.out.contains("ValueError: shapes (3,1) and (2,1) not aligned"))
  }

  @Test func onlyTheVerbatimPassHasIt() throws {
    let model = Model(.rnn, sizes: Sizes(input: 1, hidden: 3, steps: 4))
    for bptt in [BPTT.correct, .document] {
      let trace = try Trace(
        model: model, bptt: bptt, parameters: model.initialParameters(seed: 0),
        example: .random(model.sizes, seed: 0))
      #expect(NotesSecondFailure.after(trace) == nil)
    }
    let verbatim = try Trace(
      model: model, bptt: .verbatim, parameters: model.initialParameters(seed: 0),
      example: .random(model.sizes, seed: 0))
    let second = try #require(NotesSecondFailure.after(verbatim))
    #expect(second.operation.name == "dWhh")
    #expect(second.t == 4)
    #expect(second.phase == .backward)
    let lstm = unroll(["repl", "--model", "lstm"], input: ["continue", "continue"])
    #expect(!lstm.out.contains("not the only broken line"))
  }
}
