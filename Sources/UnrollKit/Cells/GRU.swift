/// PyTorch's GRU cell (`nn.GRU`, gate order r, z, n) as programs: forward and correct BPTT.
///
/// The notes have no GRU; the NumPy lines are written in the style of
/// scripts/reference/gru_forward.py, PyTorch's equations written plainly.
///
/// The reset and update gates act on `concat = [h_{t-1}; x_t]` as the LSTM's gates
/// do, so `Wr = [W_hr | W_ir]` and `br = b_ir + b_hr` in PyTorch's names. The
/// candidate keeps PyTorch's placement of the reset gate: `r_t` multiplies
/// `hn_t = Whn · h_{t-1} + bhn`, bias included, not `h_{t-1}` before `Whn`. That is
/// why the candidate's weights are split (`Wxn` on x_t, `Whn` on h_{t-1}) and its
/// biases too (`bxn` outside the reset gate, `bhn` inside it).
///
/// `dr`, `dz` and `dn` are gradients with respect to each gate's pre-activation (the
/// argument of its σ or tanh), as the LSTM's are, because that is what the weight
/// gradients multiply: `dWr += dr · concatᵀ`. `dhn` is ∂L/∂hn_t, which is already
/// a pre-activation's part: `dWhn += dhn · h_{t-1}ᵀ`.
public enum GRU {
  /// Forward: the two gates, the candidate and the hidden state for t = 1 … T, then the head.
  public static func forward(_ sizes: Sizes) -> Program {
    Program(
      name: "GRU forward",
      blocks: [
        Block(
          .forward, .forwardInTime,
          [
            .assign("concat", "concat = [h_{t-1}; x_t]", line: "concat = np.vstack((h_prev, x))") {
              c in try Matrix.vstack([c["h_t", c.t - 1], c["x_t"]])
            },
            .assign(
              "r_t", "r_t = σ(Wr · concat + br)", line: "r_t = sigmoid(np.dot(Wr, concat) + br)"
            ) { c in try c.gate("Wr", "br").sigmoid },
            .assign(
              "z_t", "z_t = σ(Wz · concat + bz)", line: "z_t = sigmoid(np.dot(Wz, concat) + bz)"
            ) { c in try c.gate("Wz", "bz").sigmoid },
            .assign(
              "hn_t", "hn_t = Whn · h_{t-1} + bhn", line: "hn_t = np.dot(Whn, h_prev) + bhn"
            ) { c in
              // (hidden, hidden) · (hidden, 1) + (hidden, 1): the part the reset gate scales.
              try c["Whn"].dot(c["h_t", c.t - 1]) + c["bhn"]
            },
            .assign(
              "n_t", "n_t = tanh(Wxn · x_t + bxn + r_t ⊙ hn_t)",
              line: "n_t = np.tanh(np.dot(Wxn, x) + bxn + r_t * hn_t)"
            ) { c in
              // (hidden, input) · (input, 1) + (hidden, 1) + (hidden, 1) ⊙ (hidden, 1)
              var a = try c["Wxn"].dot(c["x_t"])
              try a.add(c["bxn"])
              try a.add(c["r_t"] * c["hn_t"])
              a.apply(Activation.tanh)
              return a
            },
            .assign(
              "h_t", "h_t = (1 − z_t) ⊙ n_t + z_t ⊙ h_{t-1}",
              line: "h_t = (1 - z_t) * n_t + z_t * h_prev"
            ) { c in
              // z_t near 1 keeps the old state, near 0 takes the candidate.
              try (1 - c["z_t"]) * c["n_t"] + c["z_t"] * c["h_t", c.t - 1]
            },
          ]),
        Head.output,
      ],
      initialValues: [InitialValue("h_t", .beforeFirst, rows: sizes.hidden)])
  }

  /// Correct BPTT through the cell, t = T … 1.
  ///
  /// h_{t-1} reaches h_t along three paths, and `dh_next` sums them: through the
  /// gates (the top of `dconcat`), through `hn_t` (`Whnᵀ · dhn`), and directly through
  /// `z_t ⊙ h_{t-1}` (`dh ⊙ z_t`). The last is the GRU's highway, as `dC ⊙ f_t` is
  /// the LSTM's: an elementwise product, no weight matrix, no squashing derivative.
  public static func backward(_ sizes: Sizes) -> Program {
    let hidden = sizes.hidden
    return Program(
      name: "GRU correct BPTT",
      blocks: [
        Head.backward,
        Block(
          .backward, .backwardInTime,
          [
            Head.dh,
            .assign(
              "dn", "dn = dh ⊙ (1 − z_t) ⊙ (1 − n_t²)", line: "dn = dh * (1 - z_t) * (1 - n_t**2)"
            ) { c in
              // h_t takes (1 − z_t) of n_t; then back through the tanh.
              try (c["dh"] * (1 - c["z_t"])).timesTanhDerivative(at: c["n_t"])
            },
            .assign(
              "dz", "dz = dh ⊙ (h_{t-1} − n_t) ⊙ z_t ⊙ (1 − z_t)",
              line: "dz = dh * (h_prev - n_t) * z_t * (1 - z_t)"
            ) { c in
              // ∂h_t/∂z_t = h_{t-1} − n_t; then σ' = z_t ⊙ (1 − z_t).
              try c["dh"] * (c["h_t", c.t - 1] - c["n_t"]) * Activation.sigmoidDerivative(c["z_t"])
            },
            .assign(
              "dr", "dr = dn ⊙ hn_t ⊙ r_t ⊙ (1 − r_t)", line: "dr = dn * hn_t * r_t * (1 - r_t)"
            ) { c in
              // The pre-activation of n_t holds r_t ⊙ hn_t; then σ' = r_t ⊙ (1 − r_t).
              try c["dn"] * c["hn_t"] * Activation.sigmoidDerivative(c["r_t"])
            },
            .assign("dhn", "dhn = dn ⊙ r_t", line: "dhn = dn * r_t") { c in
              // hn_t enters n_t's pre-activation scaled by the reset gate.
              try c["dn"] * c["r_t"]
            },
            .weightGradient("Wr", from: "dr", on: "concat"), .biasGradient("br", from: "dr"),
            .weightGradient("Wz", from: "dz", on: "concat"), .biasGradient("bz", from: "dz"),
            .weightGradient("Wxn", from: "dn", on: "x_t"), .biasGradient("bxn", from: "dn"),
            .weightGradient("Whn", from: "dhn", on: "h_prev"), .biasGradient("bhn", from: "dhn"),
            .assign(
              "dconcat", "dconcat = Wrᵀ·dr + Wzᵀ·dz",
              line: "dconcat = Wr.T @ dr + Wz.T @ dz"
            ) { c in
              // Both gates read concat, so both send their share back: (hidden+input, 1).
              var sum = try c["Wr"].transposedDot(c["dr"])
              try sum.add(c["Wz"].transposedDot(c["dz"]))
              return sum
            },
            .assign(
              "dh_next", "dh_next = dconcat[:hidden] + Whnᵀ·dhn + dh ⊙ z_t",
              line: "dh_next = dconcat[:hidden_size] + Whn.T @ dhn + dh * z_t"
            ) { c in
              // The gates' share (the h_{t-1} half of concat), hn_t's, and the direct path.
              var sum = try c["dconcat"].rows(0..<hidden)
              try sum.add(c["Whn"].transposedDot(c["dhn"]))
              try sum.add(c["dh"] * c["z_t"])
              return sum
            },
          ]),
      ],
      initialValues: [InitialValue("dh_next", .afterLast, rows: hidden)])
  }
}
