import Testing
import UnrollKit

@testable import UnrollCLI

/// The lesson format: a good file parsed whole, and each kind of malformed file reported
/// as exactly one `file:line: what was expected`.
@Suite struct LessonParserTests {
  static let header = """
    ---
    title: Tiny
    model: lstm
    options: --seed 2 --steps 3
    minutes: 5
    ---

    """

  func parse(_ body: String, header: String = LessonParserTests.header) throws(LessonProblem)
    -> Lesson
  {
    try LessonParser.parse(header + body, path: "lessons/07-tiny.md", id: "07-tiny")
  }

  /// The one problem parsing `text` reports, as `file:line: message`.
  func problem(_ body: String, header: String = LessonParserTests.header) -> String? {
    do {
      _ = try parse(body, header: header)
      return nil
    } catch {
      return error.description
    }
  }

  @Test func aGoodFileHasItsHeaderIntroStepsAndBlocksWithLines() throws {
    let lesson = try parse(
      """
      # Tiny

      Some prose.

      ## First
      Text with `code`.

      ```repl
      goto forward 2
      # a comment
      print f_t
      ```

      ```python
      x = 1
      ```

      ## Second

      ```exercise
      ask: Which gate is most open?
        Look at the means.
      answer: choice f_t | i_t | o_t@2 = mean
      hint: print each.
      hint: compare.
      ```

      ```unroll
      $ unroll trace --model lstm --format "json"
      ```
      """)
    #expect(lesson.header.title == "Tiny")
    #expect(lesson.header.model == .lstm)
    #expect(lesson.header.options == ["--seed", "2", "--steps", "3"])
    #expect(lesson.header.minutes == 5)
    #expect(lesson.header.optionsLine == 4)
    #expect(lesson.number == 7)
    #expect(lesson.slug == "tiny")
    #expect(
      lesson.intro == [
        LessonBlock(kind: .prose(["# Tiny", "", "Some prose."]), line: 7)
      ])
    #expect(lesson.steps.map(\.title) == ["First", "Second"])
    #expect(lesson.steps.map(\.line) == [11, 24])
    let first = lesson.steps[0].blocks
    #expect(first.map(\.line) == [12, 14, 20])
    #expect(first[0].kind == .prose(["Text with `code`."]))
    #expect(
      first[1].kind == .repl([(line: 15, text: "goto forward 2"), (line: 17, text: "print f_t")]))
    #expect(first[2].kind == .code(info: "python", lines: ["x = 1"]))
    let exercise = try #require(lesson.exercises.first)
    #expect(exercise.question == "Which gate is most open? Look at the means.")
    #expect(
      exercise.answer
        == .choice(
          [NameRef(name: "f_t", t: nil), NameRef(name: "i_t", t: nil), NameRef(name: "o_t", t: 2)],
          .mean, largest: true))
    #expect(exercise.hints == [Hint(nil, "print each."), Hint(nil, "compare.")])
    #expect(exercise.line == 26)
    #expect(exercise.answerLine == 29)
    #expect(
      lesson.steps[1].blocks[1].kind
        == .unroll([(line: 35, text: "$ unroll trace --model lstm --format \"json\"")]))
  }

  /// Graded hints are offered idea, formula, numbers, in whatever order they were written;
  /// an indented line continues the one before.
  @Test func gradedHintsAreReadInTheirOrder() throws {
    let lesson = try parse(
      """
      ## A
      ```exercise
      ask: How tall is h_t?
      answer: shape h_t
      numbers: hidden is 3,
        input is 1.
      idea: h_t is a column.
      formula: Whh · h is (hidden, 1).
      ```
      """)
    let exercise = try #require(lesson.exercises.first)
    #expect(
      exercise.hints == [
        Hint(.idea, "h_t is a column."), Hint(.formula, "Whh · h is (hidden, 1)."),
        Hint(.numbers, "hidden is 3, input is 1."),
      ])
    #expect(exercise.hints.map(\.grade) == [.idea, .formula, .numbers])
  }

  @Test func answerSpecsOfEveryKind() throws {
    func spec(_ text: String) throws(LessonProblem) -> AnswerSpec {
      try AnswerSpec.parse(text, path: "f.md", line: 1)
    }
    let h = NameRef(name: "h_t", t: nil)
    #expect(try spec("shape Whh") == .shape(NameRef(name: "Whh", t: nil)))
    #expect(try spec("value loss") == .value(NameRef(name: "loss", t: nil), index: []))
    #expect(try spec("value h_t[3]") == .value(h, index: [3]))
    #expect(try spec("sign dby") == .sign(NameRef(name: "dby", t: nil), index: []))
    #expect(try spec("sign h_t@3[2]") == .sign(NameRef(name: "h_t", t: 3), index: [2]))
    #expect(try spec("vector dC_next") == .vector(NameRef(name: "dC_next", t: nil)))
    #expect(try spec("value Whh[1, 2]") == .value(NameRef(name: "Whh", t: nil), index: [1, 2]))
    #expect(try spec("norm h_t@4") == .norm(NameRef(name: "h_t", t: 4)))
    #expect(
      try spec("choice h_t | dh = smallest norm")
        == .choice([h, NameRef(name: "dh", t: nil)], .norm, largest: false))
  }

  @Test func malformedFilesAreReportedAtTheirLine() {
    let cases: [(header: String, body: String, expected: String)] = [
      (
        "", "# Tiny\n",
        "lessons/07-tiny.md:1: expected `---` to open the header (title, model, options, minutes)"
      ),
      (
        "---\ntitle: x\n", "",
        "lessons/07-tiny.md:1: the header opened here is never closed; expected a `---` line"
      ),
      (
        "---\ntitel: x\n---\n", "## A\n",
        "lessons/07-tiny.md:2: unknown header key `titel`; expected title, model, options or minutes; did you mean `title`?"
      ),
      (
        "---\ntitle: x\nmodel gpt\n---\n", "## A\n",
        "lessons/07-tiny.md:3: expected `key: value` in the header, got `model gpt`"
      ),
      (
        "---\ntitle: x\nmodel: gpt\nminutes: 3\n---\n", "## A\n",
        "lessons/07-tiny.md:3: expected one of `model: rnn`, `model: lstm`, `model: gru`, got `gpt`"
      ),
      (
        "---\ntitle: x\nmodel: rnn\n---\n", "## A\n",
        "lessons/07-tiny.md:4: the header has no `minutes:`; expected a whole number of minutes"
      ),
      (
        "---\ntitle: x\nmodel: rnn\nminutes: soon\n---\n", "## A\n",
        "lessons/07-tiny.md:4: expected `minutes:` to be a whole number of minutes, got `soon`"
      ),
      (
        "---\ntitle: x\nmodel: rnn\noptions: --hidden-size 0\nminutes: 3\n---\n", "## A\n",
        "lessons/07-tiny.md:4: in `options:`, --hidden-size must be an integer from 1 to 512, got 0"
      ),
      (
        "---\ntitle: x\nmodel: rnn\noptions: --sed 1\nminutes: 3\n---\n", "## A\n",
        "lessons/07-tiny.md:4: in `options:`, unknown flag --sed; did you mean --seed?"
      ),
      (
        "---\ntitle: x\nmodel: rnn\noptions: --model lstm\nminutes: 3\n---\n", "## A\n",
        "lessons/07-tiny.md:4: the model goes in `model:`, not in `options:`"
      ),
      (
        Self.header, "Only prose.\n",
        "lessons/07-tiny.md:7: expected at least one step, a `## Heading` line, after the header"
      ),
      (
        Self.header, "## A\n\n```repl\nprint h_t\n",
        "lessons/07-tiny.md:9: the `repl` block opened here is never closed; expected a line of ```"
      ),
      (
        Self.header, "## A\n```repl\n```\n",
        "lessons/07-tiny.md:8: an empty `repl` block; expected REPL commands, one a line"
      ),
      (
        Self.header, "## A\n```repl\nstep\nquit\n```\n",
        "lessons/07-tiny.md:10: a `repl` block cannot end the session; expected a REPL command other than quit"
      ),
      (
        Self.header, "## A\n```unroll\ntrace\n```\n",
        "lessons/07-tiny.md:9: expected a command line starting with `unroll`, got `trace`"
      ),
      (
        Self.header, "## A\n```unroll\nunroll lesson 2\n```\n",
        "lessons/07-tiny.md:9: a lesson cannot run `unroll lesson` inside itself; use a `repl` block for the lesson's session"
      ),
      (
        Self.header, "## A\n```exercise\nask: Why?\n```\n",
        "lessons/07-tiny.md:8: this exercise has no `answer:`; expected `shape NAME`, `value NAME`, `norm NAME` or `choice A | B = EXPR`"
      ),
      (
        Self.header, "## A\n```exercise\nask: Why?\nanswr: shape h_t\n```\n",
        "lessons/07-tiny.md:10: unknown exercise key `answr`; expected ask, answer, idea, formula, numbers, hint or after; did you mean `answer`?"
      ),
      (
        Self.header, "## A\n```exercise\nask: Why?\nanswer: size h_t\n```\n",
        "lessons/07-tiny.md:10: expected `shape NAME`, `value NAME`, `value NAME[i]`, `norm NAME`, `sign NAME[i]`, `vector NAME` or `choice A | B | C = EXPR`, got `size h_t`"
      ),
      (
        Self.header, "## A\n```exercise\nask: Why?\nanswer: choice f_t | i_t = median\n```\n",
        "lessons/07-tiny.md:10: unknown EXPR `median`; expected one of mean, meanabs, max, min, maxabs, norm, value, optionally after `largest` or `smallest`"
      ),
      (
        Self.header, "## A\n```exercise\nask: Why?\nanswer: value h_t[-1]\n```\n",
        "lessons/07-tiny.md:10: expected an index `[i]` or `[i, j]` counted from 0, got `h_t[-1]`"
      ),
      (
        Self.header, "## A\n```exercise\nask: Why?\nanswer: choice f_t = mean\n```\n",
        "lessons/07-tiny.md:10: expected two or more choices separated by `|`"
      ),
      (
        Self.header, "## A\n```exercise\nanswer: shape h_t\nask: a\nask: b\n```\n",
        "lessons/07-tiny.md:11: a second `ask:`; an exercise asks one question"
      ),
      (
        Self.header, "## A\n```exercise\nask: a\nanswer: shape h_t\nidea: x\nidea: y\n```\n",
        "lessons/07-tiny.md:12: a second `idea:`; an exercise has one hint of each kind"
      ),
      (
        Self.header, "## A\n```exercise\nask: a\nanswer: shape h_t\nidea: x\nhint: y\n```\n",
        "lessons/07-tiny.md:12: `hint:` lines and `idea:`/`formula:`/`numbers:` are mixed; use one way in an exercise"
      ),
      (
        Self.header,
        "## A\n```exercise\nask: a\nanswer: shape h_t\nhint: 1\nhint: 2\nhint: 3\nhint: 4\n```\n",
        "lessons/07-tiny.md:14: a fourth hint; an exercise has at most three (`idea:`, `formula:`, `numbers:`)"
      ),
    ]
    for (header, body, expected) in cases {
      #expect(problem(body, header: header) == expected, "for \(header)\(body)")
    }
  }

  @Test func aFileOfAnyBytesIsAProblemNotACrash() {
    for text in ["", "---", "---\n---", "```", "\u{FEFF}---\ntitle: a\n", "## \n```exercise"] {
      #expect(throws: LessonProblem.self) {
        try LessonParser.parse(text, path: "x.md", id: "01-x")
      }
    }
  }
}

