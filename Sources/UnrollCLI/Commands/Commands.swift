import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What a command's run function is given: its parsed flags and the terminal.
public struct Invocation {
  /// The flags and words after the command name, checked against its options.
  public let arguments: ParsedArguments
  /// Where output goes; also the width and whether colour is on.
  public let terminal: Terminal

  /// An invocation with `arguments` on `terminal`.
  public init(arguments: ParsedArguments, terminal: Terminal) {
    self.arguments = arguments
    self.terminal = terminal
  }
}

/// A titled group of flags in a command's help: `MODEL OPTIONS`, `OPTIONS`.
public struct OptionGroup: Sendable {
  /// The heading, in capitals.
  public let title: String
  /// The flags, in the order help lists them.
  public let options: [OptionSpec]

  /// A group of `options` under `title`.
  public init(_ title: String, _ options: [OptionSpec]) {
    self.title = title
    self.options = options
  }
}

/// One `unroll` command: its name, its help, its flags and what it does.
///
/// To add a command, define `static let name = Command(...)` in its own file
/// (`Command+Trace.swift` is an example) and add it to `Command.all`.
public struct Command: Sendable {
  /// The word that runs it: `trace`.
  public let name: String
  /// One line for the command list.
  public let summary: String
  /// The usage line without `USAGE: `: `unroll trace [model options] [-o FILE]`.
  public let usage: String
  /// The paragraphs of its help between the usage line and the flags.
  public let discussion: String
  /// Its flags, grouped for help.
  public let optionGroups: [OptionGroup]
  /// Whether it takes positional words (`help COMMAND`, `lesson N`).
  public let takesArguments: Bool
  /// Does the work.
  ///
  /// Throw a `UsageError` for exit 2, any other error for exit 1 (its description is
  /// the message); return `.failure` after writing your own message.
  public let run: @Sendable (Invocation) throws -> ExitCode

  /// A command; see the properties for what each part is.
  public init(
    name: String, summary: String, usage: String, discussion: String,
    optionGroups: [OptionGroup] = [], takesArguments: Bool = false,
    run: @escaping @Sendable (Invocation) throws -> ExitCode
  ) {
    self.name = name
    self.summary = summary
    self.usage = usage
    self.discussion = discussion
    self.optionGroups = optionGroups
    self.takesArguments = takesArguments
    self.run = run
  }

  /// Every flag it accepts.
  public var options: [OptionSpec] { optionGroups.flatMap(\.options) }
}

extension Command {
  /// Every command, in the order help lists them.
  ///
  /// A new command is one more entry here.
  public static let all: [Command] = [
    .lesson, .lessons, .glossary, .repl, .trace, .check, .compare, .gradcheck, .train, .convert,
    .help,
  ]

  /// The command named `name`, if there is one.
  public static func named(_ name: String) -> Command? { all.first { $0.name == name } }
}

/// The entry point: runs `unroll` with `arguments` (without the program name).
public enum Unroll {
  /// The version `--version` prints.
  public static let version = "0.1.0"

  /// The flags every command accepts, as help lists them.
  static let globalOptions = [
    OptionSpec("--help", short: "-h", value: nil, help: "this help; after a command, its help"),
    OptionSpec("--version", value: nil, help: "print the version"),
    OptionSpec(
      "--no-color", value: nil,
      help: "no colour even on a terminal (as NO_COLOR=1, TERM=dumb)"),
    languageOption,
  ]

  /// `--lang en|de|zh|ja`: the one global flag with a value.
  static let languageOption = OptionSpec(
    "--lang", value: "en|de|zh|ja",
    help: "the language of help, errors, lessons, the glossary and\n"
      + "explain (default: from LC_ALL, LC_MESSAGES or LANG;\nelse en)")

  /// Takes `--lang X` and `--lang=X` out of `words`, setting `terminal.languageFlag`.
  static func takeLanguage(from words: inout [String], terminal: Terminal) throws {
    var k = 0
    while k < words.count {
      let word = words[k]
      let value: String
      if word == languageOption.name {
        guard k + 1 < words.count else {
          throw UsageError.missingValue(flag: word, valueName: languageOption.valueName ?? "")
        }
        value = words[k + 1]
        words.removeSubrange(k...(k + 1))
      } else if word.hasPrefix(languageOption.name + "=") {
        value = String(word.dropFirst(languageOption.name.count + 1))
        words.remove(at: k)
      } else {
        k += 1
        continue
      }
      guard let language = Language(rawValue: value.lowercased()) else {
        throw UsageError.invalidValue(
          flag: languageOption.name, value: value, expected: "one of " + Language.list,
          suggestion: nil)
      }
      terminal.languageFlag = language
    }
  }

