import UnrollKit

/// What the session answers to one line: text to show, and whether to stop.
public struct ReplReply: Sendable, Equatable {
  /// The text, without a final newline; may be empty.
  public var text: String
  /// Whether the session has ended (`quit`).
  public var isQuit: Bool
  /// Whether the line was refused (an unknown command, a name with no value here); a
  /// lesson's `repl` block that gets one fails `unroll lessons --check`.
  public var isError: Bool

  /// A reply of `text`, ending the session when `isQuit`, a refusal when `isError`.
  public init(_ text: String, isQuit: Bool = false, isError: Bool = false) {
    self.text = text
    self.isQuit = isQuit
    self.isError = isError
  }
}

/// A debugger over one recording of a forward and a backward pass.
///
/// Holds the position, the breakpoints and the watches, and answers one line of input at
/// a time with text. It does no I/O: `run` takes the line reader and the writer.
public struct ReplSession {
  /// The recording the session walks.
  public internal(set) var trace: Trace
  /// The index of the current stop.
  public internal(set) var position = 0
  /// Printing settings.
  public internal(set) var settings: ReplSettings
  /// The weights file the recording was read from, for the command `export` reproduces it
  /// with; nil when the weights were drawn from a seed.
  public var weightsPath: String?
  /// `--forget-bias B` when the drawn weights' bf was set, for the same command.
  public var forgetBias: Double?

  var timeline: Timeline
  var index: RecordIndex
  var partials: PartialGradients
  var breakpoints: [Breakpoint] = []
  var nextBreakpointID = 1
  var watches: [String] = []
  /// Each watch's value as last shown, to mark what changed at the next stop.
  var watchShown: [String: Matrix] = [:]
  var lastCommand: String?
  /// The other backward pass for `diff`, recorded on first use.
  var comparison: OtherPass?
  /// What `export` calls to write its files: all or none, replacing only when forced.
  let writeFile: (_ export: Export, _ force: Bool) throws -> Void

  /// The largest precision `set precision` accepts.
  public static let maxPrecision = 12
  /// The longest input line read; longer lines are refused, not parsed.
  public static let maxLineLength = 1000

  /// Records `model` with `bptt` on `example` and starts at the first operation.
  ///
  /// `writeFile(export, force)` is what `export` calls; it must write the whole set or
  /// nothing and replace a file only when forced, as `Export.write(force:)` does. Throws
  /// what `Trace.init` throws (with the documents' passes: a mode the model lacks).
  public init(
    model: Model, bptt: BPTT = .correct, parameters: Parameters, example: Example,
    seed: UInt64? = nil, settings: ReplSettings = ReplSettings(),
    writeFile: @escaping (_ export: Export, _ force: Bool) throws -> Void
  ) throws {
    // Throws for the documents' passes of a cell whose notes give none.
    let trace = try Trace(
      model: model, bptt: bptt, parameters: parameters, example: example, seed: seed)
    self.init(trace: trace, settings: settings, writeFile: writeFile)
  }

  /// A session over an existing trace, at its first operation.
  public init(
    trace: Trace, settings: ReplSettings = ReplSettings(),
    writeFile: @escaping (_ export: Export, _ force: Bool) throws -> Void
  ) {
    self.trace = trace
    self.settings = settings
    self.writeFile = writeFile
    let timeline = Timeline(trace: trace)
    self.timeline = timeline
    self.index = RecordIndex(trace.records)
    self.partials = PartialGradients(trace: trace, timeline: timeline)
  }

  /// Replaces the recording, keeping the position at the same operation where it exists.
  mutating func adopt(_ newTrace: Trace) {
    let old = timeline.stop(position).map { (timeline.group(of: $0), timeline.line(of: $0)) }
    trace = newTrace
    timeline = Timeline(trace: newTrace)
    index = RecordIndex(newTrace.records)
    partials = PartialGradients(trace: newTrace, timeline: timeline)
    comparison = nil
    let last = max(timeline.stops.count - 1, 0)
    guard let (group, line) = old else {
      position = min(position, last)
      return
    }
    if let g = timeline.groupIndex(phase: group.phase, t: group.t) {
      let target = timeline.groups[g]
      let k = target.lines.firstIndex { $0.name == line.name } ?? 0
      position = min(target.firstStop + k, target.lastStop)
    } else {
      position = min(position, last)
    }
  }

  /// What to show first: what this is, how to move, and the first stop.
  public var welcome: String {
    let s = settings.style
    let kind = trace.model.kind.rawValue.uppercased()
    var lines = [
      s.bold("Unroll REPL") + " · \(kind) (\(trace.model.sizes)) · BPTT \(trace.bptt.rawValue)"
        + (trace.seed.map { " · seed \($0)" } ?? ""),
      ReplCommands.wrap(
        Catalogue.text(
          "repl.welcome", in: settings.language,
          [
            "objective": trace.model.objective == .notes ? "" : " (\(trace.model.objective))",
            "count": "\(timeline.stops.count)", "overview": overview,
          ]), width: min(settings.width, 100)),
    ]
    if let failure = trace.recording.failure {
      lines.append(
        s.warning(
          Catalogue.text(
            "repl.stopsEarly", in: settings.language, ["name": failure.operation.name])))
    }
    lines.append("")
    lines.append(stopText(from: nil))
    return lines.joined(separator: "\n")
  }

