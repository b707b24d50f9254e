import Testing

@testable import UnrollKit

/// The interpreter's stop log says what each operation read and wrote, and its
/// checkpoints are the running gradient sums.
@Suite struct StopLogTests {
  @Test(arguments: ModelKind.allCases)
  func everyOperationThatRanIsLoggedInOrder(_ kind: ModelKind) throws {
    let model = Model(kind, sizes: Sizes(input: 2, hidden: 3, steps: 4))
    let recording = model.run(
      model.initialParameters(seed: 3), on: .random(model.sizes, seed: 3))
    let programs = [model.forward, model.backward]
    #expect(recording.programNames == programs.map(\.name))
    let expected = programs.reduce(0) { total, program in
      total + program.blocks.reduce(0) { $0 + $1.operations.count * $1.visits(4) }
    }
    #expect(recording.stops.count == expected)
    #expect(recording.stops.compactMap(\.record) == Array(recording.records.indices))
    for stop in recording.stops {
      let operation = programs[stop.program].blocks[stop.block].operations[stop.operation]
      #expect(stop.writes == operation.name)
      #expect(stop.parameter == operation.gradientParameter)
      #expect(!stop.isFailure)
    }
  }

  @Test func theRNNsStepReadsWhatItsFormulaSays() throws {
    let model = Model(.rnn, sizes: Sizes(input: 1, hidden: 2, steps: 3))
    let recording = model.run(
      model.initialParameters(seed: 1), on: .random(model.sizes, seed: 1))
    let h2 = try #require(recording.stops.first { $0.writes == "h_t" && $0.t == 2 })
    #expect(
      h2.reads == [
        ValueRef(name: "Wxh", t: 2), ValueRef(name: "x_t", t: 2), ValueRef(name: "Whh", t: 2),
        ValueRef(name: "h_t", t: 1), ValueRef(name: "bh", t: 2),
      ])
    let dWhh = try #require(recording.stops.first { $0.writes == "dWhh" && $0.t == 3 })
    #expect(dWhh.reads == [ValueRef(name: "dh_raw", t: 3), ValueRef(name: "h_t", t: 2)])
    #expect(dWhh.parameter == "Whh" && dWhh.record == nil)
  }

  @Test func aFailingOperationEndsTheLog() throws {
    let model = Model(.rnn, sizes: Sizes(input: 1, hidden: 3, steps: 2))
    let recording = try model.run(
      model.initialParameters(seed: 0), on: .random(model.sizes, seed: 0), bptt: .verbatim)
    let last = try #require(recording.stops.last)
    #expect(last.isFailure)
    #expect(last.writes == recording.failure?.operation.name)
    #expect(recording.stops.dropLast().allSatisfy { !$0.isFailure })
  }

  @Test func checkpointsAreTheRunningSumsEveryNAccumulations() throws {
    let model = Model(.lstm, sizes: Sizes(input: 2, hidden: 3, steps: 9))
    let parameters = model.initialParameters(seed: 5)
    let example = Example.random(model.sizes, seed: 5)
    let programs = [model.forward, model.backward]
    let run = Interpreter.run(
      programs, parameters: parameters, example: example, keepsRecords: false,
      checkpointSpacing: 4)
    #expect(run.stops.isEmpty)
    let sums = try #require(run.checkpoints["Wf"])
    #expect(Set(sums.keys) == [4, 8])
    // The sum after 4 accumulations (t = 9 … 6) replayed one by one from the records.
    let full = Interpreter.run(programs, parameters: parameters, example: example)
    let replay = Replay(
      recording: full, parameters: parameters, example: example, programs: programs)
    let dWf = try #require(model.backward.operation(named: "dWf"))
    var sum = Matrix.zeros(Shape(3, 5))
    for t in [9, 8, 7, 6] { _ = try replay.run(dWf, t: t, into: &sum) }
    #expect(sums[4] == sum)
    #expect(run.checkpoints["Why"] == nil)  // one accumulation: none
  }
}
