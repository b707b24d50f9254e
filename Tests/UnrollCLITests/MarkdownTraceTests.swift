import Foundation
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

@testable import UnrollCLI
@testable import UnrollKit

/// Exported Markdown is pinned by snapshot files, re-recorded on purpose only:
/// `UNROLL_RECORD_SNAPSHOTS=1 swift test --filter MarkdownTraceTests`.
@Suite struct MarkdownTraceTests {
  /// One snapshot per cell of the registry (a new cell fails here until its snapshot is
  /// recorded); the sizes the first three were recorded at, 2/3/2 for any other.
  static let cases: [(String, ModelKind, Sizes)] = ModelKind.allCases.map { kind in
    let sizes: Sizes
    switch kind.rawValue {
    case "rnn": sizes = Sizes(input: 2, hidden: 3, steps: 3)
    case "lstm": sizes = Sizes(input: 2, hidden: 2, steps: 2)
    default: sizes = Sizes(input: 2, hidden: 3, steps: 2)
    }
    return ("trace-\(kind.rawValue)-small", kind, sizes)
  }

  func trace(_ kind: ModelKind, _ sizes: Sizes) throws -> Trace {
    let model = Model(kind, sizes: sizes)
    return try Trace(
      model: model, parameters: model.initialParameters(seed: 4),
      example: .random(sizes, seed: 4), seed: 4)
  }

  @Test(arguments: 0..<cases.count)
  func markdownMatchesItsSnapshot(_ index: Int) throws {
    let (name, kind, sizes) = Self.cases[index]
    let document = try trace(kind, sizes).markdown(
      command: "unroll trace --model \(kind) --format md -o \(name).md", pictureStem: name,
      position: TracePosition(phase: .backward, t: 1, name: "dh"))
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Snapshots/\(name).md")
    if ProcessInfo.processInfo.environment["UNROLL_RECORD_SNAPSHOTS"] == "1" {
      try document.markdown.write(to: url, atomically: true, encoding: .utf8)
    }
    let snapshot = try String(contentsOf: url, encoding: .utf8)
    #expect(document.markdown == snapshot)
    #expect(document.markdown.contains("| `dh` ◀ **you are here** |"))
  }

