import Foundation
import Testing
import UnrollKit

@testable import UnrollCLI

/// `unroll compare` end to end: the whole listing, the JSON against the engine's
/// `Comparison`, the LSTM refused.
@Suite struct CompareCommandTests {
  /// Checked by hand: loss = −log 0.6206 = 0.4770; the correct dby = p − y = −0.3794; the
  /// notes' dby = (y_pred − y)·p(1 − p) = −0.5078 · 0.2355 = −0.1196, so by's relative
  /// error is 0.2598/0.3794 = 0.6848 and the output error alone scales it by 0.32.
  @Test func theWholeListingOfATinyRNN() {
    let expected = """
      compare: rnn, input 1, hidden 2, steps 3, seed 1
      The notes' backward() with its two shape repairs ("notes'") against the
      correct BPTT ("correct"), on one example:
        y = 1, y_pred = 0.4922, p = 0.6206, loss = 0.4770

      As written, backward() stops at its first line (dWhy):
        dWhy = np.dot((self.y_pred - y_true) * self.sigmoid_deriv(self.y_pred),
            self.hs[-1:, :].T)
        ValueError: shapes (1,1) and (4,1) not aligned: 1 (dim 1) != 4 (dim 0)

      == gradients: notes' against correct ==
        param  ‖notes'‖  ‖correct‖  rel. error  cosine  signs agree
        Wxh      0.3082     0.5081      0.3949  0.9991         100%
        Whh      0.1016     0.1765      0.8336  0.5528          75%
        Why      0.0845     0.2682      0.6848  1.0000         100%
        bh       0.4621     0.6157      0.3060  0.9791         100%
        by       0.1196     0.3794      0.6848  1.0000         100%
        all      0.5833     0.9404      0.4740  0.9352          91%
        rel. error = ‖d − c‖/‖c‖; cosine 1 is the same direction, −1 the opposite

      == per timestep: ‖dh‖ and ‖dh_raw‖ ==
        t  dh notes'  dh correct  dh_raw notes'  dh_raw correct
        1     0.1993      0.2183         0.1774          0.1963
        2     0.1598      0.3008         0.1440          0.2944
        3     0.1944      0.6169         0.1473          0.4675
        From t = 3 back to t = 1, ‖dh‖ goes 0.6169 → 0.2183 in the correct pass
        and 0.1944 → 0.1993 in the notes'.

        over time, t = 1 (left) → 3 (right), ‖·‖ of each step:
          dh     notes'   █▇█
          dh     correct  ▃▄█
          dh_raw notes'   █▇▇
          dh_raw correct  ▄▅█
          ▁▂▃▄▅▆▇█: 0 up to each line's largest; one cell per step

      == ablation: what each deviation costs ==
        Each deviation fixed alone (the other two kept) and left alone (the other
        two fixed), all gradients against the correct ones. The notes' BPTT, all
        three kept: cosine 0.9352, rel. error 0.4740.

        deviation     fixed: cosine  rel. error  left: cosine  rel. error
        output-error         0.9352      1.0919        1.0000      0.6848
        every-step           0.9945      0.7061        0.9246      1.1531
        final-h              0.9246      0.4788        0.9945      0.1181

        output-error
          the output error is (y_pred − y)·σ'(y_pred) on the logit, not σ(y_pred) −
          y. Alone, it turns the gradient by 0° and scales its length by 0.32.
        every-step
          Whyᵀ·δ is added to dh at every step, not only at t = T. Alone, it turns
          the gradient by 22° and scales its length by 2.01.
        final-h
          (1 − self.h**2) uses the final h_T at every step, not h_t. Alone, it turns
          the gradient by 6° and scales its length by 0.94.

      """
    let result = unroll("compare", "--hidden-size", "2", "--steps", "3", "--seed", "1")
    #expect(result.code == 0)
    #expect(result.err == "")
    #expect(result.out == expected)
  }

