import Foundation
import UnrollKit

/// The session written out: export.
extension ReplSession {
  /// `export FILE.md`.
  func export(_ args: [String]) -> Outcome {
    guard let path = args.first, args.count == 1 else {
      return .error("`export` takes one file name, e.g. `export trace.md`.")
    }
    guard path.lowercased().hasSuffix(".md"), path.count > 3 else {
      return .error("`export` writes Markdown: name the file with .md, e.g. `export trace.md`.")
    }
    // The same document as `unroll trace --format md`, with this stop marked.
    var marker: TracePosition?
    if let stop = timeline.stop(position) {
      let group = timeline.group(of: stop)
      let line = timeline.line(of: stop)
      marker = TracePosition(phase: group.phase, t: group.t, name: line.name)
    }
    let folder = (path as NSString).deletingLastPathComponent  // "" beside the working folder
    let stem = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    let document = trace.markdown(
      command: "unroll repl, then export \(path)", pictureStem: stem, position: marker,
      format: ValueFormat(precision: settings.precision))
    do {
      for picture in document.pictures {
        try writeFile((folder as NSString).appendingPathComponent(picture.fileName), picture.svg)
      }
      try writeFile(path, document.markdown)
    } catch {
      return .error("Could not write \(path): \(error.localizedDescription)")
    }
    return Outcome(
      text: "Wrote \(trace.records.count) records to \(path), this stop marked, and "
        + "\(document.pictures.count) pictures beside it.")
  }
}
