import Foundation

/// Small standalone SVG pictures.
///
/// No scripts, no external fonts, their own light background so they read the same in
/// GitHub's light and dark themes. Lines differ
/// by dash and marker as well as colour and carry their label at their end, so they
/// read in greyscale too.
enum SVGChart {
  /// How line `k` is drawn: colour, dash pattern, width (the first is widest, so a line
  /// drawn exactly on top of it still shows both).
  static let lineStyles: [(colour: String, dash: String, width: Double)] = [
    ("#1f77b4", "", 4), ("#d95f02", "8 4", 2), ("#1b9e77", "2 3", 2), ("#7570b3", "10 3 2 3", 2),
    ("#e7298a", "1 4", 3),
  ]

  /// A line chart of one or more series over x = 1 … n, with labelled axes.
  ///
  /// With `logScale`, y is drawn on a log₁₀ axis with ticks at powers of ten; zeros
  /// are marked on the bottom edge and `inf`/`nan` on the top edge, never dropped
  /// silently. With `fromZero` (for losses and accuracies), y starts at 0.
  static func lines(
    title: String, subtitle: String? = nil, xLabel: String, yLabel: String,
    series: [(label: String, values: [Double])], logScale: Bool = false, fromZero: Bool = false
  ) -> String {
    let width = 720.0
    let right = 170.0
    let left = 78.0
    let bottom = 58.0
    let transform: (Double) -> Double? = { value in
      guard value.isFinite else { return nil }
      if logScale { return value > 0 ? log10(value) : nil }
      return value
    }
    let points = series.flatMap { $0.values.compactMap(transform) }
    let hasTopMarks = series.contains { $0.values.contains { !$0.isFinite } }
    let hasBottomMarks =
      logScale && series.contains { $0.values.contains { $0.isFinite && $0 <= 0 } }
    var notes: [String] = []
    if let subtitle { notes.append(subtitle) }
    if hasTopMarks { notes.append("▲ bar on the top edge: not finite (inf or nan), off the scale") }
    if hasBottomMarks { notes.append("▼ bar on the bottom edge: exactly 0, below any log scale") }
    if points.isEmpty { notes.append("no finite value to draw") }
    for (a, b) in coinciding(series, transform: transform) {
      notes.append("\(a) and \(b) coincide: the dashed line lies on the wide one")
    }
    let top = 44.0 + 15 * Double(notes.count)
    let height = top + 270 + bottom
    let axis: (low: Double, high: Double, ticks: [SVGAxis.Tick])
    let low = points.min() ?? 0
    let high = points.max() ?? 1
    if logScale {
      axis = SVGAxis.logarithmic(low: low, high: high)
    } else {
      axis = SVGAxis.linear(low: fromZero ? min(low, 0) : low, high: high)
    }
    let count = max(series.map(\.values.count).max() ?? 1, 1)
    let plotRight = width - right
    let plotBottom = height - bottom
    func x(_ i: Int) -> Double {
      count == 1
        ? (left + plotRight) / 2 : left + (plotRight - left) * Double(i) / Double(count - 1)
    }
    func y(_ v: Double) -> Double {
      top + (plotBottom - top) * (axis.high - v) / (axis.high - axis.low)
    }
    var svg = header(width: width, height: height, title: title)
    for (k, note) in notes.enumerated() {
      svg += text(width / 2, 42 + 15 * Double(k), note, anchor: "middle", size: 11, colour: "#555")
    }
    // Gridlines and y ticks.
    for tick in axis.ticks {
      let position = format(y(tick.position), digits: 1)
      if tick.isMajor {
        svg +=
          "<line class=\"grid\" x1=\"\(left)\" y1=\"\(position)\" x2=\"\(plotRight)\" "
          + "y2=\"\(position)\" stroke=\"#ddd\"/>\n"
      }
      svg +=
        "<line x1=\"\(left - (tick.label.isEmpty ? 3 : 5))\" y1=\"\(position)\" x2=\"\(left)\" "
        + "y2=\"\(position)\" stroke=\"#444\"/>\n"
      if !tick.label.isEmpty {
        svg += tickLabel(left - 8, y(tick.position) + 4, tick.label, anchor: "end", axis: "y")
      }
    }
    // x ticks.
    for step in SVGAxis.whole(count) {
      let position = x(step - 1)
      svg += line(position, plotBottom, position, plotBottom + 5)
      svg += tickLabel(position, plotBottom + 19, "\(step)", anchor: "middle", axis: "x")
    }
    svg += line(left, top, left, plotBottom) + line(left, plotBottom, plotRight, plotBottom)
    svg += text((left + plotRight) / 2, height - 14, xLabel, anchor: "middle", size: 13)
    svg +=
      "<text x=\"18\" y=\"\((top + plotBottom) / 2)\" font-size=\"13\" fill=\"#222\" "
      + "text-anchor=\"middle\" transform=\"rotate(-90 18 \((top + plotBottom) / 2))\">"
      + escape(yLabel) + "</text>\n"
    // The lines, each in a group that keeps the exact numbers drawn (data-values).
    var labelPlaces: [(k: Int, y: Double)] = []
    for (k, entry) in series.enumerated() {
      let style = lineStyles[k % lineStyles.count]
      svg +=
        "<g class=\"series\" data-label=\"\(escape(entry.label))\" "
        + "data-values=\"\(entry.values.map { "\($0)" }.joined(separator: " "))\">\n"
      var segment: [String] = []
      func flush() {
        if segment.count > 1 {
          // A dashed line is cased in white, dash for dash, so that where it lies on
          // another line its dashes still show in greyscale, where colours may match.
          if !style.dash.isEmpty {
            svg +=
              "<polyline class=\"casing\" fill=\"none\" stroke=\"#fff\" "
              + "stroke-width=\"\(style.width + 1.5)\" stroke-dasharray=\"\(style.dash)\" "
              + "stroke-linejoin=\"round\" points=\"" + segment.joined(separator: " ") + "\"/>\n"
          }
          svg +=
            "<polyline fill=\"none\" stroke=\"\(style.colour)\" stroke-width=\"\(style.width)\" "
            + (style.dash.isEmpty ? "" : "stroke-dasharray=\"\(style.dash)\" ")
            + "stroke-linejoin=\"round\" points=\"" + segment.joined(separator: " ") + "\"/>\n"
        }
        segment = []
      }
      var lastY: Double?
      var offScale: [(range: ClosedRange<Int>, isTop: Bool)] = []
      for (i, value) in entry.values.enumerated() {
        guard let v = transform(value) else {
          flush()
          let isTop = !value.isFinite
          if let last = offScale.last, last.isTop == isTop, last.range.upperBound == i - 1 {
            offScale[offScale.count - 1].range = last.range.lowerBound...i
          } else {
            offScale.append((i...i, isTop))
          }
          continue
        }
        segment.append("\(format(x(i), digits: 1)),\(format(y(v), digits: 1))")
        lastY = y(v)
        if count <= 24 || entry.values.count == 1 {
          svg += marker(k, x(i), y(v), colour: style.colour)
        }
      }
      flush()
      for run in offScale {
        let half = count == 1 ? 4 : max((plotRight - left) / Double(count - 1) / 2, 1.5)
        let edge = run.isTop ? top : plotBottom - 5
        svg +=
          "<rect class=\"\(run.isTop ? "not-finite" : "zero")\" "
          + "x=\"\(format(x(run.range.lowerBound) - half, digits: 1))\" y=\"\(format(edge, digits: 1))\" "
          + "width=\"\(format(x(run.range.upperBound) - x(run.range.lowerBound) + 2 * half, digits: 1))\" "
          + "height=\"5\" fill=\"\(style.colour)\"/>\n"
      }
      svg += "</g>\n"
      labelPlaces.append((k, lastY ?? top + 8))
    }
    // Labels at the right end of each line, pushed apart where lines meet.
    let order = labelPlaces.sorted { $0.y < $1.y }
    var placed: [Double] = []
    for entry in order {
      placed.append(max(entry.y, (placed.last ?? -.infinity) + 15))
    }
    if let lastPlaced = placed.last, lastPlaced > plotBottom {
      let shift = lastPlaced - plotBottom
      placed = placed.map { max($0 - shift, top) }
    }
    for (entry, labelY) in zip(order, placed) {
      let style = lineStyles[entry.k % lineStyles.count]
      svg +=
        "<line x1=\"\(plotRight + 4)\" y1=\"\(format(labelY, digits: 1))\" x2=\"\(plotRight + 24)\" "
        + "y2=\"\(format(labelY, digits: 1))\" stroke=\"\(style.colour)\" stroke-width=\"\(style.width)\""
        + (style.dash.isEmpty
          ? "" : " stroke-dasharray=\"\(style.dash == "8 4" ? "5 3" : style.dash)\"")
        + "/>\n"
      svg +=
        "<text class=\"line-label\" x=\"\(plotRight + 28)\" y=\"\(format(labelY + 4, digits: 1))\" "
        + "font-size=\"12\" fill=\"#222\" text-anchor=\"start\">"
        + escape(series[entry.k].label) + "</text>\n"
    }
    return svg + "</svg>\n"
  }

