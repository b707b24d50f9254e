import UnrollKit
import UnrollPython

/// One command of `unroll repl --backward`, in `ReplCommand`'s shape: names, help, action.
struct BackwardCommand: Sendable, HelpEntry {
  let name: String
  let aliases: [String]
  let group: ReplCommand.Group
  let usage: String
  let summary: String
  let details: String
  let repeats: Bool
  let run: @Sendable (inout BackwardSession, String) -> Outcome
}

/// The command table of a learner's-file session; `help` and the dispatcher read it.
enum BackwardCommands {
  static let all: [BackwardCommand] = [
    BackwardCommand(
      name: "step", aliases: ["s"], group: .moving, usage: "step [N]",
      summary: "run one line (or N), into calls",
      details: """
        Runs the line about to run, or N lines, going into the functions it calls, and \
        shows what the line assigned (each checked name on track or not) and the next line.
        """, repeats: true, run: { s, a in s.move(a, by: .line) }),
    BackwardCommand(
      name: "next", aliases: ["n"], group: .moving, usage: "next [N]",
      summary: "run to the next iteration (or N)",
      details: """
        Runs to the first line of the next iteration of the loop over the timesteps (the \
        outermost loop), or out of it; outside a loop, to the next line of this function, \
        over the calls it makes.
        """, repeats: true, run: { s, a in s.move(a, by: .iteration) }),
    BackwardCommand(
      name: "back", aliases: ["rs"], group: .moving, usage: "back [N]",
      summary: "back one line (or N)",
      details: "Moves back one line, or N. Nothing runs again: every value was recorded.",
      repeats: true, run: { s, a in s.move(a, by: .back) }),
    BackwardCommand(
      name: "prev", aliases: ["rn"], group: .moving, usage: "prev [N]",
      summary: "back to the start of this iteration (or the previous)",
      details: """
        Moves to the first line of this iteration; from there, to the first line of the \
        previous one.
        """, repeats: true, run: { s, a in s.move(a, by: .previousIteration) }),
    BackwardCommand(
      name: "continue", aliases: ["c"], group: .moving, usage: "continue",
      summary: "run to a breakpoint, the first departure or the end",
      details: """
        Runs until a line with a breakpoint (see `break`), the line of the first departure \
        from the correct pass (the one `unroll check` reports), or the end of the run (the \
        failing line, when it failed).
        """, repeats: true, run: { s, _ in s.continueRun() }),
    BackwardCommand(
      name: "break", aliases: ["b"], group: .breakpoints, usage: "break [LINE|NAME]",
      summary: "stop `continue` there; bare: list them",
      details: """
        `break 34` stops at line 34, `break dh_raw` at every line that assigns dh_raw. \
        With no argument, lists the breakpoints and their numbers.
        """, repeats: false, run: { s, a in s.addBreak(a) }),
    BackwardCommand(
      name: "delete", aliases: ["d"], group: .breakpoints, usage: "delete [N]",
      summary: "delete breakpoint N (bare: all)",
      details: "Deletes the breakpoint numbered N in `break`'s list; with no number, all.",
      repeats: false, run: { s, a in s.deleteBreak(a) }),
    BackwardCommand(
      name: "print", aliases: ["p"], group: .looking, usage: "print EXPR",
      summary: "any of your names or expressions, as of now",
      details: """
        Evaluates a Python expression over your names as they stand before the current \
        line runs: the function's locals, `self` and its attributes, the module's constants \
        and `np`: `print dh`, `print self.hs[t]`, `print dh_raw.T @ dh_raw`.
        """, repeats: false, run: { s, a in s.printValue(a, shapeOnly: false) }),
    BackwardCommand(
      name: "shape", aliases: [], group: .looking, usage: "shape EXPR",
      summary: "the shape of one of your values",
      details: "Evaluates EXPR as `print` does and shows only its type and shape.",
      repeats: false, run: { s, a in s.printValue(a, shapeOnly: true) }),
    BackwardCommand(
      name: "list", aliases: ["l"], group: .looking, usage: "list",
      summary: "your source around the current line, marked",
      details: """
        Shows your file around the current line; `→` marks the line about to run, `*` a \
        line with a breakpoint, `!` the first departure's line.
        """, repeats: false, run: { s, _ in s.listSource() }),
    BackwardCommand(
      name: "where", aliases: ["w"], group: .looking, usage: "where",
      summary: "line, function, loop iteration and timestep",
      details: """
        Says the line about to run, the function, each loop around it with its iteration \
        and variable, the timestep it counts as, and the stop number.
        """, repeats: false, run: { s, _ in s.whereText() }),
    BackwardCommand(
      name: "diff", aliases: [], group: .understanding, usage: "diff [NAME]",
      summary: "your value against the correct one here",
      details: """
        Shows your NAME (default: what the last line assigned) beside the correct pass's \
        value of what it stands for at this timestep, and their largest difference; says \
        which correct value it equals when it is on track at another timestep. Names as \
        `unroll check` compares them (dh, dh_raw, dh_next, h, C_t, f_t, dWxh…).
        """, repeats: false, run: { s, a in s.diff(a) }),
    BackwardCommand(
      name: "explain", aliases: ["e"], group: .understanding, usage: "explain [NAME]",
      summary: "the correct rule for what this line computes",
      details: """
        The correct pass's formula and explanation for NAME (default: what the current \
        line assigns), in the notes' names.
        """, repeats: false, run: { s, a in s.explain(a) }),
    BackwardCommand(
      name: "help", aliases: ["h", "?"], group: .session, usage: "help [COMMAND]",
      summary: "this list; `help CMD` for one in full",
      details: "Lists the commands by group, one line each; `help step` explains one.",
      repeats: false,
      run: { s, a in
        Outcome(text: BackwardCommands.help(a, style: s.style, language: s.language))
      }),
    BackwardCommand(
      name: "quit", aliases: ["q", "exit"], group: .session, usage: "quit",
      summary: "leave (so does Ctrl-D)",
      details: "Ends the session. End of input (Ctrl-D) does the same.",
      repeats: false, run: { _, _ in Outcome(text: "", isQuit: true) }),
  ]

