import Foundation

/// `unroll lesson`'s and `unroll lessons`' flags.
enum LessonFlags {
  /// `lesson --restart`.
  static let restart = OptionSpec(
    "--restart", value: nil, help: "start from step 1, whatever was saved")
  /// `lessons --check`.
  static let check = OptionSpec(
    "--check", value: nil, help: "run every lesson without a terminal and report problems")
  /// `lessons --time-limit SECONDS`.
  static let timeLimit = OptionSpec(
    "--time-limit", value: "SECONDS",
    help: "with --check, the time one block may take, 1 to 3600\n"
      + "(default: \(LessonCommand.defaultTimeLimit))")
}

extension Command {
  /// `unroll lesson N|SLUG`: one lesson, interactive on a terminal, a transcript otherwise.
  public static let lesson = Command(
    name: "lesson", summary: "a lesson of the course, one step at a time",
    usage: "unroll lesson N|SLUG [--restart] [--lang en|de|zh|ja]",
    discussion: """
      Runs lesson N (or the lesson named SLUG: `unroll lesson rnn-forward`) on the
      engine: every number it shows is computed as it runs. On a terminal it shows
      one step at a time, runs its commands and pauses: Enter goes on, a REPL
      command (print h_t, where, step) looks around from the lesson's position,
      :back shows the previous step, :quit (or Ctrl-D) saves and leaves. Exercises
      check your answer, give a hint after a wrong try and the answer after three.

      Progress is saved in $XDG_STATE_HOME/unroll/progress.json (by default
      ~/.local/state/unroll/); `unroll lesson N` resumes where you left off, and
      --restart starts over. Without a terminal (stdin or stdout not a TTY) the
      lesson runs straight through and shows the answers, as a transcript; it
      saves no progress.

      With --lang de, zh or ja (or a German, Chinese or Japanese locale) the lesson
      is the translation in lessons/de/ (zh/, ja/) and the runner speaks that
      language; a lesson not translated yet runs in English, with a line that says
      so. Answers may be typed as in that language: 0,25 with a decimal comma,
      full-width digits, positiv, 正, 負.

      \(LessonLibrary.searchOrder)
      """,
    optionGroups: [
      OptionGroup(
        "OPTIONS",
        [LessonFlags.restart])
    ],
    takesArguments: true
  ) { invocation in
    try LessonCommand.runLesson(invocation)
  }

  /// `unroll lessons`: the list, with what is done; `--check` runs every one.
  public static let lessons = Command(
    name: "lessons", summary: "the lessons, with the ones finished marked",
    usage: "unroll lessons [--check] [--lang en|de|zh|ja]",
    discussion: """
      Lists the lessons with their length and where you are in each (✓ done, or
      the step to resume at). With --check, runs every lesson straight through, as
      the tests do, and reports each block that does not parse, each command that
      fails and each exercise the engine cannot answer, as FILE:LINE; exits 1 if
      any lesson has a problem. A block that takes longer than --time-limit is a
      problem, and a gradient check or a training run in it stops there; so is a
      line of the lesson wider than the terminal (80 columns unless COLUMNS says).

      With --lang de, zh or ja the list shows the translated titles, and --check
      checks the translations: each has the English lesson's structure (header,
      steps, blocks, every command and answer) and runs; the glossary
      lessons/LANG/glossary.md has its table's shape. Lessons not translated yet are
      listed, and are not a problem.

      \(LessonLibrary.searchOrder)
      """,
    optionGroups: [
      OptionGroup(
        "OPTIONS",
        [
          LessonFlags.check, LessonFlags.timeLimit,
        ])
    ]
  ) { invocation in
    try LessonCommand.runLessons(invocation)
  }
}

/// What `unroll lesson` and `unroll lessons` do.
enum LessonCommand {
  /// The seconds one block of a lesson may take under `lessons --check`.
  static let defaultTimeLimit = 120

