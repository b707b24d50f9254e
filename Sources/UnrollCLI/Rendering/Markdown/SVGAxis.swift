import Foundation

/// Where a chart's ticks go and what they say: powers of ten (1-2-5 within a decade)
/// on log axes, 1-2-5 steps on linear ones, whole timesteps on x.
enum SVGAxis {
  /// One tick: its position in axis units (log₁₀ of the value on a log axis), its
  /// label (empty for an unlabelled minor tick), and whether it gets a gridline.
  struct Tick: Equatable {
    var position: Double
    var label: String
    var isMajor: Bool
  }

  /// A log₁₀ axis covering exponents `low` … `high`, widened to whole decades.
  ///
  /// Up to three decades: ticks at 1, 2 and 5 × 10ᵏ, a gridline per decade. Wider:
  /// every decade ticked, every 1st, 2nd, 5th, 10th… labelled so at most about eight
  /// labels show, with a gridline at each label.
  static func logarithmic(low: Double, high: Double) -> (low: Double, high: Double, ticks: [Tick]) {
    let first = low.rounded(.down)
    let last = max(high.rounded(.up), first + 1)
    let decades = Int(last - first)
    var ticks: [Tick] = []
    if decades <= 3 {
      for exponent in Int(first)...Int(last) {
        for mantissa in [1.0, 2, 5] {
          let position = Double(exponent) + log10(mantissa)
          guard position <= last + 1e-9 else { continue }
          ticks.append(
            Tick(
              position: position, label: label(mantissa: Int(mantissa), exponent: exponent),
              isMajor: mantissa == 1))
        }
      }
      return (first, last, ticks)
    }
    let every = niceStep(atLeast: Double(decades) / 8)
    let stride = max(Int(every), 1)
    // Widen to whole strides so the labelled decades sit at both ends.
    let start = Int((first / Double(stride)).rounded(.down)) * stride
    let end = Int((last / Double(stride)).rounded(.up)) * stride
    let minorEvery = max(1, stride / 5)
    var exponent = start
    while exponent <= end {
      let labelled = exponent % stride == 0
      if labelled || (stride <= 50 && exponent % minorEvery == 0) {
        ticks.append(
          Tick(
            position: Double(exponent),
            label: labelled ? label(mantissa: 1, exponent: exponent) : "", isMajor: labelled))
      }
      exponent += 1
    }
    return (Double(start), Double(end), ticks)
  }

  /// A linear axis over `low` … `high` with a 1-2-5 step giving at most `count`
  /// intervals, widened to whole steps.
  static func linear(low: Double, high: Double, count: Int = 5) -> (
    low: Double, high: Double, ticks: [Tick]
  ) {
    var low = low
    var high = high
    if high - low < 1e-12 * max(abs(high), 1) {
      let pad = max(abs(high) * 0.1, 0.5)
      low -= pad
      high += pad
    }
    let step = niceStep(atLeast: (high - low) / Double(count))
    let first = (low / step).rounded(.down)
    let last = (high / step).rounded(.up)
    let decimals = max(0, -Int(log10(step).rounded(.down)))
    var ticks: [Tick] = []
    var k = first
    while k <= last + 1e-9 {
      let value = k * step
      ticks.append(Tick(position: value, label: decimal(value, decimals: decimals), isMajor: true))
      k += 1
    }
    return (first * step, last * step, ticks)
  }

  /// Whole positions 1 … `count` to label: 1, then every 1st, 2nd, 5th, 10th…
  /// so at most about `most` labels show; `count` itself when it is not too close.
  static func whole(_ count: Int, most: Int = 10) -> [Int] {
    guard count > 1 else { return [1] }
    guard count > most else { return Array(1...count) }
    let step = max(Int(niceStep(atLeast: Double(count) / Double(most))), 1)
    var result = [1]
    if step <= 2 {
      // 1, 3, 5, …: counting from the first step, never skipping one in between.
      var k = 1 + step
      while k <= count {
        result.append(k)
        k += step
      }
    } else {
      var k = step
      while k <= count {
        if Double(k - 1) >= Double(step) / 2 { result.append(k) }
        k += step
      }
    }
    // The last position too, unless it would crowd the tick before it.
    let room = step <= 2 ? Double(step) : Double(step) / 2
    if let last = result.last, last != count, Double(count - last) >= room {
      result.append(count)
    }
    return result
  }

  /// The smallest 1, 2 or 5 × 10ᵏ at least `value`.
  static func niceStep(atLeast value: Double) -> Double {
    guard value.isFinite, value > 0 else { return 1 }
    let decade = pow(10, log10(value).rounded(.down))
    for mantissa in [1.0, 2, 5, 10] where mantissa * decade >= value * (1 - 1e-9) {
      return mantissa * decade
    }
    return 10 * decade
  }

  /// `2 × 10ᵏ` as a person writes it: 0.02, 50, 1000, and 10⁻⁵ or 2·10⁻⁵ beyond.
  static func label(mantissa: Int, exponent: Int) -> String {
    if (-3...4).contains(exponent) {
      let value = Double(mantissa) * pow(10, Double(exponent))
      return decimal(value, decimals: max(0, -exponent))
    }
    let power = "10" + superscript(exponent)
    return mantissa == 1 ? power : "\(mantissa)·" + power
  }

  /// A tick value with a fixed number of decimals, without a minus on zero.
  static func decimal(_ value: Double, decimals: Int) -> String {
    let text = String(format: "%.\(decimals)f", value)
    return text.hasPrefix("-") && Double(text) == 0 ? String(text.dropFirst()) : text
  }

  private static func superscript(_ exponent: Int) -> String {
    let digits = Array("⁰¹²³⁴⁵⁶⁷⁸⁹")
    var text = exponent < 0 ? "⁻" : ""
    for character in String(abs(exponent)) {
      if let digit = character.wholeNumberValue { text.append(digits[digit]) }
    }
    return text
  }
}
