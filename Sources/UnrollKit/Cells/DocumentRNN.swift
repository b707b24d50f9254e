/// The three ways the notes' repaired `backward()` differs from true BPTT.
///
/// The documents' BPTT has all three; with none it computes exactly what the correct
/// pass computes. Any subset is a program, so that "only this one fixed" and "only this
/// one left" can be run and compared like the others.
public struct Deviations: OptionSet, Sendable, Hashable, CaseIterable, Codable {
  /// The bits.
  public let rawValue: Int

  /// A set from its bits.
  public init(rawValue: Int) { self.rawValue = rawValue }

  /// The output error is `(y_pred − y)·σ'(y_pred)` on the logit, where BCE after a
  /// sigmoid gives `σ(y_pred) − y`.
  public static let outputErrorOnLogit = Deviations(rawValue: 1 << 0)
  /// `Whyᵀ · δ` is added to `dh` at every timestep, where the loss reads `h_T` only.
  public static let outputGradientAtEveryStep = Deviations(rawValue: 1 << 1)
  /// `(1 − self.h**2)` uses the final hidden state at every step, where step t needs `h_t`.
  public static let finalHiddenInTanhDerivative = Deviations(rawValue: 1 << 2)

  /// All three: the documents' BPTT.
  public static let document: Deviations = [
    .outputErrorOnLogit, .outputGradientAtEveryStep, .finalHiddenInTanhDerivative,
  ]
  /// None: numerically the correct BPTT.
  public static let none: Deviations = []

  /// The three, one by one, in the order the note's lines meet them.
  public static let allCases: [Deviations] = [
    .outputErrorOnLogit, .outputGradientAtEveryStep, .finalHiddenInTanhDerivative,
  ]

  /// A short name for tables and JSON: `output-error`, `every-step`, `final-h`.
  public var name: String {
    switch self {
    case .outputErrorOnLogit: return "output-error"
    case .outputGradientAtEveryStep: return "every-step"
    case .finalHiddenInTanhDerivative: return "final-h"
    default: return Deviations.allCases.filter { contains($0) }.map(\.name).joined(separator: "+")
    }
  }
}

/// The RNN note's own `backward()` as programs: verbatim, and with its two shape repairs.
///
/// Every operation's `line` is the note's line as printed, without its comment, which
/// notes 000, 002 and 004 translate (their code is identical). The output error, which the
/// note writes inline three times, is recorded once under `dy_pred` with the note's
/// expression as its line. `deviation` says how a line departs from the correct rule.
/// The note reads the hidden states from `self.hs`, shape (hidden, T+1), columns
/// h_0 … h_T; the programs record it as `hs` and slice it with NumPy's rules.
public enum DocumentRNN {
  /// The note's `backward()` line for line, without repairs: it stops at its first line,
  /// `np.dot` of (1, 1) with `self.hs[-1:, :].T`, shape (T+1, 1).
  public static func verbatim(_ sizes: Sizes) -> Program {
    program(sizes, deviations: .document, repaired: false)
  }

  /// The documents' BPTT: the note's lines with exactly the two shape repairs
  /// (`self.hs[:, -1:].T`, `self.hs[:, t:t+1].T`), keeping the `deviations` given
  /// (all three by default, as the note has them).
  public static func document(_ sizes: Sizes, deviations: Deviations = .document) -> Program {
    program(sizes, deviations: deviations, repaired: true)
  }

  // The note's inline output error, its line as printed.
  private static let noteError = "(self.y_pred - y_true) * self.sigmoid_deriv(self.y_pred)"

