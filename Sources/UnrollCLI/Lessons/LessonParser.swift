import UnrollKit

/// Reads a lesson file (lessons/README.md is the format) into a `Lesson`.
///
/// Every problem is a `LessonProblem` naming the file, the line and what was expected;
/// the parser stops at the first one. It never traps, whatever the file holds.
public enum LessonParser {
  /// The header keys, in the order the README lists them.
  static let headerKeys = ["title", "model", "options", "minutes"]
  /// The keys of an exercise block.
  static let exerciseKeys = ["ask", "answer", "idea", "formula", "numbers", "hint", "after"]
  /// The most hints an exercise has: the idea, the formula, the numbers.
  static let maximumHints = 3
  /// The fenced blocks the runner runs; any other fence is shown as it is.
  static let runnerLanguages = ["repl", "unroll", "exercise"]

  /// Parses `text`, read from `path`, as the lesson `id` (its file name without `.md`).
  public static func parse(_ text: String, path: String, id: String) throws(LessonProblem)
    -> Lesson
  {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
      $0.hasSuffix("\r") ? String($0.dropLast()) : String($0)
    }
    if let first = lines.first, first.hasPrefix("\u{FEFF}") { lines[0] = String(first.dropFirst()) }
    if lines.last == "" { lines.removeLast() }
    let (header, bodyStart) = try parseHeader(lines, path: path)
    var parser = BodyParser(path: path)
    try parser.parse(lines, from: bodyStart)
    guard !parser.steps.isEmpty else {
      throw LessonProblem(
        path, max(lines.count, 1),
        "expected at least one step, a `## Heading` line, after the header")
    }
    return Lesson(id: id, path: path, header: header, intro: parser.intro, steps: parser.steps)
  }

  // MARK: The header

  private static func parseHeader(_ lines: [String], path: String) throws(LessonProblem)
    -> (LessonHeader, Int)
  {
    guard lines.first?.trimmingWhitespace == "---" else {
      throw LessonProblem(
        path, 1, "expected `---` to open the header (title, model, options, minutes)")
    }
    var values: [String: (value: String, line: Int)] = [:]
    var index = 1
    var closing: Int?
    while index < lines.count {
      let line = lines[index].trimmingWhitespace
      let number = index + 1
      index += 1
      if line == "---" {
        closing = number
        break
      }
      if line.isEmpty || line.hasPrefix("#") { continue }
      guard let colon = line.firstIndex(of: ":") else {
        throw LessonProblem(
          path, number, "expected `key: value` in the header, got \(quoted(line))")
      }
      let key = String(line[..<colon]).trimmingWhitespace
      var value = String(line[line.index(after: colon)...]).trimmingWhitespace
      if value.count >= 2, let q = value.first, q == "\"" || q == "'", value.last == q {
        value = String(value.dropFirst().dropLast())
      }
      guard headerKeys.contains(key) else {
        throw LessonProblem(
          path, number,
          "unknown header key \(quoted(key)); expected title, model, options or minutes"
            + suggestion(key, headerKeys))
      }
      guard values[key] == nil else {
        throw LessonProblem(
          path, number, "`\(key):` is given twice (first on line \(values[key]?.line ?? 0))")
      }
      values[key] = (value, number)
    }
    guard let closing else {
      throw LessonProblem(path, 1, "the header opened here is never closed; expected a `---` line")
    }
    func required(_ key: String, _ what: String) throws(LessonProblem) -> (String, Int) {
      guard let entry = values[key], !entry.value.isEmpty else {
        throw LessonProblem(path, closing, "the header has no `\(key):`; expected \(what)")
      }
      return (entry.value, entry.line)
    }
    let (title, _) = try required("title", "the lesson's title")
    let models = ModelKind.allCases.map(\.rawValue)
    let (modelText, modelLine) = try required("model", "one of " + models.joined(separator: ", "))
    guard let model = ModelKind(rawValue: modelText) else {
      let expected = models.map { "`model: \($0)`" }.joined(separator: ", ")
      throw LessonProblem(path, modelLine, "expected one of \(expected), got \(quoted(modelText))")
    }
    let (minutesText, minutesLine) = try required("minutes", "a whole number of minutes")
    guard let minutes = Int(minutesText), minutes > 0, minutes < 1000 else {
      throw LessonProblem(
        path, minutesLine,
        "expected `minutes:` to be a whole number of minutes, got "
          + quoted(minutesText))
    }
    let optionsLine = values["options"]?.line ?? 1
    let options = (values["options"]?.value ?? "").split(whereSeparator: { $0 == " " || $0 == "\t" }
    )
    .map(String.init)
    try checkOptions(options, path: path, line: optionsLine)
    let header = LessonHeader(
      title: title, model: model, options: options, minutes: minutes, optionsLine: optionsLine)
    return (header, closing)
  }

  /// Checks `options:` the way `unroll repl` would, so a bad flag is found on its line.
  private static func checkOptions(_ options: [String], path: String, line: Int)
    throws(LessonProblem)
  {
    if options.contains(where: { $0 == "--model" || $0.hasPrefix("--model=") }) {
      throw LessonProblem(path, line, "the model goes in `model:`, not in `options:`")
    }
    if options.contains(where: { $0 == "--weights" || $0.hasPrefix("--weights=") }) {
      throw LessonProblem(
        path, line, "expected model options drawn from a seed; lessons take no --weights file")
    }
    do {
      let parsed = try ParsedArguments.parse(
        options, options: ModelOptions.options, command: "repl")
      if let word = parsed.positionals.first {
        throw UsageError.unexpectedArgument(word, command: "repl")
      }
      _ = try ModelOptions(parsed)
    } catch {
      throw LessonProblem(path, line, "in `options:`, \(error)")
    }
  }

  // MARK: Helpers

  /// `` `text` ``, shortened past 40 characters.
  static func quoted(_ text: String) -> String {
    "`" + (text.count > 40 ? String(text.prefix(40)) + "…" : text) + "`"
  }

  /// `; did you mean `x`?` when a candidate is close, or nothing.
  static func suggestion(_ word: String, _ candidates: [String]) -> String {
    closest(to: word, among: candidates).map { "; did you mean `\($0)`?" } ?? ""
  }
}