  static func find(_ word: String) -> BackwardCommand? { all.command(word) }

  static func unknown(_ word: String, style: Style, language: Language = .en) -> String {
    let words = all.flatMap { [$0.name] + $0.aliases }
    let close = Typo.typed.closest(to: word.lowercased(), among: words)
    return ReplCommands.unknownText(
      ReplCommands.quoted(word), close: close.map { find($0)?.name ?? $0 }, style: style,
      language: language)
  }

  /// The grouped list, or one command's full text, as the REPL's `help` lays it out.
  static func help(_ args: String, style: Style, language: Language = .en) -> String {
    let word = args.trimmingWhitespace
    return all.help(
      word.isEmpty ? nil : word,
      intro: [
        style.bold("Commands") + " over your file, short forms in parentheses. An empty",
        "line repeats the last step, next, back, prev or continue.",
      ], englishIntro: intro, style: style, language: language,
      unknown: { unknown($0, style: style, language: language) })
  }

  /// The intro of `help`, without its styles: the key of its translations.
  static let intro =
    "Commands over your file, short forms in parentheses. An empty line repeats the last "
    + "step, next, back, prev or continue."
}

extension BackwardSession {
  /// Answers one line of input.
  mutating func handle(_ line: String) -> Outcome {
    var input = line.trimmingWhitespace
    if input.isEmpty {
      guard let last = lastRepeatable else { return Outcome(text: "") }
      input = last
    }
    let word = String(input.prefix { $0 != " " && $0 != "\t" })
    let rest = String(input.dropFirst(word.count)).trimmingWhitespace
    guard let command = BackwardCommands.find(word.lowercased()) else {
      return .error(BackwardCommands.unknown(word, style: style, language: language))
    }
    let outcome = command.run(&self, rest)
    if command.repeats, !outcome.isError { lastRepeatable = input }
    return outcome
  }

