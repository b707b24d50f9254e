import UnrollKit

/// A breakpoint: a name, the start of a timestep, or the start of a phase.
struct Breakpoint: Equatable {
  /// What it stops at.
  enum Kind: Equatable {
    case name(String)
    case timestep(Int)
    case phase(Phase)
  }

  /// Its number in `break`'s list.
  let id: Int
  /// What it stops at.
  let kind: Kind
  /// An expression that must be true there for `continue` to stop: `norm(dh) < 1e-3`.
  var condition: String? = nil
  /// How many times `continue` has stopped at it.
  var hits = 0

  /// `dh_raw`, `t=3`, `backward`, `dh if norm(dh) < 1e-3`.
  var description: String {
    let place: String
    switch kind {
    case .name(let name): place = name
    case .timestep(let t): place = "t=\(t)"
    case .phase(let phase): place = phase.rawValue
    }
    return place + (condition.map { " if \($0)" } ?? "")
  }
}

/// Moving: step, next, back, prev, continue, goto, and the breakpoints.
extension ReplSession {
  /// The largest count `step N` accepts.
  static let maxCount = 1_000_000

  /// A count argument: absent means 1.
  func parseCount(_ args: [String], command: String) -> Result<Int, Refusal> {
    guard let text = args.first else { return .success(1) }
    guard args.count == 1 else {
      return .failure(Refusal(text: "`\(command)` takes at most one number, e.g. `\(command) 3`."))
    }
    let digits = text.hasPrefix("+") ? String(text.dropFirst()) : text
    guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else {
      return .failure(
        Refusal(
          text: "`\(command)` takes a count: expected a whole number from 1 "
            + "to \(ReplSession.maxCount), got \(ReplCommands.quoted(text))."))
    }
    guard let n = Int(digits), n >= 1, n <= ReplSession.maxCount else {
      return .failure(
        Refusal(
          text: "expected a count from 1 to \(ReplSession.maxCount), "
            + "got \(ReplCommands.quoted(text))."))
    }
    return .success(n)
  }

  /// Moves to `target` and shows the stop, with what changed since the last one.
  mutating func move(to target: Int, note: String? = nil) -> Outcome {
    let previous = position
    position = min(max(target, 0), max(timeline.stops.count - 1, 0))
    let text = stopText(from: previous)
    rememberWatches()
    return Outcome(text: (note.map { $0 + "\n" } ?? "") + text)
  }

  /// `step N` or `back N`.
  mutating func step(_ args: [String], forward: Bool) -> Outcome {
    let count: Int
    switch parseCount(args, command: forward ? "step" : "back") {
    case .success(let n): count = n
    case .failure(let refusal): return .error(refusal.text)
    }
    let last = timeline.stops.count - 1
    if forward, position >= last { return Outcome(text: endNote()) }
    if !forward, position <= 0 {
      return Outcome(text: "This is the first operation of the recording; nothing comes before it.")
    }
    let target = forward ? min(position + count, last) : max(position - count, 0)
    let moved = abs(target - position)
    let note =
      moved < count ? "(moved \(moved) of \(count): \(forward ? "the end" : "the start"))" : nil
    return move(to: target, note: note)
  }

  /// What to say at the last stop.
  func endNote() -> String {
    if let failure = trace.recording.failure {
      return "This is where the recording ends: \(failure.operation.name) raised an error. "
        + "`back` steps back; `goto forward` starts over."
    }
    return "This is the last operation of the recording: the backward pass is complete. "
      + "`back` steps back; `goto forward` starts over."
  }

  /// `next N` or `prev N`: to the end of this timestep, or of the previous one.
  mutating func next(_ args: [String], forward: Bool) -> Outcome {
    let count: Int
    switch parseCount(args, command: forward ? "next" : "prev") {
    case .success(let n): count = n
    case .failure(let refusal): return .error(refusal.text)
    }
    guard var stop = timeline.stop(position) else { return Outcome(text: endNote()) }
    var target = position
    var moved = 0
    for _ in 0..<count {
      let group = stop.group
      let candidate: Int
      if forward {
        let end = timeline.groups[group].lastStop
        if end > target {
          candidate = end
        } else if group + 1 < timeline.groups.count {
          candidate = timeline.groups[group + 1].lastStop
        } else {
          break
        }
      } else {
        if group > 0 {
          candidate = timeline.groups[group - 1].lastStop
        } else if target > 0 {
          candidate = 0  // the first timestep has no previous one: go to its start
        } else {
          break
        }
      }
      guard let next = timeline.stop(candidate) else { break }
      target = candidate
      stop = next
      moved += 1
    }
    if moved == 0 {
      return Outcome(
        text: forward
          ? endNote()
          : "This is the first timestep of the recording; nothing comes before it.")
    }
    let note =
      moved < count ? "(moved \(moved) of \(count): \(forward ? "the end" : "the start"))" : nil
    return move(to: target, note: note)
  }

