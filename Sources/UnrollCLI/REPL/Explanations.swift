import UnrollKit

/// What each operation computes and why, in a few sentences in the notes' names.
///
/// One table per model; the head and its gradients are shared. An operation not in the
/// table (a pass added later) is explained from its formula alone.
enum Explanations {
  /// The explanation of the operation `name` in `model`, if the table has one.
  static func text(_ name: String, model: ModelKind) -> String? {
    switch model {
    case .rnn: return rnn[name] ?? head[name]
    case .lstm: return lstm[name] ?? head[name]
    case .gru: return gru[name] ?? head[name] ?? gruParameter(name)
    }
  }

  /// The output head and its gradients, the same for every cell.
  static let head: [String: String] = [
    "y_pred": """
    The output head reads only the last hidden state h_T: y_pred = Why · h_T + by is \
    one number, a logit (any real value), not yet a probability. The notes call it \
    y_pred.
    """,
    "p": """
    p = σ(y_pred) squashes the logit into (0, 1): the predicted probability that the \
    label is 1.
    """,
    "loss": """
    Binary cross-entropy: L = −[y·log p + (1 − y)·log(1 − p)]. It is small when p is \
    close to the label y and grows without bound as p moves to the wrong end. Unroll \
    computes it from the logit in a stable form, so it never takes log(0).
    """,
    "dy_pred": """
    The output error ∂L/∂y_pred. For a sigmoid followed by binary cross-entropy the \
    derivative collapses to p − y: the sigmoid's own derivative cancels. This is where \
    the RNN note's backward() differs: it multiplies (y_pred − y) by sigmoid'(y_pred).
    """,
    "dWhy": """
    Why is used once, at the last step, so its gradient is one outer product: \
    dy_pred · h_Tᵀ, shape (1, hidden).
    """,
    "dby": "by is added to y_pred once, so its gradient is dy_pred itself.",
    "dh": """
    dh = ∂L/∂h_t in full: what flows back from step t + 1 (dh_next), plus, at t = T \
    only, what the output head sends (Whyᵀ · dy_pred). The loss reads h_T and no other \
    hidden state, so earlier steps receive gradient only through the recurrence. The \
    RNN note's backward() adds Whyᵀ · dy_pred at every step.
    """,
  ]

  /// The vanilla RNN.
  static let rnn: [String: String] = [
    "h_t": """
    The RNN's whole step: mix this step's input (Wxh · x_t) with the previous hidden \
    state (Whh · h_{t-1}), add the bias bh, squash with tanh into (−1, 1). The same \
    weights are used at every step; h_t is the network's memory of x_1 … x_t.
    """,
    "dh_raw": """
    Backpropagation through the tanh: h_t = tanh(a_t) so ∂L/∂a_t = dh ⊙ (1 − h_t²). It \
    must use this step's own h_t; the notes use the final hidden state at every step.
    """,
    "dWxh": """
    Wxh is used at every step, so its gradient is a sum over the steps: this step adds \
    dh_raw · x_tᵀ. The value shown is the sum so far, from t = T down to this t.
    """,
    "dWhh": """
    Whh is used at every step on h_{t-1}, so this step adds dh_raw · h_{t-1}ᵀ to the \
    running sum.
    """,
    "dbh": "bh is added at every step, so each step adds dh_raw to its gradient.",
    "dh_next": """
    What h_{t-1} receives from step t: a_t = … + Whh · h_{t-1}, so the gradient goes \
    back through Whhᵀ. At the step before, it becomes part of dh. Multiplying by Whhᵀ \
    and a tanh derivative at every step is why RNN gradients vanish or explode.
    """,
  ]

