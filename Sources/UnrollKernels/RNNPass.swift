#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The arithmetic of one RNN training sample, forward and backward, over flat buffers:
/// the loops of UnrollKit's `FastTraining` (which holds the buffers, the head, the
/// optimiser's bookkeeping and the fallback to the interpreter).
///
/// It must equal the interpreter running `RNN.forward` with `RNN.backward` or the
/// documents' `DocumentRNN.document` bit for bit: the same operations in the same order
/// through the same `Kernels`. `FastTrainingTests` holds it there, for this module and
/// for UnrollKernelsAVX2, which compiles this very file for AVX2 (one source, two
/// builds; FastTraining picks the AVX2 one only after the processor check).
///
/// `theta` and `g` hold Wxh (hidden, input), Whh (hidden, hidden), Why (1, hidden),
/// bh (hidden, 1), by (1, 1) one after another, each row by row, at `offsets`.
/// `h` holds h_0 … h_T, row t = h_t; `dhRaw` (steps, hidden) holds dh_raw at step t in
/// row T − t, for the weight gradients' outer products after the loop. Each function
/// returns a word that is non-zero when some value it produced was NaN or infinite.
public enum RNNPass {
  /// Sizes and where each parameter starts: input, hidden, steps; Wxh, Whh, Why, bh, by.
  public typealias Layout = (
    input: Int, hidden: Int, steps: Int, wxh: Int, whh: Int, why: Int, bh: Int, by: Int
  )

  /// RNN.forward: h_t = tanh(Wxh · x_t + Whh · h_{t-1} + bh) for t = 1 … T, h_0 = 0.
  public static func forward(
    _ l: Layout, theta W: UnsafePointer<Double>, x: UnsafePointer<Double>,
    h: UnsafeMutablePointer<Double>, vectorTanh: Bool
  ) -> UInt64 {
    let (n, m) = (l.input, l.hidden)
    var bad: UInt64 = 0
    for i in 0..<m { h[i] = 0 }
    for t in 1...l.steps {
      let xt = x + (t - 1) * n
      let previous = h + (t - 1) * m
      let ht = h + t * m
      // Entry i is `(Wxh[i] · x_t + Whh[i] · h_{t-1}) + bh[i]`, four rows at a time.
      var i = 0
      while i + 4 <= m {
        let a = Kernels.dot4(n, W + l.wxh + i * n, stride: n, xt)
        let b = Kernels.dot4(m, W + l.whh + i * m, stride: m, previous)
        let sum = (a + b) + UnsafeRawPointer(W + l.bh + i).loadUnaligned(as: SIMD4<Double>.self)
        UnsafeMutableRawPointer(ht + i).storeBytes(of: sum, as: SIMD4<Double>.self)
        i += 4
      }
      while i < m {
        var a = Kernels.dot(n, W + l.wxh + i * n, xt)
        a += Kernels.dot(m, W + l.whh + i * m, previous)
        a += W[l.bh + i]
        ht[i] = a  // the pre-activation, replaced by its tanh below
        i += 1
      }
      Kernels.tanh(m, ht, ht, vector: vectorTanh)
      for i in 0..<m { bad |= nonFiniteBit(ht[i]) }
    }
    return bad
  }

