import Foundation
import UnrollKit

extension Command {
  /// The formats `unroll train` writes.
  static let trainFormats: [ExportFormat] = [.text, .json]

  /// The largest `--epochs`.
  static let maxEpochs = 10_000

  /// `unroll train`: the notes' training loop.
  public static let train = Command(
    name: "train", summary: "the notes' training loop, epoch by epoch",
    usage: "unroll train [model options] [--compare] [--plot DIR] [options]",
    discussion: """
      The RNN note's loop: 1000 sequences drawn from --seed, labelled 1 when their
      sum is above 0, 10 epochs of per-sample SGD at lr 0.01, in order. Each epoch
      prints the notes' line, `Epoch [1/10], Avg Loss: 0.5747`, the loss taken as
      the notes take it (1e-8 inside each log, p before the update), and the share
      of samples classified right.

      --bptt correct (default) trains with the correct gradients, --bptt document
      with the notes' backward() and its two shape repairs (verbatim cannot run).
      --compare trains both from the same start on the same data and prints them
      side by side. --optimizer adam --batch 32 is the PyTorch note's set-up (Adam
      with PyTorch's defaults, gradients averaged over each batch, in order).

      --weights FILE gives the initial parameters (its x and y, if any, are not
      used: the data come from --seed or --data). --data FILE reads
      {"x": [N samples of steps × input], "y": [N labels, 0 or 1]}.

      --format json prints {"bptt", "epochs": [{"epoch", "loss", "accuracy"}],
      "params": the final parameters as lists of rows}; with --compare,
      {"runs": [one such object per BPTT]}. On a terminal, a run that lasts more
      than half a second shows its progress on stderr.
      """,
    optionGroups: [
      ModelOptions.group,
      OptionGroup(
        "OPTIONS",
        [
          OptionSpec(
            "--samples", value: "N",
            help: "sequences drawn from --seed, 1 to \(TrainingData.maxSamples)\n(default: 1000)"),
          OptionSpec(
            "--data", value: "FILE", help: "train on the samples in FILE instead"),
          OptionSpec("--epochs", value: "N", help: "1 to \(maxEpochs) (default: 10)"),
          OptionSpec("--lr", value: "X", help: "the learning rate, above 0 (default: 0.01)"),
          OptionSpec(
            "--optimizer", value: "sgd|adam", help: "the update rule (default: sgd)"),
          OptionSpec(
            "--batch", value: "N",
            help: "samples per update, 1 to \(TrainingData.maxSamples) (default: 1)"),
          OptionSpec(
            "--compare", value: nil,
            help: "train with the documents' and the correct BPTT\nfrom the same start"),
          OptionSpec(
            "--plot", value: "DIR",
            help: "write the loss curve(s) to DIR/loss.svg (DIR is\ncreated)"),
          .force("DIR/loss.svg if it exists"),
          ExportFormat.option(
            trainFormats, help: "text for people, json for programs (default: text)"),
        ]),
    ]
  ) { invocation in
    try TrainRun(invocation).run()
  }
}

/// One `unroll train`: its options read and checked, then the run(s) and the report.
struct TrainRun {
  let terminal: Terminal
  let setup: ModelSetup
  let model: Model
  let data: [Example]
  let dataPath: String?
  let samples: Int
  let options: TrainingOptions
  let modes: [BPTT]
  let format: ExportFormat
  let plot: String?
  let force: Bool

