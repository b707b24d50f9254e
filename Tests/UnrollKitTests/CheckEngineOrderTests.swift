import Testing
import UnrollPython

@testable import UnrollKit

/// A learner's NumPy products add their terms in the engine's order, so a correct pass in
/// `unroll check` is the engine's pass to the last bit, not only to 1e-9.
@Suite struct CheckEngineOrderTests {
  /// The values `source` leaves in `names`, run with `W`, `x`, `d` as globals.
  static func run(_ source: String, W: Matrix, x: Matrix, d: Matrix) throws -> [String: NDArray] {
    let python = try PythonInterpreter(
      file: SourceFile(path: "order.py", text: "import numpy as np\n" + source))
    for (name, matrix) in [("W", W), ("x", x), ("d", d)] {
      python.setGlobal(name, PyValue(NDArray(matrix)))
    }
    try python.runAll()
    var values: [String: NDArray] = [:]
    for (name, value) in python.globals {
      if let array = value.arrayValue, array.ndim == 2 { values[name] = array }
    }
    return values
  }

  @Test(arguments: [(7, 9), (5, 8), (3, 2), (64, 67), (1, 6), (6, 1)])
  func dotAndMatmulAddInTheEnginesOrder(rows: Int, cols: Int) throws {
    var generator = SeededGenerator(seed: UInt64(rows * 100 + cols))
    // Entries of very different sizes, so that another order of addition shows.
    let W = generator.normalMatrix(Shape(rows, cols), scale: 1).map { $0 * 1e3 }
    let x = generator.normalMatrix(Shape(cols, 1), scale: 1).map { $0 * $0 * $0 }
    let d = generator.normalMatrix(Shape(rows, 1), scale: 1).map { $0 * 1e-3 }
    let values = try Self.run(
      """
      a = W @ x
      b = np.dot(W, x)
      c = np.matmul(W, x)
      e = W.T @ d
      f = np.dot(W.T, d)
      g = np.matmul(W.T, d)
      Wt = W.T
      h = np.dot(Wt, d)
      """, W: W, x: x, d: d)
    let forward = try W.dot(x).scalars
    let backward = try W.transposedDot(d).scalars
    for name in ["a", "b", "c"] {
      #expect(values[name]?.scalars == forward, "\(name) = W · x, \(rows)×\(cols)")
    }
    for name in ["e", "f", "g", "h"] {
      #expect(values[name]?.scalars == backward, "\(name) = Wᵀ · d, \(rows)×\(cols)")
    }
    // The two orders differ somewhere on these sizes: the test can tell them apart.
    if rows >= 8 {
      let copied = try Self.run("e = np.dot(W.T.copy(), d)\n", W: W, x: x, d: d)
      let plain = try #require(copied["e"]?.scalars)
      #expect(plain != backward, "a copy of W.T is a matrix of its own: the four-lane order")
    }
  }

  /// The RNN solution's products are the engine's, operation for operation, so its gradients
  /// are the engine's exactly. (The LSTM and GRU solutions spell some sums in another order
  /// than the engine's programs, `dC_next + dh * …` say, and agree to about 2e-16.)
  @Test func theRNNSolutionEqualsTheEnginesGradientsToTheLastBit() throws {
    let text = try CheckTests.text("solutions/rnn.py")
    for (sizes, seed) in [(nil, 0), (Sizes(input: 4, hidden: 13, steps: 30), 2)]
      as [(Sizes?, UInt64)]
    {
      let (report, _) = CheckTests.check(text: text, .rnn, sizes: sizes, seed: seed)
      #expect(report.verdict == .correct)
      #expect(report.gradients.count == 5)
      for gradient in report.gradients {
        #expect(gradient.relativeError == 0, "d\(gradient.name) \(sizes.map { "\($0)" } ?? "")")
      }
    }
  }
}
