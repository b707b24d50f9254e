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
    guard value.isFinite, precision >= 0, precision <= 15 else {
      return out += Array(String(format: "%.\(precision)\(scientific ? "e" : "f")", value).utf8)
    }
    let start = out.count
    if scientific ? appendScientific(value, precision, &out) : appendFixed(value, precision, &out) {
      return
    }
    out.removeSubrange(start...)
    if abs(value) >= 0x1p53 {
      if !scientific || !appendWholeScientific(value, precision, &out) {
        appendWhole(value, precision, scientific: scientific, &out)
      }
    } else if scientific || !appendFixedWide(value, precision, &out) {
      out.removeSubrange(start...)
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
        } else if m == low {
          // Perhaps rounded up to 10^precision from below, log10 having rounded up to a
          // power of ten (9.999999999999998e15 at %.15e): then one digit lower is the
          // answer, if it has fewer than 10^(precision + 1). Unknown: printf decides.
          guard k + 1 <= 22, let below = scaled(x, k + 1) else { return false }
          n = below < 10 * low ? below : m
          if below < 10 * low { exponent -= 1 }
          found = true
          break
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

  /// `%.Nf` or `%.Ne` of a finite `value` with |value| ≥ 2⁵³, a whole number.
  ///
  /// Its exact decimal digits, rounded to the digits asked for, ties to even (as glibc
  /// does). Everything on the stack: half the values of a diverging trace come here.
  private static func appendWhole(
    _ value: Double, _ precision: Int, scientific: Bool, _ out: inout [UInt8]
  ) {
    // At most 309 digits (1.8e308), and room to pad them to precision + 1 ≤ 16.
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 352) { digits in
      let count = wholeDigits(abs(value), into: digits)
      if value.sign == .minus { out.append(UInt8(ascii: "-")) }
      guard scientific else {
        out.append(contentsOf: UnsafeBufferPointer(rebasing: digits[..<count]))
        if precision > 0 {
          out.append(UInt8(ascii: "."))
          out.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: precision))
        }
        return
      }
      // The first precision + 1 digits, rounded in place by the rest: above half up,
      // half to even.
      let kept = precision + 1
      var exponent = count - 1
      var carriedOut = false  // 9.99…e+n rounded to 1.00…e+(n+1)
      if count > kept {
        let first = digits[kept]
        let restIsZero = digits[(kept + 1)..<count].allSatisfy { $0 == UInt8(ascii: "0") }
        let odd = (digits[kept - 1] - UInt8(ascii: "0")) % 2 == 1
        if first > UInt8(ascii: "5") || (first == UInt8(ascii: "5") && (!restIsZero || odd)) {
          var i = kept - 1
          while i >= 0 && digits[i] == UInt8(ascii: "9") {
            digits[i] = UInt8(ascii: "0")
            i -= 1
          }
          if i >= 0 {
            digits[i] += 1
          } else {
            carriedOut = true
            exponent += 1
          }
        }
      } else {
        for i in count..<kept { digits[i] = UInt8(ascii: "0") }
      }
      // With a carry out, the head is "1" and the first kept − 1 (all zero) digits.
      out.append(carriedOut ? UInt8(ascii: "1") : digits[0])
      if precision > 0 {
        out.append(UInt8(ascii: "."))
        let rest = carriedOut ? 0..<(kept - 1) : 1..<kept
        out.append(contentsOf: UnsafeBufferPointer(rebasing: digits[rest]))
      }
      out.append(UInt8(ascii: "e"))
      out.append(UInt8(ascii: "+"))
      appendDigits(UInt64(exponent), minimum: 2, &out)
    }
  }

  /// 10^k for k = 0 … 308 in little-endian 32-bit limbs.
  private static let tenPowers: [[UInt32]] = {
    var table: [[UInt32]] = [[1]]
    var current: [UInt32] = [1]
    for _ in 1...308 {
      var carry: UInt64 = 0
      for i in current.indices {
        let v = UInt64(current[i]) * 10 + carry
        current[i] = UInt32(truncatingIfNeeded: v)
        carry = v >> 32
      }
      if carry > 0 { current.append(UInt32(carry)) }
      table.append(current)
    }
    return table
  }()

  /// `%.Ne` of a finite whole `value`, |value| ≥ 2⁵³, from its leading digits alone.
  ///
  /// For a value of more than N + 1 digits: q = ⌊|value| / 10^s⌋ for the s that leaves N + 1 digits,
  /// found from a floating-point estimate and made exact against 10^s in limbs, and the
  /// remainder r against 10^s / 2 for the rounding (ties to even). The same bytes as
  /// `appendWhole`'s long division, a few passes over the limbs instead of one per nine
  /// digits; false (nothing written) when it does not apply.
  private static func appendWholeScientific(
    _ value: Double, _ precision: Int, _ out: inout [UInt8]
  ) -> Bool {
    let x = abs(value)
    let kept = precision + 1
    guard x.isFinite, x >= 0x1p53, kept <= 16 else { return false }
    let m = x.significandBitPattern | (1 << 52)
    let e = Int(x.exponent) - 52
    return withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 4 * 40) { space in
      // N = m << e, T = q · 10^s, R = N − T and 10^s: 40 limbs each (N has at most 34).
      typealias Limbs = UnsafeMutableBufferPointer<UInt32>
      let count = 40
      let n = Limbs(rebasing: space[0..<count])
      let t = Limbs(rebasing: space[count..<(2 * count)])
      let r = Limbs(rebasing: space[(2 * count)..<(3 * count)])
      let p = Limbs(rebasing: space[(3 * count)..<(4 * count)])
      n.initialize(repeating: 0)
      let (word, bit) = (e / 32, UInt64(e % 32))
      let low = m << bit
      n[word] = UInt32(truncatingIfNeeded: low)
      n[word + 1] = UInt32(truncatingIfNeeded: low >> 32)
      n[word + 2] = UInt32(truncatingIfNeeded: bit == 0 ? 0 : m >> (64 - bit))
      func compare(_ a: Limbs, _ b: Limbs) -> Int {  // a <=> b, most significant first
        for i in stride(from: count - 1, through: 0, by: -1) where a[i] != b[i] {
          return a[i] < b[i] ? -1 : 1
        }
        return 0
      }
      func subtract(_ a: Limbs, _ b: Limbs) {  // a −= b, a ≥ b
        var borrow: UInt64 = 0
        for i in 0..<count {
          let v = UInt64(a[i]) &- UInt64(b[i]) &- borrow
          a[i] = UInt32(truncatingIfNeeded: v)
          borrow = v >> 63
        }
      }
      func load(_ k: Int) {  // p = 10^k
        let power = tenPowers[k]
        for i in 0..<count { p[i] = i < power.count ? power[i] : 0 }
      }
      // The number of digits d: 10^(d−1) ≤ N < 10^d, from log10 and then checked.
      var digits = min(Int(log10(x)) + 1, 309)
      while digits <= 308 {  // N < 10^309 always
        load(digits)
        if compare(n, p) < 0 { break }
        digits += 1
      }
      while digits > 1 {
        load(digits - 1)
        if compare(n, p) >= 0 { break }
        digits -= 1
      }
      let shift = digits - kept
      guard shift >= 1, tenPowers[shift].count + 3 <= count else { return false }
      load(shift)
      let size = tenPowers[shift].count
      // q from the estimate, then exact: T = q · 10^s ≤ N < T + 10^s.
      let estimate = (x / pow(10, Double(shift))).rounded(.down)
      guard estimate >= 1, estimate < 0x1p60 else { return false }
      var q = UInt64(estimate)
      t.update(repeating: 0)
      for (half, offset) in [(q & 0xffff_ffff, 0), (q >> 32, 1)] where half != 0 {
        var carry: UInt64 = 0
        for i in 0..<size {
          let v = UInt64(p[i]) * half + UInt64(t[i + offset]) + carry
          t[i + offset] = UInt32(truncatingIfNeeded: v)
          carry = v >> 32
        }
        var i = size + offset
        while carry > 0 && i < count {
          let v = UInt64(t[i]) + carry
          t[i] = UInt32(truncatingIfNeeded: v)
          carry = v >> 32
          i += 1
        }
      }
      var steps = 0
      while compare(t, n) > 0 && q > 0 && steps < 64 {
        q -= 1
        subtract(t, p)
        steps += 1
      }
      // R = N − T, then R < 10^s.
      for i in 0..<count { r[i] = n[i] }
      subtract(r, t)
      while compare(r, p) >= 0 && steps < 64 {
        q += 1
        subtract(r, p)
        steps += 1
      }
      guard steps < 64 else { return false }
      // Round by 2R against 10^s: above up, equal to even.
      var carry: UInt32 = 0
      for i in 0..<count {
        t[i] = r[i] << 1 | carry
        carry = r[i] >> 31
      }
      let half = compare(t, p)
      if half > 0 || (half == 0 && q % 2 == 1) { q += 1 }
      let top = UInt64(powers[kept])
      var exponent = digits - 1
      if q == top {  // 9.99…e+n rounded to 1.00…e+(n+1)
        q = top / 10
        exponent += 1
      }
      guard q >= top / 10, q < top else { return false }
      if value.sign == .minus { out.append(UInt8(ascii: "-")) }
      let start = out.count
      appendDigits(q, minimum: kept, &out)
      if precision > 0 { out.insert(UInt8(ascii: "."), at: start + 1) }
      out.append(UInt8(ascii: "e"))
      out.append(UInt8(ascii: "+"))
      appendDigits(UInt64(exponent), minimum: 2, &out)
      return true
    }
  }

  /// Writes the decimal digits of a whole `x` ≥ 2⁵³ (`m · 2^e`, e ≥ 0) at the start of
  /// `digits` and returns how many, by repeated division of its 32-bit limbs by 10⁹.
  private static func wholeDigits(_ x: Double, into digits: UnsafeMutableBufferPointer<UInt8>)
    -> Int
  {
    let m = x.significandBitPattern | (1 << 52)
    let e = Int(x.exponent) - 52
    // m << e in little-endian 32-bit limbs: at most 34 of them.
    let limbCount = (53 + e) / 32 + 2
    return withUnsafeTemporaryAllocation(of: UInt32.self, capacity: limbCount) { limbs in
      limbs.initialize(repeating: 0)
      let (word, bit) = (e / 32, UInt64(e % 32))
      let low = m << bit  // bits 0 ..< 64 of the shifted value, from limb `word`
      let high = bit == 0 ? 0 : m >> (64 - bit)
      limbs[word] = UInt32(truncatingIfNeeded: low)
      limbs[word + 1] = UInt32(truncatingIfNeeded: low >> 32)
      limbs[word + 2] = UInt32(truncatingIfNeeded: high)
      var n = limbCount
      while n > 0 && limbs[n - 1] == 0 { n -= 1 }
      // Base 10⁹, least significant first: at most 35 groups for 309 digits.
      return withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 40) { groups in
        var g = 0
        while n > 0 && g < groups.count {
          var remainder: UInt64 = 0
          for i in stride(from: n - 1, through: 0, by: -1) {
            let current = remainder << 32 | UInt64(limbs[i])
            limbs[i] = UInt32(current / 1_000_000_000)
            remainder = current % 1_000_000_000
          }
          groups[g] = UInt32(remainder)
          g += 1
          while n > 0 && limbs[n - 1] == 0 { n -= 1 }
        }
        // The leading group without leading zeros, then nine digits a group.
        var count = 0
        var top = g > 0 ? groups[g - 1] : 0
        var width = 1
        var power: UInt32 = 10
        while width < 10 && top >= power {
          width += 1
          power = width < 10 ? power * 10 : power
        }
        for i in stride(from: width - 1, through: 0, by: -1) {
          digits[count + i] = UInt8(48 + top % 10)
          top /= 10
        }
        count += width
        for k in stride(from: g - 2, through: 0, by: -1) where count + 9 <= digits.count {
          var group = groups[k]
          for i in stride(from: 8, through: 0, by: -1) {
            digits[count + i] = UInt8(48 + group % 10)
            group /= 10
          }
          count += 9
        }
        return count
      }
    }
  }

  /// `%.Nf` of a finite `value` below 2⁵³ whose scaled value `|value| · 10^N` passes
  /// 2⁵² (where `appendFixed`'s one rounding step no longer holds), exactly: with
  /// `|value| = m / 2^s`, the 117-bit `m · 10^N` shifted right by s, ties to even.
  private static func appendFixedWide(_ value: Double, _ precision: Int, _ out: inout [UInt8])
    -> Bool
  {
    let x = abs(value)
    let s = 52 - Int(x.exponent)
    guard x.isNormal, s >= 1, s <= 63, precision <= 15 else { return false }
    let m = x.significandBitPattern | (1 << 52)
    let unit = UInt64(powers[precision])
    let (high, low) = m.multipliedFullWidth(by: unit)
    var qLow = (low >> UInt64(s)) | (high << UInt64(64 - s))
    var qHigh = high >> UInt64(s)
    let rest = low & ((1 << UInt64(s)) - 1)
    let half: UInt64 = 1 << UInt64(s - 1)
    if rest > half || (rest == half && qLow & 1 == 1) {
      qLow &+= 1
      if qLow == 0 { qHigh += 1 }
    }
    guard qHigh < unit else { return false }  // the whole part fits 64 bits
    let (whole, fraction) = unit.dividingFullWidth((qHigh, qLow))
    if value.sign == .minus { out.append(UInt8(ascii: "-")) }
    appendDigits(whole, minimum: 1, &out)
    if precision > 0 {
      out.append(UInt8(ascii: "."))
      appendDigits(fraction, minimum: precision, &out)
    }
    return true
  }
}
