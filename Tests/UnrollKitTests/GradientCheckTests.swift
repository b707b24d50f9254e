import Testing

@testable import UnrollKit

/// Analytic gradients of correct BPTT against centred differences, on the defaults
/// and on sizes and seeds chosen so that nothing is tuned to the defaults.
@Suite struct GradientCheckTests {
  /// Every cell of the registry at its defaults and at five other sizes and seeds.
  static let cases: [(ModelKind, Sizes, UInt64)] = ModelKind.allCases.flatMap {
    kind -> [(ModelKind, Sizes, UInt64)] in
    [
      (kind, Sizes.defaults(for: kind), 0),
      (kind, Sizes(input: 3, hidden: 7, steps: 13), 5),
      (kind, Sizes(input: 2, hidden: 4, steps: 1), 99),
      (kind, Sizes(input: 1, hidden: 2, steps: 2), 123_456_789),
      (kind, Sizes(input: 2, hidden: 3, steps: 6), 7),
      (kind, Sizes(input: 1, hidden: 1, steps: 1), 3),
    ]
  }

  @Test(arguments: 0..<cases.count)
  func correctBPTTMatchesFiniteDifferences(_ index: Int) throws {
    let (kind, sizes, seed) = Self.cases[index]
    let model = Model(kind, sizes: sizes)
    let results = try GradientCheck.run(
      model, parameters: model.initialParameters(seed: seed),
      example: .random(sizes, seed: seed))
    #expect(results.map(\.name) == model.parameterNames)
    for result in results {
      #expect(result.checked == result.shape.rows * result.shape.cols)
      #expect(result.maxRelativeError < 1e-7, "\(kind) \(sizes) \(result.name)")
    }
  }

  /// `dh` and `dC` are the full derivatives ∂L/∂h_t and ∂L/∂C_t: nudge h_t (or C_t)
  /// right after it is computed, let the nudge flow through every later step and the
  /// head, and the loss must move by `dh` (or `dC`) times the nudge.
  @Test(arguments: [
    (ModelKind.rnn, "h_t", "dh"), (.lstm, "h_t", "dh"), (.lstm, "C_t", "dC"), (.gru, "h_t", "dh"),
  ])
  func stateGradientsAreTheFullDerivatives(_ kind: ModelKind, _ state: String, _ grad: String)
    throws
  {
    let model = Model(kind, sizes: Sizes(input: 2, hidden: 3, steps: 5))
    let parameters = model.initialParameters(seed: 11)
    let example = Example.random(model.sizes, seed: 11)
    let recording = model.run(parameters, on: example)
    for t in 1...model.sizes.steps {
      let analytic = try #require(
        recording.records.first { $0.name == grad && $0.t == t }?.value.scalars)
      for k in 0..<model.sizes.hidden {
        func loss(_ offset: Double) throws -> Double {
          let nudged = nudging(model.forward, state, at: t, entry: k, by: offset)
          let run = Interpreter.run([nudged], parameters: parameters, example: example)
          return try #require(run.records.last?.value.scalar)
        }
        let h = GradientCheck.step
        let numeric = try (8 * (loss(h) - loss(-h)) - (loss(2 * h) - loss(-2 * h))) / (12 * h)
        #expect(
          GradientCheck.relativeError(analytic[k], numeric) < 1e-7, "\(grad)[\(k)] at t=\(t)")
      }
    }
  }

  /// `program` with `offset` added to entry `k` of `name` at timestep `t`.
  func nudging(_ program: Program, _ name: String, at t: Int, entry k: Int, by offset: Double)
    -> Program
  {
    let blocks = program.blocks.map { block in
      Block(
        block.phase, block.schedule,
        block.operations.map { operation in
          guard operation.name == name, case .assign(let compute) = operation.effect else {
            return operation
          }
          return .assign(name, operation.formula, line: operation.line) { c in
            var value = try compute(c)
            if c.t == t { value.scalars[k] += offset }
            return value
          }
        })
    }
    return Program(name: program.name, blocks: blocks, initialValues: program.initialValues)
  }

  /// The prepared loss (`Model.lossFunction`, records off) gives `Model.loss`'s bits on
  /// nudged parameters of every cell, and throws where it does.
  @Test(arguments: ModelKind.allCases)
  func preparedLossEqualsTheRecordedOne(_ kind: ModelKind) throws {
    let sizes = Sizes(input: 3, hidden: 7, steps: 13)
    let model = Model(kind, sizes: sizes)
    let parameters = model.initialParameters(seed: 5)
    let example = Example.random(sizes, seed: 5)
    let prepared = model.lossFunction(on: example, like: parameters)
    for (k, name) in parameters.names.enumerated() {
      var nudged = parameters
      nudged.values[name]?.scalars[0] += 1e-3 * Double(k + 1)
      let expected = try model.loss(nudged, on: example)
      #expect(try prepared(nudged).bitPattern == expected.bitPattern, "\(kind) \(name)")
    }
    var broken = parameters
    broken.values[parameters.names[0]] = Matrix(rows: 1, cols: 1)
    #expect(throws: (any Error).self) { try prepared(broken) }
  }

  @Test func relativeErrorIsScaledByTheLargerMagnitude() {
    #expect(GradientCheck.relativeError(2, 1) == 0.5)
    #expect(GradientCheck.relativeError(-1e-3, 1e-3) == 2)
    #expect(GradientCheck.relativeError(0, 0) == 0)
    // Below the noise floor the scale is the floor: 1e-12 apart is 1e-6 of 1e-6.
    #expect(abs(GradientCheck.relativeError(1e-9, 1e-9 + 1e-12) - 1e-6) < 1e-15)
  }
}
