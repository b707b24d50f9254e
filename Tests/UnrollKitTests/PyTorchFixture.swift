import Foundation
import Testing

@testable import UnrollKit

/// A fixture written by `scripts/reference/make-pytorch-fixtures.py`: a weights file in
/// PyTorch layout and what PyTorch computed from it (Fixtures/pytorch/README.md).
struct PyTorchFixture {
  let kind: ModelKind
  /// The state_dict as read, biases as (n, 1) columns.
  let stateDict: [String: Matrix]
  let example: Example
  /// PyTorch's hidden states, one row per step; `c` its cell states (LSTM).
  let h: [[Double]]
  let c: [[Double]]?
  let yPred: Double
  let p: Double
  let loss: Double
  /// PyTorch's gradients by state_dict key, biases as (n, 1) columns.
  let grads: [String: Matrix]

  /// Loads `Fixtures/pytorch/NAME.json` and `NAME-expected.json`.
  init(_ name: String) throws {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Fixtures/pytorch")
    func object(_ file: String) throws -> [String: Any] {
      let data = try Data(contentsOf: folder.appendingPathComponent(file))
      return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }
    let weights = try object("\(name).json")
    #expect(weights["layout"] as? String == "pytorch")
    kind = try #require(ModelKind(rawValue: weights["model"] as? String ?? ""))
    stateDict = try Self.tensors(try #require(weights["state_dict"] as? [String: Any]))
    example = Example(
      x: try Matrix(try #require(weights["x"] as? [[Double]])),
      y: try #require(weights["y"] as? Double))
    let expected = try object("\(name)-expected.json")
    h = try #require(expected["h"] as? [[Double]])
    c = expected["c"] as? [[Double]]
    yPred = try #require(expected["y_pred"] as? Double)
    p = try #require(expected["p"] as? Double)
    loss = try #require(expected["loss"] as? Double)
    grads = try Self.tensors(try #require(expected["grads"] as? [String: Any]))
  }

  /// Matrices from lists of rows, columns from plain lists (PyTorch's 1-D biases).
  static func tensors(_ json: [String: Any]) throws -> [String: Matrix] {
    try json.mapValues { value in
      if let rows = value as? [[Double]] { return try Matrix(rows) }
      return Matrix(column: try #require(value as? [Double]))
    }
  }

  /// The model these sizes make: input from `weight_ih_l0`, hidden from `weight_hh_l0`.
  var model: Model {
    Model(
      kind,
      sizes: Sizes(
        input: stateDict[PyTorchLayout.weightIH]?.cols ?? 0,
        hidden: stateDict[PyTorchLayout.weightHH]?.cols ?? 0, steps: example.steps))
  }
}

/// Whether `a` and `b` agree entry by entry to `tolerance`, relative to values above 1.
func agree(_ a: [Double], _ b: [Double], _ tolerance: Double = 1e-9) -> Bool {
  a.count == b.count && zip(a, b).allSatisfy { abs($0 - $1) <= tolerance * max(1, abs($1)) }
}
