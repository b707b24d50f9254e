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