  /// The LSTM cell.
  static let lstm: [String: String] = [
    "concat": """
    The gates all read the previous hidden state and this step's input together: \
    concat = [h_{t-1}; x_t] stacks them into one column of hidden + input entries.
    """,
    "f_t": """
    The forget gate: for each cell unit, a number in (0, 1) saying how much of the old \
    cell state C_{t-1} to keep. 1 keeps it all, 0 erases it.
    """,
    "i_t": """
    The input gate: how much of the candidate C̃_t to write into the cell state, per \
    unit, in (0, 1).
    """,
    "C_tilde": """
    The candidate values: what could be written into the cell this step, in (−1, 1), \
    computed from concat like a plain RNN step.
    """,
    "C_t": """
    The new cell state: keep f_t of the old one, add i_t of the candidate. Additive \
    updates like this are what let gradients travel far back in time.
    """,
    "o_t": """
    The output gate: how much of the squashed cell state tanh(C_t) to show as the \
    hidden state, per unit.
    """,
    "h_t": """
    The hidden state: the output gate applied to tanh(C_t). It goes to the next step \
    (through concat) and, at t = T, to the output head.
    """,
    "dC": """
    ∂L/∂C_t in full: what comes back from C_{t+1} (dC_next) plus what reaches C_t \
    through h_t = o_t ⊙ tanh(C_t), that is dh ⊙ o_t ⊙ (1 − tanh²(C_t)).
    """,
    "do": """
    The gradient at the output gate's pre-activation: h_t = o_t ⊙ tanh(C_t) gives \
    dh ⊙ tanh(C_t), then σ' = o_t ⊙ (1 − o_t).
    """,
    "dC_tilde": """
    The gradient at the candidate's pre-activation: C_t gets i_t ⊙ C̃_t, so dC ⊙ i_t, \
    then tanh' = 1 − C̃_t².
    """,
    "di": """
    The gradient at the input gate's pre-activation: dC ⊙ C̃_t, then σ' = i_t ⊙ (1 − i_t).
    """,
    "df": """
    The gradient at the forget gate's pre-activation: C_t gets f_t ⊙ C_{t-1}, so \
    dC ⊙ C_{t-1}, then σ' = f_t ⊙ (1 − f_t).
    """,
    "dconcat": """
    Each gate read concat, so each sends its share back through its weights: \
    Wfᵀ·df + Wiᵀ·di + WCᵀ·dC̃ + Woᵀ·do, shape (hidden + input, 1).
    """,
    "dh_next": """
    The top part of dconcat is the gradient for h_{t-1} (the rest belongs to x_t, which \
    has no parameters). It becomes part of dh at the step before.
    """,
    "dC_next": """
    What C_{t-1} receives: C_t = f_t ⊙ C_{t-1} + …, so dC ⊙ f_t. One elementwise \
    product per step, no weight matrix: the cell state is the gradient's highway.
    """,
  ]

