import UnrollPython

extension PyValue {
  /// A dict's entries under their string keys (`{"dWxh": ..., "Whh": ...}`); nil for
  /// anything but a dict.
  var dictEntries: [String: PyValue]? {
    guard case .dict(let dict) = self else { return nil }
    var entries: [String: PyValue] = [:]
    for (key, value) in zip(dict.keys, dict.values) {
      if case .string(let name) = key { entries[name] = value }
    }
    return entries
  }
}
