import UnrollKit

/// What `help` shows of a command, in both REPLs' tables (`ReplCommand`, and
/// `BackwardCommand` over a learner's file): one layout for the two lists.
protocol HelpEntry {
  var name: String { get }
  var aliases: [String] { get }
  var group: ReplCommand.Group { get }
  var usage: String { get }
  var summary: String { get }
  var details: String { get }
}

extension Array where Element: HelpEntry {
  /// The command called `word` by its name or an alias.
  func command(_ word: String) -> Element? {
    first { $0.name == word || $0.aliases.contains(word) }
  }

  /// The grouped list under `intro`, or, for `word`, that command's full text (`unknown`
  /// when there is none).
  ///
  /// In German, Chinese or Japanese the intro (`englishIntro`, its English without
  /// styles), the group names, the summaries and the full texts are the help catalogue's
  /// (`Catalogue.help`), wrapped within 80 columns; the usage lines stay as they are typed.
  func help(
    _ word: String?, intro: [String], englishIntro: String = "", style: Style,
    language: Language = .en, unknown: (String) -> String
  ) -> String {
    let say = { (english: String) in Catalogue.help(english, in: language) }
    if let word {
      guard let command = command(word.lowercased()) else { return unknown(word) }
      let names = ([command.name] + command.aliases).joined(separator: ", ")
      return style.bold(command.usage) + "   (" + names + ")\n"
        + ReplCommands.wrap(say(command.details), width: 78)
    }
    func aliasText(_ command: Element) -> String {
      command.aliases.isEmpty ? "" : " (" + command.aliases.joined(separator: ", ") + ")"
    }
    var lines =
      language == .en || !Catalogue.hasHelp(englishIntro, in: language)
      ? intro : [ReplCommands.wrap(say(englishIntro), width: 78)]
    let usageWidth = map { $0.usage.count + aliasText($0).count }.max() ?? 20
    for group in ReplCommand.Group.allCases {
      let commands = filter { $0.group == group }
      guard !commands.isEmpty else { continue }
      lines.append("")
      lines.append(style.bold(say(group.rawValue)))
      for command in commands {
        let left = command.usage + aliasText(command)
        let pad = String(repeating: " ", count: Swift.max(usageWidth - left.count, 0) + 2)
        let start = "  " + left + pad
        lines.append(
          language == .en
            ? start + command.summary
            : Unroll.wrapped(
              say(command.summary), first: start,
              rest: String(repeating: " ", count: TextWrap.columns(start))))
      }
    }
    lines.append("")
    lines.append(say("`help COMMAND` explains one in full."))
    return lines.joined(separator: "\n")
  }
}

extension Catalogue {
  /// The English texts of both REPLs' `help` a translation has: the intros, the group
  /// names, each command's summary and full text.
  static var replHelpSources: [String] {
    var texts = [ReplCommands.intro, BackwardCommands.intro]
    texts += ReplCommand.Group.allCases.map(\.rawValue)
    texts.append("`help COMMAND` explains one in full.")
    for command in ReplCommands.all { texts += [command.summary, command.details] }
    for command in BackwardCommands.all { texts += [command.summary, command.details] }
    return texts
  }
}

/// One REPL command: its names, its help, and what it does.
///
/// The dispatcher and `help` both read the one table below, so they cannot drift apart.
struct ReplCommand: Sendable, HelpEntry {
  /// The groups `help` lists commands under, in order.
  enum Group: String, CaseIterable {
    case moving = "Moving"
    case breakpoints = "Breakpoints"
    case looking = "Looking"
    case understanding = "Understanding"
    case session = "Settings and session"
  }

  /// The full name: `step`.
  let name: String
  /// Short forms: `s`.
  let aliases: [String]
  /// Where `help` lists it.
  let group: Group
  /// How to call it: `step [N]`.
  let usage: String
  /// One line for the list.
  let summary: String
  /// The full text for `help NAME`.
  let details: String
  /// Whether an empty line repeats it.
  let repeats: Bool
  /// What it does with its arguments.
  let run: @Sendable (inout ReplSession, [String]) -> Outcome
}

