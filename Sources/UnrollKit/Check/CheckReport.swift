import UnrollPython

/// What `unroll check` found in a learner's file: the verdict, each gradient against the
/// correct one, the first departure, the error that stopped the run, the statements not run.
public struct CheckReport: Sendable {
  /// The verdict.
  public enum Verdict: String, Sendable {
    /// Every gradient within `Agreement.tolerance` of the correct one.
    case correct
    /// The pass ran, and some gradient is wrong or missing.
    case incorrect
    /// The file did not run to the end, or gave no gradients.
    case error
  }

  /// The file as the user named it.
  public let path: String
  /// The model it was run as.
  public let model: Model
  /// The verdict.
  public let verdict: Verdict
  /// Each parameter's gradient against the correct one, in the model's order.
  public let gradients: [GradientComparison]
  /// Where the gradients were read, if they were.
  public let gradientSource: GradientSource?
  /// The first departure from the correct pass; nil when none was found, or when every
  /// gradient is correct.
  public let firstDeparture: Departure?
  /// What stopped the run, if it stopped.
  public let error: CheckError?
  /// The top-level statements not run.
  public let skipped: [SkippedStatement]
  /// The class that was run.
  public let className: String?
  /// The file's lines.
  public let sourceLines: [String]
  /// Whether the recording of the run's lines stopped at its cap (large sizes): the
  /// gradients are still read, departures only looked for in what was recorded.
  public let recordingTruncated: Bool
  /// What the departure rule found, reported or not (a correct file's is not reported).
  let foundDeparture: Departure?
}

/// One parameter's gradient from the learner's file against the correct one.
public struct GradientComparison: Sendable {
  /// The parameter: `Wxh`.
  public let name: String
  /// The learner's gradient; nil when the file gave none.
  public let value: NDArray?
  /// The correct gradient (correct BPTT, on the same parameters and example).
  public let correct: Matrix
  /// ‖g − g*‖ / max(‖g‖, ‖g*‖); nil when missing, of another shape, or not finite.
  public let relativeError: Double?
  /// The cosine between g and g*; nil when undefined.
  public let cosine: Double?

  /// Whether the gradient is there, of the right shape, within the tolerance.
  public var isCorrect: Bool { relativeError.map { $0 <= Agreement.tolerance } ?? false }

  /// The gradient's shape when it differs from the parameter's.
  public var wrongShape: [Int]? {
    guard let value, value.shape != [correct.rows, correct.cols] else { return nil }
    return value.shape
  }
}

/// An error that stopped the learner's file, in Python's words, where it happened.
public struct CheckError: Sendable, Equatable {
  /// The line, when known.
  public let line: Int?
  /// The column, for errors found while reading the file (SyntaxError and the like).
  public let column: Int?
  /// The timestep of the loop iteration it happened in; nil outside a loop.
  public let t: Int?
  /// Python's exception class: `ValueError`, `AttributeError`; or `StepLimitError`.
  public let kind: String
  /// Python's (or NumPy's) own text.
  public let message: String
  /// The line's text, trimmed, when known.
  public let source: String?
  /// For the RNN note's own `backward()`: that `--bptt verbatim` stops with the same
  /// message, and why the note's line fails there; nil otherwise.
  public var verbatimNote: String? = nil

  /// `ValueError: shapes (7,7) and (1,3) not aligned: 7 (dim 1) != 1 (dim 0)`.
  public var text: String { "\(kind): \(message)" }
}

/// `unroll check`: a learner's own forward and backward pass, held against the engine's.
public enum LearnerCheck {
  /// The model a file is written for: the parameter names its code uses, `self.Wf`
  /// for the LSTM, `self.Wr` for the GRU, else the RNN.
  public static func inferredModel(_ text: String) -> ModelKind {
    func uses(_ name: String) -> Bool {
      var rest = Substring(text)
      while let range = rest.firstRange(of: "self." + name) {
        let next = rest[range.upperBound...].first
        if next.map({ !($0.isLetter || $0.isNumber || $0 == "_") }) ?? true { return true }
        rest = rest[range.upperBound...]
      }
      return false
    }
    if uses("Wf") { return .lstm }
    if uses("Wr") { return .gru }
    return .rnn
  }

  /// Runs the learner's `text` (read from `path`) as the file contract says, on
  /// `parameters` and `example`, and holds it against the engine's correct pass.
  ///
  /// `stepLimit` bounds the statements run, so a runaway loop ends as an error;
  /// `entryLimit` the array entries the recording holds (the gradients are read past it).
  public static func run(
    path: String, text: String, model: Model, parameters: Parameters, example: Example,
    stepLimit: Int = 5_000_000, entryLimit: Int = 25_000_000
  ) -> CheckReport {
    recorded(
      path: path, text: text, model: model, parameters: parameters, example: example,
      stepLimit: stepLimit, entryLimit: entryLimit
    ).report
  }