  /// The breakpoints whose place is stop `i`, conditions not yet tested.
  func breakpoints(at i: Int) -> [Int] {
    guard let stop = timeline.stop(i) else { return [] }
    let group = timeline.group(of: stop)
    let name = timeline.line(of: stop).name
    return breakpoints.indices.filter { k in
      switch breakpoints[k].kind {
      case .name(let n): return n == name
      case .timestep(let t): return group.t == t && i == group.firstStop
      case .phase(let phase): return timeline.firstStop(of: phase) == i
      }
    }
  }

  /// The first breakpoint that stops at stop `i`: its place is `i` and its condition, if
  /// any, is true there; with the error when a condition could not be tested.
  mutating func breakpoint(at i: Int) -> (index: Int, error: String?)? {
    let candidates = breakpoints(at: i)
    guard !candidates.isEmpty else { return nil }
    let here = position
    position = i
    defer { position = here }
    for k in candidates {
      guard let condition = breakpoints[k].condition else { return (k, nil) }
      switch truth(of: condition) {
      case .success(true): return (k, nil)
      case .success(false): continue
      case .failure(let refusal): return (k, refusal.text)
      }
    }
    return nil
  }

  /// Whether `expression` is true at this stop, as Python's `if` would judge it (an array
  /// of more than one entry is refused in NumPy's words).
  func truth(of expression: String) -> Result<Bool, Refusal> {
    evaluate(expression).flatMap { result in
      guard let array = result.array else {
        return .success(!["None", "False", "0", "''", "()", "[]"].contains(result.repr))
      }
      guard array.size == 1 else {
        return .failure(
          Refusal(
            text: "ValueError: The truth value of an array with more than one element is "
              + "ambiguous. Use a.any() or a.all()"))
      }
      return .success(array.scalars[0] != 0)
    }
  }

  /// `continue`: to the next breakpoint or the end of the pass.
  mutating func continueRun(_ args: [String]) -> Outcome {
    guard args.isEmpty else {
      return .error("`continue` takes no argument; `step N` moves N operations.")
    }
    let last = timeline.stops.count - 1
    guard position < last else { return Outcome(text: endNote()) }
    var end = timeline.pass(of: position).upperBound
    if end <= position { end = timeline.pass(of: position + 1).upperBound }
    if !breakpoints.isEmpty, position + 1 <= end {
      for i in (position + 1)...end {
        if let (k, error) = breakpoint(at: i) {
          breakpoints[k].hits += 1
          let bp = breakpoints[k]
          var note = settings.style.success("Breakpoint \(bp.id) (\(bp.description)).")
          if let error {
            note = settings.style.error(
              "Breakpoint \(bp.id) (\(bp.description)): its condition could not be tested "
                + "here, so it stops: \(error)")
          }
          return move(to: i, note: note)
        }
      }
    }
    let isBackward = timeline.stop(end).map { timeline.group(of: $0).phase == .backward } ?? false
    let what: String
    if timeline.stop(end)?.isFailure == true {
      what = "Ran to the line that fails."
    } else {
      what = isBackward ? "End of the backward pass." : "End of the forward pass (the loss)."
    }
    return move(to: end, note: settings.style.success(what))
  }

  /// `goto PHASE [T]`, `goto T`, `goto start`, `goto end`.
  mutating func goto(_ args: [String]) -> Outcome {
    guard let first = args.first, args.count <= 2 else {
      return .error(
        "`goto` needs a place: `goto forward 2`, `goto output`, `goto backward 3`, "
          + "`goto 2`, `goto start` or `goto end`.")
    }
    let word = first.lowercased()
    if args.count == 1, word == "start" { return move(to: 0) }
    if args.count == 1, word == "end" { return move(to: timeline.stops.count - 1) }
    var phase: Phase
    var timeText: String?
    if let p = ReplSession.phase(named: word) {
      phase = p
      timeText = args.count == 2 ? args[1] : nil
    } else if args.count == 1, word.first?.isNumber == true || word.hasPrefix("t=") {
      phase = currentPhase
      timeText = word.hasPrefix("t=") ? String(word.dropFirst(2)) : word
    } else {
      var text = "`goto` goes to forward, output or backward, not \(ReplCommands.quoted(first))."
      if let close = Typo.typed.closest(to: word, among: Phase.allCases.map(\.rawValue)) {
        text += " Did you mean `\(close)`?"
      }
      return .error(text)
    }
    if phase == .output, timeText != nil {
      return .error(
        "The output runs once, after the last timestep; it has no timestep. "
          + "`goto output` goes there.")
    }
    guard let timeText else {
      guard let target = timeline.firstStop(of: phase) else {
        return .error(
          "The recording never reached the \(phase.rawValue) phase: it stopped at "
            + "an error earlier.")
      }
      return move(to: target)
    }
    let t: Int
    switch parseTimestep(timeText.hasPrefix("t=") ? String(timeText.dropFirst(2)) : timeText) {
    case .success(let value): t = value
    case .failure(let refusal): return .error(refusal.text)
    }
    guard let g = timeline.groupIndex(phase: phase, t: t) else {
      return .error(
        "The recording has no \(phase.rawValue) step at t = \(t): it stopped at "
          + "an error before reaching it.")
    }
    return move(to: timeline.groups[g].firstStop)
  }