  /// What the session says first: the file, the verdict, how to go on.
  var welcome: String {
    let report = recording.report
    var lines = [
      style.bold("unroll repl --backward") + " " + Self.cut(path, to: 50),
      "class \(report.className ?? "?") as \(report.model.kind.rawValue), "
        + "\(report.model.sizes.steps) steps",
      ReplCommands.wrap("unroll check says: " + verdictLine, width: min(width, 80) - 2),
    ]
    if report.recordingTruncated {
      lines.append("The recording stopped at its cap: stepping ends where it was cut.")
    }
    lines.append("`step` runs one line, `continue` runs to the first departure; `help`.")
    if let stop { lines.append(stopText(stop, ran: [])) }
    return lines.joined(separator: "\n")
  }

  private var verdictLine: String {
    let report = recording.report
    var text = report.verdict.rawValue
    if let d = report.firstDeparture {
      text += "; first departure at line \(d.line), \(d.name)" + (d.t.map { ", t = \($0)" } ?? "")
    }
    if let error = report.error {
      text += "; " + (error.line.map { "line \($0): " } ?? "") + error.text
    }
    return text
  }

  // MARK: Moving

  enum Move { case line, iteration, back, previousIteration }

  /// The outermost loop's line and iteration at a stop: the iteration it belongs to.
  private func iterationKey(_ index: Int) -> [Int]? {
    guard let outer = stops[index].loops.first else { return nil }
    return [outer.line, outer.iteration]
  }

  mutating func move(_ args: String, by move: Move) -> Outcome {
    let count: Int
    if args.isEmpty {
      count = 1
    } else if let n = Int(args), n >= 1 {
      count = n
    } else {
      return .error(
        style.error("Expected a count of at least 1, found \(ReplCommands.quoted(args))."))
    }
    guard !stops.isEmpty else { return .error(style.error("The run recorded no lines.")) }
    let start = position
    for _ in 0..<count {
      let from = position
      switch move {
      case .line: position = min(position + 1, stops.count - 1)
      case .back: position = max(position - 1, 0)
      case .iteration: position = nextIteration(from)
      case .previousIteration: position = previousIteration(from)
      }
      if position == from { break }
    }
    if position == start {
      let end = move == .back || move == .previousIteration ? "start" : "end"
      return Outcome(text: "Already at the \(end) of the run.\n" + endNote)
    }
    return Outcome(text: shownMove(from: start))
  }

  private func nextIteration(_ from: Int) -> Int {
    let key = iterationKey(from)
    let depth = calls[stops[from].call].depth
    var i = from + 1
    while i < stops.count {
      if key == nil {
        if calls[stops[i].call].depth <= depth { return i }
      } else if iterationKey(i) != key, calls[stops[i].call].depth <= depth {
        return i
      }
      i += 1
    }
    return stops.count - 1
  }

  private func previousIteration(_ from: Int) -> Int {
    func startOfIteration(_ index: Int) -> Int {
      let key = iterationKey(index)
      var i = index
      while i > 0, iterationKey(i - 1) == key, key != nil { i -= 1 }
      return i
    }
    let start = startOfIteration(from)
    if start < from { return start }
    return from > 0 ? startOfIteration(from - 1) : from
  }

  /// The index of the stop where the first departure's line is about to run.
  var departureStop: Int? {
    guard let d = recording.report.firstDeparture else { return nil }
    return stops.indices.first { i in
      stops[i].line == d.line && stops[i].function == d.function && timestep(stops[i]) == d.t
    }
  }

  /// The last stop at the line that raised, when the run failed.
  var failingStop: Int? {
    guard let line = recording.report.error?.line else { return nil }
    return stops.indices.last { stops[$0].line == line }
  }

  mutating func continueRun() -> Outcome {
    guard !stops.isEmpty else { return .error(style.error("The run recorded no lines.")) }
    let start = position
    var i = position + 1
    var reason = ""
    while i < stops.count {
      if i == failingStop {
        reason = ReplCommands.wrap(
          style.error("This line raised") + ": " + (recording.report.error?.text ?? ""),
          width: min(width, 80) - 2)
        break
      }
      if i == departureStop {
        reason = style.error("The next line is the first departure") + ": `step` runs it."
        break
      }
      if let hit = breakpoints.first(where: { matches($0, stops[i]) }) {
        reason = "Breakpoint \(hit.text)."
        break
      }
      i += 1
    }
    position = min(i, stops.count - 1)
    if position == start { return Outcome(text: "Already at the end of the run.\n" + endNote) }
    var text = shownMove(from: start)
    if !reason.isEmpty {
      text += "\n" + reason
    } else if position == stops.count - 1 {
      text += "\n" + endNote
    }
    return Outcome(text: text)
  }

