import Foundation
import UnrollKit

/// `export FILE.md [--force]`: the trace as a Markdown document and its pictures.
extension ReplSession {
  /// Writes the same document as `unroll trace --format md -o FILE.md`, with this stop
  /// marked, by the rule every command follows: the document and its pictures all or none,
  /// and a file that exists replaced only with `--force`.
  func export(_ args: [String]) -> Outcome {
    let force = args.contains("--force")
    let words = args.filter { $0 != "--force" }
    guard let path = words.first, words.count == 1 else {
      return .error(
        "`export` takes one file name, e.g. `export trace.md` (`export trace.md --force` "
          + "replaces it).")
    }
    guard path.lowercased().hasSuffix(".md"), path.count > 3 else {
      return .error("`export` writes Markdown: name the file with .md, e.g. `export trace.md`.")
    }
    // This stop is marked when it is a recorded value (an accumulation `dW += …` is not
    // a row of the document).
    var marker: TracePosition?
    var markNote = "this stop marked"
    if let stop = timeline.stop(position) {
      let group = timeline.group(of: stop)
      let line = timeline.line(of: stop)
      if stop.record != nil, line.parameter == nil {
        marker = TracePosition(phase: group.phase, t: group.t, name: line.name)
      } else {
        markNote =
          "nothing marked (this stop, `\(line.name)`, adds into a gradient and is not a row)"
      }
    }
    let sizes = trace.model.sizes
    let command =
      "unroll repl --model \(trace.model.kind.rawValue) --input-size \(sizes.input) "
      + "--hidden-size \(sizes.hidden) --steps \(sizes.steps)"
      + (trace.seed.map { " --seed \($0)" } ?? "")
      + " --bptt \(trace.bptt.rawValue)"
      + trace.model.objective.flags.map { " " + $0 }.joined() + ", then export \(path)"
    let document = trace.markdown(
      command: command, pictureStem: Export.pictureStem(of: path),
      position: marker, format: ValueFormat(precision: settings.precision))
    do {
      try writeFile(Export(markdown: document, at: path), force)
    } catch let error as FileError {
      if error.reason == FileIO.existsReason {
        return .error(
          "Nothing was written: \(error.path) exists; `export \(path) --force` replaces it.")
      }
      return .error("Nothing was written: cannot write \(error.path): \(error.reason).")
    } catch {
      return .error("Nothing was written to \(path): \(error).")
    }
    return Outcome(
      text: "Wrote \(trace.records.count) records to \(path), \(markNote), and "
        + "\(document.pictures.count) pictures beside it.")
  }
}
