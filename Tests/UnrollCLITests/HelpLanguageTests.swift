import Foundation
import Testing
import UnrollKit

@testable import UnrollCLI

/// `unroll`, `unroll help` and `unroll help COMMAND` in German, Chinese and Japanese: the
/// help catalogue is complete for every text that exists, keeps the names verbatim, fits 80
/// columns, and leaves the English exactly as the command tables write it.
@Suite struct HelpLanguageTests {
  static let translations: [Language] = [.de, .zh, .ja]

  /// Every help text `unroll` can print, in `language`.
  static func allHelp(_ language: Language) -> [String] {
    [Unroll.welcome(language), Unroll.overview(language)]
      + Command.all.map { Unroll.help(for: $0, in: language) }
  }

  @Test func everyHelpTextHasATranslationAndNoneIsStale() {
    for language in Self.translations {
      // Listed, so that a new flag's help or a changed summary shows here by its English.
      let missing = Catalogue.missingHelp(in: language)
      #expect(missing == [], "\(language) lacks \(missing.count) help texts:\n\(missing)")
      let unused = Catalogue.unusedHelp(in: language)
      #expect(unused == [], "\(language) translates English that help no longer has:\n\(unused)")
    }
    #expect(Catalogue.missingHelp(in: .en) == [])
    // Sources are the texts help shows: a summary, a flag's help, a paragraph, a heading.
    let sources = Set(Catalogue.helpSources)
    #expect(sources.contains(Command.train.summary))
    #expect(sources.contains(Catalogue.key(ModelOptions.Flags.tbptt.help)))
    #expect(sources.contains("MODEL OPTIONS"))
    #expect(!sources.contains { $0.hasPrefix("  (8·[L(θ+h)") }, "a formula is not translated")
  }

  @Test func aTranslationKeepsTheFlagsAndCodeOfItsEnglish() {
    for language in Self.translations {
      for (english, text) in Catalogue.helpTable(language) {
        for name in Self.verbatim(in: english) {
          #expect(text.contains(name), "\(language): \(name) is missing from \(text)")
        }
      }
    }
  }

  /// The flags (`--bptt`) and code spans (`` `unroll lesson N` ``) of `english`, which a
  /// translation keeps as they are; a code span may translate its placeholder (COMMAND).
  static func verbatim(in english: String) -> [String] {
    var names: [String] = []
    let flags = #/--[a-z][a-z-]+/#
    names += english.matches(of: flags).map { String(english[$0.range]) }
    let spans = #/`[^`]*`/#
    names += english.matches(of: spans).map { String(english[$0.range]) }
      .filter { !$0.contains("COMMAND") && !$0.contains("TERM") }
    return names
  }

  @Test func translatedHelpFitsEightyColumns() {
    let english = Set(Self.allHelp(.en).flatMap { $0.split(separator: "\n").map(String.init) })
    for language in Self.translations {
      for text in Self.allHelp(language) {
        for line in text.split(separator: "\n") where !english.contains(String(line)) {
          #expect(
            TextWrap.columns(String(line)) <= 80,
            "\(language): \(TextWrap.columns(String(line))) columns: \(line)")
        }
      }
    }
    // As a learner runs it.
    let japanese = unroll(["help", "train", "--lang", "ja"], environment: ["COLUMNS": "80"])
    #expect(japanese.code == 0)
    #expect(japanese.out.contains("打ち切り BPTT"))
    let wide = japanese.out.split(separator: "\n").filter { TextWrap.columns(String($0)) > 80 }
    #expect(wide == [])
  }

  @Test func theLocaleOrLangChoosesTheLanguageOfHelp() {
    let german = unroll(["help"], environment: ["LANG": "de_DE.UTF-8"])
    #expect(german.out.contains("BEFEHLE:\n"), "\(german.out)")
    #expect(german.out.contains("  --lang en|de|zh|ja"))
    let chinese = unroll(["train", "--help"], environment: ["LC_ALL": "zh_CN.UTF-8"])
    #expect(chinese.out.contains("用法：unroll train [模型选项]"), "\(chinese.out)")
    let japanese = unroll("--lang", "ja")
    #expect(japanese.out.contains("はじめての方は、最初のレッスンから：\n  unroll lesson 1\n"))
    // --lang en over a German locale is the English, byte for byte.
    let english = unroll(["help", "trace", "--lang", "en"], environment: ["LANG": "de_DE"])
    #expect(english.out == Unroll.help(for: .trace))
    #expect(unroll("help", "trace").out == Unroll.help(for: .trace))
  }

  @Test func aMissingTranslationFallsBackToTheEnglish() {
    #expect(Catalogue.help("no such text", in: .de) == "no such text")
    #expect(Catalogue.help("MODEL OPTIONS", in: .en) == "MODEL OPTIONS")
    #expect(Catalogue.help("MODEL OPTIONS", in: .de) == "MODELLOPTIONEN")
    // A paragraph is found by its words, whatever its line breaks.
    #expect(Catalogue.key("a\nb c\nd") == "a b c d")
    let paragraph = "an untranslated\nparagraph"
    #expect(
      Unroll.discussion(paragraph + "\n\n  (formula)", in: .ja) == paragraph + "\n\n  (formula)")
  }

  @Test func theEnglishHelpIsUnchanged() throws {
    let text = [Unroll.welcome(), Unroll.overview(), Unroll.help(for: .help)].joined(
      separator: "\n----\n")
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Snapshots/help-en.txt")
    if ProcessInfo.processInfo.environment["UNROLL_RECORD_SNAPSHOTS"] == "1" {
      try text.write(to: url, atomically: true, encoding: .utf8)
    }
    #expect(text == (try String(contentsOf: url, encoding: .utf8)))
    // Every command's help shows its table's own texts, as written.
    for command in Command.all {
      let help = Unroll.help(for: command)
      #expect(
        help.hasPrefix("unroll \(command.name): \(command.summary)\n\nUSAGE: \(command.usage)"))
      #expect(help.contains(command.discussion))
    }
  }
}

