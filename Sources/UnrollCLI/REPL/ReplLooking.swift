import UnrollKit

/// Looking and understanding: print, shape, list, where, watch, explain, diff.
extension ReplSession {
  /// `print NAME [T]`, or `print EXPRESSION` (`h_t[0]`, `Whh @ h_t`, `1/(1+exp(-0.136))`).
  mutating func printValue(_ args: [String]) -> Outcome {
    if !args.isEmpty, !ReplSession.isNameAndTime(args) {
      let expression = args.joined(separator: " ")
      switch evaluate(expression) {
      case .failure(let refusal): return .error(refusal.text)
      case .success(let result):
        return Outcome(
          text: "  " + settings.style.name(expression) + "\n" + evaluatedText(result))
      }
    }
    let name: String
    let t: Int?
    switch parseNameAndTime(args, command: "print") {
    case .success(let parsed): (name, t) = parsed
    case .failure(let refusal): return .error(refusal.text)
    }
    switch resolve(name, t: t) {
    case .failure(let refusal): return .error(refusal.text)
    case .success(let found):
      return Outcome(text: "  " + settings.style.name(found.label) + "\n" + valueText(found.value))
    }
  }

  /// `shape NAME [T]`.
  mutating func shapeOf(_ args: [String]) -> Outcome {
    let name: String
    let t: Int?
    switch parseNameAndTime(args, command: "shape") {
    case .success(let parsed): (name, t) = parsed
    case .failure(let refusal): return .error(refusal.text)
    }
    switch resolve(name, t: t) {
    case .failure(let refusal): return .error(refusal.text)
    case .success(let found):
      let s = found.value.shape
      let meaning: String
      switch (s.rows, s.cols) {
      case (1, 1): meaning = "one number"
      case (_, 1): meaning = "a column of \(s.rows)"
      case (1, _): meaning = "a row of \(s.cols)"
      default: meaning = "\(s.rows) rows by \(s.cols) columns"
      }
      return Outcome(text: "\(name): \(s), \(meaning)")
    }
  }

  /// `list`: the current block with the current operation marked.
  func list(_ args: [String]) -> Outcome {
    guard args.isEmpty else { return .error("`list` takes no argument.") }
    guard let stop = timeline.stop(position) else { return .error("The recording is empty.") }
    let group = timeline.group(of: stop)
    let steps = trace.example.steps
    var title = group.phase.rawValue
    if let t = group.t {
      let order = group.phase == .backward ? "t = \(steps) … 1" : "t = 1 … \(steps)"
      title += ", t = \(t) (this block runs for \(order))"
    } else {
      title += group.phase == .backward ? ", the head (runs once)" : " (runs once)"
    }
    var lines = [settings.style.phase(group.phase, title)]
    let width = String(group.lines.count).count
    for (k, line) in group.lines.enumerated() {
      let isCurrent = k == stop.k
      let hasBreak = breakpoints.contains { $0.kind == .name(line.name) }
      var marker = isCurrent ? (stop.isFailure ? "✗" : "→") : " "
      if hasBreak { marker += "*" } else { marker += " " }
      let number = String(repeating: " ", count: width - String(k + 1).count) + String(k + 1)
      var text = " \(marker) \(number)  \(line.formula)"
      if line.deviation != nil {
        text += settings.style.warning("   (differs from the correct rule)")
      }
      if stop.isFailure, k > stop.k { text = settings.style.dim(text + "   (never ran)") }
      lines.append(isCurrent ? settings.style.bold(text) : text)
    }
    return Outcome(text: lines.joined(separator: "\n"))
  }

  /// `where`: phase, timestep, operation, stop, and the run.
  func whereText(_ args: [String]) -> Outcome {
    guard args.isEmpty else { return .error("`where` takes no argument.") }
    guard let stop = timeline.stop(position) else { return .error("The recording is empty.") }
    let place =
      place(stop).joined(separator: ", ") + " (\(timeline.line(of: stop).name))"
      + ", stop \(position + 1) of \(timeline.stops.count)"
    let model = trace.model
    let run =
      "\(model.kind.rawValue) (\(model.sizes)), BPTT \(trace.bptt.rawValue)"
      + (trace.seed.map { ", seed \($0)" } ?? "")
    return Outcome(text: place + "\n" + settings.style.dim(run))
  }

