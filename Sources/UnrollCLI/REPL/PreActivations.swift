import UnrollKit

/// A pre-activation: the sum a cell's operation passes to tanh or σ, which the operation
/// computes inside itself and does not record (`a_t` inside the RNN's `h_t`).
///
/// The REPL rebuilds it from the recorded values with the same kernels, in the same order
/// as the operation's closure, so it is the value the engine squashed, bit for bit. It is
/// shown where its operation has run; saturation (|a_t| above 3 or so: tanh flat, its
/// derivative near 0) is visible only here.
struct PreActivation {
  /// The name `print` takes: `a_t`, `zf_t`.
  let name: String
  /// What it sums, in the notes' names.
  let formula: String
  /// The record whose operation computes it: `h_t`, `f_t`.
  let inside: String
  /// The value at timestep t, from the values `value(name, t)` finds.
  let compute: (_ value: (String, Int) throws -> Matrix, _ t: Int) throws -> Matrix

  /// The pre-activations of the cell named `cell` (`rnn`, `lstm`, `gru`).
  static func of(_ cell: String) -> [PreActivation] {
    switch cell {
    case "rnn":
      return [
        PreActivation(
          name: "a_t", formula: "a_t = Wxh · x_t + Whh · h_{t-1} + bh", inside: "h_t"
        ) { v, t in
          // As RNN.forward sums it: (hidden, input) · (input, 1), then + Whh · h_{t-1}, + bh.
          var a = try v("Wxh", t).dot(v("x_t", t))
          try a.add(v("Whh", t).dot(v("h_t", t - 1)))
          try a.add(v("bh", t))
          return a
        }
      ]
    case "lstm":
      return [
        ("f", "f_t", "Wf", "bf"), ("i", "i_t", "Wi", "bi"), ("C", "C_tilde", "WC", "bC"),
        ("o", "o_t", "Wo", "bo"),
      ].map { gate, record, weight, bias in
        PreActivation(
          name: "z\(gate)_t", formula: "z\(gate)_t = \(weight) · concat + \(bias)", inside: record
        ) { v, t in try v(weight, t).dot(v("concat", t)) + v(bias, t) }
      }
    case "gru":
      return [("r", "r_t", "Wr", "br"), ("z", "z_t", "Wz", "bz")].map {
        gate, record, weight, bias in
        PreActivation(
          name: "z\(gate)_t", formula: "z\(gate)_t = \(weight) · concat + \(bias)", inside: record
        ) { v, t in try v(weight, t).dot(v("concat", t)) + v(bias, t) }
      } + [
        PreActivation(
          name: "zn_t", formula: "zn_t = Wxn · x_t + bxn + r_t ⊙ hn_t", inside: "n_t"
        ) { v, t in
          var a = try v("Wxn", t).dot(v("x_t", t))
          try a.add(v("bxn", t))
          try a.add(v("r_t", t) * v("hn_t", t))
          return a
        }
      ]
    default:
      return []
    }
  }
}

extension ReplSession {
  /// This cell's pre-activations.
  var preActivations: [PreActivation] { PreActivation.of(trace.model.kind.rawValue) }

  /// The pre-activation `name` at timestep `t` (default: the latest whose operation has
  /// run), or why there is none; nil when `name` is no pre-activation.
  func preActivation(_ name: String, t: Int?) -> Result<Found, Refusal>? {
    guard let pre = preActivations.first(where: { $0.name == name }) else { return nil }
    let step: Int
    if let t {
      guard index.latest(pre.inside, t: t, visible: visible) != nil else {
        return .failure(
          Refusal(
            text: "\(name) at t = \(t) is not computed yet at this point: it is the sum "
              + "inside \(pre.inside) at t = \(t)."))
      }
      step = t
    } else {
      guard
        let r = index.latest(pre.inside, t: currentT, visible: visible)
          ?? index.latest(pre.inside, visible: visible),
        let latest = trace.records[r].t
      else {
        return .failure(
          Refusal(
            text: "\(name) is not computed yet at this point: it is the sum inside "
              + "\(pre.inside), \(pre.formula)."))
      }
      step = latest
    }
    do {
      let value = try pre.compute(
        { name, t in
          switch resolve(name, t: name.hasPrefix("W") || name.hasPrefix("b") ? nil : t) {
          case .success(let found): return found.value
          case .failure(let refusal): throw refusal
          }
        }, step)
      let sum = pre.formula.split(separator: "=", maxSplits: 1).last.map(String.init) ?? ""
      return .success(
        Found(
          label: "\(name) at t = \(step) (forward), the sum inside \(pre.inside):" + sum,
          value: value))
    } catch let refusal as Refusal {
      return .failure(refusal)
    } catch {
      return .failure(Refusal(text: "could not rebuild \(name): \(error)"))
    }
  }
}
