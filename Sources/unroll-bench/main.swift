// Times whole recordings, forward and correct BPTT, without writing them out.
// Run it through scripts/bench.sh, which builds it in release mode.
import Foundation
import UnrollKit

/// Peak resident memory of this process in MiB, from /proc (Linux); nil elsewhere.
func peakMemoryMiB() -> Double? {
  guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else {
    return nil
  }
  for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
    let kilobytes = line.split(separator: " ").compactMap { Double($0) }.first
    return kilobytes.map { $0 / 1024 }
  }
  return nil
}

let cases: [(String, ModelKind, Sizes, Int)] = [
  ("RNN defaults (1/32/10)", .rnn, .defaults(for: .rnn), 200),
  ("LSTM defaults (3/5/4)", .lstm, .defaults(for: .lstm), 200),
  ("LSTM input 3, hidden 256, 1000 steps", .lstm, Sizes(input: 3, hidden: 256, steps: 1000), 5),
]
print("case | runs | median | fastest | recorded values | peak RSS")
print("---|---|---|---|---|---")
for (label, kind, sizes, runs) in cases {
  let model = Model(kind, sizes: sizes)
  let parameters = model.initialParameters(seed: 0)
  let example = Example.random(sizes, seed: 0)
  var times: [Double] = []
  var recorded = 0
  for _ in 0..<runs {
    let start = ContinuousClock.now
    let trace = Trace(model: model, parameters: parameters, example: example, seed: 0)
    let elapsed = ContinuousClock.now - start
    times.append(Double(elapsed.components.attoseconds) / 1e18 + Double(elapsed.components.seconds))
    recorded = trace.records.reduce(0) { $0 + $1.value.count }
  }
  times.sort()
  func ms(_ s: Double) -> String { String(format: "%.3f ms", s * 1000) }
  let megabytes = String(format: "%.1f MiB", Double(recorded * 8) / 1_048_576)
  let rss = peakMemoryMiB().map { String(format: "%.1f MiB", $0) } ?? "n/a"
  print("\(label) | \(runs) | \(ms(times[runs / 2])) | \(ms(times[0])) | \(megabytes) | \(rss)")
}
