import UnrollKit

/// How a heat strip draws a vector: Unicode blocks, ASCII characters, or not at all.
public enum HeatStrip: String, Sendable, CaseIterable {
  /// No strip.
  case off
  /// `▁▂▃▄▅▆▇█`, for terminals that draw Unicode.
  case unicode
  /// `_.:-=+*#%@`, for terminals that do not.
  case ascii
}

/// ANSI colours and heat strips, or plain text when colour is off.
///
/// Nothing here decides whether the output is a terminal: the caller says so
/// (`Terminal` owns isatty, `NO_COLOR` and `TERM`), and every function returns a string.
public struct Style: Sendable, Equatable {
  /// Whether ANSI escape codes are written.
  public var isColoured: Bool
  /// How vectors are drawn beside their values.
  public var heat: HeatStrip

  /// A style with colour on or off and the given heat strip.
  public init(isColoured: Bool, heat: HeatStrip) {
    self.isColoured = isColoured
    self.heat = heat
  }

  /// Plain text, no colour and no strips: what tests and pipes get.
  public static let plain = Style(isColoured: false, heat: .off)

  private func wrap(_ text: String, _ code: String) -> String {
    isColoured && !text.isEmpty ? Style.ansi(text, code) : text
  }

  /// `text` between the ANSI escape for `code` (`1` bold, `31` red) and the reset: the
  /// one place an escape sequence is written.
  static func ansi(_ text: String, _ code: String) -> String {
    "\u{1B}[\(code)m\(text)\u{1B}[0m"
  }

  /// Bold text, for headings.
  public func bold(_ text: String) -> String { wrap(text, "1") }
  /// Dim text, for secondary details.
  public func dim(_ text: String) -> String { wrap(text, "2") }
  /// Cyan, for names of values.
  public func name(_ text: String) -> String { wrap(text, "36") }
  /// Yellow, for warnings and the documents' deviations.
  public func warning(_ text: String) -> String { wrap(text, "33") }
  /// Red, for errors.
  public func error(_ text: String) -> String { wrap(text, "31") }
  /// Green, for confirmations.
  public func success(_ text: String) -> String { wrap(text, "32") }

  /// The colour of a phase heading: forward blue, output magenta, backward yellow.
  public func phase(_ phase: Phase, _ text: String) -> String {
    switch phase {
    case .forward: return wrap(text, "1;34")
    case .output: return wrap(text, "1;35")
    case .backward: return wrap(text, "1;33")
    }
  }

  /// A one-line picture of a column's entries, lowest to highest, at most `width` cells;
  /// nil when strips are off or the value is not a column of at least two entries.
  ///
  /// Each cell is one entry, or the mean of a run of entries when the column is longer
  /// than `width`. Levels scale from the smallest to the largest entry, so the strip
  /// shows the pattern, not the magnitude (the numbers beside it do that).
  public func heatStrip(_ value: Matrix, width: Int) -> String? {
    guard heat != .off, value.cols == 1, value.rows >= 2, width >= 4 else { return nil }
    let levels: [Character] =
      heat == .unicode ? Sparkline.unicodeLevels : Sparkline.asciiLevels
    let cells = Sparkline.buckets(value.scalars, count: min(width, value.rows))
    let finite = cells.filter { $0.isFinite }
    guard let low = finite.min(), let high = finite.max() else { return nil }
    let span = high - low
    let top = Double(levels.count - 1)
    var text = ""
    for cell in cells {
      guard cell.isFinite else {
        text.append("!")
        continue
      }
      // A vector with every entry equal (all zeros, say) has nothing to rank: a flat
      // strip at the lowest level, not a row of middling bars that look like values.
      let level = span > 0 ? Int(((cell - low) / span * top).rounded()) : 0
      text.append(levels[min(max(level, 0), levels.count - 1)])
    }
    return isColoured ? wrap(text, "36") : text
  }
}