/// The REPLs' `help` in German, Chinese and Japanese, within 80 columns.
@Suite struct ReplHelpLanguageTests {
  static let plain = Style(isColoured: false, heat: .off)

  @Test func theReplsHelpIsSaidInTheLanguageWithinEightyColumns() {
    for language in HelpLanguageTests.translations {
      var texts = [
        ReplCommands.help([], style: Self.plain, language: language),
        BackwardCommands.help("", style: Self.plain, language: language),
      ]
      texts += ReplCommands.all.map {
        ReplCommands.help([$0.name], style: Self.plain, language: language)
      }
      texts += BackwardCommands.all.map {
        BackwardCommands.help($0.name, style: Self.plain, language: language)
      }
      for text in texts {
        #expect(!text.contains("run one operation"), "\(language): \(text)")
        for line in text.split(separator: "\n") {
          #expect(TextWrap.columns(String(line)) <= 80, "\(language): \(line)")
        }
      }
    }
    // The usage lines, the commands' own names, stay as typed.
    let german = ReplCommands.help(["step"], style: Self.plain, language: .de)
    #expect(german.hasPrefix("step [N]   (step, s)\nGeht zur nächsten Operation"), "\(german)")
    #expect(ReplCommands.help([], style: Self.plain, language: .en).contains("\nMoving\n"))
  }

  @Test func theReplTakesItsLanguageFromLangOrTheLocale() {
    let german = unroll(["repl", "--lang", "de"], input: ["help"])
    #expect(german.code == 0)
    #expect(german.out.contains("\nBewegen\n  step [N] (s)"), "\(german.out)")
    let chinese = unroll(["repl"], input: ["help next"], environment: ["LANG": "zh_CN.UTF-8"])
    #expect(chinese.out.contains("移到当前时间步的最后一个运算"), "\(chinese.out)")
    let english = unroll(["repl"], input: ["help"])
    #expect(english.out.contains("\nMoving\n  step [N] (s)"))
  }

  @Test func theBackwardReplOverALearnersFileToo() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let file = folder.file("mine.py")
    #expect(unroll("check", "--new", "rnn", file).code == 0)
    let japanese = unroll(["repl", "--backward", file, "--lang", "ja"], input: ["help"])
    #expect(japanese.code == 0, "\(japanese.err)")
    #expect(japanese.out.contains("自分のファイルをたどるコマンド"), "\(japanese.out)")
  }
}

