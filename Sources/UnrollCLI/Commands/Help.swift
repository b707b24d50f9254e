/// The texts of `unroll`, `unroll help` and `unroll help COMMAND`, built from the
/// command table so that they list what exists.
extension Unroll {
  /// What `unroll` alone prints: what this is, the first lesson, the commands, how to explore.
  ///
  /// In German, Chinese and Japanese each English text is looked up in the help catalogue
  /// (`Catalogue.help`) and wrapped within 80 columns; English is printed as written here.
  static func welcome(_ language: Language = .en) -> String {
    let say = { (english: String) in Catalogue.help(english, in: language) }
    var text = headline(language) + "\n\n"
    text += paragraph(welcomeIntro, in: language) + "\n\n"
    text += say("New here? Start with the first lesson:") + "\n  unroll lesson 1\n\n"
    text += say("Commands:") + "\n" + commandList(language) + "\n"
    text += say("Then explore on your own:") + "\n"
    let pad = String(repeating: " ", count: 33)
    for (command, what) in explorations {
      let start = "  " + command.padding(to: 31)
      text +=
        (language == .en ? start + what : wrapped(say(what), first: start, rest: pad))
        + "\n"
    }
    return text
  }

  /// The line help starts with: `unroll 0.1.0: watch an RNN, …`.
  static func headline(_ language: Language) -> String {
    let start = "unroll \(version): "
    return language == .en
      ? start + tagline : wrapped(Catalogue.help(tagline, in: language), first: start, rest: "  ")
  }

  /// What Unroll is, in one line.
  static let tagline = "watch an RNN, an LSTM and a GRU compute, one operation at a time."

  /// The welcome's paragraph: what Unroll runs.
  static let welcomeIntro = """
    Unroll runs the forward and backward passes of the vanilla RNN of the RNN
    note ("Einfache RNN-Implementierung von Grund auf", also in Chinese and
    Japanese), the LSTM of the LSTM note ("NumPy LSTM-Implementierung von Grund
    auf") and PyTorch's GRU in an interpreter that records every intermediate
    value with its formula, its shape and its line of NumPy.
    """

  /// The welcome's ways to explore: a command line and what it shows.
  static let explorations: [(command: String, what: String)] = [
    ("unroll repl", "step through the RNN's passes, like pdb"),
    ("unroll repl --bptt verbatim", "the notes' backward() as written: where it breaks"),
    ("unroll trace", "every value of the RNN's passes, seed 0"),
    ("unroll trace --model lstm", "the same for the LSTM"),
    ("unroll repl --model gru", "a GRU step by step: r_t, z_t, n_t, h_t"),
    ("unroll trace --format json", "the whole trace as JSON, readable by --weights"),
    ("unroll compare", "the notes' backward() against the correct BPTT"),
    ("unroll train --compare", "the notes' loop with both BPTTs, side by side"),
    ("unroll gradcheck", "the gradients against finite differences"),
    ("unroll help trace", "every flag of a command"),
  ]

  /// The welcome's texts a translation has, besides the commands'.
  static var welcomeTexts: [String] {
    [
      tagline, welcomeIntro, "New here? Start with the first lesson:", "Commands:",
      "Then explore on your own:",
    ] + explorations.map(\.what)
  }

  /// The colon after a heading: `:`, and a full-width `：` in Chinese and Japanese.
  static func colon(_ language: Language) -> String {
    Catalogue.help(": ", in: language).filter { $0 != " " }
  }

  /// The headings and lines of `unroll help` and `unroll help COMMAND` themselves; `: ` is
  /// what follows a heading.
  static let frameTexts = [
    "USAGE", ": ", "COMMANDS", "FLAGS FOR EVERY COMMAND",
    "Run `unroll help COMMAND` for a command's flags.",
    "Every command also takes -h/--help, --version and --no-color.",
    "[model options]", "[options]",
  ]

  /// What `unroll help` and `unroll --help` print: the commands and the global flags.
  static func overview(_ language: Language = .en) -> String {
    let say = { (english: String) in Catalogue.help(english, in: language) }
    return headline(language) + "\n\n" + usageLine("unroll COMMAND [FLAGS]", in: language)
      + "\n\n" + say("COMMANDS") + colon(language) + "\n" + commandList(language) + "\n"
      + optionList("FLAGS FOR EVERY COMMAND", globalOptions, in: language) + "\n"
      + say("Run `unroll help COMMAND` for a command's flags.") + "\n"
  }

