import Foundation
import Testing
import UnrollKit

@testable import UnrollCLI

/// `norms NAME` (a value's size at every timestep) and `clip MAX` (what
/// clip_grad_norm_ would do to the gradients), against the recorded values.
@Suite struct REPLNormsTests {
  @Test func normsOfDhListTheRecordedNormsFromTDownToOne() throws {
    let sizes = Sizes(input: 1, hidden: 4, steps: 5)
    var session = try REPLFixture.session(.rnn, sizes, seed: 2)
    _ = session.handle("goto end")
    let reply = session.handle("norms dh")
    #expect(!reply.isError)
    let lines = reply.text.split(separator: "\n").map(String.init)
    #expect(lines[0] == "‖dh‖ at each timestep, backward t = 5 … 1")
    let norms = (1...5).map { try! #require(session.trace.value("dh", t: $0)).norm }
    let style = NumberStyle(norms, precision: 4)
    let rows = lines.filter { $0.hasPrefix("  t = ") }
    #expect(rows.map { $0.dropFirst(6).prefix(1) } == ["5", "4", "3", "2", "1"])
    for (row, t) in zip(rows, [5, 4, 3, 2, 1]) {
      #expect(row.contains(" " + style.string(norms[t - 1]) + "  "))
      #expect(row.hasSuffix("#"))  // every norm is above 0, so every bar has a mark
    }
    let ratio = norms[0] / norms[4]
    let r = NumberStyle([ratio], precision: 4).string(ratio)
    #expect(reply.text.contains("× \(r) in all,"))
    let perStep = String(format: "%.4f", pow(ratio, 1.0 / 4))
    #expect(reply.text.contains("× \(perStep) per step on average"))
  }

  @Test func normsShowOnlyWhatIsComputedSoFarAndLongRunsAreThinned() throws {
    var session = try REPLFixture.session(.rnn, Sizes(input: 1, hidden: 3, steps: 100))
    #expect(session.handle("norms dh").isError)  // the backward pass has not run yet
    _ = session.handle("goto backward 91")
    let partial = session.handle("norms dh").text
    #expect(
      partial.hasPrefix("‖dh‖ at each timestep, backward t = 100 … 1, the 10 computed so far"))
    _ = session.handle("goto end")
    let whole = session.handle("norms dh").text
    let rows = whole.split(separator: "\n").filter { $0.hasPrefix("  t = ") }
    #expect(rows.count <= ReplSession.maxNormRows + 1)
    #expect(rows.first?.hasPrefix("  t = 100") == true)
    #expect(rows.last?.hasPrefix("  t =   1") == true)
    #expect(whole.contains("one timestep in 4 shown, and the last"))
  }

  @Test func normsFollowTheForwardPassAndTheLSTMsCellState() throws {
    var session = try REPLFixture.session(.lstm, Sizes(input: 3, hidden: 5, steps: 4))
    _ = session.handle("goto end")
    let forward = session.handle("norms f_t").text
    #expect(forward.hasPrefix("‖f_t‖ at each timestep, forward t = 1 … 4"))
    #expect(forward.contains("From t = 1 to t = 4:"))
    let cell = session.handle("norms dC").text
    #expect(cell.hasPrefix("‖dC‖ at each timestep, backward t = 4 … 1"))
  }

  @Test func normsRefuseWhatIsNotRecordedPerTimestep() throws {
    var session = try REPLFixture.session(.rnn, Sizes(input: 1, hidden: 3, steps: 4))
    _ = session.handle("goto end")
    let parameter = session.handle("norms Whh")
    #expect(parameter.isError)
    #expect(parameter.text.hasPrefix("Whh is one matrix for the whole pass"))
    #expect(session.handle("norms dWhh").isError)
    let once = session.handle("norms y_pred")
    #expect(once.isError)
    #expect(once.text == "y_pred is recorded once, not at every timestep: `print y_pred`.")
    #expect(session.handle("norms").isError)
    #expect(session.handle("norms dh dC").isError)
    let typo = session.handle("norms dhh")
    #expect(typo.isError)
    #expect(typo.text.contains("Did you mean"))
  }

  @Test func clipScalesEveryGradientByMaxOverTheJointNorm() throws {
    var session = try REPLFixture.session(.rnn, Sizes(input: 1, hidden: 4, steps: 5), seed: 2)
    _ = session.handle("goto end")
    let gradients = session.trace.gradients
    let total = gradients.names.map { gradients[$0]!.norm * gradients[$0]!.norm }
      .reduce(0, +).squareRoot()
    let limit = total / 2
    let limitText = String(format: "%.4f", limit)
    let reply = session.handle("clip \(limitText)")
    #expect(!reply.isError)
    let scale = Double(limitText)! / total
    #expect(reply.text.contains("each gradient is multiplied by"))
    #expect(reply.text.contains("= " + NumberStyle([scale], precision: 4).string(scale) + ","))
    let all = try #require(reply.text.split(separator: "\n").first { $0.hasPrefix("  all") })
    #expect(all.contains(String(format: "%.4f", total)))
    let wide = session.handle("clip \(total * 10)")
    #expect(wide.text.contains("clipping leaves the gradients as they are"))
    for bad in ["clip", "clip 0", "clip -1", "clip x", "clip 1 2", "clip inf"] {
      #expect(session.handle(bad).isError, "\(bad)")
    }
  }

  @Test func helpListsBothCommands() throws {
    var session = try REPLFixture.session(.rnn, Sizes(input: 1, hidden: 3, steps: 2))
    let help = session.handle("help").text
    #expect(help.contains("  norms NAME"))
    #expect(help.contains("  clip MAX"))
    #expect(session.handle("help norms").text.hasPrefix("norms NAME   (norms)"))
    #expect(session.handle("help clip").text.hasPrefix("clip MAX   (clip)"))
  }
}
