import Testing
import Foundation

@testable import UnrollKit

/// The NumPy fixtures of scripts/reference/make-fixtures.sh: inputs drawn in NumPy and
/// what the note's own class (and our NumPy correct BPTT) computed on them.
enum NoteFixtures {
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures")

  static func load<T: Decodable>(_ name: String, as type: T.Type) throws -> T {
    let data = try Data(contentsOf: directory.appendingPathComponent(name))
    return try JSONDecoder().decode(T.self, from: data)
  }

  struct Gradients: Decodable { let cases: [GradientCase] }

  struct GradientCase: Decodable {
    let input: Int
    let hidden: Int
    let steps: Int
    let params: [String: [[Double]]]
    let x: [[Double]]
    let y: Double
    let verbatim: Outcome
    let document: Outcome
    let correct: Outcome

    var sizes: Sizes { Sizes(input: input, hidden: hidden, steps: steps) }
    func parameters() throws -> Parameters { try NoteFixtures.parameters(params, sizes) }
    func example() throws -> Example { Example(x: try Matrix(x), y: y) }
  }

  struct Outcome: Decodable {
    let error: String?
    let y_pred: Double?
    let p: Double?
    let grads: [String: [[Double]]]?
    let steps: [String: [String: [[Double]]]]?
  }

  struct Training: Decodable { let runs: [Run] }

  struct Run: Decodable {
    let input: Int
    let hidden: Int
    let steps: Int
    let lr: Double
    let epochs: Int
    let params: [String: [[Double]]]
    let X: [[[Double]]]
    let y: [Double]
    let document: RunOutcome
    let correct: RunOutcome

    var sizes: Sizes { Sizes(input: input, hidden: hidden, steps: steps) }
    func parameters() throws -> Parameters { try NoteFixtures.parameters(params, sizes) }
    func data() throws -> [Example] {
      try zip(X, y).map { x, y in Example(x: try Matrix(x), y: y) }
    }
  }

  struct RunOutcome: Decodable {
    let history: [EpochResult]
    let params: [String: [[Double]]]
  }

  static func parameters(_ raw: [String: [[Double]]], _ sizes: Sizes) throws -> Parameters {
    let model = Model(.rnn, sizes: sizes)
    var values: [String: Matrix] = [:]
    for (name, shape) in model.parameterShapes {
      let matrix = try Matrix(raw[name] ?? [])
      #expect(matrix.shape == shape, "\(name)")
      values[name] = matrix
    }
    return Parameters(names: model.parameterNames, values: values)
  }

  /// The largest |a − b| over two matrices of one shape; infinity when shapes differ.
  static func maxDifference(_ a: Matrix?, _ b: [[Double]]?) -> Double {
    guard let a, let b, let m = try? Matrix(b), a.shape == m.shape else { return .infinity }
    return zip(a.scalars, m.scalars).map { abs($0 - $1) }.max() ?? 0
  }
}
