import Testing
import UnrollKit

@testable import UnrollCLI

/// Expressions at the prompt, evaluated by UnrollPython against the values at this stop.
@Suite struct REPLExpressionTests {
  @Test func theLessonsArithmeticShowsAsOneNumber() throws {
    var session = try REPLFixture.session(.rnn)
    // NumPy: 1/(1+np.exp(-0.136)) = 0.5339476914144965.
    #expect(
      session.handle("print 1/(1+exp(-0.136))").text == "  1/(1+exp(-0.136))\n  value   0.5339")
    _ = session.handle("set precision 8")
    #expect(session.handle("p sigmoid(0.136)").text.hasSuffix("value   0.53394769"))
  }

  @Test func indexingReadsTheRecordedValues() throws {
    var session = try REPLFixture.session(.rnn, Sizes(input: 1, hidden: 4, steps: 3))
    _ = session.handle("goto forward 2")
    let h1 = try #require(session.trace.value("h_t", t: 1))
    let h2 = try #require(session.trace.value("h_t", t: 2))
    let whh = try #require(session.trace.parameters["Whh"])
    let style = NumberStyle(h2.scalars, precision: 4)
    // h_t[0] is a (1,) array, as in NumPy; Whh[2, 3] one number.
    #expect(
      session.handle("p h_t[0]").text.hasSuffix(
        "value   [\(style.string(h2.scalars[0]))]  shape (1,)"))
    let entry = try #require(whh.entry(2, 3))
    #expect(
      session.handle("p Whh[2, 3]").text.hasSuffix(
        NumberStyle([entry], precision: 4).string(entry)))
    // hs[:, 1] is column 1 of the notes' (hidden, T+1) array: h_t at t = 1.
    let column = session.handle("p hs[:, 1]").text
    #expect(column.contains("shape (4,)"))
    let h1Text = Matrix(column: h1.scalars).formatted(ValueFormat(precision: 4, width: 70))
    #expect(column.contains(String(h1Text.dropLast())))
    // Whh @ h_t and .T: the product's column, the transpose's row.
    let product = try whh.dot(h2)
    #expect(session.handle("p Whh @ h_t").text == "  Whh @ h_t\n" + REPLFixture.valueLine(product))
    #expect(session.handle("print self.h.T").text.contains("shape (1, 4)"))
  }

  @Test func hsHoldsTheStatesComputedSoFarAndZerosAfter() throws {
    var session = try REPLFixture.session(.rnn, Sizes(input: 1, hidden: 3, steps: 4))
    _ = session.handle("goto forward 2")
    let hs = session.statesAsTheNotesKeepThem()
    #expect(hs.shape == Shape(3, 5))
    let h2 = try #require(session.trace.value("h_t", t: 2))
    for i in 0..<3 {
      #expect(hs.entry(i, 0) == 0)
      #expect(hs.entry(i, 2) == h2.entry(i, 0))
      #expect(hs.entry(i, 3) == 0)
    }
    #expect(session.handle("p hs").text.hasPrefix("  hs, the hidden states as the notes keep them"))
    #expect(session.handle("p self.hs").text.hasPrefix("  hs, the hidden states"))
  }

  @Test func errorsAreNumPysAndNamesNotYetComputedSaySo() throws {
    var session = try REPLFixture.session(.rnn, Sizes(input: 1, hidden: 4, steps: 3))
    let mismatch = session.handle("p Whh @ Wxh.T")
    #expect(mismatch.isError)
    #expect(
      mismatch.text.replacingOccurrences(of: "\n", with: " ")
        == "ValueError: matmul: Input operand 1 has a mismatch in its core dimension 0, with "
        + "gufunc signature (n?,k),(k,m?)->(n?,m?) (size 1 is different from 4)")
    let unknown = session.handle("p h_tt + 1")
    #expect(unknown.text.hasPrefix("NameError: name 'h_tt' is not defined. Did you mean `h_t`?"))
    #expect(session.handle("p dh * 2").text.contains("dh is not computed yet at this point"))
    #expect(session.handle("p h_t +").text.hasPrefix("SyntaxError"))
  }

  @Test func theOldFormsStillPickATimestep() throws {
    var session = try REPLFixture.session(.rnn)
    _ = session.handle("goto forward 3")
    let value = try #require(session.trace.value("h_t", t: 2))
    let expected = "  h_t at t = 2 (forward)\n" + REPLFixture.valueLine(value)
    #expect(session.handle("print h_t 2").text == expected)
    #expect(session.handle("print h_t@2").text == expected)
    #expect(session.handle("print h_t t=2").text == expected)
  }

  @Test func theNotesNamesAreAliases() throws {
    var session = try REPLFixture.session(.rnn)
    _ = session.handle("goto output")
    _ = session.handle("step 2")
    let p = try #require(session.trace.records.first { $0.name == "p" }?.value)
    #expect(session.handle("p pred").text == "  p (output)\n" + REPLFixture.valueLine(p))
    #expect(session.handle("p y_true").text.hasPrefix("  y, the label"))
    #expect(session.handle("p self.h").text.hasPrefix("  h_t at t = 10 (forward)"))
  }

  @Test func watchTakesAnExpression() throws {
    var session = try REPLFixture.session(.rnn, Sizes(input: 1, hidden: 4, steps: 3))
    #expect(session.handle("watch norm(h_t)").text.hasPrefix("Watching norm(h_t)"))
    #expect(session.handle("watch dh * 2").text.contains("dh is not computed yet"))
    #expect(session.handle("watch h_t +").isError)
    let h2 = try #require(session.trace.value("h_t", t: 2))
    let norm = h2.scalars.reduce(0) { $0 + $1 * $1 }.squareRoot()
    let text = session.handle("s").text
    #expect(text.contains(NumberStyle([norm], precision: 4).string(norm)))
    // A number is watched without the empty shape `()`.
    #expect(text.contains("norm(h_t) = "))
    #expect(!text.contains("()"))
    #expect(session.handle("unwatch dh * 2").text == "No longer watching dh * 2.")
  }

  @Test func namesListsWhatCanBePrintedHereGrouped() throws {
    var session = try REPLFixture.session(.rnn, Sizes(input: 1, hidden: 4, steps: 3))
    _ = session.handle("goto backward 2")
    let text = session.handle("names").text
    let expected = """
      Records at this step (backward, t = 2 of 3)
        h_t  dh
      Records of earlier steps (their latest value)
        y_pred  p  loss  dy_pred  dh_raw  dh_next
      Pre-activations (the sums inside tanh and σ)
        a_t
      Parameters
        Wxh  Whh  Why  bh  by
      Gradients summed so far
        dWxh  dWhh  dWhy  dbh  dby
      Inputs
        x  x_t  y
      The notes' names
        hs, self.hs (hidden, T+1)  L = loss  dy = dy_pred  h = h_t  pred = p
        self.h = h_t  self.y_pred = y_pred  y_true = y  h_prev = h_t of t − 1
      """
    #expect(text.hasPrefix(expected))
    #expect(session.handle("info locals").text == text)
    #expect(session.handle("names x").isError)
    // Every name listed prints here (the aliases' left sides too).
    for name in [
      "h_t", "a_t", "dh", "dh_next", "Whh", "dWhh", "x_t", "hs", "pred", "self.h", "y_true",
    ] {
      #expect(!session.handle("print \(name)").isError, "print \(name)")
    }
    #expect(session.completions(before: "info ") == ["locals"])
  }

  @Test func theNotesNamesWorkUnderTheDocumentsPassToo() throws {
    var session = try REPLFixture.session(.rnn)
    _ = session.handle("set bptt document")
    _ = session.handle("goto backward 3")
    for name in ["hs", "self.h", "y_true", "pred", "hs[:, 3]", "dh_raw.T @ hs[:, 1:2]"] {
      #expect(!session.handle("print \(name)").isError, "print \(name)")
    }
  }
}

