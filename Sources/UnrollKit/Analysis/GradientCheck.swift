/// Analytic gradients against centred finite differences, in Double.
public enum GradientCheck {
  /// The step of the centred difference `(L(θ + h) − L(θ − h)) / 2h`.
  ///
  /// Its truncation error is about h²·L'''/6 (1e-10 relative here); its round-off is
  /// about ε·|L| / h with ε = 2.2e-16, so about 1e-11 in absolute terms. A gradient
  /// entry far smaller than that cannot be resolved, which is what `noiseFloor` is for.
  public static let step = 1e-3

  /// Entries whose analytic and numeric values are both below this are compared on this
  /// absolute scale instead of their own: `|a − n| / max(|a|, |n|, noiseFloor)`.
  ///
  /// At 1e-4 the round-off of the difference quotient (about 1e-11) gives at most
  /// 1e-7 relative, so a correct gradient passes and a wrong one larger than 1e-11
  /// in absolute terms still fails.
  public static let noiseFloor = 1e-6

  /// The bar: a parameter whose largest relative error is above it fails.
  public static let tolerance = 1e-7

  /// One parameter's result.
  public struct Result: Sendable, Equatable {
    /// The parameter's name.
    public let name: String
    /// Its shape.
    public let shape: Shape
    /// How many entries were checked.
    public let checked: Int
    /// The largest relative error over the checked entries.
    public let maxRelativeError: Double
    /// The (row, column) of the worst entry.
    public let worst: (row: Int, col: Int)
    /// The analytic gradient at the worst entry.
    public let analytic: Double
    /// The numeric gradient at the worst entry.
    public let numeric: Double

    /// Whether the largest relative error is within the tolerance.
    public var passed: Bool { maxRelativeError <= GradientCheck.tolerance }

    /// Equal when every field is.
    public static func == (a: Result, b: Result) -> Bool {
      a.name == b.name && a.shape == b.shape && a.checked == b.checked
        && a.maxRelativeError == b.maxRelativeError && a.worst == b.worst
        && a.analytic == b.analytic && a.numeric == b.numeric
    }
  }

  /// `|a − n| / max(|a|, |n|, noiseFloor)`; 0 when both are 0.
  public static func relativeError(_ a: Double, _ n: Double) -> Double {
    let scale = max(abs(a), abs(n), noiseFloor)
    return abs(a - n) / scale
  }

  /// Which entries of each parameter a check visits.
  public enum Entries: Sendable, Equatable {
    /// At most this many, spread evenly over the matrix (every entry for `.max`).
    case spread(Int)
    /// This many drawn at random without replacement from `seed` (every entry of a
    /// parameter that has fewer), as CS231n's notes check a large network.
    case sample(Int, seed: UInt64)

    /// Every entry.
    public static let all = Entries.spread(.max)

    /// How many of `count` entries are checked.
    public func checked(of count: Int) -> Int {
      switch self {
      case .spread(let most):
        return most >= count ? count : (count + stride(count) - 1) / stride(count)
      case .sample(let n, _): return min(max(n, 0), count)
      }
    }

    /// The stride of `.spread` over `count` entries.
    func stride(_ count: Int) -> Int {
      guard case .spread(let most) = self, most < count else { return 1 }
      return (count + most - 1) / max(most, 1)
    }

    /// The flat indices to check among `count`, in increasing order; `generator` draws
    /// the sample, one generator for all the parameters in order.
    func indices(_ count: Int, _ generator: inout SeededGenerator) -> [Int] {
      switch self {
      case .spread:
        return Array(Swift.stride(from: 0, to: count, by: stride(count)))
      case .sample(let n, _):
        guard n < count else { return Array(0..<count) }
        // Floyd's algorithm: n distinct indices without a list of all of them.
        var chosen = Set<Int>()
        for j in (count - max(n, 0))..<count {
          let t = Int.random(in: 0...j, using: &generator)
          chosen.insert(chosen.contains(t) ? j : t)
        }
        return chosen.sorted()
      }
    }
  }