  /// The run, the correct pass it was held against and the report, for `recording` and `run`.
  static func recorded(
    path: String, text: String, model: Model, parameters: Parameters, example: Example,
    stepLimit: Int, entryLimit: Int = 25_000_000
  ) -> (report: CheckReport, run: LearnerRun, reference: ReferencePass, names: CheckedNames) {
    let run = LearnerRun(
      path: path, text: text, model: model, parameters: parameters, example: example,
      stepLimit: stepLimit, entryLimit: entryLimit)
    let programs = [model.forward, model.backward]
    let correct = Interpreter.run(programs, parameters: parameters, example: example)
    let reference = ReferencePass(
      programs: programs, recording: correct, parameters: parameters, example: example)

    let finder = DepartureFinder(
      names: CheckedNames(model), reference: reference,
      deviations: notesDeviations(model, parameters: parameters, example: example))
    let departure = finder.firstDeparture(in: run.calls.map(\.events))

    var gradients: [GradientComparison] = []
    for (name, expected) in correct.gradients.ordered {
      let value = run.error == nil ? run.gradients[name] : nil
      let scalars = value.flatMap { $0.shape == [expected.rows, expected.cols] ? $0.scalars : nil }
      gradients.append(
        GradientComparison(
          name: name, value: value, correct: expected,
          relativeError: scalars.flatMap { Agreement.relativeError($0, expected.scalars) },
          cosine: scalars.flatMap { Agreement.cosine($0, expected.scalars) }))
    }

    var error = run.error.map { checkError($0, lines: run.sourceLines, steps: model.sizes.steps) }
    if model.kind == .rnn, let failure = error {
      // The note's backward() as printed fails; so does the engine's verbatim pass, in NumPy's words.
      let verbatim = Interpreter.run(
        [model.forward, DocumentRNN.verbatim(model.sizes)], parameters: parameters,
        example: example)
      if let stop = verbatim.failure, failure.kind == "ValueError",
        failure.message == "\(stop.reason)"
      {
        error?.verbatimNote =
          "`--bptt verbatim` stops the same way, at the note's \(stop.operation.name): "
          + (stop.operation.deviation ?? stop.operation.formula)
      }
    }
    if error == nil, run.gradients.isEmpty {
      error = CheckError(
        line: nil, column: nil, t: nil, kind: "UnsupportedError",
        message: "backward() gave no gradients: no update `self.P -= learning_rate * G`, "
          + "no locals dP at its return, no returned dict of them",
        source: nil)
    }
    let verdict: CheckReport.Verdict =
      error != nil ? .error : gradients.allSatisfy(\.isCorrect) ? .correct : .incorrect
    let report = CheckReport(
      path: path, model: model, verdict: verdict, gradients: error == nil ? gradients : [],
      gradientSource: run.gradientSource,
      firstDeparture: verdict == .correct ? nil : departure, error: error,
      skipped: run.skipped, className: run.className, sourceLines: run.sourceLines,
      recordingTruncated: run.eventsTruncated, foundDeparture: departure)
    return (report, run, reference, finder.names)
  }

  /// The RNN note's three deviations, each as the pass that has it alone.
  private static func notesDeviations(
    _ model: Model, parameters: Parameters, example: Example
  ) -> [(deviation: NotesDeviation, pass: ReferencePass)] {
    guard model.kind == .rnn else { return [] }
    return Deviations.allCases.map { deviation in
      let programs = [model.forward, DocumentRNN.document(model.sizes, deviations: deviation)]
      let recording = Interpreter.run(programs, parameters: parameters, example: example)
      let explanation =
        programs[1].blocks.flatMap(\.operations).compactMap(\.deviation).first ?? deviation.name
      return (
        NotesDeviation(name: deviation.name, explanation: explanation),
        ReferencePass(
          programs: programs, recording: recording, parameters: parameters, example: example)
      )
    }
  }

  private static func checkError(_ error: PythonError, lines: [String], steps: Int) -> CheckError {
    let t = error.loops.first?.timestep(steps: steps)
    let source = error.line.flatMap { line in
      line >= 1 && line <= lines.count ? lines[line - 1].trimmed : nil
    }
    return CheckError(
      line: error.line, column: error.column, t: t, kind: error.kind, message: error.message,
      source: source)
  }
}

extension LoopFrame {
  /// The timestep of this iteration: the loop variable + 1 (the notes' `t` is 0-based),
  /// else the count of iterations, from 1 forwards and from T over `reversed(…)`.
  public func timestep(steps: Int) -> Int {
    if let value { return value + 1 }
    if isReversed { return (count ?? steps) - iteration }
    return iteration + 1
  }
}

extension String {
  /// The text without its leading and trailing spaces and tabs.
  var trimmed: String {
    String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
  }
}