/// Breakpoints with conditions and hit counts, and the settings shown by a bare `set`.
@Suite struct REPLBreakpointConditionTests {
  @Test func aConditionStopsWhereItIsTrueAndHitsAreCounted() throws {
    var session = try REPLFixture.session(.rnn, Sizes(input: 1, hidden: 4, steps: 6))
    let trace = session.trace
    // The first backward t (from T down) whose ‖dh‖ is below the median of them all.
    let norms = (1...6).map { t -> Double in
      let dh = trace.value("dh", t: t) ?? Matrix(column: [])
      return dh.scalars.reduce(0) { $0 + $1 * $1 }.squareRoot()
    }
    let bound = norms.sorted()[3]
    let first = try #require((1...6).reversed().first { norms[$0 - 1] < bound })
    #expect(
      session.handle("break dh if norm(dh) < \(bound)").text.hasPrefix("Breakpoint 1 at dh if"))
    _ = session.handle("goto backward")
    let stop = session.handle("c").text
    #expect(stop.hasPrefix("Breakpoint 1 (dh if norm(dh) < \(bound))."))
    #expect(stop.contains("── backward · t = \(first) of 6 · operation 1 of 6 · dh ──"))
    #expect(session.handle("break").text.contains("hit 1 time"))
    _ = session.handle("break t=2")
    let list = session.handle("break").text
    #expect(list.contains("2  t=2"))
    #expect(list.contains("not hit yet"))
  }

  @Test func aBadConditionIsRefusedWhenSet() throws {
    var session = try REPLFixture.session(.rnn)
    let syntax = session.handle("break dh if norm(dh +")
    #expect(syntax.isError)
    #expect(syntax.text.contains("SyntaxError"))
    #expect(session.handle("break dh if foo > 1").text.contains("NameError: name 'foo'"))
    #expect(session.handle("break if dh").isError)
    #expect(session.handle("watch norm(h_t").isError)
  }

  @Test func anArrayConditionStopsWithNumPysMessage() throws {
    var session = try REPLFixture.session(.rnn)
    _ = session.handle("break dh_raw if dh_raw")
    _ = session.handle("goto backward")
    let text = session.handle("c").text.replacingOccurrences(of: "\n", with: " ")
    #expect(text.contains("The truth value of an array with more than one element is ambiguous"))
  }

  @Test func bareSetShowsEverySetting() throws {
    var session = try REPLFixture.session(.rnn)
    _ = session.handle("set precision 6")
    #expect(
      session.handle("set").text == """
        Settings (`set SETTING VALUE` changes one):
          precision  6        digits after the point, 0 … 12
          bptt       correct  the backward pass: correct, document, verbatim
          width      80       columns lines wrap at, 40 … 400
          color      off      on or off
          heat       off      heat strips: unicode, ascii or off
        """)
    var lstm = try REPLFixture.session(.lstm)
    #expect(lstm.handle("set").text.contains("the backward pass: correct\n"))
  }
}

