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
  /// The GRU's facts: the LSTM note's sizes 3/5/4, every weight randn·√(1/hidden), no
  /// backward pass of the notes' (they have no GRU), PyTorch's `nn.GRU` layout (r, z, n).
  public static let cell = Cell(
    name: "gru", title: "GRU", article: "a",
    defaults: Sizes(input: 3, hidden: 5, steps: 4),
    parameterShapes: { sizes in
      let (h, i) = (sizes.hidden, sizes.input)
      let gate = Shape(h, h + i)  // (hidden, hidden+input): r and z act on concat
      let bias = Shape(h, 1)
      return [
        ("Wr", gate), ("Wz", gate), ("Wxn", Shape(h, i)), ("Whn", Shape(h, h)),
        ("br", bias), ("bz", bias), ("bxn", bias), ("bhn", bias),
        ("Why", Shape(1, h)), ("by", Shape(1, 1)),
      ]
    },
    // No note has a GRU: every weight randn·√(1/hidden), Wr, Wz, Wxn, Whn, Why in that
    // order. PyTorch draws a GRU's weights and biases from U(−1/√hidden, 1/√hidden), whose
    // spread is 1/√(3·hidden): the same order of scale, so the gates start unsaturated as
    // in PyTorch, drawn from our seeded normals, with zero biases as the other cells have.
    initialScale: { _, sizes in (1.0 / Double(sizes.hidden)).squareRoot() },
    forward: forward, backward: backward,
    notesBackward: .absent(
      .init(
        clause: "the notes have no GRU, so no backward pass of theirs",
        sentence: "The notes have no GRU",
        nothingToCompare: "there is no backward pass of theirs to compare")),
    signature: "Wr",
    sizeWeights: SizeWeights(recurrent: "Whn", input: "Wxn", isConcatenated: false),
    // nn.GRU's blocks r, z, n: `Wr Wz` over concat, the candidate's four pieces apart.
    pytorchGates: [
      PyTorchLayout.Gate(letter: "r", rule: .concat(weight: "Wr", bias: "br")),
      PyTorchLayout.Gate(letter: "z", rule: .concat(weight: "Wz", bias: "bz")),
      PyTorchLayout.Gate(
        letter: "n",
        rule: .separate(
          inputWeight: "Wxn", inputBias: "bxn", hiddenWeight: "Whn", hiddenBias: "bhn")),
    ],
    heatMaps: ["h_t", "r_t", "z_t", "n_t"], aliases: [:])

  /// Forward: the two gates, the candidate and the hidden state for t = 1 … T, then the head.
  public static func forward(_ sizes: Sizes) -> Program {
    Program(
      name: "GRU forward",
      blocks: [
        Block(
          .forward, .forwardInTime,
          [
            .assign(
              "concat", "concat = [h_{t-1}; x_t]", line: "concat = np.vstack((h_prev, x))",
              explanation: """
                The reset and update gates both read the previous hidden state and this step's \
                input together: concat = [h_{t-1}; x_t], one column of hidden + input entries, \
                as the LSTM's gates do.
                """
            ) {
              c in try Matrix.vstack([c["h_t", c.t - 1], c["x_t"]])
            },
            .assign(
              "r_t", "r_t = σ(Wr · concat + br)", line: "r_t = sigmoid(np.dot(Wr, concat) + br)",
              explanation: """
                The reset gate: for each unit, a number in (0, 1) saying how much of the old \
                state's contribution hn_t the candidate n_t may use. Near 0, the candidate is \
                computed almost from x_t alone, as if the past were forgotten.
                """
            ) { c in try c.gate("Wr", "br").sigmoid },
            .assign(
              "z_t", "z_t = σ(Wz · concat + bz)", line: "z_t = sigmoid(np.dot(Wz, concat) + bz)",
              explanation: """
                The update gate: for each unit, how much of the old state h_{t-1} to keep. h_t \
                takes z_t of h_{t-1} and 1 − z_t of the candidate n_t; near 1 the unit keeps its \
                value, near 0 it is rewritten.
                """
            ) { c in try c.gate("Wz", "bz").sigmoid },
            .assign(
              "hn_t", "hn_t = Whn · h_{t-1} + bhn", line: "hn_t = np.dot(Whn, h_prev) + bhn",
              explanation: """
                The old state's contribution to the candidate, Whn · h_{t-1} + bhn, before the \
                reset gate scales it. PyTorch applies r_t here, after Whn and with its bias bhn \
                inside; the original GRU paper applied it to h_{t-1} before the matrix.
                """
            ) { c in
              // (hidden, hidden) · (hidden, 1) + (hidden, 1): the part the reset gate scales.
              try c["Whn"].dot(c["h_t", c.t - 1]) + c["bhn"]
            },
            .assign(
              "n_t", "n_t = tanh(Wxn · x_t + bxn + r_t ⊙ hn_t)",
              line: "n_t = np.tanh(np.dot(Wxn, x) + bxn + r_t * hn_t)",
              explanation: """
                The candidate (PyTorch calls it the new gate): what the state could become this \
                step, in (−1, 1), from the input (Wxn · x_t + bxn) and the old state's part hn_t \
                scaled by the reset gate r_t.
                """
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
              line: "h_t = (1 - z_t) * n_t + z_t * h_prev",
              explanation: """
                The hidden state: a blend per unit, (1 − z_t) of the candidate n_t and z_t of the \
                old state h_{t-1}. It goes to the next step and, at t = T, to the output head. \
                There is no separate cell state: h_t is the GRU's whole memory.
                """
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
              "dn", "dn = dh ⊙ (1 − z_t) ⊙ (1 − n_t²)", line: "dn = dh * (1 - z_t) * (1 - n_t**2)",
              explanation: """
                The gradient at the candidate's pre-activation: h_t takes (1 − z_t) ⊙ n_t, so \
                dh ⊙ (1 − z_t), then tanh' = 1 − n_t².
                """
            ) { c in
              // h_t takes (1 − z_t) of n_t; then back through the tanh.
              try (c["dh"] * (1 - c["z_t"])).timesTanhDerivative(at: c["n_t"])
            },
            .assign(
              "dz", "dz = dh ⊙ (h_{t-1} − n_t) ⊙ z_t ⊙ (1 − z_t)",
              line: "dz = dh * (h_prev - n_t) * z_t * (1 - z_t)",
              explanation: """
                The gradient at the update gate's pre-activation: h_t = n_t + z_t ⊙ (h_{t-1} − n_t), \
                so dh ⊙ (h_{t-1} − n_t), then σ' = z_t ⊙ (1 − z_t).
                """
            ) { c in
              // ∂h_t/∂z_t = h_{t-1} − n_t; then σ' = z_t ⊙ (1 − z_t).
              try c["dh"] * (c["h_t", c.t - 1] - c["n_t"]) * Activation.sigmoidDerivative(c["z_t"])
            },
            .assign(
              "dr", "dr = dn ⊙ hn_t ⊙ r_t ⊙ (1 − r_t)", line: "dr = dn * hn_t * r_t * (1 - r_t)",
              explanation: """
                The gradient at the reset gate's pre-activation: n_t's pre-activation holds \
                r_t ⊙ hn_t, so dn ⊙ hn_t, then σ' = r_t ⊙ (1 − r_t). At t = 1, h_0 = 0 makes \
                hn_1 = bhn, zero unless a weights file sets it: the reset gate has nothing to \
                scale yet, and dr is 0.
                """
            ) { c in
              // The pre-activation of n_t holds r_t ⊙ hn_t; then σ' = r_t ⊙ (1 − r_t).
              try c["dn"] * c["hn_t"] * Activation.sigmoidDerivative(c["r_t"])
            },
            .assign(
              "dhn", "dhn = dn ⊙ r_t", line: "dhn = dn * r_t",
              explanation: """
                ∂L/∂hn_t: n_t's pre-activation holds r_t ⊙ hn_t, so dn ⊙ r_t. It is what Whn and \
                bhn receive, and what goes back to h_{t-1} through Whnᵀ.
                """
            ) { c in
              // hn_t enters n_t's pre-activation scaled by the reset gate.
              try c["dn"] * c["r_t"]
            },
            .weightGradient("Wr", from: "dr", on: "concat", what: "reset gate's weights"),
            .biasGradient("br", from: "dr", what: "reset gate's bias"),
            .weightGradient("Wz", from: "dz", on: "concat", what: "update gate's weights"),
            .biasGradient("bz", from: "dz", what: "update gate's bias"),
            .weightGradient("Wxn", from: "dn", on: "x_t", what: "candidate's input weights"),
            .biasGradient("bxn", from: "dn", what: "candidate's input bias"),
            .weightGradient(
              "Whn", from: "dhn", on: "h_prev", what: "candidate's recurrent weights"),
            .biasGradient(
              "bhn", from: "dhn", what: "candidate's recurrent bias (inside the reset gate)"),
            .assign(
              "dconcat", "dconcat = Wrᵀ·dr + Wzᵀ·dz",
              line: "dconcat = Wr.T @ dr + Wz.T @ dz",
              explanation: """
                Both gates read concat, so both send their share back through their weights: \
                Wrᵀ·dr + Wzᵀ·dz, shape (hidden + input, 1). The top part belongs to h_{t-1}.
                """
            ) { c in
              // Both gates read concat, so both send their share back: (hidden+input, 1).
              var sum = try c["Wr"].transposedDot(c["dr"])
              try sum.add(c["Wz"].transposedDot(c["dz"]))
              return sum
            },
            .assign(
              "dh_next", "dh_next = dconcat[:hidden] + Whnᵀ·dhn + dh ⊙ z_t",
              line: "dh_next = dconcat[:hidden_size] + Whn.T @ dhn + dh * z_t",
              explanation: """
                What h_{t-1} receives from step t, along three paths: through the gates (the top \
                part of dconcat), through hn_t (Whnᵀ · dhn), and directly, since h_t keeps \
                z_t ⊙ h_{t-1} (dh ⊙ z_t). The direct path has no weight matrix and no squashing \
                derivative: it is the GRU's gradient highway, as dC ⊙ f_t is the LSTM's.
                """
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

extension ModelKind {
  /// The GRU, `--model gru`.
  public static let gru = GRU.cell.kind
}