  /// A command's full help: usage, discussion, its flags with ranges and defaults.
  static func help(for command: Command, in language: Language = .en) -> String {
    let start = "unroll \(command.name): "
    var text =
      (language == .en
        ? start + command.summary
        : wrapped(Catalogue.help(command.summary, in: language), first: start, rest: "  "))
      + "\n\n"
    text += usageLine(command.usage, in: language) + "\n\n"
    if !command.discussion.isEmpty {
      text += discussion(command.discussion, in: language) + "\n\n"
    }
    for group in command.optionGroups {
      text += optionList(group.title, group.options, in: language) + "\n"
    }
    text += Catalogue.help(
      "Every command also takes -h/--help, --version and --no-color.", in: language)
    return text + "\n"
  }

  /// `USAGE: unroll trace [model options] …`, a second form indented under the first; in
  /// another language the heading and the words `[model options]`, `[options]` translated.
  static func usageLine(_ usage: String, in language: Language) -> String {
    guard language != .en else { return "USAGE: " + usage }
    let heading = Catalogue.help("USAGE", in: language) + Catalogue.help(": ", in: language)
    var text = usage
    for words in ["[model options]", "[options]"] {
      text = text.replacingOccurrences(of: words, with: Catalogue.help(words, in: language))
    }
    let indent = String(repeating: " ", count: TextWrap.columns(heading))
    let forms = text.split(separator: "\n").map { form in
      packed(
        usageWords(form.drop { $0 == " " }), width: 80, lead: indent.count, rest: indent + "  ")
    }
    return heading + forms.joined(separator: "\n" + indent)
  }

  /// A usage line's words: split at the spaces outside brackets, so that `[-o FILE
  /// [--force]]` stays one word.
  static func usageWords(_ usage: Substring) -> [String] {
    var words: [String] = []
    var word = ""
    var depth = 0
    for character in usage {
      if character == " " && depth == 0 {
        if !word.isEmpty { words.append(word) }
        word = ""
        continue
      }
      if character == "[" { depth += 1 }
      if character == "]" { depth = max(0, depth - 1) }
      word.append(character)
    }
    if !word.isEmpty { words.append(word) }
    return words
  }

  /// `words` one space apart in lines of at most `width` columns, the first line after
  /// `lead` columns of heading, the others starting with `rest`; a word is never broken.
  static func packed(_ words: [String], width: Int, lead: Int, rest: String) -> String {
    var lines: [String] = []
    var line = ""
    var used = lead
    for word in words {
      let size = TextWrap.columns(word)
      if line.isEmpty || line == rest {
        line += word
        used += size
      } else if used + 1 + size > width {
        lines.append(line)
        line = rest + word
        used = TextWrap.columns(rest) + size
      } else {
        line += " " + word
        used += 1 + size
      }
    }
    lines.append(line)
    return lines.joined(separator: "\n")
  }

  /// A command's discussion in `language`: each paragraph the catalogue translates,
  /// wrapped within 79 columns; an indented paragraph (a formula) and one not translated
  /// stay as written.
  static func discussion(_ english: String, in language: Language) -> String {
    guard language != .en else { return english }
    return english.components(separatedBy: "\n\n").map { paragraph in
      paragraph.hasPrefix(" ") || !Catalogue.hasHelp(paragraph, in: language)
        ? paragraph : wrapped(Catalogue.help(paragraph, in: language), width: 79)
    }.joined(separator: "\n\n")
  }

  /// The paragraphs of a discussion a translation has: all but the indented ones.
  static func translatableParagraphs(_ discussion: String) -> [String] {
    guard !discussion.isEmpty else { return [] }
    return discussion.components(separatedBy: "\n\n").filter { !$0.hasPrefix(" ") }
  }

  /// An English paragraph, or its translation wrapped within 79 columns.
  static func paragraph(_ english: String, in language: Language) -> String {
    language == .en || !Catalogue.hasHelp(english, in: language)
      ? english : wrapped(Catalogue.help(english, in: language), width: 79)
  }

