import Foundation
import UnrollKit

/// Runs one lesson on the engine: its `repl` blocks on a `ReplSession`, its `unroll` blocks
/// in-process, its exercises against the session's values.
///
/// Two ways: `runTranscript` goes straight through and shows every answer (no terminal,
/// and `unroll lessons --check`); `runInteractive` (LessonRunner+Interactive.swift) pauses
/// after each step and asks the exercises. Problems (a refused command, a command that
/// fails, an exercise the engine cannot answer) are collected with their file and line.
final class LessonRunner {
  /// The lesson.
  let lesson: Lesson
  /// Where output goes and input comes from.
  let terminal: Terminal
  /// How prose is shown.
  let display: LessonDisplay
  /// The lesson's session: the position `repl` blocks move and pauses explore from.
  var session: ReplSession
  /// The session as recorded, at its first stop, to rebuild a position from.
  let firstStop: ReplSession
  /// What went wrong so far, in order.
  private(set) var problems: [LessonProblem] = []
  /// Where text goes: the terminal, or nil for `--check`, which keeps the text of the
  /// block being shown (`unshown`) only to measure its lines.
  private let output: ((String) -> Void)?
  /// Under `--check`, the text of the block being shown, not yet measured.
  private var unshown = ""
  /// Whether an exercise was asked in this run (how to answer is said once).
  var hasAskedBefore = false
  /// The time a `repl` or `unroll` block may take (`lessons --check --time-limit`); a
  /// block past it is a problem, and a gradient check or training in it stops there.
  var blockTimeLimit: Duration?

  /// A runner for `lesson` on `terminal`; `isShown` false discards the text (for `--check`).
  ///
  /// Records the session from the header's model and options as `unroll repl` would;
  /// a header that cannot be recorded is a `LessonProblem` on its `options:` line.
  init(lesson: Lesson, terminal: Terminal, isShown: Bool = true) throws(LessonProblem) {
    self.lesson = lesson
    self.terminal = terminal
    let isColoured = isShown && terminal.usesColor
    let settings = ReplSettings(
      isColoured: isColoured, heat: isColoured ? (terminal.isUnicode ? .unicode : .ascii) : .off,
      width: min(terminal.width, 100), language: terminal.language)
    display = LessonDisplay(
      style: settings.style, width: terminal.width, language: terminal.language)
    output = isShown ? { terminal.write($0) } : nil
    do {
      let parsed = try ParsedArguments.parse(
        lesson.header.options, options: ModelOptions.options, command: "repl")
      var options = try ModelOptions(parsed)
      options.model = lesson.header.model
      let trace = try options.setup().trace()
      // Under --check an `export` runs but writes nothing, so checking leaves no files.
      session = ReplSession(
        trace: trace, settings: settings,
        writeFile: { export, force in
          if isShown { try export.write(force: force) }
        })
      firstStop = session
    } catch {
      throw LessonProblem(
        lesson.path, lesson.header.optionsLine, "the session cannot start: \(error)")
    }
  }

  var style: Style { display.style }

  /// The language the runner speaks (the lesson's own text is the file's).
  var language: Language { display.language }

  /// The catalogue's `key` in the runner's language, its blanks filled from `values`.
  func words(_ key: String, _ values: [String: String] = [:]) -> String {
    Catalogue.text(key, in: language, values)
  }

  // MARK: Straight through

  /// Shows the whole lesson with every block run and every answer given.
  func runTranscript() {
    write(display.banner(lesson))
    measure(at: 1)
    for block in lesson.intro { show(block) }
    for (i, step) in lesson.steps.enumerated() {
      write(display.stepHeading(step, number: i + 1, of: lesson.steps.count))
      measure(at: step.line)
      for block in step.blocks { show(block) }
    }
    write("\n" + style.bold(words("end.transcript", ["n": "\(lesson.number)"])) + "\n")
  }

  /// Writes `text` to the terminal; under `--check`, keeps it to measure (`measure`).
  func write(_ text: String) {
    if let output { output(text) } else { unshown += text }
  }

  /// Runs `block` and writes its text after a blank line; an exercise with its answer.
  ///
  /// `unroll` blocks write as each command finishes, so a slow one (`unroll train`) shows
  /// its command line and the ones before it first.
  func show(_ block: LessonBlock) {
    write("\n")
    switch block.kind {
    case .prose(let lines): write(display.prose(lines))
    case .code(let info, let lines): write(display.code(info: info, lines: lines))
    case .repl(let commands): timed(block) { write(runRepl(commands)) }
    case .unroll(let commands): timed(block) { runUnroll(commands) }
    case .exercise(let exercise): write(answered(exercise))
    }
    measure(at: block.line)
  }