  /// The phases and timesteps the recording covers: `forward t = 1 … 4, output, backward`.
  var overview: String {
    var parts: [String] = []
    for phase in Phase.allCases {
      let ts = timeline.groups.filter { $0.phase == phase }.compactMap(\.t)
      guard timeline.groups.contains(where: { $0.phase == phase }) else { continue }
      if let first = ts.first, let last = ts.last {
        parts.append("\(phase.rawValue) t = \(first) … \(last)")
      } else {
        parts.append(phase.rawValue)
      }
    }
    return parts.joined(separator: ", ")
  }

  /// Answers one line of input.
  public mutating func handle(_ line: String) -> ReplReply {
    guard line.count <= ReplSession.maxLineLength else {
      return ReplReply(
        "That line is \(line.count) characters long; the limit is "
          + "\(ReplSession.maxLineLength). Type `help` for the commands.", isError: true)
    }
    let trimmed = line.trimmingWhitespace
    if trimmed.isEmpty {
      guard let last = lastCommand else { return ReplReply("") }
      return run(last, remember: false)
    }
    return run(trimmed, remember: true)
  }

  private mutating func run(_ line: String, remember: Bool) -> ReplReply {
    let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
    guard let word = words.first else { return ReplReply("") }
    guard let command = ReplCommands.find(word.lowercased()) else {
      return ReplReply(
        ReplCommands.unknown(word, style: settings.style, language: settings.language),
        isError: true)
    }
    let outcome = command.run(&self, Array(words.dropFirst()))
    if remember, !outcome.isError, command.repeats { lastCommand = line }
    return ReplReply(
      ReplSession.wrapMessages(outcome.text, width: settings.width),
      isQuit: outcome.isQuit, isError: outcome.isError)
  }

  /// `text` with its message lines (those not indented) wrapped at `width`; the stop
  /// displays, indented and laid out already, are left as they are.
  static func wrapMessages(_ text: String, width: Int) -> String {
    return text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      line.count > width && !line.hasPrefix(" ") && !line.hasPrefix("\u{1B}")
        && !line.hasPrefix("──")
        ? ReplCommands.wrap(String(line), width: width) : String(line)
    }.joined(separator: "\n")
  }

  /// What Ctrl-C at an empty prompt says.
  public static let quitHint = "(To quit, type quit or press Ctrl-D.)"

  /// Runs a session until `quit` or the end of input, after showing the welcome.
  ///
  /// `read(prompt, complete)` reads a line (`LineInput.read`); `complete` gives Tab the
  /// words valid at the stop the session is at. A cancelled line (Ctrl-C) is dropped, and
  /// at an empty prompt `quitHint` says how to leave.
  public static func run(
    session: ReplSession,
    read: (_ prompt: String, _ complete: @escaping LineInput.Completer) -> LineRead,
    write: (String) -> Void, prompt: String = "(unroll) "
  ) {
    var session = session
    write(session.welcome + "\n")
    while true {
      let here = session
      switch read(prompt, { here.completions(before: $0) }) {
      case .end: return
      case .cancelled(let text):
        if text.trimmingWhitespace.isEmpty { write(quitHint + "\n") }
      case .line(let line):
        let reply = session.handle(line)
        if !reply.text.isEmpty { write(reply.text + "\n") }
        if reply.isQuit { return }
      }
    }
  }
}

/// The other backward pass `diff` compares with, as a session of its own so that its
/// values are looked up "as of this point" the same way.
final class OtherPass {
  /// Its mode.
  let mode: BPTT
  /// A session over its recording; only its position changes.
  var session: ReplSession

  /// The comparison with `session`, recorded in `mode`.
  init(mode: BPTT, session: ReplSession) {
    self.mode = mode
    self.session = session
  }
}

/// What one command produced.
struct Outcome {
  /// The text to show.
  var text: String
  /// Whether the input was refused (an error is not repeated by an empty line).
  var isError = false
  /// Whether the session ends.
  var isQuit = false

  /// A refusal with its message.
  static func error(_ text: String) -> Outcome { Outcome(text: text, isError: true) }
}

extension String {
  /// The string without leading and trailing spaces, tabs and line ends.
  var trimmingWhitespace: String {
    let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" }
    guard let start = firstIndex(where: { !isSpace($0) }),
      let end = lastIndex(where: { !isSpace($0) })
    else { return "" }
    return String(self[start...end])
  }
}
