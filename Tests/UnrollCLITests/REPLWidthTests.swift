import Testing
import UnrollKit

@testable import UnrollCLI

/// At width 80 a summarised matrix's last row and its shape do not overflow the line.
@Suite struct REPLWidthTests {
  @Test func aWideSummarisedMatrixPutsItsShapeOnALineOfItsOwn() throws {
    var session = try REPLFixture.session(.rnn)
    let replies = REPLFixture.run(&session, ["set bptt document", "goto end", "diff dWhh"])
    let diff = replies[2]
    for line in diff.split(separator: "\n") {
      #expect(line.count <= 80, "\(line.count) columns: \(line)")
    }
    #expect(diff.contains("\n          shape (32, 32)\n"))
    // A short value keeps its shape on the same line.
    let p = REPLFixture.run(&session, ["print p"])[0]
    #expect(p.contains("]]  shape (1, 1)"))
  }
}
