import Foundation
import Testing

@testable import UnrollCLI
@testable import UnrollKit

/// The pictures' structure (ticks, keys, labels, notes), pinned by a snapshot file
/// re-recorded on purpose only: `UNROLL_RECORD_SNAPSHOTS=1 swift test --filter SVGChartTests`.
@Suite struct SVGChartTests {
  /// The parts of an SVG a reader sees, one per line: title, notes, tick labels by axis,
  /// line labels, series and their dashes, off-scale marks, the colour key.
  static func structure(_ svg: String) -> [String] {
    var lines: [String] = []
    let patterns: [(String, String)] = [
      ("title", "<title>([^<]*)</title>"),
      ("text", "<text(?: class=\"([a-z-]+)\")?[^>]*>([^<]*)</text>"),
      ("series", "<g class=\"series\" data-label=\"([^\"]*)\""),
      (
        "line",
        "<polyline fill=\"none\" stroke=\"([^\"]*)\" stroke-width=\"([^\"]*)\" "
          + "(?:stroke-dasharray=\"([^\"]*)\" )?"
      ),
      (
        "casing",
        "<polyline class=\"casing\" fill=\"none\" stroke=\"#fff\" stroke-width=\"([^\"]*)\" "
          + "stroke-dasharray=\"([^\"]*)\""
      ),
      ("mark", "<rect class=\"(not-finite|zero)\""),
      ("key", "<stop offset=\"([^\"]*)\" stop-color=\"([^\"]*)\""),
      ("image", "<image [^>]*href=\"data:image/png;base64,"),
    ]
    for (kind, pattern) in patterns {
      guard let regex = try? NSRegularExpression(pattern: pattern) else { continue }
      let range = NSRange(svg.startIndex..., in: svg)
      for match in regex.matches(in: svg, range: range) {
        var groups: [String] = []
        for k in 1..<max(match.numberOfRanges, 1) {
          if let r = Range(match.range(at: k), in: svg) { groups.append(String(svg[r])) }
        }
        lines.append("\(kind): " + groups.joined(separator: " | "))
      }
    }
    // Tick labels of one axis on one line, so the snapshot reads like the axis.
    var merged: [String] = []
    for line in lines {
      if let last = merged.last, line.hasPrefix("text: tick-"), last.hasPrefix(line.prefix(12)) {
        merged[merged.count - 1] +=
          ", "
          + line.dropFirst(
            line.firstIndex(of: "|").map {
              line.distance(from: line.startIndex, to: $0) + 2
            } ?? 0)
      } else {
        merged.append(line)
      }
    }
    return merged
  }

  static func pictures() throws -> [(String, String)] {
    let model = Model(.lstm, sizes: Sizes(input: 2, hidden: 3, steps: 4))
    let trace = try Trace(
      model: model, parameters: model.initialParameters(seed: 4),
      example: .random(model.sizes, seed: 4),
      seed: 4)
    var result = trace.markdown(command: "unroll trace", pictureStem: "lstm").pictures.map {
      ($0.fileName, $0.svg)
    }
    let rnn = Model(.rnn, sizes: Sizes(input: 1, hidden: 3, steps: 4))
    let document = try Trace(
      model: rnn, bptt: .document, parameters: rnn.initialParameters(seed: 2),
      example: .random(rnn.sizes, seed: 2), seed: 2)
    result += document.markdown(command: "unroll trace", pictureStem: "document").pictures.map {
      ($0.fileName, $0.svg)
    }
    result.append(
      (
        "overflow.svg",
        SVGChart.lines(
          title: "overflow", xLabel: "t", yLabel: "norm",
          series: [
            ("‖a‖", [3e302, .infinity, .nan, 2, 0]), ("‖b‖", [3e302, .infinity, .nan, 2, 0]),
          ],
          logScale: true)
      ))
    result.append(
      (
        "one-point.svg",
        SVGChart.lines(title: "one", xLabel: "t", yLabel: "v", series: [("v", [0.5])])
      ))
    let wide = (0..<1000).map { t in (0..<256).map { u in sin(Double(t * u)) } }
    result.append(
      ("averaged.svg", SVGChart.heatMap(title: "wide", rowLabel: "unit", columns: wide)))
    return result
  }

  @Test func structureMatchesItsSnapshot() throws {
    let text =
      try Self.pictures().map { name, svg in
        (["== \(name)"] + Self.structure(svg)).joined(separator: "\n")
      }.joined(separator: "\n\n") + "\n"
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Snapshots/svg-structure.txt")
    if ProcessInfo.processInfo.environment["UNROLL_RECORD_SNAPSHOTS"] == "1" {
      try text.write(to: url, atomically: true, encoding: .utf8)
    }
    #expect(text == (try String(contentsOf: url, encoding: .utf8)))
  }

