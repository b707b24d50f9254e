import UnrollKit

/// The records of a trace indexed by name and timestep, so a lookup costs a binary
/// search, not a scan of every record.
struct RecordIndex {
  private struct Key: Hashable {
    let name: String
    let t: Int?
  }
  private var byName: [String: [Int]] = [:]
  private var byNameAndT: [Key: [Int]] = [:]
  /// The shape each record name has (its first record's).
  private(set) var shapes: [String: Shape] = [:]
  /// The record names in the order they first appear.
  private(set) var names: [String] = []

  /// The index of `records`.
  init(_ records: [Record]) {
    for (i, record) in records.enumerated() {
      if byName[record.name] == nil {
        names.append(record.name)
        shapes[record.name] = record.shape
      }
      byName[record.name, default: []].append(i)
      byNameAndT[Key(name: record.name, t: record.t), default: []].append(i)
    }
  }

  /// Whether any record is named `name`.
  func contains(_ name: String) -> Bool { byName[name] != nil }

  /// The last record of `name` at timestep `t` among the first `visible` records.
  func latest(_ name: String, t: Int?, visible: Int) -> Int? {
    guard let list = byNameAndT[Key(name: name, t: t)] else { return nil }
    return RecordIndex.lastBelow(list, visible)
  }

  /// The last record of `name` at any timestep among the first `visible` records.
  func latest(_ name: String, visible: Int) -> Int? {
    guard let list = byName[name] else { return nil }
    return RecordIndex.lastBelow(list, visible)
  }

  /// The first record of `name` at or after record `visible`: the next one to be computed.
  func next(_ name: String, visible: Int) -> Int? {
    guard let list = byName[name] else { return nil }
    let k = RecordIndex.countAtMost(list, visible - 1)
    return k < list.count ? list[k] : nil
  }

  /// The first record of `name` at timestep `t`, whenever it comes.
  func first(_ name: String, t: Int?) -> Int? {
    byNameAndT[Key(name: name, t: t)]?.first
  }

  /// The timesteps at which `name` is recorded, in order of first appearance.
  func timesteps(_ name: String, records: [Record]) -> [Int?] {
    var seen: [Int?] = []
    for i in byName[name] ?? [] where !seen.contains(records[i].t) { seen.append(records[i].t) }
    return seen
  }

  /// The last element of the sorted `list` below `bound`, by binary search.
  static func lastBelow(_ list: [Int], _ bound: Int) -> Int? {
    var low = 0
    var high = list.count
    while low < high {
      let mid = (low + high) / 2
      if list[mid] < bound { low = mid + 1 } else { high = mid }
    }
    return low > 0 ? list[low - 1] : nil
  }

  /// How many elements of the sorted `list` are at most `bound`.
  static func countAtMost(_ list: [Int], _ bound: Int) -> Int {
    var low = 0
    var high = list.count
    while low < high {
      let mid = (low + high) / 2
      if list[mid] <= bound { low = mid + 1 } else { high = mid }
    }
    return low
  }
}