  /// Pairs of series drawn on top of each other: within 1 % of the axis everywhere.
  private static func coinciding(
    _ series: [(label: String, values: [Double])], transform: (Double) -> Double?
  ) -> [(String, String)] {
    var pairs: [(String, String)] = []
    let all = series.flatMap { $0.values.compactMap(transform) }
    let span = max((all.max() ?? 1) - (all.min() ?? 0), 1e-12)
    for i in series.indices {
      for j in series.indices where j > i && series[i].values.count == series[j].values.count {
        let same = zip(series[i].values, series[j].values).allSatisfy { a, b in
          switch (transform(a), transform(b)) {
          case (let x?, let y?): return abs(x - y) <= 0.01 * span
          case (nil, nil): return true
          default: return false
          }
        }
        if same, !series[i].values.isEmpty { pairs.append((series[i].label, series[j].label)) }
      }
    }
    return pairs
  }

  /// A point marker: circle, square, triangle, diamond by series.
  private static func marker(_ k: Int, _ x: Double, _ y: Double, colour: String) -> String {
    let cx = format(x, digits: 1)
    let cy = format(y, digits: 1)
    switch k % 4 {
    case 0:
      return "<circle cx=\"\(cx)\" cy=\"\(cy)\" r=\"3.5\" fill=\"\(colour)\"/>\n"
    case 1:
      return
        "<rect x=\"\(format(x - 3, digits: 1))\" y=\"\(format(y - 3, digits: 1))\" width=\"6\" "
        + "height=\"6\" fill=\"#fff\" stroke=\"\(colour)\" stroke-width=\"1.5\"/>\n"
    case 2:
      return
        "<path d=\"M\(cx) \(format(y - 4, digits: 1))l3.5 7h-7z\" fill=\"\(colour)\"/>\n"
    default:
      return
        "<path d=\"M\(cx) \(format(y - 4, digits: 1))l4 4-4 4-4-4z\" fill=\"#fff\" "
        + "stroke=\"\(colour)\"/>\n"
    }
  }

