/// The runner's own words in every language: one table per language, keyed by a short name
/// (`runner.right`), English the source every other table is checked against.
///
/// A text may have blanks, `{name}`, filled by `text(_:in:_:)`. A key a language lacks falls
/// back to English, so a half-translated table still speaks; `missing(in:)` lists what is
/// missing and the tests hold every table complete, with the English blanks and no others.
///
/// Texts that live in UnrollKit (the REPL's `explain` texts, the deviations' notes) are
/// keyed by their English text instead, as gettext keys a message by its source
/// (`Catalogue+Explanations.swift`): they are written where the program is, in English.
enum Catalogue {
  /// The table of `language`.
  static func table(_ language: Language) -> [String: String] {
    switch language {
    case .en: english
    case .de: german
    case .zh: chinese
    case .ja: japanese
    }
  }

  /// The text of `key` in `language` (English when that table lacks it), its blanks filled
  /// from `values`; the key itself if no table has it, so a typo shows rather than hides.
  static func text(_ key: String, in language: Language, _ values: [String: String] = [:])
    -> String
  {
    guard let template = table(language)[key] ?? english[key] else { return key }
    return fill(template, values)
  }

  /// `template` with each `{name}` replaced by `values[name]`; an unknown blank stays.
  static func fill(_ template: String, _ values: [String: String]) -> String {
    guard !values.isEmpty, template.contains("{") else { return template }
    var result = ""
    var rest = Substring(template)
    while let open = rest.firstIndex(of: "{") {
      result += rest[..<open]
      let after = rest[rest.index(after: open)...]
      guard let close = after.firstIndex(of: "}"), let value = values[String(after[..<close])]
      else {
        result.append("{")
        rest = after
        continue
      }
      result += value
      rest = after[after.index(after: close)...]
    }
    return result + rest
  }

  /// The blanks of `template`, in order: `{n}` and `{title}` give `["n", "title"]`.
  static func blanks(_ template: String) -> [String] {
    var names: [String] = []
    var rest = Substring(template)
    while let open = rest.firstIndex(of: "{") {
      let after = rest[rest.index(after: open)...]
      guard let close = after.firstIndex(of: "}") else { break }
      let name = after[..<close]
      if !name.isEmpty, name.allSatisfy({ $0.isLetter || $0 == "_" }) {
        names.append(String(name))
      }
      rest = after[after.index(after: close)...]
    }
    return names
  }

  /// The English keys `language`'s table lacks, sorted.
  static func missing(in language: Language) -> [String] {
    let table = table(language)
    return english.keys.filter { table[$0] == nil }.sorted()
  }
}
