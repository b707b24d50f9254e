import Foundation
import UnrollKit

/// How a REPL session prints: colour, heat strips, width, digits.
public struct ReplSettings: Sendable, Equatable {
  /// Colour and heat strips.
  public var style: Style
  /// The line width values wrap at.
  public var width: Int
  /// Digits after the point.
  public var precision: Int
  /// The language of `explain`'s texts, the deviation notes, `help` and the answer to an
  /// unknown command (the REPL's other words are English).
  public var language: Language

  /// Settings for a terminal (colour, strips) or a pipe (neither); width and digits.
  public init(
    isColoured: Bool = false, heat: HeatStrip = .off, width: Int = 80, precision: Int = 4,
    language: Language = .en
  ) {
    self.language = language
    self.style = Style(isColoured: isColoured, heat: heat)
    self.width = min(max(width, 40), 400)
    self.precision = min(max(precision, 0), ReplSession.maxPrecision)
  }

  /// The value format these settings give, `indent` columns narrower.
  func format(indent: Int = 0) -> ValueFormat {
    ValueFormat(precision: precision, width: max(width - indent, 30))
  }
}

/// `set`: the session's settings, and the backward pass recorded again.
extension ReplSession {
  /// `set precision N`, `set bptt MODE`, `set width N`, `set color on|off`, `set heat …`.
  mutating func set(_ args: [String]) -> Outcome {
    if args.isEmpty { return Outcome(text: settingsText) }
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
      if let close = Typo.typed.closest(to: what, among: names) {
        text += " Did you mean `\(close)`?"
      }
      return .error(text + " Settings: " + names.joined(separator: ", ") + ".")
    }
  }

  /// Every setting with its value and what else it takes, for a bare `set`.
  var settingsText: String {
    let modes = BPTT.allCases.map(\.rawValue).filter { mode in
      mode == "correct" || trace.model.kind.cell.notesBackward.absence == nil
    }
    let rows: [(String, String, String)] = [
      (
        "precision", "\(settings.precision)",
        "digits after the point, 0 … \(ReplSession.maxPrecision)"
      ),
      ("bptt", trace.bptt.rawValue, "the backward pass: " + modes.joined(separator: ", ")),
      ("width", "\(settings.width)", "columns lines wrap at, 40 … 400"),
      ("color", settings.style.isColoured ? "on" : "off", "on or off"),
      ("heat", settings.style.heat.rawValue, "heat strips: unicode, ascii or off"),
    ]
    let valueWidth = rows.map { $0.1.count }.max() ?? 0
    var lines = ["Settings (`set SETTING VALUE` changes one):"]
    for (name, value, what) in rows {
      let namePad = String(repeating: " ", count: 11 - name.count)
      let valuePad = String(repeating: " ", count: valueWidth - value.count + 2)
      lines.append("  " + name + namePad + value + valuePad + settings.style.dim(what))
    }
    return lines.joined(separator: "\n")
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
      var message = "There is no backward pass \(ReplCommands.quoted(text))."
      if let close = Typo.typed.closest(to: text, among: modes) {
        message += " Did you mean `\(close)`?"
      }
      return .error(message + " Modes: " + modes.joined(separator: ", ") + ".")
    }
    if mode.rawValue != "correct", let absence = trace.model.kind.cell.notesBackward.absence {
      return .error("\(absence.sentence): only `correct` applies to it.")
    }
    if mode == trace.bptt {
      let name = mode == .document ? "the notes'" : mode.rawValue
      return Outcome(text: "The backward pass is already \(name).")
    }
    let newTrace: Trace
    do {
      newTrace = try Trace(
        model: trace.model, bptt: mode, parameters: trace.parameters, example: trace.example,
        seed: trace.seed)
    } catch {
      return .error("Could not record the \(mode.label) pass: \(error)")
    }
    adopt(newTrace)
    rememberWatches()
    let note = settings.style.success(
      "Re-recorded with the \(mode.label) backward pass; "
        + "\(timeline.stops.count) stops.")
    return Outcome(text: note + "\n" + stopText(from: nil))
  }
}