/// One number style per comparison, and a timestep given to a gradient.
@Suite struct REPLComparisonFormatTests {
  @Test func diffShowsItsThreeRowsInOneStyle() throws {
    var session = try REPLFixture.session(.rnn)
    var notes = try REPLFixture.session(.rnn)
    _ = notes.handle("set bptt document")
    var mixedBefore = 0
    for t in 1...10 {
      let mine = try #require(session.trace.value("dh", t: t))
      let theirs = try #require(notes.trace.value("dh", t: t))
      // PyTorch's rule, value by value, would have printed these two in different styles.
      if NumberStyle(mine.scalars, precision: 4).isScientific
        != NumberStyle(theirs.scalars, precision: 4).isScientific
      {
        mixedBefore += 1
      }
      _ = session.handle("goto backward \(t)")
      let rows = session.handle("diff dh").text.split(separator: "\n")
        .filter { $0.hasPrefix("  notes") || $0.hasPrefix("  correct") || $0.hasPrefix("  diff") }
      #expect(rows.count == 3)
      let scientific = rows.map { $0.contains("e-") || $0.contains("e+") }
      #expect(Set(scientific).count == 1, "t = \(t): \(rows)")
      // And one width: the entries stand in columns, so the rows' commas line up.
      let commas = rows.map { row in
        row.indices.filter { row[$0] == "," }.map { row.distance(from: row.startIndex, to: $0) }
      }
      #expect(Set(commas).count == 1, "t = \(t): \(rows)")
    }
    #expect(mixedBefore > 0)
  }

