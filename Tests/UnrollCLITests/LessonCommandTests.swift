import Foundation
import Testing

@testable import UnrollCLI

/// `unroll lessons`, `--check`, unknown lessons, and the progress file when it is bad.
@Suite struct LessonCommandTests {
  static let header = """
    ---
    title: Broken on purpose
    model: rnn
    options: --hidden-size 3 --steps 2
    minutes: 2
    ---

    """

  @Test func checkPassesTheFixtureLesson() throws {
    let state = try TemporaryFolder()
    defer { state.remove() }
    let result = unroll(
      ["lessons", "--check"], environment: LessonFixture.environment(state: state.path))
    #expect(result.code == 0)
    #expect(
      result.out == """
        ok    01-tiny-rnn.md  4 steps, 4 exercises
        1 lesson checked in \(LessonFixture.good): all ok.

        """)
  }

  @Test func aLineEndingInExitsNExpectsThatExitCode() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    try folder.write(
      "01-exits.md",
      Self.header + """
        ## One

        ```unroll
        unroll trace --bogus  # exits 2
        unroll trace --hidden-size 3 --steps 2  # exits 1
        unroll trace --hidden-size 3 --steps 2  # exits nothing
        ```
        """)
    let result = unroll(["lessons", "--check"], environment: ["UNROLL_LESSONS": folder.path])
    #expect(result.code == 1)
    // Line 10 expects 2 and gets it; line 11 expects 1 and gets 0; line 12's comment is no
    // declaration, so the whole line (comment included) is the command, which fails as usual.
    #expect(
      result.out.contains(
        "01-exits.md:11: `unroll trace --hidden-size 3 --steps 2` exited with 0, expected 1"))
    #expect(!result.out.contains("01-exits.md:10"))
    #expect(result.out.contains("01-exits.md:12: `unroll trace --hidden-size 3 --steps 2 #"))
    #expect(
      LessonRunner.expectedExit(of: "unroll check f.py  # exits 1") == ("unroll check f.py", 1))
  }

  @Test func checkReportsEachFailingBlockAtItsLine() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    try folder.write(
      "01-broken.md",
      Self.header + """
        ## One

        ```repl
        goto forward 2
        print nosuch
        stpe
        ```

        ```unroll
        unroll trace --bogus
        unroll compare --samples 2
        ```

        ```exercise
        ask: What is h_t?
        answer: value h_t
        ```

        ```exercise
        ask: Which?
        answer: choice dh | dWxh = norm
        ```

        ```exercise
        ask: Where?
        answer: value h_t[7]
        ```
        """)
    try folder.write("02-bad-header.md", "---\ntitle: x\nmodel: gpt\nminutes: 1\n---\n## A\n")
    try folder.write("03-fine.md", Self.header + "## Only prose\n\nNothing runs.\n")
    try folder.write("README.md", "not a lesson")
    try folder.write("4-not-a-lesson.md", "ignored: one digit")
    let result = unroll(["lessons", "--check"], environment: ["UNROLL_LESSONS": folder.path])
    #expect(result.code == 1)
    let path = folder.path
    #expect(
      result.out == """
        FAIL  01-broken.md
              \(path)/01-broken.md:11: the REPL refused `print nosuch`: There is no value named `nosuch`.
              \(path)/01-broken.md:12: the REPL refused `stpe`: Unknown command `stpe`. Did you mean `step`? Type `help` for the list.
              \(path)/01-broken.md:16: `unroll trace --bogus` exited with 2: unknown flag --bogus
              \(path)/01-broken.md:17: `unroll compare --samples 2` exited with 2: compare has no flag --samples (it belongs to `unroll train`)
              \(path)/01-broken.md:22: the engine cannot answer this exercise here: h_t is (3, 1), not one number; ask for `value h_t[i]`
              \(path)/01-broken.md:27: the engine cannot answer this exercise here: dh is not computed yet at this point; it is computed at backward t = 2.
              \(path)/01-broken.md:32: the engine cannot answer this exercise here: h_t[7] is outside h_t, whose shape is (3, 1) (indices count from 0)
              \(path)/01-broken.md:20: this exercise has no `idea:`, `formula:`, `numbers:`; expected three graded hints, `idea:`, `formula:` and `numbers:`
              \(path)/01-broken.md:25: this exercise has no `idea:`, `formula:`, `numbers:`; expected three graded hints, `idea:`, `formula:` and `numbers:`
              \(path)/01-broken.md:30: this exercise has no `idea:`, `formula:`, `numbers:`; expected three graded hints, `idea:`, `formula:` and `numbers:`
        FAIL  02-bad-header.md
              \(path)/02-bad-header.md:3: expected one of `model: rnn`, `model: lstm`, `model: gru`, got `gpt`
        ok    03-fine.md        1 step, no exercise
        2 of 3 lessons in \(path) have problems.

        """)
    // The list still shows every lesson; the broken header is named, not fatal.
    let list = unroll(["lessons"], environment: ["UNROLL_LESSONS": folder.path])
    #expect(list.code == 0)
    #expect(
      list.out.contains("  02  02-bad-header.md (does not parse: see `unroll lessons --check`)"))
    // Run alone, a broken lesson says where, and exits 1.
    let run = unroll(["lesson", "2"], environment: ["UNROLL_LESSONS": folder.path])
    #expect(run.code == 1)
    #expect(
      run.err
        == "unroll: \(path)/02-bad-header.md:3: expected one of `model: rnn`, `model: lstm`, `model: gru`, got `gpt`\n"
    )
    let transcript = unroll(["lesson", "1"], environment: ["UNROLL_LESSONS": folder.path])
    #expect(transcript.code == 1)
    #expect(
      transcript.err.hasPrefix("unroll: \(path)/01-broken.md:11: the REPL refused `print nosuch`"))
  }

  /// A line of the transcript wider than the lesson's width is a problem at its block's
  /// line: a word that no wrap can break (a long URL) passes 80 columns.
  @Test func checkReportsALineWiderThanTheLesson() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let url = "https://example.org/" + String(repeating: "a", count: 70)
    try folder.write("01-wide.md", Self.header + "## One\n\nSee \(url) for more.\n")
    let check = unroll(["lessons", "--check"], environment: ["UNROLL_LESSONS": folder.path])
    #expect(check.code == 1)
    #expect(
      check.out.contains(
        "01-wide.md:9: a line of 90 columns, wider than 80: https://example.org/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa…"
      ), "\(check.out)")
    // At 100 columns it fits.
    let wide = unroll(
      ["lessons", "--check"], environment: ["UNROLL_LESSONS": folder.path, "COLUMNS": "100"])
    #expect(wide.code == 0, "\(wide.out)")
  }

  /// The footer says where the lessons were found in the listing's language; the names to
  /// type (`UNROLL_LESSONS`) stay as they are.
  @Test func theListingsFooterSaysWhereInItsLanguage() {
    let german = unroll(["lessons", "--lang", "de"], environment: ["COLUMNS": "200"])
    #expect(german.out.contains("gefunden über das Repository.)"), "\(german.out)")
    let japanese = unroll(["lessons", "--lang", "ja"], environment: ["COLUMNS": "200"])
    #expect(japanese.out.contains("リポジトリで見つけました。）"))
    let chosen = unroll(
      ["lessons", "--lang", "zh"],
      environment: ["COLUMNS": "200", "UNROLL_LESSONS": LessonFixture.repositoryLessons])
    #expect(chosen.out.contains("通过UNROLL_LESSONS找到。）"))
  }

  /// The course in lessons/: every NN-*.md file there runs clean, and there are some (an
  /// empty or missing folder fails).
  @Test func theRepositoryLessonsAllPassTheCheck() throws {
    let names = try FileManager.default.contentsOfDirectory(atPath: LessonFixture.repositoryLessons)
      .filter(LessonLibrary.isLessonFile).sorted()
    #expect(!names.isEmpty, "no lessons in \(LessonFixture.repositoryLessons)")
    let result = unroll(
      ["lessons", "--check"], environment: ["UNROLL_LESSONS": LessonFixture.repositoryLessons])
    #expect(result.code == 0, "\(result.out)")
    for name in names {
      #expect(result.out.contains("ok    \(name)"), "\(name) is not ok:\n\(result.out)")
    }
  }

  /// An `unroll` block's `lessons/…` words are paths in the lessons folder the lesson came
  /// from, whatever the working directory and whatever that folder is named; the command
  /// is shown as written.
  @Test func unrollBlockPathsUnderLessonsAreReadFromTheLessonsFolder() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let weights = unroll(
      ["trace", "--seed", "5", "--hidden-size", "2", "--steps", "2", "--format", "json"])
    #expect(weights.code == 0)
    try FileManager.default.createDirectory(
      atPath: folder.file("data"), withIntermediateDirectories: true)
    // Not in the working directory's lessons/ (the tests run from the repository).
    try folder.write("data/tiny-lesson-weights.json", weights.out)
    try folder.write(
      "01-data.md",
      Self.header + """
        ## One

        ```unroll
        unroll gradcheck --weights lessons/data/tiny-lesson-weights.json --max-entries 1
        unroll convert --to pytorch lessons/data/tiny-lesson-weights.json
        unroll trace --weights=lessons/data/tiny-lesson-weights.json --format json
        ```
        """)
    let env = ["UNROLL_LESSONS": folder.path, "NO_COLOR": "1"]
    let check = unroll(["lessons", "--check"], environment: env)
    #expect(check.code == 0, "\(check.out)")
    #expect(check.out.contains("ok    01-data.md"))
    let run = unroll(["lesson", "1"], environment: env)
    #expect(run.code == 0, "\(run.err)")
    #expect(
      run.out.contains(
        "$ unroll gradcheck --weights lessons/data/tiny-lesson-weights.json \\\n"
          + "    --max-entries 1\n"
          + "gradient check: rnn, input 1, hidden 2, steps 2\n"))
    #expect(run.out.contains("\"rnn.weight_ih_l0\""))
    #expect(run.out.contains("$ unroll trace --weights=lessons/data/tiny-lesson-weights.json"))

    // A file that is not there is named where it was looked for.
    try folder.write(
      "01-data.md",
      Self.header + "## One\n\n```unroll\nunroll trace --weights lessons/none.json\n```\n")
    let missing = unroll(["lessons", "--check"], environment: env)
    #expect(missing.code == 1)
    #expect(missing.out.contains("\(folder.path)/none.json"), "\(missing.out)")

    // Only a leading lessons/ (or one after a flag's =) is the lessons folder.
    let lesson = "/somewhere/course/10-x.md"
    #expect(
      LessonRunner.inLessonsFolder("lessons/data/a.json", lessonPath: lesson)
        == "/somewhere/course/data/a.json")
    #expect(
      LessonRunner.inLessonsFolder("--weights=lessons/a.json", lessonPath: lesson)
        == "--weights=/somewhere/course/a.json")
    for word in ["lessons", "./lessons/a.json", "my-lessons/a.json", "x=lessons/a.json", "--seed"] {
      #expect(LessonRunner.inLessonsFolder(word, lessonPath: lesson) == word)
    }
  }

  @Test func afterComputesTheAnswerAheadWithoutMovingTheLesson() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    try folder.write(
      "01-ahead.md",
      Self.header + """
        ## Ask first

        ```repl
        goto start
        ```

        ```exercise
        ask: What will the first entry of `h_t` be at t = 2?
        answer: value h_t[0]
        after: step
        idea: The next step computes it.
        formula: h_t = tanh(Wxh · x_t + Whh · h_{t-1} + bh).
        numbers: `print Wxh`, `print x_t 2`.
        ```

        ```repl
        where
        ```
        """)
    try folder.write(
      "02-bad-after.md",
      Self.header + "## One\n\n```exercise\nask: x\nanswer: value loss\nafter: gotoo end\n"
        + "idea: a\nformula: b\nnumbers: c\n```\n")
    let environment = LessonFixture.environment(state: folder.path, lessons: folder.path)
    let run = unroll(["lesson", "1"], environment: environment)
    #expect(run.code == 0)
    var options = ModelOptions()
    options.hiddenSize = 3
    options.steps = 2
    let h2 = try #require(try options.setup().trace().value("h_t", t: 2))
    // The answer is h_t at t = 2, one step ahead; the lesson itself stays at t = 1.
    #expect(run.out.contains("Answer: " + String(format: "%.4f", h2.scalars[0]) + "\n"))
    #expect(run.out.contains("(unroll) where\nforward, t = 1 of 2, operation 1 of 1 (h_t)"))
    let check = unroll(["lessons", "--check"], environment: environment)
    #expect(check.code == 1)
    #expect(check.out.contains("ok    01-ahead.md"))
    #expect(check.out.contains("\(folder.path)/02-bad-after.md:9: `after: gotoo end` did not run:"))
    #expect(!check.out.contains("graded hints"))
  }

  @Test func anUnknownLessonListsTheLessons() throws {
    let state = try TemporaryFolder()
    defer { state.remove() }
    let env = LessonFixture.environment(state: state.path)
    let listing = "  01  A tiny RNN, two timesteps  3 min\n"
    let number = unroll(["lesson", "99"], environment: env)
    #expect(number.code == 2)
    #expect(number.out == "")
    #expect(
      number.err
        == "unroll: there is no lesson 99\nThe lessons (in \(LessonFixture.good)):\n" + listing)
    let slug = unroll(["lesson", "tiny-rn"], environment: env)
    #expect(slug.code == 2)
    #expect(slug.err.hasPrefix("unroll: there is no lesson tiny-rn; did you mean tiny-rnn?\n"))
    let none = unroll(["lesson"], environment: env)
    #expect(none.code == 2)
    #expect(
      none.err == "unroll: lesson needs a lesson's number or name; the lessons are:\n" + listing)
  }

  @Test func aCorruptProgressFileIsSetAsideAndAFreshOneStarted() throws {
    let state = try TemporaryFolder()
    defer { state.remove() }
    let folder = state.path + "/unroll"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try "{\"version\": 1, \"lessons\": {\"01-tiny-rnn\": {\"step\": \"two\"".write(
      toFile: folder + "/progress.json", atomically: false, encoding: .utf8)
    let env = LessonFixture.environment(state: state.path)
    let result = unroll(["lesson", "1"], input: [":quit"], environment: env, isTTY: true)
    #expect(result.code == 0)
    let files = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    #expect(files.count == 2)
    let aside = try #require(files.first { $0.hasPrefix("progress.json.corrupt-") })
    #expect(
      result.err == "unroll: could not read the lesson progress in \(folder)/progress.json; it is "
        + "set aside as \(folder)/\(aside) and progress starts afresh\n")
    #expect(result.out.contains("── Step 1/4"))
    let fresh = try FileIO.readText(folder + "/progress.json")
    #expect(fresh.contains("\"01-tiny-rnn\": {\"step\": 1, \"steps\": 4, \"done\": false}"))
    #expect(LessonProgress(json: fresh)?.lessons["01-tiny-rnn"]?.step == 1)
  }

  @Test func progressThatCannotBeWrittenIsSaidOnceAndTheLessonGoesOn() throws {
    let state = try TemporaryFolder()
    defer { state.remove() }
    // XDG_STATE_HOME names a file, so the unroll folder cannot be made inside it.
    let file = try state.write("not-a-folder", "")
    let result = unroll(
      ["lesson", "1"], input: [":show", "", ":quit"],
      environment: LessonFixture.environment(state: file), isTTY: true)
    #expect(result.code == 0)
    #expect(
      result.err
        == "unroll: progress not saved: cannot write \(file)/unroll/progress.json: the folder "
        + "\(file)/unroll could not be created\n")
    #expect(result.out.contains("── Step 2/4"))
  }

  @Test func progressOfAnotherVersionOrShapeIsNotRead() {
    #expect(LessonProgress(json: "{\"version\": 2, \"lessons\": {}}") == nil)
    #expect(LessonProgress(json: "[]") == nil)
    #expect(
      LessonProgress(json: "{\"version\": 1, \"lessons\": {\"a\": {\"step\": 0, \"done\": false}}}")
        == nil)
    #expect(
      LessonProgress(
        json: "{\"version\": 1, \"lessons\": {\"a\": {\"step\": 2.5, \"done\": false}}}") == nil)
    var progress = LessonProgress()
    progress.lessons["01-a"] = LessonProgress.Entry(step: 3, steps: 5, isDone: true)
    #expect(LessonProgress(json: progress.json) == progress)
  }

  @Test func theDefaultProgressFolderIsUnderHome() {
    #expect(
      ProgressStore(environment: ["HOME": "/h"])?.path == "/h/.local/state/unroll/progress.json")
    #expect(
      ProgressStore(environment: ["HOME": "/h", "XDG_STATE_HOME": "/s"])?.path
        == "/s/unroll/progress.json")
    // A relative XDG_STATE_HOME is ignored, as the XDG spec says.
    #expect(
      ProgressStore(environment: ["HOME": "/h", "XDG_STATE_HOME": "s"])?.path
        == "/h/.local/state/unroll/progress.json")
    #expect(ProgressStore(environment: [:]) == nil)
  }

  /// A decimal comma, and an expression evaluated by the Python subset; a REPL command
  /// or anything else stays unreadable (so the runner can run it as a command).
  @Test func anAnswerMayUseADecimalCommaOrBeAnExpression() {
    let p = 1 / (1 + exp(-0.136))
    let number = ExpectedAnswer(kind: .number(p))
    for typed in [
      "0,5339", "1/(1+exp(-0.136))", "sigmoid(0.136)", "1 / (1 + exp(−0.136))",
      "0.5*(1+tanh(0.068))",
    ] {
      #expect(number.check(typed) == .right, "\(typed)")
    }
    #expect(number.check("1/(1+exp(0.136))") == .wrong)
    #expect(number.check("-0,5339") == .wrong)
    #expect(ExpectedAnswer.parseNumber("-0,25") == -0.25)
    #expect(ExpectedAnswer.parseNumber("1,000.5") == nil)
    #expect(ExpectedAnswer.evaluate("sqrt(1/8)") == (1.0 / 8).squareRoot())
    #expect(ExpectedAnswer.evaluate("2e-3*10") == 2e-2)
    #expect(ExpectedAnswer.evaluate("2**-1") == 0.5)
    for typed in [
      "print h_t", "n", "np.exp(1)", "[1]*9", "2exp(1)", "exp(1, 2)", "log(-1)", "1/0",
      "'a'", String(repeating: "1+", count: 150) + "1",
    ] {
      #expect(ExpectedAnswer.evaluate(typed) == nil, "\(typed)")
    }
    #expect(
      number.check("print h_t")
        == .unreadable(
          "Type a number, such as -0.12, 0,12, 1e-3 or an expression: 1/(1+exp(-0.136))."))
  }

  /// A sign is typed as a word or a symbol; a vector as its entries in order, each judged
  /// as a number; a wrong count is not a try.
  @Test func signAndVectorAnswers() {
    let negative = ExpectedAnswer(kind: .sign(isPositive: false, value: -0.0306))
    for typed in ["-", "−", "negative", "Neg", "< 0", "minus"] {
      #expect(negative.check(typed) == .right, "\(typed)")
    }
    #expect(negative.check("+") == .wrong)
    #expect(negative.check("positive") == .wrong)
    #expect(negative.check("maybe") == .unreadable("Type the sign: + or -, positive or negative."))
    #expect(negative.text == "negative")
    #expect(negative.reason == "the value is -0.0306")
    let vector = ExpectedAnswer(kind: .vector([0.0615, -0.0391, 0.0032]))
    for typed in [
      "[0.0615, -0.0391, 0.0032]", "0.0615 -0.0391 0.00321", "(0.0615; −0.0391; 3.2e-3)",
    ] {
      #expect(vector.check(typed) == .right, "\(typed)")
    }
    #expect(vector.check("[0.0615, -0.0391, 0.0037]") == .wrong)
    #expect(vector.check("[0.0615, 0.0391, 0.0032]") == .wrong)
    #expect(
      vector.check("0.0615, -0.0391")
        == .unreadable("That is 2 numbers; the answer has 3 entries, in order."))
    #expect(
      vector.check("print dC")
        == .unreadable("Type the 3 entries in order, such as [0.12, -0.5, 1e-3]."))
    #expect(vector.text == "[0.0615, -0.0391, 0.0032]")
  }

  @Test func answersAreReadGenerously() {
    let shape = ExpectedAnswer(kind: .shape(.init(32, 1)))
    for typed in ["(32, 1)", "32,1", "32x1", "32 x 1", "[32, 1]", "32 by 1", " (32,1) "] {
      #expect(shape.check(typed) == .right, "\(typed)")
    }
    #expect(shape.check("(1, 32)") == .wrong)
    #expect(
      shape.check("32") == .unreadable("A shape has two numbers, rows and columns, e.g. (32, 1)."))
    let number = ExpectedAnswer(kind: .number(-0.1234))
    for typed in ["-0.1234", "-0.123", "−0.1234", "-.1236", "-1.234e-1"] {
      #expect(number.check(typed) == .right, "\(typed)")
    }
    #expect(number.check("-0.12") == .wrong)
    #expect(number.check("0.1234") == .wrong)
    let big = ExpectedAnswer(kind: .number(1234.5))
    #expect(big.check("1235") == .right)  // within 0.1 %
    #expect(big.check("1237") == .wrong)
    let tiny = ExpectedAnswer(kind: .number(1e-3))
    #expect(tiny.check("1e-3") == .right)
    #expect(tiny.check("0") == .wrong)
    // Too small for four decimals: two significant figures, and 0 is wrong.
    let smaller = ExpectedAnswer(kind: .number(2.8346e-6))
    for typed in ["2.8346e-06", "2.83e-6", "2.8e-6", "0.0000028"] {
      #expect(smaller.check(typed) == .right, "\(typed)")
    }
    for typed in ["0", "3e-6", "2.7e-6", "-2.83e-6"] {
      #expect(smaller.check(typed) == .wrong, "\(typed)")
    }
    #expect(ExpectedAnswer(kind: .number(0)).check("0.0004") == .right)
    // A small answer is judged relatively (2 %), not by 5e-4: 0.0037 is not 0.0032.
    let small = ExpectedAnswer(kind: .number(0.0032))
    for typed in ["0.0032", "0.00323", "3.2e-3"] {
      #expect(small.check(typed) == .right, "\(typed)")
    }
    for typed in ["0.0037", "0.0030", "0.0033"] {
      #expect(small.check(typed) == .wrong, "\(typed)")
    }
    let choice = ExpectedAnswer(
      kind: .choice(answer: "o_t", words: ["f_t", "o_t"], scores: [0.1, 0.2], reduction: .mean))
    #expect(choice.check("O_T") == .right)
    #expect(choice.check("`o_t`") == .right)
    #expect(choice.check("f_t") == .wrong)
    #expect(choice.check("g_t") == .unreadable("Type one of: f_t, o_t."))
  }
}
