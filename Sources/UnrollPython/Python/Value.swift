/// The values of the subset.
///
/// Lists, dicts, instances and NumPy arrays are references, as in Python: `b = a; b.append(1)`
/// changes `a`, and `dh = dh_next; dh += x` changes `dh_next`.
public indirect enum PyValue: Sendable {
  case none
  case bool(Bool)
  case int(Int)
  case float(Double)
  case string(String)
  /// A NumPy array; a 0-d one stands for a NumPy scalar (`np.float64(0.5)`).
  case array(ArrayRef)
  case list(ListRef)
  case tuple([PyValue])
  case dict(DictRef)
  case range(start: Int, stop: Int, step: Int)
  /// A slice value, made only inside a subscript.
  case slice(PyValue, PyValue, PyValue)
  case function(FunctionRef)
  case boundMethod(self: PyValue, FunctionRef)
  case builtin(BuiltinRef)
  case classObject(ClassRef)
  case instance(InstanceRef)
  case module(ModuleRef)
  /// What `reversed`, `enumerate`, `zip` and `iter` return: the items, made when called.
  case iterator(IteratorRef)
  case ellipsis
}

extension PyValue {
  /// Wraps an array (a new reference).
  public init(_ array: NDArray) { self = .array(ArrayRef(array)) }

  /// Whether the value is a view `.T` of a whole 2-D array (`ArrayRef.isTransposeOfMatrix`).
  var isTransposeOfMatrix: Bool {
    if case .array(let ref) = self { return ref.isTransposeOfMatrix }
    return false
  }

  /// The value as an array: arrays as they are; int, float, bool as 0-d arrays; nil otherwise.
  public var arrayValue: NDArray? {
    switch self {
    case .array(let ref): return ref.value
    case .int(let v): return NDArray(scalar: Double(v), dtype: .int64)
    case .float(let v): return NDArray(scalar: v, dtype: .float64)
    case .bool(let v): return NDArray(scalar: v ? 1 : 0, dtype: .bool)
    default: return nil
    }
  }

  /// The items of a list or tuple, nil for anything else.
  public var elements: [PyValue]? {
    switch self {
    case .list(let ref): return ref.items
    case .tuple(let items): return items
    default: return nil
    }
  }

  /// A dict's entries with string keys, in insertion order; nil for anything else.
  public var stringKeyedEntries: [(key: String, value: PyValue)]? {
    guard case .dict(let ref) = self else { return nil }
    return zip(ref.keys, ref.values).compactMap { key, value in
      if case .string(let name) = key { return (name, value) }
      return nil
    }
  }

  /// Python's type name (`type(v).__name__`): "ndarray", "float64", "float", "list", "SimpleRNN".
  public var typeName: String {
    switch self {
    case .none: return "NoneType"
    case .bool: return "bool"
    case .int: return "int"
    case .float: return "float"
    case .string: return "str"
    case .array(let ref):
      return ref.dtypeAndRank.ndim == 0 ? ref.dtypeAndRank.dtype.rawValue : "ndarray"
    case .list: return "list"
    case .tuple: return "tuple"
    case .dict: return "dict"
    case .range: return "range"
    case .slice: return "slice"
    case .function: return "function"
    case .boundMethod: return "method"
    case .builtin(let ref): return ref.isType ? "type" : "builtin_function_or_method"
    case .classObject: return "type"
    case .instance(let ref): return ref.classRef.name
    case .module: return "module"
    case .iterator(let ref): return ref.kind
    case .ellipsis: return "ellipsis"
    }
  }

  /// The type name as Python's error messages spell it: "numpy.ndarray", "numpy.float64".
  public var messageTypeName: String {
    if case .array(let ref) = self {
      let (dtype, ndim) = ref.dtypeAndRank
      return ndim == 0 ? "numpy.\(dtype.rawValue)" : "numpy.ndarray"
    }
    return typeName
  }

  /// How many array entries and container items the value holds (what a snapshot costs).
  var entryCount: Int {
    switch self {
    case .array(let ref):
      switch ref.storage {
      case .owned(let array): return array.size
      case .view(_, let offsets): return offsets.size
      }
    case .list(let ref): return ref.items.count
    case .tuple(let items): return items.count
    case .dict(let ref): return ref.count
    default: return 1
    }
  }

