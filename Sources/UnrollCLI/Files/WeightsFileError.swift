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

extension WeightsFileError: LocalizedMessage {
  /// The sentence in `language`: the path, then the problem.
  func message(in language: Language) -> String { "\(path): \(problem.message(in: language))" }
}

extension WeightsFileError.Problem: CustomStringConvertible {
  /// The problem in one sentence, without the path.
  public var description: String { message(in: .en) }

  /// The problem in `language`, from the message catalogue (`weights.*`): names, shapes
  /// and values as the file has them, a state_dict's own error in English.
  func message(in language: Language) -> String {
    func say(_ key: String, _ values: [String: String] = [:]) -> String {
      Catalogue.message("weights." + key, in: language, values)
    }
    let phrase = { (english: String) in Catalogue.phrase(english, in: language) }
    /// `an LSTM` in English, the cell's name alone in the others.
    let model = { (kind: ModelKind) in
      language == .en
        ? kind.withArticle : String(kind.withArticle.split(separator: " ").last ?? "").uppercased()
    }
    switch self {
    case .notJSON(let error):
      return say(
        "notJSON", ["line": "\(error.line)", "column": "\(error.column)", "reason": error.message])
    case .notAnObject(let found):
      return say("notAnObject", ["found": phrase(found)])
    case .unknownKeys(let keys):
      return say(
        keys.count == 1 ? "unknownKey" : "unknownKeys",
        [
          "keys": Self.list(keys, in: language),
          "known": WeightsFile.weightsKeys.joined(separator: ", "),
        ])
    case .unknownModel(let found):
      let names = ModelOptions.oneOf(ModelKind.allCases.map { "\"\($0.rawValue)\"" })
      return say(
        "unknownModel",
        [
          "names": Catalogue.alternatives(names, in: language),
          "found": phrase(Quoted.excerpt(found)),
        ])
    case .modelDisagrees(let flag, let file):
      return say("modelDisagrees", ["flag": flag.rawValue, "file": model(file)])
    case .missingParams(let found):
      return found.map { say("missingParams.found", ["found": phrase($0)]) }
        ?? say("missingParams.absent")
    case .missingParameter(let name, let kind):
      return say(
        "missingParameter", ["name": name, "model": model(kind), "names": Self.names(kind)])
    case .unknownParameters(let names, let kind):
      return say(
        names.count == 1 ? "unknownParameter" : "unknownParameters",
        ["names": Self.list(names, in: language), "model": model(kind), "known": Self.names(kind)])
    case .notAMatrix(let name, let found):
      return say("notAMatrix", ["name": name, "found": phrase(found)])
    case .emptyMatrix(let name):
      return say("emptyMatrix", ["name": name])
    case .raggedRow(let name, let row, let found, let expected):
      return say(
        "raggedRow",
        ["name": name, "row": "\(row)", "found": "\(found)", "expected": "\(expected)"])
    case .notANumber(let name, let row, let col, let found):
      return say(
        "notANumber", ["name": name, "row": "\(row)", "col": "\(col)", "found": phrase(found)])
    case .nonFinite(let name, let row, let col):
      return say("nonFinite", ["name": name, "row": "\(row)", "col": "\(col)"])
    case .wrongShape(let name, let expected, let found):
      return say("wrongShape", ["name": name, "found": "\(found)", "expected": "\(expected)"])
    case .noInputColumns(let name, let found, let hidden):
      return say("noInputColumns", ["name": name, "found": "\(found)", "hidden": "\(hidden)"])
    case .overLimit(let what, let value, let limit, let source):
      return say(
        "overLimit",
        ["what": phrase(what), "value": "\(value)", "limit": "\(limit)", "source": source])
    case .xWidth(let row, let found, let expected, let source):
      return say(
        found == 1 ? "xWidth.one" : "xWidth.many",
        ["row": "\(row)", "found": "\(found)", "expected": "\(expected)", "source": source])
    case .badLabel(let found):
      if case .number(let value) = found, let whole = Int(exactly: value) {
        return say("badLabel", ["found": "\(whole)"])
      }
      return say("badLabel", ["found": found.text(expandedDepth: 0)])
    case .badLabels(let expected, let found):
      return say(
        "badLabels", ["expected": "\(expected)", "found": found.text(expandedDepth: 0)])
    case .flagDisagrees(let flag, let given, let found, let source):
      let what = flag.dropFirst(2).replacingOccurrences(of: "-", with: " ")
      return say(
        "flagDisagrees",
        ["flag": flag, "given": "\(given)", "found": "\(found)", "source": source, "what": what])
    case .unknownLayout(let found):
      return say("unknownLayout", ["found": phrase(Quoted.excerpt(found))])
    case .wrongLayoutKey(let key, let layout):
      return say(
        layout == .pytorch ? "wrongLayoutKey.pytorch" : "wrongLayoutKey.document", ["key": key])
    case .missingStateDict(let found):
      return found.map { say("missingStateDict.found", ["found": phrase($0)]) }
        ?? say("missingStateDict.absent")
    case .stateDict(let error):
      return "\(error)"
    case .notAVector(let key, let found):
      return say("notAVector", ["key": key, "found": phrase(found)])
    case .batchOfMany(let count):
      return say("batchOfMany", ["count": "\(count)"])
    }
  }

  /// Names from a file, each cut to an excerpt, at most five of them: `a, b, … (9 in all)`.
  private static func list(_ names: [String], in language: Language) -> String {
    let shown = names.prefix(5).map { Quoted.excerpt($0) }.joined(separator: ", ")
    return names.count > 5
      ? Catalogue.message(
        "weights.list.more", in: language, ["shown": shown, "count": "\(names.count)"])
      : shown
  }

  /// `Wxh, Whh, Why, bh, by`.
  private static func names(_ model: ModelKind) -> String {
    Model(model, sizes: Sizes(input: 1, hidden: 1, steps: 1)).parameterNames
      .joined(separator: ", ")
  }
}