  /// PyTorch's GRU cell.
  static let gru: [String: String] = [
    "concat": """
    The reset and update gates both read the previous hidden state and this step's \
    input together: concat = [h_{t-1}; x_t], one column of hidden + input entries, \
    as the LSTM's gates do.
    """,
    "r_t": """
    The reset gate: for each unit, a number in (0, 1) saying how much of the old \
    state's contribution hn_t the candidate n_t may use. Near 0, the candidate is \
    computed almost from x_t alone, as if the past were forgotten.
    """,
    "z_t": """
    The update gate: for each unit, how much of the old state h_{t-1} to keep. h_t \
    takes z_t of h_{t-1} and 1 − z_t of the candidate n_t; near 1 the unit keeps its \
    value, near 0 it is rewritten.
    """,
    "hn_t": """
    The old state's contribution to the candidate, Whn · h_{t-1} + bhn, before the \
    reset gate scales it. PyTorch applies r_t here, after Whn and with its bias bhn \
    inside; the original GRU paper applied it to h_{t-1} before the matrix.
    """,
    "n_t": """
    The candidate (PyTorch calls it the new gate): what the state could become this \
    step, in (−1, 1), from the input (Wxn · x_t + bxn) and the old state's part hn_t \
    scaled by the reset gate r_t.
    """,
    "h_t": """
    The hidden state: a blend per unit, (1 − z_t) of the candidate n_t and z_t of the \
    old state h_{t-1}. It goes to the next step and, at t = T, to the output head. \
    There is no separate cell state: h_t is the GRU's whole memory.
    """,
    "dn": """
    The gradient at the candidate's pre-activation: h_t takes (1 − z_t) ⊙ n_t, so \
    dh ⊙ (1 − z_t), then tanh' = 1 − n_t².
    """,
    "dz": """
    The gradient at the update gate's pre-activation: h_t = n_t + z_t ⊙ (h_{t-1} − n_t), \
    so dh ⊙ (h_{t-1} − n_t), then σ' = z_t ⊙ (1 − z_t).
    """,
    "dr": """
    The gradient at the reset gate's pre-activation: n_t's pre-activation holds \
    r_t ⊙ hn_t, so dn ⊙ hn_t, then σ' = r_t ⊙ (1 − r_t). At t = 1, h_0 = 0 makes \
    hn_1 = bhn, zero unless a weights file sets it: the reset gate has nothing to \
    scale yet, and dr is 0.
    """,
    "dhn": """
    ∂L/∂hn_t: n_t's pre-activation holds r_t ⊙ hn_t, so dn ⊙ r_t. It is what Whn and \
    bhn receive, and what goes back to h_{t-1} through Whnᵀ.
    """,
    "dconcat": """
    Both gates read concat, so both send their share back through their weights: \
    Wrᵀ·dr + Wzᵀ·dz, shape (hidden + input, 1). The top part belongs to h_{t-1}.
    """,
    "dh_next": """
    What h_{t-1} receives from step t, along three paths: through the gates (the top \
    part of dconcat), through hn_t (Whnᵀ · dhn), and directly, since h_t keeps \
    z_t ⊙ h_{t-1} (dh ⊙ z_t). The direct path has no weight matrix and no squashing \
    derivative: it is the GRU's gradient highway, as dC ⊙ f_t is the LSTM's.
    """,
  ]

  /// A weight or bias gradient of the GRU: `dWr`, `dbhn`.
  static func gruParameter(_ name: String) -> String? {
    let parts: [String: (what: String, d: String, on: String)] = [
      "Wr": ("reset gate's weights", "dr", "concat"),
      "Wz": ("update gate's weights", "dz", "concat"),
      "Wxn": ("candidate's input weights", "dn", "x_t"),
      "Whn": ("candidate's recurrent weights", "dhn", "h_{t-1}"),
      "br": ("reset gate's bias", "dr", ""), "bz": ("update gate's bias", "dz", ""),
      "bxn": ("candidate's input bias", "dn", ""),
      "bhn": ("candidate's recurrent bias (inside the reset gate)", "dhn", ""),
    ]
    guard name.hasPrefix("d"), let part = parts[String(name.dropFirst())] else { return nil }
    if part.on.isEmpty {
      return "The \(part.what) is added at every step, so each step adds \(part.d) to its gradient."
    }
    return """
      The \(part.what) are used at every step on \(part.on), so each step adds \
      \(part.d) · \(part.on)ᵀ to the running sum shown.
      """
  }

  /// A gate weight or bias gradient of the LSTM: `dWf`, `dbo`.
  static func lstmParameter(_ name: String) -> String? {
    let gates = ["f": "forget gate", "i": "input gate", "C": "candidate", "o": "output gate"]
    guard name.count == 3, name.hasPrefix("d"), let gate = name.last.flatMap({ gates[String($0)] })
    else { return nil }
    let d = name.last == "C" ? "dC_tilde" : "d" + String(name.suffix(1))
    if name.dropFirst().hasPrefix("W") {
      return """
        The \(gate)'s weights are used at every step on concat, so each step adds \
        \(d) · concatᵀ to the running sum shown.
        """
    }
    if name.dropFirst().hasPrefix("b") {
      return "The \(gate)'s bias is added at every step, so each step adds \(d) to its gradient."
    }
    return nil
  }
}
