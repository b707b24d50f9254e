import Foundation
import Testing

@testable import UnrollKit

/// The notes' training loop against NumPy runs of it, and its variants by their
/// defining properties.
@Suite struct TrainingTests {
  @Test func matchesTheNotesNumPyLoopAndOurNumPyCorrectLoop() throws {
    let fixtures = try NoteFixtures.load("note-training.json", as: NoteFixtures.Training.self)
    #expect(fixtures.runs.count == 2)
    for run in fixtures.runs {
      let model = Model(.rnn, sizes: run.sizes)
      let data = try run.data()
      #expect(data.count == 20)
      for (bptt, expected) in [(BPTT.document, run.document), (.correct, run.correct)] {
        let options = TrainingOptions(bptt: bptt, learningRate: run.lr, epochs: run.epochs)
        let result = try Training.run(
          model, from: run.parameters(), on: data, options: options)
        #expect(result.epochs.map(\.epoch) == [1, 2, 3])
        for (mine, theirs) in zip(result.epochs, expected.history) {
          #expect(abs(mine.loss - theirs.loss) < 1e-9, "\(bptt) \(run.sizes) epoch \(mine.epoch)")
          #expect(mine.accuracy == theirs.accuracy)
        }
        for name in model.parameterNames {
          let difference = NoteFixtures.maxDifference(
            result.parameters[name], expected.params[name])
          #expect(difference < 1e-9, "\(bptt) \(run.sizes) \(name)")
        }
      }
      // The two loops part ways: the fixtures can tell one from the other.
      #expect(abs(run.document.history[2].loss - run.correct.history[2].loss) > 1e-3)
    }
  }

  /// The ablation's path: the notes' pass with deviations fixed.
  ///
  /// All three fixed trains as NumPy's correct loop; none fixed, as NumPy's notes' loop.
  @Test func theNotesPassWithItsDeviationsFixedTrainsAsNumPysLoops() throws {
    let fixtures = try NoteFixtures.load("note-training.json", as: NoteFixtures.Training.self)
    for run in fixtures.runs {
      let model = Model(.rnn, sizes: run.sizes)
      let data = try run.data()
      for (deviations, expected) in [(Deviations.none, run.correct), (.document, run.document)] {
        var options = TrainingOptions(bptt: .document, learningRate: run.lr, epochs: run.epochs)
        options.deviations = deviations
        // Through the interpreter, as every ablation run goes.
        let result = try Training.interpreted(
          model, from: run.parameters(), on: data, options: options)
        for (mine, theirs) in zip(result.epochs, expected.history) {
          #expect(abs(mine.loss - theirs.loss) < 1e-9, "\(deviations) epoch \(mine.epoch)")
          #expect(mine.accuracy == theirs.accuracy)
        }
      }
      // One fixed is neither: it differs from both.
      var one = TrainingOptions(bptt: .document, learningRate: run.lr, epochs: run.epochs)
      one.deviations = Deviations.document.subtracting(.finalHiddenInTanhDerivative)
      let fixed = try Training.run(model, from: run.parameters(), on: data, options: one)
      #expect(fixed.epochs.last?.loss != run.document.history.last?.loss)
      #expect(fixed.epochs.last?.loss != run.correct.history.last?.loss)
    }
  }

  @Test func dataFollowsTheSeedAndTheNotesLabels() {
    let sizes = Sizes(input: 2, hidden: 3, steps: 5)
    let data = Training.data(sizes, count: 50, seed: 7)
    #expect(data.count == 50)
    #expect(data.allSatisfy { $0.x.shape == Shape(5, 2) && $0.y == ($0.x.sum > 0 ? 1 : 0) })
    #expect(data == Training.data(sizes, count: 50, seed: 7))
    #expect(data != Training.data(sizes, count: 50, seed: 8))
    #expect(Set(data.map(\.y)) == [0, 1])
  }

  @Test func theNotesLossHasItsEpsilon() {
    // −log(1e-8) at p = 0 for y = 1: the epsilon keeps it finite.
    #expect(abs(Training.noteLoss(p: 0, y: 1) - 18.420680743952367) < 1e-12)
    // −log(0.75 + 1e-8) at p = 0.25 for y = 0.
    #expect(abs(Training.noteLoss(p: 0.25, y: 0) - 0.28768205911844763) < 1e-12)
  }

