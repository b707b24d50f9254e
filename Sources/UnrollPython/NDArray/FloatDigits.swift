import Foundation

/// The decimal digits of a finite Double, as NumPy's Dragon4 prints them.
///
/// `digits · 10^exponent` is the shortest decimal that reads back as the Double (what Python's
/// `repr` and Swift's `description` both print). With a precision, digits beyond it are
/// rounded as Dragon4 rounds the exact binary value. Rounding the shortest digits gives the
/// same result except when they end in a 5 just past the cut (a rounding boundary could lie
/// between them and the exact value only if it were itself a shorter or closer decimal); that
/// case asks glibc's `printf`, which is exact with ties to even, as Dragon4 is.
struct FloatDigits {
  /// The significant digits as ASCII, without leading or trailing zeros ("0" for zero).
  var digits: [UInt8]
  /// The power of ten of the last digit.
  var exponent: Int
  /// The sign bit (so -0.0 prints "-0.").
  var isNegative: Bool

  /// The shortest digits of `value`, which must be finite.
  init(shortest value: Double) {
    var digits = [UInt8]()
    var fractionCount = 0
    var power = 0
    var inFraction = false
    var text = Swift.abs(value).description
    text.withUTF8 { bytes in
      var i = 0
      while i < bytes.count {
        let byte = bytes[i]
        if byte == UInt8(ascii: "e") {
          power = Int(String(decoding: bytes[(i + 1)...], as: UTF8.self)) ?? 0
          break
        }
        if byte == UInt8(ascii: ".") {
          inFraction = true
        } else {
          digits.append(byte)
          if inFraction { fractionCount += 1 }
        }
        i += 1
      }
    }
    self.init(digits: digits, exponent: power - fractionCount, isNegative: value.sign == .minus)
  }

  /// `digits · 10^exponent`, leading and trailing zeros removed.
  init(digits: [UInt8], exponent: Int, isNegative: Bool) {
    let zero = UInt8(ascii: "0")
    var digits = Array(digits.drop { $0 == zero })
    var exponent = exponent
    while digits.last == zero {
      digits.removeLast()
      exponent += 1
    }
    if digits.isEmpty { (digits, exponent) = ([zero], 0) }
    self.digits = digits
    self.exponent = exponent
    self.isNegative = isNegative
  }

  /// The power of ten of the first digit (the scientific exponent).
  var scientificExponent: Int { digits.count - 1 + exponent }

  /// The digits rounded to end at the power of ten `last`, or nil for the one case that needs
  /// the exact value (a single 5 just past the cut).
  func rounded(toPower last: Int) -> FloatDigits? {
    let dropped = last - exponent  // how many digits go
    guard dropped > 0 else { return self }
    // All digits lie two or more places past the cut: the value rounds to zero.
    guard dropped <= digits.count else {
      return FloatDigits(digits: [], exponent: last, isNegative: isNegative)
    }
    let keep = digits.count - dropped
    let next = digits[keep]
    if next == UInt8(ascii: "5") && dropped == 1 { return nil }
    var kept = Array(digits[..<keep])
    if next >= UInt8(ascii: "5") {
      // Round up, carrying through nines.
      var i = kept.count - 1
      while i >= 0 && kept[i] == UInt8(ascii: "9") {
        kept[i] = UInt8(ascii: "0")
        i -= 1
      }
      if i >= 0 { kept[i] += 1 } else { kept.insert(UInt8(ascii: "1"), at: 0) }
    }
    return FloatDigits(digits: kept, exponent: last, isNegative: isNegative)
  }

  /// `value` in positional notation with at most `precision` fractional digits (Dragon4's
  /// unique mode with a cutoff): the integer part (with sign) and the fractional digits,
  /// trailing zeros trimmed.
  static func positional(_ value: Double, precision: Int) -> (integer: String, fraction: String) {
    let shortest = FloatDigits(shortest: value)
    let sign = shortest.isNegative ? "-" : ""
    if let rounded = shortest.rounded(toPower: -precision) {
      let (integer, fraction) = rounded.positionalParts
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
    if let rounded = shortest.rounded(toPower: shortest.scientificExponent - precision) {
      return (
        sign + String(decoding: rounded.digits.prefix(1), as: UTF8.self),
        String(decoding: rounded.digits.dropFirst(), as: UTF8.self), rounded.scientificExponent
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

  /// The integer part and the fractional digits of the digits in positional form.
  var positionalParts: (String, String) {
    let text = String(decoding: digits, as: UTF8.self)
    if exponent >= 0 {
      return (
        digits == [UInt8(ascii: "0")] ? "0" : text + String(repeating: "0", count: exponent), ""
      )
    }
    let fractional = -exponent
    if digits.count > fractional {
      return (String(text.dropLast(fractional)), String(text.suffix(fractional)))
    }
    return ("0", String(repeating: "0", count: fractional - digits.count) + text)
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
    let first = String(decoding: shortest.digits.prefix(1), as: UTF8.self)
    let rest = String(decoding: shortest.digits.dropFirst(), as: UTF8.self)
    return sign + first + (rest.isEmpty ? "" : "." + rest) + "e" + exponentText(e, digits: 2)
  }

  /// An exponent with its sign and at least `digits` digits: "+05", "-100".
  static func exponentText(_ exponent: Int, digits: Int) -> String {
    let magnitude = String(Swift.abs(exponent))
    return (exponent < 0 ? "-" : "+")
      + String(repeating: "0", count: Swift.max(0, digits - magnitude.count)) + magnitude
  }
}
