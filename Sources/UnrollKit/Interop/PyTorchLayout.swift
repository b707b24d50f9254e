/// How a model's parameters are named and cut: the notes' matrices, or PyTorch's
/// `state_dict`.
public enum Layout: String, Sendable, CaseIterable, Codable {
  /// The notes' names and shapes: `Wxh Whh bh`, `Wf … bo` over concat = [h; x], `Why by`.
  case document
  /// The PyTorch note's `model.state_dict()`: `rnn.weight_ih_l0 … fc.bias`.
  case pytorch
}

/// The PyTorch note's model (seeds/001: `self.rnn = nn.RNN|nn.LSTM|nn.GRU(…)`,
/// `self.fc = nn.Linear(hidden, 1)`) in the notes' terms, and back.
///
/// PyTorch keeps the input and the recurrent weights apart (`weight_ih_l0` acts on
/// x_t, `weight_hh_l0` on h_{t-1}), stacks a cell's gates in blocks of `hidden` rows
/// (LSTM: i, f, g, o; GRU: r, z, n) and gives each block two biases, `b_ih + b_hh`,
/// where the notes have one. So:
///
/// - RNN: `Wxh = weight_ih`, `Whh = weight_hh`, `bh = bias_ih + bias_hh`.
/// - LSTM: gate k's `W = [weight_hh[k] | weight_ih[k]]`, since the note's gates act on
///   concat = [h_{t-1}; x_t], and `b = bias_ih[k] + bias_hh[k]`; k = i, f, g (`WC`), o.
/// - GRU: r and z as the LSTM's gates; n keeps its four pieces apart (`Wxn = W_in`,
///   `bxn = b_in`, `Whn = W_hn`, `bhn = b_hn`), because `b_hn` sits inside `r ⊙ (…)`.
/// - The head: `Why = fc.weight`, `by = fc.bias`.
///
/// Back from the notes' layout, a summed bias cannot be split: all of it goes into
/// `bias_ih` and `bias_hh` gets zeros, which computes the same. Gradients go back
/// differently: `∂L/∂bias_ih = ∂L/∂bias_hh = ∂L/∂b`, since PyTorch adds the two before
/// anything reads them, so each gets the whole gradient.
///
/// Biases are 1-D in PyTorch; here they are columns (n, 1), and written `(n,)`.
public enum PyTorchLayout {
  /// `rnn.weight_ih_l0`: the input weights, gates stacked, (gates·hidden, input).
  public static let weightIH = "rnn.weight_ih_l0"
  /// `rnn.weight_hh_l0`: the recurrent weights, gates stacked, (gates·hidden, hidden).
  public static let weightHH = "rnn.weight_hh_l0"
  /// `rnn.bias_ih_l0`: the input biases, (gates·hidden,).
  public static let biasIH = "rnn.bias_ih_l0"
  /// `rnn.bias_hh_l0`: the recurrent biases, (gates·hidden,).
  public static let biasHH = "rnn.bias_hh_l0"
  /// `fc.weight`: the head, (1, hidden).
  public static let fcWeight = "fc.weight"
  /// `fc.bias`: the head's bias, (1,).
  public static let fcBias = "fc.bias"

  /// The keys in `state_dict()` order.
  public static let keys = [weightIH, weightHH, biasIH, biasHH, fcWeight, fcBias]

  /// Whether `key` holds a 1-D tensor (a bias), written as a plain list.
  public static func isVector(_ key: String) -> Bool {
    key == biasIH || key == biasHH || key == fcBias
  }

  /// How one of PyTorch's row blocks becomes the notes' parameters.
  public enum Rule: Sendable {
    /// RNN: `Wxh = W_ih`, `Whh = W_hh`, `bh = b_ih + b_hh`.
    case apart(inputWeight: String, hiddenWeight: String, bias: String)
    /// LSTM gates, GRU r and z: `W = [W_h | W_i]` over concat = [h; x], `b = b_i + b_h`.
    case concat(weight: String, bias: String)
    /// GRU n: every piece kept apart, biases included.
    case separate(inputWeight: String, inputBias: String, hiddenWeight: String, hiddenBias: String)
  }

  /// One block of `hidden` rows: PyTorch's letter for it and its rule.
  public struct Gate: Sendable {
    /// PyTorch's letter for the block: `i`, `f`, `g`, `o`; empty for the RNN's one block.
    public let letter: String
    /// How the block becomes the notes' parameters.
    public let rule: Rule

    /// A block lettered `letter` that maps by `rule`.
    public init(letter: String, rule: Rule) {
      self.letter = letter
      self.rule = rule
    }
  }