  @Test func aGradientAtATimestepIsItsPartialSumThenOrRefused() throws {
    var session = try REPLFixture.session(.rnn, Sizes(input: 1, hidden: 4, steps: 3))
    let ahead = session.handle("print dWhh 3")
    #expect(ahead.isError)
    #expect(ahead.text.hasPrefix("dWhh at t = 3 is not summed yet"))
    #expect(session.handle("print dWhy 2").text.hasPrefix("dWhy has no timestep"))
    _ = session.handle("goto end")
    // The partial sum over t = 3 … 2 is the whole gradient less t = 1's contribution:
    // dh_raw at t = 1 times h_0ᵀ = 0, so for Whh it is the whole gradient itself.
    let whole = try #require(session.trace.gradients["Whh"])
    let partial = session.handle("print dWhh 2").text
    #expect(partial.hasPrefix("  dWhh, the partial sum over t = 3 … 2 (2 of 3 contributions)"))
    #expect(partial.hasSuffix(REPLFixture.valueLine(whole)))
    // For Wxh, t = 1 adds dh_raw_1 · x_1ᵀ, which is not zero.
    let wxh = try #require(session.trace.gradients["Wxh"])
    let dhRaw1 = try #require(session.trace.value("dh_raw", t: 1))
    let x1 = Matrix(column: [session.trace.example.x.entry(0, 0) ?? 0])
    let expected = try wxh - dhRaw1.dot(x1)
    let text = session.handle("print dWxh 2").text
    let shown = NumberStyle(expected.scalars, precision: 4).string(expected.scalars[0])
    #expect(text.contains(shown))
  }
}

/// Issue 17's REPL points: a watch shown once, `explain NAME`, one spelling in the LSTM's
/// `list`, and "at operation N of this step".
@Suite struct REPLLearnerPointTests {
  @Test func aWatchAtHidden32ShowsTheValueOnceAndMarksTheChange() throws {
    var session = try REPLFixture.session(.rnn)
    _ = session.handle("goto backward 10")
    _ = session.handle("s")  // dh_raw at t = 10
    _ = session.handle("watch dh_raw")
    _ = session.handle("watch h_t")
    let text = session.handle("n").text  // to dh_next at t = 10: neither changes
    let watched = text.split(separator: "\n").drop { !$0.hasPrefix("  watch") }
    // Each value once, no old value under it: 6 lines each at hidden 32 (was about 30).
    #expect(watched.count == 12, "\(watched.joined(separator: "\n"))")
    #expect(watched.filter { $0.hasPrefix("  watch") }.count == 2)
    let next = session.handle("s").text  // dh at t = 9: dh_raw is still t = 10's
    #expect(next.contains("  watch   dh_raw (32, 1) ="))
    let stepped = session.handle("s").text  // dh_raw at t = 9: the value above, marked
    let line = try #require(stepped.split(separator: "\n").first { $0.contains("watch   dh_raw") })
    #expect(line.hasPrefix("  watch   dh_raw (32, 1) above: changed "))
    #expect(line.contains("largest |Δ|"))
    #expect(!stepped.contains("was"))
  }

