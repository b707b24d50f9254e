// The arithmetic floor of the notes' training loop on this machine: the same
// multiply-adds and tanh calls as 1000 samples × 10 epochs × 10 steps at hidden 32,
// in plain loops with no interpreter, no records and no allocation. Whatever the
// engine does, it cannot be faster than this. Run by scripts/bench-train.sh:
//   swiftc -O scripts/bench-floor.swift -o /tmp/bench-floor && /tmp/bench-floor
import Foundation

let n = 32
let steps = 100_000  // 10 000 sample-passes × 10 timesteps
var generator = SystemRandomNumberGenerator()
let W = (0..<n * n).map { _ in Double.random(in: -0.2...0.2, using: &generator) }
var h = (0..<n).map { _ in Double.random(in: -1...1, using: &generator) }
var d = [Double](repeating: 0, count: n)
var G = [Double](repeating: 0, count: n * n)
var next = [Double](repeating: 0, count: n)
var back = [Double](repeating: 0, count: n)

let start = Date()
for _ in 0..<steps {
  W.withUnsafeBufferPointer { w in
    h.withUnsafeMutableBufferPointer { h in
      d.withUnsafeMutableBufferPointer { d in
        G.withUnsafeMutableBufferPointer { g in
          next.withUnsafeMutableBufferPointer { next in
          back.withUnsafeMutableBufferPointer { back in
          // forward: h = tanh(W · h), four running sums per row
          for i in 0..<n {
            var s = SIMD4<Double>()
            var k = 0
            while k < n {
              let a = SIMD4<Double>(w[i * n + k], w[i * n + k + 1], w[i * n + k + 2], w[i * n + k + 3])
              let b = SIMD4<Double>(h[k], h[k + 1], h[k + 2], h[k + 3])
              s += a * b
              k += 4
            }
            next[i] = tanh(s.sum())
          }
          for i in 0..<n { h[i] = next[i] }
          // backward: d = Wᵀ · d (into a fresh column), G += d · hᵀ
          for i in 0..<n { back[i] = 0 }
          for k in 0..<n {
            let b = d[k] + 1e-3
            for i in 0..<n { back[i] += w[k * n + i] * b }
          }
          for i in 0..<n { d[i] = back[i] * 0.5 }
          for i in 0..<n {
            let a = d[i]
            for j in 0..<n { g[i * n + j] += a * h[j] }
          }
          }
          }
        }
      }
    }
  }
}
let seconds = Date().timeIntervalSince(start)
print(String(format: "floor_seconds %.3f", seconds), G[0] + h[0])
