/// The lesson on a terminal: one step at a time, a pause after each, exercises asked.
extension LessonRunner {
  /// What ended an exercise or a pause.
  enum Next {
    /// Go on.
    case proceed
    /// Show the previous step again.
    case back
    /// Save and leave.
    case quit
  }

  /// What the lesson's own words are at a pause, after `help` or an unknown `:word`.
  static let pauseWords =
    "At a pause: Enter (or :next) goes on, :back shows the previous step, :quit saves and "
    + "leaves; anything else is a REPL command (help lists them)."

  /// What can be typed at an exercise.
  static let exerciseWords =
    "At an exercise: type your answer, :hint, :show, :back (the previous step), or :quit."

  /// Whether `input` asks the REPL for its whole help (`help`, `h`).
  static func isHelp(_ input: String) -> Bool {
    ["help", "h"].contains(input.lowercased())
  }

  /// The words that leave a lesson at a pause or an exercise.
  static let quitWords: Set<String> = [":quit", ":q", "quit", "q", "exit", ":exit"]

  /// What Tab offers at a pause or an exercise: the lesson's own words at the start of the
  /// line, and what the REPL completes on `session`.
  static func completer(_ session: ReplSession, words: [String]) -> LineInput.Completer {
    { before in
      let isFirstWord = !before.contains(" ")
      return (isFirstWord ? words : []) + session.completions(before: before)
    }
  }

  /// Runs the lesson from step `start` (1-based), pausing after each step; `notice` is
  /// said under the banner.
  ///
  /// `save(step, isDone)` is called with the step to resume at whenever it changes, and
  /// with `isDone` at the end, and says whether the progress was saved. Resuming at step k
  /// replays the `repl` blocks of the steps before it silently, so the session is where the lesson left it. At a pause, the
  /// learner's REPL commands run on a copy of the session: the next step starts from the
  /// lesson's own position, whatever the learner moved. Lines come from `input` (by
  /// default the terminal's line editor); Ctrl-C at an empty prompt saves and leaves.
  func runInteractive(
    from start: Int, next: Lesson?, notice: String? = nil, input: LineInput? = nil,
    save: (_ step: Int, _ isDone: Bool) -> Bool
  ) -> ExitCode {
    let reader = input ?? LineInput(terminal: terminal)
    let total = lesson.steps.count
    var index = min(max(start, 1), total) - 1
    write(display.banner(lesson))
    if let notice { write("\n" + display.wrap(style.dim(notice)) + "\n") }
    if index > 0 {
      rebuild(before: index)
      write(
        "\n"
          + style.dim(
            "Resuming at step \(index + 1) of \(total). "
              + "`unroll lesson \(lesson.number) --restart` starts over.") + "\n")
    } else {
      for block in lesson.intro {
        show(block)
      }
    }
    var atStepStart: [Int: ReplSession] = [:]
    var asked = Set<Int>()
    var hasShownPauseHelp = false
    steps: while index < total {
      atStepStart[index] = session
      _ = save(index + 1, false)
      let step = lesson.steps[index]
      write(display.stepHeading(step, number: index + 1, of: total))
      for block in step.blocks {
        guard case .exercise(let exercise) = block.kind, !asked.contains(index) else {
          show(block)
          continue
        }
        write("\n")
        switch ask(exercise, canGoBack: index > 0, reader: reader) {
        case .quit: return leave(at: index, save: save)
        case .back:
          index -= 1
          if let saved = atStepStart[index] { session = saved } else { rebuild(before: index) }
          continue steps
        case .proceed: break
        }
      }
      asked.insert(index)
      if !hasShownPauseHelp {
        write(
          "\n"
            + display.wrap(
              style.dim(
                "Enter goes on. Type a REPL command (print h_t, where, step, help) to look around "
                  + "from here; :back shows the previous step; :quit saves and leaves.")) + "\n")
        hasShownPauseHelp = true
      } else {
        write("\n")
      }
      switch pause(at: index, reader: reader) {
      case .quit:
        // The step is done: coming back starts at the next one, not this one again.
        guard index + 1 < total else { break steps }
        return leave(at: index + 1, save: save)
      case .back:
        index -= 1
        if let saved = atStepStart[index] { session = saved } else { rebuild(before: index) }
        continue steps
      case .proceed: index += 1
      }
    }
    _ = save(total, true)
    var end = "\n" + style.success("✓ Lesson \(lesson.number) done.")
    if let next {
      end += " Next: `unroll lesson \(next.number)`, \(next.header.title)."
    } else {
      end += " `unroll lessons` shows them all."
    }
    write(display.wrap(end) + "\n")
    return .success
  }

