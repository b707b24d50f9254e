// Times every REPL command on a large recording: `scripts/bench-repl.sh` builds this in
// release and writes the figures to BENCHMARKS-REPL.md. Not part of the `unroll` tool.
import Foundation
import UnrollCLI
import UnrollKit

/// Milliseconds taken by `body`, and its result.
func time<T>(_ body: () -> T) -> (Double, T) {
  let start = DispatchTime.now().uptimeNanoseconds
  let result = body()
  return (Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6, result)
}

let arguments = CommandLine.arguments.dropFirst()
let hidden = arguments.first.flatMap { Int($0) } ?? 256
let steps = arguments.dropFirst().first.flatMap { Int($0) } ?? 1000
let sizes = Sizes(input: 3, hidden: hidden, steps: steps)
let model = Model(.lstm, sizes: sizes)
let (recordMs, made) = time {
  try? ReplSession(
    model: model, parameters: model.initialParameters(seed: 0),
    example: .random(sizes, seed: 0), seed: 0,
    settings: ReplSettings(isColoured: true, heat: .unicode, width: 100),
    writeFile: { _, _ in })
}
guard var session = made else {
  print("could not record the trace")
  exit(1)
}
let mid = steps / 2
let script = [
  "step", "step 5", "next", "next 10", "back", "back 3", "prev", "prev 5", "list", "where",
  "print h_t", "print C_t \(mid)", "print Wf", "shape concat", "explain", "watch h_t",
  "watch dWf", "goto forward \(mid)", "step", "next", "goto output", "continue",
  "goto backward \(mid)", "step", "step", "step", "step", "step", "step", "step",
  "print dWf", "print dWo", "print dbf", "back 7", "next", "prev", "break dconcat", "continue",
  "continue", "delete", "goto backward 2", "print dWi", "next", "goto end", "print dWC",
  "back", "goto backward \(steps - 1)", "print dWf", "step 20", "diff", "set precision 6",
  "step", "", "", "help", "help step", "stpe", "print nothing", "unwatch all",
  "goto start", "continue", "continue", "goto backward 1", "export bench.md",
]
print("| command | ms |")
print("|---|---:|")
var worst = 0.0
for line in script {
  let (ms, reply) = time { session.handle(line) }
  if !line.hasPrefix("export") { worst = max(worst, ms) }  // export writes every record
  let shown = line.isEmpty ? "(empty: repeat)" : line
  print("| `\(shown)` | \(String(format: "%.2f", ms)) |")
  if reply.text.isEmpty && !line.isEmpty && line != "delete" { print("<!-- empty reply -->") }
}
print("")
print(
  "LSTM input 3, hidden \(hidden), steps \(steps): recording and indexing "
    + String(format: "%.0f ms", recordMs) + "; slowest command other than export "
    + String(format: "%.2f ms", worst) + " over \(script.count) commands.")
