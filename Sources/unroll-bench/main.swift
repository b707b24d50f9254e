// Times the notes' training loop (1000 samples × 10 epochs, hidden 32, 10 steps, SGD
// lr 0.01) through the interpreter, for scripts/bench-train.sh. Prints each epoch and
// `swift_seconds S` per BPTT mode. Not part of the product: `unroll train` is.
import Foundation
import UnrollKit

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
exit(failed ? 1 : 0)
