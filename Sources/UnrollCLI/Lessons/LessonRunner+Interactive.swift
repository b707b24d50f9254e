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
  var pauseWords: String { words("pause.words") }

  /// What can be typed at an exercise.
  var exerciseWords: String { words("exercise.words") }

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
            words(
              "resume",
              ["step": "\(index + 1)", "total": "\(total)", "n": "\(lesson.number)"]))
          + "\n")
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
              style.dim(words("pause.first"))) + "\n")
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
    var end = "\n" + style.success(words("end.done", ["n": "\(lesson.number)"])) + " "
    if let next {
      end += words("end.next", ["next": "\(next.number)", "title": next.header.title])
    } else {
      end += words("end.all")
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
    let values = [
      "step": "\(index + 1)", "total": "\(lesson.steps.count)", "n": "\(lesson.number)",
    ]
    let sentence = words(save(index + 1, false) ? "leave.saved" : "leave.unsaved", values)
    write("\n" + display.wrap(sentence) + "\n")
    return .success
  }

  /// Waits after step `index`: Enter, `:back`, `:quit`, or REPL commands on a copy.
  private func pause(at index: Int, reader: LineInput) -> Next {
    let total = lesson.steps.count
    let isLast = index == total - 1
    var explore = session
    let prompt =
      style.bold(
        words(
          "pause.prompt",
          ["n": "\(lesson.number)", "step": "\(index + 1)", "total": "\(total)"]))
      + (isLast ? words("pause.finish") : "") + " › "
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
          write(style.dim(words("pause.own")) + "\n")
        }
        return .proceed
      }
      if LessonRunner.quitWords.contains(lowered) { return .quit }
      if lowered == ":back" || lowered == ":b" {
        if index == 0 {
          write(words("pause.firstStep") + "\n")
          continue
        }
        return .back
      }
      if input.hasPrefix(":") {
        write(display.wrap(pauseWords) + "\n")
        continue
      }
      let reply = explore.handle(input)
      if reply.isQuit { return .quit }
      if !reply.text.isEmpty { write(TextWrap.fold(reply.text, width: display.width) + "\n") }
      if LessonRunner.isHelp(input) { write(display.wrap(pauseWords) + "\n") }
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
      write(style.warning(words("exercise.cannot")) + "\n")
      return .proceed
    }
    if !hasAskedBefore {
      write(
        display.wrap(
          style.dim(words("exercise.how")))
          + "\n")
      hasAskedBefore = true
    }
    var explore = session
    var wrong = 0
    var hintsGiven = 0
    let reveal = { (prefix: String) -> Next in
      var text =
        prefix
        + self.words(
          "exercise.reveal", ["answer": self.style.bold(expected.text(in: self.language))])
      if let reason = expected.reason(in: self.language) { text += " (" + reason + ")" }
      self.write(self.display.wrap(text) + "\n")
      return .proceed
    }
    while true {
      let read = reader.read(
        prompt: style.bold(words("exercise.prompt")) + " › ",
        complete: LessonRunner.completer(explore, words: [":hint", ":show", ":back", ":quit"]))
      guard case .line(let line) = read else {
        // Ctrl-C on a line with text drops that line; at an empty one, as Ctrl-D, it leaves.
        if case .cancelled(let text) = read, !text.trimmingWhitespace.isEmpty { continue }
        return .quit
      }
      let input = line.trimmingWhitespace
      let lowered = input.lowercased()
      if input.isEmpty {
        write(style.dim(words("exercise.empty")) + "\n")
        continue
      }
      if LessonRunner.quitWords.contains(lowered) { return .quit }
      if [":hint", "hint", "?", ":h"].contains(lowered) {
        if hintsGiven < exercise.hints.count {
          write(display.wrap(hintText(exercise.hints, hintsGiven)) + "\n")
          hintsGiven += 1
        } else {
          write(
            words(exercise.hints.isEmpty ? "exercise.noHints" : "exercise.noMoreHints") + "\n")
        }
        continue
      }
      if [":show", ":skip", ":answer"].contains(lowered) { return reveal("") }
      if lowered == ":back" || lowered == ":b" {
        if canGoBack { return .back }
        write(words("pause.firstStep") + "\n")
        continue
      }
      if input.hasPrefix(":") {
        write(display.wrap(exerciseWords) + "\n")
        continue
      }
      switch expected.check(input, in: language) {
      case .right:
        var text = style.success(words("exercise.right")) + expected.text(in: language) + "."
        if let reason = expected.reason(in: language) { text += " (" + reason + ")" }
        write(display.wrap(text) + "\n")
        return .proceed
      case .unreadable(let message):
        let word = input.split(separator: " ").first.map { String($0).lowercased() } ?? ""
        if ReplCommands.find(word) != nil {
          let reply = explore.handle(input)
          if reply.isQuit { return .quit }
          if !reply.text.isEmpty { write(TextWrap.fold(reply.text, width: display.width) + "\n") }
          if LessonRunner.isHelp(input) {
            write(display.wrap(exerciseWords) + "\n")
          }
        } else {
          write(message + "\n")
        }
      case .wrong:
        wrong += 1
        if wrong >= 3 { return reveal(words("exercise.notQuite")) }
        // Hints are given on request only: a wrong answer says how many are left.
        let left = exercise.hints.count - hintsGiven
        write(
          (left > 0
            ? words("exercise.tryHint", ["left": "\(left)"]) : words("exercise.tryShow")) + "\n")
      }
    }
  }
}

extension LessonRunner {
  /// `Hint 1 of 3, the idea: …`, or `Hint 1 of 2: …` for plain `hint:` lines.
  func hintText(_ hints: [Hint], _ index: Int) -> String {
    let hint = hints[index]
    let heading = words("hint.heading", ["n": "\(index + 1)", "count": "\(hints.count)"])
    let label = hint.grade.map { words("hint." + $0.rawValue) }
    return heading + (label.map { ", " + $0 } ?? "") + ": "
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