  /// A copy that later in-place changes cannot reach: arrays, lists and dicts copied, deeply
  /// (to a depth of 32: a list holding itself stays a reference below that).
  public func snapshot() -> PyValue { snapshot(depth: 0) }

  private func snapshot(depth: Int) -> PyValue {
    guard depth < 32 else { return self }
    switch self {
    case .array(let ref): return .array(ArrayRef(ref.value))
    case .list(let ref): return .list(ListRef(ref.items.map { $0.snapshot(depth: depth + 1) }))
    case .tuple(let items): return .tuple(items.map { $0.snapshot(depth: depth + 1) })
    case .dict(let ref):
      let copy = DictRef()
      for (key, value) in zip(ref.keys, ref.values) {
        if let hashKey = DictKey(key) {
          copy.set(key, value.snapshot(depth: depth + 1), hashKey: hashKey)
        }
      }
      return .dict(copy)
    default: return self
    }
  }
}

/// A NumPy array held by reference, so that names sharing it see in-place changes.
///
/// NumPy's basic slicing (`a[0]`, `a[:, 1:3]`, `a[None]`), `.T` and `reshape` return *views*
/// that share the original's memory. The subset keeps that: a view is an `ArrayRef` that holds no
/// entries of its own, only its root array and, for each of its entries, the root entry's offset.
/// Reading a view gathers the root's current entries; writing into a view (`v[...] = x`,
/// `v += x`) scatters into the root. So `h = hs[:, 0]; hs[:, 0] = 1` changes `h`, and
/// `row = W[0]; row *= 2` changes `W`, exactly as in NumPy.
///
/// One departure, refused rather than approximated: `reshape` of a view whose entries are not
/// consecutive in its root returns a copy, where NumPy returns a view when the strides allow it
/// (`hs[:, 0].reshape(-1, 1)`). Writing into such a copy (or a view of it) would not reach the
/// root here though it would in NumPy, so it is an UnsupportedError (`refusesWrites`); reading
/// it is exact, and `.copy()` of it may be written.
public final class ArrayRef: @unchecked Sendable {
  /// An array of its own, or a window onto a root array: `offsets` has the view's shape and
  /// holds, for each entry, the index of the root entry it shows.
  enum Storage {
    case owned(NDArray)
    case view(root: ArrayRef, offsets: NDArray)
  }

  var storage: Storage
  /// Set on the copy `reshape` makes of a strided view: NumPy may share memory there, so a
  /// write into it is refused rather than silently kept apart from the original.
  var refusesWrites = false
  /// An owned array's own offsets, 0 to size − 1 in its shape, made on the first view of it.
  private var identityOffsets: NDArray?

  /// A new array reference owning `array`.
  public init(_ array: NDArray) { storage = .owned(array) }

  /// A view onto `root` (which owns its entries).
  init(viewOf root: ArrayRef, offsets: NDArray) {
    storage = .view(root: root, offsets: offsets)
  }

  /// The current entries (a view gathers them from its root).
  public var value: NDArray {
    switch storage {
    case .owned(let array): return array
    case .view(let root, let offsets):
      let base = root.value
      let scalars = offsets.scalars.map { base.scalars[Int($0)] }
      return (try? NDArray(shape: offsets.shape, scalars: scalars, dtype: base.dtype))
        ?? NDArray(scalar: .nan)
    }
  }

  /// The dtype and the number of axes, without gathering a view's entries.
  var dtypeAndRank: (dtype: DType, ndim: Int) {
    switch storage {
    case .owned(let array): return (array.dtype, array.ndim)
    case .view(let root, let offsets): return (root.dtypeAndRank.dtype, offsets.ndim)
    }
  }

  /// Whether the array is a view onto another.
  var isView: Bool {
    if case .view = storage { return true }
    return false
  }

  /// The root that owns the entries and this array's offsets into it.
  private func rootAndOffsets() -> (root: ArrayRef, offsets: NDArray) {
    switch storage {
    case .owned(let array):
      if let cached = identityOffsets, cached.shape == array.shape { return (self, cached) }
      let offsets =
        (try? NDArray(shape: array.shape, scalars: (0..<array.size).map(Double.init)))
        ?? NDArray(scalar: 0)
      identityOffsets = offsets
      return (self, offsets)
    case .view(let root, let offsets):
      return (root, offsets)
    }
  }

