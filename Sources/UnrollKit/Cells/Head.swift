/// The RNN note's output head and loss, shared by every cell: a logit from the
/// last hidden state, its sigmoid, binary cross-entropy; and their gradients.
enum Head {
  /// The output block: `y_pred`, `p`, `loss`.
  static let output = Block(
    .output, .once,
    [
      .assign(
        "y_pred", "y_pred = Why · h_T + by",
        line: "self.y_pred = np.dot(self.Why, self.h) + self.by"
      ) { c in
        // (1, hidden) · (hidden, 1) + (1, 1): a logit, not yet a probability.
        try c["Why"].dot(c["h_t", c.steps]) + c["by"]
      },
      .assign("p", "p = σ(y_pred)", line: "return self.sigmoid(self.y_pred)") { c in
        try c["y_pred"].sigmoid
      },
      .assign(
        "loss", "L = −[y·log p + (1 − y)·log(1 − p)]",
        line: "loss = -(y * np.log(p) + (1 - y) * np.log(1 - p))  # the notes add 1e-8 in each log"
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
      .assign("dy_pred", "dy_pred = ∂L/∂y_pred = p − y", line: "dy = p - y") { c in
        try c["p"].map { $0 - c.label }
      },
      .accumulateOuter(
        into: "Why", "dWhy = dy_pred · h_Tᵀ", line: "dWhy = np.dot(dy, hs[:, -1:].T)"
      ) { c in
        try (c["dy_pred"], c["h_t", c.steps])  // (1, 1) · (1, hidden)
      },
      .accumulate(into: "by", "dby = dy_pred", line: "dby = dy") { c, dby in
        try dby.add(c["dy_pred"])
      },
    ])

  /// `dh` at timestep t: what flows back from t + 1, plus the output error at t = T only,
  /// since the loss reads the last hidden state and no other.
  static let dh = Operation.assign(
    "dh", "dh = dh_next + (Whyᵀ · dy_pred if t = T else 0)",
    line: "dh = dh_next + (np.dot(Why.T, dy) if t == T - 1 else 0)"
  ) { c in
    let fromLater = try c["dh_next", c.t + 1]
    guard c.t == c.steps else { return fromLater }
    var dh = try c["Why"].transposedDot(c["dy_pred"])  // (hidden, 1) · (1, 1)
    try dh.add(fromLater)
    return dh
  }
}