  /// Puts the session where the lesson is when step `index + 1` starts: from the first
  /// stop, the `repl` blocks of the intro and of the steps before it, silently.
  private func rebuild(before index: Int) {
    session = firstStop
    replay(lesson.intro)
    for step in lesson.steps[..<index] { replay(step.blocks) }
  }

  /// Saves step `index + 1` (1-based: the step to resume at) and says how to come back,
  /// or, when it could not be saved, that it was not.
  private func leave(at index: Int, save: (Int, Bool) -> Bool) -> ExitCode {
    let sentence =
      save(index + 1, false)
      ? "Saved at step \(index + 1) of \(lesson.steps.count). `unroll lesson \(lesson.number)` "
        + "resumes there; add --restart to start over."
      : "You left at step \(index + 1) of \(lesson.steps.count); it was not saved (see above), "
        + "so `unroll lesson \(lesson.number)` will start at the step saved before, if any."
    write("\n" + display.wrap(sentence) + "\n")
    return .success
  }

  /// Waits after step `index`: Enter, `:back`, `:quit`, or REPL commands on a copy.
  private func pause(at index: Int, reader: LineInput) -> Next {
    let total = lesson.steps.count
    let isLast = index == total - 1
    var explore = session
    let prompt =
      style.bold("lesson \(lesson.number) · step \(index + 1)/\(total)")
      + (isLast ? " · Enter to finish" : "") + " › "
    while true {
      let read = reader.read(
        prompt: prompt,
        complete: LessonRunner.completer(explore, words: [":next", ":back", ":quit"]))
      guard case .line(let line) = read else {
        // Ctrl-C on a line with text drops that line; at an empty one, as Ctrl-D, it leaves.
        if case .cancelled(let text) = read, !text.trimmingWhitespace.isEmpty { continue }
        return .quit
      }
      let input = line.trimmingWhitespace
      let lowered = input.lowercased()
      if input.isEmpty || lowered == ":next" || lowered == ":n" {
        if explore.position != session.position {
          write(style.dim("(The lesson goes on from its own position.)") + "\n")
        }
        return .proceed
      }
      if LessonRunner.quitWords.contains(lowered) { return .quit }
      if lowered == ":back" || lowered == ":b" {
        if index == 0 {
          write("This is the first step.\n")
          continue
        }
        return .back
      }
      if input.hasPrefix(":") {
        write(display.wrap(LessonRunner.pauseWords) + "\n")
        continue
      }
      let reply = explore.handle(input)
      if reply.isQuit { return .quit }
      if !reply.text.isEmpty { write(reply.text + "\n") }
      if LessonRunner.isHelp(input) { write(display.wrap(LessonRunner.pauseWords) + "\n") }
    }
  }

