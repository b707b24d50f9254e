/// What the gated cells' programs share (the LSTM's and the GRU's): a gate's
/// pre-activation, σ' from a gate's output, and the accumulations of a weight's and a
/// bias's gradient from a pre-activation's gradient.
extension Activation {
  /// σ'(z) written with σ's output s: `s ⊙ (1 − s)`.
  static func sigmoidDerivative(_ s: Matrix) throws -> Matrix { try s * (1 - s) }
}

extension Operation {
  /// `dW += d · inputᵀ` for the weight that multiplies `input` in a pre-activation whose
  /// gradient is `d`: `concat` for the gates, `x_t`, or `h_prev` for h_{t-1}.
  ///
  /// `what` names the weights for `explain`: `forget gate's weights`.
  /// `written` is how the formulas write `d` (`dC̃` for `dC_tilde`), so that a program's
  /// formulas spell a name one way.
  static func weightGradient(
    _ weight: String, from d: String, written: String? = nil, on input: String, what: String
  ) -> Operation {
    let shown = input == "h_prev" ? "h_{t-1}" : input
    let numpy = input == "x_t" ? "x" : input
    let dShown = written ?? d
    return .accumulateOuter(
      into: weight, "d\(weight) += \(dShown) · \(shown)ᵀ",
      line: "d\(weight) += np.dot(\(d), \(numpy).T)",
      explanation: """
        The \(what) are used at every step on \(shown), so each step adds \
        \(dShown) · \(shown)ᵀ to the running sum shown.
        """
    ) { c in
      // (hidden, 1) · (1, hidden+input), (1, input) or (1, hidden)
      input == "h_prev" ? try (c[d], c["h_t", c.t - 1]) : try (c[d], c[input])
    }
  }

  /// `db += d` for the bias inside the pre-activation whose gradient is `d`; `what` names
  /// it for `explain`: `forget gate's bias`.
  static func biasGradient(
    _ bias: String, from d: String, written: String? = nil, what: String
  ) -> Operation {
    .accumulate(
      into: bias, "d\(bias) += \(written ?? d)", line: "d\(bias) += \(d)",
      explanation:
        "The \(what) is added at every step, so each step adds \(written ?? d) to its gradient."
    ) { c, sum in
      try sum.add(c[d])
    }
  }
}

extension Context {
  /// A gate's pre-activation `W · concat + b`, its weight and bias named:
  /// (hidden, hidden+input) · (hidden+input, 1) + (hidden, 1).
  ///
  /// The LSTM's four gates
  /// and the GRU's r and z read `concat = [h_{t-1}; x_t]` this way.
  func gate(_ weight: String, _ bias: String) throws -> Matrix {
    try self[weight].dot(self["concat"]) + self[bias]
  }
}
