import Testing
import UnrollKit

@testable import UnrollCLI

/// Scripted sessions over both models: whole outputs for a few commands, real values.
@Suite struct REPLSessionTests {
  @Test func printShowsTheRecordedValueAtThatTimestep() throws {
    var session = try REPLFixture.session(.rnn)
    _ = session.handle("goto forward 3")
    let value = session.trace.value("h_t", t: 3)
    #expect(value != nil)
    let expected = "  h_t at t = 3 (forward)\n" + REPLFixture.valueLine(value ?? Matrix(column: []))
    #expect(session.handle("print h_t").text == expected)
    #expect(session.handle("p h_t 3").text == expected)
    #expect(session.handle("p h_t@3").text == expected)
    #expect(session.handle("p h_t t=3").text == expected)
  }

  @Test func printIsAsOfThisPointInTime() throws {
    var session = try REPLFixture.session(.lstm)
    _ = session.handle("goto forward 2")  // concat at t = 2 has run; C_t at t = 2 has not
    #expect(session.handle("p C_t").text.hasPrefix("  C_t at t = 1 (forward)"))
    #expect(session.handle("p C_t 2").text.contains("not computed yet at this point"))
    #expect(session.handle("p C_t 3").text.contains("computed at forward t = 3"))
    #expect(session.handle("p dh").text.contains("not computed yet"))
  }

  @Test func aStopShowsWhereFormulaShapesValueNumpyAndChanges() throws {
    var session = try REPLFixture.session(.lstm)
    let text = session.handle("s").text
    let value = session.trace.value("f_t", t: 1) ?? Matrix(column: [])
    let expected = """
      ── forward · t = 1 of 4 · operation 2 of 7 · f_t ──
        f_t = σ(Wf · concat + bf)
        shapes  Wf (5, 8) · concat (8, 1) + bf (5, 1) → σ → (5, 1)
      \(REPLFixture.valueLine(value))
        numpy   f_t = self.sigmoid(np.dot(self.Wf, concat) + self.bf)
        changed computed f_t@1
      """
    #expect(text == expected)
  }

