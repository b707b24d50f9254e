#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// How the parameters move after each batch.
public enum Optimizer: Sendable, Equatable, Codable {
  /// Plain gradient descent, `θ −= lr · g`: the RNN note's `self.Wxh -= learning_rate * dWxh`.
  case sgd
  /// Adam with PyTorch's defaults (β₁ 0.9, β₂ 0.999, ε 1e-8, bias correction, no weight
  /// decay), as the PyTorch note's `optim.Adam(model.parameters(), lr=0.01)`.
  case adam
}

/// How a batch's mean gradient is clipped before the update.
public enum Clipping: Sendable, Equatable {
  /// Every parameter's gradient scaled together by `min(1, max / ‖g‖)`, ‖g‖ over all
  /// parameters' entries: d2l's `grad_clipping` (PyTorch's `clip_grad_norm_` divides by
  /// ‖g‖ + 1e-6 instead).
  case norm(Double)
  /// Every entry put into [−max, max]: min-char-rnn's `np.clip(dparam, -5, 5)`.
  case value(Double)
}

/// What a training run does: the notes' loop and its variants.
public struct TrainingOptions: Sendable, Equatable {
  /// The backward pass whose gradients are applied.
  public var bptt: BPTT
  /// The update rule.
  public var optimizer: Optimizer
  /// The step size (`learning_rate` in the notes).
  public var learningRate: Double
  /// Passes over the data.
  public var epochs: Int
  /// Samples per update, the gradients averaged over them; 1 is the RNN note's loop.
  public var batchSize: Int
  /// The seed of a new permutation of the samples every epoch, or nil to keep their order.
  ///
  /// nil runs them in order, as the NumPy note does. A seed draws a permutation per
  /// epoch, as the PyTorch note's
  /// `DataLoader(..., shuffle=True)` draws (with its own generator, not PyTorch's).
  public var shuffleSeed: UInt64?
  /// How each update's gradient is clipped, if it is.
  public var clipping: Clipping?
  /// The deviations the notes' pass keeps when `bptt` is `.document`: all three (the
  /// notes' BPTT) unless an ablation fixes some (`DocumentRNN.document(_:deviations:)`).
  public var deviations: Deviations

  /// The RNN note's loop: correct or the notes' BPTT, SGD, lr 0.01, 10 epochs, one sample
  /// per update, in order.
  public init(
    bptt: BPTT = .document, optimizer: Optimizer = .sgd, learningRate: Double = 0.01,
    epochs: Int = 10, batchSize: Int = 1, shuffleSeed: UInt64? = nil,
    deviations: Deviations = .document, clipping: Clipping? = nil
  ) {
    self.bptt = bptt
    self.optimizer = optimizer
    self.learningRate = learningRate
    self.epochs = epochs
    self.batchSize = batchSize
    self.shuffleSeed = shuffleSeed
    self.deviations = deviations
    self.clipping = clipping
  }

  /// The backward program these options train `model` with: the notes' pass with only
  /// `deviations` kept when that is fewer than three (the RNN's, which alone has them).
  func backward(_ model: Model) throws -> Program {
    guard bptt == .document, deviations != .document else { return try model.backward(bptt) }
    guard model.kind == .rnn else {
      throw EngineError.noBackwardInNotes(model: model.kind, bptt: bptt)
    }
    return model.objective.backward(DocumentRNN.document(model.sizes, deviations: deviations))
  }

  /// The RNN note's loop (notes 000, 002, 004): the notes' BPTT, per-sample SGD,
  /// lr 0.01, 10 epochs, in order.
  public static let numpyNote = TrainingOptions()

  /// The PyTorch note's loop (note 001), with correct gradients as autograd gives them:
  /// Adam lr 0.01, batches of 32, 10 epochs, shuffled every epoch from `shuffleSeed`.
  public static func pytorchNote(shuffleSeed: UInt64?) -> TrainingOptions {
    TrainingOptions(
      bptt: .correct, optimizer: .adam, learningRate: 0.01, epochs: 10, batchSize: 32,
      shuffleSeed: shuffleSeed)
  }
}

/// One epoch's figures, as the notes print them, plus accuracy.
public struct EpochResult: Sendable, Equatable, Codable {
  /// The epoch, 1-based as the notes print it.
  public let epoch: Int
  /// The mean over the samples of the notes' loss,
  /// `−(y·log(p + 1e-8) + (1 − y)·log(1 − p + 1e-8))`, each p taken before its update;
  /// with the loss at every step, each sample's is the sum of its steps' terms.
  public let loss: Double
  /// The share of samples with `p > 0.5` equal to `y = 1`, each p taken before its update;
  /// with the loss at every step, the share of all the steps' predictions.
  public let accuracy: Double
}

