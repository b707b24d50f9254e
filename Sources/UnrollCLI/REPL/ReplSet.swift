import Foundation
import UnrollKit

/// Settings and the session: set, export.
extension ReplSession {
  /// `set precision N`, `set bptt MODE`, `set width N`, `set color on|off`, `set heat …`.
  mutating func set(_ args: [String]) -> Outcome {
    guard let what = args.first?.lowercased(), args.count == 2 else {
      return .error(
        "`set` takes a setting and a value: `set precision 6`, `set bptt correct`, "
          + "`set width 100`, `set color off`, `set heat ascii`.")
    }
    let value = args[1]
    switch what {
    case "precision":
      guard let n = ReplSession.number(value, in: 0...ReplSession.maxPrecision) else {
        return .error(
          "expected a precision from 0 to \(ReplSession.maxPrecision) digits, got "
            + "\(ReplCommands.quoted(value)).")
      }
      settings.precision = n
      rememberWatches()
      return Outcome(text: "Values now show \(n) digits after the point.")
    case "width":
      guard let n = ReplSession.number(value, in: 40...400) else {
        return .error("expected a width from 40 to 400 columns, got \(ReplCommands.quoted(value)).")
      }
      settings.width = n
      return Outcome(text: "Lines now wrap at \(n) columns.")
    case "color", "colour":
      guard let on = ReplSession.onOff(value) else {
        return .error("expected on or off, got \(ReplCommands.quoted(value)).")
      }
      settings.style.isColoured = on
      return Outcome(text: "Colour \(on ? "on" : "off").")
    case "heat":
      guard let heat = HeatStrip(rawValue: value.lowercased()) else {
        return .error("expected unicode, ascii or off, got \(ReplCommands.quoted(value)).")
      }
      settings.style.heat = heat
      return Outcome(text: "Heat strips: \(heat.rawValue).")
    case "bptt":
      return setBPTT(value)
    default:
      var text = "There is no setting \(ReplCommands.quoted(what))."
      let names = ["precision", "bptt", "width", "color", "heat"]
      if let close = EditDistance.closest(to: what, in: names) {
        text += " Did you mean `\(close)`?"
      }
      return .error(text + " Settings: " + names.joined(separator: ", ") + ".")
    }
  }

  /// A whole number in `range`, or nil.
  static func number(_ text: String, in range: ClosedRange<Int>) -> Int? {
    guard !text.isEmpty, text.count <= 9, text.allSatisfy({ $0.isASCII && $0.isNumber }),
      let n = Int(text), range.contains(n)
    else { return nil }
    return n
  }

  static func onOff(_ text: String) -> Bool? {
    switch text.lowercased() {
    case "on", "yes", "true", "1": return true
    case "off", "no", "false", "0": return false
    default: return nil
    }
  }

  /// `set bptt MODE`: re-records and keeps the position.
  mutating func setBPTT(_ text: String) -> Outcome {
    let modes = BPTT.allCases.map(\.rawValue)
    guard let mode = BPTT(rawValue: text.lowercased()) else {
      var message = "There is no backward pass \(ReplCommands.quoted(text)) in this build."
      if let close = EditDistance.closest(to: text, in: modes) {
        message += " Did you mean `\(close)`?"
      }
      return .error(message + " Modes: " + modes.joined(separator: ", ") + ".")
    }
    if mode.rawValue != "correct" {
      switch trace.model.kind {
      case .rnn: break
      case .lstm:
        return .error(
          "The documents give the LSTM no backward pass: only `correct` applies to it.")
      case .gru:
        return .error("The documents have no GRU: only `correct` applies to it.")
      }
    }
    if mode == trace.bptt { return Outcome(text: "The backward pass is already \(mode.rawValue).") }
    let newTrace: Trace
    do {
      newTrace = try Trace(
        model: trace.model, bptt: mode, parameters: trace.parameters, example: trace.example,
        seed: trace.seed)
    } catch {
      return .error("Could not record the \(mode.rawValue) pass: \(error)")
    }
    adopt(newTrace)
    rememberWatches()
    let note = settings.style.success(
      "Re-recorded with the \(mode.rawValue) backward pass; "
        + "\(timeline.stops.count) stops.")
    return Outcome(text: note + "\n" + stopText(from: nil))
  }

  /// `export FILE.md`.
  func export(_ args: [String]) -> Outcome {
    guard let path = args.first, args.count == 1 else {
      return .error("`export` takes one file name, e.g. `export trace.md`.")
    }
    guard path.lowercased().hasSuffix(".md"), path.count > 3 else {
      return .error("`export` writes Markdown: name the file with .md, e.g. `export trace.md`.")
    }
    // The same document as `unroll trace --format md`, with this stop marked when it
    // is a recorded value (an accumulation `dW += …` is not a row of the document).
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
    let folder = (path as NSString).deletingLastPathComponent  // "" beside the working folder
    let stem = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    let sizes = trace.model.sizes
    let command =
      "unroll repl --model \(trace.model.kind.rawValue) --input-size \(sizes.input) "
      + "--hidden-size \(sizes.hidden) --steps \(sizes.steps)"
      + (trace.seed.map { " --seed \($0)" } ?? "")
      + " --bptt \(trace.bptt.rawValue), then export \(path)"
    let document = trace.markdown(
      command: command, pictureStem: stem, position: marker,
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
      text: "Wrote \(trace.records.count) records to \(path), \(markNote), and "
        + "\(document.pictures.count) pictures beside it.")
  }
}