  /// The phase of the current stop.
  var currentPhase: Phase {
    timeline.stop(position).map { timeline.group(of: $0).phase } ?? .forward
  }

  /// A phase by its name or a unique start of it: `f`, `back`.
  static func phase(named word: String) -> Phase? {
    if let exact = Phase(rawValue: word) { return exact }
    let matches = Phase.allCases.filter { $0.rawValue.hasPrefix(word) }
    return matches.count == 1 && word.count >= 1 ? matches.first : nil
  }

  /// `break NAME | t=N | PHASE`, or the list.
  mutating func addBreak(_ args: [String]) -> Outcome {
    guard let word = args.first else {
      if breakpoints.isEmpty {
        return Outcome(
          text: "No breakpoints. `break dh_raw`, `break t=3` or `break backward` sets one.")
      }
      let width = breakpoints.map { $0.description.count }.max() ?? 0
      return Outcome(
        text: "Breakpoints:\n"
          + breakpoints.map { bp in
            let pad = String(repeating: " ", count: width - bp.description.count + 2)
            let hits =
              bp.hits == 0
              ? "not hit yet" : "hit \(bp.hits) time\(bp.hits == 1 ? "" : "s")"
            return "  \(bp.id)  \(bp.description)" + pad + settings.style.dim(hits)
          }
          .joined(separator: "\n"))
    }
    var condition: String? = nil
    if let k = args.firstIndex(where: { $0.lowercased() == "if" }) {
      let text = args[(k + 1)...].joined(separator: " ")
      guard k == 1, !text.isEmpty else {
        return .error(
          "`break` takes a place, then `if` and a condition: `break dh if norm(dh) < 1e-3`.")
      }
      if let error = ReplSession.syntaxError(in: text) {
        return .error("The condition \(ReplCommands.quoted(text)) cannot be tested: " + error)
      }
      if case .failure(let refusal) = evaluate(text), !readsKnownNamesOnly(text) {
        return .error(
          "The condition \(ReplCommands.quoted(text)) cannot be tested: " + refusal.text)
      }
      condition = text
    }
    guard args.count == 1 || condition != nil else {
      return .error("`break` takes one name, timestep or phase, e.g. `break dh_raw`.")
    }
    let kind: Breakpoint.Kind
    if word.hasPrefix("t=") {
      switch parseTimestep(String(word.dropFirst(2))) {
      case .success(let t): kind = .timestep(t)
      case .failure(let refusal): return .error(refusal.text)
      }
    } else if let phase = Phase(rawValue: word.lowercased()) {
      kind = .phase(phase)
    } else {
      let name = RecordNames.typed[word] ?? word
      let names = operationNames
      guard names.contains(name) else {
        var text = "No operation is named \(ReplCommands.quoted(word))."
        if let close = Typo.typed.closest(to: word, among: names) {
          text += " Did you mean `\(close)`?"
        }
        return .error(
          text + "\nOperations: " + names.joined(separator: " ")
            + "; or t=N, or forward, output, backward.")
      }
      kind = .name(name)
    }
    if let existing = breakpoints.first(where: { $0.kind == kind && $0.condition == condition }) {
      return Outcome(text: "Breakpoint \(existing.id) already stops at \(existing.description).")
    }
    let bp = Breakpoint(id: nextBreakpointID, kind: kind, condition: condition)
    nextBreakpointID += 1
    breakpoints.append(bp)
    return Outcome(text: "Breakpoint \(bp.id) at \(bp.description). `continue` runs to it.")
  }

  /// Every operation name in the timeline, in order of first appearance.
  var operationNames: [String] {
    var seen: [String] = []
    for group in timeline.groups {
      for line in group.lines where !seen.contains(line.name) { seen.append(line.name) }
    }
    return seen
  }

  /// `delete N`, or every breakpoint.
  mutating func deleteBreak(_ args: [String]) -> Outcome {
    guard let word = args.first else {
      let n = breakpoints.count
      breakpoints.removeAll()
      return Outcome(text: n == 0 ? "There were no breakpoints." : "Deleted all \(n) breakpoints.")
    }
    guard args.count == 1, word.allSatisfy({ $0.isASCII && $0.isNumber }), let id = Int(word),
      let at = breakpoints.firstIndex(where: { $0.id == id })
    else {
      let ids = breakpoints.map { String($0.id) }.joined(separator: ", ")
      return .error(
        "expected a breakpoint number"
          + (ids.isEmpty
            ? ", but there are none."
            : " (\(ids)), got \(ReplCommands.quoted(args.joined(separator: " "))).")
          + " `break` lists them.")
    }
    let removed = breakpoints.remove(at: at)
    return Outcome(text: "Deleted breakpoint \(removed.id) (\(removed.description)).")
  }
}