/// What a training run returns.
public struct TrainingResult: Sendable {
  /// Per epoch, in order.
  public let epochs: [EpochResult]
  /// The parameters after the last update.
  public let parameters: Parameters
  /// How many updates were made, and how many of them clipped (0 without clipping).
  public var updates = 0
  /// How many updates' gradients the clipping changed.
  public var clippedUpdates = 0

  /// A result from its epochs and final parameters.
  public init(epochs: [EpochResult], parameters: Parameters) {
    self.epochs = epochs
    self.parameters = parameters
  }
}

/// Why a training run stopped early.
public enum TrainingError: Error, Sendable, CustomStringConvertible {
  /// A value went NaN or infinite: where, and the first operation that produced it.
  case nonFinite(epoch: Int, sample: Int, phase: Phase, t: Int?, operation: String, line: String)
  /// An operation threw (the verbatim pass does, at its first line).
  case operationFailed(epoch: Int, sample: Int, OperationFailure)
  /// The options cannot run: an empty data set, a batch size below 1, and so on.
  case invalidOptions(String)

  /// One sentence naming the epoch, the sample and the operation.
  public var description: String {
    switch self {
    case .nonFinite(let epoch, let sample, let phase, let t, let operation, let line):
      let place = t.map { "\(phase.rawValue) t=\($0)" } ?? phase.rawValue
      return "epoch \(epoch), sample \(sample): \(operation) (\(place)) was the first value "
        + "to go NaN or infinite, at `\(line)`"
    case .operationFailed(let epoch, let sample, let failure):
      return "epoch \(epoch), sample \(sample): \(failure)"
    case .invalidOptions(let reason):
      return reason
    }
  }
}

/// The notes' training loop, run by the interpreter on every sample.
public enum Training {
  /// The notes' data from a seed: `count` sequences of `steps × input` standard normals,
  /// drawn sample by sample, row by row; label 1 when a sequence's entries sum above 0.
  ///
  /// (With input 1 this is the notes' `np.sum(X, axis=1) > 0`; the notes' reshape to
  /// (N, 1) only works for input 1, so for more features all entries are summed.)
  public static func data(_ sizes: Sizes, count: Int, seed: UInt64) -> [Example] {
    var generator = SeededGenerator(seed: seed, stream: 2)
    return (0..<max(count, 0)).map { _ in
      let x = generator.normalMatrix(Shape(sizes.steps, sizes.input))
      return Example(x: x, y: x.sum > 0 ? 1 : 0)
    }
  }

  /// The notes' epoch loss for one prediction: BCE with 1e-8 inside each log, as printed.
  public static func noteLoss(p: Double, y: Double) -> Double {
    -(y * log(p + 1e-8) + (1 - y) * log(1 - p + 1e-8))
  }

  /// Trains `model` from `parameters` on `data`, in order, and reports each epoch.
  ///
  /// Each batch runs forward and the chosen backward pass on every sample with the
  /// parameters as they stand at the batch's start, averages the gradients, and
  /// updates. `progress(epoch, done)` is called after every sample with the epoch and
  /// the number of samples done in it, both counted from 1; an error it throws stops the
  /// run (a time limit). Errors name the sample by its place in `data`, counted from 1.
  public static func run(
    _ model: Model, from parameters: Parameters, on data: [Example], options: TrainingOptions,
    progress: ((Int, Int) throws -> Void)? = nil
  ) throws -> TrainingResult {
    // The RNN's loop without the interpreter, equal to it bit for bit (FastTraining.swift).
    if let result = try FastTraining.run(
      model, from: parameters, on: data, options: options, progress: progress)
    {
      return result
    }
    return try interpreted(model, from: parameters, on: data, options: options, progress: progress)
  }