  private static func program(_ sizes: Sizes, deviations: Deviations, repaired: Bool) -> Program {
    let onLogit = deviations.contains(.outputErrorOnLogit)
    let everyStep = deviations.contains(.outputGradientAtEveryStep)
    let finalH = deviations.contains(.finalHiddenInTanhDerivative)
    let name: String
    if !repaired {
      name = "RNN verbatim BPTT (the note's backward())"
    } else if deviations == .document {
      name = "RNN notes' BPTT (the note's backward(), shapes repaired)"
    } else {
      name = "RNN notes' BPTT keeping [\(deviations.name)]"
    }

    let hs = Operation.assign(
      "hs", "hs = [h_0 h_1 … h_T], shape (hidden, T+1)",
      line: "self.hs[:, t+1] = self.h.flatten()",
      explanation: """
        The note keeps every hidden state as a column of one array: hs[:, 0] is h_0 = 0, \
        and its forward pass writes h_t into column t. Its backward() reads h_T and each \
        h_t from here by slicing, which is where its shape repairs and its third \
        deviation (h_T in every step's tanh derivative) happen.
        """
    ) { c in
      // The note fills column t+1 with h after step t; column 0 is the initial zeros.
      var hs = Matrix(rows: sizes.hidden, cols: c.steps + 1)
      for t in 0...c.steps {
        let h = try c["h_t", t]
        for i in 0..<min(h.rows, sizes.hidden) { hs.scalars[i * hs.cols + t] = h.scalars[i] }
      }
      return hs
    }

    let dyPred: Operation
    if onLogit {
      dyPred = .assign(
        "dy_pred", "dy_pred = (y_pred − y) ⊙ σ'(y_pred)", line: noteError,
        deviation: "treats the logit as the prediction; BCE after a sigmoid gives σ(y_pred) − y"
      ) { c in
        // (z − y)·σ(z)(1 − σ(z)): σ' does not cancel here, so the error shrinks as σ saturates.
        let z = try c["y_pred"]
        return z.map { z in
          let s = Activation.sigmoid(z)
          return (z - c.label) * (s * (1 - s))
        }
      }
    } else {
      dyPred = .assign(
        "dy_pred", "dy_pred = σ(y_pred) − y", line: "dy = self.sigmoid(self.y_pred) - y_true"
      ) { c in
        // ∂L/∂y_pred for BCE after a sigmoid: the σ' of the chain rule cancels.
        try c["p"].map { $0 - c.label }
      }
    }

    let dWhy: Operation
    if repaired {
      dWhy = .accumulate(
        into: "Why", "dWhy = dy_pred · h_Tᵀ",
        line: "dWhy = np.dot(\(noteError), self.hs[:, -1:].T)"
      ) { c, dWhy in
        // hs[:, -1:] is the last column, h_T, shape (hidden, 1); .T makes it a row.
        let hT = try c["hs"].slice(rows: (nil, nil), cols: (-1, nil)).transposed
        try dWhy.add(c["dy_pred"].dot(hT))  // (1, 1) · (1, hidden)
      }
    } else {
      dWhy = .accumulate(
        into: "Why", "dWhy = dy_pred · hs[-1:, :]ᵀ",
        line: "dWhy = np.dot(\(noteError), self.hs[-1:, :].T)",
        deviation: "hs[-1:, :] is the last row (one unit over all steps), not the last column"
      ) { c, dWhy in
        // hs[-1:, :] is (1, T+1); its transpose (T+1, 1) cannot follow a (1, 1).
        let row = try c["hs"].slice(rows: (-1, nil), cols: (nil, nil)).transposed
        try dWhy.add(c["dy_pred"].dot(row))
      }
    }

    let dby = Operation.accumulate(into: "by", "dby = dy_pred", line: "dby = \(noteError)") {
      c, dby in try dby.add(c["dy_pred"])
    }

    let dh: Operation
    if everyStep {
      dh = .assign(
        "dh", "dh = Whyᵀ · dy_pred + dh_next",
        line: "dh = np.dot(self.Why.T, \(noteError)) + dh_next",
        deviation: "adds the output gradient at every step; the loss reads h_T only"
      ) { c in
        // (hidden, 1) · (1, 1) + (hidden, 1), at t = T … 1 alike.
        var dh = try c["Why"].transposedDot(c["dy_pred"])
        try dh.add(c["dh_next", c.t + 1])
        return dh
      }
    } else {
      dh = Head.dh
    }

    let dhRaw: Operation
    if finalH {
      dhRaw = .assign(
        "dh_raw", "dh_raw = (1 − h_T²) ⊙ dh", line: "dh_raw = (1 - self.h**2) * dh",
        deviation: "self.h is the final h_T at every step; step t needs its own h_t"
      ) { c in
        // After forward(), self.h holds h_T: the same tanh' is used at t = T … 1.
        try c["dh"].timesTanhDerivative(at: c["h_t", c.steps])
      }
    } else {
      dhRaw = .assign(
        "dh_raw", "dh_raw = (1 − h_t²) ⊙ dh", line: "dh_raw = (1 - self.hs[:, t+1:t+2]**2) * dh"
      ) { c in
        // tanh'(a_t) = 1 − h_t², with this step's own h_t (column t of hs).
        try c["dh"].timesTanhDerivative(at: c["hs"].slice(rows: (nil, nil), cols: (c.t, c.t + 1)))
      }
    }

    let dWxh = Operation.accumulate(
      into: "Wxh", "dWxh += dh_raw · x_tᵀ", line: "dWxh += np.dot(dh_raw, self.x[t].T)"
    ) { c, dWxh in
      // np.dot of (hidden, 1) with (1, input) is the outer product dh_raw · x_tᵀ.
      try dWxh.addOuter(c["dh_raw"], c["x_t"])
    }

    let dWhh: Operation
    if repaired {
      dWhh = .accumulate(
        into: "Whh", "dWhh += dh_raw · h_{t-1}ᵀ",
        line: "dWhh += np.dot(dh_raw, self.hs[:, t:t+1].T)"
      ) { c, dWhh in
        // The note's 0-based t is our t − 1: hs[:, t-1:t] is h_{t-1}, shape (hidden, 1).
        // np.dot of (hidden, 1) with its transpose (1, hidden) is the outer product.
        let previous = try c["hs"].slice(rows: (nil, nil), cols: (c.t - 1, c.t))
        try dWhh.addOuter(c["dh_raw"], previous)
      }
    } else {
      dWhh = .accumulate(
        into: "Whh", "dWhh += dh_raw · hs[:, t:t+2]ᵀ[:, 0:1]",
        line: "dWhh += np.dot(dh_raw, self.hs[:, t:t+2].T[:, 0:1])",
        deviation: "hs[:, t:t+2].T[:, 0:1] is (2, 1), the first unit at two steps, not h_{t-1}ᵀ"
      ) { c, dWhh in
        let pair = try c["hs"].slice(rows: (nil, nil), cols: (c.t - 1, c.t + 1)).transposed
        let column = pair.slice(rows: (nil, nil), cols: (0, 1))  // (2, 1)
        try dWhh.add(c["dh_raw"].dot(column))
      }
    }

    let dbh = Operation.accumulate(into: "bh", "dbh += dh_raw", line: "dbh += dh_raw") { c, dbh in
      try dbh.add(c["dh_raw"])
    }

    let dhNext = Operation.assign(
      "dh_next", "dh_next = Whhᵀ · dh_raw", line: "dh_next = np.dot(self.Whh.T, dh_raw)"
    ) { c in
      try c["Whh"].transposedDot(c["dh_raw"])  // what h_{t-1} receives from step t
    }

    return Program(
      name: name,
      blocks: [
        Block(.backward, .once, [hs, dyPred, dWhy, dby]),
        Block(.backward, .backwardInTime, [dh, dhRaw, dWxh, dWhh, dbh, dhNext]),
      ],
      initialValues: [InitialValue("dh_next", .afterLast, rows: sizes.hidden)])
  }
}
