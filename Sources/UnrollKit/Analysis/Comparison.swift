/// One gradient of the documents' BPTT set against the correct one, `d` against `c`.
public struct GradientMetrics: Sendable, Equatable, Codable {
  /// The parameter's name (`Whh`), or `all` for every parameter's entries together.
  public let name: String
  /// ‖d‖, the Euclidean (Frobenius) norm of the documents' gradient.
  public let documentNorm: Double
  /// ‖c‖, the norm of the correct gradient.
  public let correctNorm: Double
  /// The relative error ‖d − c‖ / ‖c‖, Euclidean norms over all entries.
  ///
  /// Relative to the correct gradient's size, not entry by entry as `GradientCheck`
  /// measures; 0 when both are zero, nil when only c is.
  public let relativeError: Double?
  /// ⟨d, c⟩ / (‖d‖ ‖c‖): 1 for the same direction, −1 for the opposite; nil when
  /// either is zero.
  public let cosine: Double?
  /// The share of entries whose signs agree (−, 0, + each a sign of its own).
  public let signAgreement: Double

  /// The metrics of `d` against `c`, taken entry by entry over equal-length lists.
  public init(name: String, document d: [Double], correct c: [Double]) {
    self.name = name
    let count = min(d.count, c.count)
    var dd = 0.0
    var cc = 0.0
    var dc = 0.0
    var diff = 0.0
    var agree = 0
    for i in 0..<count {
      dd += d[i] * d[i]
      cc += c[i] * c[i]
      dc += d[i] * c[i]
      diff += (d[i] - c[i]) * (d[i] - c[i])
      if d[i].sign == c[i].sign && (d[i] == 0) == (c[i] == 0) { agree += 1 }
    }
    documentNorm = dd.squareRoot()
    correctNorm = cc.squareRoot()
    if correctNorm > 0 {
      relativeError = diff.squareRoot() / correctNorm
    } else {
      relativeError = diff == 0 ? 0 : nil
    }
    cosine = documentNorm > 0 && correctNorm > 0 ? dc / (documentNorm * correctNorm) : nil
    signAgreement = count > 0 ? Double(agree) / Double(count) : 1
  }
}

/// `dh` and `dh_raw` at one timestep, in both passes, as plain columns.
public struct StepValues: Sendable, Equatable, Codable {
  /// The timestep, 1-based.
  public let t: Int
  /// The documents' `dh`.
  public let documentDh: [Double]
  /// The correct `dh` = ∂L/∂h_t.
  public let correctDh: [Double]
  /// The documents' `dh_raw`.
  public let documentDhRaw: [Double]
  /// The correct `dh_raw` = ∂L/∂a_t.
  public let correctDhRaw: [Double]
  /// ‖dh‖ of each: the documents' against the correct, where the vanishing shows.
  public let dhNorms: Pair
  /// ‖dh_raw‖ of each.
  public let dhRawNorms: Pair

  /// Two figures, the documents' and the correct one.
  public struct Pair: Sendable, Equatable, Codable {
    /// The documents' figure.
    public let document: Double
    /// The correct figure.
    public let correct: Double
  }
}

/// A program with some deviations fixed, compared with the correct pass.
public struct AblationResult: Sendable, Equatable, Codable {
  /// The deviations the program keeps, by name (`output-error`, `every-step`, `final-h`).
  public let kept: [String]
  /// The deviations it fixes.
  public let fixed: [String]
  /// Every parameter's metrics, in the model's order.
  public let gradients: [GradientMetrics]
  /// The metrics over all parameters' entries together.
  public let overall: GradientMetrics
}

/// An operation that threw, as plain values: what the verbatim pass says when it stops.
public struct FailureSummary: Sendable, Equatable, Codable, CustomStringConvertible {
  /// The operation's record name (`dWhy` for the verbatim pass).
  public let operation: String
  /// The part of the pass.
  public let phase: Phase
  /// The timestep, or nil outside the timesteps.
  public let t: Int?
  /// The NumPy line.
  public let line: String
  /// The reason in NumPy's words: `shapes (1,1) and (11,1) not aligned: …`.
  public let message: String

