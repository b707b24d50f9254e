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
  public func json() -> JSONValue {
    var members: [(key: String, value: JSONValue)] = [
      ("model", .string(model.kind.rawValue)),
      ("bptt", .string(bptt.rawValue)),
      ("seed", seed.map(JSONValue.integer) ?? .null),
      (
        "sizes",
        .object([
          ("input", .count(model.sizes.input)), ("hidden", .count(model.sizes.hidden)),
          ("steps", .count(model.sizes.steps)),
        ])
      ),
      ("params", .object(parameters.ordered.map { ($0.name, JSONValue($0.value)) })),
      ("x", JSONValue(example.x)),
      ("y", example.y == 0 || example.y == 1 ? .count(Int(example.y)) : .number(example.y)),
      ("records", .array(records.map(\.json))),
      ("y_pred", yPred.map(JSONValue.number) ?? .null),
      ("p", p.map(JSONValue.number) ?? .null),
      ("loss", loss.map(JSONValue.number) ?? .null),
    ]
    if let failure = recording.failure {
      members.append(("grads", .null))
      members.append(("failure", .string(failure.description)))
    } else {
      members.append(("grads", .object(gradients.ordered.map { ($0.name, JSONValue($0.value)) })))
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