/// Prose on a terminal: emphasis markers go, code spans and arithmetic stay, lines wrap.
@Suite struct LessonDisplayTests {
  @Test func inlineMarkdownWithoutColour() {
    let display = LessonDisplay(style: .plain, width: 40)
    #expect(
      display.inline("a *logit*, _any_ **real**; a * b, snake_case, `x*y*z`, [notes](../n.md)")
        == "a logit, any real; a * b, snake_case, `x*y*z`, notes (../n.md)")
    #expect(
      display.prose(["- one two three four five six seven eight nine ten", "", "## Not a step"])
        == "- one two three four five six seven\n  eight nine ten\n\nNot a step\n")
  }

  @Test func shortCodeSpansAreNotBrokenAcrossLines() {
    let display = LessonDisplay(style: .plain, width: 40)
    // Broken at its spaces, the span would start the second line with `− z)`.
    #expect(
      display.prose(["so the state of the cell is now `h = (1 − z) ⊙ n` in the end"])
        == "so the state of the cell is now\n`h = (1 − z) ⊙ n` in the end\n")
    // A span longer than half the width may still break, so no line grows without end.
    #expect(
      display.prose(["`a b c d e f g h i j k l m n o p q r s t u`"])
        == "`a b c d e f g h i j k l m n o p q r s t\nu`\n")
  }
}
