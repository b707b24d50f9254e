/// A message that can be said in every language Unroll speaks.
///
/// A usage error, a weights file's problem; its `description` is its English.
protocol LocalizedMessage {
  /// The message in `language`, without the `unroll: ` prefix.
  func message(in language: Language) -> String
}

extension Catalogue {
  /// The text of the message `key` in `language`, its blanks filled from `values`: the
  /// language's table, else English, as `text(_:in:_:)` does for the runner's words.
  static func message(_ key: String, in language: Language, _ values: [String: String] = [:])
    -> String
  {
    guard let template = messageTable(language)[key] ?? englishMessages[key] else { return key }
    return fill(template, values)
  }

  /// The message table of `language`.
  static func messageTable(_ language: Language) -> [String: String] {
    switch language {
    case .en: englishMessages
    case .de: germanMessages
    case .zh: chineseMessages
    case .ja: japaneseMessages
    }
  }

  /// A usage conflict's sentence (written where it is found, in English) in `language`,
  /// looked up by its English as the help texts are; one built with values stays English.
  static func conflict(_ english: String, in language: Language) -> String {
    guard language != .en else { return english }
    return conflictTable(language)[english] ?? english
  }

  /// The conflicts `language` translates, by their English.
  static func conflictTable(_ language: Language) -> [String: String] {
    switch language {
    case .en: [:]
    case .de: germanConflicts
    case .zh: chineseConflicts
    case .ja: japaneseConflicts
    }
  }

  /// The conflicts that have no values in them, by their English: what a translation has.
  static let conflictSources = [
    "-o writes --format md (the document and its chart)",
    "--clip-norm scales, --clip-value cuts entries: give one",
    "--bptt verbatim cannot train: the notes' backward() stops at its first line "
      + "(see `unroll compare`); use --bptt document for its repaired form",
    "--compare trains with both BPTTs; leave out --bptt",
    "--samples draws data from --seed; --data reads it: give one",
    "check needs a file: unroll check FILE.py, or unroll check --new rnn FILE.py",
    "--bptt verbatim cannot be checked: the notes' backward() stops at its first line "
      + "(see `unroll compare`); --bptt document checks its repaired form",
    "--entries samples at random, --max-entries spreads: give one",
    "--bptt verbatim stops at the note's first line whatever the objective: leave out "
      + "--loss and --tbptt, or use --bptt document",
  ]

  /// The English message keys `language`'s table lacks, sorted.
  static func missingMessages(in language: Language) -> [String] {
    let table = messageTable(language)
    return englishMessages.keys.filter { table[$0] == nil }.sorted()
  }

  /// A phrase a message quotes from elsewhere (what a JSON value is, `a list`; what a size
  /// is, `hidden size`) in `language`; any other text, a file's own, stays as it is.
  static func phrase(_ english: String, in language: Language) -> String {
    guard language != .en, let key = phraseKeys[english] else { return english }
    return message(key, in: language)
  }

  /// The phrases `phrase(_:in:)` translates, by their English.
  static let phraseKeys: [String: String] = [
    "null": "phrase.null", "a boolean": "phrase.boolean", "a number": "phrase.number",
    "a string": "phrase.string", "a list": "phrase.list", "an object": "phrase.object",
    "hidden size": "phrase.hiddenSize", "input size": "phrase.inputSize",
    "steps": "phrase.steps",
  ]

  /// What a flag's value must be (`an integer from 1 to 256`, `rnn, lstm or gru`, `one of
  /// en, de, zh, ja`) in `language`; the values themselves stay verbatim, and a phrase of
  /// another shape stays English.
  static func expectation(_ english: String, in language: Language) -> String {
    guard language != .en else { return english }
    if let match = english.wholeMatch(of: #/an integer from (-?[0-9.e+]+) to (-?[0-9.e+]+)/#) {
      return message(
        "expect.integer", in: language, ["low": String(match.1), "high": String(match.2)])
    }
    if let match = english.wholeMatch(of: #/a number from (-?[0-9.e+]+) to (-?[0-9.e+]+)/#) {
      return message(
        "expect.number", in: language, ["low": String(match.1), "high": String(match.2)])
    }
    if let match = english.wholeMatch(of: #/a number above (-?[0-9.e+]+)/#) {
      return message("expect.above", in: language, ["low": String(match.1)])
    }
    if let match = english.wholeMatch(of: #/one of (.+)/#) {
      return message("expect.oneOf", in: language, ["list": String(match.1)])
    }
    return alternatives(english, in: language)
  }

