import UnrollKernels
import UnrollKernelsAVX2

/// The RNN's training loop without the interpreter: the same numbers, without the bookkeeping.
///
/// It must equal `Training.interpreted` running `RNN.forward` with `RNN.backward`
/// (`--bptt correct`) or `DocumentRNN.document` with any of its deviations kept
/// (`--bptt document`, and `train --compare`'s ablation) bit for bit: every
/// value below is computed by the same operations, in the same order, through the same
/// kernels (`Kernels.dot`, `axpy`, `axpy4`) and the same `Activation.tanh` and `sigmoid`,
/// as the programs' closures compute it (tanh a timestep's column at a time, through
/// `VectorTanh` where that equals glibc's, `VectorTanhTests`). The loops themselves are
/// `RNNPass` in Sources/UnrollKernels (optimised in debug builds too), run from
/// UnrollKernelsAVX2, the same file built for AVX2, when the processor has it.
/// `FastTrainingTests` holds both builds there, on both passes, SGD and Adam, at sizes
/// and seeds other than the defaults; a change to one of those programs must be made
/// in RNNPass too, or that test fails.
///
/// What it leaves out is what training never reads: no `Record`s, no names, no value
/// store, no `Matrix` per value. The buffers are allocated once per run. A sample that
/// goes NaN or infinite is handed to the interpreter, which names the first culprit.
enum FastTraining {
  /// The run `Training.interpreted` would make, or nil when this path does not cover it
  /// (another cell, the verbatim pass, parameters or samples of other shapes).
  static func run(
    _ model: Model, from parameters: Parameters, on data: [Example], options: TrainingOptions,
    lanes: Lanes = .preferred, progress: ((Int, Int) throws -> Void)?
  ) throws -> TrainingResult? {
    // The loss at every step, truncated BPTT and clipping are not written here: the
    // interpreter runs them (`Training.interpreted`).
    guard model.kind == .rnn, model.objective == .notes, options.clipping == nil,
      options.bptt == .correct || options.bptt == .document,
      !data.isEmpty, options.batchSize >= 1, options.epochs >= 0,
      var net = RNNBuffers(model.sizes, parameters, lanes),
      data.allSatisfy({ $0.x.rows == model.sizes.steps && $0.x.cols == model.sizes.input })
    else { return nil }
    let programs = [model.forward, try options.backward(model)]
    let pass = RNNBuffers.Pass(options)
    let count = net.theta.count
    var sum = [Double](repeating: 0, count: count)
    var m = [Double](repeating: 0, count: count)  // Adam's moments, as `AdamState`
    var v = [Double](repeating: 0, count: count)
    var adamStep = 0
    var history: [EpochResult] = []
    var shuffler = options.shuffleSeed.map { SeededGenerator(seed: $0, stream: 3) }
    var order = Array(data.indices)
    for epoch in stride(from: 1, through: options.epochs, by: 1) {
      if var generator = shuffler {
        order.shuffleInOrder(using: &generator)
        shuffler = generator
      }
      var totalLoss = 0.0
      var hits = 0
      var start = 0
      while start < data.count {
        let end = min(start + options.batchSize, data.count)
        for position in start..<end {
          let index = order[position]
          let example = data[index]
          let p = net.sample(example, pass)
          if !net.finite {
            throw Training.nonFinite(
              programs, net.parameters(like: parameters), example, epoch: epoch,
              sample: index + 1)
          }
          totalLoss += Training.noteLoss(p: p, y: example.y)
          if (p > 0.5) == (example.y > 0.5) { hits += 1 }
          net.accumulate(into: &sum, first: position == start)
          try progress?(epoch, position + 1)
        }
        let scale = 1 / Double(end - start)
        switch options.optimizer {
        case .sgd:
          net.descend(rate: options.learningRate * scale, sum)  // `Parameters.descend`
        case .adam:
          adamStep += 1
          net.adam(step: adamStep, learningRate: options.learningRate, scale: scale, sum, &m, &v)
        }
        start = end
      }
      history.append(
        EpochResult(
          epoch: epoch, loss: totalLoss / Double(data.count),
          accuracy: Double(hits) / Double(data.count)))
    }
    return TrainingResult(epochs: history, parameters: net.parameters(like: parameters))
  }

  /// Which build of `RNNPass` runs: the baseline's, or UnrollKernelsAVX2's (the same
  /// numbers, four lanes to a register), which needs a processor with AVX2.
  enum Lanes {
    case baseline, avx2

    /// AVX2 when this processor has it, else the baseline.
    static let preferred: Lanes = CPUFeatures.hasAVX2 ? .avx2 : .baseline
    /// The builds that may run here (for the tests).
    static var available: [Lanes] { CPUFeatures.hasAVX2 ? [.baseline, .avx2] : [.baseline] }
  }
}