  @Test func oneAdamStepMovesEachParameterByTheLearningRate() throws {
    // On Adam's first step m̂ = g and v̂ = g², so θ moves by −lr·g/(|g| + ε): about lr
    // against the sign of the batch's mean gradient, for every entry.
    let model = Model(.rnn, sizes: Sizes(input: 2, hidden: 3, steps: 4))
    let parameters = model.initialParameters(seed: 4)
    let data = Training.data(model.sizes, count: 8, seed: 4)
    let options = TrainingOptions(
      bptt: .correct, optimizer: .adam, learningRate: 0.01, epochs: 1, batchSize: 8)
    let result = try Training.run(model, from: parameters, on: data, options: options)
    for name in model.parameterNames {
      var mean = Matrix.zeros(try #require(parameters[name]).shape)
      for example in data {
        try mean.add(try #require(model.run(parameters, on: example).gradients[name]))
      }
      let before = try #require(parameters[name])
      let after = try #require(result.parameters[name])
      for i in 0..<mean.count {
        let g = mean.scalars[i] / 8
        let expected = before.scalars[i] - 0.01 * g / (abs(g) + 1e-8)
        #expect(abs(after.scalars[i] - expected) < 1e-12, "\(name)[\(i)]")
      }
    }
  }

  @Test func miniBatchSGDAveragesTheBatch() throws {
    let model = Model(.rnn, sizes: Sizes(input: 1, hidden: 4, steps: 3))
    let parameters = model.initialParameters(seed: 2)
    let data = Training.data(model.sizes, count: 6, seed: 2)
    // Batches of 4 and 2: two updates, the second from the first's parameters.
    let options = TrainingOptions(bptt: .correct, learningRate: 0.5, epochs: 1, batchSize: 4)
    let result = try Training.run(model, from: parameters, on: data, options: options)
    var expected = parameters
    for batch in [data[0..<4], data[4..<6]] {
      var sum = expected.zeros()
      for example in batch { try sum.add(model.run(expected, on: example).gradients) }
      try expected.descend(sum, rate: 0.5 / Double(batch.count))
    }
    for name in model.parameterNames {
      let a = try #require(result.parameters[name])
      let b = try #require(expected[name])
      #expect(zip(a.scalars, b.scalars).allSatisfy { abs($0 - $1) < 1e-14 }, "\(name)")
    }
  }

  @Test func aShuffledEpochIsTheSameLoopOnThePermutedData() throws {
    let model = Model(.rnn, sizes: Sizes(input: 1, hidden: 3, steps: 4))
    let parameters = model.initialParameters(seed: 6)
    let data = Training.data(model.sizes, count: 12, seed: 6)
    var generator = SeededGenerator(seed: 42, stream: 3)
    var order = Array(data.indices)
    order.shuffleInOrder(using: &generator)
    #expect(order != Array(data.indices))
    #expect(order.sorted() == Array(data.indices))
    let shuffled = try Training.run(
      model, from: parameters, on: data,
      options: TrainingOptions(bptt: .correct, epochs: 1, batchSize: 4, shuffleSeed: 42))
    let permuted = try Training.run(
      model, from: parameters, on: order.map { data[$0] },
      options: TrainingOptions(bptt: .correct, epochs: 1, batchSize: 4))
    #expect(shuffled.parameters == permuted.parameters)
    #expect(shuffled.epochs == permuted.epochs)
    let inOrder = try Training.run(
      model, from: parameters, on: data,
      options: TrainingOptions(bptt: .correct, epochs: 1, batchSize: 4))
    #expect(inOrder.parameters != shuffled.parameters)
  }

  @Test(arguments: [ModelKind.lstm, .gru])
  func theGatedCellsLearnWithCorrectBPTTAndAdam(_ kind: ModelKind) throws {
    let model = Model(kind, sizes: Sizes(input: 1, hidden: 4, steps: 5))
    let options = TrainingOptions(
      bptt: .correct, optimizer: .adam, learningRate: 0.01, epochs: 8, batchSize: 8)
    let result = try Training.run(model, samples: 200, seed: 1, options: options)
    let losses = result.epochs.map(\.loss)
    #expect(losses.count == 8)
    #expect(losses[7] < 0.75 * losses[0], "\(losses)")
    #expect(throws: EngineError.noBackwardInNotes(model: kind, bptt: .document)) {
      try Training.run(model, samples: 10, seed: 1, options: TrainingOptions(bptt: .document))
    }
  }

  @Test func aRunThatGoesNonFiniteNamesWhereItStopped() throws {
    // An infinite step makes Whh ±inf after the first sample; at the second,
    // Whh · h_0 = inf · 0 = NaN in the very first operation.
    let model = Model(.rnn, sizes: Sizes(input: 1, hidden: 3, steps: 4))
    let options = TrainingOptions(bptt: .correct, learningRate: .infinity, epochs: 2)
    do {
      _ = try Training.run(model, samples: 5, seed: 0, options: options)
      Issue.record("expected a non-finite error")
    } catch TrainingError.nonFinite(
      let epoch, let sample, let phase, let t, let operation, let line)
    {
      #expect(epoch == 1)
      #expect(sample == 2)
      #expect(phase == .forward)
      #expect(t == 1)
      #expect(operation == "h_t")
      #expect(line.hasPrefix("self.h = np.tanh("))
      let error = TrainingError.nonFinite(
        epoch: epoch, sample: sample, phase: phase, t: t, operation: operation, line: line)
      #expect("\(error)".hasPrefix("epoch 1, sample 2: h_t (forward t=1)"))
    }
  }

  @Test func theVerbatimPassCannotTrain() throws {
    let model = Model(.rnn, sizes: Sizes(input: 1, hidden: 3, steps: 4))
    do {
      _ = try Training.run(model, samples: 5, seed: 0, options: TrainingOptions(bptt: .verbatim))
      Issue.record("expected the verbatim pass to fail")
    } catch TrainingError.operationFailed(let epoch, let sample, let failure) {
      #expect(epoch == 1 && sample == 1)
      #expect(failure.operation.name == "dWhy")
      #expect("\(failure.reason)" == "shapes (1,1) and (5,1) not aligned: 1 (dim 1) != 5 (dim 0)")
    }
  }

  @Test func progressReportsEverySample() throws {
    let model = Model(.rnn, sizes: Sizes(input: 1, hidden: 2, steps: 2))
    final class Log: @unchecked Sendable { var calls: [[Int]] = [] }
    let log = Log()
    _ = try Training.run(
      model, samples: 3, seed: 0, options: TrainingOptions(epochs: 2),
      progress: { log.calls.append([$0, $1]) })
    #expect(log.calls == [[1, 1], [1, 2], [1, 3], [2, 1], [2, 2], [2, 3]])
  }

  @Test func theNotesOwnSettings() {
    let numpy = TrainingOptions.numpyNote
    #expect(numpy.bptt == .document && numpy.optimizer == .sgd && numpy.learningRate == 0.01)
    #expect(numpy.epochs == 10 && numpy.batchSize == 1 && numpy.shuffleSeed == nil)
    let torch = TrainingOptions.pytorchNote(shuffleSeed: 5)
    #expect(torch.bptt == .correct && torch.optimizer == .adam && torch.learningRate == 0.01)
    #expect(torch.epochs == 10 && torch.batchSize == 32 && torch.shuffleSeed == 5)
  }

  @Test func invalidOptionsAreRefused() {
    let model = Model(.rnn, sizes: Sizes(input: 1, hidden: 2, steps: 2))
    #expect(throws: TrainingError.self) {
      try Training.run(model, samples: 0, seed: 0, options: TrainingOptions())
    }
    #expect(throws: TrainingError.self) {
      try Training.run(model, samples: 3, seed: 0, options: TrainingOptions(batchSize: 0))
    }
  }
}

/// The finiteness test training runs on every value.
@Suite struct FinitenessTests {
  @Test func nonFiniteValuesAreFoundAnywhere() throws {
    let finite: [Double] = [
      0, -0.0, 1, -2.5, .greatestFiniteMagnitude, -.greatestFiniteMagnitude,
      .leastNonzeroMagnitude, .ulpOfOne,
    ]
    #expect(try Matrix(rows: 1, cols: finite.count, scalars: finite).isFinite)
    for bad in [Double.nan, .infinity, -.infinity, -Double.nan, Double.signalingNaN] {
      for position in 0..<finite.count {
        var values = finite
        values[position] = bad
        #expect(try !Matrix(rows: 2, cols: 4, scalars: values).isFinite, "\(bad) at \(position)")
      }
    }
    #expect(Matrix(rows: 0, cols: 3).isFinite)
  }
}
