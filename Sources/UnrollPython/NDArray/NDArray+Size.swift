import Foundation

/// The largest array the subset makes: 2²⁶ entries (512 MiB of float64).
///
/// NumPy would try
/// to allocate more and raise MemoryError only when the system refuses; here a learner's
/// shape mistake (`(10000, 1) * (1, 10000)` inside a loop) stops with NumPy's message
/// before it can exhaust the machine.
let maximumEntries = 1 << 26

/// The number of entries of an array of `shape` and `dtype`, or NumPy's error when the
/// product overflows (ValueError) or passes `maximumEntries` (MemoryError).
func checkedSize(_ shape: [Int], _ dtype: DType) throws -> Int {
  var size = 1
  var overflowed = false
  for length in shape {
    let (product, overflow) = size.multipliedReportingOverflow(by: length)
    if overflow { overflowed = true } else { size = product }
  }
  // A zero length makes the array empty however large the others are.
  if shape.contains(0) { return 0 }
  guard !overflowed else {
    throw NumPyError.value(
      "array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible "
        + "size.")
  }
  guard size <= maximumEntries else {
    let bytes = Double(size) * (dtype == .bool ? 1 : 8)
    throw NumPyError(
      kind: "MemoryError",
      message: "Unable to allocate \(binarySize(bytes)) for an array with shape "
        + "\(pythonTuple(shape)) and data type \(dtype.rawValue)")
  }
  return size
}

/// A byte count as NumPy's `_size_to_string` writes it: "74.5 GiB", "1.00 TiB".
func binarySize(_ bytes: Double) -> String {
  let units = ["bytes", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"]
  var unit = Swift.min(
    Swift.max(Int(Foundation.log2(Swift.max(bytes, 2))), 1) / 10, units.count - 1)
  var amount = bytes / Foundation.pow(1024, Double(unit))
  if amount.rounded() == 1024, unit < units.count - 1 {
    unit += 1
    amount /= 1024
  }
  if unit == 0 { return String(format: "%.0f bytes", amount) }
  return String(format: amount.rounded() < 1000 ? "%#.3g %@" : "%#.0f %@", amount, units[unit])
}