/// The command table and the help and suggestions derived from it.
enum ReplCommands {
  /// Every command, in the order `help` lists them.
  static let all: [ReplCommand] = [
    ReplCommand(
      name: "step", aliases: ["s"], group: .moving, usage: "step [N]",
      summary: "run one operation (or N) and show it",
      details: """
        Moves to the next operation of the recording, or N operations on, and shows it: \
        where it is, its formula, the shapes, the value, the NumPy line, what changed. \
        Accumulations such as dWxh += … are operations too. Stops at the end.
        """, repeats: true, run: { s, a in s.step(a, forward: true) }),
    ReplCommand(
      name: "next", aliases: ["n"], group: .moving, usage: "next [N]",
      summary: "run to the end of this timestep (or N)",
      details: """
        Moves to the last operation of the current timestep; from there, to the end of \
        the next one. The output head and the loss count as one step each. With N, does \
        it N times.
        """, repeats: true, run: { s, a in s.next(a, forward: true) }),
    ReplCommand(
      name: "back", aliases: ["rs"], group: .moving, usage: "back [N]",
      summary: "step back one operation (or N)",
      details: """
        Moves to the previous operation, or N back. Nothing is recomputed: every value \
        was recorded, so stepping back shows exactly what was there.
        """, repeats: true, run: { s, a in s.step(a, forward: false) }),
    ReplCommand(
      name: "prev", aliases: ["rn"], group: .moving, usage: "prev [N]",
      summary: "back to the end of the previous timestep",
      details: """
        Moves to the last operation of the previous timestep, where `next` would have \
        stopped; `next` then `prev` comes back to the same place.
        """, repeats: true, run: { s, a in s.next(a, forward: false) }),
    ReplCommand(
      name: "continue", aliases: ["c"], group: .moving, usage: "continue",
      summary: "run to a breakpoint or the end of the pass",
      details: """
        Runs forward until an operation with a breakpoint (see `break`), or else to the \
        end of the pass: the forward pass ends at the loss, the backward pass at the \
        last gradient. `step` and `next` do not stop at breakpoints; `continue` does.
        """, repeats: true, run: { s, a in s.continueRun(a) }),
    ReplCommand(
      name: "goto", aliases: ["g"], group: .moving, usage: "goto PHASE [T]",
      summary: "jump to forward, output or backward [at T]",
      details: """
        Jumps to the first operation of a phase (forward, output, backward), at \
        timestep T when given: `goto backward 3`. `goto 2` goes to t = 2 in the current \
        phase; `goto start` and `goto end` to the first and the last stop.
        """, repeats: false, run: { s, a in s.goto(a) }),
    ReplCommand(
      name: "break", aliases: ["b"], group: .breakpoints, usage: "break [PLACE [if EXPR]]",
      summary: "stop `continue` there; bare: list them",
      details: """
        `break dh_raw` stops at every dh_raw; `break t=3` at the start of timestep 3 in \
        any phase; `break backward` where the backward pass begins. Accumulations have \
        names too: `break dWhh`. A condition after `if` is tested there, with the values \
        of that stop: `break dh if norm(dh) < 1e-3` stops at the first dh that small. \
        With no argument, lists the breakpoints, their numbers and how many times \
        `continue` stopped at each.
        """, repeats: false, run: { s, a in s.addBreak(a) }),
    ReplCommand(
      name: "delete", aliases: ["d"], group: .breakpoints, usage: "delete [N]",
      summary: "delete breakpoint N (bare: all)",
      details: "Deletes the breakpoint numbered N in `break`'s list; with no number, all.",
      repeats: false, run: { s, a in s.deleteBreak(a) }),
    ReplCommand(
      name: "print", aliases: ["p"], group: .looking, usage: "print NAME [T]|EXPR",
      summary: "a value as of now, or an expression of them",
      details: """
        Shows a value with its shape as it stands at this point of the recording: a \
        record (h_t, f_t, dh_raw: this timestep's when it has one, else the latest), a \
        parameter (Wxh), a gradient summed so far (dWxh), the input x_t or the label y, \
        the pre-activations inside tanh and σ (a_t for the RNN, zf_t zi_t zC_t zo_t \
        for the LSTM, zr_t zz_t zn_t for the GRU), and the notes' names (hs, \
        self.h, y_true, pred). `print h_t 2` (or h_t@2, \
        h_t t=2) picks a timestep; t = 0 is the initial state. Anything else is a NumPy \
        expression, run by the same Python subset as `unroll check`: `print h_t[0]`, \
        `print Whh[2, 3]`, `print hs[:, 3]`, `print Whh @ h_t`, `print dh.T`, \
        `print 1/(1+exp(-0.136))`; exp log tanh sigmoid sqrt abs sum norm need no np.
        """, repeats: false, run: { s, a in s.printValue(a) }),
    ReplCommand(
      name: "shape", aliases: [], group: .looking, usage: "shape NAME [T]",
      summary: "the shape of a value",
      details: "Shows the shape of any name `print` knows, and what the two numbers mean.",
      repeats: false, run: { s, a in s.shapeOf(a) }),
    ReplCommand(
      name: "norms", aliases: [], group: .looking, usage: "norms NAME",
      summary: "‖NAME‖ at every timestep, on a log scale",
      details: """
        Shows the Euclidean norm of NAME at every timestep computed so far, in the order \
        the pass computes them (the backward pass from t = T down), with a bar on a log \
        scale, then how much it grew or shrank from the first to the last and per step \
        on average: `norms dh` shows a gradient vanish or explode, `norms dC` the LSTM's \
        cell state path, `norms h_t` the forward pass.
        """, repeats: false, run: { s, a in s.norms(a) }),
    ReplCommand(
      name: "names", aliases: ["info"], group: .looking, usage: "names",
      summary: "what can be printed here, grouped",
      details: """
        Lists the names `print` finds a value for at this stop, grouped: the records of \
        this step, the records of earlier steps, the parameters, the gradients as summed \
        so far, the inputs, and the notes' own names for them (hs, self.h, y_true, \
        pred). `info locals` does the same, as in gdb.
        """, repeats: false, run: { s, a in s.namesHereText(a) }),
    ReplCommand(
      name: "list", aliases: ["l"], group: .looking, usage: "list",
      summary: "this timestep's program, current line marked",
      details: """
        Lists the operations of the current block (the forward step, the head, the \
        backward step) with their formulas; `→` marks the current one, `*` a breakpoint.
        """, repeats: false, run: { s, a in s.list(a) }),
    ReplCommand(
      name: "where", aliases: ["w"], group: .looking, usage: "where",
      summary: "phase, timestep and operation we are at",
      details: "Says the phase, the timestep, the operation and the stop number, and the run.",
      repeats: false, run: { s, a in s.whereText(a) }),
    ReplCommand(
      name: "watch", aliases: [], group: .looking, usage: "watch [NAME|EXPR]",
      summary: "show NAME at every stop (bare: list them)",
      details: """
        Adds NAME, or an expression such as `watch norm(dh)`, to the values shown at \
        every stop, once, with what changed since the last stop marked under it: how \
        many entries, which, and the largest change. Bare `watch` lists them.
        """, repeats: false, run: { s, a in s.watch(a) }),
    ReplCommand(
      name: "unwatch", aliases: [], group: .looking, usage: "unwatch NAME",
      summary: "stop watching NAME",
      details: "Removes NAME from the watched values; `unwatch all` removes them all.",
      repeats: false, run: { s, a in s.unwatch(a) }),
    ReplCommand(
      name: "explain", aliases: ["e"], group: .understanding, usage: "explain [NAME]",
      summary: "what this operation (or NAME) computes, and why",
      details: """
        A few sentences on the current operation in the notes' names: what it computes, \
        why the rule is what it is, and, for the notes' passes, how their line \
        differs from the correct rule. `explain do` explains the operation that \
        computes do, `explain dWhh` the accumulation into dWhh.
        """, repeats: false, run: { s, a in s.explain(a) }),
    ReplCommand(
      name: "diff", aliases: [], group: .understanding, usage: "diff [NAME]",
      summary: "the notes' value against the correct one",
      details: """
        Records the other backward pass (the notes' when this is the correct one, \
        and the other way round) and shows NAME (default: the current operation) from \
        both at this point, side by side with their difference. The notes have no \
        LSTM backward pass and no GRU, so there is nothing to compare for those.
        """, repeats: false, run: { s, a in s.diff(a) }),
    ReplCommand(
      name: "clip", aliases: [], group: .understanding, usage: "clip MAX",
      summary: "what gradient clipping to norm MAX would do",
      details: """
        Shows every parameter's gradient norm as summed so far and their joint norm \
        ‖all‖ = √(Σ ‖dW‖²), then what torch.nn.utils.clip_grad_norm_(params, MAX) would \
        do: when ‖all‖ is above MAX, multiply every gradient by MAX / ‖all‖, so the step \
        keeps its direction and has length MAX. The recording itself is not changed.
        """, repeats: false, run: { s, a in s.clip(a) }),
    ReplCommand(
      name: "set", aliases: [], group: .session, usage: "set [SETTING VALUE]",
      summary: "precision N, bptt MODE, width N, color, heat",
      details: """
        `set precision N` shows N digits after the point (0 … \(ReplSession.maxPrecision)). \
        `set bptt MODE` records the backward pass again with MODE (correct, and the \
        notes' modes where the notes give them) and keeps the position. Also \
        `set width N` (40 … 400), `set color on|off`, `set heat unicode|ascii|off`. \
        Bare `set` shows every setting and its value.
        """, repeats: false, run: { s, a in s.set(a) }),
    ReplCommand(
      name: "export", aliases: [], group: .session, usage: "export FILE.md [--force]",
      summary: "write the whole trace as Markdown",
      details: """
        Writes every record (phase, t, name, formula, shape, value), each accumulation \
        `dW += …` with the gradient summed so far, and the gradients to FILE.md as Markdown \
        tables, this stop marked, and its pictures beside it: all of them or none. A file \
        that exists is replaced only with `--force`, as `unroll trace -o` does.
        """, repeats: false, run: { s, a in s.export(a) }),
    ReplCommand(
      name: "help", aliases: ["h", "?"], group: .session, usage: "help [COMMAND]",
      summary: "this list; `help CMD` for one in full",
      details: "Lists the commands by group, one line each; `help step` explains one.",
      repeats: false,
      run: { s, a in
        Outcome(
          text: ReplCommands.help(a, style: s.settings.style, language: s.settings.language))
      }),
    ReplCommand(
      name: "quit", aliases: ["q", "exit"], group: .session, usage: "quit",
      summary: "leave (so does Ctrl-D)",
      details: "Ends the session. End of input (Ctrl-D) does the same.",
      repeats: false, run: { _, _ in Outcome(text: "", isQuit: true) }),
  ]

