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
    help:
      "train with the notes' and the correct BPTT from\nthe same start, then the notes' with each\ndeviation alone fixed"
  )
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
      of samples classified right, beside the majority class's share: what a
      network that always answers the commoner label would score.

      --bptt correct (default) trains with the correct gradients, --bptt document
      with the notes' backward() and its two shape repairs (verbatim cannot run).
      --compare trains both from the same start on the same data and prints them
      side by side, then trains the notes' pass three more times, each with one of
      its three deviations fixed and the other two kept (the ablation): one row per
      deviation, its loss curve and its last loss and accuracy, so you see which
      one wrecks training. --optimizer adam --batch 32 is the PyTorch note's set-up
      (Adam with PyTorch's defaults, gradients averaged over each batch, in order);
      --shuffle adds its DataLoader(shuffle=True): each epoch a Fisher-Yates pass
      (i from N−1 down to 1, j uniform in 0…i) over the last epoch's order, drawn
      from --seed's stream 3 (scripts/reference/objectives.py repeats it).

      --clip-norm MAX or --clip-value MAX clips each update's mean gradient (the
      run says how many updates it changed); --loss every-step and --tbptt K train
      that objective; --forget-bias B starts the LSTM's bf at B.

      --weights FILE gives the initial parameters (its x and y, if any, are not
      used: the data come from --seed or --data). --data FILE reads
      {"x": [N samples of steps × input], "y": [N labels, 0 or 1]}.

      --format json prints {"bptt", "majority": {"label", "share"}, "epochs":
      [{"epoch", "loss", "accuracy"}], "params": the final parameters as lists of
      rows}; with --compare, {"majority", "runs": [one such object per BPTT],
      "ablation": [{"fixed": "output-error", "epochs"} or {"fixed", "stopped"}]}.
      On a terminal, a run that lasts more than half a second shows its progress
      on stderr.
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
  /// Whether to train the notes' pass once more per deviation, with it alone fixed.
  let ablates: Bool
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
      ablates = true
    } else {
      modes = [modelOptions.bptt]
      ablates = false
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
      // Two lines, so that a long path does not push the sentence past 80 columns.
      terminal.writeError(
        "unroll: note: \(path) gives the initial parameters;\n  its x and y are not used "
          + "(the data come from " + (dataPath.map { "--data \($0)" } ?? "--seed") + ")\n")
    }
    if let plot, FileManager.default.fileExists(atPath: plot) {
      let folder = URL(fileURLWithPath: plot)
      try FileIO.check(
        ["loss.svg", "accuracy.svg"].map { folder.appendingPathComponent($0).path },
        force: force)
    }
    let progress = ProgressLine(terminal: terminal)
    // Under a loss at every step the notes' per-step dh is no deviation: two rows, not three.
    let present = Deviations.present(under: model.objective)
    let deviations = Deviations.allCases.filter { present.contains($0) }
    let runs = modes.count + (ablates ? deviations.count : 0)
    let total = options.epochs
    /// One training run with `modeOptions`, its progress said as `what` (run `run` of `runs`).
    func train(_ modeOptions: TrainingOptions, _ what: String, _ run: Int) throws
      -> TrainingResult
    {
      let which = runs > 1 ? " (\(run) of \(runs))" : ""
      return try Training.run(model, from: setup.parameters, on: data, options: modeOptions) {
        epoch, done in
        try terminal.deadline?.check()
        progress.update(
          "training with \(what)\(which): epoch \(epoch)/\(total), "
            + "sample \(done)/\(data.count)")
      }
    }
    var results: [(BPTT, TrainingResult)] = []
    for (run, mode) in modes.enumerated() {
      var modeOptions = options
      modeOptions.bptt = mode
      do {
        results.append((mode, try train(modeOptions, mode.phrase, run + 1)))
      } catch let error as TrainingError {
        progress.clear()
        throw TrainingStopped(bptt: mode, error: error)
      }
    }
    var ablation: [AblationRun] = []
    if ablates {
      for (k, fixed) in deviations.enumerated() {
        var fixedOptions = options
        fixedOptions.bptt = .document
        fixedOptions.deviations = present.subtracting(fixed)
        // A pass that goes NaN is a finding of the ablation, not the end of the report.
        do {
          let result = try train(
            fixedOptions, "the notes' BPTT, \(fixed.name) fixed", modes.count + k + 1)
          ablation.append(AblationRun(fixed: fixed, outcome: .success(result)))
        } catch let error as TrainingError {
          ablation.append(AblationRun(fixed: fixed, outcome: .failure(error)))
        }
      }
    }
    progress.clear()
    switch format {
    case .text: terminal.write(text(results, ablation: ablation))
    // md is not among trainFormats: `format(among:)` refused it.
    case .json, .md:
      terminal.write(json(results, ablation: ablation).text(expandedDepth: 2) + "\n")
    }
    if let plot {
      let path = try writePlot(results, ablation: ablation, folder: plot)
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

  /// The header, then the notes' line per epoch with accuracy.
  ///
  /// With --compare, two columns and the ablation. Every accuracy is said beside the
  /// majority class's share.
  func text(_ results: [(BPTT, TrainingResult)], ablation: [AblationRun] = []) -> String {
    let sizes = model.sizes
    let optimizer = options.optimizer == .sgd ? "SGD" : "Adam"
    let majority = Majority(data, everyStep: model.objective.loss == .everyStep)
    var text =
      "train: \(model.kind.rawValue), \(sizes); \(data.count) "
      + (data.count == 1 ? "sample " : "samples ")
    text += (dataPath.map { "from \($0)" } ?? "from seed \(setup.seed ?? 0)") + "\n"
    text += "  \(optimizer), lr \(options.learningRate), batch \(options.batchSize), "
    text += "\(options.epochs) " + (options.epochs == 1 ? "epoch, " : "epochs, ")
    text += options.shuffleSeed.map { "shuffled from seed \($0)" } ?? "samples in order"
    // The path on a line of its own: with it, the line passed 80 columns.
    text += (setup.weightsPath.map { "\n  initial parameters from \($0)" } ?? "") + "\n"
    text += objectiveLine
    if results.count == 1, let (mode, result) = results.first {
      text +=
        "  bptt \(mode.rawValue)"
        // The hint names modes that exist for the RNN only; the LSTM and GRU would refuse them.
        + (mode == .correct && model.kind.notesGiveNoBackward == nil
          ? " (--bptt document: the notes' backward(); --compare: both)\n" : "\n")
      text += "  \(majority.sentence)\n\n"
      for epoch in result.epochs {
        text +=
          TrainRun.noteLine(epoch, of: options.epochs) + ", Accuracy: "
          + TrainRun.percent(epoch.accuracy) + "\n"
      }
      if let last = result.epochs.last {
        text += "\n  accuracy at the end \(majority.beside(last.accuracy))\n"
      }
      return text + clippingLines(results)
    }
    text += "  \(majority.sentence)\n"
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
    // What the columns say, in two lines per run: the loss, then the accuracy.
    text += "\n"
    for (mode, result) in results {
      guard let first = result.epochs.first, let last = result.epochs.last else { continue }
      let verb = last.loss < first.loss ? "falls" : "does not fall"
      text +=
        "  \(TrainRun.label(mode)): the loss \(verb), "
        + String(format: "%.4f → %.4f", first.loss, last.loss) + "\n"
      text += "    accuracy at the end \(majority.beside(last.accuracy))\n"
    }
    if !ablation.isEmpty {
      text += "\n" + ablationText(results, ablation, majority: majority)
    }
    return text + clippingLines(results)
  }

  /// The ablation: one row per deviation fixed alone, between the notes' run (none fixed)
  /// and the correct one (all fixed), each with its loss curve on one scale for all rows,
  /// its first and last loss and its last accuracy; then which fix matters most.
  func ablationText(
    _ results: [(BPTT, TrainingResult)], _ ablation: [AblationRun], majority: Majority
  ) -> String {
    let width = terminal.width
    let unicode = terminal.isUnicode
    let notes = results.first { $0.0 == .document }?.1
    let correct = results.first { $0.0 == .correct }?.1
    var rows: [(label: String, outcome: Result<TrainingResult, TrainingError>)] = []
    if let notes { rows.append(("none (notes' BPTT)", .success(notes))) }
    rows += ablation.map { ($0.fixed.name, $0.outcome) }
    if let correct { rows.append(("all (correct BPTT)", .success(correct))) }
    let trained = rows.compactMap { try? $0.outcome.get() }
    let losses = trained.flatMap { $0.epochs.map(\.loss) }.filter(\.isFinite)
    let scale = (losses.min() ?? 0)...(losses.max() ?? 0)
    let epochs = options.epochs
    let cells = min(epochs, max(8, width - 62))
    let kept = ablation.count == 2 ? "the other kept" : "the other two kept"
    var text = terminal.styler("== each deviation fixed alone, \(kept) ==", .bold) + "\n"
    text += Comparison.wrapped(
      "The notes' pass trained again from the same start on the same samples, once per "
        + "deviation, with that one fixed; the loss by epoch, every row on one scale:",
      width: width - 2, indent: 2)
    let table = rows.map { row -> [String] in
      switch row.outcome {
      case .success(let result):
        guard let first = result.epochs.first, let last = result.epochs.last else {
          return [row.label, "", "", ""]
        }
        return [
          row.label,
          Sparkline.draw(
            result.epochs.map(\.loss), unicode: unicode, width: cells, scale: scale),
          String(format: "%.4f → %.4f", first.loss, last.loss), TrainRun.percent(last.accuracy),
        ]
      case .failure(let error):
        return [row.label, "", "stopped at epoch \(error.epoch ?? 0)", ""]
      }
    }
    text += Comparison.table(
      ["fixed", "loss by epoch", "first → last", "accuracy at the end"], table, rightAligned: [])
    let levels = String(unicode ? Sparkline.unicodeLevels : Sparkline.asciiLevels)
    let perCell =
      epochs <= cells
      ? "one cell per epoch" : "each cell the mean of about \(epochs / cells) epochs"
    text += Comparison.wrapped(
      "\(levels): from \(String(format: "%.4f", scale.lowerBound)), the lowest loss above, "
        + "to \(String(format: "%.4f", scale.upperBound)), the highest; \(perCell). "
        + "The majority class is \(TrainRun.percent(majority.share)).",
      width: width - 2, indent: 2)
    for run in ablation {
      if case .failure(let error) = run.outcome {
        text += Comparison.wrapped("\(run.fixed.name) fixed: \(error)", width: width - 2, indent: 2)
      }
    }
    text += Comparison.wrapped(verdict(notes, ablation, correct), width: width - 2, indent: 2)
    return text
  }

  /// Which deviation, fixed alone, closes most of the gap between the notes' last loss
  /// and the correct one's, and whether any one closes most of it, in a sentence or two.
  func verdict(
    _ notes: TrainingResult?, _ ablation: [AblationRun], _ correct: TrainingResult?
  ) -> String {
    let lasts = ablation.compactMap { run -> (Deviations, Double)? in
      guard let last = (try? run.outcome.get())?.epochs.last?.loss, last.isFinite else {
        return nil
      }
      return (run.fixed, last)
    }
    guard let notesLast = notes?.epochs.last?.loss, let correctLast = correct?.epochs.last?.loss,
      let best = lasts.min(by: { $0.1 < $1.1 })
    else { return "" }
    let gap = notesLast - correctLast
    let loss = { (value: Double) in String(format: "%.4f", value) }
    guard gap > 0, best.1 < notesLast else {
      return "No single fix lowers the last loss below the notes' \(loss(notesLast))."
    }
    let closed = String(format: "%.0f%%", (notesLast - best.1) / gap * 100)
    let figures =
      "Fixing \(best.0.name) alone helps most: the last loss goes \(loss(notesLast)) → "
      + "\(loss(best.1)), \(closed) of the way to the correct \(loss(correctLast))."
    return figures
      + ((notesLast - best.1) * 2 >= gap
        ? " It is the deviation that wrecks training."
        : " No one deviation wrecks training alone: fixed, it leaves the other two to spoil it.")
  }

  /// `Epoch [1/10], Avg Loss: 0.5747`: the notes' `print`, `{avg_loss:.4f}`.
  static func noteLine(_ epoch: EpochResult, of total: Int) -> String {
    "Epoch [\(epoch.epoch)/\(total)], Avg Loss: " + String(format: "%.4f", epoch.loss)
  }

  /// `notes' BPTT`, `correct BPTT`.
  static func label(_ mode: BPTT) -> String { mode.words }

  /// `95.3%`.
  static func percent(_ share: Double) -> String { String(format: "%.1f%%", share * 100) }

  /// `{"bptt", "majority", "epochs", "params"}`, or `{"majority", "runs": [...],
  /// "ablation": [...]}` with --compare.
  func json(_ results: [(BPTT, TrainingResult)], ablation: [AblationRun] = []) -> JSONValue {
    let majority = Majority(data, everyStep: model.objective.loss == .everyStep)
    let majorityValue = JSONValue.object([
      ("label", .integer(UInt64(majority.label))), ("share", .number(majority.share)),
    ])
    func epochs(_ result: TrainingResult) -> JSONValue {
      .array(
        result.epochs.map { epoch in
          .object([
            ("epoch", .integer(UInt64(epoch.epoch))), ("loss", .number(epoch.loss)),
            ("accuracy", .number(epoch.accuracy)),
          ])
        })
    }
    func run(_ mode: BPTT, _ result: TrainingResult, majority: Bool) -> JSONValue {
      var members: [(key: String, value: JSONValue)] =
        [("bptt", .string(mode.rawValue))] + (majority ? [("majority", majorityValue)] : [])
        + [
          ("epochs", epochs(result)),
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
    if results.count == 1, let (mode, result) = results.first {
      return run(mode, result, majority: true)
    }
    let fixed = ablation.map { row -> JSONValue in
      switch row.outcome {
      case .success(let result):
        return .object([("fixed", .string(row.fixed.name)), ("epochs", epochs(result))])
      case .failure(let error):
        return .object([("fixed", .string(row.fixed.name)), ("stopped", .string("\(error)"))])
      }
    }
    return .object([
      ("majority", majorityValue),
      ("runs", .array(results.map { run($0.0, $0.1, majority: false) })),
      ("ablation", .array(fixed)),
    ])
  }

  /// Writes `folder/loss.svg` and `folder/accuracy.svg` as one set, creating the folder.
  ///
  /// Returns what it wrote; existing files are replaced only with --force. Titles name the
  /// model, optimizer, learning rate and BPTT; the correct run is the solid line, the
  /// notes' the dashed one.
  ///
  /// With --compare, the ablation's runs too, each labelled by the deviation it fixed; a
  /// run that stopped (a value went NaN) is named in the subtitle instead.
  func writePlot(
    _ results: [(BPTT, TrainingResult)], ablation: [AblationRun] = [], folder: String
  ) throws -> String {
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
    var subtitle =
      "hidden size \(model.sizes.hidden), \(model.sizes.steps) steps, \(data.count) samples, "
      + "batch \(options.batchSize)"
    // The ablation: the notes' BPTT with one deviation fixed, the other two kept.
    var fixedRuns: [(label: String, result: TrainingResult)] = []
    var stopped: [String] = []
    for run in ablation {
      switch run.outcome {
      case .success(let result): fixedRuns.append(("\(run.fixed.name) fixed", result))
      case .failure: stopped.append(run.fixed.name)
      }
    }
    if !ablation.isEmpty {
      subtitle += "; “X fixed”: the notes' BPTT with deviation X alone fixed"
      if !stopped.isEmpty {
        subtitle += " (\(stopped.joined(separator: ", ")) fixed: stopped, a value went NaN)"
      }
    }
    let lines =
      ordered.map { (TrainRun.label($0.0), $0.1) } + fixedRuns.map { ($0.label, $0.result) }
    let loss = URL(fileURLWithPath: folder).appendingPathComponent("loss.svg").path
    let lossChart = SVGChart.lines(
      title: "Average loss per epoch: \(run)", subtitle: subtitle, xLabel: "epoch",
      yLabel: "average loss (BCE)",
      series: lines.map { ($0.0, $0.1.epochs.map(\.loss)) }, fromZero: true)
    let accuracy = URL(fileURLWithPath: folder).appendingPathComponent("accuracy.svg").path
    let accuracyChart = SVGChart.lines(
      title: "Accuracy per epoch: \(run)", subtitle: subtitle, xLabel: "epoch",
      yLabel: "accuracy (share right)",
      series: lines.map { ($0.0, $0.1.epochs.map(\.accuracy)) },
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
  var description: String { "training (\(bptt.words)) stopped at \(error)" }
}

/// The notes' pass trained with one deviation fixed: its epochs, or why it stopped.
struct AblationRun {
  /// The deviation fixed; the other two are kept.
  let fixed: Deviations
  /// The run, or the error that stopped it (a value gone NaN).
  let outcome: Result<TrainingResult, TrainingError>
}

/// The commoner label of a data set and its share: the accuracy of always answering it.
struct Majority {
  /// 1 or 0; 1 when they are as common.
  let label: Int
  /// The share of samples (of steps, with the loss at every step) with that label, 0.5
  /// to 1.
  let share: Double
  /// Whether it counts every step's label, as the accuracy does under every-step.
  let perStep: Bool

  /// The majority of `data`'s labels: the samples' under the notes' loss, every step's
  /// under `--loss every-step`, where the accuracy is per step too.
  init(_ data: [Example], everyStep: Bool = false) {
    let labels = everyStep ? data.flatMap(\.labels) : data.map(\.y)
    let ones = labels.filter { $0 > 0.5 }.count
    label = 2 * ones >= labels.count ? 1 : 0
    share = labels.isEmpty ? 0 : Double(max(ones, labels.count - ones)) / Double(labels.count)
    perStep = everyStep
  }

  /// `the majority class, label 1, is 51.2% of the samples`.
  var sentence: String {
    "the majority class, label \(label), is \(TrainRun.percent(share)) of the "
      + (perStep ? "steps' labels" : "samples")
  }

  /// `59.0%, the majority class is 51.2%`.
  func beside(_ accuracy: Double) -> String {
    "\(TrainRun.percent(accuracy)), the majority class is \(TrainRun.percent(share))"
  }
}

extension TrainingError {
  /// The epoch the run stopped in, when it stopped in one.
  var epoch: Int? {
    switch self {
    case .nonFinite(let epoch, _, _, _, _, _), .operationFailed(let epoch, _, _): return epoch
    case .invalidOptions: return nil
    }
  }
}
