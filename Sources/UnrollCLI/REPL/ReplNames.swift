import UnrollKit

/// A refused input, with the sentence that says why and what would work.
struct Refusal: Error {
  /// The message for the learner.
  let text: String
}

/// A value found for a name at the current position.
struct Found {
  /// What it is: `h_t at t = 3 (forward)`, `parameter Wxh`.
  let label: String
  /// The value.
  let value: Matrix
}

/// Looking names up as of the current position: records, parameters, gradients, inputs.
extension ReplSession {
  /// The timestep of the current stop, nil outside the timesteps.
  var currentT: Int? { timeline.stop(position).flatMap { timeline.group(of: $0).t } }

  /// How many records exist at the current stop.
  var visible: Int { timeline.stop(position)?.visible ?? 0 }

  /// `NAME`, `NAME T`, `NAME t=T` or `NAME@T`: the name and the timestep, if given.
  func parseNameAndTime(_ args: [String], command: String) -> Result<(String, Int?), Refusal> {
    guard let first = args.first else {
      return .failure(
        Refusal(
          text: "`\(command)` needs a name, e.g. `\(command) \(exampleName)`. "
            + "At this point: " + availableNames()))
    }
    var name = first
    var timeText: String? = nil
    if let at = first.firstIndex(of: "@") {
      name = String(first[..<at])
      timeText = String(first[first.index(after: at)...])
    }
    if args.count >= 2 {
      guard timeText == nil, args.count == 2 else {
        return .failure(
          Refusal(
            text: "`\(command)` takes a name and at most a timestep, "
              + "e.g. `\(command) \(exampleName) 2`."))
      }
      timeText = args[1].hasPrefix("t=") ? String(args[1].dropFirst(2)) : args[1]
    }
    guard let timeText else { return .success((name, nil)) }
    switch parseTimestep(timeText, allowEdges: true) {
    case .success(let t): return .success((name, t))
    case .failure(let refusal): return .failure(refusal)
    }
  }

  /// A timestep 1 … T (0 … T + 1 with `allowEdges`, for the initial values).
  func parseTimestep(_ text: String, allowEdges: Bool = false) -> Result<Int, Refusal> {
    let steps = trace.example.steps
    let range = allowEdges ? 0...(steps + 1) : 1...max(steps, 1)
    let shown = ReplCommands.quoted(text)
    guard !text.isEmpty, text.allSatisfy({ $0.isASCII && $0.isNumber }), let t = Int(text),
      range.contains(t)
    else {
      return .failure(
        Refusal(
          text: "expected a timestep from 1 to \(steps), got \(shown)."
            + (allowEdges ? " (0 and \(steps + 1) hold the zero initial values.)" : "")))
    }
    return .success(t)
  }

  /// A name to use in examples: the current operation's.
  var exampleName: String {
    timeline.stop(position).map { timeline.line(of: $0).name } ?? "h_t"
  }