  static func runLesson(_ invocation: Invocation) throws -> ExitCode {
    let terminal = invocation.terminal
    let library = try LessonLibrary.find(environment: terminal.environment)
    let words = invocation.arguments.positionals
    guard words.count == 1, let word = words.first else {
      let problem =
        words.isEmpty
        ? "lesson needs a lesson's number or name"
        : "lesson takes one lesson, got \(words.joined(separator: " "))"
      terminal.writeError(
        "unroll: \(problem); the lessons are:\n" + listing(library, progress: nil))
      return .usage
    }
    guard let id = library.id(for: word) else {
      let suggestion =
        closest(to: word, among: library.slugs + library.ids).map { "; did you mean \($0)?" } ?? ""
      terminal.writeError(
        "unroll: there is no lesson \(word)\(suggestion)\nThe lessons (in \(library.folder)):\n"
          + listing(library, progress: nil))
      return .usage
    }
    let language = terminal.language
    let lesson = try library.load(id, in: language)
    let runner = try LessonRunner(lesson: lesson, terminal: terminal)
    // A lesson not translated yet runs in English, and says so once.
    let fallback =
      language != .en && !library.isTranslated(id, into: language)
      ? Catalogue.text(
        "notice.english", in: language, ["n": "\(lesson.number)", "language": language.name])
      : nil
    let next = library.ids.firstIndex(of: id).flatMap { i in
      i + 1 < library.ids.count ? library.ids[i + 1] : nil
    }
    guard terminal.isInputTTY && terminal.isOutputTTY else {
      if let fallback { terminal.write(TextWrap.wrap(fallback, width: terminal.width) + "\n\n") }
      runner.runTranscript()
      for problem in runner.problems { terminal.writeError("unroll: \(problem)\n") }
      return runner.problems.isEmpty ? .success : .failure
    }
    var store = ProgressStore(environment: terminal.environment)
    var progress = LessonProgress()
    var hasWarned = false
    if store == nil {
      terminal.writeError("unroll: progress not saved: neither XDG_STATE_HOME nor HOME is set\n")
      hasWarned = true
    }
    if let loaded = store?.load() {
      progress = loaded.progress
      if let notice = loaded.notice { terminal.writeError(notice + "\n") }
    }
    let entry = progress.lessons[id]
    let start =
      invocation.arguments.has(LessonFlags.restart) || entry?.isDone == true
      ? 1 : (entry?.step ?? 1)
    let nextLesson = next.flatMap { try? library.load($0, in: language) }
    let isRevisit = entry?.isDone == true && !invocation.arguments.has(LessonFlags.restart)
    let notices = [fallback, isRevisit ? runner.words("notice.revisit") : nil].compactMap { $0 }
    return runner.runInteractive(
      from: start, next: nextLesson,
      notice: notices.isEmpty ? nil : notices.joined(separator: " ")
    ) { step, isDone in
      guard let saving = store else { return false }
      do {
        try saving.save(
          id, LessonProgress.Entry(step: step, steps: lesson.steps.count, isDone: isDone))
        return true
      } catch {
        if !hasWarned {
          terminal.writeError("unroll: progress not saved: \(error)\n")
          hasWarned = true
        }
        store = nil
        return false
      }
    }
  }

  static func runLessons(_ invocation: Invocation) throws -> ExitCode {
    let terminal = invocation.terminal
    let library = try LessonLibrary.find(environment: terminal.environment)
    var limit = defaultTimeLimit
    if let text = invocation.arguments.value(LessonFlags.timeLimit) {
      guard let seconds = Int(text), (1...3600).contains(seconds) else {
        throw UsageError.invalidValue(
          flag: LessonFlags.timeLimit.name, value: text, expected: "an integer from 1 to 3600",
          suggestion: nil)
      }
      limit = seconds
    }
    let language = terminal.language
    if invocation.arguments.has(LessonFlags.check) {
      guard language == .en else {
        return checkTranslations(
          library, into: language, terminal: terminal, timeLimit: .seconds(limit))
      }
      return check(library, terminal: terminal, timeLimit: .seconds(limit))
    }
    var progress = LessonProgress()
    if let loaded = ProgressStore(environment: terminal.environment)?.load() {
      progress = loaded.progress
      if let notice = loaded.notice { terminal.writeError(notice + "\n") }
    }
    guard !library.ids.isEmpty else {
      terminal.write(
        Catalogue.text("lessons.none", in: language, ["folder": library.folder]) + "\n")
      return .success
    }
    terminal.write(
      listing(library, progress: progress, style: terminal.styler, language: language))
    // Wrapped to the terminal: a long folder would pass 80 columns on one line.
    // `UNROLL_LESSONS` and `./lessons` are what to type; "the repository" is said.
    let source =
      library.source == "the repository"
      ? Catalogue.text("lessons.fromRepository", in: language) : library.source
    let footer = Catalogue.text(
      "lessons.footer", in: language, ["folder": library.folder, "source": source])
    terminal.write("\n" + TextWrap.wrap(footer, width: terminal.width) + "\n")
    return .success
  }

