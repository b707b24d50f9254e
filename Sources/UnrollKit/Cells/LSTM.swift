/// The LSTM note's cell (note 003) as programs: forward, and the correct BPTT the
/// note leaves out.
///
/// Gates act on `concat = [h_{t-1}; x_t]`, shape (hidden+input, 1).
///
/// `df`, `di`, `dC_tilde` and `do` are gradients with respect to each gate's
/// pre-activation (the argument of its σ or tanh), because that is what the weight
/// gradients multiply: `dWf += df · concatᵀ`.
public enum LSTM {
  /// Forward: the four gates, the cell state and the hidden state for t = 1 … T, then the head.
  public static func forward(_ sizes: Sizes) -> Program {
    Program(
      name: "LSTM forward",
      blocks: [
        Block(
          .forward, .forwardInTime,
          [
            .assign("concat", "concat = [h_{t-1}; x_t]", line: "concat = np.vstack((h_prev, x))") {
              c in try Matrix.vstack([c["h_t", c.t - 1], c["x_t"]])
            },
            .assign(
              "f_t", "f_t = σ(Wf · concat + bf)",
              line: "f_t = self.sigmoid(np.dot(self.Wf, concat) + self.bf)"
            ) { c in try c.gate("Wf", "bf").sigmoid },
            .assign(
              "i_t", "i_t = σ(Wi · concat + bi)",
              line: "i_t = self.sigmoid(np.dot(self.Wi, concat) + self.bi)"
            ) { c in try c.gate("Wi", "bi").sigmoid },
            .assign(
              "C_tilde", "C̃_t = tanh(WC · concat + bC)",
              line: "C_tilda = self.tanh(np.dot(self.WC, concat) + self.bC)"
            ) { c in try c.gate("WC", "bC").tanh },
            .assign(
              "C_t", "C_t = f_t ⊙ C_{t-1} + i_t ⊙ C̃_t", line: "C_t = f_t * C_prev + i_t * C_tilda"
            ) { c in
              try c["f_t"] * c["C_t", c.t - 1] + c["i_t"] * c["C_tilde"]
            },
            .assign(
              "o_t", "o_t = σ(Wo · concat + bo)",
              line: "o_t = self.sigmoid(np.dot(self.Wo, concat) + self.bo)"
            ) { c in try c.gate("Wo", "bo").sigmoid },
            .assign("h_t", "h_t = o_t ⊙ tanh(C_t)", line: "h_t = o_t * self.tanh(C_t)") { c in
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
              line: "dC = dC_next + dh * o_t * (1 - np.tanh(C_t)**2)"
            ) { c in
              // h_t = o_t ⊙ tanh(C_t) reaches C_t through tanh; C_{t+1} reaches it through f_{t+1}.
              let tanhC = try c["C_t"].tanh
              return try c["dC_next", c.t + 1] + c["dh"] * c["o_t"] * (1 - tanhC * tanhC)
            },
            .assign(
              "do", "do = dh ⊙ tanh(C_t) ⊙ o_t ⊙ (1 − o_t)",
              line: "do = dh * np.tanh(C_t) * o_t * (1 - o_t)"
            ) { c in
              try c["dh"] * c["C_t"].tanh * Activation.sigmoidDerivative(c["o_t"])
            },
            .assign(
              "dC_tilde", "dC̃ = dC ⊙ i_t ⊙ (1 − C̃_t²)",
              line: "dC_tilda = dC * i_t * (1 - C_tilda**2)"
            ) { c in
              try c["dC"] * c["i_t"] * (1 - c["C_tilde"] * c["C_tilde"])
            },
            .assign(
              "di", "di = dC ⊙ C̃_t ⊙ i_t ⊙ (1 − i_t)", line: "di = dC * C_tilda * i_t * (1 - i_t)"
            ) { c in
              try c["dC"] * c["C_tilde"] * Activation.sigmoidDerivative(c["i_t"])
            },
            .assign(
              "df", "df = dC ⊙ C_{t-1} ⊙ f_t ⊙ (1 − f_t)",
              line: "df = dC * C_prev * f_t * (1 - f_t)"
            ) { c in
              try c["dC"] * c["C_t", c.t - 1] * Activation.sigmoidDerivative(c["f_t"])
            },
            .weightGradient("Wf", from: "df", on: "concat"), .biasGradient("bf", from: "df"),
            .weightGradient("Wi", from: "di", on: "concat"), .biasGradient("bi", from: "di"),
            .weightGradient("WC", from: "dC_tilde", on: "concat"),
            .biasGradient("bC", from: "dC_tilde"),
            .weightGradient("Wo", from: "do", on: "concat"), .biasGradient("bo", from: "do"),
            .assign(
              "dconcat", "dconcat = Wfᵀ·df + Wiᵀ·di + WCᵀ·dC̃ + Woᵀ·do",
              line: "dconcat = Wf.T @ df + Wi.T @ di + WC.T @ dC_tilda + Wo.T @ do"
            ) { c in
              // Each gate read concat, so each sends its share back: (hidden+input, 1).
              var sum = try c["Wf"].transposedDot(c["df"])
              try sum.add(c["Wi"].transposedDot(c["di"]))
              try sum.add(c["WC"].transposedDot(c["dC_tilde"]))
              try sum.add(c["Wo"].transposedDot(c["do"]))
              return sum
            },
            .assign(
              "dh_next", "dh_next = dconcat[:hidden]", line: "dh_next = dconcat[:hidden_size]"
            ) {
              c in try c["dconcat"].rows(0..<hidden)  // the h_{t-1} half of concat
            },
            .assign("dC_next", "dC_next = dC ⊙ f_t", line: "dC_next = dC * f_t") { c in
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
