/// The values of a run, by name: per timestep (t = 0 … T + 1), or once (the
/// parameters, the head, the loss), and the running sum of each parameter's gradient.
///
/// Names are looked up at every operation, so the store is built for that. The names a
/// run can meet (the parameters, `x_t`, every operation's name) are known before it
/// starts (`Interpreter.Plan`); each has a slot, found again through a small
/// open-addressing table (a few nanoseconds, where `Dictionary<String, _>` runs SipHash
/// on every lookup). The values sit in one flat buffer, slot by slot, T + 3 cells each:
/// t = 0 … T + 1, then the once-value.
final class ValueStore {
  let steps: Int
  let example: Example
  private let table: NameTable
  private let width: Int
  private let values: UnsafeMutableBufferPointer<Matrix?>
  private let gradients: UnsafeMutableBufferPointer<Matrix?>
  private let isPerStep: UnsafeMutableBufferPointer<Bool>

  /// A store with a slot for each name of `table`, holding `parameters` and `x`.
  init(table: NameTable, steps: Int, parameters: Parameters, example: Example) {
    self.table = table
    self.steps = steps
    self.example = example
    width = steps + 3
    let count = table.count
    values = .allocate(capacity: count * width)
    values.initialize(repeating: nil)
    gradients = .allocate(capacity: count)
    gradients.initialize(repeating: nil)
    isPerStep = .allocate(capacity: count)
    isPerStep.initialize(repeating: false)
    for (name, value) in parameters.values {
      if let slot = table.find(name) { set(slot: slot, t: nil, value) }
    }
    if let slot = table.find("x_t") {
      for t in 0..<steps { set(slot: slot, t: t + 1, example.column(t)) }
    }
  }

  deinit {
    values.deinitialize().deallocate()
    gradients.deinitialize().deallocate()
    isPerStep.deinitialize().deallocate()
  }

  /// Stores `value` in `slot` at timestep `t` (0 through T + 1), or once when `t` is nil.
  func set(slot: Int, t: Int?, _ value: Matrix) {
    guard slot >= 0, slot < table.count else { return }
    guard let t else {
      values[slot * width + steps + 2] = value
      return
    }
    guard t >= 0, t <= steps + 1 else { return }
    isPerStep[slot] = true
    values[slot * width + t] = value
  }

  /// Where a truncation cuts the backward flow: K, and the slots of the values carried
  /// back (`dh_next`, `dC_next`), which read as zeros across a cut (`Context`).
  struct Cuts {
    let every: Int
    let slots: Set<Int>

    /// Whether `name` at `t` is carried back across a cut between t − 1 and t.
    func cut(_ name: String, at t: Int, store: ValueStore) -> Bool {
      guard t > 1, t <= store.steps, (store.steps - t + 1) % every == 0,
        let slot = store.table.find(name)
      else { return false }
      return slots.contains(slot)
    }
  }

  /// The truncation of the programs run, if any.
  var cuts: Cuts?

  /// Previous states a step reads instead of the computed ones (the truncated objective).
  var frozen: [String: [Int: Matrix]] = [:]

  /// When set, every lookup appends its name and timestep: how the stop log learns what
  /// an operation reads.
  ///
  /// Nil during runs without records.
  var readLog: [(name: String, t: Int)]?

  /// The value `name` at `t` if it is per-step, else its once-value.
  func value(_ name: String, t: Int) throws -> Matrix {
    readLog?.append((name, t))
    guard let slot = table.find(name) else { throw EngineError.unknownValue(name: name, t: t) }
    if isPerStep[slot] {
      guard t >= 0, t <= steps + 1, let value = values[slot * width + t] else {
        throw EngineError.unknownValue(name: name, t: t)
      }
      return value
    }
    guard let value = values[slot * width + steps + 2] else {
      throw EngineError.unknownValue(name: name, t: t)
    }
    return value
  }

  /// Outer products queued per gradient slot, added a batch at a time (see `accumulateOuter`).
  private var pendingOuter: [Int: (a: [Double], b: [Double], count: Int)] = [:]

  /// How many steps' outer products are added in one sweep over a gradient.
  static let outerBatch = 32

  /// Queues `a · bᵀ` for the gradient in `slot`, after checking its shape; adds the
  /// queue when it holds `outerBatch` products.
  ///
  /// Adding a run of steps' products row by row keeps each row of a large gradient in
  /// cache while all its terms arrive, where one product at a time streams the whole
  /// gradient from memory at every step. Each entry still gets its terms in step
  /// order, so the sums are bit for bit the same.
  func accumulateOuter(slot: Int, _ a: Matrix, _ b: Matrix) throws {
    guard slot >= 0, slot < table.count, let shape = values[slot * width + steps + 2]?.shape
    else { throw EngineError.unknownValue(name: table.name(slot), t: nil) }
    guard a.cols == 1, b.cols == 1 else {
      throw ShapeError.notAligned(a.shape, Shape(b.cols, b.rows))
    }
    guard a.rows == shape.rows, b.rows == shape.cols else {
      throw ShapeError.mismatch(operation: "+=", shape, Shape(a.rows, b.rows))
    }
    var queue = pendingOuter.removeValue(forKey: slot) ?? ([], [], 0)
    queue.a += a.scalars
    queue.b += b.scalars
    queue.count += 1
    pendingOuter[slot] = queue
    if queue.count >= Self.outerBatch { try flushOuter(slot: slot) }
  }

