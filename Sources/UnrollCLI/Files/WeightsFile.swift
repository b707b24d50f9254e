import UnrollKit

/// A weights file, read and checked: the model it is for, its parameters and, when
/// it has them, the example's `x` and `y`.
///
/// The format (DESIGN.md, "Formats"): `{"model": "lstm", "params": {"Wf": [[…]], …},
/// "x": [[…]], "y": 1}`, matrices as lists of rows, `x` steps × input; `model` is
/// `rnn`, `lstm` or `gru`, and without it the parameter names tell. A trace JSON reads
/// as one too: its other keys are known and skipped. With `"layout": "pytorch"` the
/// parameters are a PyTorch `state_dict` instead (WeightsFile+PyTorch.swift).
public struct WeightsFile: Sendable {
  /// The path it was read from.
  public let path: String
  /// The model named in the file, if it names one.
  public let model: ModelKind?
  /// The layout of its parameters: `params` (document) or `state_dict` (pytorch).
  public let layout: Layout
  /// The top-level object.
  let root: [(key: String, value: JSONValue)]

  /// The keys a weights file holds.
  static let weightsKeys = ["model", "layout", "params", "state_dict", "x", "y"]
  /// The other keys of a trace JSON, skipped when reading one back.
  static let traceKeys = [
    "bptt", "seed", "sizes", "mapping", "records", "y_pred", "p", "loss", "grads", "failure",
  ]

  /// Reads and parses the file at `path`.
  ///
  /// The content is checked by `setup(options:)`. Throws a `FileError` when the file cannot be read, a `WeightsFileError` when it is
  /// not JSON or not a weights file.
  public static func read(path: String) throws -> WeightsFile {
    try WeightsFile(text: FileIO.readText(path), path: path)
  }

  /// Parses `text` (read from `path`, which messages name).
  public init(text: String, path: String) throws(WeightsFileError) {
    self.path = path
    let value: JSONValue
    do {
      value = try JSONValue.parse(text)
    } catch {
      throw WeightsFileError(path, .notJSON(error))
    }
    guard case .object(let members) = value else {
      throw WeightsFileError(path, .notAnObject(found: value.kindDescription))
    }
    root = members
    let unknown = members.map(\.key).filter {
      !Self.weightsKeys.contains($0) && !Self.traceKeys.contains($0)
    }
    guard unknown.isEmpty else { throw WeightsFileError(path, .unknownKeys(unknown)) }
    switch value["model"] {
    case nil: model = nil
    case .string(let name)?:
      guard let kind = ModelKind(rawValue: name) else {
        throw WeightsFileError(path, .unknownModel(found: "\"\(name)\""))
      }
      model = kind
    case let other?: throw WeightsFileError(path, .unknownModel(found: other.kindDescription))
    }
    layout = try Self.layout(of: value, path: path)
  }

  func member(_ key: String) -> JSONValue? { root.first { $0.key == key }?.value }

  /// The model a file without `model` holds: the cell whose parameters are exactly
  /// `names`, else the first told by a parameter only it has (its `signature`: `Wf` is the
  /// LSTM's, `Wr` the GRU's), so that an incomplete file is judged against that cell;
  /// otherwise the RNN.
  static func kind(fromParameterNames names: [String]) -> ModelKind {
    let given = Set(names)
    let exact = Cell.all.first { cell in
      Set(Model(cell.kind, sizes: Sizes(input: 1, hidden: 1, steps: 1)).parameterNames) == given
    }
    let signed = Cell.all.first { cell in cell.signature.map(names.contains) ?? false }
    return (exact ?? signed)?.kind ?? .rnn
  }

