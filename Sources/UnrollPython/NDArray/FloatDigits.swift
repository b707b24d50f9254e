import Foundation

/// The decimal digits of a finite Double, as NumPy's Dragon4 prints them.
///
/// `digits · 10^exponent` is the shortest decimal that reads back as the Double (what Python's
/// `repr` and Swift's `description` both print); with a precision, digits beyond it are
/// correctly rounded from the exact binary value, ties to even, as Dragon4 and glibc's
/// `printf` both do.
struct FloatDigits {
  /// The significant digits, without leading or trailing zeros ("0" for zero).
  var digits: [Character]
  /// The power of ten of the last digit.
  var exponent: Int
  /// The sign bit (so -0.0 prints "-0.").
  var isNegative: Bool

  /// The shortest digits of `value`, which must be finite.
  init(shortest value: Double) {
    let text = Swift.abs(value).description
    let parts = text.split(separator: "e", omittingEmptySubsequences: false)
    let power = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
    let mantissa = parts[0].split(separator: ".", omittingEmptySubsequences: false)
    let fraction = mantissa.count > 1 ? Array(mantissa[1]) : []
    self.init(
      digits: Array(mantissa[0]) + fraction, exponent: power - fraction.count,
      isNegative: value.sign == .minus)
  }

  /// `digits · 10^exponent`, leading and trailing zeros removed.
  init(digits: [Character], exponent: Int, isNegative: Bool) {
    var digits = Array(digits.drop { $0 == "0" })
    var exponent = exponent
    while digits.last == "0" {
      digits.removeLast()
      exponent += 1
    }
    if digits.isEmpty { (digits, exponent) = (["0"], 0) }
    self.digits = digits
    self.exponent = exponent
    self.isNegative = isNegative
  }

  /// The power of ten of the first digit (the scientific exponent).
  var scientificExponent: Int { digits.count - 1 + exponent }

  /// `value` in positional notation with at most `precision` fractional digits (Dragon4's
  /// unique mode with a cutoff): the integer part and the fractional digits, trailing zeros
  /// trimmed.
  static func positional(_ value: Double, precision: Int) -> (integer: String, fraction: String) {
    let shortest = FloatDigits(shortest: value)
    let sign = shortest.isNegative ? "-" : ""
    if -shortest.exponent <= precision {
      let (integer, fraction) = shortest.positionalParts
      return (sign + integer, fraction)
    }
    let text = String(format: "%.\(precision)f", Swift.abs(value))
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    let fraction = parts.count > 1 ? String(parts[1]) : ""
    return (sign + parts[0], String(fraction.reversed().drop { $0 == "0" }.reversed()))
  }

  /// `value` in scientific notation with at most `precision` digits after the point: the
  /// leading digit (with sign), the further digits, trailing zeros trimmed, and the exponent.
  static func scientific(_ value: Double, precision: Int) -> (
    integer: String, fraction: String, exponent: Int
  ) {
    let shortest = FloatDigits(shortest: value)
    let sign = shortest.isNegative ? "-" : ""
    if shortest.digits.count - 1 <= precision {
      return (
        sign + String(shortest.digits[0]), String(shortest.digits.dropFirst()),
        shortest.scientificExponent
      )
    }
    let text = String(format: "%.\(precision)e", Swift.abs(value))
    let parts = text.split(separator: "e")
    let mantissa = parts[0].split(separator: ".", omittingEmptySubsequences: false)
    let fraction = mantissa.count > 1 ? String(mantissa[1]) : ""
    return (
      sign + mantissa[0], String(fraction.reversed().drop { $0 == "0" }.reversed()),
      parts.count > 1 ? Int(parts[1]) ?? 0 : 0
    )
  }

  /// The integer part and the fractional digits of the shortest digits in positional form.
  var positionalParts: (String, String) {
    if exponent >= 0 {
      return (String(digits) + String(repeating: "0", count: exponent), "")
    }
    let fractional = -exponent
    if digits.count > fractional {
      return (String(digits.dropLast(fractional)), String(digits.suffix(fractional)))
    }
    return ("0", String(repeating: "0", count: fractional - digits.count) + String(digits))
  }

  /// Python's `repr(float)`, which NumPy's float64 scalars share: positional from 1e-4 up to
  /// 1e16 ("0.5", "100.0"), scientific outside it ("1e-05", "1.5e+16").
  static func pythonRepr(_ value: Double) -> String {
    if value.isNaN { return "nan" }
    if value.isInfinite { return value < 0 ? "-inf" : "inf" }
    let shortest = FloatDigits(shortest: value)
    let sign = shortest.isNegative ? "-" : ""
    let e = shortest.scientificExponent
    if value == 0 || (-4 <= e && e < 16) {
      let (integer, fraction) = shortest.positionalParts
      return sign + integer + "." + (fraction.isEmpty ? "0" : fraction)
    }
    let rest = shortest.digits.dropFirst()
    return sign + String(shortest.digits[0]) + (rest.isEmpty ? "" : "." + String(rest)) + "e"
      + exponentText(e, digits: 2)
  }

  /// An exponent with its sign and at least `digits` digits: "+05", "-100".
  static func exponentText(_ exponent: Int, digits: Int) -> String {
    let magnitude = String(Swift.abs(exponent))
    return (exponent < 0 ? "-" : "+")
      + String(repeating: "0", count: Swift.max(0, digits - magnitude.count)) + magnitude
  }
}
