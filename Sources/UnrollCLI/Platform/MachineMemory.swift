/// The machine's memory, as /proc/meminfo gives it, to refuse work that cannot fit before
/// allocating it (an allocation that fails ends the process, with no sentence to say why).
public struct MachineMemory: Sendable, Equatable {
  /// All of it, in bytes (`MemTotal`).
  public let total: Int
  /// What can be had without swapping, in bytes (`MemAvailable`; `MemTotal` when absent).
  public let available: Int

  /// A machine with `total` bytes, `available` of them free to use.
  public init(total: Int, available: Int) {
    self.total = total
    self.available = available
  }

  /// Read from the text of /proc/meminfo (`MemTotal:  16318460 kB`); nil without MemTotal.
  public init?(meminfo text: String?) {
    guard let text else { return nil }
    var fields: [Substring: Int] = [:]
    for line in text.split(separator: "\n") {
      let words = line.split(whereSeparator: { $0 == " " || $0 == ":" })
      guard words.count >= 2, let value = Int(words[1]) else { continue }
      let scale = words.count >= 3 && words[2] == "kB" ? 1024 : 1
      fields[words[0]] = value.multipliedReportingOverflow(by: scale).partialValue
    }
    guard let total = fields["MemTotal"], total > 0 else { return nil }
    self.init(total: total, available: min(fields["MemAvailable"] ?? total, total))
  }

  /// Throws when `bytes` would not fit in the memory available; `what` says what needs it:
  /// `train needs about 820 GB for 100000 samples of 2000 × 256; this machine has 23 GB
  /// (21 GB available)`.
  public func check(_ bytes: Int, for what: String) throws(MemoryError) {
    guard bytes > available else { return }
    throw MemoryError(needed: bytes, what: what, machine: self)
  }
}

/// Work refused because its memory does not exist on this machine.
public struct MemoryError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The estimate, in bytes.
  public let needed: Int
  /// What needs it: `train`, `the recording`.
  public let what: String
  /// The machine it was measured against.
  public let machine: MachineMemory

  /// One sentence with both figures.
  public var description: String {
    "\(what) needs about \(ByteCount(needed)) of memory; this machine has "
      + "\(ByteCount(machine.total)) (\(ByteCount(machine.available)) available)"
  }
}

extension Int {
  /// The product of `factors`, saturating at `Int.max` rather than trapping.
  static func saturatingProduct(_ factors: Int...) -> Int {
    var product = 1
    for factor in factors {
      let (result, overflow) = product.multipliedReportingOverflow(by: Swift.max(factor, 0))
      if overflow { return .max }
      product = result
    }
    return product
  }
}