  /// `text` in lines of at most `width` columns: each of its lines broken at spaces and
  /// between Chinese or Japanese characters (`TextWrap.lines`), the first line starting
  /// with `first`, the others with `rest`; a line of `text` that starts with a space (a
  /// formula) is kept as it is.
  static func wrapped(_ text: String, width: Int = 80, first: String = "", rest: String = "")
    -> String
  {
    text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().flatMap {
      index, line -> [String] in
      let start = index == 0 ? first : rest
      if line.hasPrefix(" ") || TextWrap.columns(start + line) <= width {
        return [start + line]
      }
      return TextWrap.lines(line.split(separator: " "), width: width, first: start, rest: rest)
    }.joined(separator: "\n")
  }

  /// `  trace       summary` lines, one per command.
  private static func commandList(_ language: Language) -> String {
    let width = (Command.all.map(\.name.count).max() ?? 0) + 4
    let pad = String(repeating: " ", count: width + 2)
    return Command.all.map { command in
      let start = "  " + command.name.padding(to: width)
      let summary = Catalogue.help(command.summary, in: language)
      return (language == .en ? start + summary : wrapped(summary, first: start, rest: pad))
        + "\n"
    }.joined()
  }

  /// A heading and its flags, the help texts aligned in one column; a help text's
  /// later lines are indented to that column.
  ///
  /// A synopsis wider than `widestInline` (a long list of values, as `--model` gets with
  /// more cells) has its help on the next line, and a help line that would pass 80
  /// columns is wrapped, so help stays within 80 columns whatever the registry holds.
  /// In another language the heading and each help text are the catalogue's, wrapped the
  /// same way (Chinese and Japanese between characters).
  static func optionList(_ title: String, _ options: [OptionSpec], in language: Language = .en)
    -> String
  {
    let inline = options.map(\.synopsis.count).filter { $0 <= widestInline }
    let width = max(22, (inline.max() ?? 0) + 3)
    let pad = String(repeating: " ", count: width + 2)
    var text = Catalogue.help(title, in: language) + colon(language) + "\n"
    for option in options {
      let help = Catalogue.help(option.help, in: language)
      let lines = help.split(separator: "\n", omittingEmptySubsequences: false)
        .flatMap { line in
          TextWrap.columns(String(line)) + pad.count <= 80
            ? [String(line)] : TextWrap.lines(line.split(separator: " "), width: 80 - pad.count)
        }
      if option.synopsis.count > widestInline {
        text += "  " + option.synopsis + "\n" + pad + (lines.first ?? "") + "\n"
      } else {
        text += "  " + option.synopsis.padding(to: width) + (lines.first ?? "") + "\n"
      }
      for line in lines.dropFirst() { text += pad + line + "\n" }
    }
    return text
  }

  /// The widest synopsis that keeps its help on its line: `--layout document|pytorch`.
  static let widestInline = 25
}

extension Command {
  /// `unroll help [COMMAND]`.
  public static let help = Command(
    name: "help", summary: "the commands, or one command's flags",
    usage: "unroll help [COMMAND]",
    discussion: "Without COMMAND, lists the commands; with it, prints that command's help,\n"
      + "as `unroll COMMAND --help` does.",
    takesArguments: true
  ) { invocation in
    let words = invocation.arguments.positionals
    guard let name = words.first else {
      invocation.terminal.write(Unroll.overview(invocation.terminal.language))
      return .success
    }
    guard words.count == 1 else {
      throw UsageError.conflict("help takes one command, got \(words.joined(separator: " "))")
    }
    guard let command = Command.named(name) else {
      throw UsageError.unknownCommand(
        name, suggestion: closest(to: name, among: Command.all.map(\.name)))
    }
    invocation.terminal.write(Unroll.help(for: command, in: invocation.terminal.language))
    return .success
  }
}

extension String {
  /// The string padded with spaces to `width` display columns (a CJK character takes two),
  /// or with one space if wider.
  func padding(to width: Int) -> String {
    let columns = TextWrap.columns(self)
    return columns >= width ? self + " " : self + String(repeating: " ", count: width - columns)
  }
}