  /// The backward pass from `dy` (dL/dy_pred): the head's dWhy and dby, then BPTT into
  /// dWxh, dWhh, dbh; leaves every gradient in `g` (zeroed first, `count` entries).
  ///
  /// `document` is any notes' pass (its dWhy goes through `Matrix.dot`, which skips a zero
  /// dy_pred entry by entry); `everyStep` adds Whyᵀ · dy_pred to dh at every step, not at T
  /// only; `finalH` takes 1 − h_T² at every step, not 1 − h_t².
  public static func backward(
    _ l: Layout, count: Int, document: Bool, everyStep: Bool, finalH: Bool, dy: Double,
    theta W: UnsafePointer<Double>, x: UnsafePointer<Double>, h: UnsafePointer<Double>,
    g: UnsafeMutablePointer<Double>, dh: UnsafeMutablePointer<Double>,
    dhRaw: UnsafeMutablePointer<Double>, dhNext: UnsafeMutablePointer<Double>
  ) -> UInt64 {
    let (n, m, T) = (l.input, l.hidden, l.steps)
    var bad: UInt64 = 0
    let hT = h + T * m
    for k in 0..<count { g[k] = 0 }
    if document {
      for j in 0..<m {
        // dWhy.add(dy_pred.dot(h_Tᵀ)): the product skips a zero dy_pred.
        var term = 0.0
        if dy != 0 { term += dy * hT[j] }
        g[l.why + j] += term
      }
    } else if dy != 0 {
      Kernels.axpy(m, dy, hT, g + l.why)  // addOuterProducts
    }
    g[l.by] += dy

    for i in 0..<m { dhNext[i] = 0 }  // dh_next at T + 1
    for t in stride(from: T, through: 1, by: -1) {
      let ht = h + t * m
      // dh = Whyᵀ · dy_pred + dh_next at every step (the notes') or at T only.
      if everyStep || t == T {
        for i in 0..<m { dh[i] = 0 }
        Kernels.axpy(m, dy, W + l.why, dh)
        for i in 0..<m { dh[i] += dhNext[i] }
      } else {
        for i in 0..<m { dh[i] = dhNext[i] }
      }
      // dh_raw = dh ⊙ (1 − h²), h the notes' h_T or this step's h_t; row T − t of dhRaw.
      let tanhAt = finalH ? hT : ht
      let d = dhRaw + (T - t) * m
      for i in 0..<m {
        d[i] = (1 - tanhAt[i] * tanhAt[i]) * dh[i]
        bad |= nonFiniteBit(dh[i]) | nonFiniteBit(d[i])
      }
      for i in 0..<m { g[l.bh + i] += d[i] }
      // dh_next = Whhᵀ · dh_raw: Matrix.transposedDot, four rows at a time.
      Kernels.transposedColumn(rows: m, cols: m, W + l.whh, d, dhNext)
      for i in 0..<m { bad |= nonFiniteBit(dhNext[i]) }
    }
    // dWxh += dh_raw · x_tᵀ, dWhh += dh_raw · h_{t-1}ᵀ for t = T … 1: addOuter's rows,
    // each entry's terms in the steps' order, a row at a time (`addOuterProducts`).
    for i in 0..<m {
      Kernels.axpyTerms(
        n, T, dhRaw + i, aStride: m, x + (T - 1) * n, xStride: -n, g + l.wxh + i * n)
      Kernels.axpyTerms(
        m, T, dhRaw + i, aStride: m, h + (T - 1) * m, xStride: -m, g + l.whh + i * m)
    }
    for k in 0..<count { bad |= nonFiniteBit(g[k]) }
    return bad
  }

  /// `sum[i] = g[i]` when `first`, else `sum[i] += g[i]` (`Parameters.add`), i < n.
  public static func accumulate(
    _ n: Int, _ g: UnsafePointer<Double>, into sum: UnsafeMutablePointer<Double>, first: Bool
  ) {
    if first {
      for i in 0..<n { sum[i] = g[i] }
    } else {
      for i in 0..<n { sum[i] += g[i] }
    }
  }

  /// `theta[i] -= rate · sum[i]` (`Parameters.descend`), i < n.
  public static func descend(
    _ n: Int, rate: Double, _ sum: UnsafePointer<Double>, _ theta: UnsafeMutablePointer<Double>
  ) {
    for i in 0..<n { theta[i] -= rate * sum[i] }
  }

  /// `AdamState.step`, entry by entry with its constants: the batch's mean gradient
  /// `sum[i] · scale`, moments `m` and `v`, the update's `step`-th bias corrections.
  public static func adam(
    _ n: Int, step: Int, learningRate lr: Double, scale: Double, _ sum: UnsafePointer<Double>,
    m: UnsafeMutablePointer<Double>, v: UnsafeMutablePointer<Double>,
    _ theta: UnsafeMutablePointer<Double>
  ) {
    let (beta1, beta2, eps) = (0.9, 0.999, 1e-8)
    let correction1 = 1 - pow(beta1, Double(step))
    let correction2 = 1 - pow(beta2, Double(step))
    for i in 0..<n {
      let gi = sum[i] * scale
      m[i] = beta1 * m[i] + (1 - beta1) * gi
      v[i] = beta2 * v[i] + (1 - beta2) * gi * gi
      let denominator = v[i].squareRoot() / correction2.squareRoot() + eps
      theta[i] -= lr / correction1 * m[i] / denominator
    }
  }

  /// 1 when `value` is NaN or infinite, else 0: `Matrix.isFinite`'s test, branch-free.
  @inline(__always)
  static func nonFiniteBit(_ value: Double) -> UInt64 {
    ((value.bitPattern & 0x7FF0_0000_0000_0000) &+ 0x0010_0000_0000_0000) >> 63
  }
}
