import Testing
import UnrollKit

@testable import UnrollCLI

/// Bad input never crashes or hangs the session; failures and help stay consistent.
@Suite struct REPLRobustnessTests {
  static let words =
    ReplCommands.words + [
      "print", "set", "goto", "break", "watch", "precision", "bptt", "forward", "backward",
      "output", "t=3", "t=-1", "t=999", "h_t", "dh_raw", "dWxh", "Wf", "x_t", "y", "concat",
      "dWf", "C_tilde", "C_tilda", "start", "end", "all", "on", "off", "ascii", "unicode",
      "document", "verbatim", "correct", "out.md", "", "  ", "\t", "é", "σ", "⊙", "🙂", "\u{0}",
      "\u{1B}[31m", "-1", "0", "1", "3", "99999999999999999999999", "1e9", "NaN", "+4", "2.5",
      "@", "h_t@", "h_t@2", "@@", "d", "dd", "delete", "=", "t=", "9223372036854775807",
    ]

  /// A random line from `generator`: words, numbers, unicode, junk.
  static func line(_ generator: inout SeededGenerator) -> String {
    let count = Int(generator.next() % 5)
    var parts: [String] = []
    for _ in 0..<count {
      switch generator.next() % 6 {
      case 0: parts.append(String(Int64(bitPattern: generator.next()) % 100_000))
      case 1:
        let length = Int(generator.next() % 12)
        parts.append(
          String(
            (0..<length).compactMap { _ in
              Unicode.Scalar(UInt32(generator.next() % 0x2FFF)).map(Character.init)
            }))
      default: parts.append(words[Int(generator.next() % UInt64(words.count))])
      }
    }
    return parts.joined(separator: generator.next() % 7 == 0 ? "\t" : " ")
  }

