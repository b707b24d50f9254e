import UnrollKit

/// The running sum of a parameter's gradient at any stop of the backward pass,
/// replayed from the recorded values.
///
/// The interpreter keeps only the final sums (a (256, 259) matrix per gate per step
/// would not fit). A partial sum is the accumulations so far run again over the
/// recorded values. For sums of outer products (every weight gradient) longer than
/// `spacing`, the interpreter is asked once, when the session starts, for the running
/// sums every `spacing` accumulations (`checkpointSpacing`); after that a lookup adds at
/// most `spacing` outer products, and stepping along the backward pass adds one.
final class PartialGradients {
  private let replay: Replay
  private let timeline: Timeline
  private let finals: Parameters
  private let isComplete: Bool
  /// Checkpoints: parameter → (accumulations done → sum).
  private var checkpoints: [String: [Int: Matrix]] = [:]
  /// The last sum computed for each parameter, and after how many accumulations.
  private var lastAnswer: [String: (done: Int, sum: Matrix)] = [:]
  /// Accumulations between two checkpoints: 64, or more when the checkpoints of every
  /// weight would take more than `budget` bytes.
  let spacing: Int
  /// The memory the checkpoints may take, in bytes.
  static let budget = 64 << 20

  /// Sums for the accumulations in `timeline`, run over the values of `trace`; asks the
  /// interpreter once for the long weight gradients' checkpoints.
  init(trace: Trace, timeline: Timeline) {
    self.timeline = timeline
    self.finals = trace.gradients
    self.isComplete = trace.recording.failure == nil
    self.replay = Replay(
      recording: trace.recording, parameters: trace.parameters, example: trace.example,
      programs: Timeline.programs(for: trace))
    let bytes = trace.gradients.ordered.reduce(0) { $0 + $1.value.count * 8 }
    let steps = max(trace.example.steps, 1)
    let affordable = max(PartialGradients.budget / max(bytes, 1), 1)
    self.spacing = max(64, (steps + affordable - 1) / affordable)
    layCheckpoints(trace)
  }

  /// The running sums of outer products every `spacing` accumulations, from one run of
  /// the interpreter that keeps them (records off), when any such sum is longer than that.
  private func layCheckpoints(_ trace: Trace) {
    let long = timeline.accumulations.filter { $0.value.count > spacing && isFast($0.key) }
    guard !long.isEmpty else { return }
    let run = Interpreter.run(
      Timeline.programs(for: trace), parameters: trace.parameters, example: trace.example,
      keepsRecords: false, checkpointSpacing: spacing)
    for parameter in long.keys {
      if let sums = run.checkpoints[parameter] { checkpoints[parameter] = sums }
    }
  }

  /// How many accumulations into `parameter` have run once stop `position` has run.
  func count(_ parameter: String, at position: Int) -> Int {
    RecordIndex.countAtMost(timeline.accumulations[parameter] ?? [], position)
  }

  /// The gradient of `parameter` once stop `position` has run; nil when this timeline
  /// has no accumulations for it.
  ///
  /// Starts from the nearest known sum below (zero, a checkpoint, the last answer) and
  /// adds the contributions in between, as the pass did. When that is more than
  /// `spacing` outer products and the final sum is nearer, it starts from the final sum
  /// and takes the later contributions off instead: the result then differs from the
  /// pass's own partial sum by rounding only (about 1e-16 relative), and no command
  /// costs more than half a backward pass of outer products.
  func sum(_ parameter: String, at position: Int) throws -> Matrix? {
    guard let stops = timeline.accumulations[parameter], let final = finals[parameter] else {
      return nil
    }
    let done = count(parameter, at: position)
    if done == stops.count, isComplete { return final }
    if let last = lastAnswer[parameter], last.done == done { return last.sum }
    var start = 0
    var sum = Matrix.zeros(final.shape)
    for (mark, value) in checkpoints[parameter] ?? [:] where mark <= done && mark > start {
      start = mark
      sum = value
    }
    if let last = lastAnswer[parameter], last.done <= done, last.done > start {
      start = last.done
      sum = last.sum
    }
    if isFast(parameter) {
      // One outer product at a time, keeping a checkpoint at each multiple of `spacing`.
      for n in start..<done {
        try add(stops[n], into: &sum)
        if (n + 1) % spacing == 0, n + 1 < done, checkpoints[parameter]?[n + 1] == nil {
          checkpoints[parameter, default: [:]][n + 1] = sum
        }
      }
    } else if isComplete, done - start > spacing, stops.count - done < done - start {
      // Nearer the end: S(done) = final − Σ contributions after `done`, summed into −final.
      var negated = -1 * final
      for n in done..<stops.count { try add(stops[n], into: &negated) }
      sum = -1 * negated
    } else {
      for n in start..<done {
        if n > 0, n % spacing == 0, checkpoints[parameter]?[n] == nil {
          checkpoints[parameter, default: [:]][n] = sum
        }
        try add(stops[n], into: &sum)
      }
    }
    lastAnswer[parameter] = (done, sum)
    return sum
  }

  /// Whether `parameter`'s sums take the checkpointed path: more than one accumulation,
  /// each an outer product (`accumulateOuter`).
  func isFast(_ parameter: String) -> Bool {
    guard let stops = timeline.accumulations[parameter], stops.count > 1 else { return false }
    return stops.allSatisfy { position in
      guard let stop = timeline.stop(position),
        case .accumulateOuter? = timeline.line(of: stop).operation?.effect
      else { return false }
      return true
    }
  }

  /// What the accumulation at stop `position` adds, alone.
  func contribution(at position: Int, shape: Shape) throws -> Matrix {
    var sum = Matrix.zeros(shape)
    try add(position, into: &sum)
    return sum
  }

  private func add(_ position: Int, into sum: inout Matrix) throws {
    guard let stop = timeline.stop(position), let op = timeline.line(of: stop).operation else {
      return
    }
    _ = try replay.run(op, t: timeline.group(of: stop).t, into: &sum)
  }
}
