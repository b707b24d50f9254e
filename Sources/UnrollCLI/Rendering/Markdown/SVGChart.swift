import Foundation

/// Small standalone SVG pictures: no scripts, no external fonts, their own light
/// background so they read the same in GitHub's light and dark themes.
enum SVGChart {
  /// A line chart of one or more series over x = 1 … n, with labelled axes.
  ///
  /// With `logScale`, y is drawn on a log₁₀ axis (zeros and negatives are skipped).
  /// With `fromZero` (for losses), y runs from 0 to a round number a fifth above the
  /// largest value, which leaves the legend room above the curves.
  static func lines(
    title: String, xLabel: String, yLabel: String, series: [(label: String, values: [Double])],
    logScale: Bool = false, fromZero: Bool = false
  ) -> String {
    let width = 640.0
    let height = 360.0
    let left = 70.0
    let right = 20.0
    let top = 40.0
    let bottom = 50.0
    let transform: (Double) -> Double? = { value in
      guard value.isFinite else { return nil }
      if logScale { return value > 0 ? log10(value) : nil }
      return value
    }
    let points = series.flatMap { $0.values.compactMap(transform) }
    var low = points.min() ?? 0
    var high = points.max() ?? 1
    if fromZero, !logScale, high > 0 {
      low = min(low, 0)
      let padded = high * 1.2
      let unit = pow(10, (log10(padded)).rounded(.down))
      high = (padded / unit).rounded(.up) * unit  // 0.74 → 0.8, 17.6 → 20
    }
    if high - low < 1e-12 {
      low -= 0.5
      high += 0.5
    }
    let count = max(series.map(\.values.count).max() ?? 1, 2)
    func x(_ i: Int) -> Double { left + (width - left - right) * Double(i) / Double(count - 1) }
    func y(_ v: Double) -> Double { top + (height - top - bottom) * (high - v) / (high - low) }
    var svg = header(width: width, height: height, title: title)
    // Axes and ticks.
    svg +=
      line(left, top, left, height - bottom)
      + line(left, height - bottom, width - right, height - bottom)
    for k in 0...4 {
      let value = low + (high - low) * Double(k) / 4
      let label = String(format: "%.3g", logScale ? pow(10, value) : value)
      svg += text(left - 6, y(value) + 4, label, anchor: "end", size: 11)
      svg +=
        "<line x1=\"\(left)\" y1=\"\(y(value))\" x2=\"\(width - right)\" y2=\"\(y(value))\" stroke=\"#ddd\"/>\n"
    }
    for k in Set([0, (count - 1) / 2, count - 1]).sorted() {
      svg += text(x(k), height - bottom + 16, "\(k + 1)", anchor: "middle", size: 11)
    }
    svg += text((left + width - right) / 2, height - 12, xLabel, anchor: "middle", size: 13)
    svg +=
      "<text x=\"16\" y=\"\((top + height - bottom) / 2)\" font-size=\"13\" fill=\"#222\" "
      + "text-anchor=\"middle\" transform=\"rotate(-90 16 \((top + height - bottom) / 2))\">"
      + escape(yLabel) + "</text>\n"
    let colours = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd"]
    for (k, entry) in series.enumerated() {
      let colour = colours[k % colours.count]
      let coordinates = entry.values.enumerated().compactMap { i, v in
        transform(v).map { "\(format(x(i), digits: 1)),\(format(y($0), digits: 1))" }
      }
      // data-values keeps the exact numbers drawn, so tests (and readers) can check them.
      svg +=
        "<polyline fill=\"none\" stroke=\"\(colour)\" stroke-width=\"2\" "
        + "data-label=\"\(escape(entry.label))\" "
        + "data-values=\"\(entry.values.map { "\($0)" }.joined(separator: " "))\" points=\""
        + coordinates.joined(separator: " ") + "\"/>\n"
      svg +=
        "<rect x=\"\(left + 10)\" y=\"\(top + 4 + 16 * Double(k))\" width=\"12\" height=\"3\" fill=\"\(colour)\"/>"
      svg += text(left + 28, top + 9 + 16 * Double(k), entry.label, anchor: "start", size: 12)
    }
    return svg + "</svg>\n"
  }