  /// The facts of `failure`.
  public init(_ failure: OperationFailure) {
    operation = failure.operation.name
    phase = failure.phase
    t = failure.t
    line = failure.operation.line
    message = "\(failure.reason)"
  }

  /// One line, as `OperationFailure` writes it.
  public var description: String {
    let place = t.map { "\(phase.rawValue) t=\($0)" } ?? phase.rawValue
    return "\(operation) (\(place)) failed at `\(line)`: \(message)"
  }
}

/// For one deviation: the pass with only it fixed, and the pass with only it left.
public struct AblationRow: Sendable, Equatable, Codable {
  /// The deviation, by name.
  public let deviation: String
  /// What it says, in one sentence.
  public let summary: String
  /// The documents' pass with this deviation fixed and the other two kept.
  public let onlyThisFixed: AblationResult
  /// The correct pass with only this deviation put in.
  public let onlyThisLeft: AblationResult
}

/// The documents' BPTT against the correct one on one example, number by number.
public struct Comparison: Sendable, Equatable, Codable {
  /// The logit, the same in both (they share the forward pass).
  public let yPred: Double
  /// σ(y_pred).
  public let p: Double
  /// The label.
  public let y: Double
  /// The loss (stable BCE).
  public let loss: Double
  /// Where the verbatim pass stops: its operation, line and NumPy's message.
  public let verbatimFailure: FailureSummary?
  /// Per parameter, in the model's order.
  public let gradients: [GradientMetrics]
  /// Over all parameters' entries together.
  public let overall: GradientMetrics
  /// Per timestep, t = T … 1 (the order the backward pass visits them).
  public let steps: [StepValues]
  /// For each deviation the objective leaves (three, or two with the loss at every step),
  /// the passes with only it fixed and only it left.
  public let ablation: [AblationRow]
  /// The objective every pass ran under (not in the JSON, which the CLI extends).
  public private(set) var objective: Objective = .notes
  /// The deviations that are none under `objective`, by name: `every-step` when the loss
  /// is taken at every step, where the notes' `dh = Whyᵀ·dy + dh_next` is the rule.
  public private(set) var deviationsAbsent: [String] = []

  private enum CodingKeys: String, CodingKey {
    case yPred, p, y, loss, verbatimFailure, gradients, overall, steps, ablation
  }

