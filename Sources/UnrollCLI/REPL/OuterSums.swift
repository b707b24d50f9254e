import UnrollKit

/// A fast replay of accumulations of the form `dW += a · bᵀ`: the sum of many outer
/// products as one blocked matrix product.
///
/// Adding 500 outer products of (256, 1) · (1, 259) one by one streams the whole
/// (256, 259) sum through memory 500 times. Here a block of 16 rows of the sum stays
/// in cache while every step's contribution to it is added, in the same order as the
/// pass added them, so each entry is the same sum of the same products: bit for bit
/// what replaying the accumulations one by one gives.
struct OuterSums {
  /// For each accumulation, in order: the column `a` and the column `b`.
  let factors: [(a: [Double], b: [Double])]
  /// The shape of the sum.
  let shape: Shape

  /// The factors of the accumulations at `stops`, if every one is `sum += a · bᵀ` with
  /// `a` and `b` read at a fixed offset from its timestep; nil otherwise.
  ///
  /// Learns what the first accumulation reads, then checks that the outer product of
  /// those values equals the closure's own contribution, exactly, at the first and the
  /// last accumulation.
  init?(stops: [Int], timeline: Timeline, replay: Replay, shape: Shape) {
    guard let first = stops.first, let last = stops.last,
      let firstStop = timeline.stop(first), let op = timeline.line(of: firstStop).operation
    else { return nil }
    let t0 = timeline.group(of: firstStop).t
    var scratch = Matrix.zeros(shape)
    guard let reads = try? replay.reads(of: op, t: t0, scratch: &scratch), reads.count == 2
    else { return nil }
    let offsets = reads.map { $0.t - (t0 ?? 0) }
    var factors: [(a: [Double], b: [Double])] = []
    factors.reserveCapacity(stops.count)
    for position in stops {
      guard let stop = timeline.stop(position) else { return nil }
      let t = timeline.group(of: stop).t ?? 0
      guard let a = replay.value(reads[0].name, t: t + offsets[0]),
        let b = replay.value(reads[1].name, t: t + offsets[1]),
        a.cols == 1, b.cols == 1, a.rows == shape.rows, b.rows == shape.cols
      else { return nil }
      factors.append((a.scalars, b.scalars))
    }
    self.factors = factors
    self.shape = shape
    for (k, position) in [(0, first), (stops.count - 1, last)] {
      guard let stop = timeline.stop(position), let op = timeline.line(of: stop).operation
      else { return nil }
      var byClosure = Matrix.zeros(shape)
      do {
        _ = try replay.run(op, t: timeline.group(of: stop).t, into: &byClosure)
      } catch {
        return nil
      }
      guard byClosure == add(k..<(k + 1), to: Matrix.zeros(shape)) else { return nil }
    }
  }

  /// `sum` plus the outer products of accumulations `range`, in order.
  func add(_ range: Range<Int>, to sum: Matrix) -> Matrix {
    var scalars = sum.scalars
    let cols = shape.cols
    let rows = min(shape.rows, sum.rows)
    let block = 16
    scalars.withUnsafeMutableBufferPointer { c in
      var top = 0
      while top < rows {
        let bottom = min(top + block, rows)
        for k in range {
          factors[k].a.withUnsafeBufferPointer { a in
            factors[k].b.withUnsafeBufferPointer { b in
              for i in top..<bottom {
                let u = a[i]
                if u == 0 { continue }  // as the pass's addOuter skips it
                Self.axpy(u, b, into: c, at: i * cols, count: cols)
              }
            }
          }
        }
        top = bottom
      }
    }
    return (try? Matrix(rows: sum.rows, cols: sum.cols, scalars: scalars)) ?? sum
  }

  /// `c[at ..< at + count] += u · b[0 ..< count]`, four entries at a time.
  ///
  /// Each entry gets `c + u * b`, one product and one sum, as the scalar loop does (no
  /// fused multiply-add), so the result is the same to the bit.
  @inline(__always)
  static func axpy(
    _ u: Double, _ b: UnsafeBufferPointer<Double>, into c: UnsafeMutableBufferPointer<Double>,
    at offset: Int, count: Int
  ) {
    guard let bBase = b.baseAddress, let cBase = c.baseAddress else { return }
    let source = UnsafeRawPointer(bBase)
    let target = UnsafeMutableRawPointer(cBase + offset)
    let stride = MemoryLayout<Double>.stride
    let scale = SIMD4<Double>(repeating: u)
    var j = 0
    while j + 4 <= count {
      let bv = source.loadUnaligned(fromByteOffset: j * stride, as: SIMD4<Double>.self)
      let cv = target.loadUnaligned(fromByteOffset: j * stride, as: SIMD4<Double>.self)
      let product = scale * bv
      target.storeBytes(of: cv + product, toByteOffset: j * stride, as: SIMD4<Double>.self)
      j += 4
    }
    while j < count {
      cBase[offset + j] += u * bBase[j]
      j += 1
    }
  }
}
