/// One flag a command accepts: its spelling, the value it takes, and its help line.
public struct OptionSpec: Sendable, Equatable {
  /// The long spelling, with its dashes: `--hidden-size`.
  public let name: String
  /// A one-letter alias, with its dash: `-o`; nil when there is none.
  public let short: String?
  /// What the value looks like in help (`N`, `rnn|lstm`, `FILE`); nil for a flag without one.
  public let valueName: String?
  /// The help line: what it does, its range and its default, true to the code.
  public let help: String

  /// A flag spelled `name` (and `short`), taking a value shown as `valueName` unless nil.
  public init(_ name: String, short: String? = nil, value valueName: String?, help: String) {
    self.name = name
    self.short = short
    self.valueName = valueName
    self.help = help
  }

  /// `-o, --output NAME`: where a command writes instead of stdout, whole or not at all.
  public static func output(valueName: String) -> OptionSpec {
    OptionSpec(
      "--output", short: "-o", value: valueName,
      help: "write to \(valueName), not stdout: whole or not at all\n"
        + "(a temporary file in its folder, then a rename)")
  }

  /// Whether the flag takes a value.
  public var takesValue: Bool { valueName != nil }

  /// `-o, --output FILE`, as help lists it.
  public var synopsis: String {
    (short.map { "\($0), " } ?? "") + name + (valueName.map { " \($0)" } ?? "")
  }
}

/// A command line split into flag values and positional words, checked against the
/// flags one command accepts.
public struct ParsedArguments: Sendable, Equatable {
  /// The value of each flag that takes one, by long name; the last one given wins.
  public private(set) var values: [String: String] = [:]
  /// The flags without a value that were given, by long name.
  public private(set) var flags: Set<String> = []
  /// The words that are not flags or flag values, in order.
  public private(set) var positionals: [String] = []

  /// The value given for `option`, if it was given.
  ///
  /// Flags are read through their `OptionSpec`, the value help is made from, so that a
  /// misspelled flag does not compile.
  public func value(_ option: OptionSpec) -> String? { values[option.name] }

  /// Whether `option` was given.
  public func has(_ option: OptionSpec) -> Bool {
    flags.contains(option.name) || values[option.name] != nil
  }

  /// The value given for the flag spelled `name` (`"--steps"`), if it was given.
  @available(*, deprecated, message: "read a flag through its OptionSpec: value(Flags.steps)")
  public func value(_ name: String) -> String? { values[name] }

  /// Whether the flag spelled `name` was given.
  @available(*, deprecated, message: "read a flag through its OptionSpec: has(Flags.force)")
  public func has(_ name: String) -> Bool { flags.contains(name) || values[name] != nil }

  /// Splits `arguments` by `options`; `--flag value`, `--flag=value` and `--` work.
  ///
  /// `otherCommands` names the flags of the other commands, so that a flag given to
  /// the wrong command is told apart from a typo.
  public static func parse(
    _ arguments: [String], options: [OptionSpec], command: String,
    otherCommands: [(command: String, options: [OptionSpec])] = []
  ) throws(UsageError) -> ParsedArguments {
    var result = ParsedArguments()
    var index = 0
    while index < arguments.count {
      let word = arguments[index]
      index += 1
      if word == "--" {
        result.positionals += arguments[index...]
        break
      }
      guard word.hasPrefix("-"), word.count > 1, Double(word) == nil else {
        result.positionals.append(word)
        continue
      }
      let name: String
      let inline: String?
      if let equals = word.firstIndex(of: "=") {
        name = String(word[..<equals])
        inline = String(word[word.index(after: equals)...])
      } else {
        name = word
        inline = nil
      }
      guard let spec = options.first(where: { $0.name == name || $0.short == name }) else {
        if let owner = otherCommands.first(where: { other in
          other.options.contains { $0.name == name || $0.short == name }
        }) {
          throw .flagOfAnotherCommand(flag: name, command: command, owner: owner.command)
        }
        let spellings = options.flatMap { [$0.name] + ($0.short.map { [$0] } ?? []) }
        throw .unknownFlag(name, suggestion: closest(to: name, among: spellings))
      }
      if spec.takesValue {
        if let inline {
          result.values[spec.name] = inline
        } else if index < arguments.count, !arguments[index].hasPrefix("--") {
          result.values[spec.name] = arguments[index]
          index += 1
        } else {
          throw .missingValue(flag: spec.name, valueName: spec.valueName ?? "a value")
        }
      } else {
        guard inline == nil else { throw .unexpectedValue(flag: spec.name) }
        result.flags.insert(spec.name)
      }
    }
    return result
  }
}

