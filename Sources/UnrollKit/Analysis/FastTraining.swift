#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The RNN's training loop without the interpreter: the same numbers, without the bookkeeping.
///
/// It must equal `Training.interpreted` running `RNN.forward` with `RNN.backward`
/// (`--bptt correct`) or `DocumentRNN.document` with any of its deviations kept
/// (`--bptt document`, and `train --compare`'s ablation) bit for bit: every
/// value below is computed by the same operations, in the same order, through the same
/// kernels (`Kernels.dot`, `axpy`, `axpy4`) and the same `Activation.tanh` and `sigmoid`,
/// as the programs' closures compute it (tanh a timestep's column at a time, through
/// `VectorTanh` where that equals glibc's, `VectorTanhTests`). `FastTrainingTests` holds it there, on both
/// passes, SGD and Adam, at sizes and seeds other than the defaults; a change to one of
/// those programs must be made here too, or that test fails.
///
/// What it leaves out is what training never reads: no `Record`s, no names, no value
/// store, no `Matrix` per value. The buffers are allocated once per run. A sample that
/// goes NaN or infinite is handed to the interpreter, which names the first culprit.
enum FastTraining {
  /// The run `Training.interpreted` would make, or nil when this path does not cover it
  /// (another cell, the verbatim pass, parameters or samples of other shapes).
  static func run(
    _ model: Model, from parameters: Parameters, on data: [Example], options: TrainingOptions,
    progress: ((Int, Int) throws -> Void)?
  ) throws -> TrainingResult? {
    // The loss at every step, truncated BPTT and clipping are not written here: the
    // interpreter runs them (`Training.interpreted`).
    guard model.kind == .rnn, model.objective == .notes, options.clipping == nil,
      options.bptt == .correct || options.bptt == .document,
      !data.isEmpty, options.batchSize >= 1, options.epochs >= 0,
      var net = RNNBuffers(model.sizes, parameters),
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
          if position == start {
            for i in 0..<count { sum[i] = net.gradient[i] }
          } else {
            for i in 0..<count { sum[i] += net.gradient[i] }  // `Parameters.add`
          }
          try progress?(epoch, position + 1)
        }
        let scale = 1 / Double(end - start)
        switch options.optimizer {
        case .sgd:
          let rate = options.learningRate * scale  // `Parameters.descend`
          for i in 0..<count { net.theta[i] -= rate * sum[i] }
        case .adam:
          // `AdamState.step`, entry by entry, with its constants.
          let (beta1, beta2, eps, lr) = (0.9, 0.999, 1e-8, options.learningRate)
          adamStep += 1
          let correction1 = 1 - pow(beta1, Double(adamStep))
          let correction2 = 1 - pow(beta2, Double(adamStep))
          for i in 0..<count {
            let gi = sum[i] * scale
            m[i] = beta1 * m[i] + (1 - beta1) * gi
            v[i] = beta2 * v[i] + (1 - beta2) * gi * gi
            let denominator = v[i].squareRoot() / correction2.squareRoot() + eps
            net.theta[i] -= lr / correction1 * m[i] / denominator
          }
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
  init?(_ sizes: Sizes, _ parameters: Parameters) {
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
    self.theta = theta
    gradient = [Double](repeating: 0, count: theta.count)
    h = [Double](repeating: 0, count: (steps + 1) * hidden)
    dh = [Double](repeating: 0, count: hidden)
    dhRaw = [Double](repeating: 0, count: hidden)
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
    let (n, m, T) = (input, hidden, steps)
    let (oWxh, oWhh, oWhy, obh, oby) = (offsets[0], offsets[1], offsets[2], offsets[3], offsets[4])
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
                  // RNN.forward: h_t = tanh(Wxh · x_t + Whh · h_{t-1} + bh), entry by entry.
                  for i in 0..<m { h[i] = 0 }
                  for t in 1...T {
                    let xt = x + (t - 1) * n
                    let previous = h + (t - 1) * m
                    let ht = h + t * m
                    for i in 0..<m {
                      var a = Kernels.dot(n, W + oWxh + i * n, xt)
                      a += Kernels.dot(m, W + oWhh + i * m, previous)
                      a += W[obh + i]
                      ht[i] = a  // the pre-activation, replaced by its tanh below
                    }
                    Activation.tanh(m, ht, ht)  // `Activation.tanh` of each, bit for bit
                    for i in 0..<m { bad |= Self.nonFiniteBit(ht[i]) }
                  }
                  // Head.output: y_pred, p, loss.
                  let hT = h + T * m
                  let z = Kernels.dot(m, W + oWhy, hT) + W[oby]
                  p = Activation.sigmoid(z)
                  let y = example.y
                  let loss = Activation.binaryCrossEntropy(logit: z, label: y)
                  bad |= Self.nonFiniteBit(z) | Self.nonFiniteBit(p) | Self.nonFiniteBit(loss)

                  for k in 0..<count { g[k] = 0 }
                  // The head's backward: Head.backward, or the notes' dy_pred, dWhy, dby.
                  let dy: Double
                  if pass.document {
                    if pass.onLogit {
                      let s = Activation.sigmoid(z)
                      dy = (z - y) * (s * (1 - s))
                    } else {
                      dy = p - y  // dy = self.sigmoid(self.y_pred) - y_true
                    }
                    for j in 0..<m {
                      // dWhy.add(dy_pred.dot(h_Tᵀ)): the product skips a zero dy_pred.
                      var term = 0.0
                      if dy != 0 { term += dy * hT[j] }
                      g[oWhy + j] += term
                    }
                  } else {
                    dy = p - y
                    if dy != 0 { Kernels.axpy(m, dy, hT, g + oWhy) }  // addOuterProducts
                  }
                  g[oby] += dy
                  bad |= Self.nonFiniteBit(dy)

                  for i in 0..<m { dhNext[i] = 0 }  // dh_next at T + 1
                  for t in stride(from: T, through: 1, by: -1) {
                    let ht = h + t * m
                    let previous = h + (t - 1) * m
                    let xt = x + (t - 1) * n
                    // dh = Whyᵀ · dy_pred + dh_next at every step (the notes') or at T only.
                    if pass.everyStep || t == T {
                      for i in 0..<m { dh[i] = 0 }
                      Kernels.axpy(m, dy, W + oWhy, dh)
                      for i in 0..<m { dh[i] += dhNext[i] }
                    } else {
                      for i in 0..<m { dh[i] = dhNext[i] }
                    }
                    // dh_raw = dh ⊙ (1 − h²), h the notes' h_T or this step's h_t.
                    let tanhAt = pass.finalH ? hT : ht
                    for i in 0..<m {
                      dhRaw[i] = (1 - tanhAt[i] * tanhAt[i]) * dh[i]
                      bad |= Self.nonFiniteBit(dh[i]) | Self.nonFiniteBit(dhRaw[i])
                    }
                    // dWxh += dh_raw · x_tᵀ, dWhh += dh_raw · h_{t-1}ᵀ: addOuter's rows.
                    for i in 0..<m where dhRaw[i] != 0 {
                      Kernels.axpy(n, dhRaw[i], xt, g + oWxh + i * n)
                      Kernels.axpy(m, dhRaw[i], previous, g + oWhh + i * m)
                    }
                    for i in 0..<m { g[obh + i] += dhRaw[i] }
                    // dh_next = Whhᵀ · dh_raw: Matrix.transposedDot, four rows at a time.
                    for i in 0..<m { dhNext[i] = 0 }
                    var k = 0
                    while k + 4 <= m {
                      let scales = (dhRaw[k], dhRaw[k + 1], dhRaw[k + 2], dhRaw[k + 3])
                      Kernels.axpy4(m, scales, W + oWhh + k * m, stride: m, dhNext)
                      k += 4
                    }
                    for k in k..<m { Kernels.axpy(m, dhRaw[k], W + oWhh + k * m, dhNext) }
                    for i in 0..<m { bad |= Self.nonFiniteBit(dhNext[i]) }
                  }
                  for k in 0..<count { bad |= Self.nonFiniteBit(g[k]) }
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

  /// 1 when `value` is NaN or infinite, else 0: `Matrix.isFinite`'s test, branch-free.
  @inline(__always)
  private static func nonFiniteBit(_ value: Double) -> UInt64 {
    ((value.bitPattern & 0x7FF0_0000_0000_0000) &+ 0x0010_0000_0000_0000) >> 63
  }
}