  /// A heat map of `rows` (one per unit) over columns (one per timestep), at most
  /// 128 × 200 cells: larger grids are averaged down.
  ///
  /// Diverging blue–white–red
  /// around 0 when values go negative, white-to-blue otherwise (gates in [0, 1]).
  static func heatMap(title: String, rowLabel: String, columns: [[Double]]) -> String {
    let steps = columns.count
    let units = columns.first?.count ?? 0
    let cellColumns = min(steps, 200)
    let cellRows = min(units, 128)
    func average(_ r: Int, _ c: Int) -> Double {
      let t0 = c * steps / cellColumns
      let t1 = max(t0 + 1, (c + 1) * steps / cellColumns)
      let u0 = r * units / cellRows
      let u1 = max(u0 + 1, (r + 1) * units / cellRows)
      var sum = 0.0
      for t in t0..<t1 { for u in u0..<u1 { sum += columns[t][u] } }
      return sum / Double((t1 - t0) * (u1 - u0))
    }
    let values = columns.flatMap { $0 }.filter(\.isFinite)
    let isSigned = (values.min() ?? 0) < 0
    let scale = max(values.map(abs).max() ?? 1, 1e-12)
    let left = 60.0
    let top = 40.0
    let plotWidth = 560.0
    let plotHeight = min(320.0, max(80.0, Double(cellRows) * 12))
    let cellWidth = plotWidth / Double(max(cellColumns, 1))
    let cellHeight = plotHeight / Double(max(cellRows, 1))
    var svg = header(width: left + plotWidth + 90, height: top + plotHeight + 50, title: title)
    svg +=
      "<desc>\(units) units × \(steps) timesteps drawn as \(cellRows) × \(cellColumns) cells "
      + "(averaged when larger); colour scale ±\(scale)</desc>\n"
    for r in 0..<cellRows {
      for c in 0..<cellColumns {
        let colour = self.colour(average(r, c) / scale, signed: isSigned)
        svg +=
          "<rect x=\"\(format(left + Double(c) * cellWidth, digits: 2))\" "
          + "y=\"\(format(top + Double(r) * cellHeight, digits: 2))\" "
          + "width=\"\(format(cellWidth + 0.05, digits: 2))\" "
          + "height=\"\(format(cellHeight + 0.05, digits: 2))\" fill=\"\(colour)\"/>\n"
      }
    }
    svg += text(
      left + plotWidth / 2, top + plotHeight + 34, "timestep t (1 … \(steps))", anchor: "middle",
      size: 13)
    svg += text(left - 6, top + 10, "1", anchor: "end", size: 11)
    svg += text(left - 6, top + plotHeight, "\(units)", anchor: "end", size: 11)
    svg +=
      "<text x=\"16\" y=\"\(top + plotHeight / 2)\" font-size=\"13\" fill=\"#222\" "
      + "text-anchor=\"middle\" transform=\"rotate(-90 16 \(top + plotHeight / 2))\">"
      + escape(rowLabel) + "</text>\n"
    // Colour key.
    let keyX = left + plotWidth + 20
    for k in 0..<10 {
      let v = isSigned ? 1 - 2 * Double(k) / 9 : 1 - Double(k) / 9
      svg +=
        "<rect x=\"\(keyX)\" y=\"\(top + Double(k) * plotHeight / 10)\" width=\"14\" "
        + "height=\"\(format(plotHeight / 10 + 0.5, digits: 2))\" fill=\"\(colour(v, signed: isSigned))\"/>\n"
    }
    svg += text(keyX + 18, top + 10, String(format: "%.3g", scale), anchor: "start", size: 11)
    svg += text(
      keyX + 18, top + plotHeight, isSigned ? String(format: "%.3g", -scale) : "0", anchor: "start",
      size: 11)
    return svg + "</svg>\n"
  }

  private static func colour(_ v: Double, signed: Bool) -> String {
    let clamped = v.isFinite ? min(max(v, -1), 1) : 0
    func hex(_ r: Double, _ g: Double, _ b: Double) -> String {
      let digits = Array("0123456789abcdef")
      var text = "#"
      for channel in [r, g, b] {
        let byte = min(max(Int(channel.rounded()), 0), 255)
        text.append(digits[byte / 16])
        text.append(digits[byte % 16])
      }
      return text
    }
    if !signed || clamped < 0 {
      let s = abs(clamped)  // white → blue
      return hex(255 - 222 * s, 255 - 153 * s, 255 - 75 * s)
    }
    return hex(255 - 41 * clamped, 255 - 216 * clamped, 255 - 215 * clamped)  // white → red
  }

  private static func header(width: Double, height: Double, title: String) -> String {
    "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(width))\" height=\"\(Int(height))\" "
      + "viewBox=\"0 0 \(Int(width)) \(Int(height))\" font-family=\"sans-serif\">\n"
      + "<title>\(escape(title))</title>\n"
      + "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n"
      + text(width / 2, 24, title, anchor: "middle", size: 15)
  }

  private static func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double) -> String {
    "<line x1=\"\(x1)\" y1=\"\(y1)\" x2=\"\(x2)\" y2=\"\(y2)\" stroke=\"#444\"/>\n"
  }

  private static func text(
    _ x: Double, _ y: Double, _ content: String, anchor: String, size: Int
  ) -> String {
    "<text x=\"\(format(x, digits: 1))\" y=\"\(format(y, digits: 1))\" font-size=\"\(size)\" "
      + "fill=\"#222\" text-anchor=\"\(anchor)\">\(escape(content))</text>\n"
  }

  /// XML's five special characters escaped.
  static func escape(_ text: String) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
      .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
      .replacingOccurrences(of: "'", with: "&apos;")
  }

  /// `value` with `digits` decimals, by integer arithmetic: a heat map writes hundreds
  /// of thousands of coordinates, and `String(format:)` made exports take seconds.
  static func format(_ value: Double, digits: Int) -> String {
    guard value.isFinite else { return "0" }
    var scale = 1
    for _ in 0..<digits { scale *= 10 }
    let scaled = (abs(value) * Double(scale)).rounded(.toNearestOrEven)  // as printf rounds
    guard scaled < 9e15 else { return String(format: "%.\(digits)f", value) }
    let n = Int(scaled)
    let sign = value < 0 && n != 0 ? "-" : ""
    guard digits > 0 else { return sign + String(n) }
    let fraction = String(n % scale)
    return sign + String(n / scale) + "."
      + String(repeating: "0", count: digits - fraction.count) + fraction
  }
}
