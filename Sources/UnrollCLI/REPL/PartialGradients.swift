import UnrollKit

/// The running sum of a parameter's gradient at any stop of the backward pass,
/// replayed from the recorded values.
///
/// The interpreter keeps only the final sums (a (256, 259) matrix per gate per step
/// would not fit). A partial sum is the accumulations so far run again over the
/// recorded values; checkpoints every `spacing` accumulations keep a lookup to at most
/// `spacing` outer products once the sums have been walked through once.
final class PartialGradients {
  private let replay: Replay
  private let timeline: Timeline
  private let finals: Parameters
  private let isComplete: Bool
  /// Checkpoints: parameter → (accumulations done → sum).
  private var checkpoints: [String: [Int: Matrix]] = [:]
  /// The last sum computed for each parameter, and after how many accumulations.
  private var lastAnswer: [String: (done: Int, sum: Matrix)] = [:]
  /// Accumulations between two checkpoints.
  let spacing = 32

  /// Sums for the accumulations in `timeline`, run over the values of `trace`.
  init(trace: Trace, timeline: Timeline) {
    self.timeline = timeline
    self.finals = trace.gradients
    self.isComplete = trace.recording.failure == nil
    self.replay = Replay(
      recording: trace.recording, parameters: trace.parameters, example: trace.example,
      programs: Timeline.programs(for: trace))
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
    if isComplete, done - start > spacing, stops.count - done < done - start {
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