  /// Under `--check`, a problem at `line` for the first line of the text written since the
  /// last measure that is wider than the lesson's width (80 columns unless COLUMNS or a
  /// wider terminal says otherwise): on a terminal of that width it would wrap.
  private func measure(at line: Int) {
    guard output == nil else { return }
    defer { unshown = "" }
    let lines = LessonDisplay.withoutStyles(unshown).split(separator: "\n")
    guard let wide = lines.first(where: { TextWrap.columns(String($0)) > display.width })
    else { return }
    record(
      line,
      "a line of \(TextWrap.columns(String(wide))) columns, wider than \(display.width): "
        + wide.prefix(50).trimmingCharacters(in: .whitespaces) + "…")
  }

  /// Runs `body`, and records a problem on `block`'s line when it took longer than
  /// `blockTimeLimit`.
  private func timed(_ block: LessonBlock, _ body: () -> Void) {
    guard let limit = blockTimeLimit else { return body() }
    let start = ContinuousClock.now
    body()
    let took = ContinuousClock.now - start
    if took > limit {
      record(
        block.line,
        "the block took \(TimeLimitExceeded.seconds(took)), over the limit of "
          + "\(TimeLimitExceeded.seconds(limit)) (--time-limit)")
    }
  }

  /// The question and the engine's answer (and why, for a choice).
  func answered(_ exercise: Exercise) -> String {
    var text = exerciseQuestion(exercise)
    if let expected = expectedAnswer(exercise) {
      text += style.success(words("exercise.answer")) + expected.text(in: language) + "\n"
      if let reason = expected.reason(in: language) {
        text += style.dim("(" + reason + ")") + "\n"
      }
    }
    return text
  }

  /// `Exercise · the question`, wrapped.
  func exerciseQuestion(_ exercise: Exercise) -> String {
    display.wrap(style.bold(words("exercise.label")) + " " + display.inline(exercise.question))
      + "\n"
  }

  // MARK: Blocks

  /// Runs each command on the session; `(unroll) command` and its reply for each.
  func runRepl(_ commands: [(line: Int, text: String)]) -> String {
    var text = ""
    for (line, command) in commands {
      let reply = session.handle(command)
      if reply.isError || reply.isQuit {
        record(line, "the REPL refused `\(command)`: " + firstLine(reply.text))
      }
      text += style.dim("(unroll) ") + command + "\n"
      if !reply.text.isEmpty { text += TextWrap.fold(reply.text, width: display.width) + "\n" }
    }
    return text
  }

  /// Runs the `repl` blocks of `blocks` without showing anything, to rebuild a position.
  func replay(_ blocks: [LessonBlock]) {
    for block in blocks {
      guard case .repl(let commands) = block.kind else { continue }
      for (_, command) in commands { _ = session.handle(command) }
    }
  }

  /// Runs each command line in-process on an in-memory terminal, writing `$ unroll …`
  /// before it runs and its output after.
  ///
  /// The line is shown as written; a word starting with `lessons/` runs as a path in the
  /// lessons folder this lesson was read from (`inLessonsFolder`).
  func runUnroll(_ commands: [(line: Int, text: String)]) {
    for (line, written) in commands {
      let (command, expected) = LessonRunner.expectedExit(of: written)
      let words = ((try? CommandLineWords.split(command)) ?? []).drop { $0 == "$" }.dropFirst()
      let shown = "unroll " + words.joined(separator: " ")
      let arguments = words.map { LessonRunner.inLessonsFolder($0, lessonPath: lesson.path) }
      // `$ ` dimmed, the command across lines as a shell takes it when it is too wide.
      let lines = TextWrap.shellLines(["unroll"] + words, width: display.width)
      write(style.dim("$ ") + lines.joined(separator: "\n").dropFirst(2) + "\n")
      // The same width as the lesson's prose, whatever COLUMNS said.
      var environment = terminal.environment
      environment["COLUMNS"] = String(min(terminal.width, 100))
      let inner = Terminal(input: [], environment: environment, isTTY: false)
      inner.deadline = blockTimeLimit.map { Deadline($0) }
      let code = Unroll.run(arguments, terminal: inner)
      let output = LessonRunner.asWritten(
        inner.capturedOutput + inner.capturedError, lessonPath: lesson.path)
      write(TextWrap.fold(output, width: display.width))
      if code != expected {
        let said = firstLine(LessonRunner.failure(in: inner.capturedError))
        record(
          line,
          "`\(shown)` exited with \(code)"
            + (expected == 0
              ? ": " + said : ", expected \(expected)" + (said.isEmpty ? "" : ": " + said)))
      }
    }
  }