  /// A view of this array made by `transform` (a subscript, `.T`, `reshape`), which is applied
  /// to the entries' offsets; a 0-d result is a NumPy scalar, a copy.
  func view(_ transform: (NDArray) throws -> NDArray) throws -> PyValue {
    let (root, offsets) = rootAndOffsets()
    let picked = try transform(offsets)
    if picked.ndim == 0 {
      return PyValue(try transform(value))
    }
    return .array(ArrayRef(viewOf: root, offsets: picked))
  }

  /// Whether this is a view `.T` of a whole 2-D array: the engine computes a product by it
  /// (`Wᵀ · d`) in another order than a product by a matrix of its own.
  var isTransposeOfMatrix: Bool {
    guard case .view(let root, let offsets) = storage, offsets.ndim == 2,
      case .owned(let base) = root.storage, base.ndim == 2,
      offsets.shape == [base.shape[1], base.shape[0]]
    else { return false }
    let rows = base.shape[0]
    let columns = base.shape[1]
    var index = 0
    for i in 0..<columns {
      for j in 0..<rows {
        if offsets.scalars[index] != Double(j * columns + i) { return false }
        index += 1
      }
    }
    return true
  }

  /// Whether a view's entries are consecutive in its root (C-contiguous), as `reshape` needs.
  var isContiguous: Bool {
    guard case .view(_, let offsets) = storage else { return true }
    let o = offsets.scalars
    return zip(o, o.dropFirst()).allSatisfy { $1 == $0 + 1 }
  }

  /// Replaces every entry with `new`'s (same shape and dtype), in place: through to the root for
  /// a view.
  func write(_ new: NDArray) throws {
    try checkWritable()
    switch storage {
    case .owned:
      storage = .owned(new)
    case .view(let root, let offsets):
      let base = root.value
      var scalars = base.scalars
      for (i, offset) in offsets.scalars.enumerated() where i < new.scalars.count {
        scalars[Int(offset)] = new.scalars[i]
      }
      try root.write(NDArray(shape: base.shape, scalars: scalars, dtype: base.dtype))
    }
  }

  /// Refuses a write into a reshape of a strided view (see the type's note).
  private func checkWritable() throws {
    let refuses: Bool
    switch storage {
    case .owned: refuses = refusesWrites
    case .view(let root, _): refuses = root.refusesWrites
    }
    guard refuses else { return }
    throw PythonError(
      kind: "UnsupportedError",
      message: "writing into a reshape of a strided slice: NumPy may make it a view of the "
        + "original, so the write would change both; Unroll's subset copies it and refuses "
        + "rather than silently keep them apart. Write into the original, or reshape a .copy()")
  }

  /// `a[index] = v`, in place.
  func assign(_ index: [IndexItem], _ newValue: NDArray) throws {
    try checkWritable()
    if case .owned(var array) = storage {
      storage = .owned(NDArray(scalar: 0))  // keeps `array` uniquely referenced while it changes
      defer { storage = .owned(array) }
      try array.assign(index, newValue)
      return
    }
    var current = value
    try current.assign(index, newValue)
    try write(current)
  }
}

/// A Python list, by reference.
public final class ListRef: @unchecked Sendable {
  /// The items in order.
  public var items: [PyValue]
  /// A list of `items`.
  public init(_ items: [PyValue]) { self.items = items }
}

/// The hashable form of a dict key: Python's equal keys (`1`, `1.0`, `True`) share one.
enum DictKey: Hashable {
  case number(Double)
  case string(String)
  case tuple([DictKey])
  case none
  case identity(ObjectIdentifier)

  /// The key for `value`, nil when Python would call it unhashable.
  init?(_ value: PyValue) {
    switch value {
    case .int(let v): self = .number(Double(v))
    case .float(let v): self = .number(v)
    case .bool(let v): self = .number(v ? 1 : 0)
    case .string(let s): self = .string(s)
    case .none: self = .none
    case .tuple(let items):
      var keys: [DictKey] = []
      for item in items {
        guard let key = DictKey(item) else { return nil }
        keys.append(key)
      }
      self = .tuple(keys)
    case .array(let ref):
      guard ref.dtypeAndRank.ndim == 0, let scalar = ref.value.scalars.first else { return nil }
      self = .number(scalar)
    case .function(let ref): self = .identity(ObjectIdentifier(ref))
    case .instance(let ref): self = .identity(ObjectIdentifier(ref))
    case .classObject(let ref): self = .identity(ObjectIdentifier(ref))
    default: return nil
    }
  }
}