  /// The command called `word` by its name or an alias.
  static func find(_ word: String) -> ReplCommand? { all.command(word) }

  /// Every name and alias, for suggestions.
  static var words: [String] { all.flatMap { [$0.name] + $0.aliases } }

  /// `text` in backticks, shortened when long, for echoing input in messages.
  static func quoted(_ text: String) -> String {
    let clean = String(
      text.unicodeScalars.filter { $0.value >= 32 && $0.value != 127 }
        .map(Character.init))
    return "`" + (clean.count > 24 ? String(clean.prefix(24)) + "…" : clean) + "`"
  }

  /// The message for a word that is no command, with the closest one suggested.
  static func unknown(_ word: String, style: Style, language: Language = .en) -> String {
    let full = all.map(\.name)
    let close = Typo.typed.closest(to: word.lowercased(), among: full + words)
    return unknownText(
      quoted(word), close: close.map { find($0)?.name ?? $0 }, style: style, language: language)
  }

  /// `Unknown command `x`. Did you mean `step`? Type `help` for the list.`, in `language`.
  static func unknownText(_ quoted: String, close: String?, style: Style, language: Language)
    -> String
  {
    var text = Catalogue.message("repl.unknown", in: language, ["word": quoted])
    if let close { text += Catalogue.message("repl.didYouMean", in: language, ["command": close]) }
    return style.error(text) + Catalogue.message("repl.typeHelp", in: language)
  }

  /// The grouped list, or one command's full text, in `language`.
  static func help(_ args: [String], style: Style, language: Language = .en) -> String {
    all.help(
      args.first,
      intro: [
        style.bold("Commands") + ", short forms in parentheses. An empty line repeats the",
        "last step, next, back, prev or continue.",
      ], englishIntro: intro, style: style, language: language,
      unknown: { unknown($0, style: style, language: language) })
  }

  /// The intro of `help`, without its styles: the key of its translations.
  static let intro =
    "Commands, short forms in parentheses. An empty line repeats the last step, next, back, "
    + "prev or continue."

  /// `text` wrapped at `width` display columns, on word boundaries (`TextWrap`).
  static func wrap(_ text: String, width: Int) -> String { TextWrap.wrap(text, width: width) }
}
