import UnrollKit

extension Trace {
  /// The trace as DESIGN.md's trace JSON.
  ///
  /// The keys: `model`, `bptt`, `seed`, `sizes`, `params`, `x`, `y`, `records`,
  /// `y_pred`, `p`, `loss`, `grads`, and `failure` when the run stopped. It reads back
  /// with `--weights`: the same parameters, x and y.
  ///
  /// `seed` is null when nothing was drawn from it. When the run stopped, `grads` is
  /// null (the sums would be partial) and `failure` says where and why.
  ///
  /// With a `view` in PyTorch's layout, `"layout": "pytorch"` follows `model`, the
  /// parameters are a `state_dict` (biases as plain lists) and `grads` are by its keys;
  /// whenever a mapping was used, `mapping` states it, one line per entry.
  public func json(view: LayoutView? = nil) -> JSONValue {
    let view = view ?? LayoutView(document: self)
    func tensors(_ parameters: Parameters) -> JSONValue {
      .object(parameters.ordered.map { ($0.name, view.json($0.name, $0.value)) })
    }
    func number(_ y: Double) -> JSONValue { y == 0 || y == 1 ? .count(Int(y)) : .number(y) }
    // With the loss at every step, one label per step, which a weights file reads back.
    let label =
      model.objective.loss == .everyStep ? .array(example.labels.map(number)) : number(example.y)
    var members: [(key: String, value: JSONValue)] = [("model", .string(model.kind.rawValue))]
    if view.layout == .pytorch { members.append(("layout", .string(view.layout.rawValue))) }
    members += [
      ("bptt", .string(bptt.rawValue)),
      ("seed", seed.map(JSONValue.integer) ?? .null),
      (
        "sizes",
        .object([
          ("input", .count(model.sizes.input)), ("hidden", .count(model.sizes.hidden)),
          ("steps", .count(model.sizes.steps)),
        ])
      ),
      (view.layout == .pytorch ? "state_dict" : "params", tensors(view.parameters)),
      ("x", JSONValue(example.x)),
      ("y", label),
      ("records", .array(records.map(\.json))),
      ("y_pred", yPred.map(JSONValue.number) ?? .null),
      ("p", p.map(JSONValue.number) ?? .null),
      ("loss", loss.map(JSONValue.number) ?? .null),
    ]
    if let failure = recording.failure {
      members.append(("grads", .null))
      members.append(("failure", .string(failure.description)))
    } else {
      members.append(("grads", tensors(view.gradients ?? gradients)))
    }
    if !view.mapping.isEmpty {
      members.append(
        ("mapping", .array(view.mapping.map { .string(String($0.trimmingPrefix("  "))) })))
    }
    return .object(members)
  }
}

extension Record {
  /// `{"phase", "t", "name", "formula", "line", "shape", "value"}`; `t` is null outside
  /// the timesteps.
  var json: JSONValue {
    .object([
      ("phase", .string(phase.rawValue)),
      ("t", t.map(JSONValue.count) ?? .null),
      ("name", .string(name)),
      ("formula", .string(formula)),
      ("line", .string(line)),
      ("shape", .array([.count(shape.rows), .count(shape.cols)])),
      ("value", JSONValue(value)),
    ])
  }
}

extension JSONValue {
  /// A count or a size, written as an integer (negative counts do not occur; 0 if one did).
  static func count(_ value: Int) -> JSONValue { .integer(UInt64(max(value, 0))) }
}