  /// The colour key of a heat map: which values the colours stand for.
  enum HeatKey: Equatable {
    /// Gates and other sigmoids: 0 (white) … 1 (dark blue), the same on every picture.
    case unitInterval
    /// tanh outputs: −1 (blue) … 0 (white) … +1 (red), the same on every picture.
    case tanh
    /// Anything else: ± the largest magnitude, 0 white in the middle.
    case symmetric

    var isDiverging: Bool { self != .unitInterval }
  }

  /// A heat map of `columns` (one per timestep, or per matrix column) over rows (one
  /// per unit), at most 128 × 200 cells: larger grids are averaged down, and the
  /// picture says so under its title.
  static func heatMap(
    title: String, rowLabel: String, columns: [[Double]], key: HeatKey = .symmetric,
    columnLabel: String = "timestep t", rowNoun: String = "units", columnNoun: String = "timesteps"
  ) -> String {
    let steps = columns.count
    let units = columns.map(\.count).min() ?? 0
    let cellColumns = max(min(steps, 200), 1)
    let cellRows = max(min(units, 128), 1)
    func average(_ r: Int, _ c: Int) -> Double {
      let t0 = c * steps / cellColumns
      let t1 = max(t0 + 1, (c + 1) * steps / cellColumns)
      let u0 = r * units / cellRows
      let u1 = max(u0 + 1, (r + 1) * units / cellRows)
      var sum = 0.0
      for t in t0..<min(t1, steps) { for u in u0..<min(u1, units) { sum += columns[t][u] } }
      return sum / Double(max((t1 - t0) * (u1 - u0), 1))
    }
    var largest = 0.0
    for column in columns {
      for value in column where value.isFinite { largest = max(largest, abs(value)) }
    }
    let scale: Double
    switch key {
    case .unitInterval, .tanh: scale = 1
    case .symmetric: scale = largest > 0 ? largest : 1
    }
    let left = 70.0
    let top = 58.0
    let plotWidth = 560.0
    let plotHeight = min(320.0, max(90.0, Double(cellRows) * 14))
    let height = top + plotHeight + 56
    var svg = header(width: left + plotWidth + 120, height: height, title: title)
    let averaging: String
    if steps <= 200 && units <= 128 {
      averaging = "\(units) \(rowNoun) × \(steps) \(columnNoun), one cell each"
    } else {
      let perRow = Double(units) / Double(cellRows)
      let perColumn = Double(steps) / Double(cellColumns)
      func amount(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value))" : "about " + String(format: "%.1f", value)
      }
      averaging =
        "\(units) \(rowNoun) × \(steps) \(columnNoun) drawn as \(cellRows) × \(cellColumns) cells: "
        + "each the mean of \(amount(perRow)) × \(amount(perColumn))"
    }
    svg += text(
      left + plotWidth / 2, 42, averaging, anchor: "middle", size: 11, colour: "#555",
      className: "averaging")
    var pixels: [UInt8] = []
    pixels.reserveCapacity(cellRows * cellColumns * 3)
    for r in 0..<cellRows {
      for c in 0..<cellColumns {
        let rgb = colour(average(r, c) / scale, key: key)
        pixels += [rgb.0, rgb.1, rgb.2]
      }
    }
    svg +=
      "<image x=\"\(left)\" y=\"\(top)\" width=\"\(plotWidth)\" height=\"\(plotHeight)\" "
      + "preserveAspectRatio=\"none\" style=\"image-rendering:pixelated\" "
      + "href=\"\(SVGRaster.pngDataURI(width: cellColumns, height: cellRows, pixels: pixels))\"/>\n"
    svg +=
      "<rect x=\"\(left)\" y=\"\(top)\" width=\"\(plotWidth)\" height=\"\(plotHeight)\" "
      + "fill=\"none\" stroke=\"#444\"/>\n"
    // Ticks at the middle of their cells.
    let plotBottom = top + plotHeight
    for step in SVGAxis.whole(steps) {
      let position = left + plotWidth * (Double(step) - 0.5) / Double(max(steps, 1))
      svg += line(position, plotBottom, position, plotBottom + 5)
      svg += tickLabel(position, plotBottom + 18, "\(step)", anchor: "middle", axis: "x")
    }
    for unit in SVGAxis.whole(units, most: max(Int(plotHeight / 16), 2)) {
      let position = top + plotHeight * (Double(unit) - 0.5) / Double(max(units, 1))
      svg += line(left - 5, position, left, position)
      svg += tickLabel(left - 8, position + 4, "\(unit)", anchor: "end", axis: "y")
    }
    svg += text(left + plotWidth / 2, height - 12, columnLabel, anchor: "middle", size: 13)
    svg +=
      "<text x=\"18\" y=\"\(top + plotHeight / 2)\" font-size=\"13\" fill=\"#222\" "
      + "text-anchor=\"middle\" transform=\"rotate(-90 18 \(top + plotHeight / 2))\">"
      + escape(rowLabel) + "</text>\n"
    svg += colourKey(key, scale: scale, x: left + plotWidth + 22, top: top, height: plotHeight)
    return svg + "</svg>\n"
  }

  /// A continuous key with its ends and 0 labelled.
  private static func colourKey(
    _ key: HeatKey, scale: Double, x: Double, top: Double, height: Double
  )
    -> String
  {
    let id = "key-\(key)"
    let stops: [Double] = key.isDiverging ? [1, 0.5, 0, -0.5, -1] : [1, 0.5, 0]
    var svg = "<defs><linearGradient id=\"\(id)\" x1=\"0\" y1=\"0\" x2=\"0\" y2=\"1\">"
    for (k, v) in stops.enumerated() {
      let rgb = colour(v, key: key)
      svg +=
        "<stop offset=\"\(format(Double(k) / Double(stops.count - 1), digits: 2))\" "
        + "stop-color=\"\(hex(rgb))\"/>"
    }
    svg += "</linearGradient></defs>\n"
    svg +=
      "<rect class=\"key\" x=\"\(x)\" y=\"\(top)\" width=\"16\" height=\"\(height)\" "
      + "fill=\"url(#\(id))\" stroke=\"#444\"/>\n"
    let ticks: [(value: Double, label: String)]
    switch key {
    case .unitInterval: ticks = [(1, "1"), (0.5, "0.5"), (0, "0")]
    case .tanh:
      ticks = [(1, "+1 saturated"), (0.5, "0.5"), (0, "0"), (-0.5, "−0.5"), (-1, "−1 saturated")]
    case .symmetric:
      let end = String(format: "%.3g", scale)
      ticks = [(1, "+" + end), (0, "0"), (-1, "−" + end)]
    }
    for tick in ticks {
      let position =
        key.isDiverging ? top + height * (1 - tick.value) / 2 : top + height * (1 - tick.value)
      let isZero = tick.value == 0 && key.isDiverging
      svg +=
        "<line x1=\"\(x - (isZero ? 3 : 0))\" y1=\"\(format(position, digits: 1))\" "
        + "x2=\"\(x + (isZero ? 22 : 20))\" y2=\"\(format(position, digits: 1))\" "
        + "stroke=\"#222\" stroke-width=\"\(isZero ? 1.5 : 1)\"/>\n"
      svg += tickLabel(x + 24, position + 4, tick.label, anchor: "start", axis: "key")
    }
    return svg
  }

  /// `v` (−1 … 1, or 0 … 1 for the unit interval) as RGB; clamped, non-finite grey.
  static func colour(_ v: Double, key: HeatKey) -> (UInt8, UInt8, UInt8) {
    guard v.isFinite else { return (150, 150, 150) }
    func mix(_ to: (Double, Double, Double), _ s: Double) -> (UInt8, UInt8, UInt8) {
      func channel(_ end: Double) -> UInt8 {
        UInt8(min(max((255 + (end - 255) * s).rounded(), 0), 255))
      }
      return (channel(to.0), channel(to.1), channel(to.2))
    }
    if key == .unitInterval { return mix((8, 48, 107), min(max(v, 0), 1)) }  // white → dark blue
    let clamped = min(max(v, -1), 1)
    return clamped < 0 ? mix((33, 102, 172), -clamped) : mix((178, 24, 43), clamped)
  }

  private static func hex(_ rgb: (UInt8, UInt8, UInt8)) -> String {
    let digits = Array("0123456789abcdef")
    var text = "#"
    for byte in [rgb.0, rgb.1, rgb.2] {
      text.append(digits[Int(byte / 16)])
      text.append(digits[Int(byte % 16)])
    }
    return text
  }

  private static func header(width: Double, height: Double, title: String) -> String {
    "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(width))\" height=\"\(Int(height))\" "
      + "viewBox=\"0 0 \(Int(width)) \(Int(height))\" font-family=\"DejaVu Sans, sans-serif\">\n"
      + "<title>\(escape(title))</title>\n"
      + "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n"
      + text(width / 2, 24, title, anchor: "middle", size: 15)
  }

  private static func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double) -> String {
    "<line x1=\"\(format(x1, digits: 1))\" y1=\"\(format(y1, digits: 1))\" "
      + "x2=\"\(format(x2, digits: 1))\" y2=\"\(format(y2, digits: 1))\" stroke=\"#444\"/>\n"
  }

  private static func tickLabel(
    _ x: Double, _ y: Double, _ content: String, anchor: String, axis: String
  ) -> String {
    text(x, y, content, anchor: anchor, size: 11, className: "tick-\(axis)")
  }

  private static func text(
    _ x: Double, _ y: Double, _ content: String, anchor: String, size: Int,
    colour: String = "#222", className: String? = nil
  ) -> String {
    "<text" + (className.map { " class=\"\($0)\"" } ?? "")
      + " x=\"\(format(x, digits: 1))\" y=\"\(format(y, digits: 1))\" font-size=\"\(size)\" "
      + "fill=\"\(colour)\" text-anchor=\"\(anchor)\">\(escape(content))</text>\n"
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
