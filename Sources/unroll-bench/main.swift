// Benchmarks, not part of the product. Run through the scripts, which build release:
//   unroll-bench trace   whole recordings, forward + correct BPTT (scripts/bench.sh)
//   unroll-bench train   the notes' training loop (scripts/bench-train.sh); prints each
//                        epoch and `swift_seconds S` per BPTT mode
import Foundation
import UnrollKit

/// Times whole recordings without writing them out.
func benchmarkTrace() {
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
    ("GRU defaults (3/5/4)", .gru, .defaults(for: .gru), 200),
    ("GRU input 3, hidden 256, 1000 steps", .gru, Sizes(input: 3, hidden: 256, steps: 1000), 5),
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
      guard let trace = try? Trace(model: model, parameters: parameters, example: example, seed: 0)
      else { return }
      let elapsed = ContinuousClock.now - start
      times.append(
        Double(elapsed.components.attoseconds) / 1e18 + Double(elapsed.components.seconds))
      recorded = trace.records.reduce(0) { $0 + $1.value.count }
    }
    times.sort()
    func ms(_ s: Double) -> String { String(format: "%.3f ms", s * 1000) }
    let megabytes = String(format: "%.1f MiB", Double(recorded * 8) / 1_048_576)
    let rss = peakMemoryMiB().map { String(format: "%.1f MiB", $0) } ?? "n/a"
    print("\(label) | \(runs) | \(ms(times[runs / 2])) | \(ms(times[0])) | \(megabytes) | \(rss)")
  }
}

/// Times the notes' training loop through the interpreter; false when a mode failed.
func benchmarkTrain() -> Bool {
  let model = Model(.rnn, sizes: Sizes.defaults(for: .rnn))
  let seed: UInt64 = 0
  var failed = false
  for bptt in [BPTT.document, .correct] {
    let start = Date()
    do {
      let result = try Training.run(
        model, samples: 1000, seed: seed, options: TrainingOptions(bptt: bptt))
      let seconds = Date().timeIntervalSince(start)
      print("\(bptt.rawValue):")
      for e in result.epochs {
        print(
          String(format: "  Epoch [%d/10], Avg Loss: %.4f, acc %.3f", e.epoch, e.loss, e.accuracy))
      }
      print(String(format: "swift_seconds_%@ %.3f", bptt.rawValue, seconds))
    } catch {
      print("\(bptt.rawValue): \(error)")
      failed = true
    }
  }
  return !failed
}

switch CommandLine.arguments.dropFirst().first {
case "trace": benchmarkTrace()
case "train": exit(benchmarkTrain() ? 0 : 1)
default:
  print("usage: unroll-bench trace|train")
  exit(2)
}