  /// What the last line leaves: the verdict, or the error that stopped the run.
  private var endNote: String {
    guard position == stops.count - 1 else { return "" }
    if let error = recording.report.error, error.line == stop?.line {
      return style.error("This line raised") + ": " + error.text
    }
    return ReplCommands.wrap(
      "This is the last line recorded; unroll check says " + verdictLine + ".",
      width: min(width, 80) - 2)
  }

  private func matches(_ breakpoint: Breakpoint, _ stop: Stop) -> Bool {
    switch breakpoint {
    case .line(let n): return stop.line == n
    case .name(let name): return stop.assigns.contains(name)
    }
  }

  mutating func addBreak(_ args: String) -> Outcome {
    guard !args.isEmpty else {
      if breakpoints.isEmpty { return Outcome(text: "No breakpoints.") }
      return Outcome(
        text: breakpoints.enumerated().map { "  \($0.offset + 1)  \($0.element.text)" }
          .joined(separator: "\n"))
    }
    let point: Breakpoint
    if let n = Int(args) {
      guard stops.contains(where: { $0.line == n }) else {
        return .error(style.error("Line \(n) never runs in this recording."))
      }
      point = .line(n)
    } else {
      guard stops.contains(where: { $0.assigns.contains(args) }) else {
        return .error(
          style.error("No line assigns \(ReplCommands.quoted(args)) in this recording."))
      }
      point = .name(args)
    }
    if !breakpoints.contains(point) { breakpoints.append(point) }
    return Outcome(text: "Breakpoint \(breakpoints.count): \(point.text).")
  }

  mutating func deleteBreak(_ args: String) -> Outcome {
    if args.isEmpty {
      breakpoints = []
      return Outcome(text: "Deleted every breakpoint.")
    }
    guard let n = Int(args), n >= 1, n <= breakpoints.count else {
      return .error(style.error("No breakpoint \(ReplCommands.quoted(args)); `break` lists them."))
    }
    let removed = breakpoints.remove(at: n - 1)
    return Outcome(text: "Deleted breakpoint \(n) (\(removed.text)).")
  }

  // MARK: Showing

  /// What moving from stop `start` shows: what ran since (the assignments), and the line.
  private func shownMove(from start: Int) -> String {
    guard let stop else { return "" }
    let ran: [Assignment]
    if position > start {
      let previous = stops[position - 1]
      ran = assignments(from: previous.event, to: stop.event)
    } else {
      ran = []
    }
    return stopText(stop, ran: ran)
  }

  /// The assignments that ran, each checked name with its track, then the next line.
  func stopText(_ stop: Stop, ran: [Assignment]) -> String {
    var lines: [String] = []
    for a in ran.suffix(8) {
      guard let array = a.value.arrayValue else {
        lines.append("  \(a.target) = \(Self.short(a.value))")
        continue
      }
      var line = "  \(a.target) \(array.shapeText)"
      let t = a.loops.first?.timestep(steps: recording.steps)
      if recording.correct(for: a.name, t: t) != nil, array.ndim > 0 {
        if let track = recording.track(of: array, for: a.name, near: t) {
          line += ": " + style.success("on track") + " (\(Self.describe(track)))"
        } else {
          line += ": " + style.error("departs") + ", equals no correct \(a.name); `diff \(a.name)`"
        }
      } else if array.size <= 4 {
        line += " " + array.str.split(separator: "\n").joined(separator: " ")
      }
      lines.append(line)
    }
    let marker = stops.firstIndex { $0.event == stop.event } == departureStop ? "!" : "→"
    lines.append(style.dim(place(stop)))
    let prefix = "\(marker) \(stop.line) | "
    let source = Self.cut(
      sourceLine(stop.line).trimmingWhitespace, to: width - DisplayWidth.of(prefix))
    lines.append(style.bold("\(marker) \(stop.line)") + " | " + source)
    return lines.joined(separator: "\n")
  }