  /// A command line without its trailing `# exits N` comment, and the exit code it
  /// declares (0 when there is none).
  ///
  /// `unroll check` exits 1 on a wrong backward pass, which is what a lesson about a bug
  /// wants to show; the comment says so on GitHub and in a shell, where `#` starts a comment.
  static func expectedExit(of line: String) -> (command: String, exit: Int32) {
    guard let hash = line.range(of: "#", options: .backwards) else { return (line, 0) }
    let comment = line[hash.upperBound...].trimmingCharacters(in: .whitespaces)
    guard comment.hasPrefix("exits "), let code = Int32(comment.dropFirst(6)) else {
      return (line, 0)
    }
    return (String(line[..<hash.lowerBound]).trimmingCharacters(in: .whitespaces), code)
  }

  /// The lines of `stderr` that say why a command failed: its notes left out, and each
  /// line without its `unroll: `.
  static func failure(in stderr: String) -> String {
    let lines = stderr.split(separator: "\n").map(String.init)
    let reasons = lines.filter { !$0.hasPrefix("unroll: note: ") }
    return (reasons.isEmpty ? lines : reasons).map {
      $0.hasPrefix("unroll: ") ? String($0.dropFirst("unroll: ".count)) : $0
    }.joined(separator: "\n")
  }

  /// `word` with a leading `lessons/` (alone, or after `=` as in `--weights=lessons/…`)
  /// replaced by the folder of `lessonPath`, so `unroll trace --weights lessons/data/rnn.json`
  /// reads the same file from any working directory, and from `UNROLL_LESSONS`'s folder
  /// whatever it is named.
  ///
  /// A translated lesson (`lessons/de/05-….md`) shares the course's data: its `lessons/`
  /// is the folder above its language's. Any other word is left as it is.
  static func inLessonsFolder(_ word: String, lessonPath: String) -> String {
    let prefix = "lessons/"
    let folder = lessonsFolder(of: lessonPath)
    if word.hasPrefix(prefix) { return folder + "/" + word.dropFirst(prefix.count) }
    if word.hasPrefix("-"), let equals = word.firstIndex(of: "=") {
      let value = word[word.index(after: equals)...]
      if value.hasPrefix(prefix) {
        return word[...equals] + folder + "/" + value.dropFirst(prefix.count)
      }
    }
    return word
  }

  /// The course's folder, the one a command's `lessons/` stands for: the folder of
  /// `lessonPath`, or the one above it for a translation (`lessons/de/`).
  static func lessonsFolder(of lessonPath: String) -> String {
    var url = URL(fileURLWithPath: lessonPath).deletingLastPathComponent()
    if Language(rawValue: url.lastPathComponent).map({ $0 != .en }) == true {
      url.deleteLastPathComponent()
    }
    return url.path
  }

  /// A command's `output` with the lessons folder written `lessons/` again, as the
  /// learner's command line wrote it (`note: lessons/data/rnn.json gives …`), not as the
  /// absolute path it ran with.
  static func asWritten(_ output: String, lessonPath: String) -> String {
    output.replacingOccurrences(of: lessonsFolder(of: lessonPath) + "/", with: "lessons/")
  }

  /// The engine's answer to `exercise` at the session's position; nil (and a problem) if
  /// it has none.
  func expectedAnswer(_ exercise: Exercise) -> ExpectedAnswer? {
    // `after:` moves a copy, so the question can come before the step that shows it.
    var ahead = session
    for command in exercise.after {
      let reply = ahead.handle(command)
      guard !reply.isError, !reply.isQuit else {
        record(exercise.line, "`after: \(command)` did not run: " + firstLine(reply.text))
        return nil
      }
    }
    switch ahead.expectedAnswer(exercise.answer) {
    case .success(let answer): return answer
    case .failure(let refusal):
      record(exercise.answerLine, "the engine cannot answer this exercise here: " + refusal.text)
      return nil
    }
  }

  private func record(_ line: Int, _ message: String) {
    problems.append(LessonProblem(lesson.path, line, message))
  }

  private func firstLine(_ text: String) -> String {
    let line = text.split(separator: "\n").first.map(String.init) ?? text
    return LessonDisplay.withoutStyles(line).trimmingWhitespace
  }
}