  /// Runs `arguments` on `terminal` and returns the exit code; prints nothing itself
  /// except through `terminal`.
  ///
  /// Output that could not be written is not success: after a failed write to stdout
  /// (a full disk, a closed stdout) the exit code is 1 with one line on stderr; after a
  /// broken pipe (the reader left, as `| head -1` does) the run ends quietly.
  public static func run(_ arguments: [String], terminal: Terminal) -> Int32 {
    var code: ExitCode
    do {
      code = try dispatch(arguments, terminal: terminal)
    } catch let error as UsageError {
      terminal.writeError(oneLine(error, in: terminal.language))
      code = .usage
    } catch {
      terminal.writeError(oneLine(error, in: terminal.language))
      code = .failure
    }
    if terminal.hasLostOutput, let failure = terminal.outputFailure {
      let reason = failure == EBADF ? "it is closed" : FileIO.reason(failure, fallback: "")
      terminal.writeError("unroll: cannot write to stdout: \(reason)\n")
      code = .failure
    }
    return code.rawValue
  }

  /// The longest error line printed; a longer one is cut, saying how much was left out.
  static let maxMessageLength = 600

  /// `unroll: ` and the error's sentence on one line, whatever a key or a path held:
  /// newlines and other control characters shown escaped (`\n`, `\u{1B}`), and a message
  /// past `maxMessageLength` characters cut (a 200 MB string in a file is not echoed).
  ///
  /// A usage error or a weights file's problem is said in `language`; other errors, in
  /// English.
  static func oneLine(_ error: any Error, in language: Language = .en) -> String {
    let text = (error as? any LocalizedMessage)?.message(in: language) ?? "\(error)"
    return "unroll: \(Quoted.safe(text, limit: maxMessageLength))\n"
  }

  private static func dispatch(_ arguments: [String], terminal: Terminal) throws -> ExitCode {
    // Global flags count anywhere before `--`, and are taken out before a command parses.
    let end = arguments.firstIndex(of: "--") ?? arguments.count
    var words = Array(arguments[..<end])
    try takeLanguage(from: &words, terminal: terminal)
    let globalNames = globalOptions.filter { $0.valueName == nil }.flatMap {
      [$0.name] + ($0.short.map { [$0] } ?? [])
    }
    if let word = words.first(where: { word in
      globalNames.contains { word.hasPrefix($0 + "=") }
    }) {
      throw UsageError.unexpectedValue(flag: String(word.prefix { $0 != "=" }))
    }
    if words.contains("--no-color") { terminal.isColorDisabledByFlag = true }
    let wantsHelp = words.contains("--help") || words.contains("-h")
    let wantsVersion = words.contains("--version")
    words.removeAll { ["--no-color", "--help", "-h", "--version"].contains($0) }
    words += arguments[end...]

    if wantsVersion && !wantsHelp {
      terminal.write("unroll \(version)\n")
      return .success
    }
    guard let first = words.first else {
      terminal.write(wantsHelp ? overview(terminal.language) : welcome(terminal.language))
      return .success
    }
    if first.hasPrefix("-") && first != "--" {
      let name = String(first.prefix { $0 != "=" })
      let owner = Command.all.first { command in
        command.options.contains { $0.name == name || $0.short == name }
      }
      guard let owner else {
        let known = (globalOptions + Command.all.flatMap(\.options)).map(\.name)
        throw UsageError.unknownFlag(name, suggestion: closest(to: name, among: known))
      }
      throw UsageError.flagBeforeCommand(name, owner: owner.name)
    }
    guard let command = Command.named(first) else {
      let names = Command.all.map(\.name)
      throw UsageError.unknownCommand(first, suggestion: closest(to: first, among: names))
    }
    if wantsHelp {
      terminal.write(help(for: command, in: terminal.language))
      return .success
    }
    let others = Command.all.filter { $0.name != command.name }.map { ($0.name, $0.options) }
    let parsed = try ParsedArguments.parse(
      Array(words.dropFirst()), options: command.options, command: command.name,
      otherCommands: others)
    if !command.takesArguments, let word = parsed.positionals.first {
      throw UsageError.unexpectedArgument(word, command: command.name)
    }
    return try command.run(Invocation(arguments: parsed, terminal: terminal))
  }
}
