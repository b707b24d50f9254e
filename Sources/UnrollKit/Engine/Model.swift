/// The sizes of a model and its input sequence.
public struct Sizes: Equatable, Hashable, Sendable, CustomStringConvertible {
  /// Features per timestep.
  public var input: Int
  /// Hidden units.
  public var hidden: Int
  /// Timesteps, T.
  public var steps: Int

  /// Sizes of `input` features, `hidden` units and `steps` timesteps.
  public init(input: Int, hidden: Int, steps: Int) {
    self.input = input
    self.hidden = hidden
    self.steps = steps
  }

  /// The documents' own sizes for `model` (its cell's `defaults`): the RNN note's
  /// 1/32/10, the LSTM note's 3/5/4.
  public static func defaults(for model: ModelKind) -> Sizes { model.cell.defaults }

  /// The largest sizes accepted, so that a typo cannot ask for gigabytes.
  ///
  /// An LSTM at these limits records about 15 columns of 512 per step over 2000 steps
  /// (about 120 MB) and holds 4 matrices of (512, 768).
  public static let limits = Sizes(input: 256, hidden: 512, steps: 2000)

  /// `input 1, hidden 32, steps 10`.
  public var description: String { "input \(input), hidden \(hidden), steps \(steps)" }
}

/// Named matrices in a fixed order: a model's parameters, or their gradients.
public struct Parameters: Equatable, Sendable {
  /// The names, in the order the model lists them.
  public let names: [String]
  /// The matrices by name.
  public internal(set) var values: [String: Matrix]

  /// Parameters from names in order and their values; every name must have a value.
  public init(names: [String], values: [String: Matrix]) {
    self.names = names.filter { values[$0] != nil }
    self.values = values
  }

  /// Parameters whose `names` are known to match `values`' keys (no check, no hashing).
  init(trusting names: [String], values: [String: Matrix]) {
    self.names = names
    self.values = values
  }

  /// The matrix named `name`, if there is one.
  public subscript(_ name: String) -> Matrix? {
    get { values[name] }
    set { values[name] = newValue }
  }

  /// The same names with zero matrices of the same shapes.
  public func zeros() -> Parameters {
    Parameters(names: names, values: values.mapValues { Matrix.zeros($0.shape) })
  }

  /// The (name, matrix) pairs in order.
  public var ordered: [(name: String, value: Matrix)] {
    names.compactMap { name in values[name].map { (name, $0) } }
  }
}

/// One training example: a sequence `x` (steps × input), its label `y`, and a label
/// for every step, which only the loss at every step reads.
public struct Example: Equatable, Sendable {
  /// The sequence, one row per timestep, as `x` in the weights file.
  public let x: Matrix
  /// The label, 0 or 1: the last step's.
  public let y: Double
  /// The label of each step t = 1 … T (index t − 1), for `--loss every-step`; the last
  /// is `y`.
  public let labels: [Double]

  /// The inputs `x_t` as columns, made once: training reads them every epoch.
  let columns: [Matrix]

  /// An example from its sequence and label; the earlier steps are labelled by the
  /// rule `Example.stepLabels` (x_1 + … + x_t > 0), the last by `y`.
  public init(x: Matrix, y: Double) {
    var labels = Example.stepLabels(x)
    if !labels.isEmpty { labels[labels.count - 1] = y }
    self.init(x: x, y: y, labels: labels)
  }

  /// An example with a label for every step; `y` is the last of them.
  public init(x: Matrix, labels: [Double]) {
    self.init(x: x, y: labels.last ?? 0, labels: labels)
  }

  private init(x: Matrix, y: Double, labels: [Double]) {
    self.x = x
    self.y = y
    self.labels = labels
    columns = (0..<x.rows).map { t in
      Matrix(column: Array(x.scalars[(t * x.cols)..<((t + 1) * x.cols)]))
    }
  }

  /// The number of timesteps.
  public var steps: Int { x.rows }

  /// The input at 0-based step `t` as a column, shape (input, 1): the notes' `x[t]`.
  func column(_ t: Int) -> Matrix { columns[t] }

  /// The label at step `t` (1-based) when there is one; `y` otherwise.
  func label(at t: Int) -> Double { t >= 1 && t <= labels.count ? labels[t - 1] : y }

  /// The drawn data's label of each step: 1 when x_1 + … + x_t > 0, every entry of the
  /// rows so far summed in order (over the input too), else 0.
  public static func stepLabels(_ x: Matrix) -> [Double] {
    var sum = 0.0
    return (0..<x.rows).map { t in
      for j in 0..<x.cols { sum += x.scalars[t * x.cols + j] }
      return sum > 0 ? 1 : 0
    }
  }

  /// Equal when the sequences and the labels are.
  public static func == (a: Example, b: Example) -> Bool {
    a.x == b.x && a.y == b.y && a.labels == b.labels
  }

