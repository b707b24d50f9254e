import Testing
import UnrollKit

@testable import UnrollCLI

/// The notes' passes in the REPL: stepping to the note's failing line, continuing
/// with the repairs, and `diff`.
///
/// Runs once the engine has the `verbatim` and
/// `document` modes; until then it checks nothing.
@Suite struct REPLDocumentModeTests {
  @Test func verbatimStopsAtTheNotesLineThenDocumentContinuesAndDiffs() throws {
    guard let verbatim = BPTT(rawValue: "verbatim"), BPTT(rawValue: "document") != nil else {
      return
    }
    let model = Model(.rnn, sizes: Sizes.defaults(for: .rnn))
    var session = try ReplSession(
      model: model, bptt: verbatim, parameters: model.initialParameters(seed: 0),
      example: .random(model.sizes, seed: 0), seed: 0, writeFile: { _, _ in })
    _ = session.handle("c")  // the end of the forward pass
    let failing = session.handle("c").text
    #expect(failing.hasPrefix("Ran to the line that fails."))
    #expect(failing.contains("ValueError: shapes (1,1) and (11,1) not aligned"))
    #expect(failing.contains("left (1, 1), right (11, 1)"))
    #expect(session.handle("s").text.hasPrefix("This is where the recording ends"))
    let place = session.handle("where").text.split(separator: ",").prefix(3)
    let continued = session.handle("set bptt document").text
    #expect(continued.hasPrefix("Re-recorded with the notes' backward pass"))
    #expect(session.handle("where").text.split(separator: ",").prefix(3) == place)
    _ = session.handle("goto backward 5")
    _ = session.handle("n")
    let diff = session.handle("diff dWhh").text
    #expect(diff.hasPrefix("dWhh at t = 5\n  notes   "))
    #expect(diff.contains("\n  correct "))
    #expect(diff.contains("largest |difference|"))
    #expect(session.handle("diff dh").text.hasPrefix("dh at t = 5\n"))
  }
}
