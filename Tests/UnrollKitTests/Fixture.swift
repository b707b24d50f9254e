import Foundation
import Testing

@testable import UnrollKit

/// A fixture written by `scripts/reference/notes_forward.py`: a weights file plus
/// the notes' own forward values.
struct NotesFixture {
  let model: Model
  let parameters: Parameters
  let example: Example
  let records: [String: [[Double]]]
  let yPred: Double
  let p: Double
  let loss: Double

  /// Loads `Fixtures/NAME.json` beside this file.
  init(_ name: String) throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Fixtures/\(name).json")
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    let kind = try #require(ModelKind(rawValue: json["model"] as? String ?? ""))
    let params = try #require(json["params"] as? [String: [[Double]]])
    let x = try Matrix(try #require(json["x"] as? [[Double]]))
    let sizes = Sizes(
      input: x.cols, hidden: try #require(params["Why"]?.first?.count), steps: x.rows)
    model = Model(kind, sizes: sizes)
    parameters = Parameters(
      names: model.parameterNames, values: try params.mapValues { try Matrix($0) })
    example = Example(x: x, y: try #require(json["y"] as? Double))
    let expected = try #require(json["expected"] as? [String: Any])
    records = try #require(expected["records"] as? [String: [[Double]]])
    yPred = try #require(expected["y_pred"] as? Double)
    p = try #require(expected["p"] as? Double)
    loss = try #require(expected["loss"] as? Double)
  }
}

/// `|a − b| / max(|a|, |b|, 1e-300)`, entry by entry, the largest.
func maxRelativeDifference(_ a: [Double], _ b: [Double]) -> Double {
  guard a.count == b.count else { return .infinity }
  return zip(a, b).map { abs($0 - $1) / max(abs($0), abs($1), 1e-300) }.max() ?? 0
}