  /// `text` cut to `width` characters, ending in `…` when cut.
  static func cut(_ text: String, to width: Int) -> String {
    text.count <= width ? text : String(text.prefix(max(width - 1, 1))) + "…"
  }

  static func describe(_ value: LearnerRecording.CorrectValue) -> String {
    "\(value.record)" + (value.t.map { " at t = \($0)" } ?? "")
  }

  static func short(_ value: PyValue) -> String {
    switch value {
    case .int(let n): return String(n)
    case .float(let x): return String(x)
    case .bool(let b): return b ? "True" : "False"
    case .none: return "None"
    case .list(let ref): return "list of \(ref.items.count)"
    case .tuple(let items): return "tuple of \(items.count)"
    default: return value.messageTypeName
    }
  }

  /// Evaluates `args` over the names as of now.
  func evaluate(_ args: String) -> Result<PyValue, PythonError> {
    do {
      return .success(
        try PythonInterpreter.evaluate(expression: args, names: names(at: position)))
    } catch let error as PythonError {
      return .failure(error)
    } catch {
      return .failure(PythonError(kind: "RuntimeError", message: "\(error)"))
    }
  }

  func printValue(_ args: String, shapeOnly: Bool) -> Outcome {
    guard !args.isEmpty else {
      return .error(style.error("print needs a name or an expression: `print dh`."))
    }
    switch evaluate(args) {
    case .failure(let error):
      return .error(style.error("\(error.kind): \(error.message)"))
    case .success(let value):
      guard let array = value.arrayValue, case .array = value else {
        if shapeOnly { return Outcome(text: "\(args): \(value.messageTypeName), no shape") }
        return Outcome(text: "\(args) = \(value.repr)")
      }
      if shapeOnly {
        let meaning =
          array.ndim == 2
          ? "  (\(array.shape[0]) row\(array.shape[0] == 1 ? "" : "s"), \(array.shape[1]) "
            + "column\(array.shape[1] == 1 ? "" : "s"))" : ""
        return Outcome(text: "\(args): \(array.shapeText)\(meaning)")
      }
      return Outcome(
        text: style.name(args) + "  " + array.shapeText + "\n"
          + CheckReport.formatted(array, format))
    }
  }

  func listSource() -> Outcome {
    guard let stop else { return .error(style.error("The run recorded no lines.")) }
    let lines = recording.report.sourceLines
    let first = max(stop.line - 5, 1)
    let last = min(stop.line + 5, lines.count)
    guard first <= last else { return Outcome(text: "") }
    let digits = String(last).count
    let breakLines = Set(
      breakpoints.compactMap { if case .line(let n) = $0 { return n } else { return nil } })
    let departureLine = recording.report.firstDeparture?.line
    var text: [String] = []
    for n in first...last {
      var mark = n == stop.line ? "→" : " "
      if n != stop.line, n == departureLine { mark = "!" }
      let breakMark = breakLines.contains(n) ? "*" : " "
      let number = String(n).leftPadded(to: digits) + " | "
      let body = number + Self.cut(lines[n - 1], to: width - 3 - DisplayWidth.of(number))
      text.append(
        mark + breakMark + " " + (n == stop.line ? style.bold(body) : body))
    }
    return Outcome(text: text.joined(separator: "\n"))
  }

  func whereText() -> Outcome {
    guard let stop else { return .error(style.error("The run recorded no lines.")) }
    var lines = ["line \(stop.line), in \(stop.function)"]
    for loop in stop.loops {
      var text = "  loop at line \(loop.line), iteration \(loop.iteration + 1)"
      if let count = loop.count { text += " of \(count)" }
      if let variable = loop.variable, let value = loop.value { text += ", \(variable) = \(value)" }
      if loop.isReversed { text += " (reversed)" }
      lines.append(text)
    }
    if let t = timestep(stop) {
      lines.append("  timestep t = \(t) of \(recording.steps)")
    } else {
      lines.append("  outside the loop over the timesteps")
    }
    lines.append("  stop \(position + 1) of \(stops.count)")
    return Outcome(text: lines.joined(separator: "\n"))
  }

  /// The name the last line that ran assigned (what moving here showed).
  private var defaultName: String? {
    guard let stop else { return nil }
    return assignments(from: 0, to: stop.event).last?.name
  }