/// The part of the parser after the header: steps, prose and fenced blocks.
private struct BodyParser {
  let path: String
  var intro: [LessonBlock] = []
  var steps: [LessonStep] = []
  private var prose: [String] = []
  private var proseLine = 0

  init(path: String) { self.path = path }

  mutating func parse(_ lines: [String], from start: Int) throws(LessonProblem) {
    var index = start
    while index < lines.count {
      let line = lines[index]
      let number = index + 1
      index += 1
      if let fence = Fence(opening: line) {
        flushProse()
        var body: [(line: Int, text: String)] = []
        var closed = false
        while index < lines.count {
          let inner = lines[index]
          index += 1
          if fence.isClosed(by: inner) {
            closed = true
            break
          }
          body.append((index, inner))
        }
        guard closed else {
          throw LessonProblem(
            path, number,
            "the \(fence.info.isEmpty ? "fenced" : "`\(fence.info)`") block opened here is never "
              + "closed; expected a line of \(String(repeating: fence.character, count: fence.length))"
          )
        }
        append(try block(fence: fence, line: number, body: body))
        continue
      }
      if line.hasPrefix("## ") || line.trimmingWhitespace == "##" {
        flushProse()
        let title = String(line.dropFirst(2)).trimmingWhitespace
        guard !title.isEmpty else {
          throw LessonProblem(path, number, "expected a step title after `##`")
        }
        steps.append(LessonStep(title: title, line: number, blocks: []))
        continue
      }
      if prose.isEmpty { proseLine = number }
      prose.append(line)
    }
    flushProse()
  }

  private mutating func append(_ block: LessonBlock) {
    if steps.isEmpty {
      intro.append(block)
    } else {
      steps[steps.count - 1].blocks.append(block)
    }
  }