  /// The value of `name` as of the current position, at timestep `t` when given.
  func resolve(_ rawName: String, t: Int?) -> Result<Found, Refusal> {
    if let state = RecordNames.previousStep[rawName], index.contains(state) {
      // h_prev at step t is h_t at t − 1 (the zero initial value at t = 1).
      guard let step = t ?? currentT, step >= 1 else {
        return .failure(
          Refusal(
            text: "\(rawName) is \(state) of the step before; it needs a timestep here, "
              + "e.g. `print \(rawName) 2` for \(state) at t = 1."))
      }
      return resolve(state, t: step - 1).map { found in
        Found(label: "\(rawName) at t = \(step), that is \(found.label)", value: found.value)
      }
    }
    let name = RecordNames.typed[rawName] ?? rawName
    let steps = trace.example.steps
    if let pre = preActivation(name, t: t) { return pre }
    if name == "hs" {
      return .success(
        Found(
          label: "hs, the hidden states as the notes keep them: column t is h_t (t = 0 … \(steps))",
          value: statesAsTheNotesKeepThem()))
    }
    if let value = trace.parameters[name] {
      return .success(Found(label: "parameter \(name)", value: value))
    }
    if name.hasPrefix("d"), trace.parameters[String(name.dropFirst())] != nil {
      guard let t else { return gradient(String(name.dropFirst())) }
      return gradient(String(name.dropFirst()), t: t)
    }
    if name == "x_t" {
      guard let step = t ?? currentT, step >= 1, step <= steps else {
        return .failure(
          Refusal(text: "x_t needs a timestep here: `print x_t 2` (t = 1 … \(steps))."))
      }
      let x = trace.example.x
      let column = Matrix(column: (0..<x.cols).compactMap { x.entry(step - 1, $0) })
      return .success(Found(label: "x_t at t = \(step), the input", value: column))
    }
    if name == "x" {
      let x = trace.example.x
      return .success(Found(label: "x, the whole input: one row per timestep", value: x))
    }
    if name == "y" {
      if trace.model.objective.loss == .everyStep {
        let labels = Matrix(column: trace.example.labels)
        return .success(Found(label: "y, the labels, one per step", value: labels))
      }
      return .success(Found(label: "y, the label", value: Matrix(column: [trace.example.y])))
    }
    if let t, let initial = initialValue(name, t: t) {
      return .success(
        Found(label: "\(name) at t = \(t), the initial value (zeros)", value: initial))
    }
    guard index.contains(name) else {
      return .failure(Refusal(text: unknownName(rawName)))
    }
    let found: Int?
    if let t {
      found = index.latest(name, t: t, visible: visible)
    } else {
      found =
        index.latest(name, t: currentT, visible: visible) ?? index.latest(name, visible: visible)
    }
    guard let r = found, r < trace.records.count else {
      return .failure(Refusal(text: notYet(name, t: t)))
    }
    let record = trace.records[r]
    let place =
      record.t.map { "at t = \($0) (\(record.phase.rawValue))" } ?? "(\(record.phase.rawValue))"
    return .success(Found(label: "\(name) \(place)", value: record.value))
  }

  /// The gradient of `parameter` as summed by this point of the backward pass.
  func gradient(_ parameter: String) -> Result<Found, Refusal> {
    let name = "d" + parameter
    guard timeline.isFromPrograms else {
      let complete = trace.recording.failure == nil && position == timeline.stops.count - 1
      if complete, let value = trace.gradients[parameter] {
        return .success(Found(label: "\(name), the whole gradient", value: value))
      }
      return .failure(
        Refusal(
          text: "\(name) can be shown at the end of this recording only "
            + "(its partial sums need the pass's program)."))
    }
    do {
      guard let sum = try partials.sum(parameter, at: position) else {
        return .failure(Refusal(text: "\(name) is not accumulated in this recording."))
      }
      let done = partials.count(parameter, at: position)
      let total = timeline.accumulations[parameter]?.count ?? 0
      let label =
        done == 0
        ? "\(name), zeros: the backward pass has not added to it yet"
        : done == total
          ? "\(name), the whole gradient"
          : "\(name), the sum so far (\(done) of \(total) contributions)"
      return .success(Found(label: label, value: sum))
    } catch {
      return .failure(Refusal(text: "could not replay \(name): \(error)"))
    }
  }