  /// Adds the queued outer products of `slot` into its gradient.
  private func flushOuter(slot: Int) throws {
    guard let queue = pendingOuter.removeValue(forKey: slot) else { return }
    try accumulate(slot: slot) { sum in
      sum.addOuterProducts(queue.a, queue.b, count: queue.count)
    }
  }

  /// Adds into the gradient in `slot` in place, from zeros of its parameter's shape.
  func accumulate(slot: Int, _ add: (inout Matrix) throws -> Void) throws {
    guard slot >= 0, slot < table.count, let shape = values[slot * width + steps + 2]?.shape
    else { throw EngineError.unknownValue(name: table.name(slot), t: nil) }
    if pendingOuter[slot] != nil { try flushOuter(slot: slot) }  // keep the terms in step order
    var sum = gradients[slot] ?? Matrix.zeros(shape)
    gradients[slot] = nil  // keep the buffer unique while adding in place
    defer { gradients[slot] = sum }
    try add(&sum)
  }

  /// The name in `slot`.
  func name(_ slot: Int) -> String { table.name(slot) }

  /// The gradient in `slot` with every queued outer product added; nil before any.
  func gradientSoFar(slot: Int) -> Matrix? {
    guard slot >= 0, slot < table.count else { return nil }
    try? flushOuter(slot: slot)  // shapes were checked when queued
    return gradients[slot]
  }

  /// Hands the run's results to `recording`: the gradients (zeros for a parameter no
  /// operation reached) and the values assigned once outside the parameters.
  func finish(_ recording: inout Recording, parameters: Parameters) {
    // shapes checked on entry
    for slot in pendingOuter.keys.sorted() { try? flushOuter(slot: slot) }
    var sums = parameters.values  // the same names; every entry is replaced below
    for slot in 0..<table.parameterCount {
      guard let shape = values[slot * width + steps + 2]?.shape else { continue }
      sums[table.name(slot)] = gradients[slot] ?? Matrix.zeros(shape)
    }
    var outputs: [String: Matrix] = [:]
    for slot in table.parameterCount..<table.count where !isPerStep[slot] {
      if let value = values[slot * width + steps + 2] { outputs[table.name(slot)] = value }
    }
    recording.gradients = Parameters(trusting: parameters.names, values: sums)
    recording.outputs = outputs
    if let slot = table.find("p"), isPerStep[slot] {
      // The loss at every step: training reads each step's prediction.
      recording.stepProbabilities = (1...max(steps, 1)).compactMap {
        values[slot * width + $0]?.scalar
      }
    }
  }
}

/// Names to slots 0, 1, 2, …: open addressing over a power-of-two table.
///
/// The hash reads the two words of the `String` value itself. Names here are short
/// ASCII (`dh_raw`), which Swift stores inline in those words, so equal names have equal
/// words and the lookup never walks the characters. A string that is not stored inline
/// (say a long name made at run time) may miss the fast table; it is then found by the
/// slower path, comparing characters.
struct NameTable {
  private var keys: [String?] = Array(repeating: nil, count: 64)
  private var slots: [Int] = Array(repeating: 0, count: 64)
  private var words: [(UInt64, UInt64)] = Array(repeating: (0, 0), count: 64)
  /// The names in the order they were added; a name's slot is its index here.
  private(set) var all: [String] = []

  /// The number of names.
  var count: Int { all.count }
  /// The number of names added before `markParameters()`: slots 0 ..< this are parameters.
  private(set) var parameterCount = 0

  /// Marks the names added so far as the parameters.
  mutating func markParameters() { parameterCount = all.count }

  /// The name in `slot`, or `?` for a slot that does not exist.
  func name(_ slot: Int) -> String { slot >= 0 && slot < all.count ? all[slot] : "?" }

  @inline(__always)
  private static func bits(_ name: String) -> (UInt64, UInt64) {
    withUnsafeBytes(of: name) { raw in
      (
        raw.loadUnaligned(fromByteOffset: 0, as: UInt64.self),
        raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
      )
    }
  }

  @inline(__always)
  private static func hash(_ bits: (UInt64, UInt64)) -> Int {
    let h = (bits.0 ^ (bits.1 &* 0x9E37_79B9_7F4A_7C15)) &* 0xBF58_476D_1CE4_E5B9
    return Int(truncatingIfNeeded: h >> 32)
  }

  /// The slot of `name`, if it has one.
  func find(_ name: String) -> Int? {
    let key = NameTable.bits(name)
    let mask = keys.count - 1
    var i = NameTable.hash(key) & mask
    while keys[i] != nil {
      if words[i] == key { return slots[i] }
      i = (i + 1) & mask
    }
    // Not stored inline the same way: compare characters.
    return all.firstIndex(of: name)
  }

  /// Gives `name` the next slot, unless it has one.
  mutating func add(_ name: String) {
    guard !all.contains(name) else { return }
    if 2 * (all.count + 1) > keys.count { grow() }
    insert(name, slot: all.count)
    all.append(name)
  }

  private mutating func insert(_ name: String, slot: Int) {
    let key = NameTable.bits(name)
    let mask = keys.count - 1
    var i = NameTable.hash(key) & mask
    while keys[i] != nil { i = (i + 1) & mask }  // at most half full: a free cell exists
    keys[i] = name
    slots[i] = slot
    words[i] = key
  }

  private mutating func grow() {
    let size = keys.count * 2
    keys = Array(repeating: nil, count: size)
    slots = Array(repeating: 0, count: size)
    words = Array(repeating: (0, 0), count: size)
    for (slot, name) in all.enumerated() { insert(name, slot: slot) }
  }
}