  /// `rnn, lstm or gru` (as `ModelOptions.oneOf` writes it) with the `or` in `language`.
  static func alternatives(_ english: String, in language: Language) -> String {
    guard language != .en,
      let match = english.wholeMatch(of: #/((?:[^ ,]+, )*[^ ,]+) or ([^ ,]+)/#)
    else { return english }
    return message("expect.or", in: language, ["first": String(match.1), "last": String(match.2)])
  }
}

extension Catalogue {
  /// The messages in English: usage errors (`usage.*`), a weights file's problems
  /// (`weights.*`), and the phrases they quote.
  static let englishMessages: [String: String] = [
    // Usage errors (exit 2).
    "usage.unknownCommand": "unknown command {name}",
    "usage.didYouMean": "; did you mean {suggestion}?",
    "usage.seeCommands": "; run `unroll help` for the commands",
    "usage.unknownFlag": "unknown flag {flag}",
    "usage.flagOfAnotherCommand": "{command} has no flag {flag} (it belongs to `unroll {owner}`)",
    "usage.flagBeforeCommand": "{flag} needs a command before it, as in `unroll {owner} {flag} …`",
    "usage.missingValue": "{flag} needs a value ({valueName})",
    "usage.unexpectedValue": "{flag} takes no value",
    "usage.invalidValue": "{flag} must be {expected}, got {value}",
    "usage.unexpectedArgument":
      "{command} takes no argument {word}; run `unroll help {command}` for its flags",
    // What a value must be.
    "expect.integer": "an integer from {low} to {high}",
    "expect.number": "a number from {low} to {high}",
    "expect.above": "a number above {low}",
    "expect.oneOf": "one of {list}",
    "expect.or": "{first} or {last}",
    // A weights file's problems, after `PATH: `.
    "weights.notJSON": "not valid JSON at line {line}, column {column}: {reason}",
    "weights.notAnObject":
      "a weights file is a JSON object with \"model\" and \"params\", found {found}",
    "weights.unknownKey": "unknown key {keys} (a weights file has {known})",
    "weights.unknownKeys": "unknown keys {keys} (a weights file has {known})",
    "weights.unknownModel": "model must be {names}, found {found}",
    "weights.modelDisagrees": "--model {flag} disagrees with the file, which holds {file}",
    "weights.missingParams.found":
      "\"params\" must be an object of matrices by name, found {found}",
    "weights.missingParams.absent":
      "\"params\" must be an object of matrices by name, and it is missing",
    "weights.missingParameter": "parameter {name} is missing ({model} has {names})",
    "weights.unknownParameter": "unknown parameter {names} ({model} has {known})",
    "weights.unknownParameters": "unknown parameters {names} ({model} has {known})",
    "weights.notAMatrix":
      "{name} must be a list of rows such as [[0.1, 0.2]] (a column is [[0.1], [0.2]]), found {found}",
    "weights.emptyMatrix": "{name} is empty; it needs at least one row of at least one number",
    "weights.raggedRow": "row {row} of {name} has {found} entries where row 0 has {expected}",
    "weights.notANumber": "{name}[{row}][{col}] must be a number, found {found}",
    "weights.nonFinite": "{name}[{row}][{col}] is not a finite number",
    "weights.wrongShape": "{name} has shape {found}, expected {expected}",
    "weights.noInputColumns":
      "{name} has shape {found}; a gate weight is (hidden, hidden + input), so it needs more than {hidden} columns",
    "weights.overLimit": "{what} {value} (from {source}) is over the limit of {limit}",
    "weights.xWidth.one":
      "x[{row}] has {found} entry, expected {expected} (the input size of {source})",
    "weights.xWidth.many":
      "x[{row}] has {found} entries, expected {expected} (the input size of {source})",
    "weights.badLabel": "y must be 0 or 1, found {found}",
    "weights.badLabels":
      "y must be 0 or 1, or a list of {expected} labels (one per step) of 0 or 1, found {found}",
    "weights.flagDisagrees":
      "{flag} {given} disagrees with the file: {source} gives {what} {found}",
    "weights.unknownLayout": "layout must be \"document\" or \"pytorch\", found {found}",
    "weights.wrongLayoutKey.pytorch":
      "{key} is the notes' layout; a file with \"layout\": \"pytorch\" holds state_dict",
    "weights.wrongLayoutKey.document":
      "{key} is read only with \"layout\": \"pytorch\" (this file's layout is document)",
    "weights.missingStateDict.found":
      "\"state_dict\" must be an object of tensors by name, as model.state_dict() has them, found {found}",
    "weights.missingStateDict.absent":
      "\"state_dict\" must be an object of tensors by name, as model.state_dict() has them, and it is missing",
    "weights.notAVector":
      "{key} must be a list of numbers such as [0.1, 0.2] (a bias is 1-D in PyTorch), found {found}",
    "weights.batchOfMany":
      "x holds a batch of {count} sequences; Unroll runs one (write x[0].tolist())",
    "weights.list.more": "{shown}, … ({count} in all)",
    // The REPLs' answer to a word that is no command.
    "repl.unknown": "Unknown command {word}.",
    "repl.didYouMean": " Did you mean `{command}`?",
    "repl.typeHelp": " Type `help` for the list.",
    // Phrases a message quotes.
    "phrase.null": "null",
    "phrase.boolean": "a boolean",
    "phrase.number": "a number",
    "phrase.string": "a string",
    "phrase.list": "a list",
    "phrase.object": "an object",
    "phrase.hiddenSize": "hidden size",
    "phrase.inputSize": "input size",
    "phrase.steps": "steps",
  ]
}
