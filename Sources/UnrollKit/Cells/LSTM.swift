/// The LSTM note's cell (note 003) as programs: forward, and the correct BPTT the
/// note leaves out.
///
/// Gates act on `concat = [h_{t-1}; x_t]`, shape (hidden+input, 1).
///
/// `df`, `di`, `dC_tilde` and `do` are gradients with respect to each gate's
/// pre-activation (the argument of its σ or tanh), because that is what the weight
/// gradients multiply: `dWf += df · concatᵀ`.
public enum LSTM {
  /// The LSTM's facts: note 003's sizes 3/5/4 and its unscaled gate weights, no
  /// backward pass in the notes, PyTorch's `nn.LSTM` layout (gate order i, f, g, o).
  public static let cell = Cell(
    name: "lstm", title: "LSTM", article: "an",
    defaults: Sizes(input: 3, hidden: 5, steps: 4),
    parameterShapes: { sizes in
      let h = sizes.hidden
      // (hidden, hidden+input): acts on concat = [h_{t-1}; x_t]
      let gate = Shape(h, h + sizes.input)
      let bias = Shape(h, 1)
      return [
        ("Wf", gate), ("Wi", gate), ("WC", gate), ("Wo", gate),
        ("bf", bias), ("bi", bias), ("bC", bias), ("bo", bias),
        ("Why", Shape(1, h)), ("by", Shape(1, 1)),
      ]
    },
    // Note 003: Wf, Wi, WC, Wo = randn unscaled (they saturate the gates; lesson 7 shows
    // it); the head as the RNN's, Why = randn·√(1/hidden).
    initialScale: { name, sizes in name == "Why" ? (1.0 / Double(sizes.hidden)).squareRoot() : 1 },
    forward: forward, backward: backward,
    notesBackward: .absent(
      .init(
        clause: "the notes give the LSTM no backward pass",
        sentence: "The notes give the LSTM no backward pass",
        nothingToCompare: "there is nothing to compare")),
    signature: "Wf",
    sizeWeights: SizeWeights(recurrent: "Wf", input: "Wf", isConcatenated: true),
    // PyTorch's order is i, f, g, o; the note's C̃ is PyTorch's g.
    pytorchGates: [
      PyTorchLayout.Gate(letter: "i", rule: .concat(weight: "Wi", bias: "bi")),
      PyTorchLayout.Gate(letter: "f", rule: .concat(weight: "Wf", bias: "bf")),
      PyTorchLayout.Gate(letter: "g", rule: .concat(weight: "WC", bias: "bC")),
      PyTorchLayout.Gate(letter: "o", rule: .concat(weight: "Wo", bias: "bo")),
    ],
    heatMaps: ["h_t", "C_t", "f_t", "i_t", "C_tilde", "o_t"],
    aliases: [
      "C_tilda": "C_tilde", "dC_tilda": "dC_tilde", "C̃": "C_tilde", "C̃_t": "C_tilde",
      "dC̃": "dC_tilde",
    ])