  /// A random sequence of standard normals, labelled as the notes label theirs:
  /// 1 when its sum is positive, else 0 (and each step by `stepLabels`).
  public static func random(_ sizes: Sizes, seed: UInt64) -> Example {
    var generator = SeededGenerator(seed: seed, stream: 1)
    let x = generator.normalMatrix(Shape(sizes.steps, sizes.input))
    return Example(x: x, y: x.sum > 0 ? 1 : 0)
  }
}

/// A model: its kind, sizes, parameter shapes, initialisation and programs.
public struct Model: Sendable {
  /// Which cell.
  public let kind: ModelKind
  /// Its sizes.
  public let sizes: Sizes
  /// What it minimises and how far back the gradient flows (the notes': the last step,
  /// full BPTT); its programs are the cell's, rewritten by it.
  public let objective: Objective

  /// A model of `kind` with `sizes`, under `objective`.
  public init(_ kind: ModelKind, sizes: Sizes, objective: Objective = .notes) {
    self.kind = kind
    self.sizes = sizes
    self.objective = objective
  }

  /// The same model under another objective.
  public func with(_ objective: Objective) -> Model {
    Model(kind, sizes: sizes, objective: objective)
  }

  /// Every parameter's name and shape, in the documents' order.
  public var parameterShapes: [(name: String, shape: Shape)] { kind.cell.parameterShapes(sizes) }

  /// The parameter names in order.
  public var parameterNames: [String] { parameterShapes.map(\.name) }

  /// The cell's initialisation from a seed: each weight `randn · kind.cell.initialScale`,
  /// drawn in the order of `parameterShapes`, and zero biases.
  public func initialParameters(seed: UInt64) -> Parameters {
    var generator = SeededGenerator(seed: seed)
    var values: [String: Matrix] = [:]
    for (name, shape) in parameterShapes {
      if name.hasPrefix("b") {
        values[name] = .zeros(shape)
      } else {
        values[name] = generator.normalMatrix(
          shape, scale: kind.cell.initialScale(name, sizes))
      }
    }
    return Parameters(names: parameterNames, values: values)
  }

  /// The forward program: the recurrence, the head and the loss.
  public var forward: Program { objective.forward(kind.cell.forward(sizes)) }

  /// The correct backward program (BPTT): `backward(.correct)`, which cannot throw.
  public var backward: Program { objective.backward(kind.cell.backward(sizes)) }

  /// The backward program for `bptt`; the documents' passes exist only for a cell whose
  /// notes give them, the RNN (`EngineError.noBackwardInNotes` for the others).
  public func backward(_ bptt: BPTT) throws -> Program {
    switch (bptt, kind.cell.notesBackward) {
    case (.correct, _): return backward
    case (.document, .given(let document, _)): return objective.backward(document(sizes))
    case (.verbatim, .given(_, let verbatim)): return objective.backward(verbatim(sizes))
    case (.document, .absent), (.verbatim, .absent):
      throw EngineError.noBackwardInNotes(model: kind, bptt: bptt)
    }
  }

  /// Runs the forward and the correct backward pass on `example`.
  public func run(_ parameters: Parameters, on example: Example) -> Recording {
    Interpreter.run([forward, backward], parameters: parameters, example: example)
  }

  /// Runs the forward pass and the `bptt` backward pass on `example`.
  public func run(
    _ parameters: Parameters, on example: Example, bptt: BPTT
  ) throws -> Recording {
    Interpreter.run([forward, try backward(bptt)], parameters: parameters, example: example)
  }

  /// The states the forward pass carries into each chunk of the truncation, at `parameters`.
  ///
  /// `h_t` (and the LSTM's `C_t`) by name, then t − 1 for each cut step t; empty without
  /// a truncation.
  public func frozenStates(
    _ parameters: Parameters, on example: Example
  ) throws -> [String: [Int: Matrix]] {
    let cuts = objective.cutSteps(example.steps)
    guard !cuts.isEmpty else { return [:] }
    let program = forward
    let recording = Interpreter.run([program], parameters: parameters, example: example)
    if let failure = recording.failure { throw failure }
    var frozen: [String: [Int: Matrix]] = [:]
    for initial in program.initialValues where initial.position == .beforeFirst {
      for t in cuts {
        frozen[initial.name, default: [:]][t - 1] =
          recording.records.last { $0.name == initial.name && $0.t == t - 1 }?.value
      }
    }
    return frozen
  }

  /// The loss alone: the forward pass, as the gradient check needs it.
  ///
  /// With `frozen` (`frozenStates`), the truncated objective: a step that starts a chunk reads the
  /// previous state from `frozen`, so no parameter reaches the loss across a cut.
  public func loss(
    _ parameters: Parameters, on example: Example, frozen: [String: [Int: Matrix]] = [:]
  ) throws -> Double {
    let recording = Interpreter.run(
      [forward], parameters: parameters, example: example, frozen: frozen)
    if let failure = recording.failure { throw failure }
    guard let loss = recording.records.last(where: { $0.name == "loss" })?.value.scalar else {
      throw EngineError.unknownValue(name: "loss", t: nil)
    }
    return loss
  }
}