  /// One line per lesson: number, title, minutes, and with `progress` where the learner is.
  ///
  /// In `language`, a translated lesson shows its translated title.
  static func listing(
    _ library: LessonLibrary, progress: LessonProgress?, style: Styler = Styler(isEnabled: false),
    language: Language = .en
  ) -> String {
    let say = { (key: String, values: [String: String]) in
      Catalogue.text(key, in: language, values)
    }
    guard !library.ids.isEmpty else { return "  (none yet)\n" }
    var rows: [(String, String, String, String)] = []
    for id in library.ids {
      let number = String(id.prefix { $0.isNumber })
      guard let lesson = try? library.load(id, in: language) else {
        rows.append((number, id + ".md (does not parse: see `unroll lessons --check`)", "", ""))
        continue
      }
      var status = ""
      if let entry = progress?.lessons[id] {
        status =
          entry.isDone
          ? style(say("lessons.done", [:]), .green)
          : say("lessons.step", ["step": "\(entry.step)", "total": "\(lesson.steps.count)"])
      }
      rows.append(
        (
          number, lesson.header.title, say("lessons.minutes", ["n": "\(lesson.header.minutes)"]),
          status
        ))
    }
    let titleWidth = min(rows.map { TextWrap.columns($0.1) }.max() ?? 0, 60)
    let minutesWidth = max(rows.map { TextWrap.columns($0.2) }.max() ?? 0, 6) + 2
    return rows.map { number, title, minutes, status in
      let line =
        "  \(number)  " + title.padding(to: titleWidth + 2) + minutes.padding(to: minutesWidth)
        + status
      return String(line.reversed().drop { $0 == " " }.reversed()) + "\n"
    }.joined()
  }

  /// `1 step`, `6 steps`, `no exercise`.
  static func count(_ n: Int, _ noun: String) -> String {
    n == 0 ? "no \(noun)" : "\(n) \(noun)" + (n == 1 ? "" : "s")
  }

  /// Runs every lesson straight through, output discarded; one line per lesson.
  static func check(
    _ library: LessonLibrary, terminal: Terminal, timeLimit: Duration? = nil
  ) -> ExitCode {
    guard !library.ids.isEmpty else {
      terminal.write("No lesson files (NN-slug.md) in \(library.folder): nothing to check.\n")
      return .success
    }
    var failed = 0
    let styler = terminal.styler
    let nameWidth = (library.ids.map(\.count).max() ?? 0) + 3
    for id in library.ids {
      var problems: [LessonProblem] = []
      var summary = ""
      do {
        let lesson = try library.load(id)
        problems = try run(lesson, terminal: terminal, timeLimit: timeLimit)
        summary = self.summary(lesson)
      } catch let problem as LessonProblem {
        problems = [problem]
      } catch {
        problems = [LessonProblem(library.path(of: id), 1, "\(error)")]
      }
      if problems.isEmpty {
        terminal.write(
          styler("ok  ", .green) + "  " + (id + ".md").padding(to: nameWidth + 2) + summary + "\n")
      } else {
        failed += 1
        terminal.write(styler("FAIL", .red) + "  \(id).md\n")
        for problem in problems { terminal.write("      \(problem)\n") }
      }
    }
    let count = library.ids.count
    terminal.write(
      failed == 0
        ? "\(count) lesson\(count == 1 ? "" : "s") checked in \(library.folder): all ok.\n"
        : "\(failed) of \(count) lessons in \(library.folder) have problems.\n")
    return failed == 0 ? .success : .failure
  }