  /// Forward: the four gates, the cell state and the hidden state for t = 1 … T, then the head.
  public static func forward(_ sizes: Sizes) -> Program {
    Program(
      name: "LSTM forward",
      blocks: [
        Block(
          .forward, .forwardInTime,
          [
            .assign(
              "concat", "concat = [h_{t-1}; x_t]", line: "concat = np.vstack((h_prev, x))",
              explanation: """
                The gates all read the previous hidden state and this step's input together: \
                concat = [h_{t-1}; x_t] stacks them into one column of hidden + input entries.
                """
            ) {
              c in try Matrix.vstack([c["h_t", c.t - 1], c["x_t"]])
            },
            .assign(
              "f_t", "f_t = σ(Wf · concat + bf)",
              line: "f_t = self.sigmoid(np.dot(self.Wf, concat) + self.bf)",
              explanation: """
                The forget gate: for each cell unit, a number in (0, 1) saying how much of the old \
                cell state C_{t-1} to keep. 1 keeps it all, 0 erases it.
                """
            ) { c in try c.gate("Wf", "bf").sigmoid },
            .assign(
              "i_t", "i_t = σ(Wi · concat + bi)",
              line: "i_t = self.sigmoid(np.dot(self.Wi, concat) + self.bi)",
              explanation: """
                The input gate: how much of the candidate C̃_t to write into the cell state, per \
                unit, in (0, 1).
                """
            ) { c in try c.gate("Wi", "bi").sigmoid },
            .assign(
              "C_tilde", "C̃_t = tanh(WC · concat + bC)",
              line: "C_tilda = self.tanh(np.dot(self.WC, concat) + self.bC)",
              explanation: """
                The candidate values: what could be written into the cell this step, in (−1, 1), \
                computed from concat like a plain RNN step.
                """
            ) { c in try c.gate("WC", "bC").tanh },
            .assign(
              "C_t", "C_t = f_t ⊙ C_{t-1} + i_t ⊙ C̃_t", line: "C_t = f_t * C_prev + i_t * C_tilda",
              explanation: """
                The new cell state: keep f_t of the old one, add i_t of the candidate. What \
                C_{t-1} receives back through this sum is dC_t ⊙ f_t, scaled by the forget gate \
                and by no weight matrix, so a gradient can travel far back along the cell, but \
                only where f_t stays near 1: at f_t ≈ 0.5 (bf = 0) it about halves at every \
                step, and a forget bias of about 3 (--forget-bias 3) keeps it near 1.
                """
            ) { c in
              try c["f_t"] * c["C_t", c.t - 1] + c["i_t"] * c["C_tilde"]
            },
            .assign(
              "o_t", "o_t = σ(Wo · concat + bo)",
              line: "o_t = self.sigmoid(np.dot(self.Wo, concat) + self.bo)",
              explanation: """
                The output gate: how much of the squashed cell state tanh(C_t) to show as the \
                hidden state, per unit.
                """
            ) { c in try c.gate("Wo", "bo").sigmoid },
            .assign(
              "h_t", "h_t = o_t ⊙ tanh(C_t)", line: "h_t = o_t * self.tanh(C_t)",
              explanation: """
                The hidden state: the output gate applied to tanh(C_t). It goes to the next step \
                (through concat) and, at t = T, to the output head.
                """
            ) { c in
              try c["o_t"] * c["C_t"].tanh
            },
          ]),
        Head.output,
      ],
      initialValues: [
        InitialValue("h_t", .beforeFirst, rows: sizes.hidden),
        InitialValue("C_t", .beforeFirst, rows: sizes.hidden),
      ])
  }

