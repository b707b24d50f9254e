/// The RNN note's output head and loss, shared by every cell: a logit from the
/// last hidden state, its sigmoid, binary cross-entropy; and their gradients.
enum Head {
  /// The output block: `y_pred`, `p`, `loss`.
  static let output = Block(
    .output, .once,
    [
      .assign(
        "y_pred", "y_pred = Why · h_T + by",
        line: "self.y_pred = np.dot(self.Why, self.h) + self.by",
        explanation: """
          The output head reads only the last hidden state h_T: y_pred = Why · h_T + by is \
          one number, a logit (any real value), not yet a probability. The notes call it \
          y_pred.
          """
      ) { c in
        // (1, hidden) · (hidden, 1) + (1, 1): a logit, not yet a probability.
        try c["Why"].dot(c["h_t", c.steps]) + c["by"]
      },
      .assign(
        "p", "p = σ(y_pred)", line: "return self.sigmoid(self.y_pred)",
        explanation: """
          p = σ(y_pred) squashes the logit into (0, 1): the predicted probability that the \
          label is 1.
          """
      ) { c in
        try c["y_pred"].sigmoid
      },
      .assign(
        "loss", "L = −[y·log p + (1 − y)·log(1 − p)]",
        line: "loss = -(y * np.log(p) + (1 - y) * np.log(1 - p))  # the notes add 1e-8 in each log",
        explanation: """
          Binary cross-entropy: L = −[y·log p + (1 − y)·log(1 − p)]. It is small when p is \
          close to the label y and grows without bound as p moves to the wrong end. Unroll \
          computes it from the logit in a stable form, so it never takes log(0).
          """
      ) { c in
        let z = try c["y_pred"]
        return z.map { Activation.binaryCrossEntropy(logit: $0, label: c.label) }
      },
    ])

  /// The head's backward block: the output error and the head's gradients.
  static let backward = Block(
    .backward, .once,
    [
      // dL/dy_pred for BCE after a sigmoid: −y/p·σ' + (1−y)/(1−p)·σ' with σ' = p(1−p)
      // collapses to p − y. The σ' cancels: nothing of it is left to multiply by.
      .assign(
        "dy_pred", "dy_pred = ∂L/∂y_pred = p − y", line: "dy = p - y",
        explanation: """
          The output error ∂L/∂y_pred. For a sigmoid followed by binary cross-entropy the \
          derivative collapses to p − y: the sigmoid's own derivative cancels. This is where \
          the RNN note's backward() differs: it multiplies (y_pred − y) by sigmoid'(y_pred).
          """
      ) { c in
        try c["p"].map { $0 - c.label }
      },
      .accumulateOuter(
        into: "Why", "dWhy = dy_pred · h_Tᵀ", line: "dWhy = np.dot(dy, hs[:, -1:].T)",
        explanation: """
          Why is used once, at the last step, so its gradient is one outer product: \
          dy_pred · h_Tᵀ, shape (1, hidden).
          """
      ) { c in
        try (c["dy_pred"], c["h_t", c.steps])  // (1, 1) · (1, hidden)
      },
      .accumulate(
        into: "by", "dby = dy_pred", line: "dby = dy",
        explanation: "by is added to y_pred once, so its gradient is dy_pred itself."
      ) { c, dby in
        try dby.add(c["dy_pred"])
      },
    ])

  /// `dh` at timestep t: what flows back from t + 1, plus the output error at t = T only,
  /// since the loss reads the last hidden state and no other.
  static let dh = Operation.assign(
    "dh", "dh = dh_next + (Whyᵀ · dy_pred if t = T else 0)",
    line: "dh = dh_next + (np.dot(Why.T, dy) if t == T - 1 else 0)",
    explanation: """
      dh = ∂L/∂h_t in full: what flows back from step t + 1 (dh_next), plus, at t = T \
      only, what the output head sends (Whyᵀ · dy_pred). The loss reads h_T and no other \
      hidden state, so earlier steps receive gradient only through the recurrence. The \
      RNN note's backward() adds Whyᵀ · dy_pred at every step.
      """
  ) { c in
    let fromLater = try c["dh_next", c.t + 1]
    guard c.t == c.steps else { return fromLater }
    var dh = try c["Why"].transposedDot(c["dy_pred"])  // (hidden, 1) · (1, 1)
    try dh.add(fromLater)
    return dh
  }
}