  /// Reads and checks every flag; a bad value is a usage error, a bad file exit 1.
  init(_ invocation: Invocation) throws {
    let arguments = invocation.arguments
    terminal = invocation.terminal
    func integer(_ flag: String, _ limit: Int, _ fallback: Int) throws -> Int {
      guard let text = arguments.value(flag) else { return fallback }
      guard let value = Int(text), value >= 1, value <= limit else {
        throw UsageError.invalidValue(
          flag: flag, value: text, expected: "an integer from 1 to \(limit)", suggestion: nil)
      }
      return value
    }
    func choice<T: RawRepresentable & CaseIterable>(_ flag: String, _ fallback: T) throws -> T
    where T.RawValue == String {
      guard let text = arguments.value(flag) else { return fallback }
      let names = T.allCases.map(\.rawValue)
      guard let value = T(rawValue: text) else {
        throw UsageError.invalidValue(
          flag: flag, value: text, expected: ModelOptions.oneOf(names),
          suggestion: closest(to: text, among: names))
      }
      return value
    }
    let epochs = try integer("--epochs", Command.maxEpochs, 10)
    let batch = try integer("--batch", TrainingData.maxSamples, 1)
    samples = try integer("--samples", TrainingData.maxSamples, 1000)
    var learningRate = 0.01
    if let text = arguments.value("--lr") {
      guard let value = Double(text), value.isFinite, value > 0 else {
        throw UsageError.invalidValue(
          flag: "--lr", value: text, expected: "a number above 0", suggestion: nil)
      }
      learningRate = value
    }
    let optimizer: OptimizerName = try arguments.choice("--optimizer") ?? .sgd
    format = try arguments.format(among: Command.trainFormats)
    plot = arguments.value("--plot")
    force = arguments.has("--force")
    if plot?.isEmpty == true { throw UsageError.missingValue(flag: "--plot", valueName: "DIR") }

    var modelOptions = try ModelOptions(arguments)
    if modelOptions.bptt == .verbatim {
      throw UsageError.conflict(
        "--bptt verbatim cannot train: the notes' backward() stops at its first line "
          + "(see `unroll compare`); use --bptt document for its repaired form")
    }
    if arguments.has("--compare") {
      if arguments.value("--bptt") != nil {
        throw UsageError.conflict("--compare trains with both BPTTs; leave out --bptt")
      }
      if let why = modelOptions.model?.notesGiveNoBackward {
        throw UsageError.conflict("--compare exists for the RNN only: \(why)")
      }
      modes = [.document, .correct]
    } else {
      modes = [modelOptions.bptt]
    }
    if arguments.value("--data") != nil, arguments.value("--samples") != nil {
      throw UsageError.conflict("--samples draws data from --seed; --data reads it: give one")
    }

    // The data decide the input size and the steps; flags that say otherwise are wrong.
    var file: TrainingData?
    dataPath = arguments.value("--data")
    if let dataPath {
      let read = try TrainingData.read(path: dataPath)
      for (flag, given, found, what) in [
        ("--input-size", modelOptions.inputSize, read.input, "features per step"),
        ("--steps", modelOptions.steps, read.steps, "steps"),
      ] {
        if let given, given != found {
          throw UsageError.conflict(
            "\(flag) \(given) disagrees with \(dataPath), whose samples have \(found) "
              + (found == 1 ? what.replacingOccurrences(of: "steps", with: "step") : what))
        }
      }
      if modelOptions.weightsPath == nil {
        modelOptions.inputSize = read.input
        modelOptions.steps = read.steps
      }
      file = read
    }
    setup = try modelOptions.setup(terminal: terminal)
    if let why = setup.model.kind.notesGiveNoBackward, modes.contains(.document) {
      throw UsageError.conflict(
        "--compare exists for the RNN only: \(why) "
          + "(\(setup.weightsPath ?? "the weights file") holds "
          + "\(setup.model.kind.capitalizedWithArticle))")
    }
    var sizes = setup.model.sizes
    if let file, let dataPath {
      guard file.input == sizes.input else {
        throw FileError(
          "use", dataPath,
          "its samples have \(file.input) features per step, the weights take \(sizes.input)")
      }
      sizes.steps = file.steps
    }
    model = Model(setup.model.kind, sizes: sizes)
    if file == nil, let memory = terminal.memory {
      // Every sample is drawn before the first epoch: steps × input numbers each.
      let bytes = Int.saturatingProduct(
        samples, Int.saturatingProduct(sizes.steps, sizes.input, 8) + 64)
      try memory.check(
        bytes,
        for: "train with \(samples) samples of \(sizes.steps) steps × \(sizes.input) features")
    }
    data = file?.examples ?? Training.data(sizes, count: samples, seed: modelOptions.seed)
    options = TrainingOptions(
      bptt: modes[0], optimizer: optimizer.optimizer, learningRate: learningRate,
      epochs: epochs, batchSize: batch)
  }

