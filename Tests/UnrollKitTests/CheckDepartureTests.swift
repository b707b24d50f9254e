import Testing
import UnrollPython

@testable import UnrollKit

/// The first-departure rule on execution events made by hand from the engine's own
/// values: the correct RNN pass written out as a learner would, then with one line wrong.
@Suite struct CheckDepartureTests {
  static let model = Model(.rnn, sizes: Sizes(input: 2, hidden: 4, steps: 5))

  /// The learner's lines, as (line, name, value) per stretch, built from a correct trace.
  struct Script {
    var forward: [[(Int, String, Matrix)]] = []  // one list per iteration
    var forwardAfter: [(Int, String, Matrix)] = []
    var backwardBefore: [(Int, String, Matrix)] = []
    var backward: [[(Int, String, Matrix)]] = []  // t = T … 1
  }

  static func correctScript(_ trace: Trace) throws -> Script {
    let steps = trace.model.sizes.steps
    var script = Script()
    for t in 1...steps {
      script.forward.append([(69, "h", try #require(trace.value("h_t", t: t)))])
    }
    script.forwardAfter = [(73, "y_pred", try #require(trace.value("y_pred")))]
    let dy = try #require(trace.value("dy_pred"))
    let why = try #require(trace.parameters["Why"])
    script.backwardBefore = [
      (80, "dy", dy), (81, "dWhy", try #require(trace.gradients["Why"])), (82, "dby", dy),
      (85, "dWxh", Matrix.zeros(Shape(4, 2))), (86, "dWhh", Matrix.zeros(Shape(4, 4))),
      (87, "dbh", Matrix.zeros(Shape(4, 1))),
      // Started before the loop as ∂L/∂h_T: right, as the issue says.
      (89, "dh_next", try why.transposedDot(dy)),
    ]
    var dWxh = Matrix.zeros(Shape(4, 2))
    var dWhh = Matrix.zeros(Shape(4, 4))
    var dbh = Matrix.zeros(Shape(4, 1))
    for t in stride(from: steps, through: 1, by: -1) {
      let dhRaw = try #require(trace.value("dh_raw", t: t))
      try dWxh.addOuter(dhRaw, trace.example.column(t - 1))
      try dWhh.addOuter(
        dhRaw, trace.value("h_t", t: t - 1) ?? Matrix.zeros(Shape(4, 1)))
      try dbh.add(dhRaw)
      script.backward.append([
        (91, "dh", try #require(trace.value("dh", t: t))), (92, "dh_raw", dhRaw),
        (93, "dWxh", dWxh), (94, "dWhh", dWhh), (95, "dbh", dbh),
        (96, "dh_next", try #require(trace.value("dh_next", t: t))),
      ])
    }
    return script
  }

  static func events(_ script: Script, steps: Int) -> [[ExecutionEvent]] {
    func assignment(_ line: Int, _ name: String, _ value: Matrix, _ loops: [LoopFrame])
      -> ExecutionEvent
    {
      .assignment(
        Assignment(
          line: line, source: "\(name) = …", function: "RNN.f", target: name, name: name,
          isAttribute: false, op: nil, value: PyValue(NDArray(value)), factors: [], loops: loops,
          depth: 0))
    }
    var forward: [ExecutionEvent] = []
    for (k, lines) in script.forward.enumerated() {
      let frame = LoopFrame(
        line: 68, variable: "t", iteration: k, value: k, isReversed: false, count: steps)
      forward += lines.map { assignment($0.0, $0.1, $0.2, [frame]) }
      forward.append(.iterationEnded(frame, function: "RNN.forward"))
    }
    forward += script.forwardAfter.map { assignment($0.0, $0.1, $0.2, []) }
    var backward = script.backwardBefore.map { assignment($0.0, $0.1, $0.2, []) }
    for (k, lines) in script.backward.enumerated() {
      let frame = LoopFrame(
        line: 90, variable: "t", iteration: k, value: steps - 1 - k, isReversed: true,
        count: steps)
      backward += lines.map { assignment($0.0, $0.1, $0.2, [frame]) }
      backward.append(.iterationEnded(frame, function: "RNN.backward"))
    }
    return [forward, backward]
  }

  static func finder(_ trace: Trace) -> DepartureFinder {
    let programs = [model.forward, model.backward]
    return DepartureFinder(
      names: CheckedNames(model),
      reference: ReferencePass(
        programs: programs, recording: trace.recording, parameters: trace.parameters,
        example: trace.example),
      deviations: [])
  }

  static func trace() throws -> Trace {
    try Trace(
      model: model, parameters: model.initialParameters(seed: 4),
      example: .random(model.sizes, seed: 4))
  }

  @Test func theCorrectPassHasNoDeparture() throws {
    let trace = try Self.trace()
    let script = try Self.correctScript(trace)
    #expect(Self.finder(trace).firstDeparture(in: Self.events(script, steps: 5)) == nil)
  }

  @Test func aWrongForwardIsFoundBeforeAnyBackwardLine() throws {
    let trace = try Self.trace()
    var script = try Self.correctScript(trace)
    script.forward[2][0].2 = 2 * script.forward[2][0].2
    script.backward[1][1].2 = 2 * script.backward[1][1].2
    let departure = try #require(
      Self.finder(trace).firstDeparture(in: Self.events(script, steps: 5)))
    #expect(departure.line == 69)
    #expect(departure.t == 3)
    #expect(departure.record == "h_t")
  }

  @Test func aWrongDhRawIsFoundAtItsStepWithItsInputs() throws {
    let trace = try Self.trace()
    var script = try Self.correctScript(trace)
    // Step t = 4 (the second of the backward loop): σ' forgotten, dh_raw = dh.
    script.backward[1][1].2 = script.backward[1][0].2
    let departure = try #require(
      Self.finder(trace).firstDeparture(in: Self.events(script, steps: 5)))
    #expect(departure.line == 92)
    #expect(departure.t == 4)
    #expect(departure.name == "dh_raw")
    #expect(departure.formula == "dh_raw = dh ⊙ (1 − h_t²)")
    #expect(departure.correct == trace.value("dh_raw", t: 4))
    #expect(departure.inputs.first?.name == "dh")
    #expect(departure.inputs.first?.status == .agrees(name: "dh", line: 91))
    #expect(departure.notes.contains("it equals the correct dh at t=4"))
  }

  @Test func theBiasAssignedInsteadOfAccumulatedDepartsAtTheSecondStep() throws {
    let trace = try Self.trace()
    var script = try Self.correctScript(trace)
    for k in script.backward.indices {
      script.backward[k][4].2 = script.backward[k][1].2  // dbh = dh_raw
    }
    let departure = try #require(
      Self.finder(trace).firstDeparture(in: Self.events(script, steps: 5)))
    // At t = T the first partial sum is dh_raw itself: on track; at T − 1 it is not.
    #expect(departure.line == 95)
    #expect(departure.t == 4)
    #expect(departure.record == "dbh")
  }

  @Test func aTransposedValueIsAnotherShapeAndSaysSo() throws {
    let trace = try Self.trace()
    var script = try Self.correctScript(trace)
    script.backward[0][5].2 = script.backward[0][5].2.transposed
    let departure = try #require(
      Self.finder(trace).firstDeparture(in: Self.events(script, steps: 5)))
    #expect(departure.name == "dh_next")
    #expect(departure.t == 5)
    #expect(departure.learner.shape == [1, 4])
    #expect(departure.notes.first?.hasPrefix("transposed") == true)
  }

  @Test func namesAreMatchedWithoutCaseOrUnderscores() {
    let names = CheckedNames(Model(.lstm, sizes: Sizes.defaults(for: .lstm)))
    #expect(names.meaning(of: "dhraw") == nil)  // the LSTM has no dh_raw
    #expect(names.meaning(of: "dhnext")?.quantity == "dh")
    #expect(names.meaning(of: "dC_tilda")?.record == "dC_tilde")
    #expect(names.meaning(of: "dC_next")?.quantity == "dC_next")
    #expect(names.meaning(of: "C_prev")?.record == "C_t")
    #expect(names.meaning(of: "dWC")?.record == "dWC")
    #expect(names.meaning(of: "loss") == nil)
    let rnn = CheckedNames(Model(.rnn, sizes: Sizes.defaults(for: .rnn)))
    #expect(rnn.meaning(of: "dhraw")?.record == "dh_raw")
    #expect(rnn.meaning(of: "h")?.record == "h_t")
  }

  @Test func theModelIsInferredFromTheParameterNames() {
    #expect(LearnerCheck.inferredModel("x = self.Wf @ c") == .lstm)
    #expect(LearnerCheck.inferredModel("r = sigmoid(self.Wr @ c)") == .gru)
    #expect(LearnerCheck.inferredModel("self.Wfoo = 1\nself.Wxh") == .rnn)
  }
}