/// The RNN's parameters, gradients and per-sample values in flat buffers made once.
///
/// `theta` and `gradient` hold Wxh, Whh, Why, bh, by one after another, each row by row.
private struct RNNBuffers {
  let input: Int
  let hidden: Int
  let steps: Int
  /// Where each parameter starts in `theta` and `gradient`, in `names` order.
  let offsets: [Int]
  let layout: UnrollKernels.RNNPass.Layout
  let lanes: FastTraining.Lanes
  let vectorTanh = Activation.vectorTanhIsExact
  static let names = ["Wxh", "Whh", "Why", "bh", "by"]

  var theta: [Double]
  var gradient: [Double]
  /// h_0 … h_T, row t = h_t: the forward's `h_t` and the documents' `hs`.
  var h: [Double]
  var dh: [Double]
  var dhRaw: [Double]
  var dhNext: [Double]
  /// Whether every value of the last sample was finite, as `Matrix.isFinite` tests them.
  var finite = true

  /// Buffers for `parameters`, or nil unless it holds exactly the RNN's five of their shapes.
  init?(_ sizes: Sizes, _ parameters: Parameters, _ lanes: FastTraining.Lanes) {
    self.lanes = lanes
    input = sizes.input
    hidden = sizes.hidden
    steps = sizes.steps
    guard input >= 1, hidden >= 1, steps >= 1, parameters.values.count == Self.names.count
    else { return nil }
    let shapes = [
      Shape(hidden, input), Shape(hidden, hidden), Shape(1, hidden), Shape(hidden, 1), Shape(1, 1),
    ]
    var offsets: [Int] = []
    var theta: [Double] = []
    for (name, shape) in zip(Self.names, shapes) {
      guard let value = parameters.values[name], value.shape == shape else { return nil }
      offsets.append(theta.count)
      theta += value.scalars
    }
    self.offsets = offsets
    layout = (input, hidden, steps, offsets[0], offsets[1], offsets[2], offsets[3], offsets[4])
    self.theta = theta
    gradient = [Double](repeating: 0, count: theta.count)
    h = [Double](repeating: 0, count: (steps + 1) * hidden)
    dh = [Double](repeating: 0, count: hidden)
    dhRaw = [Double](repeating: 0, count: steps * hidden)  // row T − t: dh_raw at step t
    dhNext = [Double](repeating: 0, count: hidden)
  }

  /// The parameters as `Parameters`, in the names and order of `like`.
  func parameters(like original: Parameters) -> Parameters {
    var values: [String: Matrix] = [:]
    for (k, name) in Self.names.enumerated() {
      guard let shape = original.values[name]?.shape else { continue }
      let slice = theta[offsets[k]..<(offsets[k] + shape.rows * shape.cols)]
      values[name] = try? Matrix(rows: shape.rows, cols: shape.cols, scalars: Array(slice))
    }
    return Parameters(trusting: original.names, values: values)
  }

  /// Which backward pass `sample` runs: the correct one, or the notes' with some of its
  /// deviations (all three for `--bptt document`).
  struct Pass {
    /// Any notes' pass: its dWhy goes through `Matrix.dot`, which skips a zero dy_pred.
    let document: Bool
    /// `dy_pred = (y_pred − y)·σ'(y_pred)`, not `σ(y_pred) − y`.
    let onLogit: Bool
    /// `Whyᵀ · dy_pred` added to dh at every step, not at T only.
    let everyStep: Bool
    /// `1 − h_T²` at every step, not `1 − h_t²`.
    let finalH: Bool

    /// The pass `options` train with.
    init(_ options: TrainingOptions) {
      document = options.bptt == .document
      let kept = document ? options.deviations : []
      onLogit = kept.contains(.outputErrorOnLogit)
      everyStep = kept.contains(.outputGradientAtEveryStep)
      finalH = kept.contains(.finalHiddenInTanhDerivative)
    }
  }

