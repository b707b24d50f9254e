import Foundation
import UnrollKit

/// `unroll train`'s own flags.
enum TrainFlags {
  /// `--samples N`.
  static let samples = OptionSpec(
    "--samples", value: "N",
    help: "sequences drawn from --seed, 1 to \(TrainingData.maxSamples)\n(default: 1000)")
  /// `--data FILE`.
  static let data = OptionSpec(
    "--data", value: "FILE", help: "train on the samples in FILE instead")
  /// `--epochs N`.
  static let epochs = OptionSpec(
    "--epochs", value: "N", help: "1 to \(Command.maxEpochs) (default: 10)")
  /// `--lr X`.
  static let lr = OptionSpec(
    "--lr", value: "X", help: "the learning rate, above 0 (default: 0.01)")
  /// `--optimizer sgd|adam`.
  static let optimizer = OptionSpec(
    "--optimizer", value: "sgd|adam", help: "the update rule (default: sgd)")
  /// `--batch N`.
  static let batch = OptionSpec(
    "--batch", value: "N",
    help: "samples per update, 1 to \(TrainingData.maxSamples) (default: 1)")
  /// `--clip-norm MAX`.
  static let clipNorm = OptionSpec(
    "--clip-norm", value: "MAX",
    help: "scale each update's gradient, all parameters together,\n"
      + "by min(1, MAX/‖g‖), as d2l's grad_clipping (PyTorch's\n"
      + "clip_grad_norm_ divides by ‖g‖ + 1e-6)")
  /// `--clip-value MAX`.
  static let clipValue = OptionSpec(
    "--clip-value", value: "MAX",
    help:
      "put every entry of each update's gradient into\n[−MAX, MAX], as min-char-rnn's np.clip (±5)")
  /// `--shuffle`.
  static let shuffle = OptionSpec(
    "--shuffle", value: nil,
    help: "a new order every epoch, from --seed: a Fisher-Yates\n"
      + "pass over the last epoch's order (stream 3 of the seed)")
  /// `--compare`.
  static let compare = OptionSpec(
    "--compare", value: nil,
    help: "train with the documents' and the correct BPTT\nfrom the same start")
  /// `--plot DIR`.
  static let plot = OptionSpec(
    "--plot", value: "DIR",
    help:
      "write the loss and accuracy curves to DIR/loss.svg\nand DIR/accuracy.svg (DIR is created)")
  /// `--force`.
  static let force = OptionSpec.force("DIR/loss.svg and DIR/accuracy.svg if they exist")
  /// `--format text|json`.
  static let format = ExportFormat.option(
    Command.trainFormats, help: "text for people, json for programs (default: text)")
}

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
      with PyTorch's defaults, gradients averaged over each batch, in order);
      --shuffle adds its DataLoader(shuffle=True): each epoch a Fisher-Yates pass
      (i from N−1 down to 1, j uniform in 0…i) over the last epoch's order, drawn
      from --seed's stream 3 (scripts/reference/objectives.py repeats it).

      --clip-norm MAX or --clip-value MAX clips each update's mean gradient (the
      run says how many updates it changed); --loss every-step and --tbptt K train
      that objective; --forget-bias B starts the LSTM's bf at B.

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
          TrainFlags.samples, TrainFlags.data, TrainFlags.epochs, TrainFlags.lr,
          TrainFlags.optimizer, TrainFlags.batch, TrainFlags.clipNorm, TrainFlags.clipValue,
          TrainFlags.shuffle, TrainFlags.compare, TrainFlags.plot,
          TrainFlags.force, TrainFlags.format,
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
    func integer(_ option: OptionSpec, _ limit: Int, _ fallback: Int) throws -> Int {
      let flag = option.name
      guard let text = arguments.value(option) else { return fallback }
      guard let value = Int(text), value >= 1, value <= limit else {
        throw UsageError.invalidValue(
          flag: flag, value: text, expected: "an integer from 1 to \(limit)", suggestion: nil)
      }
      return value
    }
    let epochs = try integer(TrainFlags.epochs, Command.maxEpochs, 10)
    let batch = try integer(TrainFlags.batch, TrainingData.maxSamples, 1)
    samples = try integer(TrainFlags.samples, TrainingData.maxSamples, 1000)
    var learningRate = 0.01
    if let text = arguments.value(TrainFlags.lr) {
      guard let value = Double(text), value.isFinite, value > 0 else {
        throw UsageError.invalidValue(
          flag: TrainFlags.lr.name, value: text, expected: "a number above 0", suggestion: nil)
      }
      learningRate = value
    }
    let optimizer: OptimizerName = try arguments.choice(TrainFlags.optimizer) ?? .sgd
    var clipping: Clipping?
    for (option, make) in [
      (TrainFlags.clipNorm, Clipping.norm), (TrainFlags.clipValue, Clipping.value),
    ] {
      guard let text = arguments.value(option) else { continue }
      guard let value = Double(text), value.isFinite, value > 0 else {
        throw UsageError.invalidValue(
          flag: option.name, value: text, expected: "a number above 0", suggestion: nil)
      }
      guard clipping == nil else {
        throw UsageError.conflict("--clip-norm scales, --clip-value cuts entries: give one")
      }
      clipping = make(value)
    }
    format = try arguments.format(among: Command.trainFormats)
    plot = arguments.value(TrainFlags.plot)
    force = arguments.has(TrainFlags.force)
    if plot?.isEmpty == true {
      throw UsageError.missingValue(flag: TrainFlags.plot.name, valueName: "DIR")
    }

    var modelOptions = try ModelOptions(arguments)
    if modelOptions.bptt == .verbatim {
      throw UsageError.conflict(
        "--bptt verbatim cannot train: the notes' backward() stops at its first line "
          + "(see `unroll compare`); use --bptt document for its repaired form")
    }
    if arguments.has(TrainFlags.compare) {
      if arguments.value(ModelOptions.Flags.bptt) != nil {
        throw UsageError.conflict("--compare trains with both BPTTs; leave out --bptt")
      }
      if let why = modelOptions.model?.notesGiveNoBackward {
        throw UsageError.conflict("--compare exists for the RNN only: \(why)")
      }
      modes = [.document, .correct]
    } else {
      modes = [modelOptions.bptt]
    }
    if arguments.value(TrainFlags.data) != nil, arguments.value(TrainFlags.samples) != nil {
      throw UsageError.conflict("--samples draws data from --seed; --data reads it: give one")
    }

    // The data decide the input size and the steps; flags that say otherwise are wrong.
    var file: TrainingData?
    dataPath = arguments.value(TrainFlags.data)
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
    model = Model(setup.model.kind, sizes: sizes, objective: setup.model.objective)
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
      epochs: epochs, batchSize: batch,
      shuffleSeed: arguments.has(TrainFlags.shuffle) ? modelOptions.seed : nil,
      clipping: clipping)
  }

  /// Trains once per mode, then prints the report and writes the plot.
  func run() throws -> ExitCode {
    if let path = setup.weightsPath, setup.seed == nil {
      terminal.writeError(
        "unroll: note: \(path) gives the initial parameters; its x and y are not used "
          + "(the data come from " + (dataPath.map { "--data \($0)" } ?? "--seed") + ")\n")
    }
    if let plot, FileManager.default.fileExists(atPath: plot) {
      let folder = URL(fileURLWithPath: plot)
      try FileIO.check(
        ["loss.svg", "accuracy.svg"].map { folder.appendingPathComponent($0).path },
        force: force)
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

  /// How many updates the clipping changed, one line per run; empty without clipping.
  func clippingLines(_ results: [(BPTT, TrainingResult)]) -> String {
    guard let clipping = options.clipping else { return "" }
    let rule: String
    switch clipping {
    case .norm(let max): rule = "--clip-norm \(max)"
    case .value(let max): rule = "--clip-value \(max)"
    }
    return results.map { mode, result in
      let which = results.count > 1 ? "\(TrainRun.label(mode)): " : ""
      return "  \(which)\(rule) clipped \(result.clippedUpdates) of \(result.updates) updates\n"
    }.joined()
  }

  /// What the model minimises, when it is not the notes' loss on h_T with full BPTT.
  var objectiveLine: String {
    let objective = model.objective
    var parts: [String] = []
    if objective.loss == .everyStep {
      parts.append("loss every-step: a sample's loss sums its steps' terms; accuracy per step")
    }
    if let k = objective.truncation {
      let cuts = objective.cutSteps(model.sizes.steps).count
      parts.append("tbptt \(k) (\(cuts) cut\(cuts == 1 ? "" : "s") per sample)")
    }
    return parts.map { "  \($0)\n" }.joined()
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
    text += "\(options.epochs) epochs, "
    text += options.shuffleSeed.map { "shuffled from seed \($0)" } ?? "samples in order"
    text += (setup.weightsPath.map { "; initial parameters from \($0)" } ?? "") + "\n"
    text += objectiveLine
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
      let clipped = clippingLines(results)
      return text + (clipped.isEmpty ? "" : "\n" + clipped)
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
    return text + clippingLines(results)
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
      var members: [(key: String, value: JSONValue)] = [
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
      ]
      if options.clipping != nil {
        members += [
          ("updates", .count(result.updates)), ("clipped", .count(result.clippedUpdates)),
        ]
      }
      return .object(members)
    }
    if results.count == 1, let (mode, result) = results.first { return run(mode, result) }
    return .object([("runs", .array(results.map { run($0.0, $0.1) }))])
  }

  /// Writes `folder/loss.svg` and `folder/accuracy.svg` as one set, creating the folder.
  ///
  /// Returns what it wrote; existing files are replaced only with --force. Titles name the
  /// model, optimizer, learning rate and BPTT; the correct run is the solid line, the
  /// documents' the dashed one.
  func writePlot(_ results: [(BPTT, TrainingResult)], folder: String) throws -> String {
    do {
      try FileManager.default.createDirectory(
        atPath: folder, withIntermediateDirectories: true)
    } catch {
      throw FileError("write", folder, "the folder could not be created")
    }
    let ordered = results.sorted { $0.0 == .correct && $1.0 != .correct }
    let optimizer = options.optimizer == .sgd ? "SGD" : "Adam"
    let bptt = results.map { TrainRun.label($0.0) }.joined(separator: " vs ")
    let run =
      "\(model.kind.rawValue.uppercased()), \(optimizer), lr \(options.learningRate), \(bptt)"
    let subtitle =
      "hidden size \(model.sizes.hidden), \(model.sizes.steps) steps, \(data.count) samples, "
      + "batch \(options.batchSize)"
    let loss = URL(fileURLWithPath: folder).appendingPathComponent("loss.svg").path
    let lossChart = SVGChart.lines(
      title: "Average loss per epoch: \(run)", subtitle: subtitle, xLabel: "epoch",
      yLabel: "average loss (BCE)",
      series: ordered.map { (TrainRun.label($0.0), $0.1.epochs.map(\.loss)) }, fromZero: true)
    let accuracy = URL(fileURLWithPath: folder).appendingPathComponent("accuracy.svg").path
    let accuracyChart = SVGChart.lines(
      title: "Accuracy per epoch: \(run)", subtitle: subtitle, xLabel: "epoch",
      yLabel: "accuracy (share right)",
      series: ordered.map { (TrainRun.label($0.0), $0.1.epochs.map(\.accuracy)) },
      fromZero: true)
    try Export(files: [OutputFile(loss, lossChart), OutputFile(accuracy, accuracyChart)])
      .write(force: force, system: terminal.fileSystem)
    return "\(loss) and \(accuracy)"
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
