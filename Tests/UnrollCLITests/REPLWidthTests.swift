import Testing
import UnrollKit

@testable import UnrollCLI

/// At width 80 a summarised matrix's last row and its shape do not overflow the line.
@Suite struct REPLWidthTests {
  @Test func aWideSummarisedMatrixPutsItsShapeOnALineOfItsOwn() throws {
    var session = try REPLFixture.session(.rnn)
    let replies = REPLFixture.run(
      &session, ["set bptt document", "goto end", "diff dWhh", "print Whh"])
    // diff's three rows share one (scientific) style now, and wrap inside 80 columns.
    for line in replies[2].split(separator: "\n") {
      #expect(line.count <= 80, "\(line.count) columns: \(line)")
    }
    // A parameter in fixed style has a last row too long to take its shape.
    let whh = replies[3]
    for line in whh.split(separator: "\n") {
      #expect(line.count <= 80, "\(line.count) columns: \(line)")
    }
    #expect(whh.hasSuffix("\n          shape (32, 32)"))
    // A short value keeps its shape on the same line.
    let p = REPLFixture.run(&session, ["print p"])[0]
    #expect(p.contains("]]  shape (1, 1)"))
  }

  /// What lesson 5 shows at width 80: `changed` lists as many names as fit, the notes'
  /// error and its shapes break after a colon, `explain`'s deviation wraps.
  ///
  /// Only the
  /// quoted NumPy lines may be wider.
  @Test func theNotesBackwardPassFitsEightyColumnsButItsNumPyLines() {
    let result = unroll(
      ["repl", "--bptt", "verbatim"],
      input: ["continue", "continue", "set bptt document", "goto backward 5", "explain", "q"])
    #expect(result.code == 0)
    #expect(
      result.out.contains(
        "  changed computed dby, dh@10, dh_raw@10, dWxh@10, dWhh@10, … (32 operations)\n"))
    for line in result.out.split(separator: "\n") where !line.hasPrefix("  numpy") {
      #expect(line.count <= 80, "\(line.count) columns: \(line)")
    }
  }

  /// The LSTM's dconcat and the GRU's dh_next have shape walks wider than 80 columns:
  /// they break before a ` + ` as well as before the arrow.
  @Test(arguments: [ModelKind.lstm, .gru])
  func longShapeWalksBreakBeforeAPlus(_ kind: ModelKind) throws {
    var session = try REPLFixture.session(kind)
    let text = REPLFixture.run(&session, ["goto backward 1", "step 14"])[1]
    let shapes = try #require(text.split(separator: "\n").first { $0.hasPrefix("  shapes") })
    #expect(shapes.count <= 80)
    for line in text.split(separator: "\n") where !line.hasPrefix("  numpy") {
      #expect(line.count <= 80, "\(line.count) columns: \(line)")
    }
    #expect(text.contains("\n          + "))
  }
}
