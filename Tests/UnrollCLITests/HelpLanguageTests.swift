import Foundation
import Testing

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
    #expect(chinese.out.contains("用法: unroll train [模型选项]"), "\(chinese.out)")
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
