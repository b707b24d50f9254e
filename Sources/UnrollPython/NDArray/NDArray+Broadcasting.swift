/// NumPy's broadcasting: shapes are aligned at their last axes, and an axis of length 1
/// stretches to the other's length.
enum Broadcasting {
  /// The shape `shapes` broadcast to, or NumPy's ValueError listing them all.
  static func shape(_ shapes: [[Int]]) throws -> [Int] {
    let ndim = shapes.map(\.count).max() ?? 0
    var result = [Int](repeating: 1, count: ndim)
    for shape in shapes {
      let offset = ndim - shape.count
      for (axis, length) in shape.enumerated() where length != 1 {
        let current = result[offset + axis]
        guard current == 1 || current == length else {
          throw NumPyError.value(
            "operands could not be broadcast together with shapes "
              + shapes.map { formatShape($0) + " " }.joined())
        }
        result[offset + axis] = length
      }
    }
    _ = try checkedSize(result, .float64)
    return result
  }

  /// For each entry of an array of shape `target` (C order), the flat index of the entry of
  /// an array of shape `source` that broadcasting reads; `source` must broadcast to `target`.
  static func offsets(of source: [Int], into target: [Int]) -> [Int] {
    let count = target.reduce(1, *)
    let sourceCount = source.reduce(1, *)
    if source == target { return Array(0..<count) }
    if sourceCount == 1 { return [Int](repeating: 0, count: count) }
    // The source's C-order strides, aligned to the target's axes; 0 where it stretches.
    let offset = target.count - source.count
    var strides = [Int](repeating: 0, count: target.count)
    var step = 1
    for axis in source.indices.reversed() {
      if source[axis] != 1 { strides[offset + axis] = step }
      step *= source[axis]
    }
    return walk(target, strides: strides, base: 0)
  }

  /// The offsets `base + Σ index[k]·strides[k]` over all indices of `shape`, in C order.
  static func walk(_ shape: [Int], strides: [Int], base: Int) -> [Int] {
    let count = shape.reduce(1, *)
    guard count > 0 else { return [] }
    var result = [Int]()
    result.reserveCapacity(count)
    guard let last = shape.indices.last else { return [base] }
    let lastLength = shape[last]
    let lastStride = strides[last]
    var index = [Int](repeating: 0, count: shape.count)
    var start = base
    while true {
      var position = start
      for _ in 0..<lastLength {
        result.append(position)
        position += lastStride
      }
      // Advance the odometer over the outer axes.
      var axis = last - 1
      while axis >= 0 {
        index[axis] += 1
        start += strides[axis]
        if index[axis] < shape[axis] { break }
        start -= strides[axis] * shape[axis]
        index[axis] = 0
        axis -= 1
      }
      if axis < 0 { return result }
    }
  }
}

extension NDArray {
  /// This array's entries broadcast to `shape` (which it must broadcast to), in C order.
  func broadcastScalars(to shape: [Int]) -> [Double] {
    if self.shape == shape { return scalars }
    if scalars.count == 1 { return [Double](repeating: scalars[0], count: shape.reduce(1, *)) }
    return Broadcasting.offsets(of: self.shape, into: shape).map { scalars[$0] }
  }
}