/// Usage errors and a weights file's problems in German, Chinese and Japanese: the same
/// `unroll: ` line and exit code, the message in the language, the names as typed.
@Suite struct MessageLanguageTests {
  @Test func everyMessageTableIsCompleteWithTheEnglishBlanks() {
    for language in Language.allCases {
      #expect(Catalogue.missingMessages(in: language) == [], "\(language) lacks these messages")
      for (key, text) in Catalogue.messageTable(language) {
        let english = Catalogue.englishMessages[key]
        #expect(english != nil, "\(language) has \(key), which English does not")
        guard let english else { continue }
        #expect(
          Set(Catalogue.blanks(text)).isSubset(of: Catalogue.blanks(english)),
          "\(language) \(key): blanks \(Catalogue.blanks(text)), English \(Catalogue.blanks(english))"
        )
      }
    }
  }

  @Test func aUsageErrorIsSaidInTheLanguageWithItsExitCode() {
    let german = unroll("trase", "--lang", "de")
    #expect(german.code == 2)
    #expect(german.err == "unroll: unbekannter Befehl trase; meinten Sie trace?\n")
    let range = unroll(["trace", "--steps", "0"], environment: ["LANG": "zh_CN.UTF-8"])
    #expect(range.code == 2)
    #expect(range.err == "unroll: --steps 必须是 1 到 2000 之间的整数，而不是 0\n")
    let choice = unroll("trace", "--model", "gur", "--lang", "ja")
    #expect(
      choice.err
        == "unroll: --model は rnn, lstm または gru でなければなりません（指定された値：gur）。"
        + "gru のことですか？\n")
    let missing = unroll("lessons", "--lang=de", "--time-limit")
    #expect(missing.code == 2)
    #expect(missing.err == "unroll: --time-limit braucht einen Wert (SECONDS)\n")
    // English is as it was, and so is a conflict's own sentence in any language.
    #expect(unroll("trase").err == "unroll: unknown command trase; did you mean trace?\n")
    #expect(
      UsageError.invalidValue(
        flag: "--lr", value: "-1", expected: "a number above 0", suggestion: nil
      )
      .description == "--lr must be a number above 0, got -1")
    #expect(UsageError.conflict("x and y").message(in: .de) == "x and y")
  }

  /// A command line that meets each conflict without values, in `conflictSources` order.
  static let conflictLines = [
    ["compare", "-o", "x.md"], ["train", "--clip-norm", "1", "--clip-value", "1"],
    ["train", "--bptt", "verbatim"], ["train", "--compare", "--bptt", "correct"],
    ["train", "--samples", "10", "--data", "x.json"], ["check"],
    ["gradcheck", "--bptt", "verbatim"], ["gradcheck", "--entries", "3", "--max-entries", "3"],
    ["trace", "--bptt", "verbatim", "--loss", "every-step"],
  ]

  @Test func theConflictsWithoutValuesAreTranslatedAndStillSaid() {
    #expect(Self.conflictLines.count == Catalogue.conflictSources.count)
    for (words, english) in zip(Self.conflictLines, Catalogue.conflictSources) {
      // The English is still what the command says, so the key is live.
      let run = unroll(words)
      #expect(run.code == 2)
      #expect(run.err == "unroll: \(english)\n", "\(words)")
      for language in HelpLanguageTests.translations {
        let text = Catalogue.conflictTable(language)[english]
        #expect(text != nil, "\(language) lacks the conflict \(english)")
        for name in HelpLanguageTests.verbatim(in: english) {
          #expect(text?.contains(name) == true, "\(language): \(name) missing from \(text ?? "")")
        }
        let translated = unroll(words + ["--lang", language.rawValue])
        #expect(translated.code == 2)
        #expect(translated.err == "unroll: \(text ?? english)\n")
      }
    }
    for language in HelpLanguageTests.translations {
      let extra = Set(Catalogue.conflictTable(language).keys).subtracting(Catalogue.conflictSources)
      #expect(extra.isEmpty, "\(language) translates conflicts no command says: \(extra)")
    }
  }

  @Test func theReplsUnknownCommandIsSaidInTheLanguage() {
    let german = unroll(["repl", "--lang", "de"], input: ["stpe"])
    #expect(
      german.out.contains("Unbekannter Befehl `stpe`. Meinten Sie `step`? `help` zeigt die Liste."))
    let english = unroll(["repl"], input: ["stpe"])
    #expect(
      english.out.contains("Unknown command `stpe`. Did you mean `step`? Type `help` for the list.")
    )
  }

  @Test func aWeightsFileProblemIsSaidInTheLanguage() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let list = try folder.write("list.json", "[1]")
    let english = unroll("trace", "--weights", list)
    #expect(english.code == 1)
    #expect(
      english.err == "unroll: \(list): a weights file is a JSON object with \"model\" and "
        + "\"params\", found a list\n")
    let german = unroll("trace", "--weights", list, "--lang", "de")
    #expect(german.code == 1)
    #expect(
      german.err == "unroll: \(list): eine Gewichtsdatei ist ein JSON-Objekt mit \"model\" und "
        + "\"params\", gefunden: eine Liste\n")
    let short = try folder.write("short.json", #"{"model": "lstm", "params": {"Wf": [[1]]}}"#)
    let japanese = unroll(["trace", "--weights", short], environment: ["LC_ALL": "ja_JP.UTF-8"])
    #expect(japanese.code == 1)
    #expect(japanese.err.hasPrefix("unroll: \(short): パラメータ "), "\(japanese.err)")
    #expect(japanese.err.contains("（LSTM のパラメータは Wf, Wi, WC, Wo"), "\(japanese.err)")
    let problem = WeightsFileError.Problem.wrongShape(
      "Whh", expected: Shape(2, 2), found: Shape(2, 3))
    #expect(problem.description == "Whh has shape (2, 3), expected (2, 2)")
    #expect(problem.message(in: .zh) == "Whh 的形状是 (2, 3)，应为 (2, 2)")
  }
}
