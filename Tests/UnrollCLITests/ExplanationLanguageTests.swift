import Foundation
import Testing
import UnrollKit

@testable import UnrollCLI

/// The REPL's `explain` texts and deviation notes in German, Chinese and Japanese.
@Suite struct ExplanationLanguageTests {
  /// Every `explain` text and deviation note has its German, Chinese and Japanese text.
  ///
  /// Those of every cell, pass and objective, so that a new operation's
  /// explanation cannot silently stay English. A text built with values (a truncation's
  /// `--tbptt K`) is found through its template.
  @Test func everyExplanationAndDeviationNoteIsTranslated() throws {
    var texts: Set<String> = []
    let setups: [(ModelKind, BPTT, Objective)] = [
      (.rnn, .correct, .notes), (.rnn, .document, .notes), (.rnn, .verbatim, .notes),
      (.rnn, .document, Objective(loss: .everyStep)),
      (.rnn, .correct, Objective(loss: .everyStep, truncation: 2)),
      (.lstm, .correct, .notes), (.lstm, .correct, Objective(loss: .everyStep)),
      (.gru, .correct, .notes), (.gru, .correct, Objective(loss: .everyStep)),
    ]
    for (kind, bptt, objective) in setups {
      var options = ModelOptions()
      options.model = kind
      options.bptt = bptt
      options.objective = objective
      options.steps = 3
      let trace = try options.setup().trace()
      for program in Timeline.programs(for: trace) {
        for operation in program.blocks.flatMap(\.operations) {
          if let text = operation.explanation { texts.insert(text) }
          if let text = operation.deviation { texts.insert(text) }
        }
      }
    }
    #expect(texts.count > 40)
    for language in [Language.de, .zh, .ja] {
      let missing = texts.filter { Catalogue.explanation($0, in: language) == $0 }.sorted()
      #expect(missing.isEmpty, "\(language) lacks \(missing.count): \(missing)")
    }
  }

  @Test func aTemplateFindsItsValuesAndTheTranslationGetsThem() throws {
    let template = try #require(
      Catalogue.explanationTemplates.first { $0.english.hasPrefix("Truncated BPTT") }?.english)
    let text = Catalogue.fill(template, ["k": "4", "names": "dh_next; dC_next"])
    #expect(Catalogue.values(in: text, template) == ["k": "4", "names": "dh_next; dC_next"])
    let german = Catalogue.explanation(text, in: .de)
    #expect(german.hasPrefix("Abgeschnittene BPTT (--tbptt 4): "))
    #expect(german.contains("([dh_next; dC_next])"))
    #expect(!german.contains("{"))
    // What explain says of an operation without an explanation of its own.
    let fallback = Catalogue.fill(Catalogue.fallbackExplanation, ["name": "hs"])
    #expect(
      Catalogue.explanation(fallback, in: .de)
        == "Diese Zeile berechnet hs, wie ihre Formel sagt, aus zuvor berechneten Werten.")
    #expect(Catalogue.explanation(fallback, in: .en) == fallback)
    // A blank met twice must agree; a text that is not the template is not matched.
    #expect(Catalogue.values(in: "a 1 b 2", "a {k} b {k}") == nil)
    #expect(Catalogue.values(in: "a 1 b 1", "a {k} b {k}") == ["k": "1"])
    #expect(Catalogue.values(in: "x 1 y", "a {k} b") == nil)
    #expect(Catalogue.values(in: "a 1 b", "a {k} b") == ["k": "1"])
    #expect(Catalogue.values(in: "a 1 b trailing", "a {k} b") == nil)
  }

  /// The REPL's welcome and its early-stop warning speak the chosen language; the
  /// phases' names (`backward t = 10 … 1`) stay as the commands type them.
  @Test func theREPLsWelcomeIsInTheChosenLanguage() {
    let german = unroll(["repl", "--lang", "de"], input: ["q"], environment: ["COLUMNS": "200"])
    #expect(german.code == 0)
    #expect(
      german.out.contains(
        "Ein Vorwärts- und ein Rückwärtspass, aufgezeichnet: 76 Haltepunkte über forward "
          + "t = 1 … 10, output,"), "\(german.out)")
    let stopped = unroll(
      ["repl", "--bptt", "verbatim", "--lang", "ja"], input: ["q"],
      environment: ["COLUMNS": "200"])
    #expect(stopped.out.contains("この記録は途中で止まります：dWhy が失敗します。"))
    let english = unroll(["repl"], input: ["q"], environment: ["COLUMNS": "200"])
    #expect(english.out.contains("One forward and one backward pass, recorded: 76 stops over "))
  }
}
