/// A basic index resolved against a shape: the selection's shape and, per selected entry in
/// C order, its flat offset in the indexed array.
struct Selection {
  /// The shape of `a[index]`.
  var shape: [Int]
  /// The flat offsets of the selected entries, in C order of `shape`.
  var offsets: [Int]
  /// The index held only integers, one per axis: it selects one entry (NumPy's scalar case).
  var isScalar: Bool

  /// Resolves `index` against an array of `shape` with NumPy's rules and messages.
  init(_ index: [IndexItem], shape arrayShape: [Int]) throws {
    let ellipses = index.filter { $0 == .ellipsis }.count
    guard ellipses <= 1 else {
      throw NumPyError.index("an index can only have a single ellipsis ('...')")
    }
    let consuming = index.filter {
      if case .int = $0 { return true }
      if case .slice = $0 { return true }
      return false
    }.count
    guard consuming <= arrayShape.count else {
      throw NumPyError.index(
        "too many indices for array: array is \(arrayShape.count)-dimensional, but "
          + "\(consuming) were indexed")
    }
    // `...` (or the end of the index) stands for full slices over the axes left over.
    var items = [IndexItem]()
    let full = IndexItem.slice(start: nil, stop: nil, step: nil)
    for item in index {
      if item == .ellipsis {
        items += [IndexItem](repeating: full, count: arrayShape.count - consuming)
      } else {
        items.append(item)
      }
    }
    if ellipses == 0 {
      items += [IndexItem](repeating: full, count: arrayShape.count - consuming)
    }
    isScalar =
      index.count == arrayShape.count
      && index.allSatisfy {
        if case .int = $0 { return true }
        return false
      }
    var strides = [Int](repeating: 1, count: arrayShape.count)
    for axis in stride(from: arrayShape.count - 2, through: 0, by: -1) {
      strides[axis] = strides[axis + 1] * arrayShape[axis + 1]
    }
    // Walk the items: each int fixes an offset, each slice gives an axis of the result.
    var base = 0
    var axis = 0
    var resultShape = [Int]()
    var resultStrides = [Int]()
    for item in items {
      switch item {
      case .int(let i):
        let length = arrayShape[axis]
        guard i >= -length, i < length else {
          throw NumPyError.index(
            "index \(i) is out of bounds for axis \(axis) with size \(length)")
        }
        base += (i < 0 ? i + length : i) * strides[axis]
        axis += 1
      case .slice(let start, let stop, let step):
        let (first, count, by) = try Selection.slice(start, stop, step, length: arrayShape[axis])
        base += first * strides[axis]
        resultShape.append(count)
        resultStrides.append(by * strides[axis])
        axis += 1
      case .newAxis, .ellipsis:
        resultShape.append(1)
        resultStrides.append(0)
      }
    }
    shape = resultShape
    offsets = Broadcasting.walk(resultShape, strides: resultStrides, base: base)
  }

  /// Python's `slice(start, stop, step).indices(length)`: the first index, the count and
  /// the step.
  static func slice(_ start: Int?, _ stop: Int?, _ step: Int?, length: Int) throws -> (
    Int, Int, Int
  ) {
    let step = step ?? 1
    guard step != 0 else { throw NumPyError.value("slice step cannot be zero") }
    // Clamp a bound into [lower, upper] after counting negatives from the end.
    func clamp(_ bound: Int?, _ fallback: Int, _ lower: Int, _ upper: Int) -> Int {
      guard var bound else { return fallback }
      if bound < 0 { bound += length }
      return Swift.min(Swift.max(bound, lower), upper)
    }
    let first: Int
    let last: Int
    if step > 0 {
      first = clamp(start, 0, 0, length)
      last = clamp(stop, length, 0, length)
    } else {
      first = clamp(start, length - 1, -1, length - 1)
      last = clamp(stop, -1, -1, length - 1)
    }
    let count =
      step > 0
      ? (last > first ? (last - first + step - 1) / step : 0)
      : (first > last ? (first - last - step - 1) / -step : 0)
    return (first, count, step)
  }
}

extension NDArray {
  /// `a[index]` with basic indexing (ints, slices, `None`, `...`): a copy of the selection.
  public func subscripted(_ index: [IndexItem]) throws -> NDArray {
    let selection = try Selection(index, shape: shape)
    return NDArray(unchecked: selection.shape, selection.offsets.map { scalars[$0] }, dtype)
  }

  /// `a[index] = value`: `value` broadcast into the selection and converted to `a`'s dtype
  /// (a float written into an int64 array is truncated, as NumPy does).
  public mutating func assign(_ index: [IndexItem], _ value: NDArray) throws {
    let selection = try Selection(index, shape: shape)
    if selection.isScalar, value.ndim > 0 {
      throw NumPyError.value("setting an array element with a sequence.")
    }
    // Leading length-1 axes of the value may go; the rest must broadcast to the selection.
    var valueShape = value.shape
    while valueShape.count > selection.shape.count, valueShape.first == 1 {
      valueShape.removeFirst()
    }
    let fits =
      valueShape.count <= selection.shape.count
      && zip(valueShape.reversed(), selection.shape.reversed()).allSatisfy { $0 == 1 || $0 == $1 }
    guard fits else {
      throw NumPyError.value(
        "could not broadcast input array from shape \(formatShape(value.shape)) into shape "
          + formatShape(selection.shape))
    }
    let source = NDArray(unchecked: valueShape, value.scalars, value.dtype)
      .broadcastScalars(to: selection.shape)
    for (offset, entry) in zip(selection.offsets, source) {
      scalars[offset] = dtype.normalized(entry)
    }
  }
}
