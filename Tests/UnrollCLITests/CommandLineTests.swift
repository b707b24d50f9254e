import Testing

@testable import UnrollCLI

/// The command line end to end: welcome, help, version, and every usage error with
/// its exact one line, its exit code 2 and nothing on stdout.
@Suite struct CommandLineTests {
  @Test func versionPrintsTheVersionAnywhere() {
    for arguments in [["--version"], ["trace", "--version"]] {
      let result = unroll(arguments)
      #expect(result.code == 0)
      #expect(result.out == "unroll 0.1.0\n")
      #expect(result.err == "")
    }
  }

  @Test func welcomeListsTheCommandsAndHowToStart() {
    let result = unroll([])
    #expect(result.code == 0)
    #expect(result.err == "")
    #expect(
      result.out.hasPrefix(
        "unroll 0.1.0: watch an RNN, an LSTM and a GRU compute, one operation at a time.\n"))
    #expect(
      result.out.contains(
        """
        New here? Start with the first lesson:
          unroll lesson 1

        Commands:
          lesson       a lesson of the course, one step at a time
          lessons      the lessons, with the ones finished marked
          glossary     the course's terms in German, Chinese and Japanese
          repl         step through the passes, one operation at a time
          trace        every value of one forward and backward pass, with its formula
          check        run your own NumPy backward pass and find its first wrong line
          compare      the notes' backward() against the correct BPTT, number by number
          gradcheck    the analytic gradients against finite differences
          train        the notes' training loop, epoch by epoch
          convert      a weights file in the notes' layout or as PyTorch's state_dict
          help         the commands, or one command's flags
        """))
    #expect(
      result.out.contains(
        "  unroll trace --model lstm      the same for the LSTM\n"
          + "  unroll repl --model gru        a GRU step by step: r_t, z_t, n_t, h_t\n"))
    #expect(
      result.out.contains(
        "  unroll compare                 the notes' backward() against the correct BPTT\n"
          + "  unroll train --compare         the notes' loop with both BPTTs, side by side\n"))
  }

  @Test func overviewHelp() {
    let expected = """
      unroll 0.1.0: watch an RNN, an LSTM and a GRU compute, one operation at a time.

      USAGE: unroll COMMAND [FLAGS]

      COMMANDS:
        lesson       a lesson of the course, one step at a time
        lessons      the lessons, with the ones finished marked
        glossary     the course's terms in German, Chinese and Japanese
        repl         step through the passes, one operation at a time
        trace        every value of one forward and backward pass, with its formula
        check        run your own NumPy backward pass and find its first wrong line
        compare      the notes' backward() against the correct BPTT, number by number
        gradcheck    the analytic gradients against finite differences
        train        the notes' training loop, epoch by epoch
        convert      a weights file in the notes' layout or as PyTorch's state_dict
        help         the commands, or one command's flags

      FLAGS FOR EVERY COMMAND:
        -h, --help            this help; after a command, its help
        --version             print the version
        --no-color            no colour even on a terminal (as NO_COLOR=1, TERM=dumb)
        --lang en|de|zh|ja    the language of help, errors, lessons, the glossary and
                              explain (default: from LC_ALL, LC_MESSAGES or LANG;
                              else en)

      Run `unroll help COMMAND` for a command's flags.

      """
    for arguments in [["--help"], ["-h"], ["help"]] {
      let result = unroll(arguments)
      #expect(result.code == 0)
      #expect(result.out == expected)
      #expect(result.err == "")
    }
  }

  @Test func traceHelpIsWholeAndTheSameEveryWay() {
    let expected = """
      unroll trace: every value of one forward and backward pass, with its formula

      USAGE: unroll trace [model options] [--format text|json|md] [-o FILE [--force]]

      Runs the forward pass, the loss and the backward pass once, and lists every
      value the interpreter recorded: per phase and timestep, its name, shape,
      formula, NumPy line and value; then y_pred, p, loss and the gradients.

      The JSON holds model, bptt, seed, sizes, params, x, y, records (phase, t,
      name, formula, line, shape, value), y_pred, p, loss and grads. Numbers are
      written exactly (NaN and infinities as the strings "nan", "inf", "-inf"), and
      the file reads back with --weights. If the pass stops on an error, the records
      up to it are written, the error goes to stderr and the exit code is 1.

      The Markdown (--format md -o FILE.md) renders on GitHub: a header with the
      command that reproduces it, the parameters, one table per timestep forward
      and backward, the gradients, and pictures written beside it as SVG files
      (FILE-gradient-norms.svg, FILE-h_t.svg, ...), all of them or none.

      With -o, an existing file is replaced only with --force, and keeps its
      permissions; a device or a pipe (-o /dev/null) is written, not replaced.

      --layout pytorch shows the parameters and gradients as the PyTorch note's
      state_dict names them (rnn.weight_ih_l0, ..., fc.bias), and the JSON then
      reads back as a PyTorch-layout weights file. The default is the layout the
      weights came in. Either way the trace states the mapping when PyTorch's
      layout is involved; the recorded values are the notes'.

      MODEL OPTIONS:
        --model rnn|lstm|gru   the RNN note's RNN, the LSTM note's LSTM,
                               or PyTorch's GRU, which the notes lack (default: rnn)
        --input-size N         features of x_t, 1 to 256 (default: rnn 1, lstm/gru 3)
        --hidden-size N        hidden units, 1 to 512 (default: rnn 32, lstm/gru 5)
        --steps N              timesteps T, 1 to 2000 (default: rnn 10, lstm/gru 4)
        --seed N               draws what is not given: weights, x and y (default: 0)
        --weights FILE         parameters, and x and y if present, from a JSON file
                               such as `unroll trace --format json` writes (- reads
                               stdin); the sizes come from its shapes
        --bptt MODE            the backward pass: correct (default); document, the
                               notes' backward() with its two shape repairs ("the
                               notes' BPTT" in every output); verbatim, as the notes
                               write it (it stops at its first line). document and
                               verbatim exist for the RNN only
        --loss KIND            last (default): one label, the loss on h_T, as the
                               notes; every-step: a head and a BCE term at every
                               step, summed, as min-char-rnn (step t labelled
                               x_1 + … + x_t > 0; a file's y may list one per step)
        --tbptt K              truncated BPTT: chunks of K steps counted from the
                               last; no gradient flows from a chunk to the one
                               before (PyTorch's detach every K steps), so each
                               loss term reaches back at most K steps, its own
                               included (default: full BPTT; K >= steps is full)
        --forget-bias B        the LSTM's initial bf, every entry B (default: 0, the
                               notes'; 1 to 3 keeps f_t near 1, so C_t carries far)

      OPTIONS:
        --format text|json|md       text for people, json for programs, md for GitHub
                                    (default: text)
        -o, --output FILE           write to FILE, not stdout: whole or not at all
                                    (a temporary file in its folder, then a rename)
        --force                     replace FILE (and its pictures) if it exists
        --layout document|pytorch   parameters and gradients by the notes' names
                                    or PyTorch's state_dict (default: the file's)

      Every command also takes -h/--help, --version and --no-color.

      """
    // --help wins over everything else on the line, even a bad flag.
    for arguments in [
      ["help", "trace"], ["trace", "--help"], ["trace", "-h"], ["--help", "trace"],
      ["trace", "--hiden-size", "3", "-h"],
    ] {
      let result = unroll(arguments)
      #expect(result.code == 0, "\(arguments)")
      #expect(result.out == expected, "\(arguments)")
      #expect(result.err == "")
    }
  }

  @Test func helpStatesTheEngineLimitsAndDefaults() {
    let help = unroll("help", "gradcheck").out
    #expect(help.contains("1 to 512 (default: rnn 32, lstm/gru 5)"))
    #expect(help.contains("1 to 2000 (default: rnn 10, lstm/gru 4)"))
    #expect(help.contains("h = 0.001"))
    #expect(help.contains("at most 1e-07"))
    for line in help.split(separator: "\n") { #expect(line.count <= 80, "\(line)") }
  }

  /// (arguments, the exact line on stderr): each a usage error, exit 2, no stdout.
  static let usageErrors: [([String], String)] = [
    (["trac"], "unknown command trac; did you mean trace?"),
    (["frobnicate"], "unknown command frobnicate; run `unroll help` for the commands"),
    (["help", "gradchek"], "unknown command gradchek; did you mean gradcheck?"),
    (["help", "trace", "gradcheck"], "help takes one command, got trace gradcheck"),
    (["trace", "--hiden-size", "3"], "unknown flag --hiden-size; did you mean --hidden-size?"),
    (["trace", "-model", "lstm"], "unknown flag -model; did you mean --model?"),
    (["trace", "--Seed", "3"], "unknown flag --Seed; did you mean --seed?"),
    (["trace", "--zzz"], "unknown flag --zzz"),
    (["trace", "-x"], "unknown flag -x"),
    (["--verison"], "unknown flag --verison; did you mean --version?"),
    (["--model", "lstm"], "--model needs a command before it, as in `unroll repl --model …`"),
    (
      ["gradcheck", "--format", "json"],
      "gradcheck has no flag --format (it belongs to `unroll trace`)"
    ),
    (["trace", "lstm"], "trace takes no argument lstm; run `unroll help trace` for its flags"),
    (["trace", "--hidden-size", "0"], "--hidden-size must be an integer from 1 to 512, got 0"),
    (["trace", "--hidden-size=-3"], "--hidden-size must be an integer from 1 to 512, got -3"),
    (["trace", "--hidden-size", "2.5"], "--hidden-size must be an integer from 1 to 512, got 2.5"),
    (["trace", "--hidden-size", "513"], "--hidden-size must be an integer from 1 to 512, got 513"),
    (["trace", "--input-size", "257"], "--input-size must be an integer from 1 to 256, got 257"),
    (["trace", "--steps", "2001"], "--steps must be an integer from 1 to 2000, got 2001"),
    (["trace", "--steps", "ten"], "--steps must be an integer from 1 to 2000, got ten"),
    (["trace", "--steps"], "--steps needs a value (N)"),
    (["trace", "--steps", "--seed", "1"], "--steps needs a value (N)"),
    (["trace", "--output="], "--output needs a value (FILE)"),
    (
      ["trace", "--model", "lsmt"],
      "--model must be rnn, lstm or gru, got lsmt; did you mean lstm?"
    ),
    (["trace", "--model", "gur"], "--model must be rnn, lstm or gru, got gur; did you mean gru?"),
    (["trace", "--model", "transformer"], "--model must be rnn, lstm or gru, got transformer"),
    (
      ["trace", "--model", "gru", "--bptt", "document"],
      "--bptt document exists for the RNN only: the notes have no GRU, so no backward pass "
        + "of theirs (use --bptt correct)"
    ),
    (
      ["trace", "--seed", "-1"],
      "--seed must be an integer from 0 to 18446744073709551615, got -1"
    ),
    (
      ["trace", "--bptt", "corect"],
      "--bptt must be correct, document or verbatim, got corect; did you mean correct?"
    ),
    (["trace", "--format", "svg"], "--format must be text, json or md, got svg"),
    (["trace", "--format=jsn"], "--format must be text, json or md, got jsn; did you mean json?"),
    (["trace", "--no-color=1"], "--no-color takes no value"),
    (
      ["gradcheck", "--max-entries", "0"],
      "--max-entries must be an integer from 1 to 1000000, got 0"
    ),
  ]

  @Test(arguments: 0..<usageErrors.count)
  func usageErrorIsOneLineExitTwoNothingOnStdout(_ index: Int) {
    let (arguments, message) = Self.usageErrors[index]
    let result = unroll(arguments)
    #expect(result.code == 2, "\(arguments)")
    #expect(result.err == "unroll: \(message)\n", "\(arguments)")
    #expect(result.out == "", "\(arguments)")
  }

  @Test func flagsTakeBothSpellingsAndTheLastValueWins() throws {
    let spaced = unroll("trace", "--hidden-size", "3", "--steps", "2", "--format", "json")
    let joined = unroll("trace", "--hidden-size=7", "--hidden-size=3", "--steps=2", "--format=json")
    #expect(spaced.code == 0)
    #expect(spaced.out == joined.out)
    #expect(spaced.out.contains("\"sizes\": {\"input\": 1, \"hidden\": 3, \"steps\": 2}"))
  }

  @Test func suggestionsNeedToBeClose() {
    #expect(closest(to: "--hiden-size", among: ["--hidden-size", "--steps"]) == "--hidden-size")
    #expect(closest(to: "--stpes", among: ["--hidden-size", "--steps"]) == "--steps")
    #expect(closest(to: "--colour", among: ["--model", "--steps"]) == nil)
    #expect(closest(to: "-O", among: ["-o"]) == "-o")
    #expect(closest(to: "-x", among: ["-o"]) == nil)
    #expect(editDistance(Array("kitten"), Array("sitting")) == 3)
    #expect(editDistance(Array(""), Array("abc")) == 3)
  }
}
