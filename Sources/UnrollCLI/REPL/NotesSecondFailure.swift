import UnrollKit

/// The RNN note's second broken line, shown where the verbatim pass stops at its first.
///
/// As printed, `backward()` raises at its first line (`dWhy`), so the verbatim recording
/// never reaches the loop and its own broken line, `dWhh += np.dot(dh_raw,
/// self.hs[:, t:t+2].T[:, 0:1])`. This runs the note's loop as printed after the head
/// as repaired: the document pass's head block, then the verbatim pass's loop block.
/// Both blocks are the engine's own; nothing here computes a value by itself.
enum NotesSecondFailure {
  /// The failure the note's loop meets once its first line is repaired, for a verbatim
  /// RNN trace that stopped in the head; nil otherwise.
  static func after(_ trace: Trace) -> OperationFailure? {
    guard trace.bptt == .verbatim,
      let first = trace.recording.failure, first.phase == .backward, first.t == nil
    else { return nil }
    let repaired = DocumentRNN.document(trace.model.sizes)
    let printed = DocumentRNN.verbatim(trace.model.sizes)
    guard repaired.blocks.count == 2, printed.blocks.count == 2 else { return nil }
    let program = Program(
      name: "RNN verbatim BPTT with its first line repaired",
      blocks: [repaired.blocks[0], printed.blocks[1]], initialValues: printed.initialValues)
    let recording = Interpreter.run(
      [trace.model.forward, program], parameters: trace.parameters, example: trace.example,
      keepsRecords: false)
    guard let second = recording.failure, second.operation.name != first.operation.name
    else { return nil }
    return second
  }
}