  @Test func smallNonDefaultSizesWhereAndList() throws {
    var session = try REPLFixture.session(.lstm, Sizes(input: 2, hidden: 3, steps: 3), seed: 7)
    _ = session.handle("goto backward 2")
    _ = session.handle("s 2")
    #expect(
      session.handle("where").text == """
        backward, t = 2 of 3, operation 3 of 17 (do), stop 47 of 78
        lstm (input 2, hidden 3, steps 3), BPTT correct, seed 7
        """)
    #expect(
      session.handle("list").text == """
        backward, t = 2 (this block runs for t = 3 … 1)
             1  dh = dh_next + (Whyᵀ · dy_pred if t = T else 0)
             2  dC = dC_next + dh ⊙ o_t ⊙ (1 − tanh²(C_t))
         →   3  do = dh ⊙ tanh(C_t) ⊙ o_t ⊙ (1 − o_t)
             4  dC̃ = dC ⊙ i_t ⊙ (1 − C̃_t²)
             5  di = dC ⊙ C̃_t ⊙ i_t ⊙ (1 − i_t)
             6  df = dC ⊙ C_{t-1} ⊙ f_t ⊙ (1 − f_t)
             7  dWf += df · concatᵀ
             8  dbf += df
             9  dWi += di · concatᵀ
            10  dbi += di
            11  dWC += dC̃ · concatᵀ
            12  dbC += dC̃
            13  dWo += do · concatᵀ
            14  dbo += do
            15  dconcat = Wfᵀ·df + Wiᵀ·di + WCᵀ·dC̃ + Woᵀ·do
            16  dh_next = dconcat[:hidden]
            17  dC_next = dC ⊙ f_t
        """)
    #expect(session.handle("shape dh_next 1").text.contains("not computed yet"))
    #expect(session.handle("shape dconcat").text == "dconcat: (5, 1), a column of 5")
    #expect(session.handle("shape WC").text == "WC: (3, 5), 3 rows by 5 columns")
    #expect(session.handle("shape Why").text == "Why: (1, 3), a row of 3")
    #expect(session.handle("shape by").text == "by: (1, 1), one number")
  }

  @Test func rnnSmallSizeAccumulationShowsContributionAndRunningSum() throws {
    var session = try REPLFixture.session(.rnn, Sizes(input: 2, hidden: 3, steps: 4), seed: 3)
    _ = session.handle("goto backward 4")
    let text = session.handle("s 2").text  // dh, dh_raw, then dWxh
    #expect(text.hasPrefix("── backward · t = 4 of 4 · operation 3 of 6 · dWxh ──"))
    #expect(text.contains("shapes  dh_raw (3, 1) · x_tᵀ (1, 2), added into dWxh (3, 2)"))
    #expect(text.contains("dWxh, the sum over t = 4 … 4: 1 of 4 steps added"))
    // dbh after t = 4 and 3 is dh_raw@4 + dh_raw@3, replayed from the recorded values.
    _ = session.handle("goto backward 3")
    _ = session.handle("s 4")
    let trace = session.trace
    let a = try #require(trace.value("dh_raw", t: 4))
    let b = try #require(trace.value("dh_raw", t: 3))
    let expected = try a + b
    #expect(
      session.handle("p dbh").text
        == "  dbh, the sum so far (2 of 4 contributions)\n" + REPLFixture.valueLine(expected))
    _ = session.handle("goto end")
    let final = try #require(trace.gradients["Whh"])
    #expect(
      session.handle("p dWhh").text
        == "  dWhh, the whole gradient\n" + REPLFixture.valueLine(final))
  }

  @Test func stepThenBackReturnsToTheSamePositionAndOutput() throws {
    for kind in ModelKind.allCases {
      var session = try REPLFixture.session(kind)
      for count in [1, 3, 7, 20] {
        let before = session.position
        let shown = session.stopText(from: nil)
        let whereBefore = session.handle("where").text
        _ = session.handle("step \(count)")
        _ = session.handle("back \(count)")
        #expect(session.position == before)
        #expect(session.stopText(from: nil) == shown)
        #expect(session.handle("where").text == whereBefore)
        _ = session.handle("step \(count)")
      }
    }
  }

  @Test func nextThenPrevComesBack() throws {
    var session = try REPLFixture.session(.lstm)
    _ = session.handle("n")
    let end1 = session.handle("where").text
    #expect(end1.hasPrefix("forward, t = 1 of 4, operation 7 of 7 (h_t)"))
    _ = session.handle("n 2")
    #expect(session.handle("w").text.hasPrefix("forward, t = 3 of 4, operation 7 of 7"))
    _ = session.handle("rn 2")
    #expect(session.handle("w").text == end1)
    _ = session.handle("rn")
    #expect(session.position == 0)
    #expect(session.handle("rn").text.contains("nothing comes before it"))
  }

  @Test func breakpointsStopContinue() throws {
    var session = try REPLFixture.session(.rnn)
    #expect(session.handle("b dh_raw").text == "Breakpoint 1 at dh_raw. `continue` runs to it.")
    #expect(session.handle("b t=3").text == "Breakpoint 2 at t=3. `continue` runs to it.")
    #expect(
      session.handle("break").text
        == "Breakpoints:\n  1  dh_raw  not hit yet\n  2  t=3     not hit yet")
    var text = session.handle("c").text
    #expect(text.hasPrefix("Breakpoint 2 (t=3).\n── forward · t = 3 of 10 · operation 1 of 1"))
    #expect(session.handle("delete 2").text == "Deleted breakpoint 2 (t=3).")
    text = session.handle("c").text
    #expect(text.hasPrefix("End of the forward pass (the loss).\n── output · operation 3 of 3"))
    text = session.handle("c").text
    #expect(text.hasPrefix("Breakpoint 1 (dh_raw).\n── backward · t = 10 of 10 · operation 2"))
    text = session.handle("").text  // an empty line repeats `c`
    #expect(text.hasPrefix("Breakpoint 1 (dh_raw).\n── backward · t = 9 of 10 · operation 2"))
    #expect(session.handle("delete").text == "Deleted all 1 breakpoints.")
    text = session.handle("c").text
    #expect(text.hasPrefix("End of the backward pass."))
    #expect(session.handle("c").text.hasPrefix("This is the last operation"))
    #expect(session.handle("b nope").text.hasPrefix("No operation is named `nope`."))
    #expect(session.handle("b t=11").text == "expected a timestep from 1 to 10, got `11`.")
    #expect(session.handle("b backward").text.hasPrefix("Breakpoint 3 at backward."))
    _ = session.handle("goto start")
    #expect(session.handle("c").text.hasPrefix("End of the forward pass"))
    #expect(session.handle("c").text.hasPrefix("Breakpoint 3 (backward).\n── backward · head"))
  }

  @Test func watchShowsTheValueOnceWithWhatChangedMarked() throws {
    var session = try REPLFixture.session(.rnn, Sizes(input: 1, hidden: 4, steps: 5))
    #expect(session.handle("watch h_t").text.hasPrefix("Watching h_t; it shows at every stop."))
    let h1 = try #require(session.trace.value("h_t", t: 1))
    let h2 = try #require(session.trace.value("h_t", t: 2))
    let shown = h2.formatted(ValueFormat(width: 62))
    // The stop's own value is h_t: the watch does not print it a second time.
    let text = session.handle("s").text
    let deltas = (0..<4).map { abs(h2.scalars[$0] - h1.scalars[$0]) }
    let k = try #require(deltas.indices.max { deltas[$0] < deltas[$1] })
    let delta = NumberStyle(h2.scalars, precision: 4).string(deltas[k])
    #expect(
      text.hasSuffix(
        "  watch   h_t (4, 1) above: changed all 4, largest |Δ| \(delta) at [\(k)]"))
    #expect(!text.contains(h1.formatted(ValueFormat(width: 62))))
    #expect(text.contains(shown))
    _ = session.handle("goto output")
    let still = session.handle("s").text  // h_t does not change in the output phase
    #expect(
      still.hasSuffix(
        "  watch   h_t (4, 1) = "
          + (session.trace.value("h_t", t: 5)?.formatted(ValueFormat(width: 62)) ?? "")))
    #expect(session.handle("watch").text == "Watching: h_t")
    #expect(session.handle("watch zz").text.hasPrefix("There is no value named `zz`."))
    #expect(session.handle("unwatch h_t").text == "No longer watching h_t.")
    #expect(!session.handle("s").text.contains("watch"))
  }

  @Test func countsAreParsedStrictly() throws {
    var session = try REPLFixture.session(.rnn)
    _ = session.handle("s 3")
    #expect(session.position == 3)
    let expected = "`step` takes a count: expected a whole number from 1 to 1000000, got `-3`."
    #expect(session.handle("step -3").text == expected)
    #expect(session.handle("s 0").text == "expected a count from 1 to 1000000, got `0`.")
    #expect(session.handle("s 99999999999999999999999").text.hasPrefix("expected a count"))
    #expect(session.handle("s 1 2").text == "`step` takes at most one number, e.g. `step 3`.")
    #expect(session.handle("s 2.5").text.contains("got `2.5`"))
    #expect(session.position == 3)
    let end = session.handle("s 1000000").text
    #expect(end.hasPrefix("(moved"))
    #expect(session.position == session.timeline.stops.count - 1)
    #expect(session.handle("goto forward 0").text == "expected a timestep from 1 to 10, got `0`.")
    #expect(session.handle("goto output 2").text.hasPrefix("The output runs once"))
    #expect(session.handle("goto sideways").text.hasPrefix("`goto` goes to forward"))
    #expect(session.handle("set precision 13").text.hasPrefix("expected a precision from 0 to 12"))
  }

  @Test func emptyLineRepeatsOnlyMovement() throws {
    var session = try REPLFixture.session(.lstm)
    #expect(session.handle("").text == "")  // nothing to repeat yet
    _ = session.handle("s 2")
    _ = session.handle("")
    #expect(session.position == 4)
    _ = session.handle("p h_t")  // print does not replace the command to repeat
    _ = session.handle("  ")
    #expect(session.position == 6)
    _ = session.handle("s x")  // a refused line is not repeated either
    _ = session.handle("")
    #expect(session.position == 8)
  }

  @Test func unknownCommandsAreSuggestedNeverRun() throws {
    var session = try REPLFixture.session(.rnn)
    #expect(
      session.handle("stpe").text
        == "Unknown command `stpe`. Did you mean `step`? Type `help` for the list.")
    #expect(session.handle("contnue").text.contains("Did you mean `continue`?"))
    #expect(session.handle("xyzzy").text == "Unknown command `xyzzy`. Type `help` for the list.")
    #expect(session.position == 0)
    #expect(
      session.handle("p hh").text.hasPrefix("There is no value named `hh`. Did you mean `dh`?"))
  }

  @Test func explainUsesTheNotesNames() throws {
    var session = try REPLFixture.session(.lstm)
    _ = session.handle("goto backward 4")
    _ = session.handle("s 6")  // dWf
    let text = session.handle("explain").text
    #expect(text.hasPrefix("dWf += df · concatᵀ\nThe forget gate's weights are used at every step"))
    var rnn = try REPLFixture.session(.rnn)
    _ = rnn.handle("goto backward 3")
    _ = rnn.handle("s")
    #expect(rnn.handle("e").text.contains("must use this step's own h_t"))
  }

  @Test func diffSaysWhenThereIsNothingToCompare() throws {
    var lstm = try REPLFixture.session(.lstm)
    #expect(lstm.handle("diff").text.hasPrefix("The notes give the LSTM no backward pass"))
    var rnn = try REPLFixture.session(.rnn)
    let text = rnn.handle("diff").text
    if BPTT(rawValue: "document") == nil {
      #expect(text == "This build has no `document` backward pass to compare with.")
    } else {
      #expect(text.hasPrefix("The forward pass is the same in both"))
    }
    #expect(rnn.handle("set bptt sideways").text.hasPrefix("There is no backward pass `sideways`"))
    #expect(lstm.handle("set bptt correct").text == "The backward pass is already correct.")
  }

  @Test func exportWritesMarkdownThroughTheInjectedWriter() throws {
    let files = FileSink()
    var session = try REPLFixture.session(.rnn, Sizes(input: 1, hidden: 2, steps: 2), files: files)
    #expect(
      session.handle("export out.md").text
        == "Wrote 12 records and 8 gradient sums to out.md, this stop marked, and 4 pictures\n"
        + "beside it.")
    let text = files.files["out.md"] ?? ""
    #expect(text.hasPrefix("# Unroll trace: RNN, correct BPTT\n"))
    // The session starts at the first stop, h_t at t = 1: that row is marked.
    #expect(text.contains("| `h_t` ◀ **you are here** | $`h_{t} = \\tanh("))
    #expect(text.contains("| `dWhh` | (2, 2) |"))
    #expect(files.files["out-gradient-norms.svg"]?.hasPrefix("<svg") == true)
    #expect(files.files["out-h_t.svg"]?.hasPrefix("<svg") == true)
    #expect(session.handle("export out.txt").text.hasPrefix("`export` writes Markdown"))
    #expect(
      session.handle("export out.md").text
        == "Nothing was written: out.md exists; `export out.md --force` replaces it.")
    #expect(session.handle("export out.md --force").text.hasPrefix("Wrote 12 records and 8"))
    files.failure = CocoaLikeError()
    #expect(session.handle("export out.md --force").text.hasPrefix("Nothing was written to out.md"))
  }

  @Test func exportShowsEachAccumulationWithItsSumSoFarAndMarksIt() throws {
    let files = FileSink()
    var session = try REPLFixture.session(.rnn, Sizes(input: 1, hidden: 2, steps: 2), files: files)
    // The first stop of dWhh: backward at t = 2, where it holds t = 2's product alone.
    let first = try #require(session.timeline.accumulations["Whh"]?.first)
    session.position = first
    let answer = session.handle("export acc.md").text.split(whereSeparator: \.isWhitespace)
      .joined(separator: " ")
    #expect(answer.contains("12 records and 8 gradient sums"))
    #expect(answer.contains("this stop (`dWhh`, a gradient's sum) marked"))
    let text = files.files["acc.md"] ?? ""
    let rows = text.split(separator: "\n").filter { $0.hasPrefix("| `dWhh` (sum so far)") }
    #expect(rows.count == 2)
    // t = 2: dh_raw@2 · h_1ᵀ, from the recorded values; t = 1 adds dh_raw@1 · h_0ᵀ = 0.
    let dhRaw = try #require(session.trace.value("dh_raw", t: 2)).scalars
    let h1 = try #require(session.trace.value("h_t", t: 1)).scalars
    let product = try Matrix(rows: 2, cols: 2, scalars: dhRaw.flatMap { a in h1.map { a * $0 } })
    let shown = MarkdownCell.small(product, ValueFormat())
    #expect(rows.first?.hasSuffix("| (2, 2) | \(shown) |") == true)
    #expect(rows.first?.contains("◀ **you are here**") == true)
    let final = MarkdownCell.small(try #require(session.trace.gradients["Whh"]), ValueFormat())
    #expect(rows.last?.hasSuffix("| (2, 2) | \(final) |") == true)
    #expect(text.contains("| `dWhy` (the whole gradient) |"))
    #expect(text.contains("(3 values, 3 gradient sums)"))
    #expect(
      text.contains(
        "Reproduce with `unroll repl --model rnn --input-size 1 --hidden-size 2 --steps 2 "
          + "--seed 0 --bptt correct, then export acc.md`."))
  }

  @Test func exportReproducesWithTheWeightsFileAndMarksWhereAPassStopped() throws {
    let files = FileSink()
    let model = Model(.rnn, sizes: Sizes(input: 1, hidden: 2, steps: 2))
    var session = try ReplSession(
      model: model, bptt: .verbatim, parameters: model.initialParameters(seed: 1),
      example: .random(model.sizes, seed: 1), settings: ReplSettings(),
      writeFile: { export, force in try files.write(export, force: force) })
    session.weightsPath = "my w.json"
    session.position = session.timeline.stops.count - 1
    let answer = session.handle("export v.md").text.split(whereSeparator: \.isWhitespace)
      .joined(separator: " ")
    #expect(answer.contains("this stop (`dWhy`, where the pass stopped) marked"))
    let text = files.files["v.md"] ?? ""
    #expect(
      text.contains(
        "Reproduce with `unroll repl --model rnn --weights 'my w.json' --bptt verbatim, "
          + "then export v.md`."))
    #expect(text.contains("| `dWhy` ✗ the pass stopped here ◀ **you are here** |"))
    #expect(text.contains("| — | not computed: shapes (1,1) and (3,1) not aligned"))
  }

  /// An LSTM drawn with `--forget-bias 3` is reproduced with it: the command records the
  /// same bf.
  @Test func exportReproducesTheForgetBias() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = folder.file("fb.md")
    let run = unroll(
      ["repl", "--model", "lstm", "--forget-bias", "3"], input: ["export \(path)", "q"])
    #expect(run.code == 0)
    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(
      text.contains(
        "unroll repl --model lstm --input-size 3 --hidden-size 5 --steps 4 --seed 0 "
          + "--forget-bias 3.0 --bptt correct"))
  }

  @Test func setPrecisionAndRerecordKeepThePlace() throws {
    var session = try REPLFixture.session(.rnn)
    _ = session.handle("goto backward 4")
    _ = session.handle("s 2")
    #expect(session.handle("set precision 6").text == "Values now show 6 digits after the point.")
    let value = session.trace.value("h_t", t: 4) ?? Matrix(column: [])
    #expect(
      session.handle("p h_t").text
        == "  h_t at t = 4 (forward)\n" + REPLFixture.valueLine(value, precision: 6))
  }

  @Test func rerecordingKeepsTheOperationAndTimestep() throws {
    var session = try REPLFixture.session(.lstm)
    _ = session.handle("goto backward 3")
    _ = session.handle("s 9")
    let place = session.handle("where").text
    session.adopt(
      try Trace(
        model: session.trace.model, parameters: session.trace.parameters,
        example: session.trace.example, seed: session.trace.seed))
    #expect(session.handle("where").text == place)
    #expect(session.handle("p x").text.hasPrefix("  x, the whole input: one row per timestep"))
  }

  @Test func runLoopShowsWelcomeAnswersAndQuitsAtEndOfInput() throws {
    let session = try REPLFixture.session(.rnn, Sizes(input: 1, hidden: 2, steps: 2))
    var output = ""
    let piped = LineInput(script: [.line("w"), .line(""), .line("s")], write: { output += $0 })
    ReplSession.run(
      session: session, read: { piped.read(prompt: $0, complete: $1) }, write: { output += $0 })
    #expect(output.hasPrefix("Unroll REPL · RNN (input 1, hidden 2, steps 2) · BPTT correct"))
    #expect(
      output.contains("(unroll) w\nforward, t = 1 of 2, operation 1 of 1 (h_t), stop 1 of 20\n"))
    #expect(output.hasSuffix("computed h_t@2\n(unroll) \n"))
    var prompted = ""
    let lines = LineInput(script: [.line("q"), .line("s")], write: { prompted += $0 })
    var prompts: [String] = []
    ReplSession.run(
      session: session,
      read: { prompt, complete in
        prompts.append(prompt)
        return lines.read(prompt: prompt, complete: complete)
      }, write: { prompted += $0 })
    #expect(prompted.hasSuffix("(unroll) q\n"))
    #expect(prompts == ["(unroll) "])  // quit stopped reading
  }

  /// Ctrl-C drops the line; at an empty prompt it says how to leave; the session goes on.
  @Test func ctrlCDropsTheLineAndAtAnEmptyPromptSaysHowToQuit() throws {
    let session = try REPLFixture.session(.rnn, Sizes(input: 1, hidden: 2, steps: 2))
    var output = ""
    let input = LineInput(
      script: [.cancelled("goto backw"), .cancelled(""), .line("where")], write: { output += $0 })
    ReplSession.run(
      session: session, read: { input.read(prompt: $0, complete: $1) }, write: { output += $0 })
    let after = try #require(output.components(separatedBy: "(unroll) goto backw^C\n").last)
    #expect(
      after.hasPrefix(
        "(unroll) ^C\n(To quit, type quit or press Ctrl-D.)\n(unroll) where\nforward, t = 1 of 2"))
    #expect(output.components(separatedBy: ReplSession.quitHint).count == 2)
  }

  /// Tab's words: commands first, then what the command takes, as of this stop.
  @Test func completionOffersCommandsNamesAndSettings() throws {
    var session = try REPLFixture.session(.rnn, Sizes(input: 1, hidden: 2, steps: 2))
    #expect(session.completions(before: "").contains("print"))
    #expect(session.completions(before: "pri") == ReplCommands.all.map(\.name))
    let atStart = session.completions(before: "print ")
    #expect(atStart.contains("h_t") && atStart.contains("Whh") && atStart.contains("dWhh"))
    #expect(!atStart.contains("dh"))  // not recorded yet at the first stop
    _ = session.handle("goto backward 1")
    #expect(session.completions(before: "p d").contains("dh"))
    #expect(session.completions(before: "set ") == ["precision", "bptt", "width", "color", "heat"])
    #expect(session.completions(before: "set bptt ") == ["correct", "document", "verbatim"])
    #expect(session.completions(before: "set heat a") == ["off", "unicode", "ascii"])
    #expect(
      session.completions(before: "goto ") == ["forward", "output", "backward", "start", "end"])
    #expect(session.completions(before: "print h_t ").isEmpty)
    #expect(session.completions(before: "frobnicate ").isEmpty)
  }
}

