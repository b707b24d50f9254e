import Foundation
import UnrollKit

/// What is wrong with a weights file, with the facts to say it in one sentence.
public struct WeightsFileError: Error, Sendable, CustomStringConvertible {
  /// The file's path, as given.
  public let path: String
  /// The problem.
  public let problem: Problem

  /// An error about the file at `path`.
  public init(_ path: String, _ problem: Problem) {
    self.path = path
    self.problem = problem
  }

  /// The problems a weights file can have.
  public enum Problem: Sendable {
    /// Not JSON; where and why.
    case notJSON(JSONError)
    /// JSON, but not an object at the top.
    case notAnObject(found: String)
    /// Top-level keys that are neither a weights file's nor a trace's.
    case unknownKeys([String])
    /// `model` is not `"rnn"`, `"lstm"` or `"gru"`.
    case unknownModel(found: String)
    /// `--model` says one thing, the file another.
    case modelDisagrees(flag: ModelKind, file: ModelKind)
    /// No `params` object (found: what is there instead, if anything).
    case missingParams(found: String?)
    /// A parameter the model needs is not in the file.
    case missingParameter(String, model: ModelKind)
    /// Parameters the model does not have.
    case unknownParameters([String], model: ModelKind)
    /// A matrix that is not a list of rows.
    case notAMatrix(String, found: String)
    /// A matrix with no rows, or rows with no entries.
    case emptyMatrix(String)
    /// A row whose length differs from the first row's.
    case raggedRow(String, row: Int, found: Int, expected: Int)
    /// An entry that is not a number.
    case notANumber(String, row: Int, col: Int, found: String)
    /// An entry that is NaN or infinite.
    case nonFinite(String, row: Int, col: Int)
    /// A parameter whose shape does not fit the sizes.
    case wrongShape(String, expected: Shape, found: Shape)
    /// An LSTM gate weight with no columns left for the input after the hidden ones.
    case noInputColumns(String, found: Shape, hidden: Int)
    /// A size read from the file beyond `Sizes.limits`.
    case overLimit(String, Int, limit: Int, from: String)
    /// A row of `x` whose width is not the input size.
    case xWidth(row: Int, found: Int, expected: Int, from: String)
    /// `y` not 0 or 1.
    case badLabel(found: JSONValue)
    /// `y` is a list, but not of one 0 or 1 per step.
    case badLabels(expected: Int, found: JSONValue)
    /// A size flag that disagrees with the file.
    case flagDisagrees(flag: String, given: Int, found: Int, from: String)
    /// `layout` is not `"document"` or `"pytorch"`.
    case unknownLayout(found: String)
    /// `params` in a PyTorch-layout file, or `state_dict` in a document-layout one.
    case wrongLayoutKey(String, layout: Layout)
    /// No `state_dict` object in a PyTorch-layout file.
    case missingStateDict(found: String?)
    /// A state_dict that does not fit the PyTorch note's model.
    case stateDict(PyTorchLayoutError)
    /// A bias that is not a plain list of numbers.
    case notAVector(String, found: String)
    /// `x` as a batch (N, steps, input) with N other than 1.
    case batchOfMany(Int)
  }

  /// One sentence that starts with the path and names the problem.
  public var description: String { "\(path): \(problem)" }
}