  @Test func theJSONDecodesToTheEnginesComparison() throws {
    let result = unroll(
      "compare", "--hidden-size", "3", "--steps", "4", "--seed", "2", "--format", "json")
    #expect(result.code == 0)
    #expect(result.err == "")
    let model = Model(.rnn, sizes: Sizes(input: 1, hidden: 3, steps: 4))
    let expected = try Comparison(
      model: model, parameters: model.initialParameters(seed: 2),
      example: .random(model.sizes, seed: 2))
    let decoded = try JSONDecoder().decode(Comparison.self, from: Data(result.out.utf8))
    #expect(decoded == expected)
    #expect(decoded.ablation.map(\.deviation) == ["output-error", "every-step", "final-h"])
    #expect(
      decoded.verbatimFailure?.message.hasPrefix("shapes (1,1) and (5,1) not aligned") == true)
    // Keys in a stable order: the same run twice gives the same text.
    #expect(
      unroll("compare", "--hidden-size", "3", "--steps", "4", "--seed", "2", "--format", "json").out
        == result.out)
  }

  @Test func aNegativeCosineIsSaidInWords() {
    // Seed 0 at the notes' sizes: the notes' gradient points away from the correct one.
    let result = unroll("compare")
    #expect(result.code == 0)
    #expect(
      result.out.contains(
        "  all      0.3762     2.3977      1.0949  -0.5554          24%\n"))
    #expect(
      result.out.contains(
        "  The cosine over all parameters is negative: to first order, the notes'\n"
          + "  step raises this example's loss where the correct step lowers it.\n"))
  }

  @Test func theLSTMIsAUsageErrorThatSaysWhy() {
    let result = unroll("compare", "--model", "lstm")
    #expect(result.code == 2)
    #expect(result.out == "")
    #expect(
      result.err
        == "unroll: compare exists for the RNN only: the notes give the LSTM no backward pass "
        + "to compare\n")
  }

  @Test func theGRUIsAUsageErrorThatSaysWhy() throws {
    let result = unroll("compare", "--model", "gru")
    #expect(result.code == 2)
    #expect(result.out == "")
    #expect(
      result.err
        == "unroll: compare exists for the RNN only: the notes have no GRU, so no backward "
        + "pass of theirs to compare\n")
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let weights = folder.file("gru.json")
    #expect(unroll("trace", "--model", "gru", "--format", "json", "-o", weights).code == 0)
    let fromFile = unroll("compare", "--weights", weights)
    #expect(fromFile.code == 2)
    #expect(
      fromFile.err
        == "unroll: compare exists for the RNN only: the notes have no GRU, so no backward "
        + "pass of theirs to compare (\(weights) holds a GRU)\n")
    // An RNN's file is named on a line of its own under the header.
    let rnn = folder.file("a rather long name for the weights of an rnn.json")
    #expect(unroll("trace", "--hidden-size", "3", "--format", "json", "-o", rnn).code == 0)
    let header = unroll("compare", "--weights", rnn).out.split(separator: "\n").prefix(2)
    #expect(header == ["compare: rnn, input 1, hidden 3, steps 10", "  weights \(rnn)"])
  }

  @Test func sparklinesAreUnicodeUnlessTheLocaleOrTERMSaysNot() {
    let norms = [0.0, 0.5, 1.0, 2.0]
    #expect(Sparkline.draw(norms, unicode: true, width: 80) == "▁▃▅█")
    #expect(Sparkline.draw(norms, unicode: false, width: 80) == "_:+@")
    #expect(Sparkline.draw([1, 3, .nan, 2], unicode: false, width: 2) == "@!")
    #expect(Terminal(environment: ["LANG": "C.UTF-8"], isTTY: true).isUnicode)
    #expect(!Terminal(environment: ["LANG": "C"], isTTY: true).isUnicode)
    #expect(!Terminal(environment: ["TERM": "dumb"], isTTY: true).isUnicode)
    #expect(!Terminal(environment: ["LC_ALL": "C", "LANG": "C.UTF-8"], isTTY: true).isUnicode)
    // A pipe or a lesson draws what the terminal would.
    #expect(Terminal(environment: ["LANG": "en_US.UTF-8"], isTTY: false).isUnicode)
    #expect(Terminal(environment: [:], isTTY: false).isUnicode)
    let tty = unroll(
      "compare", "--hidden-size", "2", "--steps", "3", "--seed", "1",
      environment: ["LANG": "C.UTF-8"], isTTY: true)
    #expect(tty.out.contains("dh     correct  ▃▄█"))
    for environment in [["LC_ALL": "C"], ["TERM": "dumb"]] {
      let ascii = unroll(
        "compare", "--hidden-size", "2", "--steps", "3", "--seed", "1",
        environment: environment)
      #expect(ascii.out.contains("    dh     correct  -=@\n"))
      #expect(
        ascii.out.contains("    _.:-=+*#%@: 0 up to each line's largest; one cell per step\n"))
      #expect(!ascii.out.contains("▁"))
    }
  }

  @Test func theLegendSaysHowManyStepsACellAverages() {
    // 200 steps in 56 cells: `buckets` gives 3 or 4 steps to a cell, as the legend says.
    let sizes = Set(
      (0..<56).map { k in min(max((k + 1) * 200 / 56, k * 200 / 56 + 1), 200) - k * 200 / 56 })
    #expect(sizes == [3, 4])
    #expect(
      Sparkline.legend(unicode: false, steps: 200, cells: 56, indent: 4, width: 80)
        == "    _.:-=+*#%@: 0 up to each line's largest; each cell the mean of 3 or 4 steps\n")
    #expect(
      Sparkline.legend(unicode: true, steps: 112, cells: 56, indent: 2, width: 80)
        == "  ▁▂▃▄▅▆▇█: 0 up to each line's largest; each cell the mean of 2 steps\n")
    let narrow = Sparkline.legend(unicode: true, steps: 200, cells: 16, indent: 4, width: 40)
    #expect(narrow.split(separator: "\n").allSatisfy { TextWrap.columns(String($0)) <= 40 })
    let wide = unroll("compare", "--steps", "200", environment: ["COLUMNS": "80"])
    #expect(wide.out.contains("each cell the mean of 3 or 4 steps\n"))
    let overTime = wide.out.split(separator: "\n").drop { !$0.contains("over time") }.prefix(6)
    #expect(overTime.count == 6)
    #expect(overTime.allSatisfy { TextWrap.columns(String($0)) <= 80 })
  }
}
