import UnrollKit

/// `unroll repl`'s own flag.
enum ReplFlags {
  /// `--backward FILE.py`: step through a learner's own pass instead of the engine's.
  static let backward = OptionSpec(
    "--backward", value: "FILE.py",
    help: "step through your own NumPy forward and backward pass (as unroll check runs it)")
}

extension Command {
  /// `unroll repl`: the step/next debugger over one recording.
  public static let repl = Command(
    name: "repl", summary: "step through the passes, one operation at a time",
    usage: "unroll repl [model options]\n"
      + "       unroll repl --backward FILE.py [--model rnn|lstm|gru] [model options]",
    discussion: """
      Records one forward and one backward pass and lets you walk through them
      the way pdb and gdb walk through a program: step (s) one operation, next
      (n) to the end of the timestep, back (rs) and prev (rn) the same backwards,
      continue (c) to a breakpoint, goto forward 3, print h_t, watch dh, diff
      (the notes' value beside the correct one), explain, norms dh (‖dh‖
      at every timestep), clip 1 (what gradient clipping would do), export
      FILE.md.
      Type help at the prompt for every command. An empty line repeats the last
      command; quit (q) or end of input (Ctrl-D) leaves.

      On a terminal the prompt edits the line (arrows, Home/End, Ctrl-A/E/K/U/W), Up
      and Down and Ctrl-R search the history ($XDG_STATE_HOME/unroll/history), Tab
      completes commands, names and settings, Ctrl-C drops the line and Ctrl-L clears
      the screen. Piped in, each command is written after the prompt, so the output
      reads as a transcript.

      With --bptt verbatim the pass stops at the notes' first broken line, and
      stepping reaches it; `set bptt document` continues with the two repairs.
      Colour and heat strips appear only on a terminal.

      With --backward FILE.py the session steps through your own file instead, run
      once as `unroll check FILE.py` runs it: step (a line, into calls), next (to
      the next iteration), back, prev, continue (to a breakpoint, the first
      departure or the end), break LINE|NAME, print and shape of any expression
      over your names as they stand, diff NAME (yours beside the correct value at
      this timestep), explain, list (your source, current line marked) and where
      (line, function, loop iteration, timestep).
      """,
    optionGroups: [
      OptionGroup("MODEL OPTIONS", ModelOptions.options),
      OptionGroup("OPTIONS", [ReplFlags.backward]),
    ]
  ) { invocation in
    let terminal = invocation.terminal
    if let path = invocation.arguments.value(ReplFlags.backward) {
      return try replBackward(path: path, invocation: invocation)
    }
    let setup = try ModelOptions(invocation.arguments).setup(terminal: terminal)
    try setup.checkMemory(for: "the recording", format: nil, terminal: terminal)
    let isColoured = terminal.usesColor
    let settings = ReplSettings(
      isColoured: isColoured,
      heat: isColoured ? (terminal.isUnicode ? .unicode : .ascii) : .off,
      width: terminal.width, language: terminal.language)
    var session = try ReplSession(
      trace: setup.trace(), settings: settings,
      writeFile: { export, force in try export.write(force: force, system: terminal.fileSystem) })
    session.weightsPath = setup.weightsPath
    session.forgetBias = setup.forgetBias
    let input = LineInput(terminal: terminal)
    ReplSession.run(
      session: session, read: { input.read(prompt: $0, complete: $1) },
      write: { terminal.write($0) })
    return .success
  }

  /// `unroll repl --backward FILE.py`: the learner's file run as `check` runs it, stepped.
  private static func replBackward(path: String, invocation: Invocation) throws -> ExitCode {
    let terminal = invocation.terminal
    var options = try ModelOptions(invocation.arguments)
    for flag in [ModelOptions.Flags.bptt, ModelOptions.Flags.loss, ModelOptions.Flags.tbptt]
    where invocation.arguments.has(flag) {
      throw UsageError.conflict("\(flag.name) does not go with --backward: your file is the pass")
    }
    let text = try FileIO.readText(path)
    if options.model == nil, options.weightsPath == nil {
      options.model = LearnerCheck.inferredModel(text)
    }
    let setup = try options.setup(terminal: terminal)
    let recording = LearnerCheck.recording(
      path: path, text: text, model: setup.model, parameters: setup.parameters,
      example: setup.example)
    let style = Style(isColoured: terminal.usesColor, heat: .off)
    var session = BackwardSession(
      recording: recording, path: path, text: text, style: style, width: terminal.width)
    session.language = terminal.language
    let input = LineInput(terminal: terminal)
    BackwardSession.run(
      session: session, read: { input.read(prompt: $0) }, write: { terminal.write($0) })
    return .success
  }
}
