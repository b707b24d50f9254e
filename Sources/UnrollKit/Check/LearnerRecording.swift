import UnrollPython

/// A learner's file run as `unroll check` runs it, kept whole for stepping through
/// (`unroll repl --backward`): the events of its `forward` and `backward` calls, the
/// module's names, the check's report, and the correct value of every checked name.
public struct LearnerRecording {
  /// What `unroll check` says about the file.
  public let report: CheckReport
  /// The events of the `forward` call, then of the `backward` call, in order.
  public let events: [ExecutionEvent]
  /// The module's data after the run (constants, `sequence_length`).
  public let globals: [String: PyValue]
  /// The attributes Unroll set on the instance before `forward` (sizes, parameters).
  public let presetAttributes: [(name: String, value: PyValue)]
  /// The number of timesteps.
  public let steps: Int
  let names: CheckedNames
  let reference: ReferencePass

  /// The correct value of what the learner's `name` stands for, at timestep `t`.
  public struct CorrectValue: Sendable {
    /// The engine's record: `dh_raw`, `h_t`, `dWhh` (a partial sum).
    public let record: String
    /// Its timestep, nil outside the loop.
    public let t: Int?
    /// The value.
    public let value: Matrix
    /// The engine's formula, when the record has an operation.
    public let formula: String?
    /// What the REPL's `explain` says about the operation, in the notes' names.
    public let explanation: String?
  }

  /// The correct value of the learner's `name` at timestep `t`; nil when the name is not
  /// one the check compares.
  public func correct(for name: String, t: Int?) -> CorrectValue? {
    guard let meaning = names.meaning(of: name),
      let value = reference.correct(meaning.record, at: t)
    else { return nil }
    let operation = reference.operations[meaning.record]
    return CorrectValue(
      record: meaning.record, t: value.t, value: value.value, formula: operation?.formula,
      explanation: operation?.explanation)
  }

  /// Where `array` is on track for `name`: the correct value it equals, at this timestep
  /// first, then at the others; nil when it equals none (or `name` is not compared).
  public func track(of array: NDArray, for name: String, near t: Int?) -> CorrectValue? {
    guard let meaning = names.meaning(of: name),
      let match = reference.match(array, quantity: meaning.quantity, near: t)
    else { return nil }
    let operation = reference.operations[match.record]
    return CorrectValue(
      record: match.record, t: match.t, value: match.value, formula: operation?.formula,
      explanation: operation?.explanation)
  }
}

extension LearnerCheck {
  /// Runs the learner's `text` as `run` does and keeps everything for stepping through.
  public static func recording(
    path: String, text: String, model: Model, parameters: Parameters, example: Example,
    stepLimit: Int = 5_000_000
  ) -> LearnerRecording {
    let (report, run, reference, names) = recorded(
      path: path, text: text, model: model, parameters: parameters, example: example,
      stepLimit: stepLimit)
    var preset: [(name: String, value: PyValue)] = [
      ("input_size", .int(model.sizes.input)), ("hidden_size", .int(model.sizes.hidden)),
      ("output_size", .int(1)),
    ]
    for (name, value) in parameters.ordered { preset.append((name, PyValue(NDArray(value)))) }
    return LearnerRecording(
      report: report, events: run.calls.flatMap(\.events), globals: run.globals,
      presetAttributes: preset, steps: example.steps, names: names, reference: reference)
  }
}