  /// The model, parameters and example the file describes, checked against `options`:
  /// `--model` and any size flag given must agree with the file.
  public func setup(options: ModelOptions) throws(WeightsFileError) -> ModelSetup {
    if layout == .pytorch { return try pytorchSetup(options: options) }
    func fail(_ problem: WeightsFileError.Problem) -> WeightsFileError {
      WeightsFileError(path, problem)
    }
    // The model: the file's word, else the flag's, else what the parameter names say.
    guard case .object(let params)? = member("params") else {
      throw fail(.missingParams(found: member("params")?.kindDescription))
    }
    let names = params.map(\.key)
    let kind = model ?? options.model ?? Self.kind(fromParameterNames: names)
    if let flag = options.model, flag != kind {
      throw fail(.modelDisagrees(flag: flag, file: kind))
    }
    let expectedNames = Model(kind, sizes: Sizes(input: 1, hidden: 1, steps: 1)).parameterNames
    let unknown = names.filter { !expectedNames.contains($0) }
    guard unknown.isEmpty else { throw fail(.unknownParameters(unknown, model: kind)) }
    if let missing = expectedNames.first(where: { !names.contains($0) }) {
      throw fail(.missingParameter(missing, model: kind))
    }
    var values: [String: Matrix] = [:]
    for (name, value) in params { values[name] = try matrix(value, name: name) }

    // The sizes: hidden from a recurrent weight, input from the input weight (for a
    // weight over concat, what is left of its columns after the hidden ones).
    let weights = kind.cell.sizeWeights
    let (recurrent, inputWeight, concatenated) =
      (weights.recurrent, weights.input, weights.isConcatenated)
    guard let recurrentWeight = values[recurrent] else {
      throw fail(.missingParameter(recurrent, model: kind))
    }
    let hidden = recurrentWeight.rows
    let input = (values[inputWeight]?.cols ?? 0) - (concatenated ? hidden : 0)
    guard input >= 1 else {
      throw fail(.noInputColumns(inputWeight, found: recurrentWeight.shape, hidden: hidden))
    }
    let limits = Sizes.limits
    guard hidden <= limits.hidden else {
      throw fail(.overLimit("hidden size", hidden, limit: limits.hidden, from: recurrent))
    }
    guard input <= limits.input else {
      throw fail(.overLimit("input size", input, limit: limits.input, from: inputWeight))
    }

    // x, steps × input, and the label y.
    var x: Matrix?
    if let value = member("x"), value != .null {
      let rows = try matrixRows(value, name: "x")
      for (t, row) in rows.enumerated() where row.count != input {
        throw fail(.xWidth(row: t, found: row.count, expected: input, from: inputWeight))
      }
      guard rows.count <= limits.steps else {
        throw fail(.overLimit("steps", rows.count, limit: limits.steps, from: "x"))
      }
      x = try matrix(value, name: "x")
    }
    let steps = x?.rows ?? options.steps ?? Sizes.defaults(for: kind).steps
    let sizes = Sizes(input: input, hidden: hidden, steps: steps)
    for (flag, given, found, source) in [
      ("--input-size", options.inputSize, input, inputWeight),
      ("--hidden-size", options.hiddenSize, hidden, recurrent),
      ("--steps", options.steps, steps, "x"),
    ] {
      if let given, given != found {
        throw fail(.flagDisagrees(flag: flag, given: given, found: found, from: source))
      }
    }
    let model = Model(kind, sizes: sizes, objective: options.objective)
    for (name, shape) in model.parameterShapes {
      guard let found = values[name]?.shape, found == shape else {
        throw fail(.wrongShape(name, expected: shape, found: values[name]?.shape ?? Shape(0, 0)))
      }
    }
    var y: Double?
    var labels: [Double]?
    if let value = member("y"), value != .null {
      if case .array(let items) = value {
        // One label per step, for the loss at every step.
        guard items.count == steps else {
          throw fail(.badLabels(expected: steps, found: value))
        }
        labels = []
        for item in items {
          guard case .number(let label) = item, label == 0 || label == 1 else {
            throw fail(.badLabels(expected: steps, found: value))
          }
          labels?.append(label)
        }
      } else {
        guard case .number(let label) = value, label == 0 || label == 1 else {
          throw fail(.badLabel(found: value))
        }
        y = label
      }
    }

    let example: Example
    if let labels {
      example = Example(x: x ?? Example.random(sizes, seed: options.seed).x, labels: labels)
    } else if let x {
      // The notes' labelling rule when the file gives x without y.
      example = Example(x: x, y: y ?? (x.sum > 0 ? 1 : 0))
    } else {
      let drawn = Example.random(sizes, seed: options.seed)
      example = Example(x: drawn.x, y: y ?? drawn.y)
    }
    return ModelSetup(
      model: model, parameters: Parameters(names: model.parameterNames, values: values),
      example: example, seed: x == nil ? options.seed : nil, bptt: options.bptt,
      weightsPath: path)
  }

  /// The rows of a matrix in the file, each a list of finite numbers.
  func matrixRows(_ value: JSONValue, name: String) throws(WeightsFileError) -> [[Double]] {
    guard case .array(let rows) = value else {
      throw WeightsFileError(path, .notAMatrix(name, found: value.kindDescription))
    }
    guard !rows.isEmpty else { throw WeightsFileError(path, .emptyMatrix(name)) }
    var result: [[Double]] = []
    for (i, row) in rows.enumerated() {
      guard case .array(let entries) = row else {
        let found = "a list of " + row.kindDescription.plural
        throw WeightsFileError(path, .notAMatrix(name, found: found))
      }
      var numbers: [Double] = []
      for (j, entry) in entries.enumerated() {
        switch entry {
        case .number(let number) where number.isFinite: numbers.append(number)
        case .number, .string("nan"), .string("inf"), .string("-inf"):
          throw WeightsFileError(path, .nonFinite(name, row: i, col: j))
        default:
          let found = entry.kindDescription
          throw WeightsFileError(path, .notANumber(name, row: i, col: j, found: found))
        }
      }
      result.append(numbers)
    }
    return result
  }

  /// A matrix in the file: a non-empty list of rows of one length, of finite numbers.
  func matrix(_ value: JSONValue, name: String) throws(WeightsFileError) -> Matrix {
    let rows = try matrixRows(value, name: name)
    guard let width = rows.first?.count, width > 0 else {
      throw WeightsFileError(path, .emptyMatrix(name))
    }
    for (i, row) in rows.enumerated() where row.count != width {
      throw WeightsFileError(path, .raggedRow(name, row: i, found: row.count, expected: width))
    }
    do {
      return try Matrix(rows)
    } catch {
      throw WeightsFileError(path, .emptyMatrix(name))
    }
  }
}

extension String {
  /// `numbers` for `a number`, `lists` for `a list`: the plural without the article.
  fileprivate var plural: String {
    let word =
      hasPrefix("an ") ? String(dropFirst(3)) : hasPrefix("a ") ? String(dropFirst(2)) : self
    return word == "null" ? "nulls" : word + "s"
  }
}