  /// Checks every parameter of `model` on `example`, the `entries` of each, against the
  /// correct BPTT's gradients.
  ///
  /// Under truncated BPTT the differences are taken of the truncated objective, whose
  /// gradient the truncated pass computes: the same loss with the state entering each
  /// chunk held at its value at `parameters` (`Model.truncatedLoss`).
  public static func run(
    _ model: Model, parameters: Parameters, example: Example, entries: Entries = .all
  ) throws -> [Result] {
    let recording = model.run(parameters, on: example)
    if let failure = recording.failure { throw failure }
    let frozen = try model.frozenStates(parameters, on: example)
    return try run(
      parameters: parameters, gradients: recording.gradients, entries: entries,
      loss: model.lossFunction(on: example, like: parameters, frozen: frozen))
  }

  /// Checks every parameter of `model` on `example`, at most `maxEntries` entries
  /// of each (spread evenly over the matrix), against the correct BPTT's gradients.
  public static func run(
    _ model: Model, parameters: Parameters, example: Example, maxEntries: Int
  ) throws -> [Result] {
    try run(model, parameters: parameters, example: example, entries: .spread(maxEntries))
  }

  /// Checks `gradients` against centred differences of `loss` around `parameters`, at
  /// most `maxEntries` entries of each parameter, spread evenly.
  public static func run(
    parameters: Parameters, gradients: Parameters, maxEntries: Int,
    loss: (Parameters) throws -> Double
  ) throws -> [Result] {
    try run(parameters: parameters, gradients: gradients, entries: .spread(maxEntries), loss: loss)
  }

  /// Checks `gradients` against centred differences of `loss` around `parameters`, the
  /// `entries` of each parameter.
  ///
  /// `loss` may read the parameters in any layout: the PyTorch layout's check nudges a
  /// `state_dict` entry, maps it to the notes' parameters and runs the forward pass.
  /// It may also throw to stop the check (a time limit).
  public static func run(
    parameters: Parameters, gradients: Parameters, entries: Entries = .all,
    loss: (Parameters) throws -> Double
  ) throws -> [Result] {
    var results: [Result] = []
    var seed: UInt64 = 0
    if case .sample(_, let given) = entries { seed = given }
    var generator = SeededGenerator(seed: seed, stream: 3)
    for (name, value) in parameters.ordered {
      guard let gradient = gradients[name], gradient.shape == value.shape else { continue }
      var worst = (error: -1.0, index: 0, analytic: 0.0, numeric: 0.0)
      var checked = 0
      for index in entries.indices(value.count, &generator) {
        func nudged(_ offset: Double) throws -> Double {
          var shifted = parameters
          shifted.values[name]?.scalars[index] += offset
          return try loss(shifted)
        }
        // The five-point centred difference: the two-point one's h² error cancelled.
        let numeric =
          try (8 * (nudged(step) - nudged(-step)) - (nudged(2 * step) - nudged(-2 * step)))
          / (12 * step)
        let analytic = gradient.scalars[index]
        let error = relativeError(analytic, numeric)
        if error > worst.error || error.isNaN { worst = (error, index, analytic, numeric) }
        checked += 1
      }
      results.append(
        Result(
          name: name, shape: value.shape, checked: checked, maxRelativeError: max(worst.error, 0),
          worst: (worst.index / max(value.cols, 1), worst.index % max(value.cols, 1)),
          analytic: worst.analytic, numeric: worst.numeric))
    }
    return results
  }
}

extension Model {
  /// `loss(_:on:frozen:)` for the many nudged copies of `parameters` a gradient check runs.
  ///
  /// The forward program is prepared once (its names given slots), no records or stop
  /// log are kept, and the loss is read from the run's outputs: the same operations in
  /// the same order, so the same numbers (`GradientCheckTests`).
  public func lossFunction(
    on example: Example, like parameters: Parameters, frozen: [String: [Int: Matrix]] = [:]
  ) -> (Parameters) throws -> Double {
    let plan = Interpreter.Plan([forward], parameters: parameters)
    return { nudged in
      let recording = Interpreter.run(
        plan, parameters: nudged, example: example, keepsRecords: false, frozen: frozen)
      if let failure = recording.failure { throw failure }
      guard let loss = recording.outputs["loss"]?.scalar else {
        throw EngineError.unknownValue(name: "loss", t: nil)
      }
      return loss
    }
  }
}