extension Head {
  /// The head at every step, for `--loss every-step` (`Objective.forward`, `backward`):
  /// min-char-rnn's loss, one term per step, each on its own hidden state and label.
  enum EveryStep {
    /// At every step: `y_pred`, `p`, and the loss term `loss_t`.
    static let output = Block(
      .output, .forwardInTime,
      [
        .assign(
          "y_pred", "y_pred = Why · h_t + by",
          line: "ys[t] = np.dot(Why, hs[t]) + by",
          explanation: """
            With a loss at every step the head reads every hidden state: y_pred = Why · h_t + \
            by is step t's logit, as min-char-rnn's ys[t]. The same Why and by serve every step.
            """
        ) { c in
          try c["Why"].dot(c["h_t"]) + c["by"]
        },
        .assign(
          "p", "p = σ(y_pred)", line: "ps[t] = sigmoid(ys[t])",
          explanation: "p = σ(y_pred) at step t: the predicted probability that y_t is 1."
        ) { c in
          try c["y_pred"].sigmoid
        },
        .assign(
          "loss_t", "L_t = −[y_t·log p + (1 − y_t)·log(1 − p)]",
          line: "loss += -(y[t] * np.log(ps[t]) + (1 - y[t]) * np.log(1 - ps[t]))",
          explanation: """
            Step t's term of the loss: the binary cross-entropy of p against this step's \
            label y_t (1 when x_1 + … + x_t > 0 for drawn data), computed stably from the \
            logit. The loss is the sum of the terms.
            """
        ) { c in
          let z = try c["y_pred"]
          return z.map { Activation.binaryCrossEntropy(logit: $0, label: c.label) }
        },
      ])

    /// Once, after the steps: the loss, the sum of the terms.
    static let total = Block(
      .output, .once,
      [
        .assign(
          "loss", "L = Σ_t L_t", line: "loss = sum of the steps' terms",
          explanation: """
            The loss is the sum over the steps of the terms L_t, so each step's prediction \
            counts and each term sends gradient back from its own step.
            """
        ) { c in
          var total = 0.0
          for t in stride(from: 1, through: c.steps, by: 1) {
            total += try c["loss_t", t].scalars.reduce(0, +)
          }
          return Matrix(rows: 1, cols: 1, repeating: total)
        }
      ])

    /// `dy_pred` at step t: `p_t − y_t`.
    static let dyPred = Operation.assign(
      "dy_pred", "dy_pred = ∂L/∂y_pred = p − y_t", line: "dy = ps[t] - y[t]",
      explanation: """
        Step t's output error ∂L_t/∂y_pred: for a sigmoid followed by binary \
        cross-entropy it collapses to p − y_t, the σ' cancelling, as at the last step.
        """
    ) { c in
      try c["p"].map { $0 - c.label }
    }

    /// `dWhy += dy_pred · h_tᵀ`.
    static let dWhy = Operation.accumulateOuter(
      into: "Why", "dWhy += dy_pred · h_tᵀ", line: "dWhy += np.dot(dy, hs[t].T)",
      explanation: """
        With a head at every step Why is used at every step, so its gradient is a sum: \
        this step adds dy_pred · h_tᵀ.
        """
    ) { c in
      try (c["dy_pred"], c["h_t"])  // (1, 1) · (1, hidden)
    }

    /// `dby += dy_pred`.
    static let dby = Operation.accumulate(
      into: "by", "dby += dy_pred", line: "dby += dy",
      explanation: "by is added to every step's y_pred, so each step adds its dy_pred."
    ) { c, dby in
      try dby.add(c["dy_pred"])
    }

    /// `dh = Whyᵀ · dy_pred + dh_next` at every step: right when every step has a loss term.
    ///
    /// `notesLine` is the documents' spelling of the same line, when it is theirs.
    static func dh(notesLine: String?) -> Operation {
      .assign(
        "dh", "dh = Whyᵀ · dy_pred + dh_next",
        line: notesLine ?? "dh = np.dot(Why.T, dy) + dh_next",
        explanation: """
          dh = ∂L/∂h_t in full. With a loss at every step h_t reaches the loss two ways: \
          through the head at t (Whyᵀ · dy_pred) and through step t + 1 (dh_next), so dh \
          sums both at every step. This is min-char-rnn's line, and the RNN note's: with \
          this loss it is right.
          """
      ) { c in
        var dh = try c["Why"].transposedDot(c["dy_pred"])  // (hidden, 1) · (1, 1)
        try dh.add(c["dh_next", c.t + 1])
        return dh
      }
    }
  }

  /// The truncation's `cut` at the end of a backward step: where `objective` cuts the
  /// flow to t − 1, records the `carried` values it drops (stacked, `dh_next` first),
  /// which step t − 1 then reads as zeros.
  static func cut(_ carried: [String], _ objective: Objective) -> Operation {
    let names = carried.joined(separator: "; ")
    let k = objective.truncation ?? 0
    var operation = Operation.assign(
      "cut", "cut = [\(names)]",
      line: "h = h.detach()  # every \(k) steps, counted from the last",
      explanation: """
        Truncated BPTT (--tbptt \(k)): the steps are cut into chunks of \(k) counted from \
        the last, and nothing flows from a chunk into the one before, as PyTorch's \
        h.detach() every \(k) steps. Here the flow to t − 1 stops: cut holds what step t \
        would have sent back ([\(names)]), and step t − 1 reads zeros instead. So each \
        loss term's gradient reaches back at most \(k) steps, its own included.
        """
    ) { c in
      var rows: [Double] = []
      for name in carried { rows += try c[name].scalars }
      return Matrix(column: rows)
    }
    operation.runsAt = { t, steps in objective.cuts(at: t, steps: steps) }
    return operation
  }
}