  /// Runs the forward pass, the correct, the documents' and the verbatim backward
  /// passes, and the six ablation passes, and sets each against the correct one.
  ///
  /// Throws `EngineError.noBackwardInNotes` for the LSTM and the GRU, and the failure of
  /// any pass but the verbatim one (whose failure is the point, and is kept as text).
  ///
  /// With `layout` `.pytorch` the gradients are compared by state_dict key (`PyTorchLayout`):
  /// `rnn.bias_ih_l0` and `rnn.bias_hh_l0` both carry `bh`'s gradient, so `all` counts it twice.
  public init(
    model: Model, parameters: Parameters, example: Example, layout: Layout = .document
  ) throws {
    guard model.kind == .rnn else {
      throw EngineError.noBackwardInNotes(model: model.kind, bptt: .document)
    }
    // Every pass under the model's objective; the verbatim one stops at its first line
    // under any, so it runs under the notes' own.
    let objective = model.objective
    let correct = try Comparison.run(model, model.backward, parameters, example)
    let document = try Comparison.run(
      model, objective.backward(DocumentRNN.document(model.sizes)), parameters, example)
    let notes = Model(model.kind, sizes: model.sizes)
    let verbatim = Interpreter.run(
      [notes.forward, DocumentRNN.verbatim(model.sizes)], parameters: parameters,
      example: example)
    self.objective = objective
    let present = Deviations.present(under: objective)
    deviationsAbsent = Deviations.allCases.filter { !present.contains($0) }.map(\.name)

    guard
      let yPred = correct.records.last(where: { $0.name == "y_pred" })?.value.scalar,
      let p = correct.p, let loss = correct.outputs["loss"]?.scalar
    else { throw EngineError.unknownValue(name: "y_pred", t: nil) }
    self.yPred = yPred
    self.p = p
    self.y = example.y
    self.loss = loss
    verbatimFailure = verbatim.failure.map(FailureSummary.init)

    let names = layout == .pytorch ? PyTorchLayout.keys : model.parameterNames
    func shown(_ gradients: Parameters) throws -> Parameters {
      layout == .pytorch ? try PyTorchLayout.gradients(gradients, kind: model.kind) : gradients
    }
    let correctShown = try shown(correct.gradients)
    (gradients, overall) = Comparison.metrics(try shown(document.gradients), correctShown, names)

    func column(_ recording: Recording, _ name: String, _ t: Int) throws -> Matrix {
      guard let value = recording.records.last(where: { $0.name == name && $0.t == t })?.value
      else { throw EngineError.unknownValue(name: name, t: t) }
      return value
    }
    steps = try stride(from: model.sizes.steps, through: 1, by: -1).map { t in
      let dh = (try column(document, "dh", t), try column(correct, "dh", t))
      let raw = (try column(document, "dh_raw", t), try column(correct, "dh_raw", t))
      return StepValues(
        t: t, documentDh: dh.0.scalars, correctDh: dh.1.scalars,
        documentDhRaw: raw.0.scalars, correctDhRaw: raw.1.scalars,
        dhNorms: .init(document: dh.0.norm, correct: dh.1.norm),
        dhRawNorms: .init(document: raw.0.norm, correct: raw.1.norm))
    }

    func result(_ kept: Deviations) throws -> AblationResult {
      let run = try Comparison.run(
        model, objective.backward(DocumentRNN.document(model.sizes, deviations: kept)),
        parameters, example)
      let (perParameter, all) = Comparison.metrics(try shown(run.gradients), correctShown, names)
      return AblationResult(
        kept: Deviations.allCases.filter { kept.contains($0) }.map(\.name),
        fixed: Deviations.allCases.filter { present.contains($0) && !kept.contains($0) }
          .map(\.name),
        gradients: perParameter, overall: all)
    }
    ablation = try Deviations.allCases.filter { present.contains($0) }.map { deviation in
      AblationRow(
        deviation: deviation.name, summary: deviation.summary,
        onlyThisFixed: try result(present.subtracting(deviation)),
        onlyThisLeft: try result(deviation))
    }
  }

  private static func run(
    _ model: Model, _ backward: Program, _ parameters: Parameters, _ example: Example
  ) throws -> Recording {
    let recording = Interpreter.run(
      [model.forward, backward], parameters: parameters, example: example)
    if let failure = recording.failure { throw failure }
    return recording
  }

  private static func metrics(
    _ document: Parameters, _ correct: Parameters, _ names: [String]
  ) -> ([GradientMetrics], GradientMetrics) {
    var allD: [Double] = []
    var allC: [Double] = []
    let perParameter = names.map { name in
      let d = document[name]?.scalars ?? []
      let c = correct[name]?.scalars ?? []
      allD += d
      allC += c
      return GradientMetrics(name: name, document: d, correct: c)
    }
    return (perParameter, GradientMetrics(name: "all", document: allD, correct: allC))
  }
}

extension Deviations {
  /// The deviations the documents' pass has under `objective`: all three for the notes'
  /// loss on h_T; with a loss at every step, adding `Whyᵀ·dy` to `dh` at every step is
  /// right (min-char-rnn's line), so only the output error and the final h remain.
  public static func present(under objective: Objective) -> Deviations {
    objective.loss == .everyStep ? document.subtracting(.outputGradientAtEveryStep) : document
  }

  /// One sentence saying what the deviation is, for tables.
  public var summary: String {
    switch self {
    case .outputErrorOnLogit:
      return "the output error is (y_pred − y)·σ'(y_pred) on the logit, not σ(y_pred) − y"
    case .outputGradientAtEveryStep:
      return "Whyᵀ·δ is added to dh at every step, not only at t = T"
    case .finalHiddenInTanhDerivative:
      return "(1 − self.h**2) uses the final h_T at every step, not h_t"
    default:
      return Deviations.allCases.filter { contains($0) }.map(\.summary).joined(separator: "; ")
    }
  }
}