  /// Trains once per mode, then prints the report and writes the plot.
  func run() throws -> ExitCode {
    if let path = setup.weightsPath, setup.seed == nil {
      terminal.writeError(
        "unroll: note: \(path) gives the initial parameters; its x and y are not used "
          + "(the data come from " + (dataPath.map { "--data \($0)" } ?? "--seed") + ")\n")
    }
    if let plot, FileManager.default.fileExists(atPath: plot) {
      try FileIO.check(
        [URL(fileURLWithPath: plot).appendingPathComponent("loss.svg").path], force: force)
    }
    let progress = ProgressLine(terminal: terminal)
    var results: [(BPTT, TrainingResult)] = []
    for (run, mode) in modes.enumerated() {
      let which = modes.count > 1 ? " (\(run + 1) of \(modes.count))" : ""
      var modeOptions = options
      modeOptions.bptt = mode
      let total = options.epochs
      do {
        let result = try Training.run(
          model, from: setup.parameters, on: data, options: modeOptions
        ) { epoch, done in
          try terminal.deadline?.check()
          progress.update(
            "training with the \(TrainRun.label(mode))\(which): epoch \(epoch)/\(total), "
              + "sample \(done)/\(data.count)")
        }
        results.append((mode, result))
      } catch let error as TrainingError {
        progress.clear()
        throw TrainingStopped(bptt: mode, error: error)
      }
    }
    progress.clear()
    switch format {
    case .text: terminal.write(text(results))
    // md is not among trainFormats: `format(among:)` refused it.
    case .json, .md: terminal.write(json(results).text(expandedDepth: 2) + "\n")
    }
    if let plot {
      let path = try writePlot(results, folder: plot)
      terminal.writeError("wrote \(path)\n")
    }
    return .success
  }

  /// The header, then the notes' line per epoch with accuracy; two columns with --compare.
  func text(_ results: [(BPTT, TrainingResult)]) -> String {
    let sizes = model.sizes
    let optimizer = options.optimizer == .sgd ? "SGD" : "Adam"
    var text =
      "train: \(model.kind.rawValue), \(sizes); \(data.count) "
      + (data.count == 1 ? "sample " : "samples ")
    text += (dataPath.map { "from \($0)" } ?? "from seed \(setup.seed ?? 0)") + "\n"
    text += "  \(optimizer), lr \(options.learningRate), batch \(options.batchSize), "
    text += "\(options.epochs) epochs, samples in order"
    text += (setup.weightsPath.map { "; initial parameters from \($0)" } ?? "") + "\n"
    if results.count == 1, let (mode, result) = results.first {
      text +=
        "  bptt \(mode.rawValue)"
        // The hint names modes that exist for the RNN only; the LSTM and GRU would refuse them.
        + (mode == .correct && model.kind.notesGiveNoBackward == nil
          ? " (--bptt document: the notes' backward(); --compare: both)\n\n" : "\n\n")
      for epoch in result.epochs {
        text +=
          TrainRun.noteLine(epoch, of: options.epochs) + ", Accuracy: "
          + TrainRun.percent(epoch.accuracy) + "\n"
      }
      return text
    }
    // Side by side: the notes' line split after the epoch, one column per BPTT.
    let total = options.epochs
    let lead = "Epoch [\(total)/\(total)],".count + 2
    let cell = "Avg Loss: 0.0000  100.0%".count + 4
    text += "\n" + String(repeating: " ", count: lead)
    text +=
      results.map { TrainRun.label($0.0).padding(to: cell) }.joined()
      .trimmingTrailingSpaces() + "\n"
    let count = results.map(\.1.epochs.count).min() ?? 0
    for index in 0..<count {
      var line = "Epoch [\(index + 1)/\(total)],".padding(to: lead)
      for (_, result) in results {
        let epoch = result.epochs[index]
        line +=
          ("Avg Loss: " + String(format: "%.4f", epoch.loss) + "  "
          + TrainRun.percent(epoch.accuracy)).padding(to: cell)
      }
      text += line.trimmingTrailingSpaces() + "\n"
    }
    // What the columns say, in one sentence per run.
    text += "\n"
    for (mode, result) in results {
      guard let first = result.epochs.first, let last = result.epochs.last else { continue }
      let verb = last.loss < first.loss ? "falls" : "does not fall"
      text +=
        "  \(TrainRun.label(mode)): the loss \(verb), "
        + String(format: "%.4f → %.4f", first.loss, last.loss)
        + ", accuracy " + TrainRun.percent(last.accuracy) + " at the end\n"
    }
    return text
  }