  /// Asks `exercise` until it is answered, shown, or the learner leaves (`:quit`) or goes
  /// back to the previous step (`:back`, when `canGoBack`).
  ///
  /// `:hint` gives the next hint (the idea, then the formula, then the numbers); a wrong
  /// answer says how many are left, and the third shows the answer. Input that is not an
  /// answer of the right kind costs no try: a REPL command runs (on a copy of the
  /// session), anything else is told what an answer looks like.
  func ask(_ exercise: Exercise, canGoBack: Bool = false, reader: LineInput) -> Next {
    write(exerciseQuestion(exercise))
    guard let expected = expectedAnswer(exercise) else {
      write(style.warning("(The engine cannot answer this exercise here; it is skipped.)") + "\n")
      return .proceed
    }
    if !hasAskedBefore {
      write(
        display.wrap(
          style.dim(
            "Type your answer; :hint for a hint (ask again for the next), :show for the answer. "
              + "REPL commands work too."))
          + "\n")
      hasAskedBefore = true
    }
    var explore = session
    var wrong = 0
    var hintsGiven = 0
    let reveal = { (prefix: String) -> Next in
      var text = prefix + "The answer is " + self.style.bold(expected.text) + "."
      if let reason = expected.reason { text += " (" + reason + ")" }
      self.write(self.display.wrap(text) + "\n")
      return .proceed
    }
    while true {
      let read = reader.read(
        prompt: style.bold("answer") + " › ",
        complete: LessonRunner.completer(explore, words: [":hint", ":show", ":back", ":quit"]))
      guard case .line(let line) = read else {
        // Ctrl-C on a line with text drops that line; at an empty one, as Ctrl-D, it leaves.
        if case .cancelled(let text) = read, !text.trimmingWhitespace.isEmpty { continue }
        return .quit
      }
      let input = line.trimmingWhitespace
      let lowered = input.lowercased()
      if input.isEmpty {
        write(style.dim("Type an answer, :hint, or :show.") + "\n")
        continue
      }
      if LessonRunner.quitWords.contains(lowered) { return .quit }
      if [":hint", "hint", "?", ":h"].contains(lowered) {
        if hintsGiven < exercise.hints.count {
          write(display.wrap(hintText(exercise.hints, hintsGiven)) + "\n")
          hintsGiven += 1
        } else {
          write(
            (exercise.hints.isEmpty ? "This exercise has no hints" : "No more hints")
              + "; :show shows the answer.\n")
        }
        continue
      }
      if [":show", ":skip", ":answer"].contains(lowered) { return reveal("") }
      if lowered == ":back" || lowered == ":b" {
        if canGoBack { return .back }
        write("This is the first step.\n")
        continue
      }
      if input.hasPrefix(":") {
        write(display.wrap(LessonRunner.exerciseWords) + "\n")
        continue
      }
      switch expected.check(input) {
      case .right:
        var text = style.success("✓ Right: ") + expected.text + "."
        if let reason = expected.reason { text += " (" + reason + ")" }
        write(display.wrap(text) + "\n")
        return .proceed
      case .unreadable(let message):
        let word = input.split(separator: " ").first.map { String($0).lowercased() } ?? ""
        if ReplCommands.find(word) != nil {
          let reply = explore.handle(input)
          if reply.isQuit { return .quit }
          if !reply.text.isEmpty { write(reply.text + "\n") }
          if LessonRunner.isHelp(input) {
            write(display.wrap(LessonRunner.exerciseWords) + "\n")
          }
        } else {
          write(message + "\n")
        }
      case .wrong:
        wrong += 1
        if wrong >= 3 { return reveal("Not quite. ") }
        // Hints are given on request only: a wrong answer says how many are left.
        let left = exercise.hints.count - hintsGiven
        write(
          left > 0
            ? "Not quite. Try again; :hint for a hint (\(left) left).\n"
            : "Not quite. Try again, or :show for the answer.\n")
      }
    }
  }
}

extension LessonRunner {
  /// `Hint 1 of 3, the idea: …`, or `Hint 1 of 2: …` for plain `hint:` lines.
  func hintText(_ hints: [Hint], _ index: Int) -> String {
    let hint = hints[index]
    return "Hint \(index + 1) of \(hints.count)" + (hint.label.map { ", " + $0 } ?? "") + ": "
      + display.inline(hint.text)
  }
}

extension LessonBlock {
  /// Whether it is an exercise.
  var isExercise: Bool {
    if case .exercise = kind { return true }
    return false
  }
}