  @Test(arguments: [ModelKind.rnn, ModelKind.lstm, ModelKind.gru])
  func thousandsOfRandomLinesLeaveTheSessionWorking(_ kind: ModelKind) throws {
    let stream: UInt64 = kind == .rnn ? 1 : kind == .lstm ? 2 : 3
    var generator = SeededGenerator(seed: 2026, stream: stream)
    let sizes = Sizes(input: 2, hidden: 3, steps: 4)
    var session = try REPLFixture.session(kind, sizes)
    for _ in 0..<3000 {
      let reply = session.handle(REPLRobustnessTests.line(&generator))
      if reply.isQuit { session = try REPLFixture.session(kind, sizes) }
      #expect(session.position >= 0 && session.position < session.timeline.stops.count)
    }
    #expect(session.handle(String(repeating: "s", count: 5000)).text.contains("limit is 1000"))
    var fresh = try REPLFixture.session(kind, sizes)
    for script in [["goto backward 2", "s 3"], ["goto start", "n 2"], ["goto end"]] {
      #expect(
        REPLFixture.run(&session, script + ["where"]).last
          == REPLFixture.run(&fresh, script + ["where"]).last)
    }
  }

  /// `line` as the editor can type it: controls (tabs too) become spaces.
  static func typeable(_ line: String) -> String {
    String(
      String.UnicodeScalarView(
        line.unicodeScalars.map { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) ? " " : $0 }))
  }

  /// Keystrokes that type `line` with an edit on the way, chosen by `style`: straight; a
  /// typo rubbed out; the second half first, then Home and the first half; a word typed and
  /// Ctrl-W'd; a character inserted mid-line and deleted; Up into the history and back.
  static func keystrokes(_ line: String, style: UInt64) -> [UInt8] {
    let characters = Array(line)
    let bytes = { (part: ArraySlice<Character>) in Array(String(part).utf8) }
    let all = bytes(characters[...])
    switch style % 6 {
    case 1: return all + Array("#".utf8) + Keys.backspace + Keys.enter
    case 2:
      let half = characters.count / 2
      return bytes(characters[half...]) + Keys.ctrl("a") + bytes(characters[..<half])
        + Keys.ctrl("e") + Keys.enter
    case 3: return all + Array(" junk".utf8) + Keys.ctrl("w") + Keys.backspace + Keys.enter
    case 4:
      let back = min(characters.count, 3)
      return all + Array(repeating: Keys.left, count: back).flatMap { $0 } + Array("x".utf8)
        + Keys.backspace + Array("\u{1B}[F".utf8) + Keys.enter
    case 5: return all + Keys.up + Keys.down + Keys.enter
    default: return all + Keys.enter
    }
  }

  /// The same 3,000 lines typed at the line editor: each typeable line arrives as it was
  /// meant after the edits, and the raw line's bytes (controls, escapes, Tab and all) go
  /// through too, with the session's completion and a growing history; neither the editor
  /// nor the session breaks.
  @Test(arguments: [ModelKind.rnn, ModelKind.lstm, ModelKind.gru])
  func theFuzzTypedAtTheLineEditor(_ kind: ModelKind) throws {
    let stream: UInt64 = kind == .rnn ? 1 : kind == .lstm ? 2 : 3
    var generator = SeededGenerator(seed: 2026, stream: stream)
    let sizes = Sizes(input: 2, hidden: 3, steps: 4)
    var session = try REPLFixture.session(kind, sizes)
    var history = History()
    var typedLines = 0
    var rawLines = 0
    let submit = { (line: String, session: inout ReplSession) throws in
      if session.handle(line).isQuit { session = try REPLFixture.session(kind, sizes) }
      #expect(session.position >= 0 && session.position < session.timeline.stops.count)
    }
    for _ in 0..<3000 {
      let line = REPLRobustnessTests.line(&generator)
      let meant = REPLRobustnessTests.typeable(line)
      var editor = LineEditor(prompt: "(unroll) ", width: 80, history: history.entries)
      var outcome = LineEditor.Outcome.editing
      for byte in REPLRobustnessTests.keystrokes(meant, style: generator.next()) {
        outcome = editor.feed(byte)
        _ = editor.flush()
      }
      #expect(outcome == .submitted(meant), "\(line.debugDescription)")
      history.add(meant)
      try submit(meant, &session)
      typedLines += 1

      // The raw bytes, as a paste: every Enter ends a line, the rest starts the next.
      let here = session
      editor = LineEditor(
        prompt: "(unroll) ", width: 40, history: history.entries,
        complete: { here.completions(before: $0) })
      for byte in Array(line.utf8) + Keys.enter {
        outcome = editor.feed(byte)
        let drawn = editor.flush()
        #expect(drawn.utf8.count < 4096)
        guard outcome != .editing else { continue }
        if case .submitted(let text) = outcome {
          #expect(History.isStorable(text))
          history.add(text)
          try submit(text, &session)
          rawLines += 1
        }
        editor = LineEditor(prompt: "(unroll) ", width: 40, history: history.entries)
      }
      _ = editor.timeout()
    }
    #expect(typedLines == 3000)
    #expect(rawLines > 2000)
    #expect(history.entries.count == History.limit)
  }

  @Test func helpListsEveryCommandAndExplainsEach() throws {
    let help = ReplCommands.help([], style: .plain)
    for command in ReplCommands.all {
      #expect(help.contains(command.usage), "\(command.name) missing from help")
      for word in [command.name] + command.aliases {
        #expect(ReplCommands.find(word)?.name == command.name)
        #expect(ReplCommands.help([word], style: .plain).hasPrefix(command.usage))
      }
    }
    var session = try REPLFixture.session(.rnn)
    #expect(session.handle("help").text == help)
    #expect(session.handle("h step").text.hasPrefix("step [N]   (step, s)\n"))
    for line in help.split(separator: "\n") { #expect(line.count <= 80, "\(line)") }
  }

  /// An LSTM fed inputs of the wrong width fails at f_t, t = 1: `Wf (5, 8) · concat (9, 1)`.
  @Test func aFailingRecordingEndsAtTheFailingLineWithBothShapes() throws {
    let model = Model(.lstm, sizes: Sizes.defaults(for: .lstm))
    let wide = Example.random(Sizes(input: 4, hidden: 5, steps: 4), seed: 0)
    var session = try ReplSession(
      model: model, parameters: model.initialParameters(seed: 0), example: wide,
      writeFile: { _, _ in })
    #expect(session.trace.recording.failure != nil)
    #expect(session.welcome.contains("This recording stops early: f_t fails."))
    let text = session.handle("s").text
    #expect(text.contains("── forward · t = 1 of 4 · operation 2 of 7 · f_t ──"))
    #expect(text.contains("ValueError: shapes (5,8) and (9,1) not aligned: 8 (dim 1) != 9 (dim 0)"))
    #expect(text.contains("left (5, 8), right (9, 1)"))
    #expect(session.handle("s").text.hasPrefix("This is where the recording ends"))
    #expect(session.handle("l").text.contains(" ✗  2  f_t = σ(Wf · concat + bf)"))
    #expect(session.handle("goto backward").text.hasPrefix("The recording never reached"))
    _ = session.handle("goto start")
    #expect(session.handle("c").text.hasPrefix("Ran to the line that fails."))
  }

  @Test func aRecordingTheProgramsDoNotDescribeFallsBackToItsRecords() throws {
    let model = Model(.rnn, sizes: Sizes(input: 1, hidden: 2, steps: 3))
    let trace = try Trace(
      model: model, parameters: model.initialParameters(seed: 0),
      example: .random(model.sizes, seed: 0))
    let lstm = Model(.lstm, sizes: model.sizes)
    let timeline = Timeline(trace: trace, programs: [lstm.forward, lstm.backward])
    #expect(!timeline.isFromPrograms)
    #expect(timeline.stops.count == trace.records.count)
    #expect(timeline.stops.last?.record == trace.records.count - 1)
  }
}