  /// The blocks of `kind`'s stacked weights, in PyTorch's order; none for a cell
  /// PyTorch does not have.
  static func gates(_ kind: ModelKind) -> [Gate] { kind.cell.pytorchGates ?? [] }

  /// How many blocks of `hidden` rows `kind` stacks: RNN 1, LSTM 4 (GRU 3).
  public static func gateCount(_ kind: ModelKind) -> Int { gates(kind).count }

  /// The cell whose stacked rows are `rows` for `hidden` units, if one has that many blocks.
  public static func kind(stackedRows rows: Int, hidden: Int) -> ModelKind? {
    guard hidden > 0, rows % hidden == 0 else { return nil }
    let fitting = ModelKind.allCases.filter {
      $0.cell.pytorchGates?.count == rows / hidden
    }
    return fitting.count == 1 ? fitting.first : nil  // two cells alike: the file must say
  }

  /// Every key's shape for `kind` with `input` features and `hidden` units; biases (n, 1).
  public static func shapes(_ kind: ModelKind, input: Int, hidden: Int) -> [(
    key: String, shape: Shape
  )] {
    let stacked = gates(kind).count * hidden
    return [
      (weightIH, Shape(stacked, input)), (weightHH, Shape(stacked, hidden)),
      (biasIH, Shape(stacked, 1)), (biasHH, Shape(stacked, 1)),
      (fcWeight, Shape(1, hidden)), (fcBias, Shape(1, 1)),
    ]
  }

  /// `(12, 2)`, or `(12,)` for a bias: the shape as PyTorch prints the tensor.
  public static func shapeText(_ key: String, _ shape: Shape) -> String {
    isVector(key) && shape.cols == 1 ? "(\(shape.rows),)" : "\(shape)"
  }

  /// An entry's index as `key`'s tensor counts it: `[2]` in a 1-D bias, `[2, 0]` in a
  /// matrix (and in every parameter of the notes' layout, where a bias is a column).
  public static func indexText(_ key: String, _ shape: Shape, row: Int, col: Int) -> String {
    isVector(key) && shape.cols == 1 ? "[\(row)]" : "[\(row), \(col)]"
  }

  // MARK: PyTorch to the notes

  /// The hidden size most keys agree on.
  ///
  /// The votes: `weight_hh_l0`'s columns and rows, the rows of `weight_ih_l0` and of both
  /// biases (per gate), `fc.weight`'s columns. One key with the
  /// wrong shape is then the key an error names; a tie goes to `weight_hh_l0`'s columns.
  static func hiddenSize(_ stateDict: [String: Matrix], kind: ModelKind) -> Int {
    let gates = max(gates(kind).count, 1)
    var votes: [Int] = []
    if let weight = stateDict[weightHH] { votes.append(weight.cols) }
    for key in [weightHH, weightIH, biasIH, biasHH] {
      if let rows = stateDict[key]?.rows, rows % gates == 0 { votes.append(rows / gates) }
    }
    if let head = stateDict[fcWeight] { votes.append(head.cols) }
    var best = (value: votes.first ?? 0, count: 0)
    for value in votes {
      let count = votes.filter { $0 == value }.count
      if count > best.count { best = (value, count) }
    }
    return best.value
  }

  /// The notes' parameters of `kind` from a `state_dict` (biases as (n, 1) columns).
  ///
  /// Checks every key first: an unknown key, a missing one, or a shape that does not
  /// fit the sizes is an error that names the key. The hidden size is the one most keys
  /// agree on (`hiddenSize`), the input size `weight_ih_l0`'s columns.
  public static func documentParameters(
    _ stateDict: [String: Matrix], kind: ModelKind
  ) throws(PyTorchLayoutError) -> Parameters {
    guard kind.cell.pytorchGates != nil else { throw .noPyTorchCell(kind) }
    let unknown = stateDict.keys.filter { !keys.contains($0) }.sorted()
    guard unknown.isEmpty else { throw .unknownKeys(unknown) }
    if let missing = keys.first(where: { stateDict[$0] == nil }) { throw .missingKey(missing) }
    let hidden = hiddenSize(stateDict, kind: kind)
    let input = stateDict[weightIH]?.cols ?? 0
    for (key, shape) in shapes(kind, input: input, hidden: hidden) {
      guard let found = stateDict[key]?.shape, found == shape else {
        throw .wrongShape(key, expected: shape, found: stateDict[key]?.shape ?? Shape(0, 0))
      }
    }
    func block(_ key: String, _ k: Int) throws(PyTorchLayoutError) -> Matrix {
      do {
        return try (stateDict[key] ?? Matrix.zeros(Shape(0, 0))).rows(
          (k * hidden)..<((k + 1) * hidden))
      } catch {
        throw .wrongShape(
          key, expected: Shape((k + 1) * hidden, 1), found: stateDict[key]?.shape ?? Shape(0, 0))
      }
    }
    var values: [String: Matrix] = [:]
    for (k, gate) in gates(kind).enumerated() {
      // (hidden, input) and (hidden, hidden)
      let (wi, wh) = (try block(weightIH, k), try block(weightHH, k))
      let (bi, bh) = (try block(biasIH, k), try block(biasHH, k))  // (hidden, 1) each
      switch gate.rule {
      case .apart(let inputWeight, let hiddenWeight, let bias):
        values[inputWeight] = wi
        values[hiddenWeight] = wh
        values[bias] = sum(bi, bh)
      case .concat(let weight, let bias):
        values[weight] = hstack(wh, wi)  // acts on [h; x]: h's columns first
        values[bias] = sum(bi, bh)
      case .separate(let inputWeight, let inputBias, let hiddenWeight, let hiddenBias):
        values[inputWeight] = wi
        values[inputBias] = bi
        values[hiddenWeight] = wh
        values[hiddenBias] = bh
      }
    }
    values["Why"] = stateDict[fcWeight]
    values["by"] = stateDict[fcBias]
    return Parameters(
      names: Model(kind, sizes: Sizes(input: 1, hidden: 1, steps: 1)).parameterNames, values: values
    )
  }