  /// The gradient of `parameter` as summed up to and including backward step `t`: the
  /// partial sum over t = T … t, refused when `t` adds nothing to it or is still ahead.
  func gradient(_ parameter: String, t: Int) -> Result<Found, Refusal> {
    let name = "d" + parameter
    let steps = trace.example.steps
    let stops = timeline.accumulations[parameter] ?? []
    let atT = stops.filter { i in timeline.stop(i).map { timeline.group(of: $0).t == t } ?? false }
    guard timeline.isFromPrograms, let stop = atT.last else {
      let once = stops.allSatisfy { i in
        timeline.stop(i).map { timeline.group(of: $0).t == nil } ?? true
      }
      return .failure(
        Refusal(
          text: once && !stops.isEmpty
            ? "\(name) has no timestep: it is added once, in the head, not per step. "
              + "`print \(name)` shows it."
            : "\(name) gets nothing at t = \(t): the backward steps add to it at "
              + "t = \(steps) … 1. `print \(name)` shows the sum so far."))
    }
    guard stop <= position else {
      return .failure(
        Refusal(
          text: "\(name) at t = \(t) is not summed yet: backward t = \(t) adds its part "
            + "later. `print \(name)` shows the sum so far."))
    }
    do {
      guard let sum = try partials.sum(parameter, at: stop) else {
        return .failure(Refusal(text: "\(name) is not accumulated in this recording."))
      }
      let done = partials.count(parameter, at: stop)
      return .success(
        Found(
          label: "\(name), the partial sum over t = \(steps) … \(t) "
            + "(\(done) of \(stops.count) contributions)",
          value: sum))
    } catch {
      return .failure(Refusal(text: "could not replay \(name): \(error)"))
    }
  }

  /// A zero initial value (`h_t` at 0, `dh_next` at T + 1), if `name` has one at `t`.
  func initialValue(_ name: String, t: Int) -> Matrix? {
    let steps = trace.example.steps
    guard t == 0 || t == steps + 1 else { return nil }
    for program in Timeline.programs(for: trace) {
      for initial in program.initialValues where initial.name == name {
        let at = initial.position == .beforeFirst ? 0 : steps + 1
        if at == t { return Matrix(rows: initial.rows, cols: 1) }
      }
    }
    return nil
  }

  /// Why a recorded name has no value yet, and when it gets one.
  func notYet(_ name: String, t: Int?) -> String {
    let where_ = t.map { " at t = \($0)" } ?? ""
    if let r = index.first(name, t: t ?? currentT)
      ?? (t == nil ? index.next(name, visible: visible) : nil),
      r < trace.records.count
    {
      let record = trace.records[r]
      var when = record.t.map { "\(record.phase.rawValue) t = \($0)" } ?? record.phase.rawValue
      // Later in the block being run: say which operation, not the step we are at.
      if let stop = timeline.stop(position) {
        let group = timeline.groups[stop.group]
        if let i = (group.firstStop...group.lastStop).first(where: {
          timeline.stop($0)?.record == r
        }), let later = timeline.stop(i) {
          when = "operation \(later.k + 1) of this step"
        }
      }
      return "\(name)\(where_) is not computed yet at this point; it is computed at \(when)."
    }
    let ts = index.timesteps(name, records: trace.records).compactMap { $0 }
    if let first = ts.min(), let last = ts.max() {
      return "\(name) has no value\(where_); it is recorded at t = \(first) … \(last)."
    }
    return "\(name) has no value\(where_) in this recording."
  }

  /// The names that can be printed here, for messages.
  func availableNames() -> String {
    let recorded = index.names.filter { index.latest($0, visible: visible) != nil }
    let params = trace.parameters.names
    var parts = [String]()
    if !recorded.isEmpty { parts.append("values " + recorded.joined(separator: " ")) }
    parts.append("parameters " + params.joined(separator: " "))
    parts.append("gradients " + params.map { "d" + $0 }.joined(separator: " "))
    parts.append("inputs x x_t y")
    return parts.joined(separator: "; ") + "."
  }

  /// An unknown name: the closest known one, and what exists here.
  func unknownName(_ name: String) -> String {
    let known =
      index.names + trace.parameters.names + trace.parameters.names.map { "d" + $0 }
      + ["x", "x_t", "y"] + preActivations.map(\.name)
    var text = "There is no value named \(ReplCommands.quoted(name))."
    if let close = Typo.typed.closest(to: name, among: known) {
      text += " Did you mean `\(close)`?"
    }
    return text + "\nAt this point: " + availableNames()
  }
}