  /// Correct BPTT through the cell, t = T … 1.
  ///
  /// The cell state is the gradient's highway: `dC` reaches `C_{t-1}` through
  /// `dC_next = dC ⊙ f_t`, one multiplication per step, where the RNN's `dh` passes
  /// through `Whhᵀ` and a tanh derivative at every step.
  public static func backward(_ sizes: Sizes) -> Program {
    let hidden = sizes.hidden
    return Program(
      name: "LSTM correct BPTT",
      blocks: [
        Head.backward,
        Block(
          .backward, .backwardInTime,
          [
            Head.dh,
            .assign(
              "dC", "dC = dC_next + dh ⊙ o_t ⊙ (1 − tanh²(C_t))",
              line: "dC = dC_next + dh * o_t * (1 - np.tanh(C_t)**2)",
              explanation: """
                ∂L/∂C_t in full: what comes back from C_{t+1} (dC_next) plus what reaches C_t \
                through h_t = o_t ⊙ tanh(C_t), that is dh ⊙ o_t ⊙ (1 − tanh²(C_t)).
                """
            ) { c in
              // h_t = o_t ⊙ tanh(C_t) reaches C_t through tanh; C_{t+1} reaches it through f_{t+1}.
              let tanhC = try c["C_t"].tanh
              return try c["dC_next", c.t + 1] + c["dh"] * c["o_t"] * (1 - tanhC * tanhC)
            },
            .assign(
              "do", "do = dh ⊙ tanh(C_t) ⊙ o_t ⊙ (1 − o_t)",
              line: "do = dh * np.tanh(C_t) * o_t * (1 - o_t)",
              explanation: """
                The gradient at the output gate's pre-activation: h_t = o_t ⊙ tanh(C_t) gives \
                dh ⊙ tanh(C_t), then σ' = o_t ⊙ (1 − o_t).
                """
            ) { c in
              try c["dh"] * c["C_t"].tanh * Activation.sigmoidDerivative(c["o_t"])
            },
            .assign(
              "dC_tilde", "dC̃ = dC ⊙ i_t ⊙ (1 − C̃_t²)",
              line: "dC_tilda = dC * i_t * (1 - C_tilda**2)",
              explanation: """
                The gradient at the candidate's pre-activation: C_t gets i_t ⊙ C̃_t, so dC ⊙ i_t, \
                then tanh' = 1 − C̃_t².
                """
            ) { c in
              try c["dC"] * c["i_t"] * (1 - c["C_tilde"] * c["C_tilde"])
            },
            .assign(
              "di", "di = dC ⊙ C̃_t ⊙ i_t ⊙ (1 − i_t)", line: "di = dC * C_tilda * i_t * (1 - i_t)",
              explanation: """
                The gradient at the input gate's pre-activation: dC ⊙ C̃_t, then σ' = i_t ⊙ (1 − i_t).
                """
            ) { c in
              try c["dC"] * c["C_tilde"] * Activation.sigmoidDerivative(c["i_t"])
            },
            .assign(
              "df", "df = dC ⊙ C_{t-1} ⊙ f_t ⊙ (1 − f_t)",
              line: "df = dC * C_prev * f_t * (1 - f_t)",
              explanation: """
                The gradient at the forget gate's pre-activation: C_t gets f_t ⊙ C_{t-1}, so \
                dC ⊙ C_{t-1}, then σ' = f_t ⊙ (1 − f_t).
                """
            ) { c in
              try c["dC"] * c["C_t", c.t - 1] * Activation.sigmoidDerivative(c["f_t"])
            },
            .weightGradient("Wf", from: "df", on: "concat", what: "forget gate's weights"),
            .biasGradient("bf", from: "df", what: "forget gate's bias"),
            .weightGradient("Wi", from: "di", on: "concat", what: "input gate's weights"),
            .biasGradient("bi", from: "di", what: "input gate's bias"),
            .weightGradient(
              "WC", from: "dC_tilde", written: "dC̃", on: "concat", what: "candidate's weights"),
            .biasGradient("bC", from: "dC_tilde", written: "dC̃", what: "candidate's bias"),
            .weightGradient("Wo", from: "do", on: "concat", what: "output gate's weights"),
            .biasGradient("bo", from: "do", what: "output gate's bias"),
            .assign(
              "dconcat", "dconcat = Wfᵀ·df + Wiᵀ·di + WCᵀ·dC̃ + Woᵀ·do",
              line: "dconcat = Wf.T @ df + Wi.T @ di + WC.T @ dC_tilda + Wo.T @ do",
              explanation: """
                Each gate read concat, so each sends its share back through its weights: \
                Wfᵀ·df + Wiᵀ·di + WCᵀ·dC̃ + Woᵀ·do, shape (hidden + input, 1).
                """
            ) { c in
              // Each gate read concat, so each sends its share back: (hidden+input, 1).
              var sum = try c["Wf"].transposedDot(c["df"])
              try sum.add(c["Wi"].transposedDot(c["di"]))
              try sum.add(c["WC"].transposedDot(c["dC_tilde"]))
              try sum.add(c["Wo"].transposedDot(c["do"]))
              return sum
            },
            .assign(
              "dh_next", "dh_next = dconcat[:hidden]", line: "dh_next = dconcat[:hidden_size]",
              explanation: """
                The top part of dconcat is the gradient for h_{t-1} (the rest belongs to x_t, which \
                has no parameters). It becomes part of dh at the step before.
                """
            ) {
              c in try c["dconcat"].rows(0..<hidden)  // the h_{t-1} half of concat
            },
            .assign(
              "dC_next", "dC_next = dC ⊙ f_t", line: "dC_next = dC * f_t",
              explanation: """
                What C_{t-1} receives: C_t = f_t ⊙ C_{t-1} + …, so dC ⊙ f_t. One elementwise \
                product per step, no weight matrix: the cell state is the gradient's highway.
                """
            ) { c in
              try c["dC"] * c["f_t"]
            },
          ]),
      ],
      initialValues: [
        InitialValue("dh_next", .afterLast, rows: hidden),
        InitialValue("dC_next", .afterLast, rows: hidden),
      ])
  }
}

extension ModelKind {
  /// The LSTM, `--model lstm`.
  public static let lstm = LSTM.cell.kind
}
