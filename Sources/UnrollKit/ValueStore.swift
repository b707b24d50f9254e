/// The values of a run, by name: per timestep (t = 0 … T + 1), or once (the
/// parameters, the head, the loss), and the running sum of each parameter's gradient.
///
/// Names are looked up at every operation, so the store is built for that. The names a
/// run can meet (the parameters, `x_t`, every operation's name) are known before it
/// starts; each gets a slot, found again through a small open-addressing table keyed by
/// an FNV-1a hash of its bytes (a few nanoseconds, where `Dictionary<String, _>` runs
/// SipHash on every lookup). The values sit in one flat buffer, slot by slot, T + 3
/// cells each: t = 0 … T + 1, then the once-value.
final class ValueStore {
  let steps: Int
  let example: Example
  private let layout: Layout
  private let width: Int
  private let values: UnsafeMutableBufferPointer<Matrix?>
  private let gradients: UnsafeMutableBufferPointer<Matrix?>
  private let isPerStep: UnsafeMutableBufferPointer<Bool>

  /// The names of a set of programs and their slots, shared by every run of them.
  final class Layout: @unchecked Sendable {
    let table: NameTable

    /// The slots of `parameters`, `x_t`, and every name `programs` assign or accumulate.
    init(_ programs: [Program], parameters: Parameters) {
      var table = NameTable()
      for name in parameters.names + Array(parameters.values.keys) + ["x_t"] {
        table.add(name)
      }
      for program in programs {
        for initial in program.initialValues { table.add(initial.name) }
        for operation in program.blocks.flatMap(\.operations) {
          if case .accumulate(let parameter, _) = operation.effect { table.add(parameter) }
          table.add(operation.name)
        }
      }
      self.table = table
    }
  }

  init(layout: Layout, steps: Int, parameters: Parameters, example: Example) {
    self.layout = layout
    self.steps = steps
    self.example = example
    width = steps + 3
    let count = layout.table.count
    values = .allocate(capacity: count * width)
    values.initialize(repeating: nil)
    gradients = .allocate(capacity: count)
    gradients.initialize(repeating: nil)
    isPerStep = .allocate(capacity: count)
    isPerStep.initialize(repeating: false)
    for (name, value) in parameters.values { set(name, t: nil, value) }
    for t in 0..<steps { set("x_t", t: t + 1, example.column(t)) }
  }

  deinit {
    values.deinitialize().deallocate()
    gradients.deinitialize().deallocate()
    isPerStep.deinitialize().deallocate()
  }

  /// Stores `value` under `name` at timestep `t` (0 ... T + 1), or once when `t` is nil.
  func set(_ name: String, t: Int?, _ value: Matrix) {
    guard let slot = layout.table.find(name) else { return }
    guard let t else {
      values[slot * width + steps + 2] = value
      return
    }
    guard t >= 0, t <= steps + 1 else { return }
    isPerStep[slot] = true
    values[slot * width + t] = value
  }

  /// The value `name` at `t` if it is per-step, else its once-value.
  func value(_ name: String, t: Int) throws -> Matrix {
    guard let slot = layout.table.find(name) else {
      throw EngineError.unknownValue(name: name, t: t)
    }
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

  /// Adds into the gradient of `parameter` in place, starting from zeros of its shape.
  func accumulate(_ parameter: String, _ add: (inout Matrix) throws -> Void) throws {
    guard let slot = layout.table.find(parameter),
      let shape = values[slot * width + steps + 2]?.shape
    else { throw EngineError.unknownValue(name: parameter, t: nil) }
    var sum = gradients[slot] ?? Matrix.zeros(shape)
    gradients[slot] = nil  // keep the buffer unique while adding in place
    defer { gradients[slot] = sum }
    try add(&sum)
  }

  /// Hands the run's results to `recording`: the gradients (zeros for a parameter no
  /// operation reached) and the values assigned once outside the parameters.
  func finish(_ recording: inout Recording, parameters: Parameters) {
    var sums: [String: Matrix] = [:]
    var outputs: [String: Matrix] = [:]
    for (name, value) in parameters.values {
      let gradient = layout.table.find(name).flatMap { gradients[$0] }
      sums[name] = gradient ?? Matrix.zeros(value.shape)
    }
    for name in layout.table.all where parameters.values[name] == nil {
      guard let slot = layout.table.find(name), !isPerStep[slot] else { continue }
      if let value = values[slot * width + steps + 2] { outputs[name] = value }
    }
    recording.gradients = Parameters(names: parameters.names, values: sums)
    recording.outputs = outputs
  }
}

/// Names to slots 0, 1, 2, …: open addressing over a power-of-two table, FNV-1a over UTF-8.
struct NameTable {
  private var keys: [String?] = Array(repeating: nil, count: 64)
  private var slots: [Int] = Array(repeating: 0, count: 64)
  /// The names in the order they were added; a name's slot is its index here.
  private(set) var all: [String] = []

  /// The number of names.
  var count: Int { all.count }

  @inline(__always)
  private static func hash(_ name: String) -> Int {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    let fast: Void? = name.utf8.withContiguousStorageIfAvailable { bytes in
      for byte in bytes { h = (h ^ UInt64(byte)) &* 0x100_0000_01b3 }
    }
    if fast == nil {
      for byte in name.utf8 { h = (h ^ UInt64(byte)) &* 0x100_0000_01b3 }
    }
    return Int(truncatingIfNeeded: h ^ (h >> 29))
  }

  /// The slot of `name`, if it has one.
  func find(_ name: String) -> Int? {
    let mask = keys.count - 1
    var i = NameTable.hash(name) & mask
    while let key = keys[i] {
      if key == name { return slots[i] }
      i = (i + 1) & mask
    }
    return nil
  }

  /// Gives `name` the next slot, unless it has one.
  mutating func add(_ name: String) {
    guard find(name) == nil else { return }
    if 2 * (all.count + 1) > keys.count { grow() }
    let mask = keys.count - 1
    var i = NameTable.hash(name) & mask
    while keys[i] != nil { i = (i + 1) & mask }  // at most half full: a free cell exists
    keys[i] = name
    slots[i] = all.count
    all.append(name)
  }

  private mutating func grow() {
    let names = all
    keys = Array(repeating: nil, count: keys.count * 2)
    slots = Array(repeating: 0, count: keys.count)
    all = []
    for name in names { add(name) }
  }
}