/// An error whose message is known, for the export failure path.
struct CocoaLikeError: Error, CustomStringConvertible {
  var description: String { "disk full" }
}

/// A learner's walk through one GRU timestep, forward and back, with the engine's values.
@Suite struct REPLGRUSessionTests {
  @Test func steppingThroughAGRUTimestepShowsEachGateInOrder() throws {
    var session = try REPLFixture.session(.gru, Sizes(input: 2, hidden: 3, steps: 3), seed: 7)
    #expect(
      session.handle("goto forward 2").text.hasPrefix(
        "── forward · t = 2 of 3 · operation 1 of 6 · concat ──"))
    let names = ["r_t", "z_t", "hn_t", "n_t", "h_t"]
    for (index, name) in names.enumerated() {
      let text = session.handle("s").text
      #expect(
        text.hasPrefix("── forward · t = 2 of 3 · operation \(index + 2) of 6 · \(name) ──\n"))
      let value = try #require(session.trace.value(name, t: 2))
      #expect(text.contains(REPLFixture.valueLine(value)), "\(name)")
    }
    // The last stop of the step, whole: the blend of the candidate and the old state.
    let h = try #require(session.trace.value("h_t", t: 2))
    #expect(
      session.handle("rs").text.hasPrefix("── forward · t = 2 of 3 · operation 5 of 6 · n_t ──"))
    #expect(
      session.handle("s").text == """
        ── forward · t = 2 of 3 · operation 6 of 6 · h_t ──
          h_t = (1 − z_t) ⊙ n_t + z_t ⊙ h_{t-1}
          shapes  (1 − z_t (3, 1)) ⊙ n_t (3, 1) + z_t ⊙ h_{t-1} (3, 1) → (3, 1)
        \(REPLFixture.valueLine(h))
          numpy   h_t = (1 - z_t) * n_t + z_t * h_prev
          changed computed h_t@2
        """)
    // h_t is what its formula says, from the values printed before it.
    let z = try #require(session.trace.value("z_t", t: 2)).scalars
    let n = try #require(session.trace.value("n_t", t: 2)).scalars
    let previous = try #require(session.trace.value("h_t", t: 1)).scalars
    for k in 0..<3 {
      #expect(abs(h.scalars[k] - ((1 - z[k]) * n[k] + z[k] * previous[k])) < 1e-15)
    }
    #expect(
      session.handle("list").text == """
        forward, t = 2 (this block runs for t = 1 … 3)
            1  concat = [h_{t-1}; x_t]
            2  r_t = σ(Wr · concat + br)
            3  z_t = σ(Wz · concat + bz)
            4  hn_t = Whn · h_{t-1} + bhn
            5  n_t = tanh(Wxn · x_t + bxn + r_t ⊙ hn_t)
         →  6  h_t = (1 − z_t) ⊙ n_t + z_t ⊙ h_{t-1}
        """)
    #expect(
      session.handle("where").text == """
        forward, t = 2 of 3, operation 6 of 6 (h_t), stop 12 of 69
        gru (input 2, hidden 3, steps 3), BPTT correct, seed 7
        """)
    #expect(session.handle("explain").text.contains("There is no separate cell state"))
    #expect(session.handle("p r_t 2").text.hasPrefix("  r_t at t = 2 (forward)\n"))
    // The NumPy line's h_prev (and the formula's h_{t-1}) is h_t of the step before.
    let previousH = try #require(session.trace.value("h_t", t: 1))
    #expect(
      session.handle("p h_prev").text
        == "  h_prev at t = 2, that is h_t at t = 1 (forward)\n"
        + REPLFixture.valueLine(previousH))
    #expect(
      session.handle("p h_{t-1} 1").text
        == "  h_{t-1} at t = 1, that is h_t at t = 0, the initial value (zeros)\n"
        + REPLFixture.valueLine(.zeros(Shape(3, 1))))
    #expect(session.handle("shape Wr").text.contains("(3, 5)"))
  }

  @Test func theBackwardStepSumsThreePathsIntoDhNext() throws {
    var session = try REPLFixture.session(.gru, Sizes(input: 2, hidden: 3, steps: 3), seed: 7)
    _ = session.handle("goto backward 2")
    let names = ["dn", "dz", "dr", "dhn"]
    for (index, name) in names.enumerated() {
      let text = session.handle("s").text
      #expect(
        text.hasPrefix(
          "── backward · t = 2 of 3 · operation \(index + 2) of 15 · \(name) ──\n"))
    }
    #expect(session.handle("explain").text.contains("∂L/∂hn_t"))
    let next = session.handle("n").text
    #expect(next.hasPrefix("── backward · t = 2 of 3 · operation 15 of 15 · dh_next ──\n"))
    #expect(next.contains("  dh_next = dconcat[:hidden] + Whnᵀ·dhn + dh ⊙ z_t\n"))
    // dh_next by hand from the recorded values: the gates' share, hn_t's, the direct path.
    let trace = session.trace
    let dconcat = try #require(trace.value("dconcat", t: 2)).scalars
    let whn = try #require(trace.parameters["Whn"])
    let dhn = try #require(trace.value("dhn", t: 2)).scalars
    let dh = try #require(trace.value("dh", t: 2)).scalars
    let z = try #require(trace.value("z_t", t: 2)).scalars
    let dhNext = try #require(trace.value("dh_next", t: 2)).scalars
    for k in 0..<3 {
      let throughHn = (0..<3).map { (whn.entry($0, k) ?? .nan) * dhn[$0] }.reduce(0, +)
      #expect(abs(dhNext[k] - (dconcat[k] + throughHn + dh[k] * z[k])) < 1e-15)
    }
    #expect(session.handle("explain").text.contains("gradient highway"))
    #expect(
      session.handle("p dWhn").text.hasPrefix("  dWhn, the sum so far (2 of 3 contributions)\n"))
    #expect(
      session.handle("diff").text
        == "The notes have no GRU, so there is no backward pass of theirs to compare: `diff`\n"
        + "works for the RNN.")
    #expect(
      session.handle("set bptt document").text
        == "The notes have no GRU: only `correct` applies to it.")
  }
}
