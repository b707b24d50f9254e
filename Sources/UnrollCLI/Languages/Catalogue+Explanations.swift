extension Catalogue {
  /// What the REPL's `explain` and the deviation notes say, in `language`: the English text
  /// (written beside its operation in UnrollKit) is the key, as gettext keys a message by its
  /// source, so a text changed in English is no longer found and shows in English until it
  /// is translated again (`ExplanationLanguageTests` lists every operation's text that
  /// has no translation).
  ///
  /// A text built with values (`explanationTemplates`) is found by its template and
  /// translated with the same values filled in.
  static func explanation(_ english: String, in language: Language) -> String {
    if let text = explanations(language)[english] { return text }
    for (template, translations) in explanationTemplates {
      if let translation = translations[language], let values = values(in: english, template) {
        return fill(translation, values)
      }
    }
    return english
  }

  /// What `explain` says of an operation that has no explanation of its own.
  static let fallbackExplanation =
    "This line computes {name} as its formula says, from values computed before it."

  /// Explanations built at run time, their values as blanks: the English template and its
  /// translations.
  static let explanationTemplates: [(english: String, translations: [Language: String])] = [
    (
      Catalogue.fallbackExplanation,
      [
        .de: "Diese Zeile berechnet {name}, wie ihre Formel sagt, aus zuvor berechneten Werten.",
        .zh: "这一行按其公式，用之前算出的值计算 {name}。",
        .ja: "この行は、式のとおり、それまでに計算した値から {name} を計算します。",
      ]
    ),
    (
      "Truncated BPTT (--tbptt {k}): the steps are cut into chunks of {k} counted from the "
        + "last, and nothing flows from a chunk into the one before, as PyTorch's "
        + "h.detach() every {k} steps. Here the flow to t − 1 stops: cut holds what step t "
        + "would have sent back ([{names}]), and step t − 1 reads zeros instead. So each "
        + "loss term's gradient reaches back at most {k} steps, its own included.",
      [
        .de:
          "Abgeschnittene BPTT (--tbptt {k}): Die Zeitschritte werden, vom letzten an gezählt, "
          + "in Stücke von {k} geteilt, und aus einem Stück fließt nichts in das davor, wie "
          + "bei PyTorchs h.detach() alle {k} Zeitschritte. Hier endet der Fluss nach t − 1: "
          + "cut hält, was Zeitschritt t zurückgeschickt hätte ([{names}]), und Zeitschritt "
          + "t − 1 liest stattdessen Nullen. So reicht der Gradient jedes Verlustterms "
          + "höchstens {k} Zeitschritte zurück, seinen eigenen eingeschlossen.",
        .zh:
          "截断 BPTT（--tbptt {k}）：从最后一步往前数，把时间步切成每 {k} 步一段，"
          + "梯度不会从一段流入它前面的一段，就像 PyTorch 每 {k} 步调用一次 h.detach()。"
          + "在这里，流向 t − 1 的梯度被截断：cut 保存时间步 t 本来会传回的值（[{names}]），"
          + "时间步 t − 1 读到的则是零。所以每个损失项的梯度最多回传 {k} 步，包括它自己那一步。",
        .ja:
          "打ち切り BPTT（--tbptt {k}）：タイムステップを最後から数えて {k} ずつの区間に切り、"
          + "ある区間から一つ前の区間へは何も流れません。PyTorch で {k} ステップごとに "
          + "h.detach() するのと同じです。ここで t − 1 への流れが止まります。cut はタイムステップ "
          + "t が送り返すはずだったもの（[{names}]）を保持し、タイムステップ t − 1 は代わりに 0 を"
          + "読みます。そのため各損失項の勾配は、自分のステップを含めて最大 {k} ステップまでしか"
          + "さかのぼりません。",
      ]
    ),
  ]

  /// The values of `template`'s blanks in `text`, if `text` is `template` filled in (a
  /// blank met twice must have one value); nil if it is not.
  static func values(in text: String, _ template: String) -> [String: String]? {
    var values: [String: String] = [:]
    var rest = Substring(text)
    var pattern = Substring(template)
    var pending: String?
    while !pattern.isEmpty {
      let open = pattern.firstIndex(of: "{") ?? pattern.endIndex
      let literal = pattern[..<open]
      if let name = pending {
        guard !literal.isEmpty || open == pattern.endIndex else { return nil }
        let end: Substring.Index
        if literal.isEmpty {
          end = rest.endIndex
        } else {
          guard let found = rest.range(of: literal) else { return nil }
          end = found.lowerBound
        }
        let value = String(rest[..<end])
        guard !value.isEmpty, values[name].map({ $0 == value }) ?? true else { return nil }
        values[name] = value
        rest = rest[end...]
        pending = nil
      }
      guard rest.hasPrefix(literal) else { return nil }
      rest = rest.dropFirst(literal.count)
      guard open < pattern.endIndex,
        let close = pattern[open...].firstIndex(of: "}")
      else {
        pattern = pattern[pattern.endIndex...]
        break
      }
      pending = String(pattern[pattern.index(after: open)..<close])
      pattern = pattern[pattern.index(after: close)...]
    }
    if let name = pending {
      guard !rest.isEmpty, values[name].map({ $0 == String(rest) }) ?? true else { return nil }
      values[name] = String(rest)
      rest = rest[rest.endIndex...]
    }
    return rest.isEmpty && !values.isEmpty ? values : nil
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