  /// Forward and backward on one example: returns p, leaves the gradients in `gradient`.
  mutating func sample(_ example: Example, _ pass: Pass) -> Double {
    let (l, m, lanes, vectorTanh) = (layout, hidden, lanes, vectorTanh)
    let count = theta.count
    var bad: UInt64 = 0
    var p = 0.0
    theta.withUnsafeBufferPointer { theta in
      example.x.scalars.withUnsafeBufferPointer { x in
        h.withUnsafeMutableBufferPointer { h in
          gradient.withUnsafeMutableBufferPointer { g in
            dh.withUnsafeMutableBufferPointer { dh in
              dhRaw.withUnsafeMutableBufferPointer { dhRaw in
                dhNext.withUnsafeMutableBufferPointer { dhNext in
                  guard let W = theta.baseAddress, let x = x.baseAddress, let h = h.baseAddress,
                    let g = g.baseAddress, let dh = dh.baseAddress, let dhRaw = dhRaw.baseAddress,
                    let dhNext = dhNext.baseAddress
                  else { return }
                  // RNN.forward: h_t = tanh(Wxh · x_t + Whh · h_{t-1} + bh).
                  switch lanes {
                  case .baseline:
                    bad |= UnrollKernels.RNNPass.forward(
                      l, theta: W, x: x, h: h, vectorTanh: vectorTanh)
                  case .avx2:
                    bad |= UnrollKernelsAVX2.RNNPass.forward(
                      l, theta: W, x: x, h: h, vectorTanh: vectorTanh)
                  }
                  // Head.output: y_pred, p, loss.
                  let z = UnrollKernels.Kernels.dot(m, W + l.why, h + l.steps * m) + W[l.by]
                  p = Activation.sigmoid(z)
                  let y = example.y
                  let loss = Activation.binaryCrossEntropy(logit: z, label: y)
                  bad |= Self.nonFiniteBit(z) | Self.nonFiniteBit(p) | Self.nonFiniteBit(loss)
                  // The head's backward: Head.backward's dy = σ(z) − y, or the notes' dy_pred.
                  let dy: Double
                  if pass.document && pass.onLogit {
                    let s = Activation.sigmoid(z)
                    dy = (z - y) * (s * (1 - s))
                  } else {
                    dy = p - y  // dy = self.sigmoid(self.y_pred) - y_true
                  }
                  bad |= Self.nonFiniteBit(dy)
                  switch lanes {
                  case .baseline:
                    bad |= UnrollKernels.RNNPass.backward(
                      l, count: count, document: pass.document, everyStep: pass.everyStep,
                      finalH: pass.finalH, dy: dy, theta: W, x: x, h: h, g: g, dh: dh,
                      dhRaw: dhRaw, dhNext: dhNext)
                  case .avx2:
                    bad |= UnrollKernelsAVX2.RNNPass.backward(
                      l, count: count, document: pass.document, everyStep: pass.everyStep,
                      finalH: pass.finalH, dy: dy, theta: W, x: x, h: h, g: g, dh: dh,
                      dhRaw: dhRaw, dhNext: dhNext)
                  }
                }
              }
            }
          }
        }
      }
    }
    finite = bad == 0
    return p
  }

  /// `sum = gradient` for a batch's first sample, else `sum += gradient`.
  func accumulate(into sum: inout [Double], first: Bool) {
    let lanes = lanes
    gradient.withUnsafeBufferPointer { g in
      sum.withUnsafeMutableBufferPointer { s in
        let n = min(g.count, s.count)
        guard let g = g.baseAddress, let s = s.baseAddress else { return }
        switch lanes {
        case .baseline: UnrollKernels.RNNPass.accumulate(n, g, into: s, first: first)
        case .avx2: UnrollKernelsAVX2.RNNPass.accumulate(n, g, into: s, first: first)
        }
      }
    }
  }

  /// SGD's step on `theta` by the batch's summed gradients.
  mutating func descend(rate: Double, _ sum: [Double]) {
    let lanes = lanes
    theta.withUnsafeMutableBufferPointer { theta in
      sum.withUnsafeBufferPointer { s in
        let n = min(theta.count, s.count)
        guard let t = theta.baseAddress, let s = s.baseAddress else { return }
        switch lanes {
        case .baseline: UnrollKernels.RNNPass.descend(n, rate: rate, s, t)
        case .avx2: UnrollKernelsAVX2.RNNPass.descend(n, rate: rate, s, t)
        }
      }
    }
  }

  /// Adam's `step`-th update of `theta` by the batch's summed gradients, moments `m`, `v`.
  mutating func adam(
    step: Int, learningRate: Double, scale: Double, _ sum: [Double], _ m: inout [Double],
    _ v: inout [Double]
  ) {
    let lanes = lanes
    theta.withUnsafeMutableBufferPointer { theta in
      sum.withUnsafeBufferPointer { s in
        m.withUnsafeMutableBufferPointer { m in
          v.withUnsafeMutableBufferPointer { v in
            let n = min(theta.count, s.count, m.count, v.count)
            guard let t = theta.baseAddress, let s = s.baseAddress, let mp = m.baseAddress,
              let vp = v.baseAddress
            else { return }
            switch lanes {
            case .baseline:
              UnrollKernels.RNNPass.adam(
                n, step: step, learningRate: learningRate, scale: scale, s, m: mp, v: vp, t)
            case .avx2:
              UnrollKernelsAVX2.RNNPass.adam(
                n, step: step, learningRate: learningRate, scale: scale, s, m: mp, v: vp, t)
            }
          }
        }
      }
    }
  }

  /// 1 when `value` is NaN or infinite, else 0: `Matrix.isFinite`'s test, branch-free.
  @inline(__always)
  private static func nonFiniteBit(_ value: Double) -> UInt64 {
    ((value.bitPattern & 0x7FF0_0000_0000_0000) &+ 0x0010_0000_0000_0000) >> 63
  }
}