  // MARK: The notes to PyTorch

  /// The `state_dict` of `parameters` (the notes' layout for `kind`).
  ///
  /// A summed bias cannot be split: all of it goes into `bias_ih_l0`, and `bias_hh_l0`
  /// gets zeros in those rows. The model computes the same; the file reads back to the
  /// same notes' parameters.
  public static func stateDict(
    _ parameters: Parameters, kind: ModelKind
  ) throws(PyTorchLayoutError) -> Parameters {
    try pytorch(parameters, kind: kind, isGradient: false)
  }

  /// The gradients `gradients` (named by the notes' parameters) by `state_dict` key.
  ///
  /// A summed bias's gradient goes to both `bias_ih_l0` and `bias_hh_l0`: b = b_ih + b_hh
  /// gives ∂L/∂b_ih = ∂L/∂b_hh = ∂L/∂b, and PyTorch's autograd finds the same.
  public static func gradients(
    _ gradients: Parameters, kind: ModelKind
  ) throws(PyTorchLayoutError) -> Parameters {
    try pytorch(gradients, kind: kind, isGradient: true)
  }

  private static func pytorch(
    _ parameters: Parameters, kind: ModelKind, isGradient: Bool
  ) throws(PyTorchLayoutError) -> Parameters {
    guard kind.cell.pytorchGates != nil else { throw .noPyTorchCell(kind) }
    func value(_ name: String) throws(PyTorchLayoutError) -> Matrix {
      guard let matrix = parameters[name] else { throw .missingKey(name) }
      return matrix
    }
    guard let head = parameters["Why"] else { throw .missingKey("Why") }
    let hidden = head.cols
    var ih: [Matrix] = []
    var hh: [Matrix] = []
    var bih: [Matrix] = []
    var bhh: [Matrix] = []
    for gate in gates(kind) {
      switch gate.rule {
      case .apart(let inputWeight, let hiddenWeight, let bias):
        ih.append(try value(inputWeight))
        hh.append(try value(hiddenWeight))
        let b = try value(bias)
        bih.append(b)
        bhh.append(isGradient ? b : .zeros(b.shape))
      case .concat(let weight, let bias):
        let w = try value(weight)  // (hidden, hidden+input) over [h; x]
        hh.append(w.slice(rows: (nil, nil), cols: (0, hidden)))
        ih.append(w.slice(rows: (nil, nil), cols: (hidden, nil)))
        let b = try value(bias)
        bih.append(b)
        bhh.append(isGradient ? b : .zeros(b.shape))
      case .separate(let inputWeight, let inputBias, let hiddenWeight, let hiddenBias):
        ih.append(try value(inputWeight))
        hh.append(try value(hiddenWeight))
        bih.append(try value(inputBias))
        bhh.append(try value(hiddenBias))
      }
    }
    var values: [String: Matrix] = [:]
    for (key, blocks) in [(weightIH, ih), (weightHH, hh), (biasIH, bih), (biasHH, bhh)] {
      do {
        values[key] = try Matrix.vstack(blocks)
      } catch {
        throw .wrongShape(
          key, expected: blocks.first?.shape ?? Shape(0, 0),
          found: blocks.last?.shape ?? Shape(0, 0))
      }
    }
    values[fcWeight] = head
    values[fcBias] = try value("by")
    return Parameters(names: keys, values: values)
  }

  // MARK: Saying how