  @Test func explainNameExplainsThatRecord() throws {
    var session = try REPLFixture.session(.lstm)
    let text = session.handle("explain do").text
    #expect(
      text.hasPrefix("do = dh ⊙ tanh(C_t) ⊙ o_t ⊙ (1 − o_t)\nThe gradient at the output gate"))
    #expect(session.handle("explain dWC").text.hasPrefix("dWC += dC̃ · concatᵀ"))
    #expect(session.handle("explain dC̃").text.hasPrefix("dC̃ = dC ⊙ i_t"))
    #expect(session.handle("explain Wf").text.hasPrefix("Wf is a parameter"))
    let unknown = session.handle("explain dq")
    #expect(unknown.isError)
    #expect(unknown.text.contains("Did you mean `dh`?"))
  }

  @Test func theLSTMListSpellsTheCandidatesGradientOneWay() throws {
    var session = try REPLFixture.session(.lstm)
    _ = session.handle("goto backward 4")
    let list = session.handle("list").text
    #expect(list.contains("dWC += dC̃ · concatᵀ"))
    #expect(list.contains("dbC += dC̃"))
    #expect(!list.contains("dC_tilde"))
  }

  @Test func aValueLaterInThisStepSaysWhichOperation() throws {
    var session = try REPLFixture.session(.lstm)
    _ = session.handle("goto backward 4")
    #expect(
      session.handle("print dC̃").text
        == "dC_tilde is not computed yet at this point; it is computed at operation 4 "
        + "of\nthis step.")
    #expect(session.handle("print dC 3").text.contains("computed at backward t = 3."))
  }
}

/// The pre-activations, rebuilt from the recorded values: squashed, they are the records
/// bit for bit, at sizes other than the defaults.
@Suite struct REPLPreActivationTests {
  @Test func theRNNsATanhIsItsHBitForBit() throws {
    var session = try REPLFixture.session(.rnn, Sizes(input: 3, hidden: 6, steps: 5), seed: 7)
    _ = session.handle("goto end")
    for t in 1...5 {
      guard case .success(let a) = session.resolve("a_t", t: t) else {
        Issue.record("a_t at t = \(t)")
        continue
      }
      #expect(a.value.tanh == session.trace.value("h_t", t: t))
    }
    _ = session.handle("goto start")
    #expect(session.handle("print a_t 2").text.hasPrefix("a_t at t = 2 is not computed yet"))
    #expect(
      session.handle("print a_t").text.hasPrefix(
        "  a_t at t = 1 (forward), the sum inside h_t: Wxh · x_t + Whh · h_{t-1} + bh"))
  }

  @Test(arguments: [ModelKind.lstm, ModelKind.gru])
  func theGatesZSquashedAreTheGatesBitForBit(_ kind: ModelKind) throws {
    var session = try REPLFixture.session(kind, Sizes(input: 2, hidden: 4, steps: 3), seed: 5)
    _ = session.handle("goto output")
    let squash: [String: (String, (Matrix) -> Matrix)] =
      kind == .lstm
      ? [
        "zf_t": ("f_t", \.sigmoid), "zi_t": ("i_t", \.sigmoid), "zC_t": ("C_tilde", \.tanh),
        "zo_t": ("o_t", \.sigmoid),
      ]
      : ["zr_t": ("r_t", \.sigmoid), "zz_t": ("z_t", \.sigmoid), "zn_t": ("n_t", \.tanh)]
    for (name, (record, activation)) in squash {
      for t in 1...3 {
        guard case .success(let z) = session.resolve(name, t: t) else {
          Issue.record("\(name) at t = \(t)")
          continue
        }
        #expect(activation(z.value) == session.trace.value(record, t: t), "\(name) at \(t)")
      }
    }
    #expect(session.handle("names").text.contains("Pre-activations"))
  }
}
