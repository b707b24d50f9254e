import UnrollKit

/// The formats `unroll trace` writes.
///
/// A new one is a case here and a branch in `Command.emit`.
enum TraceFormat: String, CaseIterable, Sendable {
  /// A listing for people.
  case text
  /// DESIGN.md's trace JSON, readable back with `--weights`.
  case json
}

extension Command {
  /// `unroll trace`: every recorded value of one forward and backward pass.
  public static let trace = Command(
    name: "trace", summary: "every value of one forward and backward pass, with its formula",
    usage: "unroll trace [model options] [--format "
      + TraceFormat.allCases.map(\.rawValue).joined(separator: "|") + "] [-o FILE]",
    discussion: """
      Runs the forward pass, the loss and the backward pass once, and lists every
      value the interpreter recorded: per phase and timestep, its name, shape,
      formula, NumPy line and value; then y_pred, p, loss and the gradients.

      The JSON holds model, bptt, seed, sizes, params, x, y, records (phase, t,
      name, formula, line, shape, value), y_pred, p, loss and grads. Numbers are
      written exactly (NaN and infinities as the strings "nan", "inf", "-inf"), and
      the file reads back with --weights. If the pass stops on an error, the records
      up to it are written, the error goes to stderr and the exit code is 1.
      """,
    optionGroups: [
      ModelOptions.group,
      OptionGroup(
        "OPTIONS",
        [
          OptionSpec(
            "--format", value: TraceFormat.allCases.map(\.rawValue).joined(separator: "|"),
            help: "text for people, json for programs (default: text)"),
          OptionSpec(
            "--output", short: "-o", value: "FILE",
            help: "write to FILE, not stdout: whole or not at all\n"
              + "(a temporary file in its folder, then a rename)"),
        ]),
    ]
  ) { invocation in
    let arguments = invocation.arguments
    var format = TraceFormat.text
    if let text = arguments.value("--format") {
      let names = TraceFormat.allCases.map(\.rawValue)
      guard let chosen = TraceFormat(rawValue: text) else {
        throw UsageError.invalidValue(
          flag: "--format", value: text, expected: ModelOptions.oneOf(names),
          suggestion: closest(to: text, among: names))
      }
      format = chosen
    }
    let output = arguments.value("--output")
    if output?.isEmpty == true {
      throw UsageError.missingValue(flag: "--output", valueName: "FILE")
    }
    let setup = try ModelOptions(arguments).setup(terminal: invocation.terminal)
    let trace = try setup.trace()
    return try emit(
      trace, format: format, output: output, weightsPath: setup.weightsPath,
      terminal: invocation.terminal)
  }

  /// Writes `trace` in `format` to `output` (stdout when nil); reports a stopped pass
  /// or a first non-finite value on stderr.
  static func emit(
    _ trace: Trace, format: TraceFormat, output: String?, weightsPath: String? = nil,
    terminal: Terminal
  ) throws -> ExitCode {
    let styler = output == nil ? terminal.styler : Styler(isEnabled: false)
    let width = output == nil ? terminal.width : 80
    let body: String
    switch format {
    case .text:
      body = trace.text(ValueFormat(width: width), styler: styler, weightsPath: weightsPath)
    case .json: body = trace.json().text() + "\n"
    }
    if let output {
      try FileIO.writeAtomically(body, to: output)
      terminal.writeError("wrote \(output): \(trace.records.count) records\n")
    } else {
      terminal.write(body)
    }
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
