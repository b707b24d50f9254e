import Foundation
import UnrollKit

/// `unroll trace`'s own flags.
enum TraceFlags {
  /// `--format text|json|md`.
  static let format = ExportFormat.option(
    Command.traceFormats,
    help: "text for people, json for programs, md for GitHub\n(default: text)")
  /// `-o, --output FILE`.
  static let output = OptionSpec.output(valueName: "FILE")
  /// `--force`.
  static let force = OptionSpec.force("FILE (and its pictures) if it exists")
}

extension Command {
  /// `unroll trace`: every recorded value of one forward and backward pass.
  public static let trace = Command(
    name: "trace", summary: "every value of one forward and backward pass, with its formula",
    usage: "unroll trace [model options] [--format "
      + ExportFormat.names(traceFormats) + "] [-o FILE [--force]]",
    discussion: """
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
      """,
    optionGroups: [
      ModelOptions.group,
      OptionGroup(
        "OPTIONS",
        [
          TraceFlags.format, TraceFlags.output, TraceFlags.force, layoutOption,
        ]),
    ]
  ) { invocation in
    let arguments = invocation.arguments
    let format = try arguments.format(among: traceFormats)
    let output = arguments.value(TraceFlags.output)
    if output?.isEmpty == true {
      throw UsageError.missingValue(flag: TraceFlags.output.name, valueName: "FILE")
    }
    if let output { try FileIO.check([output], force: arguments.has(TraceFlags.force)) }
    let setup = try ModelOptions(arguments).setup(terminal: invocation.terminal)
    try setup.checkMemory(for: "the trace", format: format, terminal: invocation.terminal)
    let trace = try setup.trace()
    let layout: Layout = try arguments.choice(layoutOption) ?? setup.layout
    let view = try LayoutView(trace, setup: setup, layout: layout)
    if format == .md, let output {
      let command = reproducingCommand(setup, output: output, layout: layout)
      try writeMarkdown(
        trace, command: command, output: output, force: arguments.has(TraceFlags.force),
        terminal: invocation.terminal, view: view)
      return report(trace, terminal: invocation.terminal)
    }
    return try emit(
      trace, format: format, output: output, force: arguments.has(TraceFlags.force),
      weightsPath: setup.weightsPath,
      command: reproducingCommand(setup, output: nil, layout: layout),
      terminal: invocation.terminal, view: view)
  }

  /// The formats `unroll trace` writes.
  static let traceFormats: [ExportFormat] = [.text, .json, .md]

  /// `--layout pytorch|document`, shared by trace and compare.
  static let layoutOption = OptionSpec(
    "--layout", value: Layout.allCases.map(\.rawValue).joined(separator: "|"),
    help: "parameters and gradients by the notes' names\n"
      + "or PyTorch's state_dict (default: the file's)")

  /// The command line that gives the same trace, every size spelled out.
  static func reproducingCommand(
    _ setup: ModelSetup, output: String?, layout: Layout? = nil
  ) -> String {
    var words = ["unroll", "trace", "--model", setup.model.kind.rawValue]
    if let path = setup.weightsPath {
      words += ["--weights", path]
    } else {
      let sizes = setup.model.sizes
      words += [
        "--input-size", "\(sizes.input)", "--hidden-size", "\(sizes.hidden)",
        "--steps", "\(sizes.steps)", "--seed", "\(setup.seed ?? 0)",
      ]
      if let bias = setup.forgetBias { words += ["--forget-bias", "\(bias)"] }
    }
    words += ["--bptt", setup.bptt.rawValue] + setup.model.objective.flags
    if let layout, layout != setup.layout { words += ["--layout", layout.rawValue] }
    words += ["--format", "md"]
    if let output { words += ["-o", MarkdownCell.shellWord(output)] }
    return words.joined(separator: " ")
  }

  /// Writes the Markdown document to `output` and its pictures beside it, as one set:
  /// all of them or none (`Export`); existing files are replaced only with `force`.
  static func writeMarkdown(
    _ trace: Trace, command: String, output: String, force: Bool, terminal: Terminal,
    position: TracePosition? = nil, view: LayoutView? = nil
  ) throws {
    let document = trace.markdown(
      command: command, pictureStem: Export.pictureStem(of: output), position: position,
      view: view)
    try Export(markdown: document, at: output).write(force: force, system: terminal.fileSystem)
    terminal.writeError(
      "wrote \(output) and \(document.pictures.count) pictures beside it: "
        + "\(trace.records.count) records\n")
  }

  /// Writes `trace` as text or JSON to `output` (stdout when nil; an existing file only
  /// with `force`), then reports problems.
  static func emit(
    _ trace: Trace, format: ExportFormat, output: String?, force: Bool = false,
    weightsPath: String? = nil,
    command: String = "unroll trace --format md", terminal: Terminal, view: LayoutView? = nil
  ) throws -> ExitCode {
    let note = "unroll: note: pictures are written only with -o FILE.md\n"
    guard let output else {
      switch format {
      case .text:
        terminal.write(
          trace.text(
            ValueFormat(width: terminal.width), styler: terminal.styler,
            weightsPath: weightsPath, view: view))
      case .json: terminal.write(trace.json(view: view).text() + "\n")
      case .md:
        let markdown = trace.markdown(command: command, pictureStem: nil, view: view).markdown
        terminal.writeError(note)
        terminal.write(markdown)
      }
      return report(trace, terminal: terminal)
    }
    // To a file the text and the JSON are streamed: a long trace's are 56 and 100 MB, and
    // are never held whole.
    let file: OutputFile
    switch format {
    case .text:
      file = OutputFile(output) { write in
        trace.writeText(
          ValueFormat(width: 80), styler: Styler(isEnabled: false), weightsPath: weightsPath,
          view: view, to: write)
      }
    case .json: file = OutputFile(output) { write in trace.writeJSON(view: view, to: write) }
    case .md:
      file = OutputFile(
        output, trace.markdown(command: command, pictureStem: nil, view: view).markdown)
      terminal.writeError(note)
    }
    try Export(files: [file]).write(force: force, system: terminal.fileSystem)
    terminal.writeError("wrote \(output): \(trace.records.count) records\n")
    return report(trace, terminal: terminal)
  }

  /// Says on stderr where a pass stopped or first went non-finite; exit 1 for a stop.
  static func report(_ trace: Trace, terminal: Terminal) -> ExitCode {
    if let index = trace.recording.firstNonFinite, index < trace.records.count {
      let record = trace.records[index]
      let place = record.t.map { "\(record.phase.rawValue) t=\($0)" } ?? record.phase.rawValue
      terminal.writeError(
        "unroll: note: \(record.name) (\(place)) is the first value with a NaN or an infinity\n")
    }
    if let failure = trace.recording.failure {
      terminal.writeError("unroll: the pass stopped: \(failure)\n")
      return .failure
    }
    return .success
  }
}
