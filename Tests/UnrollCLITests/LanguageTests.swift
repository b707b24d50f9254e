import Foundation
import Testing

@testable import UnrollCLI

/// The languages.
///
/// The locale and `--lang`, the catalogue, the translated lessons and the
/// glossaries, CJK wrapping by columns, and answers typed as a learner of each language
/// types them. None depends on the machine's own LANG: every environment is given.
@Suite struct LanguageTests {
  // MARK: Which language

  @Test func theLocaleNamesTheLanguageAsPOSIXPicksIt() {
    #expect(Language.of(locale: "de_DE.UTF-8") == .de)
    #expect(Language.of(locale: "zh_CN.GB18030") == .zh)
    #expect(Language.of(locale: "ja_JP.eucJP") == .ja)
    #expect(Language.of(locale: "ja") == .ja)
    #expect(Language.of(locale: "de_AT@euro") == .de)
    #expect(Language.of(locale: "C") == nil)
    #expect(Language.of(locale: "POSIX") == nil)
    #expect(Language.of(locale: "C.UTF-8") == nil)
    #expect(Language.of(locale: "fr_FR.UTF-8") == nil)
    #expect(Language.of(environment: [:]) == .en)
    #expect(Language.of(environment: ["LANG": "de_DE.UTF-8"]) == .de)
    // LC_ALL decides over LC_MESSAGES over LANG; an empty one does not count.
    #expect(Language.of(environment: ["LANG": "de_DE.UTF-8", "LC_MESSAGES": "ja_JP"]) == .ja)
    #expect(
      Language.of(environment: ["LC_ALL": "zh_CN.UTF-8", "LC_MESSAGES": "ja_JP", "LANG": "de"])
        == .zh)
    #expect(Language.of(environment: ["LC_ALL": "", "LANG": "de_DE.UTF-8"]) == .de)
    // The first one set decides, even when it is C: C means untranslated messages.
    #expect(Language.of(environment: ["LC_ALL": "C", "LANG": "de_DE.UTF-8"]) == .en)
    #expect(Language.of(environment: ["LANG": "fr_FR.UTF-8"]) == .en)
  }

  @Test func langIsAFlagOfEveryCommandAndABadValueIsAUsageError() throws {
    let bad = unroll("lessons", "--lang", "fr")
    #expect(bad.code == 2)
    #expect(bad.err == "unroll: --lang must be one of en, de, zh, ja, got fr\n")
    let missing = unroll("lessons", "--lang")
    #expect(missing.code == 2)
    #expect(missing.err == "unroll: --lang needs a value (en|de|zh|ja)\n")
    // --lang=X, before or after the command, and over the locale.
    let environment = ["UNROLL_LESSONS": LessonFixture.good, "LANG": "ja_JP.UTF-8"]
    let german = unroll(["--lang=de", "lessons"], environment: environment)
    #expect(german.code == 0)
    #expect(german.out.contains("3 Min."), "\(german.out)")
    let japanese = unroll(["lessons"], environment: environment)
    #expect(japanese.out.contains("3 分"), "\(japanese.out)")
    let english = unroll(["lessons", "--lang", "en"], environment: environment)
    #expect(english.out.contains("3 min"), "\(english.out)")
    #expect(unroll("help").out.contains("--lang en|de|zh|ja"))
  }

  // MARK: The catalogue

  @Test func everyCatalogueHasEveryEnglishKeyWithItsBlanks() {
    for language in Language.allCases {
      let table = Catalogue.table(language)
      #expect(Catalogue.missing(in: language) == [], "\(language) lacks these keys")
      for (key, text) in table {
        let english = Catalogue.english[key]
        #expect(english != nil, "\(language) has \(key), which English does not")
        guard let english else { continue }
        // A translation may leave a blank out (German says „ins Deutsche“, not {language}).
        #expect(
          Set(Catalogue.blanks(text)).isSubset(of: Catalogue.blanks(english)),
          "\(language) \(key): blanks \(Catalogue.blanks(text)), English \(Catalogue.blanks(english))"
        )
      }
    }
  }

  @Test func aTextFillsItsBlanksAndFallsBackToEnglish() {
    #expect(
      Catalogue.fill("Lesson {n} · {title}", ["n": "3", "title": "BPTT"]) == "Lesson 3 · BPTT")
    #expect(Catalogue.fill("{unknown} stays", ["n": "3"]) == "{unknown} stays")
    #expect(Catalogue.blanks("step {step}/{total}, {n}") == ["step", "total", "n"])
    #expect(Catalogue.text("end.done", in: .de, ["n": "4"]) == "✓ Lektion 4 geschafft.")
    #expect(Catalogue.text("end.done", in: .zh, ["n": "4"]) == "✓ 第 4 课完成。")
    #expect(Catalogue.text("no.such.key", in: .ja) == "no.such.key")
  }

  // MARK: Lessons

  /// A lessons folder with the fixture lesson in English and, when `translation` is given,
  /// in `de/`.
  func folder(translation: String? = nil) throws -> TemporaryFolder {
    let folder = try TemporaryFolder()
    let english = try String(
      contentsOfFile: LessonFixture.good + "/01-tiny-rnn.md", encoding: .utf8)
    try folder.write("01-tiny-rnn.md", english)
    if let translation {
      try FileManager.default.createDirectory(
        atPath: folder.file("de"), withIntermediateDirectories: true)
      try folder.write("de/01-tiny-rnn.md", translation)
    }
    return folder
  }

  /// The fixture lesson with its prose, title and questions in German.
  static func germanFixture() throws -> String {
    var text = try String(contentsOfFile: LessonFixture.good + "/01-tiny-rnn.md", encoding: .utf8)
    for (english, german) in [
      ("title: A tiny RNN, two timesteps", "title: Ein winziges RNN, zwei Zeitschritte"),
      ("## Where the lesson starts", "## Wo die Lektion beginnt"),
      ("What shape does `Whh` have?", "Welche Form hat `Whh`?"),
    ] {
      #expect(text.contains(english))
      text = text.replacingOccurrences(of: english, with: german)
    }
    return text
  }

  @Test func aTranslatedLessonRunsInItsLanguageAndAnUntranslatedOneSaysSo() throws {
    let translated = try folder(translation: Self.germanFixture())
    defer { translated.remove() }
    let german = unroll(
      ["lesson", "1", "--lang", "de"], environment: ["UNROLL_LESSONS": translated.path])
    #expect(german.code == 0, "\(german.err)")
    #expect(german.out.hasPrefix("Lektion 1 · Ein winziges RNN, zwei Zeitschritte\n"))
    #expect(german.out.contains("── Schritt 1/4 · Wo die Lektion beginnt"))
    #expect(german.out.contains("Übung · Welche Form hat `Whh`?"))
    #expect(german.out.contains("Antwort: (4, 4)"))
    #expect(german.out.hasSuffix("Ende von Lektion 1.\n"))

    let english = try folder()
    defer { english.remove() }
    let fallback = unroll(
      ["lesson", "1", "--lang", "ja"], environment: ["UNROLL_LESSONS": english.path])
    #expect(fallback.code == 0)
    #expect(
      fallback.out.hasPrefix(
        "レッスン 1 はまだ日本語に翻訳されていません。英語版を表示します。\n\n"
          + "レッスン 1 · A tiny RNN, two timesteps\n"), "\(fallback.out)")
  }

  @Test func checkLangChecksEachTranslationsStructureAndListsTheRest() throws {
    // Same structure: ok.
    let good = try folder(translation: Self.germanFixture())
    defer { good.remove() }
    let ok = unroll(
      ["lessons", "--check", "--lang", "de"], environment: ["UNROLL_LESSONS": good.path])
    #expect(ok.code == 0, "\(ok.out)")
    #expect(ok.out.contains("ok    de/01-tiny-rnn.md"))
    #expect(ok.out.contains("no glossary yet"))
    // A changed command and a changed answer are problems at the translation's line.
    var changed = try Self.germanFixture()
    changed = changed.replacingOccurrences(of: "answer: shape Whh", with: "answer: shape Wxh")
    let bad = try folder(translation: changed)
    defer { bad.remove() }
    let failed = unroll(
      ["lessons", "--check", "--lang", "de"], environment: ["UNROLL_LESSONS": bad.path])
    #expect(failed.code == 1)
    #expect(failed.out.contains("FAIL  de/01-tiny-rnn.md"), "\(failed.out)")
    #expect(failed.out.contains("01-tiny-rnn.md:21: expected the English lesson's exercise"))
    // No translation at all: listed, not a failure.
    let none = try folder()
    defer { none.remove() }
    let listed = unroll(
      ["lessons", "--check", "--lang", "zh"], environment: ["UNROLL_LESSONS": none.path])
    #expect(listed.code == 0)
    #expect(listed.out.contains("Not translated into 中文 yet (they run in English): 01."))
  }

  /// Every lesson translated in the repository has its English lesson's structure.
  ///
  /// Every glossary parses, too. The structure holds the commands and answers to the English
  /// ones, so a translation computes what the English lesson computes (the English run
  /// is checked in `theRepositoryLessonsAllPassTheCheck`); `lessons --check --lang X` also
  /// runs them.
  @Test func theRepositoryTranslationsKeepTheEnglishStructure() throws {
    let library = try LessonLibrary(folder: LessonFixture.repositoryLessons, source: "tests")
    for language in Language.allCases.dropFirst() {
      for id in library.translated(into: language) {
        let english = try library.load(id)
        let translation = try library.load(id, in: language)
        #expect(translation.path.contains("/\(language.rawValue)/"))
        let problems = LessonTranslation.problems(translation, english: english)
        #expect(problems.isEmpty, "\(language) \(id): \(problems)")
        #expect(translation.hintProblems.isEmpty, "\(language) \(id)")
      }
      let path = library.glossaryPath(in: language)
      if FileManager.default.fileExists(atPath: path) {
        let glossary = try GlossaryCommand.load(path)
        #expect(glossary.rows.count >= 30, "\(path)")
        #expect(glossary.translation(of: "hidden state") != nil, "\(path)")
      }
    }
  }

  @Test func aTranslatedLessonsDataIsTheCoursesData() {
    #expect(
      LessonRunner.inLessonsFolder("lessons/data/rnn.json", lessonPath: "/c/lessons/de/05-x.md")
        == "/c/lessons/data/rnn.json")
    #expect(
      LessonRunner.inLessonsFolder("--weights=lessons/data/a.json", lessonPath: "/c/l/ja/01.md")
        == "--weights=/c/l/data/a.json")
    #expect(
      LessonRunner.inLessonsFolder("lessons/data/rnn.json", lessonPath: "/c/lessons/05-x.md")
        == "/c/lessons/data/rnn.json")
  }

  // MARK: The glossary

  @Test func theGlossaryShowsTheTermsAndRefusesABadTable() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    try FileManager.default.createDirectory(
      atPath: folder.file("de"), withIntermediateDirectories: true)
    try folder.write(
      "de/glossary.md",
      """
      # Glossar

      | English | Deutsch | In den Notizen | Anmerkung |
      |---|---|---|---|
      | hidden state | Hidden State | „Hidden State“ | Der Zustand `h_t`. |
      | forget gate | Vergessensgatter | „Vergessensgatter“ | — |

      """)
    let environment = ["UNROLL_LESSONS": folder.path, "NO_COLOR": "1"]
    let german = unroll(["glossary", "--lang", "de", "gatter"], environment: environment)
    #expect(german.code == 0, "\(german.err)")
    #expect(german.out.hasPrefix("Glossar\n\nforget gate · Vergessensgatter\n"), "\(german.out)")
    #expect(german.out.contains("    In den Notizen: „Vergessensgatter“\n"))
    #expect(!german.out.contains("hidden state"))
    let english = unroll(["glossary", "--lang", "en"], environment: environment)
    #expect(english.out.contains("hidden state"), "\(english.out)")
    #expect(english.out.contains("Deutsch"))
    let none = unroll(["glossary", "--lang", "de", "Zellzustand"], environment: environment)
    #expect(none.code == 1)
    #expect(none.err == "unroll: Das Glossar hat keinen Begriff Zellzustand.\n")

    try folder.write(
      "de/glossary.md", "# Glossar\n\n| English | Deutsch |\n|---|---|\n| loss | Verlust |\n")
    let bad = unroll(["glossary", "--lang", "de"], environment: environment)
    #expect(bad.code == 1)
    #expect(
      bad.err
        == "unroll: \(folder.path)/de/glossary.md:3: expected 4 cells (English, term, the notes' "
        + "term, remark); found 2\n")
  }

  // MARK: Wrapping by columns

  @Test func japaneseProseBreaksBetweenCharactersButNotBeforeAStop() {
    let text =
      "このレッスンでは、この一行を小さなネットワークで実行します。ノートの 32 と 10 の代わりに"
      + "隠れ状態のサイズ 4、3 タイムステップにして、`h_t = tanh(Wxh · x_t)` がどのベクトルも"
      + "一行に収まるようにしています。"
    for width in [20, 33, 40, 80] {
      let lines = TextWrap.lines(text.split(separator: " "), width: width)
      for line in lines {
        #expect(TextWrap.columns(line) <= width, "\(width): \(line)")
        #expect(!"、。）」".contains(line.first ?? "x"), "\(width): \(line)")
      }
      // Nothing is lost or added but the spaces at the breaks.
      #expect(
        lines.joined().replacingOccurrences(of: " ", with: "")
          == text.replacingOccurrences(of: " ", with: ""))
      // The code span is never broken.
      #expect(lines.contains { $0.contains("`h_t") } == lines.contains { $0.contains("x_t)`") })
    }
    #expect(
      TextWrap.lines(["隠れ状態（hidden", "state）です。"], width: 10)
        == ["隠れ状態", "（hidden", "state）で", "す。"])
    // Latin words still break only at spaces.
    #expect(TextWrap.lines(["a", "bbbbbbbbbbbb"], width: 5) == ["a", "bbbbbbbbbbbb"])
  }

  @Test func cjkParagraphLinesJoinWithoutASpace() {
    #expect(TextWrap.joined(["隠れ状態を", "更新します。"]) == "隠れ状態を更新します。")
    #expect(TextWrap.joined(["隐藏状态 `h`", "更新"]) == "隐藏状态 `h` 更新")
    #expect(TextWrap.joined(["two", "lines"]) == "two lines")
  }

  @Test func aChineseLessonWrapsWithinEightyColumns() throws {
    let library = try LessonLibrary(folder: LessonFixture.repositoryLessons, source: "tests")
    for language in [Language.zh, .ja] {
      guard let id = library.translated(into: language).first else { continue }
      let result = unroll(
        ["lesson", id, "--lang", language.rawValue],
        environment: ["COLUMNS": "80", "UNROLL_LESSONS": LessonFixture.repositoryLessons])
      #expect(result.code == 0, "\(result.err)")
      let wide = result.out.split(separator: "\n").filter { TextWrap.columns(String($0)) > 80 }
      #expect(wide.isEmpty, "\(language) \(id): \(wide)")
    }
  }

  // MARK: Answers

  @Test func answersTypedOnAGermanChineseOrJapaneseKeyboardAreRead() {
    let number = ExpectedAnswer(kind: .number(0.2818))
    #expect(number.check("０．２８１８") == .right)
    #expect(number.check("0,2818") == .right)
    #expect(number.check("0.2818。") == .right)
    let vector = ExpectedAnswer(kind: .vector([0.1, -0.25]))
    #expect(vector.check("0,1; -0,25") == .right)
    #expect(vector.check("0,1 -0,25") == .right)
    #expect(vector.check("[0.1, -0.25]") == .right)
    #expect(vector.check("０.１，－０.２５") == .right)
    let sign = ExpectedAnswer(kind: .sign(isPositive: false, value: -0.3))
    for word in ["negativ", "负", "負", "マイナス", "－"] {
      #expect(sign.check(word) == .right, "\(word)")
    }
    #expect(sign.check("positiv") == .wrong)
    #expect(sign.text(in: .de) == "negativ")
    #expect(sign.reason(in: .ja) == "値は -0.3000")
    #expect(
      number.check("viel", in: .de)
        == .unreadable(
          "Geben Sie eine Zahl ein, etwa -0.12, 0,12, 1e-3, oder einen Ausdruck: 1/(1+exp(-0.136))."
        ))
  }
}
