import UnrollKit

extension ModelSetup {
  /// Bytes of memory per recorded number while a command holds the recording and makes
  /// its output, with room to spare: measured as peak RSS over the values recorded
  /// (LSTM, hidden 128, 300 steps) at about 75 for JSON, 22 for text and Markdown and 10
  /// for the REPL.
  static func bytesPerValue(_ format: ExportFormat?) -> Int {
    switch format {
    case .json?: return 100
    case .text?, .md?: return 40
    case nil: return 24  // the REPL: the recording, its timeline and partial sums
    }
  }

  /// How many numbers a recording of this model holds: measured on a two-step pass at
  /// the same sizes (what one timestep records, forward and backward, and what is
  /// recorded once), then scaled to the steps.
  func recordedValues() -> Int {
    var sizes = model.sizes
    let steps = sizes.steps
    sizes.steps = 2
    let probe = Model(model.kind, sizes: sizes)
    let recording = probe.run(parameters, on: .random(sizes, seed: 0))
    var once = 0
    var perStep = 0
    for record in recording.records {
      switch record.t {
      case nil: once += record.value.count
      case 1?: perStep += record.value.count
      default: break
      }
    }
    return once + Int.saturatingProduct(perStep, steps)
  }

  /// Throws a `MemoryError` when recording this model and making `format` (nil: the
  /// REPL) would not fit in the memory `terminal` reports; `what` names the work.
  func checkMemory(for what: String, format: ExportFormat?, terminal: Terminal) throws {
    guard let memory = terminal.memory else { return }
    let bytes = Int.saturatingProduct(recordedValues(), Self.bytesPerValue(format))
    try memory.check(bytes, for: "\(what) of \(model.kind.withArticle) at \(model.sizes)")
  }
}
