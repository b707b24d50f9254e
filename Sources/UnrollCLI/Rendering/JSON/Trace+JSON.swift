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
    .object(jsonMembers(view: view).map { ($0.key, $0.value.value) })
  }

  /// Writes `json(view:).text() + "\n"` to `sink`, a chunk of about a MiB at a time.
  ///
  /// Each record is made only when it is written, so the 100 MB of a long trace are
  /// never held at once (`TraceJSONTests` holds the two to the same bytes). Stops when
  /// `sink` returns false.
  func writeJSON(
    view: LayoutView? = nil, chunkSize: Int = 1 << 20, to sink: ([UInt8]) -> Bool
  ) {
    withoutActuallyEscaping(sink) { sink in
      var output = JSONWriter(chunkSize: chunkSize, sink: sink)
      output.writeObject(jsonMembers(view: view))
      output.append(UInt8(ascii: "\n"))
      output.finish()
    }
  }

  /// The document's members in order, the records made one at a time.
  private func jsonMembers(view: LayoutView?) -> [(key: String, value: JSONMember)] {
    let view = view ?? LayoutView(document: self)
    func tensors(_ parameters: Parameters) -> JSONMember {
      .value(.object(parameters.ordered.map { ($0.name, view.json($0.name, $0.value)) }))
    }
    let records = self.records
    var members: [(key: String, value: JSONMember)] = [
      ("model", .value(.string(model.kind.rawValue)))
    ]
    if view.layout == .pytorch {
      members.append(("layout", .value(.string(view.layout.rawValue))))
    }
    func number(_ y: Double) -> JSONValue { y == 0 || y == 1 ? .count(Int(y)) : .number(y) }
    // With the loss at every step, one label per step, which a weights file reads back.
    let label =
      model.objective.loss == .everyStep ? .array(example.labels.map(number)) : number(example.y)
    members += [
      ("bptt", .value(.string(bptt.rawValue))),
      ("seed", .value(seed.map(JSONValue.integer) ?? .null)),
      (
        "sizes",
        .value(
          .object([
            ("input", .count(model.sizes.input)), ("hidden", .count(model.sizes.hidden)),
            ("steps", .count(model.sizes.steps)),
          ]))
      ),
      (view.layout == .pytorch ? "state_dict" : "params", tensors(view.parameters)),
      ("x", .value(JSONValue(example.x))),
      ("y", .value(label)),
      ("records", .objects(count: records.count) { records[$0].json }),
      ("y_pred", .value(yPred.map(JSONValue.number) ?? .null)),
      ("p", .value(p.map(JSONValue.number) ?? .null)),
      ("loss", .value(loss.map(JSONValue.number) ?? .null)),
    ]
    if let failure = recording.failure {
      members.append(("grads", .value(.null)))
      members.append(("failure", .value(.string(failure.description))))
    } else {
      members.append(("grads", tensors(view.gradients ?? gradients)))
    }
    if !view.mapping.isEmpty {
      let lines = view.mapping.map { JSONValue.string(String($0.trimmingPrefix("  "))) }
      members.append(("mapping", .value(.array(lines))))
    }
    return members
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
