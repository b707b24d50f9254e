import Foundation
import UnrollKit

extension Command {
  /// `unroll convert`: a weights file in the other layout, the notes' or PyTorch's.
  public static let convert = Command(
    name: "convert", summary: "a weights file in the notes' layout or as PyTorch's state_dict",
    usage: "unroll convert --to "
      + Layout.allCases.map(\.rawValue).joined(separator: "|") + " FILE [-o OUT] [--force]",
    discussion: """
      Reads a weights file (FILE; - reads stdin) and writes it in the layout --to
      names: document, the notes' params (Wxh Whh bh, or Wf ... bo over concat =
      [h; x], then Why by); pytorch, the PyTorch note's state_dict (rnn.weight_ih_l0,
      rnn.weight_hh_l0, rnn.bias_ih_l0, rnn.bias_hh_l0, fc.weight, fc.bias), as
      `unroll trace --weights` reads it. x and y are kept when the file has them; a
      trace JSON converts too, without its records.

      PyTorch adds two biases (b_ih + b_hh) where the notes have one. To document,
      they are added. To pytorch, a sum cannot be split: all of it goes into
      bias_ih and bias_hh is zeros, which computes the same; the message on stderr
      says so. The file goes to stdout unless -o; an existing OUT is replaced only
      with --force.
      """,
    optionGroups: [
      OptionGroup(
        "OPTIONS",
        [
          OptionSpec(
            "--to", value: Layout.allCases.map(\.rawValue).joined(separator: "|"),
            help: "the layout to write (required)"),
          .output(valueName: "OUT"),
          .force("OUT if it exists"),
        ])
    ],
    takesArguments: true
  ) { invocation in
    let arguments = invocation.arguments
    let layouts = ModelOptions.oneOf(Layout.allCases.map(\.rawValue))
    guard let target: Layout = try arguments.choice("--to") else {
      throw UsageError.conflict(
        "convert needs --to \(layouts.replacingOccurrences(of: " or ", with: " or --to "))")
    }
    let words = arguments.positionals
    guard let path = words.first else {
      throw UsageError.conflict(
        "convert needs a weights file, as in `unroll convert --to \(target.rawValue) FILE`")
    }
    guard words.count == 1 else {
      throw UsageError.conflict("convert takes one file, got \(words.joined(separator: " "))")
    }
    let output = arguments.value("--output")
    if output?.isEmpty == true {
      throw UsageError.missingValue(flag: "--output", valueName: "OUT")
    }
    let terminal = invocation.terminal
    if let output { try FileIO.check([output], force: arguments.has("--force")) }
    let file =
      path == "-"
      ? try WeightsFile(text: terminal.readAll(), path: "stdin") : try WeightsFile.read(path: path)
    let converted = try file.converted(to: target)
    let body = converted.json.text() + "\n"
    if let output {
      try Export(output, body).write(
        force: arguments.has("--force"), system: terminal.fileSystem)
      terminal.writeError("wrote \(output): \(converted.summary)\n")
    } else {
      terminal.write(body)
      terminal.writeError("unroll: \(converted.summary)\n")
    }
    return .success
  }
}

extension WeightsFile {
  /// A weights file rewritten in another layout, and one line saying what was done.
  struct Conversion {
    /// The new file.
    let json: JSONValue
    /// `an lstm in pytorch layout; …`, for stderr.
    let summary: String
  }

  /// This file in `layout`: `model`, the parameters (`params` or `state_dict`), and `x`
  /// and `y` when this file has them.
  ///
  /// To PyTorch's layout from the notes', every summed bias goes into `bias_ih_l0` and
  /// `bias_hh_l0` gets zeros, since a sum cannot be split; the summary says so.
  func converted(to layout: Layout) throws -> Conversion {
    let setup = try setup(options: ModelOptions())
    let kind = setup.model.kind
    var members: [(key: String, value: JSONValue)] = [("model", .string(kind.rawValue))]
    var summary = "\(kind.rawValue) in \(layout.rawValue) layout"
    let parameters: Parameters
    switch layout {
    case .document:
      parameters = setup.parameters
      if self.layout == .pytorch { summary += "; " + PyTorchLayout.biasSumNote }
    case .pytorch:
      members.append(("layout", .string(layout.rawValue)))
      if let stateDict = setup.stateDict {
        parameters = stateDict
      } else {
        parameters = try PyTorchLayout.stateDict(setup.parameters, kind: kind)
        summary += "; " + PyTorchLayout.biasSplitNote
      }
    }
    let tensors = parameters.ordered.map { name, value in
      (name, LayoutView.json(name, value, layout: layout))
    }
    members.append((layout == .pytorch ? "state_dict" : "params", .object(tensors)))
    if let x = member("x"), x != .null { members.append(("x", JSONValue(setup.example.x))) }
    if let y = member("y"), y != .null {
      let label = setup.example.y
      members.append(("y", label == 0 || label == 1 ? .count(Int(label)) : .number(label)))
    }
    return Conversion(json: .object(members), summary: summary)
  }
}
