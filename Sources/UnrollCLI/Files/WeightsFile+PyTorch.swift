import UnrollKit

/// Weights files in PyTorch's layout: `{"model": "lstm", "layout": "pytorch",
/// "state_dict": {"rnn.weight_ih_l0": [[…]], …, "fc.bias": [0.1]}, "x": …, "y": …}`, as
/// `json.dump({k: v.tolist() for k, v in model.state_dict().items()}, …)` writes the
/// state_dict. `PyTorchLayout` maps it into the notes' parameters; everything after that
/// (sizes, limits, flags, x and y) is checked as for a file in the notes' layout.
extension WeightsFile {
  /// The file's `layout` (document when absent); the other layout's parameter key is an
  /// error, not something to skip.
  static func layout(of value: JSONValue, path: String) throws(WeightsFileError) -> Layout {
    let layout: Layout
    switch value["layout"] {
    case nil, .null?: layout = .document
    case .string(let name)?:
      guard let named = Layout(rawValue: name) else {
        throw WeightsFileError(path, .unknownLayout(found: "\"\(name)\""))
      }
      layout = named
    case let other?: throw WeightsFileError(path, .unknownLayout(found: other.kindDescription))
    }
    let otherKey = layout == .pytorch ? "params" : "state_dict"
    if value[otherKey] != nil {
      throw WeightsFileError(path, .wrongLayoutKey(otherKey, layout: layout))
    }
    return layout
  }

  /// A file in the notes' layout made from parts: what a PyTorch-layout file maps to.
  init(path: String, model: ModelKind?, root: [(key: String, value: JSONValue)]) {
    self.path = path
    self.model = model
    self.root = root
    self.layout = .document
  }

  /// The tensors of `state_dict` as read: weights as matrices, biases (1-D) as columns.
  ///
  /// Keys the model does not have are an error before any value is read.
  func stateDict() throws(WeightsFileError) -> Parameters {
    guard case .object(let members)? = member("state_dict") else {
      throw WeightsFileError(path, .missingStateDict(found: member("state_dict")?.kindDescription))
    }
    let unknown = members.map(\.key).filter { !PyTorchLayout.keys.contains($0) }
    guard unknown.isEmpty else { throw WeightsFileError(path, .stateDict(.unknownKeys(unknown))) }
    var values: [String: Matrix] = [:]
    for (key, value) in members {
      values[key] = try PyTorchLayout.isVector(key) ? vector(value, key) : matrix(value, name: key)
    }
    return Parameters(names: PyTorchLayout.keys, values: values)
  }

  /// The setup of a PyTorch-layout file: its state_dict mapped to the notes' parameters,
  /// checked as a notes'-layout file would be, and kept as read for display.
  func pytorchSetup(options: ModelOptions) throws(WeightsFileError) -> ModelSetup {
    let stateDict = try stateDict()
    // The cell: the file's word, else the flag's, else what weight_hh_l0's rows say.
    let inferred = stateDict[PyTorchLayout.weightHH].flatMap {
      PyTorchLayout.kind(stackedRows: $0.rows, hidden: $0.cols)
    }
    let kind = model ?? options.model ?? inferred ?? .rnn
    let parameters: Parameters
    do {
      parameters = try PyTorchLayout.documentParameters(stateDict.values, kind: kind)
    } catch {
      throw WeightsFileError(path, .stateDict(error))
    }
    var root: [(key: String, value: JSONValue)] = [
      ("params", .object(parameters.ordered.map { ($0.name, JSONValue($0.value)) }))
    ]
    if let x = member("x") { root.append(("x", try sequence(x))) }
    if let y = member("y") { root.append(("y", Self.label(y))) }
    let setup = try WeightsFile(path: path, model: kind, root: root).setup(options: options)
    return ModelSetup(
      model: setup.model, parameters: setup.parameters, example: setup.example, seed: setup.seed,
      bptt: setup.bptt, weightsPath: setup.weightsPath, layout: .pytorch, stateDict: stateDict)
  }

  /// A bias: a plain list of finite numbers, as a column.
  private func vector(_ value: JSONValue, _ key: String) throws(WeightsFileError) -> Matrix {
    guard case .array(let entries) = value else {
      throw WeightsFileError(path, .notAVector(key, found: value.kindDescription))
    }
    guard !entries.isEmpty else { throw WeightsFileError(path, .emptyMatrix(key)) }
    var numbers: [Double] = []
    for (i, entry) in entries.enumerated() {
      guard case .number(let number) = entry else {
        let found = entry.kindDescription + " at [\(i)]"
        throw WeightsFileError(path, .notAVector(key, found: found))
      }
      guard number.isFinite else { throw WeightsFileError(path, .nonFinite(key, row: i, col: 0)) }
      numbers.append(number)
    }
    return Matrix(column: numbers)
  }

  /// `x` as steps × input: PyTorch's batch_first (1, steps, input) loses its batch.
  private func sequence(_ value: JSONValue) throws(WeightsFileError) -> JSONValue {
    guard case .array(let outer) = value, case .array(let first)? = outer.first,
      case .array? = first.first
    else { return value }
    guard outer.count == 1, let only = outer.first else {
      throw WeightsFileError(path, .batchOfMany(outer.count))
    }
    return only
  }

  /// `y` as a number: `[[1.0]]` and `[1.0]` (a (1, 1) or (1,) tensor's tolist) give 1.0.
  private static func label(_ value: JSONValue) -> JSONValue {
    var label = value
    while case .array(let items) = label, items.count == 1, let only = items.first { label = only }
    return label
  }
}
