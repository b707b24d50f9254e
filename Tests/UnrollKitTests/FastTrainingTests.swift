import Testing

@testable import UnrollKit

/// `FastTraining` against the interpreter it mirrors (`Training.interpreted`): every
/// loss, accuracy and final parameter equal to the last bit, on both passes.
@Suite struct FastTrainingTests {
  /// The bits of every figure a run returns, so that equality means bit for bit
  /// (`==` on Double would take −0 for +0).
  func bits(_ result: TrainingResult) -> [UInt64] {
    let figures = result.epochs.flatMap { [$0.loss.bitPattern, $0.accuracy.bitPattern] }
    let values = result.parameters.names.flatMap { name in
      (result.parameters.values[name]?.scalars ?? []).map(\.bitPattern)
    }
    return figures + values
  }

  func expectEqualRuns(
    _ sizes: Sizes, samples: Int, seed: UInt64, _ options: TrainingOptions
  ) throws {
    let model = Model(.rnn, sizes: sizes)
    let start = model.initialParameters(seed: seed)
    let data = Training.data(sizes, count: samples, seed: seed)
    let interpreted = try Training.interpreted(model, from: start, on: data, options: options)
    // Every build of RNNPass this processor can run: the baseline's and the AVX2 one's.
    for lanes in FastTraining.Lanes.available {
      let fast = try FastTraining.run(
        model, from: start, on: data, options: options, lanes: lanes, progress: nil)
      guard let fast else {
        Issue.record("the fast path refused \(sizes) \(options)")
        return
      }
      #expect(fast.parameters.names == interpreted.parameters.names)
      #expect(bits(fast) == bits(interpreted), "\(lanes) \(sizes) seed \(seed) \(options)")
      #expect(bits(fast) != bits(TrainingResult(epochs: [], parameters: start)))
    }
  }

  @Test(arguments: [BPTT.correct, .document])
  func equalsTheInterpreterBitForBit(_ bptt: BPTT) throws {
    // Hidden 7: the four-row kernels' remainders; input 3: dot products of length 3.
    let odd = Sizes(input: 3, hidden: 7, steps: 6)
    try expectEqualRuns(odd, samples: 30, seed: 11, TrainingOptions(bptt: bptt, epochs: 3))
    // Input 6 and hidden 13: `Kernels.dot4`'s four-lane loop and its remainder on both
    // products, and rows left over after the blocks of four.
    let wide = Sizes(input: 6, hidden: 13, steps: 4)
    try expectEqualRuns(wide, samples: 20, seed: 2, TrainingOptions(bptt: bptt, epochs: 2))
    // The notes' sizes, a seed other than 0, and a rate that makes the documents' run chaotic.
    let notes = Sizes(input: 1, hidden: 32, steps: 10)
    try expectEqualRuns(
      notes, samples: 50, seed: 7, TrainingOptions(bptt: bptt, learningRate: 0.05, epochs: 2))
  }

  @Test(arguments: [BPTT.correct, .document])
  func equalsTheInterpreterInBatchesAndWithAdam(_ bptt: BPTT) throws {
    let sizes = Sizes(input: 2, hidden: 9, steps: 5)
    try expectEqualRuns(
      sizes, samples: 37, seed: 3, TrainingOptions(bptt: bptt, epochs: 2, batchSize: 4))
    try expectEqualRuns(
      sizes, samples: 37, seed: 4,
      TrainingOptions(bptt: bptt, optimizer: .adam, epochs: 2, batchSize: 8, shuffleSeed: 9))
  }

  /// The ablation's passes: the notes' with one deviation fixed, or only one kept.
  @Test(arguments: Deviations.allCases)
  func equalsTheInterpreterWithDeviationsFixed(_ deviation: Deviations) throws {
    let sizes = Sizes(input: 3, hidden: 7, steps: 6)
    for kept in [Deviations.document.subtracting(deviation), deviation, .none] {
      try expectEqualRuns(
        sizes, samples: 30, seed: 5,
        TrainingOptions(bptt: .document, epochs: 2, deviations: kept))
    }
  }

  @Test func leavesOtherRunsToTheInterpreter() throws {
    let rnn = Model(.rnn, sizes: Sizes(input: 1, hidden: 4, steps: 3))
    let data = Training.data(rnn.sizes, count: 4, seed: 0)
    let start = rnn.initialParameters(seed: 0)
    let verbatim = TrainingOptions(bptt: .verbatim)
    #expect(
      try FastTraining.run(rnn, from: start, on: data, options: verbatim, progress: nil) == nil)
    let longer = Training.data(Sizes(input: 1, hidden: 4, steps: 5), count: 4, seed: 0)
    let options = TrainingOptions(bptt: .correct)
    #expect(
      try FastTraining.run(rnn, from: start, on: longer, options: options, progress: nil) == nil)
    let lstm = Model(.lstm, sizes: Sizes(input: 3, hidden: 5, steps: 4))
    let lstmData = Training.data(lstm.sizes, count: 4, seed: 0)
    let lstmStart = lstm.initialParameters(seed: 0)
    #expect(
      try FastTraining.run(lstm, from: lstmStart, on: lstmData, options: options, progress: nil)
        == nil)
  }
}