  /// The mapping in a few lines, for a trace: which state_dict rows make which parameter.
  public static func mapping(_ kind: ModelKind, hidden: Int) -> [String] {
    let gates = gates(kind)
    func rows(_ key: String, _ k: Int) -> String {
      gates.count == 1 ? key : "\(key)[\(k * hidden):\((k + 1) * hidden)]"
    }
    var lines: [String] = []
    if gates.count > 1 {
      let letters = gates.map(\.letter).joined(separator: ", ")
      lines.append(
        "rnn.* hold the gates \(letters) in blocks of \(hidden) rows; "
          + "a gate's W = [W_hh rows | W_ih rows] acts on [h_{t-1}; x_t]")
    }
    for (k, gate) in gates.enumerated() {
      switch gate.rule {
      case .apart(let inputWeight, let hiddenWeight, let bias):
        lines.append(
          "\(inputWeight) = \(rows(weightIH, k)), \(hiddenWeight) = \(rows(weightHH, k)), "
            + "\(bias) = \(rows(biasIH, k)) + \(rows(biasHH, k))")
      case .concat(let weight, let bias):
        lines.append(
          "\(weight) = [\(rows(weightHH, k)) | \(rows(weightIH, k))], "
            + "\(bias) = \(rows(biasIH, k)) + \(rows(biasHH, k))")
      case .separate(let inputWeight, let inputBias, let hiddenWeight, let hiddenBias):
        lines.append(
          "\(inputWeight) = \(rows(weightIH, k)), \(inputBias) = \(rows(biasIH, k)), "
            + "\(hiddenWeight) = \(rows(weightHH, k)), \(hiddenBias) = \(rows(biasHH, k))")
      }
    }
    lines.append("Why = \(fcWeight), by = \(fcBias)")
    return lines
  }

  /// What the pytorch layout's bias gradients mean, in one line.
  public static let biasGradientNote =
    "∂L/∂bias_ih = ∂L/∂bias_hh = ∂L/∂b for a summed bias b: PyTorch adds its two "
    + "biases before anything reads them, so each gets all of b's gradient"

  /// What became of PyTorch's two biases in the notes' layout.
  public static let biasSumNote = "where the notes have one bias, it is bias_ih + bias_hh"

  /// Why `bias_hh_l0` is zeros when a state_dict is made from the notes' parameters.
  public static let biasSplitNote =
    "a summed bias cannot be split: all of it is in bias_ih, and bias_hh is zeros in its rows"

  // MARK: Matrix helpers

  /// `[a | b]`: the columns of `a`, then those of `b`, rows side by side.
  private static func hstack(_ a: Matrix, _ b: Matrix) -> Matrix {
    var result = Matrix(rows: a.rows, cols: a.cols + b.cols)
    for i in 0..<min(a.rows, b.rows) {
      for j in 0..<a.cols { result.scalars[i * result.cols + j] = a.scalars[i * a.cols + j] }
      for j in 0..<b.cols {
        result.scalars[i * result.cols + a.cols + j] = b.scalars[i * b.cols + j]
      }
    }
    return result
  }

  /// `a + b` for two blocks cut from matrices whose shapes were checked to agree.
  private static func sum(_ a: Matrix, _ b: Matrix) -> Matrix {
    (try? a + b) ?? a
  }
}

/// A `state_dict` that does not fit the PyTorch note's model: the key and what is wrong.
public enum PyTorchLayoutError: Error, Equatable, Sendable, CustomStringConvertible {
  /// Keys the model does not have (another layer, a bidirectional model, a typo).
  case unknownKeys([String])
  /// A key the model needs.
  case missingKey(String)
  /// A tensor whose shape does not fit the sizes read from the others.
  case wrongShape(String, expected: Shape, found: Shape)
  /// A cell PyTorch has no module for (its `pytorchGates` is nil).
  case noPyTorchCell(ModelKind)

  /// One sentence naming the key.
  public var description: String {
    switch self {
    case .unknownKeys(let keys):
      return "unknown state_dict key\(keys.count == 1 ? "" : "s") \(keys.joined(separator: ", ")) "
        + "(the PyTorch note's model has \(PyTorchLayout.keys.joined(separator: ", ")))"
    case .missingKey(let key):
      return "state_dict key \(key) is missing (the PyTorch note's model has "
        + "\(PyTorchLayout.keys.joined(separator: ", ")))"
    case .wrongShape(let key, let expected, let found):
      return "state_dict key \(key) has shape \(PyTorchLayout.shapeText(key, found)), "
        + "expected \(PyTorchLayout.shapeText(key, expected))"
    case .noPyTorchCell(let kind):
      return "PyTorch has no \(kind.cell.title) module, so there is no state_dict layout for "
        + "\(kind.cell.titleWithArticle)"
    }
  }
}