  /// `watch NAME`, or the list.
  mutating func watch(_ args: [String]) -> Outcome {
    guard let first = args.first else {
      return Outcome(
        text: watches.isEmpty
          ? "Nothing is watched. `watch h_t` shows h_t at every stop."
          : "Watching: " + watches.joined(separator: ", "))
    }
    let watched = args.joined(separator: " ")
    if ReplSession.isNameAndTime([watched]) {
      if case .failure(let refusal) = resolve(first, t: nil), !isKnownName(first) {
        return .error(refusal.text)
      }
    } else if let error = ReplSession.syntaxError(in: watched) {
      return .error(error)
    } else if case .failure(let refusal) = watchedValue(watched), !readsKnownNamesOnly(watched) {
      return .error(refusal.text)
    }
    let name = watched
    guard !watches.contains(name) else { return Outcome(text: "\(name) is already watched.") }
    guard watches.count < 16 else {
      return .error("At most 16 names can be watched; `unwatch` one.")
    }
    watches.append(name)
    let lines = watchLines()
    rememberWatches()
    return Outcome(text: "Watching \(name); it shows at every stop.\n" + (lines.last ?? ""))
  }

  /// Whether every name `expression` reads is a function or a name with a value somewhere
  /// in the recording, so that it can be watched before those values exist.
  func readsKnownNamesOnly(_ expression: String) -> Bool {
    let names = ReplSession.identifiers(in: ReplSession.withoutSelf(expression))
    return !names.isEmpty
      && names.allSatisfy {
        ReplSession.expressionFunctions[$0] != nil || isKnownName($0)
          || RecordNames.previousStep[$0] != nil
      }
  }

  /// Whether `name` is a name that has a value somewhere in the recording.
  func isKnownName(_ name: String) -> Bool {
    let n = RecordNames.typed[name] ?? name
    return index.contains(n) || trace.parameters[n] != nil || ["x", "x_t", "y", "hs"].contains(n)
      || preActivations.contains { $0.name == n }
      || (n.hasPrefix("d") && trace.parameters[String(n.dropFirst())] != nil)
  }

  /// `unwatch NAME` or `unwatch all`.
  mutating func unwatch(_ args: [String]) -> Outcome {
    guard !args.isEmpty else {
      return .error("`unwatch` takes one watched name, or `all`.")
    }
    let name = args.joined(separator: " ")
    if name == "all" {
      watches.removeAll()
      watchShown.removeAll()
      return Outcome(text: "Nothing is watched now.")
    }
    guard let at = watches.firstIndex(of: name) else {
      return .error(
        "\(ReplCommands.quoted(name)) is not watched. "
          + (watches.isEmpty ? "Nothing is." : "Watched: " + watches.joined(separator: ", ")))
    }
    watches.remove(at: at)
    watchShown[name] = nil
    return Outcome(text: "No longer watching \(name).")
  }

  /// `explain [NAME]`: what the current operation, or the one computing NAME, computes
  /// and why.
  func explain(_ args: [String]) -> Outcome {
    guard args.count <= 1 else {
      return .error("`explain` takes at most one name, e.g. `explain dh_raw`.")
    }
    guard let stop = timeline.stop(position) else { return .error("The recording is empty.") }
    guard let word = args.first else { return explain(timeline.line(of: stop), stop: stop) }
    let name = RecordNames.typed[word] ?? word
    // The operation of that name in this block, else its first anywhere in the recording.
    let here = timeline.groups[stop.group].lines.first { $0.name == name }
    guard let line = here ?? timeline.groups.lazy.flatMap(\.lines).first(where: { $0.name == name })
    else {
      if trace.parameters[name] != nil {
        return Outcome(
          text: "\(name) is a parameter: learned, the same at every step; `print d\(name)` "
            + "shows its gradient and `explain d\(name)` how it is summed.")
      }
      var text = "No operation computes \(ReplCommands.quoted(word))."
      if let close = Typo.typed.closest(to: word, among: operationNames) {
        text += " Did you mean `\(close)`?"
      }
      return .error(text + " `explain` alone explains the current operation.")
    }
    return explain(line, stop: nil)
  }

  /// The explanation of `line`, with the failure when `stop` is the failing one.
  func explain(_ line: ReplLine, stop: ReplStop?) -> Outcome {
    var out = [settings.style.bold(line.formula)]
    // An operation of the documents' passes is explained as the correct pass's of its name.
    let text =
      line.operation?.explanation
      ?? [trace.model.forward, trace.model.backward].lazy
      .compactMap { $0.operation(named: line.name)?.explanation }.first
      ?? Catalogue.fill(Catalogue.fallbackExplanation, ["name": line.name])
    let language = settings.language
    out.append(
      ReplCommands.wrap(
        Catalogue.explanation(text, in: language), width: min(settings.width, 100) - 2))
    if let deviation = line.deviation {
      let prefix = Catalogue.text("explain.differs", in: language)
      let wrapped = ReplCommands.wrap(
        prefix + Catalogue.explanation(deviation, in: language),
        width: min(settings.width, 100) - 2)
      // The English and German prefixes end in a space, which the wrap may have turned
      // into the line break; the Chinese and Japanese end in their full-width colon.
      let label = String(prefix.reversed().drop { $0 == " " }.reversed())
      out.append(settings.style.warning(label) + wrapped.dropFirst(label.count))
    }
    if let note = everyStepNote(line.name) {
      out.append(ReplCommands.wrap(note, width: min(settings.width, 100) - 2))
    }
    if stop?.isFailure == true, let failure = trace.recording.failure {
      out.append(settings.style.error("This line fails: \(failure.reason)"))
    }
    return Outcome(text: out.joined(separator: "\n"))
  }

