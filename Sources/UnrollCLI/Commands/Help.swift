/// The texts of `unroll`, `unroll help` and `unroll help COMMAND`, built from the
/// command table so that they list what exists.
extension Unroll {
  /// What `unroll` alone prints: what this is, the first lesson, the commands, how to explore.
  static func welcome() -> String {
    """
    unroll \(version): watch an RNN, an LSTM and a GRU compute, one operation at a time.

    Unroll runs the forward and backward passes of the vanilla RNN of the RNN
    note ("Einfache RNN-Implementierung von Grund auf", also in Chinese and
    Japanese), the LSTM of the LSTM note ("NumPy LSTM-Implementierung von Grund
    auf") and PyTorch's GRU in an interpreter that records every intermediate
    value with its formula, its shape and its line of NumPy.

    New here? Start with the first lesson:
      unroll lesson 1

    Commands:
    \(commandList())
    Then explore on your own:
      unroll repl                    step through the RNN's passes, like pdb
      unroll repl --bptt verbatim    the notes' backward() as written: where it breaks
      unroll trace                   every value of the RNN's passes, seed 0
      unroll trace --model lstm      the same for the LSTM
      unroll repl --model gru        a GRU step by step: r_t, z_t, n_t, h_t
      unroll trace --format json     the whole trace as JSON, readable by --weights
      unroll compare                 the notes' backward() against the correct BPTT
      unroll train --compare         the notes' loop with both BPTTs, side by side
      unroll gradcheck               the gradients against finite differences
      unroll help trace              every flag of a command

    """
  }

  /// What `unroll help` and `unroll --help` print: the commands and the global flags.
  static func overview() -> String {
    """
    unroll \(version): watch an RNN, an LSTM and a GRU compute, one operation at a time.

    USAGE: unroll COMMAND [FLAGS]

    COMMANDS:
    \(commandList())
    \(optionList("FLAGS FOR EVERY COMMAND", globalOptions))
    Run `unroll help COMMAND` for a command's flags.

    """
  }

  /// A command's full help: usage, discussion, its flags with ranges and defaults.
  static func help(for command: Command) -> String {
    var text = "unroll \(command.name): \(command.summary)\n\nUSAGE: \(command.usage)\n\n"
    if !command.discussion.isEmpty { text += command.discussion + "\n\n" }
    for group in command.optionGroups { text += optionList(group.title, group.options) + "\n" }
    text += "Every command also takes -h/--help, --version and --no-color.\n"
    return text
  }

  /// `  trace       summary` lines, one per command.
  private static func commandList() -> String {
    let width = (Command.all.map(\.name.count).max() ?? 0) + 4
    return Command.all.map { command in
      "  " + command.name.padding(to: width) + command.summary + "\n"
    }.joined()
  }

  /// A heading and its flags, the help texts aligned in one column; a help text's
  /// later lines are indented to that column.
  ///
  /// A synopsis wider than `widestInline` (a long list of values, as `--model` gets with
  /// more cells) has its help on the next line, and a help line that would pass 80
  /// columns is wrapped, so help stays within 80 columns whatever the registry holds.
  static func optionList(_ title: String, _ options: [OptionSpec]) -> String {
    let inline = options.map(\.synopsis.count).filter { $0 <= widestInline }
    let width = max(22, (inline.max() ?? 0) + 3)
    let pad = String(repeating: " ", count: width + 2)
    var text = title + ":\n"
    for option in options {
      let lines = option.help.split(separator: "\n", omittingEmptySubsequences: false)
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
      invocation.terminal.write(Unroll.overview())
      return .success
    }
    guard words.count == 1 else {
      throw UsageError.conflict("help takes one command, got \(words.joined(separator: " "))")
    }
    guard let command = Command.named(name) else {
      throw UsageError.unknownCommand(
        name, suggestion: closest(to: name, among: Command.all.map(\.name)))
    }
    invocation.terminal.write(Unroll.help(for: command))
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
