import Testing
import UnrollKernels
import UnrollKernelsAVX2

@testable import UnrollKit

/// The kernels in four-lane vectors against the order they have always summed in (four
/// running sums met as `(s0 + s2) + (s1 + s3)`, then the remainder left to right), and
/// the AVX2 build of the same file against the baseline, bit for bit.
@Suite struct KernelsTests {
  /// Values of many magnitudes and both signs, so that any change of order shows.
  func values(_ count: Int, seed: UInt64) -> [Double] {
    var generator = SeededGenerator(seed: seed, stream: 1)
    return (0..<count).map { _ in
      let mantissa = Double.random(in: -1...1, using: &generator)
      return mantissa
        * Double(
          sign: .plus, exponent: Int.random(in: -30...30, using: &generator),
          significand: 1)
    }
  }

  /// `Σ a[k]·b[k]` in the interpreter's lane order, written out one entry at a time.
  func referenceDot(_ a: ArraySlice<Double>, _ b: ArraySlice<Double>) -> Double {
    let (a, b) = (Array(a), Array(b))
    var lanes = [0.0, 0.0, 0.0, 0.0]
    var k = 0
    while k + 4 <= a.count {
      for lane in 0..<4 { lanes[lane] += a[k + lane] * b[k + lane] }
      k += 4
    }
    var sum = (lanes[0] + lanes[2]) + (lanes[1] + lanes[3])
    while k < a.count {
      sum += a[k] * b[k]
      k += 1
    }
    return sum
  }