/// A mistake on the command line, with the facts to say what it was (exit 2).
public enum UsageError: Error, Equatable, Sendable, CustomStringConvertible {
  /// A command that does not exist, with the closest one if any is close.
  case unknownCommand(String, suggestion: String?)
  /// A flag no command here accepts, with the closest spelling if any is close.
  case unknownFlag(String, suggestion: String?)
  /// A flag that belongs to another command.
  case flagOfAnotherCommand(flag: String, command: String, owner: String)
  /// A flag of `owner` given before any command.
  case flagBeforeCommand(String, owner: String)
  /// A flag that needs a value and got none.
  case missingValue(flag: String, valueName: String)
  /// `--flag=value` for a flag that takes no value.
  case unexpectedValue(flag: String)
  /// A value out of its range or of the wrong kind: the flag, the value, what is allowed.
  case invalidValue(flag: String, value: String, expected: String, suggestion: String?)
  /// A word the command does not take.
  case unexpectedArgument(String, command: String)
  /// Two flags that cannot be used together, or a mode a command does not support.
  case conflict(String)

  /// One sentence naming the problem, without the `unroll: ` prefix.
  public var description: String { message(in: .en) }
}

extension UsageError: LocalizedMessage {
  /// The sentence in `language`, from the message catalogue (`usage.*`); the names of
  /// commands, flags and values stay as typed; a `conflict`'s own sentence, written where
  /// it is found, is translated when it has no values in it (`Catalogue.conflict`).
  func message(in language: Language) -> String {
    func say(_ key: String, _ values: [String: String] = [:]) -> String {
      Catalogue.message("usage." + key, in: language, values)
    }
    let guess = { (suggestion: String?) in
      suggestion.map { say("didYouMean", ["suggestion": $0]) } ?? ""
    }
    switch self {
    case .unknownCommand(let name, let suggestion):
      return say("unknownCommand", ["name": name])
        + (suggestion == nil ? say("seeCommands") : guess(suggestion))
    case .unknownFlag(let name, let suggestion):
      return say("unknownFlag", ["flag": name]) + guess(suggestion)
    case .flagOfAnotherCommand(let flag, let command, let owner):
      return say("flagOfAnotherCommand", ["flag": flag, "command": command, "owner": owner])
    case .flagBeforeCommand(let flag, let owner):
      return say("flagBeforeCommand", ["flag": flag, "owner": owner])
    case .missingValue(let flag, let valueName):
      return say("missingValue", ["flag": flag, "valueName": valueName])
    case .unexpectedValue(let flag):
      return say("unexpectedValue", ["flag": flag])
    case .invalidValue(let flag, let value, let expected, let suggestion):
      let must = Catalogue.expectation(expected, in: language)
      return say("invalidValue", ["flag": flag, "value": value, "expected": must])
        + guess(suggestion)
    case .unexpectedArgument(let word, let command):
      return say("unexpectedArgument", ["word": word, "command": command])
    case .conflict(let message):
      return Catalogue.conflict(message, in: language)
    }
  }
}

extension ParsedArguments {
  /// The value of `flag` as one of `T`'s cases, nil when the flag is absent; a value
  /// that is none of them is a usage error listing them, with the closest suggested.
  func choice<T: RawRepresentable & CaseIterable>(_ option: OptionSpec) throws(UsageError) -> T?
  where T.RawValue == String {
    let flag = option.name
    guard let text = value(option) else { return nil }
    let names = T.allCases.map(\.rawValue)
    guard let chosen = T(rawValue: text) else {
      throw UsageError.invalidValue(
        flag: flag, value: text, expected: ModelOptions.oneOf(names),
        suggestion: closest(to: text, among: names))
    }
    return chosen
  }
}
