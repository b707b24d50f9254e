import Foundation
import UnrollKit

/// `export FILE.md [--force]`: the trace as a Markdown document and its pictures.
extension ReplSession {
  /// Writes the document `unroll trace --format md -o FILE.md` writes, with each
  /// accumulation `dW += …` a row of its own (the gradient summed so far) and this stop
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
    let (rows, stopOfRow) = accumulationRows()
    let (marker, markNote) = exportMarker()
    let partials = self.partials
    let document = trace.markdown(
      command: reproducingCommand(then: "export \(path)"),
      pictureStem: Export.pictureStem(of: path), position: marker,
      format: ValueFormat(precision: settings.precision), accumulations: rows,
      sumSoFar: { index in
        guard stopOfRow.indices.contains(index) else { return nil }
        let (stop, parameter) = stopOfRow[index]
        return (try? partials.sum(parameter, at: stop)) ?? nil
      })
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
    let sums = rows.isEmpty ? "" : " and \(rows.count) gradient sums"
    return Outcome(
      text: "Wrote \(trace.records.count) records\(sums) to \(path), \(markNote), and "
        + "\(document.pictures.count) pictures beside it.")
  }

  /// Every accumulation that ran, as a row, with its stop and the parameter it adds into.
  private func accumulationRows() -> ([AccumulationRow], [(stop: Int, parameter: String)]) {
    var rows: [AccumulationRow] = []
    var stopOfRow: [(stop: Int, parameter: String)] = []
    for (index, stop) in timeline.stops.enumerated() where !stop.isFailure {
      let line = timeline.line(of: stop)
      guard let parameter = line.parameter, let shape = trace.parameters[parameter]?.shape
      else { continue }
      let group = timeline.group(of: stop)
      rows.append(
        AccumulationRow(
          phase: group.phase, t: group.t, recordsBefore: stop.visible, name: line.name,
          formula: line.formula, line: line.line, deviation: line.deviation, shape: shape,
          caption: timeline.accumulations[parameter, default: []].count > 1
            ? "sum so far" : "the whole gradient"))
      stopOfRow.append((index, parameter))
    }
    return (rows, stopOfRow)
  }

  /// The row this stop is, and the words that say so: a record, an accumulation's sum so
  /// far, or the line that stopped the pass.
  private func exportMarker() -> (TracePosition?, String) {
    guard let stop = timeline.stop(position) else { return (nil, "nothing marked") }
    let group = timeline.group(of: stop)
    let line = timeline.line(of: stop)
    let marker = TracePosition(phase: group.phase, t: group.t, name: line.name)
    if stop.isFailure {
      return (marker, "this stop (`\(line.name)`, where the pass stopped) marked")
    }
    if line.parameter != nil {
      return (marker, "this stop (`\(line.name)`, a gradient's sum) marked")
    }
    return (stop.record == nil ? nil : marker, "this stop marked")
  }

  /// The command that records this session again (the weights file, or every size and the
  /// seed), then `then`.
  func reproducingCommand(then next: String) -> String {
    var words = ["unroll", "repl", "--model", trace.model.kind.rawValue]
    let sizes = trace.model.sizes
    if let weightsPath {
      words += ["--weights", MarkdownCell.shellWord(weightsPath)]
      // A file without an example had one drawn: its steps and seed.
      if let seed = trace.seed { words += ["--steps", "\(sizes.steps)", "--seed", "\(seed)"] }
    } else {
      words += [
        "--input-size", "\(sizes.input)", "--hidden-size", "\(sizes.hidden)",
        "--steps", "\(sizes.steps)",
      ]
      if let seed = trace.seed { words += ["--seed", "\(seed)"] }
      if let forgetBias { words += ["--forget-bias", "\(forgetBias)"] }
    }
    words += ["--bptt", trace.bptt.rawValue] + trace.model.objective.flags
    return words.joined(separator: " ") + ", then \(next)"
  }
}