  @Test func dotAndDot4KeepTheLaneOrderInBothBuilds() {
    for n in [0, 1, 3, 4, 7, 8, 13, 32, 259] {
      let a = values(4 * n, seed: UInt64(n))
      let b = values(n, seed: UInt64(n) + 100)
      let expected = (0..<4).map { row in
        referenceDot(a[(row * n)..<(row * n + n)], b[...]).bitPattern
      }
      a.withUnsafeBufferPointer { bufferA in
        b.withUnsafeBufferPointer { bufferB in
          guard let pa = bufferA.baseAddress, let pb = bufferB.baseAddress else { return }
          let base = UnrollKernels.Kernels.dot4(n, pa, stride: n, pb)
          for row in 0..<4 {
            #expect(UnrollKernels.Kernels.dot(n, pa + row * n, pb).bitPattern == expected[row])
            #expect(base[row].bitPattern == expected[row], "n \(n) row \(row)")
          }
          guard CPUFeatures.hasAVX2 else { return }
          let wide = UnrollKernelsAVX2.Kernels.dot4(n, pa, stride: n, pb)
          for row in 0..<4 {
            #expect(wide[row].bitPattern == base[row].bitPattern, "n \(n) row \(row)")
            #expect(
              UnrollKernelsAVX2.Kernels.dot(n, pa + row * n, pb).bitPattern
                == base[row].bitPattern)
          }
        }
      }
    }
  }

  @Test func axpyAndAxpy4AreTheirFormulaEntryByEntry() {
    for n in [1, 3, 4, 6, 13, 32] {
      let x = values(4 * n, seed: UInt64(n) + 7)
      let start = values(n, seed: UInt64(n) + 9)
      let scales = (0.75, -1.5e-3, 3.25, -2.0)
      var expected = start
      var expected4 = start
      for i in 0..<n {
        expected[i] += scales.0 * x[i]
        expected4[i] +=
          (scales.0 * x[i] + scales.1 * x[n + i])
          + (scales.2 * x[2 * n + i] + scales.3 * x[3 * n + i])
      }
      let builds: [(String, Bool)] = [("baseline", true), ("avx2", CPUFeatures.hasAVX2)]
      for (build, runs) in builds where runs {
        var y = start
        var y4 = start
        x.withUnsafeBufferPointer { x in
          y.withUnsafeMutableBufferPointer { y in
            y4.withUnsafeMutableBufferPointer { y4 in
              guard let px = x.baseAddress, let py = y.baseAddress, let py4 = y4.baseAddress
              else { return }
              if build == "baseline" {
                UnrollKernels.Kernels.axpy(n, scales.0, px, py)
                UnrollKernels.Kernels.axpy4(n, scales, px, stride: n, py4)
              } else {
                UnrollKernelsAVX2.Kernels.axpy(n, scales.0, px, py)
                UnrollKernelsAVX2.Kernels.axpy4(n, scales, px, stride: n, py4)
              }
            }
          }
        }
        #expect(y.map(\.bitPattern) == expected.map(\.bitPattern), "\(build) n \(n)")
        #expect(y4.map(\.bitPattern) == expected4.map(\.bitPattern), "\(build) n \(n)")
      }
    }
  }

  /// `axpyTerms` is its `k` axpys in order, zero scales skipped, forwards and with a
  /// negative stride, in both builds.
  @Test func axpyTermsIsItsAxpysInOrder() {
    for (n, k) in [(1, 10), (3, 4), (4, 1), (13, 7), (32, 10), (37, 3)] {
      let x = values(k * n, seed: UInt64(n * k))
      var scales = values(k, seed: UInt64(n + k))
      scales[k / 2] = 0
      let start = values(n, seed: 3)
      for xStride in [n, -n] {
        let first = xStride > 0 ? 0 : (k - 1) * n
        var expected = start
        for s in 0..<k where scales[s] != 0 {
          for j in 0..<n { expected[j] += scales[s] * x[first + s * xStride + j] }
        }
        let builds: [(String, Bool)] = [("baseline", true), ("avx2", CPUFeatures.hasAVX2)]
        for (build, runs) in builds where runs {
          var y = start
          x.withUnsafeBufferPointer { bufferX in
            scales.withUnsafeBufferPointer { bufferA in
              y.withUnsafeMutableBufferPointer { bufferY in
                guard let px = bufferX.baseAddress, let pa = bufferA.baseAddress,
                  let py = bufferY.baseAddress
                else { return }
                if build == "baseline" {
                  UnrollKernels.Kernels.axpyTerms(
                    n, k, pa, aStride: 1, px + first, xStride: xStride, py)
                } else {
                  UnrollKernelsAVX2.Kernels.axpyTerms(
                    n, k, pa, aStride: 1, px + first, xStride: xStride, py)
                }
              }
            }
          }
          #expect(y.map(\.bitPattern) == expected.map(\.bitPattern), "\(build) n \(n) k \(k)")
        }
      }
    }
  }

  /// `matrixColumn` is `dot` of each row, in both builds, with rows left over after fours.
  @Test func matrixColumnIsDotOfEachRow() {
    for (rows, n) in [(1, 5), (4, 32), (7, 3), (13, 131)] {
      let a = values(rows * n, seed: UInt64(rows))
      let b = values(n, seed: UInt64(n))
      var expected = [Double](repeating: 0, count: rows)
      var base = expected
      var wide = expected
      a.withUnsafeBufferPointer { bufferA in
        b.withUnsafeBufferPointer { bufferB in
          guard let pa = bufferA.baseAddress, let pb = bufferB.baseAddress else { return }
          for i in 0..<rows { expected[i] = UnrollKernels.Kernels.dot(n, pa + i * n, pb) }
          base.withUnsafeMutableBufferPointer { c in
            if let c = c.baseAddress {
              UnrollKernels.Kernels.matrixColumn(rows: rows, n, pa, pb, c)
            }
          }
          guard CPUFeatures.hasAVX2 else { return }
          wide.withUnsafeMutableBufferPointer { c in
            if let c = c.baseAddress {
              UnrollKernelsAVX2.Kernels.matrixColumn(rows: rows, n, pa, pb, c)
            }
          }
        }
      }
      #expect(base.map(\.bitPattern) == expected.map(\.bitPattern), "rows \(rows) n \(n)")
      if CPUFeatures.hasAVX2 {
        #expect(wide.map(\.bitPattern) == expected.map(\.bitPattern), "rows \(rows) n \(n)")
      }
    }
  }

  /// `transposedColumn` is `Matrix.transposedDot`'s old loop: zero, `axpy4` over each four
  /// rows, `axpy` over the rows left, in both builds.
  @Test func transposedColumnIsAxpy4ThenAxpy() {
    for (rows, cols) in [(3, 5), (4, 3), (7, 13), (32, 32), (131, 128), (9, 20)] {
      let w = values(rows * cols, seed: UInt64(rows + 2 * cols))
      let d = values(rows, seed: UInt64(rows))
      var expected = [Double](repeating: 0, count: cols)
      var base = expected
      var wide = expected
      w.withUnsafeBufferPointer { bufferW in
        d.withUnsafeBufferPointer { bufferD in
          guard let pw = bufferW.baseAddress, let pd = bufferD.baseAddress else { return }
          expected.withUnsafeMutableBufferPointer { c in
            guard let c = c.baseAddress else { return }
            var k = 0
            while k + 4 <= rows {
              let scales = (pd[k], pd[k + 1], pd[k + 2], pd[k + 3])
              UnrollKernels.Kernels.axpy4(cols, scales, pw + k * cols, stride: cols, c)
              k += 4
            }
            for k in k..<rows { UnrollKernels.Kernels.axpy(cols, pd[k], pw + k * cols, c) }
          }
          base.withUnsafeMutableBufferPointer { c in
            guard let c = c.baseAddress else { return }
            UnrollKernels.Kernels.transposedColumn(rows: rows, cols: cols, pw, pd, c)
          }
          guard CPUFeatures.hasAVX2 else { return }
          wide.withUnsafeMutableBufferPointer { c in
            guard let c = c.baseAddress else { return }
            UnrollKernelsAVX2.Kernels.transposedColumn(rows: rows, cols: cols, pw, pd, c)
          }
        }
      }
      #expect(base.map(\.bitPattern) == expected.map(\.bitPattern), "\(rows) x \(cols)")
      if CPUFeatures.hasAVX2 {
        #expect(wide.map(\.bitPattern) == expected.map(\.bitPattern), "\(rows) x \(cols)")
      }
    }
  }
}
