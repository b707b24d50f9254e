import UnrollKit

extension Command {
  /// `unroll repl`: the step/next debugger over one recording.
  public static let repl = Command(
    name: "repl", summary: "step through the passes, one operation at a time",
    usage: "unroll repl [model options]",
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
      """,
    optionGroups: [ModelOptions.group]
  ) { invocation in
    let terminal = invocation.terminal
    let setup = try ModelOptions(invocation.arguments).setup(terminal: terminal)
    try setup.checkMemory(for: "the recording", format: nil, terminal: terminal)
    let isColoured = terminal.usesColor
    let settings = ReplSettings(
      isColoured: isColoured,
      heat: isColoured ? (terminal.isUnicode ? .unicode : .ascii) : .off,
      width: terminal.width)
    let session = try ReplSession(
      trace: setup.trace(), settings: settings,
      writeFile: { export, force in try export.write(force: force, system: terminal.fileSystem) })
    let input = LineInput(terminal: terminal)
    ReplSession.run(
      session: session, read: { input.read(prompt: $0, complete: $1) },
      write: { terminal.write($0) })
    return .success
  }
}
