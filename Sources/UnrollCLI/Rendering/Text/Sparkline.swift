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
  static func draw(_ values: [Double], unicode: Bool, width: Int) -> String {
    let levels = unicode ? unicodeLevels : asciiLevels
    let cells = buckets(values.map(abs), count: min(max(width, 1), values.count))
    let largest = cells.filter(\.isFinite).max() ?? 0
    let top = Double(levels.count - 1)
    return String(
      cells.map { cell -> Character in
        guard cell.isFinite else { return "!" }
        let level = largest > 0 ? Int((cell / largest * top).rounded()) : 0
        return levels[min(max(level, 0), levels.count - 1)]
      })
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
