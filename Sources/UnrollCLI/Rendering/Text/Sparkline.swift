/// One-line pictures of a series over time: `▁▂▄█` on terminals that draw Unicode,
/// `_.:-=+*#%@` elsewhere.
///
/// The REPL's `Style.heatStrip` draws a vector's entries from smallest to largest with
/// the same levels; a sparkline draws a series over time from zero up.
enum Sparkline {
  /// The Unicode levels, lowest to highest.
  static let unicodeLevels = Array("▁▂▃▄▅▆▇█")
  /// The ASCII levels, lowest to highest.
  static let asciiLevels = Array("_.:-=+*#%@")

  /// `values` drawn in at most `width` cells, from 0 up to their largest magnitude.
  ///
  /// 0 is the lowest level and the largest magnitude the highest, so that a value that
  /// vanishes looks like it; longer series are averaged in runs, and `!` marks a NaN or
  /// an infinity.
  /// `scale`, when given, is drawn from its lower bound (the lowest level) to its upper
  /// instead: rows drawn to one scale compare.
  static func draw(
    _ values: [Double], unicode: Bool, width: Int, scale: ClosedRange<Double>? = nil
  ) -> String {
    let levels = unicode ? unicodeLevels : asciiLevels
    let cells = buckets(values.map(abs), count: min(max(width, 1), values.count))
    let lowest = scale?.lowerBound ?? 0
    let span = (scale?.upperBound ?? cells.filter(\.isFinite).max() ?? 0) - lowest
    let top = Double(levels.count - 1)
    return String(
      cells.map { cell -> Character in
        guard cell.isFinite else { return "!" }
        let level = span > 0 ? Int(((cell - lowest) / span * top).rounded()) : 0
        return levels[min(max(level, 0), levels.count - 1)]
      })
  }

  /// What the levels mean, wrapped to `width` columns and ended by a newline:
  /// `▁▂▃▄▅▆▇█: 0 up to each line's largest; one cell per step`, or per how many steps
  /// when `steps` are drawn in fewer `cells`.
  static func legend(unicode: Bool, steps: Int, cells: Int, indent: Int, width: Int) -> String {
    let levels = String(unicode ? unicodeLevels : asciiLevels)
    // `buckets` gives each cell ⌊steps/cells⌋ or ⌈steps/cells⌉ steps.
    let (fewest, most) = (steps / max(cells, 1), (steps + cells - 1) / max(cells, 1))
    let perCell =
      steps <= cells
      ? "one cell per step"
      : "each cell the mean of " + (fewest == most ? "\(most)" : "\(fewest) or \(most)")
        + " steps"
    let pad = String(repeating: " ", count: indent)
    return TextWrap.wrap(
      "\(levels): 0 up to each line's largest; \(perCell)", width: width, first: pad,
      rest: pad + "  ") + "\n"
  }

  /// `values` averaged into `count` runs of nearly equal length.
  static func buckets(_ values: [Double], count: Int) -> [Double] {
    guard count > 0, values.count > count else { return values }
    return (0..<count).map { k in
      let start = k * values.count / count
      let end = min(max((k + 1) * values.count / count, start + 1), values.count)
      return values[start..<end].reduce(0, +) / Double(end - start)
    }
  }
}
