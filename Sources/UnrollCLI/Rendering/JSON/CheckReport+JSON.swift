import UnrollKit
import UnrollPython

extension CheckReport {
  /// The report as issue 19's JSON.
  ///
  /// `verdict`; `gradients` by parameter, each `value`, `rel_err` and `cosine` (null
  /// when the file gave none, or one of another shape); `first_departure` (null, or
  /// `line`, `t`, `name`, `target`, `source`, `function`, `record`, `learner`,
  /// `learner_shape`, `correct`, `correct_shape`, `formula`, `inputs`, `deviation`,
  /// `notes`); `error` (null, or `line`, `column`, `t`, `message`, `source`, `verbatim`);
  /// `skipped`
  /// (`line`, `source`); then `model`, `sizes`, `gradient_source`, `tolerance` and
  /// `rel_err_definition`. `t` is the 1-based timestep, null outside a loop.
  public var json: JSONValue {
    let sizes = model.sizes
    return .object([
      ("verdict", .string(verdict.rawValue)),
      ("gradients", .object(gradients.map { ($0.name, $0.json) })),
      ("first_departure", firstDeparture?.json ?? .null),
      ("error", error?.json ?? .null),
      (
        "skipped",
        .array(
          skipped.map {
            .object([("line", .count($0.line)), ("source", .string($0.source))])
          })
      ),
      ("model", .string(model.kind.rawValue)),
      (
        "sizes",
        .object([
          ("input", .count(sizes.input)), ("hidden", .count(sizes.hidden)),
          ("steps", .count(sizes.steps)),
        ])
      ),
      ("gradient_source", gradientSource.map { .string($0.rawValue) } ?? .null),
      ("tolerance", .number(Agreement.tolerance)),
      ("rel_err_definition", .string("||g - g*|| / max(||g||, ||g*||), 2-norm over all entries")),
    ])
  }
}

extension GradientComparison {
  /// `{"value", "rel_err", "cosine"}`.
  fileprivate var json: JSONValue {
    .object([
      ("value", value.map(JSONValue.init) ?? .null),
      ("rel_err", relativeError.map(JSONValue.number) ?? .null),
      ("cosine", cosine.map(JSONValue.number) ?? .null),
    ])
  }
}

extension Departure {
  fileprivate var json: JSONValue {
    .object([
      ("line", .count(line)),
      ("t", t.map(JSONValue.count) ?? .null),
      ("name", .string(name)),
      ("target", .string(target)),
      ("source", .string(source)),
      ("function", .string(function)),
      ("record", .string(record)),
      ("learner", JSONValue(learner)),
      ("learner_shape", .array(learner.shape.map(JSONValue.count))),
      ("correct", correct.map(JSONValue.init) ?? .null),
      ("correct_shape", correct.map { .array([.count($0.rows), .count($0.cols)]) } ?? .null),
      ("formula", formula.map(JSONValue.string) ?? .null),
      ("inputs", .array(inputs.map(\.json))),
      (
        "deviation",
        deviation.map {
          .object([("name", .string($0.name)), ("explanation", .string($0.explanation))])
        } ?? .null
      ),
      ("notes", .array(notes.map(JSONValue.string))),
    ])
  }
}

extension DepartureInput {
  fileprivate var json: JSONValue {
    var members: [(key: String, value: JSONValue)] = [
      ("name", .string(name)), ("t", t.map(JSONValue.count) ?? .null),
    ]
    switch status {
    case .parameter: members.append(("status", .string("parameter")))
    case .input: members.append(("status", .string("input")))
    case .notHeld: members.append(("status", .string("not held")))
    case .agrees(let learner, let line):
      members += [
        ("status", .string("agrees")), ("learner_name", .string(learner)),
        ("learner_line", .count(line)),
      ]
    case .differs(let holders):
      members += [
        ("status", .string("differs")),
        (
          "held_by",
          .array(
            holders.map {
              .object([
                ("name", .string($0.name)), ("line", .count($0.line)),
                ("holds", $0.holds.map(JSONValue.string) ?? .null),
              ])
            })
        ),
      ]
    }
    return .object(members)
  }
}

extension CheckError {
  fileprivate var json: JSONValue {
    .object([
      ("line", line.map(JSONValue.count) ?? .null),
      ("column", column.map(JSONValue.count) ?? .null),
      ("t", t.map(JSONValue.count) ?? .null),
      ("message", .string(text)),
      ("source", source.map(JSONValue.string) ?? .null),
      ("verbatim", verbatimNote.map(JSONValue.string) ?? .null),
    ])
  }
}

extension JSONValue {
  /// A NumPy array as nested lists, by its shape; a 0-d array as a number.
  init(_ array: NDArray) {
    func nested(_ axis: Int, _ offset: Int) -> JSONValue {
      guard axis < array.shape.count else {
        return offset < array.scalars.count ? .number(array.scalars[offset]) : .null
      }
      let stride = array.shape[(axis + 1)...].reduce(1, *)
      return .array(
        (0..<array.shape[axis]).map { nested(axis + 1, offset + $0 * stride) })
    }
    self = nested(0, 0)
  }
}