  private mutating func flushProse() {
    defer { prose = [] }
    var lines = prose[...]
    while lines.first?.trimmingWhitespace.isEmpty == true {
      lines = lines.dropFirst()
      proseLine += 1
    }
    while lines.last?.trimmingWhitespace.isEmpty == true { lines = lines.dropLast() }
    guard !lines.isEmpty else { return }
    append(LessonBlock(kind: .prose(Array(lines)), line: proseLine))
  }

  private func block(fence: Fence, line: Int, body: [(line: Int, text: String)])
    throws(LessonProblem) -> LessonBlock
  {
    let commands = body.map { ($0.line, $0.text.trimmingWhitespace) }
      .filter { !$0.1.isEmpty && !$0.1.hasPrefix("#") }
    switch fence.info {
    case "repl":
      guard !commands.isEmpty else {
        throw LessonProblem(path, line, "an empty `repl` block; expected REPL commands, one a line")
      }
      for (number, text) in commands {
        let word = text.split(separator: " ").first.map { String($0).lowercased() } ?? ""
        if ["quit", "q", "exit"].contains(word) {
          throw LessonProblem(
            path, number,
            "a `repl` block cannot end the session; expected a REPL command other "
              + "than \(word)")
        }
      }
      return LessonBlock(kind: .repl(commands.map { (line: $0.0, text: $0.1) }), line: line)
    case "unroll":
      guard !commands.isEmpty else {
        throw LessonProblem(
          path, line, "an empty `unroll` block; expected `unroll` command lines, one a line")
      }
      for (number, text) in commands {
        let words: [String]
        do { words = try CommandLineWords.split(text) } catch {
          throw LessonProblem(path, number, "\(error)")
        }
        guard words.first == "unroll" || (words.first == "$" && words.dropFirst().first == "unroll")
        else {
          throw LessonProblem(
            path, number,
            "expected a command line starting with `unroll`, got \(LessonParser.quoted(text))")
        }
        let command = words.drop { $0 == "$" }.dropFirst().first ?? ""
        if ["lesson", "lessons", "repl"].contains(command) {
          throw LessonProblem(
            path, number,
            "a lesson cannot run `unroll \(command)` inside itself; use a `repl` block for the "
              + "lesson's session")
        }
      }
      return LessonBlock(kind: .unroll(commands.map { (line: $0.0, text: $0.1) }), line: line)
    case "exercise":
      return LessonBlock(kind: .exercise(try exercise(line: line, body: body)), line: line)
    default:
      return LessonBlock(kind: .code(info: fence.rawInfo, lines: body.map(\.text)), line: line)
    }
  }

