extension NumPy {
  /// `np.zeros(shape)`: float64 zeros.
  public static func zeros(_ shape: [Int]) throws -> NDArray { try filled(shape, 0, .float64) }

  /// `np.ones(shape)`: float64 ones.
  public static func ones(_ shape: [Int]) throws -> NDArray { try filled(shape, 1, .float64) }

  /// `np.zeros_like(a)`: zeros of `a`'s shape and dtype.
  public static func zerosLike(_ a: NDArray) throws -> NDArray { try filled(a.shape, 0, a.dtype) }

  /// `np.ones_like(a)`: ones of `a`'s shape and dtype.
  public static func onesLike(_ a: NDArray) throws -> NDArray { try filled(a.shape, 1, a.dtype) }

  /// An array of `shape` with every entry `value`; negative lengths are NumPy's ValueError.
  static func filled(_ shape: [Int], _ value: Double, _ dtype: DType) throws -> NDArray {
    guard shape.allSatisfy({ $0 >= 0 }) else {
      throw NumPyError.value("negative dimensions are not allowed")
    }
    return NDArray(
      unchecked: shape, [Double](repeating: value, count: try checkedSize(shape, dtype)), dtype)
  }

  /// `np.array(nested)`: an array from nested lists, its dtype the promotion of the entries'
  /// (an empty list gives float64); lists of unequal lengths, or lists beside numbers, are
  /// NumPy 2's "inhomogeneous shape" ValueError.
  public static func array(_ value: Nested) throws -> NDArray {
    // Discover the shape level by level, as NumPy does, stopping at the first level whose
    // entries disagree.
    var shape = [Int]()
    var level = [value]
    while true {
      var lengths = Set<Int>()
      var numbers = 0
      for entry in level {
        switch entry {
        case .scalar: numbers += 1
        case .list(let items): lengths.insert(items.count)
        }
      }
      if numbers == level.count { break }
      guard numbers == 0, lengths.count == 1, let length = lengths.first else {
        let detected =
          shape.count == 1
          ? "(\(shape[0]),)" : "(" + shape.map(String.init).joined(separator: ", ") + ")"
        throw NumPyError.value(
          "setting an array element with a sequence. The requested array has an inhomogeneous "
            + "shape after \(shape.count) dimensions. The detected shape was \(detected) + "
            + "inhomogeneous part.")
      }
      shape.append(length)
      level = level.flatMap { entry -> [Nested] in
        if case .list(let items) = entry { return items }
        return []
      }
      if length == 0 { break }
    }
    var dtype: DType? = nil
    var scalars = [Double]()
    scalars.reserveCapacity(level.count)
    for case .scalar(let number, let type) in level {
      dtype = dtype.map { DType.promoted($0, type) } ?? type
      scalars.append(number)
    }
    let result = dtype ?? .float64
    return NDArray(unchecked: shape, scalars.map(result.normalized), result)
  }

  /// `np.vstack(arrays)`: concatenation along the first axis, 0-d and 1-d inputs first made
  /// rows (`atleast_2d`).
  public static func vstack(_ arrays: [NDArray]) throws -> NDArray {
    let rows = arrays.map { array in
      array.ndim >= 2
        ? array
        : NDArray(unchecked: [1, array.ndim == 0 ? 1 : array.size], array.scalars, array.dtype)
    }
    return try concatenate(rows, axis: 0)
  }

  /// `np.hstack(arrays)`: concatenation along the second axis, or the first when the inputs
  /// are 1-d (0-d inputs become 1-d).
  public static func hstack(_ arrays: [NDArray]) throws -> NDArray {
    let lifted = arrays.map { $0.ndim == 0 ? $0.flattened : $0 }
    return try concatenate(lifted, axis: lifted.first?.ndim == 1 ? 0 : 1)
  }

  /// `np.concatenate(arrays, axis=)`: the arrays joined along `axis`; all other lengths
  /// must agree, with NumPy's messages naming the first array that differs.
  public static func concatenate(_ arrays: [NDArray], axis: Int) throws -> NDArray {
    guard let first = arrays.first else {
      throw NumPyError.value("need at least one array to concatenate")
    }
    guard first.ndim > 0 else {
      throw NumPyError.value("zero-dimensional arrays cannot be concatenated")
    }
    let k = try normalizedAxis(axis, ndim: first.ndim)
    var shape = first.shape
    for (position, array) in arrays.enumerated().dropFirst() {
      guard array.ndim == first.ndim else {
        throw NumPyError.value(
          "all the input arrays must have same number of dimensions, but the array at index 0 "
            + "has \(first.ndim) dimension(s) and the array at index \(position) has "
            + "\(array.ndim) dimension(s)")
      }
      for dimension in 0..<first.ndim {
        if dimension == k {
          shape[k] += array.shape[k]
        } else if shape[dimension] != array.shape[dimension] {
          throw NumPyError.value(
            "all the input array dimensions except for the concatenation axis must match "
              + "exactly, but along dimension \(dimension), the array at index 0 has size "
              + "\(shape[dimension]) and the array at index \(position) has size "
              + "\(array.shape[dimension])")
        }
      }
    }
    let dtype = arrays.dropFirst().reduce(first.dtype) { DType.promoted($0, $1.dtype) }
    // Each array contributes a block of `shape[k] · inner` entries to every outer index.
    let outer = shape[..<k].reduce(1, *)
    let inner = shape[(k + 1)...].reduce(1, *)
    var scalars = [Double]()
    scalars.reserveCapacity(shape.reduce(1, *))
    for o in 0..<outer {
      for array in arrays {
        let block = array.shape[k] * inner
        scalars.append(contentsOf: array.scalars[(o * block)..<((o + 1) * block)])
      }
    }
    return NDArray(unchecked: shape, scalars, dtype)
  }
}