  @Test func picturesParseAsXMLAndCarryTheTracesNumbers() throws {
    let trace = try trace(.lstm, Sizes(input: 2, hidden: 3, steps: 6))
    let document = trace.markdown(command: "unroll trace", pictureStem: "t")
    #expect(
      document.pictures.map(\.fileName) == [
        "t-gradient-norms.svg", "t-h_t.svg", "t-C_t.svg", "t-f_t.svg", "t-i_t.svg",
        "t-C_tilde.svg", "t-o_t.svg", "t-tanh-slope.svg",
      ])
    for picture in document.pictures {
      #expect(document.markdown.contains("](\(picture.fileName))"))
      #expect(picture.svg.utf8.count < 200_000)
      let reader = PolylineReader()
      let parser = XMLParser(data: Data(picture.svg.utf8))
      parser.delegate = reader
      #expect(parser.parse(), "\(picture.fileName) is not well-formed XML")
      if picture.fileName == "t-gradient-norms.svg" {
        for (name, label) in [("dh", "‖dh‖"), ("dC", "‖dC‖")] {
          let expected = (1...6).map { t in trace.value(name, t: t)?.norm ?? -1 }
          #expect(reader.series[label] == expected)
        }
      }
    }
  }

  @Test func traceWritesTheDocumentAndItsPicturesOnlyOverWithForce() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let target = folder.file("run.md")
    let first = unroll("trace", "--model", "rnn", "--steps", "3", "--format", "md", "-o", target)
    #expect(first.code == 0)
    #expect(first.out.isEmpty)
    #expect(
      try folder.contents() == [
        "run-Whh.svg", "run-gradient-norms.svg", "run-h_t.svg", "run-tanh-slope.svg", "run.md",
      ])
    let text = try String(contentsOfFile: target, encoding: .utf8)
    #expect(
      text.contains(
        "Reproduce with `unroll trace --model rnn --input-size 1 --hidden-size 32 "
          + "--steps 3 --seed 0 --bptt correct --format md -o \(target)`."))
    #expect(text.contains("![Gradient size over time (correct BPTT)](run-gradient-norms.svg)"))
    try folder.write("run.md", "old")
    let again = unroll("trace", "--format", "md", "-o", target)
    #expect(again.code == 1)
    #expect(again.err == "unroll: cannot write \(target): it exists; add --force to replace it\n")
    #expect(try String(contentsOfFile: target, encoding: .utf8) == "old")
    let forced = unroll("trace", "--format", "md", "-o", target, "--force")
    #expect(forced.code == 0)
    #expect(try String(contentsOfFile: target, encoding: .utf8).hasPrefix("# Unroll trace: RNN"))
    #expect(
      try folder.contents() == [
        "run-Whh.svg", "run-gradient-norms.svg", "run-h_t.svg", "run-tanh-slope.svg", "run.md",
      ])
  }

  @Test func theDocumentsPassComesWithTheCorrectOneBesideIt() throws {
    let model = Model(.rnn, sizes: Sizes(input: 1, hidden: 3, steps: 4))
    let parameters = model.initialParameters(seed: 2)
    let example = Example.random(model.sizes, seed: 2)
    let trace = try Trace(
      model: model, bptt: .document, parameters: parameters, example: example, seed: 2)
    let text = trace.markdown(command: "unroll trace", pictureStem: nil).markdown
    let comparison = try Comparison(model: model, parameters: parameters, example: example)
    // hs is (3, 5) here, so the note's first line meets (5, 1).
    #expect(text.contains("ValueError: shapes (1,1) and (5,1) not aligned: 1 (dim 1) != 5 (dim 0)"))
    let whh = try #require(comparison.gradients.first { $0.name == "Whh" })
    let cosine = MarkdownCell.number(try #require(whh.cosine), ValueFormat())
    #expect(text.contains("| `dWhh` | \(MarkdownCell.number(whh.documentNorm, ValueFormat())) | "))
    #expect(text.contains(" | \(cosine) | "))
    #expect(text.contains("| final-h | "))
    let correct = try Trace(model: model, parameters: parameters, example: example, seed: 2)
    #expect(
      !correct.markdown(command: "", pictureStem: nil).markdown.contains("beside the correct"))
  }

  @Test func aStoppedPassSaysNotComputedAndWhy() throws {
    let model = Model(.rnn, sizes: Sizes(input: 1, hidden: 3, steps: 4))
    let trace = try Trace(
      model: model, bptt: .verbatim, parameters: model.initialParameters(seed: 2),
      example: .random(model.sizes, seed: 2), seed: 2)
    let text = trace.markdown(command: "unroll trace", pictureStem: nil).markdown
    #expect(text.contains("| `dWhh` | (3, 3) | not computed | — |"))
    #expect(text.contains("**Not computed**: the backward pass stopped at `dWhy = np.dot("))
    #expect(!text.contains("| `dWhh` | (3, 3) | 0.0000 |"))
    // The line that stopped is the last row of its table, with the reason.
    #expect(
      text.contains(
        "| `dWhy` ✗ the pass stopped here | $`dW_{hy} = \\mathrm{dy\\_pred} \\cdot "))
    #expect(text.contains("| — | not computed: shapes (1,1) and (5,1) not aligned: "))
  }

  @Test func longRunsShowTheEndsWholeAndTheMiddleAsOneLineEach() throws {
    let trace = try trace(.rnn, Sizes(input: 1, hidden: 2, steps: 12))
    let text = trace.markdown(command: "unroll trace", pictureStem: nil).markdown
    #expect(text.contains("<summary><b>t = 4 … 9</b>: 6 timesteps in the middle"))
    #expect(text.contains("<summary><b>t = 9 … 4</b>: 6 timesteps in the middle"))
    #expect(text.contains("<summary><b>t = 3</b>"))
    #expect(!text.contains("<summary><b>t = 5</b>"))
    #expect(!text.contains("### t = "))
    let h5 = try #require(trace.value("h_t", t: 5)).norm
    #expect(text.contains("| 5 | \(MarkdownCell.number(h5, ValueFormat())) |"))
    #expect(text.contains("Contents: [Parameters](#parameters) · [Input](#input)"))
    #expect(text.contains("| `h_t` | $`h_{t} = \\tanh("))
  }

  @Test func picturesWithSpacesInTheirNameStillLink() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let target = folder.file("my trace (v1).md")
    let result = unroll("trace", "--steps", "2", "--format", "md", "-o", target)
    #expect(result.code == 0)
    let text = try String(contentsOfFile: target, encoding: .utf8)
    #expect(text.contains("](<my trace (v1)-gradient-norms.svg>)"))
    #expect(text.contains("-o '\(target)'`."))
    #expect(MarkdownCell.link("plain-h_t.svg") == "plain-h_t.svg")
    #expect(MarkdownCell.shellWord("it's.md") == "'it'\\''s.md'")
  }

  @Test func compareWritesMarkdownWithItsChart() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let target = folder.file("cmp.md")
    let result = unroll("compare", "--steps", "30", "--format", "md", "-o", target)
    #expect(result.code == 0)
    #expect(result.err == "wrote \(target) and 1 picture beside it\n")
    let text = try String(contentsOfFile: target, encoding: .utf8)
    #expect(
      text.contains("![‖dh‖ and ‖dh_raw‖: the notes' BPTT against the correct one](cmp-dh.svg)")
    )
    #expect(text.contains("| … | 14 steps not shown | | | | |"))
    #expect(text.contains("Over time, t = 1 (left) → 30 (right), ‖·‖ of each step:"))
    #expect(text.contains("\n▁▂▃▄▅▆▇█: 0 up to each line's largest; one cell per step\n```\n"))
    #expect(text.contains("- **final-h**: "))
    #expect(try folder.contents() == ["cmp-dh.svg", "cmp.md"])
    let refused = unroll("compare", "-o", target)
    #expect(refused.code == 2)
  }

  @Test func formulasBecomeGitHubMath() {
    #expect(LaTeX.math("hs = [h_0 h_1 … h_T]") == "\\mathrm{hs} = [h_{0} h_{1} … h_{T}]")
    #expect(
      LaTeX.math("f_t = σ(Wf · concat + bf)")
        == "f_{t} = \\sigma(W_{f} \\cdot \\mathrm{concat} + b_{f})")
    #expect(
      LaTeX.math("dh_raw = dh ⊙ (1 − h_t²)")
        == "\\mathrm{dh\\_raw} = \\mathrm{dh} \\odot (1 - h_{t}^{2})")
    #expect(LaTeX.math("C̃_t = tanh(WC · concat + bC)").hasPrefix("\\tilde{C}_{t} = \\tanh(W_{C}"))
    #expect(LaTeX.math("dWhh += dh_raw · h_{t-1}ᵀ").hasSuffix("h_{t-1}^{\\top}"))
    #expect(
      LaTeX.math("n_t = tanh(Wxn · x_t + bxn + r_t ⊙ hn_t)")
        == "n_{t} = \\tanh(W_{xn} \\cdot x_{t} + b_{xn} + r_{t} \\odot \\mathrm{hn}_{t})")
    #expect(
      LaTeX.math("dh_next = dconcat[:hidden] + Whnᵀ·dhn + dh ⊙ z_t")
        == "\\mathrm{dh\\_next} = \\mathrm{dconcat}[{:}\\mathrm{hidden}] + W_{hn}^{\\top}\\cdot"
        + "\\mathrm{dhn} + \\mathrm{dh} \\odot z_{t}")
  }

  @Test func theGRUsPicturesShowItsGates() throws {
    let trace = try trace(.gru, Sizes(input: 2, hidden: 3, steps: 4))
    let document = trace.markdown(command: "unroll trace --model gru", pictureStem: "g")
    #expect(
      document.pictures.map(\.fileName) == [
        "g-gradient-norms.svg", "g-h_t.svg", "g-r_t.svg", "g-z_t.svg", "g-n_t.svg",
        "g-tanh-slope.svg",
      ])
    #expect(document.markdown.hasPrefix("# Unroll trace: GRU, correct BPTT\n"))
    #expect(document.markdown.contains("$`\\mathrm{hn}_{t} = W_{hn} \\cdot h_{t-1} + b_{hn}`$"))
  }

  @Test func cellsEscapePipes() {
    #expect(MarkdownCell.escape("a | b") == "a \\| b")
    let long = Matrix(column: (0..<40).map(Double.init))
    let cell = MarkdownCell.inline(long, ValueFormat())
    #expect(
      cell.hasPrefix("<details><summary>[0.0000, 1.0000, 2.0000, …, 37.0000, 38.0000, 39.0000]"))
    #expect(!cell.contains("\n"))
    let huge = Matrix(column: (0..<300).map(Double.init))
    #expect(!MarkdownCell.inline(huge, ValueFormat()).contains("<details>"))
  }
}

/// Collects `data-values` of every series group (or polyline), by `data-label`.
final class PolylineReader: NSObject, XMLParserDelegate {
  var series: [String: [Double]] = [:]

  func parser(
    _ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
    qualifiedName: String?, attributes: [String: String] = [:]
  ) {
    guard name == "g" || name == "polyline", let label = attributes["data-label"],
      let values = attributes["data-values"]
    else { return }
    series[label] = values.split(separator: " ").compactMap { Double(String($0)) }
  }
}

@Suite struct SVGNumberTests {
  @Test func fixedDecimalsMatchPrintf() {
    for value in [0.0, -0.0, 1.005, -2.5, 123.456, -0.004, 0.996, 1e-9, 98765.4321, -7.0] {
      for digits in [0, 1, 2] {
        #expect(
          SVGChart.format(value, digits: digits)
            == String(format: "%.\(digits)f", value).replacingOccurrences(of: "-0.00", with: "0.00")
            .replacingOccurrences(of: "-0.0", with: "0.0").replacingOccurrences(
              of: "^-0$", with: "0", options: .regularExpression),
          "\(value) \(digits)")
      }
    }
  }
}
