import Foundation

/// `%.Nf` and `%.Ne` of C's printf, written out without it: the same bytes for every
/// finite value, correctly rounded with ties to even as glibc rounds.
///
/// The value is scaled by a power of ten that is exact as a `Double`, and the rounding
/// error of that one multiplication (or division) is recovered exactly with a fused
/// multiply-add, so the rounding decision reads the exact scaled value, not an
/// approximation. Values outside the range where that holds (huge, tiny or subnormal
/// ones, or more than 15 digits) go to `String(format:)`. `PrintfDigitsTests` compares
/// both over many values, ties and carries included.
enum PrintfDigits {
  /// Powers of ten exactly representable as `Double`: 10⁰ … 10²².
  private static let powers: [Double] = (0...22).map { k in
    var p = 1.0
    for _ in 0..<k { p *= 10 }
    return p
  }

  /// Appends `String(format: "%.{precision}f" or "%.{precision}e", value)` to `out`.
  static func append(
    _ value: Double, precision: Int, scientific: Bool, to out: inout [UInt8]
  ) {
    if !(value.isFinite && precision >= 0 && precision <= 15
      && (scientific
        ? appendScientific(value, precision, &out) : appendFixed(value, precision, &out)))
    {
      out += Array(String(format: "%.\(precision)\(scientific ? "e" : "f")", value).utf8)
    }
  }

  /// The integer nearest `q + err` (q ≥ 0, `err` the exact rounding error of q, at most
  /// half an ulp of q), ties to even; nil when q is too large for that to hold.
  @inline(__always)
  private static func rounded(_ q: Double, _ err: Double) -> UInt64? {
    guard q < 4_503_599_627_370_496 else { return nil }  // 2⁵²: ulp(q) ≤ 0.5
    let n = q.rounded(.down)
    // q − n is exact, and a multiple of ulp(q) as 0.5 is: when c is not zero, |c| ≥ ulp(q)
    // > |err|, so c's sign decides; when it is zero, err's sign; when both are, a tie.
    let c = (q - n) - 0.5
    let up =
      c > 0 || (c == 0 && (err > 0 || (err == 0 && n.truncatingRemainder(dividingBy: 2) != 0)))
    return UInt64(n) + (up ? 1 : 0)
  }

  /// Appends the decimal digits of `n`, at least `minimum` of them (leading zeros).
  @inline(__always)
  private static func appendDigits(_ n: UInt64, minimum: Int, _ out: inout [UInt8]) {
    var digits: (UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0)  // 40 bytes
    var count = 0
    var n = n
    withUnsafeMutableBytes(of: &digits) { buffer in
      repeat {
        buffer[39 - count] = UInt8(48 + n % 10)
        n /= 10
        count += 1
      } while n > 0 && count < 40
      while count < minimum && count < 40 {
        buffer[39 - count] = 48
        count += 1
      }
      out.append(contentsOf: buffer[(40 - count)...])
    }
  }

  /// Appends the digits of `n / 10^precision` with `precision` decimals.
  @inline(__always)
  private static func appendScaled(_ n: UInt64, _ precision: Int, _ out: inout [UInt8]) {
    let unit = UInt64(powers[precision])
    appendDigits(n / unit, minimum: 1, &out)
    if precision > 0 {
      out.append(UInt8(ascii: "."))
      appendDigits(n % unit, minimum: precision, &out)
    }
  }

  private static func appendFixed(_ value: Double, _ precision: Int, _ out: inout [UInt8]) -> Bool {
    let x = abs(value)
    let scale = powers[precision]
    let q = x * scale
    let err = (-q).addingProduct(x, scale)  // x · scale − q, exactly
    guard let n = rounded(q, err) else { return false }
    if value.sign == .minus { out.append(UInt8(ascii: "-")) }
    appendScaled(n, precision, &out)
    return true
  }

  private static func appendScientific(_ value: Double, _ precision: Int, _ out: inout [UInt8])
    -> Bool
  {
    let x = abs(value)
    var exponent = 0
    var n: UInt64 = 0
    if x != 0 {
      guard x >= 1e-290, x <= 1e290 else { return false }
      exponent = Int(log10(x).rounded(.down))
      let low = UInt64(powers[precision])
      var found = false
      for _ in 0..<4 {  // log10 may be one off near a power of ten; a carry adds one
        let k = precision - exponent  // x · 10^k has precision + 1 digits before the point
        guard k >= -22, let m = k <= 22 ? scaled(x, k) : scaledExactly(x, k) else {
          return false
        }
        if m < low {
          exponent -= 1
        } else if m >= 10 * low {
          exponent += 1
        } else {
          n = m
          found = true
          break
        }
      }
      guard found else { return false }
    }
    if value.sign == .minus { out.append(UInt8(ascii: "-")) }
    appendScaled(n, precision, &out)
    out.append(UInt8(ascii: "e"))
    out.append(UInt8(ascii: exponent < 0 ? "-" : "+"))
    appendDigits(UInt64(abs(exponent)), minimum: 2, &out)
    return true
  }

  /// `x · 10^k` rounded to an integer, ties to even, for |k| ≤ 22.
  @inline(__always)
  private static func scaled(_ x: Double, _ k: Int) -> UInt64? {
    if k >= 0 {
      let scale = powers[k]
      let q = x * scale
      return rounded(q, (-q).addingProduct(x, scale))
    }
    let divisor = powers[-k]
    let q = x / divisor
    // x − q · divisor is exact; the true quotient is q + r / divisor, r's sign is its side.
    let r = x.addingProduct(-q, divisor)
    return rounded(q, r)
  }

  /// `x · 10^k` rounded to an integer, ties to even, for k > 22.
  ///
  /// For x below about 1e-18 (the tiny gradients of saturated gates), in integers, as `m · 5^k · 2^(e + k)` with
  /// `x = m · 2^e`, where no power of ten is exact as a `Double`. Nil for a subnormal x
  /// or a result past 64 bits.
  private static func scaledExactly(_ x: Double, _ k: Int) -> UInt64? {
    guard x.isNormal, k <= 400 else { return nil }
    let m = x.significandBitPattern | (1 << 52)
    let shift = -(Int(x.exponent) - 52 + k)  // x · 10^k = m · 5^k / 2^shift
    guard shift > 0 else { return nil }
    var limbs: [UInt32] = [UInt32(truncatingIfNeeded: m), UInt32(truncatingIfNeeded: m >> 32)]
    var remaining = k
    while remaining > 0 {  // times 5^13 (below 2³²) at a time
      let step = min(remaining, 13)
      var factor: UInt64 = 1
      for _ in 0..<step { factor *= 5 }
      var carry: UInt64 = 0
      for i in limbs.indices {
        let product = UInt64(limbs[i]) * factor + carry
        limbs[i] = UInt32(truncatingIfNeeded: product)
        carry = product >> 32
      }
      if carry > 0 { limbs.append(UInt32(truncatingIfNeeded: carry)) }
      remaining -= step
    }
    func bit(_ i: Int) -> UInt64 {
      i / 32 < limbs.count ? UInt64(limbs[i / 32] >> UInt32(i % 32)) & 1 : 0
    }
    guard limbs.count * 32 <= shift + 63 else { return nil }  // the quotient fits 63 bits
    var n: UInt64 = 0
    for b in 0..<63 where bit(shift + b) == 1 { n |= 1 << UInt64(b) }
    let half = bit(shift - 1) == 1
    var below = false  // any bit under the half
    for i in 0..<(shift - 1) where bit(i) == 1 {
      below = true
      break
    }
    let up = half && (below || n % 2 == 1)
    return n + (up ? 1 : 0)
  }
}