extension WeightsFileError.Problem: CustomStringConvertible {
  /// The problem in one sentence, without the path.
  public var description: String {
    switch self {
    case .notJSON(let error):
      return "not valid JSON at \(error)"
    case .notAnObject(let found):
      return "a weights file is a JSON object with \"model\" and \"params\", found \(found)"
    case .unknownKeys(let keys):
      return "unknown key\(keys.count == 1 ? "" : "s") \(Self.list(keys)) "
        + "(a weights file has \(WeightsFile.weightsKeys.joined(separator: ", ")))"
    case .unknownModel(let found):
      let names = ModelKind.allCases.map { "\"\($0.rawValue)\"" }
      return "model must be \(ModelOptions.oneOf(names)), found \(Quoted.excerpt(found))"
    case .modelDisagrees(let flag, let file):
      return "--model \(flag.rawValue) disagrees with the file, which holds \(file.withArticle)"
    case .missingParams(let found):
      return "\"params\" must be an object of matrices by name"
        + (found.map { ", found \($0)" } ?? ", and it is missing")
    case .missingParameter(let name, let model):
      return "parameter \(name) is missing (\(model.withArticle) has \(Self.names(model)))"
    case .unknownParameters(let names, let model):
      return "unknown parameter\(names.count == 1 ? "" : "s") \(Self.list(names)) "
        + "(\(model.withArticle) has \(Self.names(model)))"
    case .notAMatrix(let name, let found):
      return "\(name) must be a list of rows such as [[0.1, 0.2]] (a column is [[0.1], [0.2]]), "
        + "found \(found)"
    case .emptyMatrix(let name):
      return "\(name) is empty; it needs at least one row of at least one number"
    case .raggedRow(let name, let row, let found, let expected):
      return "row \(row) of \(name) has \(found) entries where row 0 has \(expected)"
    case .notANumber(let name, let row, let col, let found):
      return "\(name)[\(row)][\(col)] must be a number, found \(found)"
    case .nonFinite(let name, let row, let col):
      return "\(name)[\(row)][\(col)] is not a finite number"
    case .wrongShape(let name, let expected, let found):
      return "\(name) has shape \(found), expected \(expected)"
    case .noInputColumns(let name, let found, let hidden):
      return "\(name) has shape \(found); a gate weight is (hidden, hidden + input), "
        + "so it needs more than \(hidden) columns"
    case .overLimit(let what, let value, let limit, let source):
      return "\(what) \(value) (from \(source)) is over the limit of \(limit)"
    case .xWidth(let row, let found, let expected, let source):
      return "x[\(row)] has \(found) entr\(found == 1 ? "y" : "ies"), expected \(expected) "
        + "(the input size of \(source))"
    case .badLabel(let found):
      if case .number(let value) = found, let whole = Int(exactly: value) {
        return "y must be 0 or 1, found \(whole)"
      }
      return "y must be 0 or 1, found \(found.text(expandedDepth: 0))"
    case .badLabels(let expected, let found):
      return "y must be 0 or 1, or a list of \(expected) labels (one per step) of 0 or 1, "
        + "found \(found.text(expandedDepth: 0))"
    case .flagDisagrees(let flag, let given, let found, let source):
      let what = flag.dropFirst(2).replacingOccurrences(of: "-", with: " ")
      return "\(flag) \(given) disagrees with the file: \(source) gives \(what) \(found)"
    case .unknownLayout(let found):
      return "layout must be \"document\" or \"pytorch\", found \(Quoted.excerpt(found))"
    case .wrongLayoutKey(let key, let layout):
      return layout == .pytorch
        ? "\(key) is the notes' layout; a file with \"layout\": \"pytorch\" holds state_dict"
        : "\(key) is read only with \"layout\": \"pytorch\" (this file's layout is document)"
    case .missingStateDict(let found):
      return "\"state_dict\" must be an object of tensors by name, as model.state_dict() has them"
        + (found.map { ", found \($0)" } ?? ", and it is missing")
    case .stateDict(let error):
      return "\(error)"
    case .notAVector(let key, let found):
      return "\(key) must be a list of numbers such as [0.1, 0.2] (a bias is 1-D in PyTorch), "
        + "found \(found)"
    case .batchOfMany(let count):
      return "x holds a batch of \(count) sequences; Unroll runs one (write x[0].tolist())"
    }
  }

  /// Names from a file, each cut to an excerpt, at most five of them: `a, b, … (9 in all)`.
  private static func list(_ names: [String]) -> String {
    let shown = names.prefix(5).map { Quoted.excerpt($0) }.joined(separator: ", ")
    return names.count > 5 ? shown + ", … (\(names.count) in all)" : shown
  }

  /// `Wxh, Whh, Why, bh, by`.
  private static func names(_ model: ModelKind) -> String {
    Model(model, sizes: Sizes(input: 1, hidden: 1, steps: 1)).parameterNames
      .joined(separator: ", ")
  }
}