  /// At `dh` under the loss at every step, for a cell the notes give a backward pass:
  /// that the notes' per-step line is then right, and which deviations remain.
  func everyStepNote(_ name: String) -> String? {
    guard name == "dh", trace.model.objective.loss == .everyStep,
      trace.model.kind.cell.notesBackward.absence == nil
    else { return nil }
    return "With --loss every-step the notes' dh = np.dot(Why.T, dy) + dh_next is not a "
      + "deviation: every step has a loss term, so this is the rule (min-char-rnn's line). "
      + "Deviations 1 (output-error) and 3 (final-h) remain, and any difference in dh "
      + "comes through them."
  }

  /// `diff [NAME]`: this recording's value against the other backward pass's.
  mutating func diff(_ args: [String]) -> Outcome {
    guard args.count <= 1 else { return .error("`diff` takes at most one name, e.g. `diff dh`.") }
    if let absence = trace.model.kind.cell.notesBackward.absence {
      return Outcome(
        text: "\(absence.sentence), so \(absence.nothingToCompare): `diff` works for the RNN.")
    }
    let otherMode: BPTT = trace.bptt == .correct ? .document : .correct
    let otherName = otherMode.label
    guard let stop = timeline.stop(position), timeline.group(of: stop).phase == .backward else {
      return Outcome(
        text: "The forward pass is the same in both: `diff` compares backward "
          + "values. `goto backward` goes there.")
    }
    let rawName = args.first ?? timeline.line(of: stop).name
    let name = RecordNames.typed[rawName] ?? rawName
    let other: OtherPass
    if let cached = comparison, cached.mode == otherMode {
      other = cached
    } else {
      do {
        let otherTrace = try Trace(
          model: trace.model, bptt: otherMode, parameters: trace.parameters,
          example: trace.example, seed: trace.seed)
        other = OtherPass(
          mode: otherMode,
          session: ReplSession(trace: otherTrace, settings: settings, writeFile: writeFile))
      } catch {
        return .error("Could not record the \(otherName) pass: \(error)")
      }
      comparison = other
    }
    let here: Matrix
    switch resolve(name, t: nil) {
    case .success(let found): here = found.value
    case .failure(let refusal): return .error(refusal.text)
    }
    let t = currentT
    let group = timeline.group(of: stop)
    let theirs = other.session.timeline
    guard let g = theirs.groupIndex(phase: group.phase, t: group.t) else {
      return Outcome(text: "The \(otherName) pass never gets here; nothing to compare.")
    }
    // The same operation in the other pass's run of this block, or the same line number.
    let target = theirs.groups[g]
    let k =
      target.lines.firstIndex { $0.name == timeline.line(of: stop).name }
      ?? (stop.k == group.lines.count - 1 ? target.lines.count - 1 : stop.k)
    other.session.position = min(target.firstStop + k, target.lastStop)
    let there: Matrix
    switch other.session.resolve(name, t: nil) {
    case .success(let found): there = found.value
    case .failure:
      return Outcome(
        text: "The \(otherName) pass has no \(name) at this point; nothing to compare.")
    }
    let (documents, correct) = trace.bptt.rawValue == "correct" ? (there, here) : (here, there)
    var out = [settings.style.bold("\(name)" + (t.map { " at t = \($0)" } ?? ""))]
    // One number style for the whole comparison, decided from all of its numbers, so
    // that the rows read against each other (PyTorch's rule picks one per value).
    let difference = documents.shape == correct.shape ? try? documents - correct : nil
    let all = documents.scalars + correct.scalars + (difference?.scalars ?? [])
    let style = NumberStyle(all, precision: settings.precision)
    // And one width, so that the rows' entries stand in columns.
    let width = all.map { style.string($0).count }.max()
    out.append(
      valueText(documents, label: "notes", isScientific: style.isScientific, cellWidth: width))
    out.append(
      valueText(correct, label: "correct", isScientific: style.isScientific, cellWidth: width))
    if let difference {
      let largest = difference.scalars.map(abs).max() ?? 0
      out.append(
        valueText(difference, label: "diff", isScientific: style.isScientific, cellWidth: width))
      out.append(labelled("", "largest |difference| " + style.string(largest)))
    } else {
      out.append(labelled("diff", "the shapes differ: \(documents.shape) and \(correct.shape)"))
    }
    if let note = everyStepNote(name) {
      out.append(ReplCommands.wrap(note, width: min(settings.width, 100) - 2))
    }
    return Outcome(text: out.joined(separator: "\n"))
  }
}
