import UnrollKit

/// `unroll check`'s own flags.
enum CheckFlags {
  /// `--format text|json`.
  static let format = ExportFormat.option(
    formats, help: "text for people, json for programs (default: text)")
  /// The formats `unroll check` writes.
  static let formats: [ExportFormat] = [.text, .json]
  /// `--new rnn|lstm|gru`.
  static let new = OptionSpec(
    "--new", value: ModelKind.allCases.map(\.rawValue).joined(separator: "|"),
    help: "write a template for this cell to FILE.py")
  /// `--force`.
  static let force = OptionSpec(
    "--force", value: nil, help: "with --new, replace FILE.py if it exists")
}

extension Command {
  /// `unroll check`: a learner's own NumPy forward and backward pass, run in Unroll's
  /// Python subset and held line by line against the correct pass.
  public static let check = Command(
    name: "check", summary: "run your own NumPy backward pass and find its first wrong line",
    usage: "unroll check FILE.py [--model rnn|lstm|gru] [model options] [--format text|json]\n"
      + "       unroll check --new rnn|lstm|gru FILE.py [--force]",
    discussion: """
      Runs FILE's forward(x) and backward(y_true) in Unroll's own Python and NumPy
      subset (no Python needed) on the weights and example the other commands use,
      and holds every assignment against the engine's correct pass.

      The file: top-level `import numpy as np`, constants, def and class run; other
      top-level statements (data, training loop, prints) are skipped and listed. The
      global sequence_length is set to --steps. The class that defines backward is
      made without __init__; input_size, hidden_size, output_size and the parameters
      (rnn: Wxh Whh Why bh by; lstm: Wf Wi WC Wo bf bi bC bo Why by; gru: Wr Wz Wxn Whn
      br bz bxn bhn Why by) are set on it. forward gets x of shape (steps, input, 1),
      backward y_true of shape (1, 1). The gradients are the G of the updates
      `self.P -= learning_rate * G`, else the locals dP when backward returns, else a
      returned dict keyed P or dP. The model is --model, else the file's names
      (self.Wf: lstm, self.Wr: gru, else rnn).

      The verdict: per parameter rel_err = ||g - g*|| / max(||g||, ||g*||) (2-norm
      over all entries) and the cosine; correct when every rel_err is at most 1e-9.
      The first departure: the names the correct pass has (h/h_t, C_t, the gates,
      concat, y_pred, p; dy/dy_pred, dh, dh_raw, dh_next, dC, dC_next, do, di, df,
      dC_tilde/dC_tilda, dconcat, the GRU's dn dz dr dhn; dP as partial sums), case
      and underscores ignored (dhraw is dh_raw), are compared at the end of each loop
      iteration: on track when equal (same shape, max|a - b| <= 1e-9 max(|a|, |b|))
      to the correct value of that quantity at any timestep, initial states included.
      t is the loop variable + 1, else the iteration (from T over reversed). Code
      before a loop is compared where the loop starts. dh and dh_next are one
      quantity, dC and dC_next two.

      The file runs in float64 as the engine does, and its products add in the
      engine's order (W @ x and np.dot(W, x) as W · x, W.T @ d as Wᵀ · d), so the
      notes' RNN pass gives the engine's gradients to the last bit. A sum the file
      spells in another order (dC_next + dh * ...) differs in the last bits (about
      1e-16); a pass that amplifies rounding (the LSTM with the LSTM note's
      unscaled weights over hundreds of steps) can grow that past 1e-9: use fewer
      steps then.

      Exit 0 when correct, 1 when incorrect or the file failed, 2 for usage errors.
      --new writes a template to start from; an existing file is replaced only with
      --force.
      """,
    optionGroups: [
      // check runs the file's backward(y_true) against the notes' objective, the loss on
      // h_T with full BPTT, so the flags that choose another pass or loss are not taken.
      OptionGroup(
        "MODEL OPTIONS",
        ModelOptions.options.filter { !["--bptt", "--loss", "--tbptt"].contains($0.name) }),
      OptionGroup(
        "OPTIONS",
        [
          CheckFlags.format, CheckFlags.new, CheckFlags.force,
        ]),
    ],
    takesArguments: true
  ) { invocation in
    let arguments = invocation.arguments
    guard let path = arguments.positionals.first else {
      throw UsageError.conflict(
        "check needs a file: unroll check FILE.py, or unroll check --new rnn FILE.py")
    }
    if let extra = arguments.positionals.dropFirst().first {
      throw UsageError.unexpectedArgument(extra, command: "check")
    }
    if let kind: ModelKind = try arguments.choice(CheckFlags.new) {
      guard let template = CheckTemplates.source(for: kind) else {
        throw UsageError.conflict("check has no template for the \(kind.rawValue) cell")
      }
      try Export(path, template).write(
        force: arguments.has(CheckFlags.force), system: invocation.terminal.fileSystem)
      invocation.terminal.writeError(
        "wrote \(path): the \(kind.rawValue) template; fill in backward(), then "
          + "unroll check \(path)\n")
      return .success
    }
    let format = try arguments.format(among: CheckFlags.formats)
    var options = try ModelOptions(arguments)
    let text: String
    do {
      text = try FileIO.readText(path)
    } catch {
      // The contract's document, verdict error, for a program reading the JSON; the
      // stderr line and exit 1 as for any unreadable file.
      if format == .json {
        let failure = JSONValue.object([
          ("line", .null), ("column", .null), ("t", .null), ("message", .string("\(error)")),
        ])
        invocation.terminal.write(
          JSONValue.object([
            ("verdict", .string("error")), ("gradients", .object([])),
            ("first_departure", .null), ("error", failure), ("skipped", .array([])),
          ]).text() + "\n")
      }
      throw error
    }
    if options.model == nil, options.weightsPath == nil {
      options.model = LearnerCheck.inferredModel(text)
    }
    let setup = try options.setup(terminal: invocation.terminal)
    let report = LearnerCheck.run(
      path: path, text: text, model: setup.model, parameters: setup.parameters,
      example: setup.example)
    let terminal = invocation.terminal
    switch format {
    case .text:
      terminal.write(
        report.text(ValueFormat(width: terminal.width), styler: terminal.styler, seed: setup.seed))
    case .json, .md:  // md is not among check's formats
      terminal.write(report.json.text() + "\n")
      if let error = report.error {
        let place = error.line.map { ":\($0)" + (error.column.map { ":\($0)" } ?? "") } ?? ""
        terminal.writeError("unroll: \(path)\(place): \(error.text)\n")
      }
    }
    return report.verdict == .correct ? .success : .failure
  }
}
