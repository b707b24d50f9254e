import UnrollKit

/// What Tab completes at the prompt: commands, the names valid at this stop, settings.
extension ReplSession {
  /// The settings `set` takes, in the order its message lists them.
  static let settingNames = ["precision", "bptt", "width", "color", "heat"]

  /// The words that can stand where the last word of `before` (the text left of the
  /// cursor) is: a command first; then what that command takes.
  ///
  /// The editor keeps those that start with the word typed so far.
  func completions(before: String) -> [String] {
    var words = before.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
    let isNewWord = before.last.map { $0 == " " || $0 == "\t" } ?? true
    if !isNewWord { words.removeLast() }
    guard let first = words.first else { return ReplCommands.all.map(\.name) }
    guard let command = ReplCommands.find(first.lowercased()) else { return [] }
    let arguments = Array(words.dropFirst())
    switch command.name {
    case "help": return arguments.isEmpty ? ReplCommands.all.map(\.name) : []
    case "print", "shape", "watch", "diff", "norms":
      return arguments.isEmpty ? namesHere() : []
    case "unwatch": return arguments.isEmpty ? watches + ["all"] : []
    case "names": return arguments.isEmpty && first.lowercased() == "info" ? ["locals"] : []
    case "break":
      return arguments.isEmpty ? index.names + Phase.allCases.map(\.rawValue) : []
    case "goto":
      return arguments.isEmpty ? Phase.allCases.map(\.rawValue) + ["start", "end"] : []
    case "set": return settingValues(arguments)
    default: return []
    }
  }

  /// The names `print` finds a value for at this stop: the same sets `availableNames()`
  /// lists (records so far, parameters, gradients, inputs) and the notes' spellings of them.
  func namesHere() -> [String] {
    let recorded = index.names.filter { index.latest($0, visible: visible) != nil }
    let parameters = trace.parameters.names
    let known = Set(recorded + parameters)
    let aliases = RecordNames.typed.filter { known.contains($0.value) }.map(\.key)
    let previous = RecordNames.previousStep.filter { recorded.contains($0.value) }
      .map(\.key).filter { !$0.contains("{") }
    let sums = preActivations.filter { recorded.contains($0.inside) }.map(\.name)
    return recorded + sums + parameters + parameters.map { "d" + $0 } + ["x", "x_t", "y", "hs"]
      + aliases.sorted() + previous.sorted()
  }

  /// What `set` takes after `arguments`: a setting, then its values.
  private func settingValues(_ arguments: [String]) -> [String] {
    switch arguments.count {
    case 0: return ReplSession.settingNames
    case 1:
      switch arguments[0].lowercased() {
      case "bptt": return BPTT.allCases.map(\.rawValue)
      case "heat": return HeatStrip.allCases.map(\.rawValue)
      case "color", "colour": return ["on", "off"]
      default: return []
      }
    default: return []
    }
  }
}