/// A Python dict, by reference, in insertion order.
public final class DictRef: @unchecked Sendable {
  /// The keys in insertion order.
  public private(set) var keys: [PyValue] = []
  /// The values, in the keys' order.
  public private(set) var values: [PyValue] = []
  private var positions: [DictKey: Int] = [:]

  /// An empty dict.
  public init() {}

  /// The value for `key`, nil when absent.
  func get(_ key: DictKey) -> PyValue? { positions[key].map { values[$0] } }

  /// Sets `key` to `value`, keeping the first insertion's place.
  func set(_ key: PyValue, _ value: PyValue, hashKey: DictKey) {
    if let position = positions[hashKey] {
      values[position] = value
    } else {
      positions[hashKey] = keys.count
      keys.append(key)
      values.append(value)
    }
  }

  /// Removes `key` and returns its value, nil when absent.
  func remove(_ hashKey: DictKey) -> PyValue? {
    guard let position = positions[hashKey] else { return nil }
    let value = values[position]
    keys.remove(at: position)
    values.remove(at: position)
    positions = [:]
    for (i, key) in keys.enumerated() {
      if let k = DictKey(key) { positions[k] = i }
    }
    return value
  }

  /// The number of entries.
  var count: Int { keys.count }
}

/// A user function: its `def` and its defaults, evaluated when the `def` ran.
public final class FunctionRef: @unchecked Sendable {
  let def: FunctionDef
  let defaults: [PyValue?]
  /// The function's qualified name ("SimpleRNN.forward").
  public var qualifiedName: String { def.qualifiedName }

  init(def: FunctionDef, defaults: [PyValue?]) {
    self.def = def
    self.defaults = defaults
  }
}

/// A function of the builtins, a module, or a bound method of a builtin type (`list.append`).
public final class BuiltinRef: @unchecked Sendable {
  /// The name Python shows (`len`, `append`).
  public let name: String
  /// Whether it is a type (`int`, `float`, `list`): `isinstance` accepts it.
  let isType: Bool
  let body: (Evaluator, [PyValue], [(String, PyValue)]) throws(PythonError) -> PyValue

  init(
    _ name: String, isType: Bool = false,
    _ body: @escaping (Evaluator, [PyValue], [(String, PyValue)]) throws(PythonError) -> PyValue
  ) {
    self.name = name
    self.isType = isType
    self.body = body
  }
}

/// A class: its name, its base, and its namespace (methods and class attributes).
public final class ClassRef: @unchecked Sendable {
  /// The class's name.
  public let name: String
  let base: ClassRef?
  var namespace: [String: PyValue]

  init(name: String, base: ClassRef?, namespace: [String: PyValue]) {
    self.name = name
    self.base = base
    self.namespace = namespace
  }

  /// A name in the class or its bases, nearest first.
  func lookup(_ name: String) -> PyValue? {
    var cls: ClassRef? = self
    while let current = cls {
      if let value = current.namespace[name] { return value }
      cls = current.base
    }
    return nil
  }

  /// Whether this class is `other` or derives from it.
  func isSubclass(of other: ClassRef) -> Bool {
    var cls: ClassRef? = self
    while let current = cls {
      if current === other { return true }
      cls = current.base
    }
    return false
  }
}

/// An instance of a user class: its attributes.
public final class InstanceRef: @unchecked Sendable {
  let classRef: ClassRef
  var attributes: [String: PyValue] = [:]

  init(classRef: ClassRef) { self.classRef = classRef }
}

/// A module (`numpy`, `numpy.random`, `math`): named attributes.
public final class ModuleRef: @unchecked Sendable {
  /// The module's name as Python writes it ("numpy").
  public let name: String
  var attributes: [String: PyValue]

  init(name: String, attributes: [String: PyValue]) {
    self.name = name
    self.attributes = attributes
  }
}

/// An iterator's remaining items and where it came from (for loops' `isReversed`).
public final class IteratorRef: @unchecked Sendable {
  /// Python's type name: "list_reverseiterator", "enumerate", "zip", "list_iterator".
  let kind: String
  var items: [PyValue]
  var position = 0
  let isReversed: Bool

  init(kind: String, items: [PyValue], isReversed: Bool = false) {
    self.kind = kind
    self.items = items
    self.isReversed = isReversed
  }
}