  private func exercise(line: Int, body: [(line: Int, text: String)]) throws(LessonProblem)
    -> Exercise
  {
    var ask: String?
    var answer: (text: String, line: Int)?
    var hints: [Hint] = []
    var after: [String] = []
    var lastKey: String?
    for (number, raw) in body {
      let text = raw.trimmingWhitespace
      if text.isEmpty { continue }
      let key = raw.first == " " || raw.first == "\t" ? nil : Self.key(of: text)
      guard let key else {
        // A continuation of the previous key's text.
        switch lastKey {
        case "ask": ask = TextWrap.joined([ask ?? "", text])
        case "hint", "idea", "formula", "numbers":
          // A hint key always appended a hint, so there is one to continue.
          if !hints.isEmpty {
            hints[hints.count - 1].text = TextWrap.joined([hints[hints.count - 1].text, text])
          }
        default:
          throw LessonProblem(
            path, number,
            "expected `ask:`, `answer:`, `idea:`, `formula:`, `numbers:`, `hint:` or `after:` in "
              + "an exercise, got "
              + LessonParser.quoted(text)
          )
        }
        continue
      }
      let value = String(text.drop { $0 != ":" }.dropFirst()).trimmingWhitespace
      guard LessonParser.exerciseKeys.contains(key) else {
        throw LessonProblem(
          path, number,
          "unknown exercise key \(LessonParser.quoted(key)); expected ask, answer, idea, "
            + "formula, numbers, hint or after"
            + LessonParser.suggestion(key, LessonParser.exerciseKeys))
      }
      guard !value.isEmpty else {
        throw LessonProblem(path, number, "`\(key):` is empty; expected text after it")
      }
      switch key {
      case "ask":
        guard ask == nil else {
          throw LessonProblem(path, number, "a second `ask:`; an exercise asks one question")
        }
        ask = value
      case "answer":
        guard answer == nil else {
          throw LessonProblem(path, number, "a second `answer:`; an exercise has one answer")
        }
        answer = (value, number)
      case "after":
        after.append(value)
      default:
        let hint = Hint(Hint.Grade(rawValue: key), value)
        try check(hint, after: hints, line: number)
        hints.append(hint)
      }
      lastKey = key
    }
    guard let ask else {
      throw LessonProblem(path, line, "this exercise has no `ask:`; expected the question")
    }
    guard let answer else {
      throw LessonProblem(
        path, line,
        "this exercise has no `answer:`; expected `shape NAME`, `value NAME`, `norm NAME` or "
          + "`choice A | B = EXPR`")
    }
    let spec = try AnswerSpec.parse(answer.text, path: path, line: answer.line)
    // Graded hints (each grade once) are offered idea first, whatever order the file wrote
    // them in; plain `hint:` lines keep the file's order.
    let grades = hints.compactMap(\.grade)
    if grades.count == hints.count {
      hints = Hint.Grade.allCases.compactMap { grade in hints.first { $0.grade == grade } }
    }
    return Exercise(
      question: ask, answer: spec, hints: hints, after: after, line: line,
      answerLine: answer.line)
  }

  /// Checks that `hint` can join `hints`: at most three, each grade once, and graded hints
  /// not mixed with plain `hint:` lines (whose order would then be unclear).
  private func check(_ hint: Hint, after hints: [Hint], line: Int) throws(LessonProblem) {
    guard hints.count < LessonParser.maximumHints else {
      throw LessonProblem(
        path, line,
        "a fourth hint; an exercise has at most three (`idea:`, `formula:`, `numbers:`)")
    }
    if let grade = hint.grade, hints.contains(where: { $0.grade == grade }) {
      throw LessonProblem(
        path, line, "a second `\(grade.rawValue):`; an exercise has one hint of each kind")
    }
    if hints.contains(where: { ($0.grade == nil) != (hint.grade == nil) }) {
      throw LessonProblem(
        path, line,
        "`hint:` lines and `idea:`/`formula:`/`numbers:` are mixed; use one way in an exercise")
    }
  }

  /// `ask` for `ask: …`: a word of letters before a colon, or nil.
  private static func key(of text: String) -> String? {
    guard let colon = text.firstIndex(of: ":") else { return nil }
    let word = text[..<colon]
    guard !word.isEmpty, word.allSatisfy({ $0.isLetter }) else { return nil }
    return word.lowercased()
  }
}

/// A fence that opens a code block: ``` or ~~~, three or more, and an info string.
private struct Fence {
  let character: Character
  let length: Int
  /// The first word of the info string: `repl`.
  let info: String
  /// The whole info string, for blocks shown as they are.
  let rawInfo: String

  init?(opening line: String) {
    let indent = line.prefix { $0 == " " }.count
    guard indent <= 3 else { return nil }
    let rest = line.dropFirst(indent)
    guard let first = rest.first, first == "`" || first == "~" else { return nil }
    let run = rest.prefix { $0 == first }.count
    guard run >= 3 else { return nil }
    let infoText = String(rest.dropFirst(run)).trimmingWhitespace
    if first == "`", infoText.contains("`") { return nil }
    character = first
    length = run
    rawInfo = infoText
    info = String(infoText.prefix { !$0.isWhitespace && $0 != "{" }).lowercased()
  }

  func isClosed(by line: String) -> Bool {
    let text = line.trimmingWhitespace
    let indent = line.prefix { $0 == " " }.count
    return indent <= 3 && text.count >= length && text.allSatisfy { $0 == character }
  }
}
