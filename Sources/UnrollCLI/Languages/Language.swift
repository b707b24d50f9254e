/// The languages Unroll speaks: the course's and the runner's words, the glossary.
///
/// English is the source; German, Chinese and Japanese are the languages of the notes the
/// learners come from. A text with no translation falls back to English (the catalogue, a
/// lesson not yet translated), and says so where a learner would otherwise be puzzled.
public enum Language: String, CaseIterable, Sendable {
  case en, de, zh, ja

  /// The language's own name: `Deutsch`, `中文`, `日本語`.
  public var name: String {
    switch self {
    case .en: "English"
    case .de: "Deutsch"
    case .zh: "中文"
    case .ja: "日本語"
    }
  }

  /// The language a POSIX locale names (`de_DE.UTF-8`, `zh_CN`, `ja`), or nil for `C`,
  /// `POSIX` and any language Unroll does not speak.
  public static func of(locale: String) -> Language? {
    // language[_territory][.codeset][@modifier]
    let code = locale.prefix { $0 != "_" && $0 != "." && $0 != "@" && $0 != "-" }.lowercased()
    return Language(rawValue: code)
  }

  /// The language of the messages, as POSIX picks the locale: the first of `LC_ALL`,
  /// `LC_MESSAGES` and `LANG` that is set and not empty decides, and English when it names
  /// none Unroll speaks (`C`, `POSIX`, `fr_FR.UTF-8`) or when none is set.
  public static func of(environment: [String: String]) -> Language {
    let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }
      .first { !$0.isEmpty }
    return locale.flatMap(of(locale:)) ?? .en
  }

  /// The languages as `--lang` lists them: `en, de, zh, ja`.
  static let list = allCases.map(\.rawValue).joined(separator: ", ")
}
