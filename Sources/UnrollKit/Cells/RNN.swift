/// The notes' vanilla RNN as programs: the forward recurrence and correct BPTT.
///
/// Each forward rule and the backward rule that undoes it sit in this one file, so a
/// learner holding note 000 (or 002, 004) can read both side by side.
public enum RNN {
  /// The RNN's facts: sizes 1/32/10 (note 000), the notes' initialisation, the notes'
  /// own backward passes beside the correct one, PyTorch's `nn.RNN` layout.
  public static let cell = Cell(
    name: "rnn", title: "RNN", article: "an",
    defaults: Sizes(input: 1, hidden: 32, steps: 10),
    parameterShapes: { sizes in
      let (h, i) = (sizes.hidden, sizes.input)
      return [
        ("Wxh", Shape(h, i)), ("Whh", Shape(h, h)), ("Why", Shape(1, h)),
        ("bh", Shape(h, 1)), ("by", Shape(1, 1)),
      ]
    },
    // Notes 000/002/004: Wxh = randn·√(1/input), Whh and Why = randn·√(1/hidden).
    initialScale: { name, sizes in
      (1.0 / Double(name == "Wxh" ? sizes.input : sizes.hidden)).squareRoot()
    },
    forward: forward, backward: backward,
    notesBackward: .given(
      document: { sizes in DocumentRNN.document(sizes) }, verbatim: DocumentRNN.verbatim),
    signature: nil,
    sizeWeights: SizeWeights(recurrent: "Whh", input: "Wxh", isConcatenated: false),
    pytorchGates: [
      PyTorchLayout.Gate(
        letter: "", rule: .apart(inputWeight: "Wxh", hiddenWeight: "Whh", bias: "bh"))
    ],
    heatMaps: ["h_t"], aliases: [:])

  /// Forward: `h_t = tanh(Wxh · x_t + Whh · h_{t-1} + bh)` for t = 1 … T, then the head.
  public static func forward(_ sizes: Sizes) -> Program {
    Program(
      name: "RNN forward",
      blocks: [
        Block(
          .forward, .forwardInTime,
          [
            .assign(
              "h_t", "h_t = tanh(Wxh · x_t + Whh · h_{t-1} + bh)",
              line: "self.h = np.tanh(np.dot(self.Wxh, x[t]) + np.dot(self.Whh, self.h) + self.bh)",
              explanation: """
                The RNN's whole step: mix this step's input (Wxh · x_t) with the previous hidden \
                state (Whh · h_{t-1}), add the bias bh, squash with tanh into (−1, 1). The same \
                weights are used at every step; h_t is the network's memory of x_1 … x_t.
                """
            ) { c in
              // (hidden, input) · (input, 1) + (hidden, hidden) · (hidden, 1) + (hidden, 1),
              // summed in place: this line runs T times per sample in training.
              var a = try c["Wxh"].dot(c["x_t"])
              try a.add(c["Whh"].dot(c["h_t", c.t - 1]))
              try a.add(c["bh"])
              a.apply(Activation.tanh)
              return a
            }
          ]),
        Head.output,
      ],
      initialValues: [InitialValue("h_t", .beforeFirst, rows: sizes.hidden)])
  }

  /// Correct BPTT: the head's gradients, then t = T … 1.
  ///
  /// With `a_t = Wxh·x_t + Whh·h_{t-1} + bh` and `h_t = tanh(a_t)`:
  /// `∂L/∂a_t = ∂L/∂h_t ⊙ (1 − h_t²)`, using this step's own `h_t`; each weight
  /// is used at every step, so its gradient is the sum of the steps' contributions.
  public static func backward(_ sizes: Sizes) -> Program {
    Program(
      name: "RNN correct BPTT",
      blocks: [
        Head.backward,
        Block(
          .backward, .backwardInTime,
          [
            Head.dh,
            .assign(
              "dh_raw", "dh_raw = dh ⊙ (1 − h_t²)",
              line: "dh_raw = (1 - hs[:, t+1:t+2]**2) * dh  # tanh' at this step's h_t",
              explanation: """
                Backpropagation through the tanh: h_t = tanh(a_t) so ∂L/∂a_t = dh ⊙ (1 − h_t²). It \
                must use this step's own h_t; the notes use the final hidden state at every step.
                """
            ) { c in
              try c["dh"].timesTanhDerivative(at: c["h_t"])
            },
            .accumulateOuter(
              into: "Wxh", "dWxh += dh_raw · x_tᵀ", line: "dWxh += np.dot(dh_raw, x[t].T)",
              explanation: """
                Wxh is used at every step, so its gradient is a sum over the steps: this step adds \
                dh_raw · x_tᵀ. The value shown is the sum so far, from t = T down to this t.
                """
            ) { c in
              try (c["dh_raw"], c["x_t"])  // (hidden, 1) · (1, input)
            },
            .accumulateOuter(
              into: "Whh", "dWhh += dh_raw · h_{t-1}ᵀ",
              line: "dWhh += np.dot(dh_raw, hs[:, t:t+1].T)",
              explanation: """
                Whh is used at every step on h_{t-1}, so this step adds dh_raw · h_{t-1}ᵀ to the \
                running sum.
                """
            ) { c in
              try (c["dh_raw"], c["h_t", c.t - 1])  // (hidden, 1) · (1, hidden)
            },
            .accumulate(
              into: "bh", "dbh += dh_raw", line: "dbh += dh_raw",
              explanation: "bh is added at every step, so each step adds dh_raw to its gradient."
            ) { c, dbh in
              try dbh.add(c["dh_raw"])
            },
            .assign(
              "dh_next", "dh_next = Whhᵀ · dh_raw", line: "dh_next = np.dot(self.Whh.T, dh_raw)",
              explanation: """
                What h_{t-1} receives from step t: a_t = … + Whh · h_{t-1}, so the gradient goes \
                back through Whhᵀ. At the step before, it becomes part of dh. Multiplying by Whhᵀ \
                and a tanh derivative at every step is why RNN gradients vanish or explode.
                """
            ) { c in
              // What h_{t-1} receives from step t: (hidden, hidden)ᵀ · (hidden, 1).
              try c["Whh"].transposedDot(c["dh_raw"])
            },
          ]),
      ],
      initialValues: [InitialValue("dh_next", .afterLast, rows: sizes.hidden)])
  }
}

extension ModelKind {
  /// The RNN, `--model rnn`.
  public static let rnn = RNN.cell.kind
}