  /// `run` through the interpreter, for every model and pass: the program `FastTraining`
  /// must equal.
  static func interpreted(
    _ model: Model, from parameters: Parameters, on data: [Example], options: TrainingOptions,
    progress: ((Int, Int) throws -> Void)? = nil
  ) throws -> TrainingResult {
    guard !data.isEmpty else { throw TrainingError.invalidOptions("there are no samples") }
    guard options.batchSize >= 1 else {
      throw TrainingError.invalidOptions("the batch size must be at least 1")
    }
    guard options.epochs >= 0 else {
      throw TrainingError.invalidOptions("the number of epochs must not be negative")
    }
    let programs = [model.forward, try options.backward(model)]
    let plan = Interpreter.Plan(programs, parameters: parameters)
    var parameters = parameters
    var adam = AdamState(parameters)
    var history: [EpochResult] = []
    var updates = 0
    var clipped = 0
    var shuffler = options.shuffleSeed.map { SeededGenerator(seed: $0, stream: 3) }
    var order = Array(data.indices)
    for epoch in stride(from: 1, through: options.epochs, by: 1) {
      if var generator = shuffler {
        order.shuffleInOrder(using: &generator)
        shuffler = generator
      }
      var totalLoss = 0.0
      var hits = 0
      var judged = 0
      var start = 0
      while start < data.count {
        let end = min(start + options.batchSize, data.count)
        var sum = Parameters(names: [], values: [:])
        for position in start..<end {
          let index = order[position]
          let recording = Interpreter.run(
            plan, parameters: parameters, example: data[index], keepsRecords: false)
          let sample = index + 1
          if let failure = recording.failure {
            throw TrainingError.operationFailed(epoch: epoch, sample: sample, failure)
          }
          if recording.firstNonFinite != nil || !recording.gradients.isFinite {
            throw nonFinite(programs, parameters, data[index], epoch: epoch, sample: sample)
          }
          let (loss, right, predictions) = try score(recording, data[index])
          totalLoss += loss
          hits += right
          judged += predictions
          if position == start {
            sum = recording.gradients
          } else {
            try sum.add(recording.gradients)
          }
          try progress?(epoch, position + 1)
        }
        var scale = 1 / Double(end - start)  // the batch's mean gradient
        updates += 1
        switch options.clipping {
        case nil: break
        case .norm(let max):
          // ‖g‖ of the mean gradient g = scale · sum, over every parameter's entries.
          var squares = 0.0
          for name in sum.names { for g in sum.values[name]?.scalars ?? [] { squares += g * g } }
          let norm = scale * squares.squareRoot()
          if norm > max {
            scale *= max / norm
            clipped += 1
          }
        case .value(let max):
          var changed = false
          for name in sum.names {
            guard var g = sum.values[name] else { continue }
            for i in 0..<g.count {
              let entry = g.scalars[i] * scale
              if abs(entry) > max { changed = true }
              g.scalars[i] = Swift.min(Swift.max(entry, -max), max)
            }
            sum.values[name] = g
          }
          scale = 1  // sum now holds the clipped mean gradient
          if changed { clipped += 1 }
        }
        switch options.optimizer {
        case .sgd: try parameters.descend(sum, rate: options.learningRate * scale)
        case .adam: try adam.step(&parameters, gradient: sum, scale: scale, options.learningRate)
        }
        start = end
      }
      history.append(
        EpochResult(
          epoch: epoch, loss: totalLoss / Double(data.count),
          accuracy: Double(hits) / Double(max(judged, 1))))
    }
    var result = TrainingResult(epochs: history, parameters: parameters)
    result.updates = updates
    result.clippedUpdates = clipped
    return result
  }

  /// One sample's share of the epoch's figures: the notes' loss (summed over the steps'
  /// terms with the loss at every step), the predictions right, and how many were judged
  /// (1, or one per step).
  static func score(_ recording: Recording, _ example: Example) throws -> (Double, Int, Int) {
    if !recording.stepProbabilities.isEmpty {
      var loss = 0.0
      var right = 0
      for (t, p) in recording.stepProbabilities.enumerated() {
        let y = example.label(at: t + 1)
        loss += noteLoss(p: p, y: y)
        if (p > 0.5) == (y > 0.5) { right += 1 }
      }
      return (loss, right, recording.stepProbabilities.count)
    }
    guard let p = recording.p else { throw EngineError.unknownValue(name: "p", t: nil) }
    return (noteLoss(p: p, y: example.y), (p > 0.5) == (example.y > 0.5) ? 1 : 0, 1)
  }

  /// The notes' whole task from a seed: their data (`samples` sequences, from `seed`)
  /// and their initialisation (from `seed`), then `run`.
  public static func run(
    _ model: Model, samples: Int = 1000, seed: UInt64, options: TrainingOptions,
    progress: ((Int, Int) throws -> Void)? = nil
  ) throws -> TrainingResult {
    try run(
      model, from: model.initialParameters(seed: seed),
      on: data(model.sizes, count: samples, seed: seed), options: options, progress: progress)
  }

