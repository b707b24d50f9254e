import Foundation
import Testing
import UnrollKit

@testable import UnrollCLI

/// `PrintfDigits` against `String(format:)` itself, byte for byte, on values chosen to
/// catch every way a fast formatter goes wrong: exact ties, near ties, carries into a
/// new digit, powers of ten, and random bits over the whole range.
@Suite struct PrintfDigitsTests {
  func expectSame(_ values: [Double], precisions: ClosedRange<Int> = 0...8) {
    var mismatches: [String] = []
    for value in values {
      for precision in precisions {
        for scientific in [false, true] {
          let expected = String(format: "%.\(precision)\(scientific ? "e" : "f")", value)
          var bytes: [UInt8] = []
          PrintfDigits.append(value, precision: precision, scientific: scientific, to: &bytes)
          let found = String(decoding: bytes, as: UTF8.self)
          if found != expected, mismatches.count < 10 {
            mismatches.append("\(value) %.\(precision)\(scientific ? "e" : "f"): \(found)")
          }
        }
      }
    }
    #expect(mismatches.isEmpty, "\(mismatches)")
  }

  @Test func tiesRoundToEvenAsGlibcDoes() {
    // Exact binary ties at every precision up to 8: k / 2^m.
    var values: [Double] = []
    for m in 1...12 {
      for k in stride(from: 1, to: 1 << m, by: 2) where values.count < 6000 {
        values.append(Double(k) / Double(1 << m))
        values.append(-Double(k) / Double(1 << m) - 3)
      }
    }
    values += [0.5, 1.5, 2.5, 0.125, 0.375, 2.675, 1.005, 0.00005, 0.00015, 1e-5, 5e-5]
    expectSame(values)
  }

  @Test func carriesAndPowersOfTen() {
    var values: [Double] = [0, -0.0, 1, -1, 9.99995, 9.999949999, 99.5, 0.99999, 999999.99999]
    for e in -20...20 {
      let p = pow(10.0, Double(e))
      values += [p, p.nextUp, p.nextDown, -p, 9.5 * p, 9.9999 * p, 9.99995 * p]
    }
    for k in 0..<2000 {  // decimals that are not binary: n / 10^4 and its neighbours
      let v = Double(k * 7919 % 100_000) / 10_000
      values += [v, v.nextUp, v.nextDown, v + 0.00005, (v + 0.00005).nextDown]
    }
    expectSame(values)
  }

  @Test func randomValuesOverTheWholeRange() {
    var generator = SystemRandomNumberGenerator()
    var values: [Double] = []
    for _ in 0..<20_000 {  // the magnitudes training and traces print
      let magnitude = pow(10.0, Double.random(in: -12...9, using: &generator))
      values.append(Double.random(in: -1...1, using: &generator) * magnitude)
    }
    for _ in 0..<3000 {  // any bits at all: huge, tiny, subnormal (the fallback's cases)
      let bits = UInt64.random(in: 0...UInt64.max, using: &generator)
      let value = Double(bitPattern: bits)
      if value.isFinite { values.append(value) }
    }
    for _ in 0..<5000 {  // tiny and huge: the integer path past 10^22 and the fallback
      let magnitude = pow(10.0, Double.random(in: -300 ... -15, using: &generator))
      values.append(Double.random(in: -1...1, using: &generator) * magnitude)
    }
    for e in -310 ... -15 { values += [pow(10.0, Double(e)), 5 * pow(10.0, Double(e))] }
    values += [Double.leastNormalMagnitude, Double.leastNonzeroMagnitude, 0x1p-1000, 0x1.8p-70]
    expectSame(values, precisions: 0...6)
    expectSame(Array(values.prefix(200)), precisions: 12...17)
  }

  @Test func largeValuesInWholeDigits() {
    // Past 2⁵³ every Double is whole: its exact digits (a diverging LSTM's gradients
    // reach 1e27); between 2⁵² / 10⁴ and 2⁵³ the 128-bit path of %.4f.
    var generator = SeededGenerator(seed: 15, stream: 0)
    func uniform(_ low: Double, _ high: Double) -> Double {
      low + (high - low) * Double(generator.next() >> 11) * 0x1p-53
    }
    var values: [Double] = [.greatestFiniteMagnitude, 0x1p53, 0x1p52, 9_007_199_254_740_993, 1e22]
    for _ in 0..<1500 { values.append(uniform(-1, 1) * pow(10, uniform(10, 308))) }
    for _ in 0..<1500 { values.append(uniform(-1, 1) * pow(10, uniform(10, 17))) }
    for e in 10...308 {
      let p = pow(10.0, Double(e))
      values += [p, p.nextUp, p.nextDown, -p, 9.99995 * p, 5 * p, 1.00005 * p, 1.00015 * p]
    }
    for k in stride(from: 50, through: 1023, by: 7) {
      values += [0x1p0 * pow(2, Double(k)), pow(2, Double(k)).nextDown]
    }
    for k in 0..<2000 {  // ties and near ties at 4 decimals around 5e11
      values += [Double(k) * 0.03125 + 6e11, (Double(k) + 0.5) * 1e-4 + 5e11]
    }
    // Exact decimal ties past 2⁵³ at %.4e: (q + ½) · 10^s = (2q + 1) · 5^s · 2^(s−1),
    // whole and exact while (2q + 1) · 5^s < 2⁵³, for odd and even q and a carry.
    for q in [10_000, 10_001, 12_345, 12_346, 99_999] {
      for s in 11...16 where Double(2 * q + 1) * pow(5, Double(s)) < 0x1p53 {
        let tie = Double(2 * q + 1) * pow(5, Double(s)) * pow(2, Double(s - 1))
        values += [tie, tie.nextUp, tie.nextDown, -tie]
      }
    }
    expectSame(values, precisions: 0...6)
    expectSame(Array(values.prefix(600)), precisions: 12...15)
  }

  @Test func precisionFifteenNextToPowersOfTen() {
    // log10 rounds up to a power of ten there: 9.999999999999998e+15, not 1.0e+16.
    var values: [Double] = []
    for e in -20...22 {
      var v = pow(10.0, Double(e))
      for _ in 0..<6 {
        v = v.nextDown
        values += [v, -v]
      }
    }
    expectSame(values, precisions: 13...15)
  }
}
