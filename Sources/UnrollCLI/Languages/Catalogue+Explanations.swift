extension Catalogue {
  /// What the REPL's `explain` and the deviation notes say, in `language`: the English text
  /// (written beside its operation in UnrollKit) is the key, as gettext keys a message by its
  /// source, so a text changed in English is no longer found and shows in English until it
  /// is translated again (`LanguageTests` lists the keys that match no English text).
  ///
  /// Texts built at run time (a truncation's `--tbptt K`) stay in English.
  static func explanation(_ english: String, in language: Language) -> String {
    explanations(language)[english] ?? english
  }

  /// The table of `language`'s explanations, keyed by the English.
  static func explanations(_ language: Language) -> [String: String] {
    switch language {
    case .en: [:]
    case .de: germanExplanations
    case .zh: chineseExplanations
    case .ja: japaneseExplanations
    }
  }
}