  /// Re-runs the sample that went non-finite with records kept, to name the first culprit.
  static func nonFinite(
    _ programs: [Program], _ parameters: Parameters, _ example: Example, epoch: Int, sample: Int
  ) -> TrainingError {
    let recording = Interpreter.run(programs, parameters: parameters, example: example)
    if let index = recording.firstNonFinite, index < recording.records.count {
      let record = recording.records[index]
      return .nonFinite(
        epoch: epoch, sample: sample, phase: record.phase, t: record.t, operation: record.name,
        line: record.line)
    }
    // No assigned value went bad, so an accumulation did: name the first such gradient.
    let name = recording.gradients.ordered.first { !$0.value.isFinite }?.name ?? "?"
    let line = programs.lazy.compactMap { $0.operation(named: "d" + name)?.line }.first ?? ""
    return .nonFinite(
      epoch: epoch, sample: sample, phase: .backward, t: nil, operation: "d" + name, line: line)
  }
}

/// Adam's running moments, one pair per parameter, and its step count.
struct AdamState {
  var m: Parameters
  var v: Parameters
  var step = 0
  let beta1 = 0.9
  let beta2 = 0.999
  let eps = 1e-8

  init(_ parameters: Parameters) {
    m = parameters.zeros()
    v = parameters.zeros()
  }

  /// PyTorch's `Adam.step` on the gradient `scale · sum`, in PyTorch's order of operations.
  mutating func step(
    _ parameters: inout Parameters, gradient sum: Parameters, scale: Double, _ lr: Double
  ) throws {
    step += 1
    let correction1 = 1 - pow(beta1, Double(step))
    let correction2 = 1 - pow(beta2, Double(step))
    for name in parameters.names {
      guard var theta = parameters.values[name], let g = sum.values[name],
        var m = self.m.values[name], var v = self.v.values[name], g.count == theta.count,
        m.count == theta.count, v.count == theta.count
      else { throw EngineError.unknownValue(name: name, t: nil) }
      for i in 0..<theta.count {
        let gi = g.scalars[i] * scale
        // m ← β₁m + (1 − β₁)g; v ← β₂v + (1 − β₂)g²: running means of g and g².
        m.scalars[i] = beta1 * m.scalars[i] + (1 - beta1) * gi
        v.scalars[i] = beta2 * v.scalars[i] + (1 - beta2) * gi * gi
        // θ ← θ − (lr / c₁) · m / (√v / √c₂ + ε): the bias-corrected step, as PyTorch writes it.
        let denominator = v.scalars[i].squareRoot() / correction2.squareRoot() + eps
        theta.scalars[i] -= lr / correction1 * m.scalars[i] / denominator
      }
      parameters.values[name] = theta
      self.m.values[name] = m
      self.v.values[name] = v
    }
  }
}

extension Parameters {
  /// Whether every entry of every matrix is finite.
  var isFinite: Bool {
    for value in values.values where !value.isFinite { return false }
    return true
  }

  /// Adds `other`, name by name: a running sum of gradients.
  mutating func add(_ other: Parameters) throws {
    for name in names {
      guard let value = other.values[name] else { continue }
      try values[name]?.add(value)
    }
  }

  /// `θ −= rate · g` for every parameter: one step of gradient descent.
  mutating func descend(_ gradient: Parameters, rate: Double) throws {
    for (name, g) in gradient.values {
      // In place through the dictionary's modify accessor: one lookup, no copy.
      try values[name]?.subtract(g, scaledBy: rate)
    }
  }
}

extension Array {
  /// A Fisher–Yates shuffle written down here, so that a seed gives the same order on
  /// every platform (the standard library's `shuffle(using:)` does not promise its
  /// algorithm).
  mutating func shuffleInOrder(using generator: inout SeededGenerator) {
    guard count > 1 else { return }
    for i in stride(from: count - 1, to: 0, by: -1) {
      // A uniform j in 0...i by rejection, free of modulo bias.
      let bound = UInt64(i + 1)
      let limit = UInt64.max - UInt64.max % bound
      var draw = generator.next()
      while draw >= limit { draw = generator.next() }
      swapAt(i, Int(draw % bound))
    }
  }
}
