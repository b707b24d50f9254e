import Foundation
import Testing

@testable import UnrollCLI

/// `unroll repl --backward FILE.py` driven by piped input: a correct file, a gallery bug
/// (where `diff` shows it depart), a file that raises, and usage errors.
@Suite struct ReplBackwardTests {
  static let folder = CheckCommandTests.folder

  /// A piped session over `file` (under lessons/data/check) answering `commands`.
  static func session(_ file: String, _ commands: [String], _ extra: [String] = []) -> RunResult {
    unroll(["repl", "--backward", folder + "/" + file] + extra, input: commands + ["quit"])
  }

  /// The 1-based line of `file` holding `fragment` first.
  static func line(of fragment: String, in file: String) throws -> Int {
    let text = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    return try #require(lines.firstIndex { $0.contains(fragment) }) + 1
  }

  /// The text the session printed after `(unroll) COMMAND`, up to the next prompt.
  static func reply(to command: String, in out: String) -> String {
    guard let range = out.range(of: "(unroll) " + command + "\n") else { return "" }
    let rest = out[range.upperBound...]
    let end = rest.range(of: "(unroll) ")?.lowerBound ?? rest.endIndex
    return String(rest[..<end])
  }

  @Test func aCorrectFileStepsThroughItsLinesOnTrackToTheEnd() throws {
    let file = "solutions/rnn.py"
    let rawLine = try Self.line(of: "dh_raw = (1 - h_t**2) * dh", in: file)
    let result = Self.session(
      file,
      [
        "where", "print self.Wxh.shape", "step", "step", "break \(rawLine)", "continue",
        "where", "step", "diff", "explain", "shape dh_raw", "print dh_raw.T @ dh_raw",
        "list", "delete", "continue",
      ])
    #expect(result.code == 0)
    #expect(result.err.isEmpty)
    let out = result.out
    #expect(out.contains("unroll check says: correct"))
    #expect(Self.reply(to: "where", in: out).contains("in SimpleRNN.forward"))
    #expect(Self.reply(to: "print self.Wxh.shape", in: out).contains("= (32, 1)"))
    #expect(Self.reply(to: "step", in: out).contains("self.x (10, 1, 1)"))
    let hit = Self.reply(to: "continue", in: out)
    #expect(hit.contains("→ \(rawLine) | dh_raw = (1 - h_t**2) * dh"))
    #expect(hit.contains("line \(rawLine), SimpleRNN.backward, t = 10"))
    #expect(hit.contains("Breakpoint line \(rawLine)."))
    // The breakpoint's where: the reversed loop's first iteration is timestep 10.
    let whereText = out.components(separatedBy: "(unroll) where\n")[2]
    #expect(whereText.contains("iteration 1 of 10, t = 9 (reversed)"))
    #expect(whereText.contains("timestep t = 10 of 10"))
    let diff = Self.reply(to: "diff", in: out)
    #expect(diff.contains("yours    dh_raw  (32, 1)"))
    #expect(diff.contains("correct  dh_raw at t = 10  (32, 1)"))
    #expect(diff.contains("largest difference 0 (equal to the last bit)"))
    #expect(diff.contains("on track: equals the correct dh_raw at t = 10"))
    #expect(
      Self.reply(to: "explain", in: out).contains("dh_raw stands for the correct pass's dh_raw"))
    #expect(
      Self.reply(to: "shape dh_raw", in: out).contains("dh_raw: (32, 1)  (32 rows, 1 column)"))
    #expect(Self.reply(to: "print dh_raw.T @ dh_raw", in: out).contains("(1, 1)"))
    #expect(Self.reply(to: "list", in: out).contains("→  \(rawLine + 1) |"))
    #expect(out.contains("This is the last line recorded; unroll check says correct."))
    for line in out.split(separator: "\n") {
      #expect(DisplayWidth.of(String(line)) <= 80, "\(line)")
    }
  }

  @Test func aGalleryBugStopsAtItsDepartureAndDiffShowsWhereItDeparts() throws {
    let result = Self.session(
      "gallery/lstm-dc-next-no-f.py", ["continue", "step", "diff", "explain dC_next", "back"])
    #expect(result.code == 0)
    let out = result.out
    #expect(out.contains("first departure at line 111, dC_next, t = 4"))
    let stop = Self.reply(to: "continue", in: out)
    #expect(stop.contains("line 111, LSTM.backward, t = 4"))
    #expect(stop.contains("! 111 | dC_next = dC"))
    #expect(stop.contains("The next line is the first departure"))
    #expect(
      Self.reply(to: "step", in: out).contains(
        "dC_next (5, 1): departs, equals no correct dC_next"))
    let diff = Self.reply(to: "diff", in: out)
    #expect(diff.contains("yours    dC_next  (5, 1)"))
    #expect(diff.contains("correct  dC_next at t = 4  (5, 1)  dC_next = dC ⊙ f_t"))
    #expect(diff.contains("departs: equals no correct value of dC_next at any timestep"))
    #expect(Self.reply(to: "back", in: out).contains("! 111 | dC_next = dC"))
  }

  @Test func aFileThatRaisesStopsAtTheFailingLine() throws {
    let failing = try Self.line(of: "dWhy = np.dot(", in: "notes-rnn.py")
    let result = Self.session("notes-rnn.py", ["continue", "continue"])
    let stop = Self.reply(to: "continue", in: result.out)
    #expect(stop.contains("→ \(failing) | dWhy = np.dot("))
    #expect(
      stop.contains(
        "This line raised: ValueError: shapes (1,1) and (11,1) not aligned: 1 (dim"))
    // The call the failing line made ran before it raised: the run's last lines are its.
    #expect(result.out.contains("This is the last line recorded; unroll check says error"))
  }

  @Test func badInputIsOneLineAndTheRightExitCode() {
    let bptt = Self.session("solutions/rnn.py", [], ["--bptt", "document"])
    #expect(bptt.code == 2)
    #expect(bptt.err.contains("--bptt does not go with --backward"))
    let tbptt = Self.session("solutions/rnn.py", [], ["--tbptt", "3"])
    #expect(tbptt.code == 2)
    #expect(tbptt.err.contains("--tbptt does not go with --backward"))
    let missing = unroll(["repl", "--backward", "/nonexistent/learner.py"], input: ["quit"])
    #expect(missing.code == 1)
    #expect(missing.err.contains("/nonexistent/learner.py"))
    let words = Self.session(
      "solutions/rnn.py", ["stpe", "step x", "print", "print nope", "break 9999", "diff x"])
    #expect(words.out.contains("Unknown command `stpe`. Did you mean `step`?"))
    #expect(words.out.contains("Expected a count of at least 1, found `x`."))
    #expect(words.out.contains("print needs a name or an expression"))
    #expect(words.out.contains("NameError: name 'nope' is not defined"))
    #expect(words.out.contains("Line 9999 never runs in this recording."))
    #expect(words.out.contains("`x` is not a name `unroll check` compares"))
  }
}
