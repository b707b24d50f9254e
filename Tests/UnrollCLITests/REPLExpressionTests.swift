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
    for name in ["h_t", "dh", "dh_next", "Whh", "dWhh", "x_t", "hs", "pred", "self.h", "y_true"] {
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
