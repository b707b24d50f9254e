import Testing
import UnrollKit

@testable import UnrollCLI

/// Partial gradient sums equal the accumulations replayed one by one, bit for bit, at
/// every stop, and the final sum equals the trace's gradient.
@Suite struct REPLPartialGradientTests {
  static let cases: [(ModelKind, Sizes)] = [
    (.rnn, Sizes(input: 2, hidden: 3, steps: 6)),
    (.lstm, Sizes(input: 2, hidden: 3, steps: 6)),
    (.gru, Sizes(input: 2, hidden: 3, steps: 6)),
    // Past the checkpoint spacing (64), so that lookups start from checkpoints.
    (.rnn, Sizes(input: 3, hidden: 4, steps: 150)),
    (.lstm, Sizes(input: 1, hidden: 2, steps: 140)),
  ]

  @Test(arguments: 0..<cases.count)
  func partialSumsMatchASequentialReplay(_ index: Int) throws {
    let (kind, sizes) = Self.cases[index]
    let model = Model(kind, sizes: sizes)
    let trace = try Trace(
      model: model, parameters: model.initialParameters(seed: 11),
      example: .random(sizes, seed: 11))
    let timeline = Timeline(trace: trace)
    let partials = PartialGradients(trace: trace, timeline: timeline)
    let replay = Replay(
      recording: trace.recording, parameters: trace.parameters, example: trace.example,
      programs: Timeline.programs(for: trace))
    for name in model.parameterNames {
      let stops = try #require(timeline.accumulations[name])
      // prefix[k]: the first k accumulations, run one by one through their closures.
      var prefix = [Matrix.zeros(try #require(trace.parameters[name]).shape)]
      for stop in stops {
        let s = try #require(timeline.stop(stop))
        let op = try #require(timeline.line(of: s).operation)
        var next = prefix[prefix.count - 1]
        _ = try replay.run(op, t: timeline.group(of: s).t, into: &next)
        prefix.append(next)
      }
      #expect(prefix.last == trace.gradients[name])
      // Out of order on purpose: forward, back, and jumps.
      let positions = Array(0..<timeline.stops.count)
      let jumps = positions.indices.map { ($0 * 7919) % positions.count }
      for position in positions + positions.reversed() + jumps {
        let done = stops.filter { $0 <= position }.count
        #expect(try partials.sum(name, at: position) == prefix[done], "\(name) at \(position)")
      }
      // Weight gradients are sums of outer products over the steps: the fast path.
      let isWeight = name.hasPrefix("W") && name != "Why"
      #expect(partials.isFast(name) == isWeight, "\(name)")
    }
  }
}