  func diff(_ args: String) -> Outcome {
    guard let name = args.isEmpty ? defaultName : args, let stop else {
      return .error(style.error("diff needs a name: `diff dh`."))
    }
    // The timestep of the iteration that gave the name its value, else this one's.
    let last = assignments(from: 0, to: stop.event).last { $0.name == name }
    let t = (last?.loops.first).map { $0.timestep(steps: recording.steps) } ?? timestep(stop)
    guard let correct = recording.correct(for: name, t: t) else {
      return .error(
        style.error("\(ReplCommands.quoted(name)) is not a name `unroll check` compares")
          + " (dh, dh_raw, h, C_t, f_t, dWxh…)")
    }
    let value = names(at: position)[name]
    var lines: [String] = []
    let where_ = t.map { "t = \($0)" } ?? "outside the loop"
    guard let array = value?.arrayValue,
      value.map({ if case .array = $0 { true } else { false } }) ?? false
    else {
      lines.append("\(name) has no value yet here (\(where_)).")
      lines.append(
        "correct \(Self.describe(correct))  (\(correct.value.rows), \(correct.value.cols))"
          + (correct.formula.map { "  \($0)" } ?? ""))
      lines.append(correct.value.formatted(format))
      return Outcome(text: lines.joined(separator: "\n"))
    }
    lines.append(style.name("yours") + "    \(name)  \(array.shapeText)")
    lines.append(CheckReport.formatted(array, format))
    lines.append(
      style.name("correct") + "  \(Self.describe(correct))  (\(correct.value.rows), "
        + "\(correct.value.cols))" + (correct.formula.map { "  \($0)" } ?? ""))
    lines.append(correct.value.formatted(format))
    if array.shape == [correct.value.rows, correct.value.cols] {
      let largest = zip(array.scalars, correct.value.scalars).map { abs($0 - $1) }.max() ?? 0
      // Four digits, as the values above; zero said as what it means.
      lines.append(
        "largest difference "
          + (largest == 0 ? "0 (equal to the last bit)" : String(format: "%.3e", largest)))
    } else {
      lines.append(style.error("shapes differ") + ": \(array.shapeText) against the correct one")
    }
    if let track = recording.track(of: array, for: name, near: t) {
      lines.append(style.success("on track") + ": equals the correct \(Self.describe(track))")
    } else {
      lines.append(style.error("departs") + ": equals no correct value of \(name) at any timestep")
    }
    return Outcome(text: lines.joined(separator: "\n"))
  }

  func explain(_ args: String) -> Outcome {
    guard let name = args.isEmpty ? defaultName : args, let stop else {
      return .error(style.error("explain needs a name: `explain dh_raw`."))
    }
    guard let correct = recording.correct(for: name, t: timestep(stop)) else {
      return .error(
        style.error("\(ReplCommands.quoted(name)) is not a name `unroll check` compares")
          + "; `explain dh_raw`, say.")
    }
    var text = style.bold(name) + " stands for the correct pass's \(correct.record)"
    if let formula = correct.formula { text += ": " + formula }
    text += "\n"
    if let explanation = correct.explanation {
      text += ReplCommands.wrap(explanation, width: min(width, 80) - 2)
    }
    if let d = recording.report.firstDeparture, d.line == stop.line {
      text +=
        "\n" + style.error("This line is the first departure") + ": " + d.name
        + (d.t.map { " at t = \($0)" } ?? "")
      if let deviation = d.deviation { text += " (" + deviation.name + ")" }
    }
    return Outcome(text: text)
  }

  /// Runs a session over `read` and `write`, as `ReplSession.run` does.
  static func run(
    session: BackwardSession, read: (_ prompt: String) -> LineRead, write: (String) -> Void,
    prompt: String = "(unroll) "
  ) {
    var session = session
    write(session.welcome + "\n")
    while true {
      switch read(prompt) {
      case .end: return
      case .cancelled(let text):
        if text.trimmingWhitespace.isEmpty { write(ReplSession.quitHint + "\n") }
      case .line(let line):
        let reply = session.handle(line)
        if !reply.text.isEmpty { write(reply.text + "\n") }
        if reply.isQuit { return }
      }
    }
  }
}