  @Test func aDashedLineOnTheWideOneStillShowsItsDashes() throws {
    // ‖dh‖ and ‖dC‖ equal, as in the 256 × 1000 LSTM: the dashed line is drawn after the
    // wide one, over a white casing with its dashes, so greyscale keeps them apart.
    let values = [3e302, 1e200, 1e100, 1]
    let svg = SVGChart.lines(
      title: "t", xLabel: "t", yLabel: "norm", series: [("‖dh‖", values), ("‖dC‖", values)],
      logScale: true)
    let lines = Self.structure(svg).filter { $0.hasPrefix("line:") || $0.hasPrefix("casing:") }
    #expect(lines == ["line: #1f77b4 | 4.0", "line: #d95f02 | 2.0 | 8 4", "casing: 3.5 | 8 4"])
    #expect(svg.contains(">‖dh‖ and ‖dC‖ coincide: the dashed line lies on the wide one</text>"))
    let wide = try #require(svg.range(of: "stroke=\"#1f77b4\" stroke-width=\"4.0\""))
    let casing = try #require(svg.range(of: "class=\"casing\""))
    let dashed = try #require(svg.range(of: "stroke=\"#d95f02\" stroke-width=\"2.0\""))
    #expect(wide.lowerBound < casing.lowerBound && casing.lowerBound < dashed.lowerBound)
  }

  @Test func logTicksArePowersOfTenWithOneTwoFive() {
    let narrow = SVGAxis.logarithmic(low: log10(0.0092), high: log10(0.53))
    #expect(
      narrow.ticks.map(\.label) == [
        "0.001", "0.002", "0.005", "0.01", "0.02", "0.05", "0.1", "0.2", "0.5", "1",
      ])
    #expect(narrow.ticks.filter(\.isMajor).map(\.label) == ["0.001", "0.01", "0.1", "1"])
    let wide = SVGAxis.logarithmic(low: -10, high: log10(3e302))
    #expect(wide.ticks.filter(\.isMajor).map(\.label).first == "10⁻⁵⁰")
    #expect(wide.ticks.filter(\.isMajor).map(\.label).last == "10³⁵⁰")
    #expect(wide.ticks.filter { !$0.label.isEmpty }.count <= 9)
    #expect(
      SVGAxis.logarithmic(low: -5.2, high: -5.1).ticks.map(\.label) == [
        "10⁻⁶", "2·10⁻⁶", "5·10⁻⁶", "10⁻⁵",
      ])
  }

  @Test func linearAndTimestepTicksSkipNothingOdd() {
    #expect(SVGAxis.whole(4) == [1, 2, 3, 4])
    #expect(SVGAxis.whole(1) == [1])
    #expect(SVGAxis.whole(30) == [1, 5, 10, 15, 20, 25, 30])
    #expect(SVGAxis.whole(1000) == [1, 100, 200, 300, 400, 500, 600, 700, 800, 900, 1000])
    #expect(SVGAxis.whole(12) == [1, 3, 5, 7, 9, 11])
    #expect(SVGAxis.whole(13) == [1, 3, 5, 7, 9, 11, 13])
    let loss = SVGAxis.linear(low: 0, high: 0.74)
    #expect(loss.ticks.map(\.label) == ["0.0", "0.2", "0.4", "0.6", "0.8"])
  }

  @Test func heatMapsKeepFixedKeysAndSayWhenTheyAverage() throws {
    let gates = SVGChart.heatMap(
      title: "f", rowLabel: "unit", columns: [[0.2, 0.4]], key: .unitInterval)
    let states = SVGChart.heatMap(title: "h", rowLabel: "unit", columns: [[0.2, -0.4]], key: .tanh)
    #expect(gates.contains(">1</text>") && gates.contains(">0</text>"))
    #expect(states.contains(">+1 saturated</text>") && states.contains(">−1 saturated</text>"))
    // 0.4 on the fixed key is 0.4 of the darkest colour, not the darkest.
    #expect(SVGChart.colour(0.4, key: .unitInterval) != SVGChart.colour(1, key: .unitInterval))
    #expect(SVGChart.colour(0, key: .tanh) == (255, 255, 255))
    let wide = (0..<1000).map { _ in [Double](repeating: 0.5, count: 256) }
    let averaged = SVGChart.heatMap(title: "w", rowLabel: "unit", columns: wide)
    #expect(
      averaged.contains(
        "256 units × 1000 timesteps drawn as 128 × 200 cells: each the mean of 2 × 5"))
    #expect(averaged.utf8.count < 200_000)
  }
}