  /// `Epoch [1/10], Avg Loss: 0.5747`: the notes' `print`, `{avg_loss:.4f}`.
  static func noteLine(_ epoch: EpochResult, of total: Int) -> String {
    "Epoch [\(epoch.epoch)/\(total)], Avg Loss: " + String(format: "%.4f", epoch.loss)
  }

  /// `documents' BPTT`, `correct BPTT`.
  static func label(_ mode: BPTT) -> String {
    mode == .document ? "documents' BPTT" : "\(mode.rawValue) BPTT"
  }

  /// `95.3%`.
  static func percent(_ share: Double) -> String { String(format: "%.1f%%", share * 100) }

  /// `{"bptt", "epochs", "params"}`, or `{"runs": [...]}` with --compare.
  func json(_ results: [(BPTT, TrainingResult)]) -> JSONValue {
    func run(_ mode: BPTT, _ result: TrainingResult) -> JSONValue {
      .object([
        ("bptt", .string(mode.rawValue)),
        (
          "epochs",
          .array(
            result.epochs.map { epoch in
              .object([
                ("epoch", .integer(UInt64(epoch.epoch))), ("loss", .number(epoch.loss)),
                ("accuracy", .number(epoch.accuracy)),
              ])
            })
        ),
        (
          "params",
          .object(result.parameters.ordered.map { ($0.name, JSONValue($0.value)) })
        ),
      ])
    }
    if results.count == 1, let (mode, result) = results.first { return run(mode, result) }
    return .object([("runs", .array(results.map { run($0.0, $0.1) }))])
  }

  /// Writes `folder/loss.svg`, creating the folder, and returns its path; an existing
  /// loss.svg is replaced only with --force.
  func writePlot(_ results: [(BPTT, TrainingResult)], folder: String) throws -> String {
    do {
      try FileManager.default.createDirectory(
        atPath: folder, withIntermediateDirectories: true)
    } catch {
      throw FileError("write", folder, "the folder could not be created")
    }
    let path = URL(fileURLWithPath: folder).appendingPathComponent("loss.svg").path
    let series = results.map { mode, result in
      (
        label: TrainRun.label(mode),
        values: result.epochs.map(\.loss)
      )
    }
    let svg = SVGChart.lines(
      title: "The notes' average loss per epoch", xLabel: "epoch",
      yLabel: "average loss (BCE)", series: series, fromZero: true)
    try Export(path, svg).write(force: force, system: terminal.fileSystem)
    return path
  }
}

/// `--optimizer`'s values.
enum OptimizerName: String, CaseIterable, Sendable {
  /// Gradient descent.
  case sgd
  /// Adam, PyTorch's defaults.
  case adam

  /// The engine's optimizer.
  var optimizer: Optimizer { self == .sgd ? .sgd : .adam }
}

/// A training run that stopped, in one sentence naming the BPTT and where.
struct TrainingStopped: Error, CustomStringConvertible {
  /// The backward pass that was training.
  let bptt: BPTT
  /// Why it stopped.
  let error: TrainingError

  /// `training (correct BPTT) stopped at epoch 2, sample 7: …`.
  var description: String { "training (\(bptt.rawValue) BPTT) stopped at \(error)" }
}
