extension Catalogue {
  /// A text of `unroll help` (a summary, a paragraph, a flag's help, a heading) in
  /// `language`, keyed by its English as the explanations are: the English stays in the
  /// command tables, where the code is, and a text with no entry shows in English.
  ///
  /// A key is the English with its line breaks joined by spaces (`key(_:)`), so that a
  /// paragraph re-wrapped in English is still found; a translation is wrapped where it is
  /// shown (`Unroll.wrapped`), by columns, breaking Chinese and Japanese between
  /// characters. A line break in a translation starts a new line there.
  static func help(_ english: String, in language: Language) -> String {
    guard language != .en else { return english }
    return helpTable(language)[key(english)] ?? english
  }

  /// Whether `language` has a translation of `english`.
  static func hasHelp(_ english: String, in language: Language) -> Bool {
    language == .en || helpTable(language)[key(english)] != nil
  }

  /// The English text as a catalogue key: its lines joined by a space.
  static func key(_ english: String) -> String {
    english.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: " ")
  }

  /// The help table of `language`, keyed by the joined English.
  static func helpTable(_ language: Language) -> [String: String] {
    switch language {
    case .en: [:]
    case .de: germanHelp
    case .zh: chineseHelp
    case .ja: japaneseHelp
    }
  }

  /// Every English text of `unroll`, `unroll help`, `unroll help COMMAND` and the REPLs'
  /// `help` that a translation should have, as keys, in the order help shows them, each
  /// once.
  static var helpSources: [String] {
    var texts = Unroll.frameTexts + Unroll.welcomeTexts
    for command in Command.all {
      texts.append(command.summary)
      texts += Unroll.translatableParagraphs(command.discussion)
      for group in command.optionGroups {
        texts.append(group.title)
        texts += group.options.map(\.help)
      }
    }
    texts += Unroll.globalOptions.map(\.help)
    texts += replHelpSources
    var seen: Set<String> = []
    return texts.map(key).filter { seen.insert($0).inserted }
  }

  /// The English help texts `language` does not translate, in the order help shows them.
  static func missingHelp(in language: Language) -> [String] {
    guard language != .en else { return [] }
    let table = helpTable(language)
    return helpSources.filter { table[$0] == nil }
  }

  /// The keys of `language`'s help table that match no English text any more (the
  /// English changed): stale translations, sorted.
  static func unusedHelp(in language: Language) -> [String] {
    let sources = Set(helpSources)
    return helpTable(language).keys.filter { !sources.contains($0) }.sorted()
  }
}
