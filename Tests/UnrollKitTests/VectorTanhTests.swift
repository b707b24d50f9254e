import Foundation
import Testing
import UnrollVector

@testable import UnrollKit

/// `VectorTanh` and `Activation.tanh(n, x, y)` against Foundation's `tanh` (glibc's),
/// bit for bit, on millions of values: uniform over every range tanh treats apart,
/// logarithmic down to the tiny, any bits at all, and each branch edge's neighbours.
@Suite struct VectorTanhTests {
  static func values() -> [Double] {
    var generator = SeededGenerator(seed: 15, stream: 0)
    func uniform(_ low: Double, _ high: Double) -> Double {
      low + (high - low) * Double(generator.next() >> 11) * 0x1p-53
    }
    var values = Activation.tanhCheckValues
    for _ in 0..<1_000_000 { values.append(uniform(-25, 25)) }
    for _ in 0..<1_000_000 { values.append(uniform(-1.2, 1.2)) }  // training's pre-activations
    for _ in 0..<500_000 { values.append(uniform(-1, 1) * pow(10, uniform(-20, 1.4))) }
    for _ in 0..<200_000 { values.append(Double(bitPattern: generator.next())) }
    values += [.leastNonzeroMagnitude, .leastNormalMagnitude, .greatestFiniteMagnitude, -.pi]
    return values
  }

  /// The first few values where `f` differs from Foundation's tanh in any bit.
  static func mismatches(
    _ values: [Double], _ f: (Int, UnsafePointer<Double>, UnsafeMutablePointer<Double>) -> Void
  ) -> [String] {
    var found = [Double](repeating: 0, count: values.count)
    values.withUnsafeBufferPointer { x in
      found.withUnsafeMutableBufferPointer { y in
        if let x = x.baseAddress, let y = y.baseAddress { f(values.count, x, y) }
      }
    }
    var wrong: [String] = []
    for (x, y) in zip(values, found) where Foundation.tanh(x).bitPattern != y.bitPattern {
      guard wrong.count < 10 else { break }
      wrong.append("tanh(\(x)) = \(Foundation.tanh(x)), found \(y)")
    }
    return wrong
  }

  @Test func dispatchEqualsGlibcBitForBit() {
    let values = Self.values()
    #expect(values.count > 2_700_000)
    #expect(Self.mismatches(values) { Activation.tanh($0, $1, $2) }.isEmpty)
  }

  @Test(.enabled(if: CPUFeatures.hasFMAAndAVX2, "needs FMA and AVX2 (else the scalar tanh)"))
  func vectorEqualsGlibcBitForBitOnAProcessorWithFMA() {
    #expect(Activation.vectorTanhIsExact, "the check at start found a difference")
    #expect(Self.mismatches(Self.values()) { VectorTanh.tanh($0, $1, $2) }.isEmpty)
    // In place, and lengths that leave 1, 2 or 3 for the scalar tail.
    for n in [1, 2, 3, 5, 6, 7, 33] {
      var x = (0..<n).map { Double($0) * 0.37 - 1.1 }
      let expected = x.map { Foundation.tanh($0).bitPattern }
      x.withUnsafeMutableBufferPointer { b in
        if let p = b.baseAddress { VectorTanh.tanh(n, p, p) }
      }
      #expect(x.map(\.bitPattern) == expected)
    }
  }
}