  /// Runs `lesson` straight through, its text discarded, as `--check` does: the problems
  /// of its blocks and its hints.
  static func run(_ lesson: Lesson, terminal: Terminal, timeLimit: Duration?) throws(LessonProblem)
    -> [LessonProblem]
  {
    let runner = try LessonRunner(lesson: lesson, terminal: terminal, isShown: false)
    runner.blockTimeLimit = timeLimit
    runner.runTranscript()
    return runner.problems + lesson.hintProblems
  }

  /// `9 steps, 4 exercises`.
  static func summary(_ lesson: Lesson) -> String {
    count(lesson.steps.count, "step") + ", " + count(lesson.exercises.count, "exercise")
  }

  /// `lessons --check --lang X`: every lesson translated into `language` keeps its English
  /// lesson's structure and runs, and the glossary has its shape; the lessons not
  /// translated yet are listed, and are not a problem.
  static func checkTranslations(
    _ library: LessonLibrary, into language: Language, terminal: Terminal,
    timeLimit: Duration? = nil
  ) -> ExitCode {
    let styler = terminal.styler
    let nameWidth = (library.ids.map(\.count).max() ?? 0) + 3
    let folder = library.folder + "/" + language.rawValue
    var failed = 0
    var checked = 0
    var untranslated: [String] = []
    for id in library.ids {
      guard library.isTranslated(id, into: language) else {
        untranslated.append(String(id.prefix { $0.isNumber }))
        continue
      }
      checked += 1
      let path = library.translationPath(of: id, in: language)
      var problems: [LessonProblem] = []
      var summary = ""
      do {
        let english = try library.load(id)
        let lesson = try library.load(id, in: language)
        problems = LessonTranslation.problems(lesson, english: english)
        if problems.isEmpty { problems = try run(lesson, terminal: terminal, timeLimit: timeLimit) }
        summary = self.summary(lesson)
      } catch let problem as LessonProblem {
        problems = [problem]
      } catch {
        problems = [LessonProblem(path, 1, "\(error)")]
      }
      let name = language.rawValue + "/" + id + ".md"
      if problems.isEmpty {
        terminal.write(
          styler("ok  ", .green) + "  " + name.padding(to: nameWidth + 5) + summary + "\n")
      } else {
        failed += 1
        terminal.write(styler("FAIL", .red) + "  \(name)\n")
        for problem in problems { terminal.write("      \(problem)\n") }
      }
    }
    let glossaryPath = library.glossaryPath(in: language)
    var glossaryLine = "no glossary yet (\(glossaryPath))"
    if FileManager.default.fileExists(atPath: glossaryPath) {
      do {
        let glossary = try GlossaryCommand.load(glossaryPath)
        terminal.write(
          styler("ok  ", .green) + "  "
            + (language.rawValue + "/glossary.md").padding(to: nameWidth + 5)
            + "\(glossary.rows.count) terms\n")
        glossaryLine = ""
      } catch {
        failed += 1
        terminal.write(styler("FAIL", .red) + "  \(language.rawValue)/glossary.md\n")
        terminal.write("      \(error)\n")
        glossaryLine = ""
      }
    }
    var lines: [String] = []
    if !glossaryLine.isEmpty { lines.append(glossaryLine) }
    if !untranslated.isEmpty {
      lines.append(
        "Not translated into \(language.name) yet (they run in English): "
          + untranslated.joined(separator: ", ") + ".")
    }
    lines.append(
      failed == 0
        ? "\(checked) of \(library.ids.count) lessons translated in \(folder): all ok."
        : "\(failed) problem file\(failed == 1 ? "" : "s") in \(folder).")
    terminal.write(lines.map { TextWrap.wrap($0, width: terminal.width) + "\n" }.joined())
    return failed == 0 ? .success : .failure
  }
}
