/// NumPy 2's printing at the default print options (precision 8, `floatmode='maxprec'`,
/// `suppress=False`, linewidth 75, threshold 1000, edgeitems 3), after
/// `numpy/_core/arrayprint.py`.
extension NDArray {
  /// `repr(a)` as NumPy 2 prints it: "array([[1., 2.]])", "np.float64(0.5)".
  public var repr: String {
    if ndim == 0 {
      let value = scalars.first ?? 0
      switch dtype {
      case .float64: return "np.float64(\(FloatDigits.pythonRepr(value)))"
      case .int64: return "np.int64(\(integerText(value)))"
      case .bool: return value != 0 ? "np.True_" : "np.False_"
      }
    }
    let prefix = "array("
    let body = size == 0 ? "[]" : layout(separator: ", ", prefix: prefix, width: 75 - 1)
    var extras = [String]()
    if (size == 0 && shape != [0]) || size > ArrayPrinter.threshold {
      extras.append("shape=" + pythonTuple(shape))
    }
    if size == 0 { extras.append("dtype=\(dtype.rawValue)") }
    guard !extras.isEmpty else { return prefix + body + ")" }
    let text = prefix + body + ","
    let extra = extras.joined(separator: ", ") + ")"
    let lastLine = text.split(separator: "\n", omittingEmptySubsequences: false).last ?? ""
    let spacer =
      lastLine.count + extra.count + 1 > 75
      ? "\n" + String(repeating: " ", count: prefix.count) : " "
    return text + spacer + extra
  }

  /// `str(a)`, what `print(a)` shows; a 0-d array prints as its scalar.
  public var str: String {
    if ndim == 0 {
      let value = scalars.first ?? 0
      switch dtype {
      case .float64: return FloatDigits.pythonRepr(value)
      case .int64: return integerText(value)
      case .bool: return value != 0 ? "True" : "False"
      }
    }
    return size == 0 ? "[]" : layout(separator: " ", prefix: "", width: 75)
  }

  /// The bracketed rows of a non-empty array (`_formatArray`).
  func layout(separator: String, prefix: String, width: Int) -> String {
    let summarize = size > ArrayPrinter.threshold
    let format = ArrayPrinter.formatter(for: self, summarize: summarize)
    let printer = ArrayPrinter(
      array: self, format: format, separator: separator, summarize: summarize)
    return printer.recurse(
      index: [], hangingIndent: " " + String(repeating: " ", count: prefix.count),
      width: width)
  }
}

/// An int64 entry's digits; one past Int's range (int64 arithmetic beyond 2⁶³, which NumPy
/// would wrap around) prints its Double's integer digits rather than trap.
func integerText(_ value: Double) -> String {
  if let exact = Int(exactly: value) { return String(exact) }
  return value.isFinite ? String(format: "%.0f", value) : "0"
}

/// A shape as Python prints a tuple: "(0, 3)", "(0,)".
func pythonTuple(_ shape: [Int]) -> String {
  shape.count == 1 ? "(\(shape[0]),)" : "(" + shape.map(String.init).joined(separator: ", ") + ")"
}

/// The recursive layout of `_formatArray`: rows wrapped at the line width, blank lines
/// between blocks, "..." for the middle of long axes when the array is summarized.
struct ArrayPrinter {
  /// Arrays with more entries than this are summarized.
  static let threshold = 1000
  /// The entries kept at each end of a summarized axis.
  static let edgeItems = 3

  let array: NDArray
  let format: (Double) -> String
  let separator: String
  /// The separator without trailing spaces: "," or "".
  let separatorStem: String
  let summarize: Bool
  /// The C-order strides of the array.
  let strides: [Int]

  /// A printer of `array`'s entries through `format`.
  init(array: NDArray, format: @escaping (Double) -> String, separator: String, summarize: Bool) {
    self.array = array
    self.format = format
    self.separator = separator
    separatorStem = String(separator.reversed().drop { $0 == " " }.reversed())
    self.summarize = summarize
    var strides = [Int](repeating: 1, count: array.ndim)
    for axis in stride(from: array.ndim - 2, through: 0, by: -1) {
      strides[axis] = strides[axis + 1] * array.shape[axis + 1]
    }
    self.strides = strides
  }

  /// The text of the sub-array at `index` (a prefix of full indices).
  func recurse(index: [Int], hangingIndent: String, width: Int) -> String {
    let axis = index.count
    if axis == array.ndim {
      let offset = zip(index, strides).reduce(0) { $0 + $1.0 * $1.1 }
      return format(array.scalars[offset])
    }
    let nextIndent = hangingIndent + " "
    let nextWidth = width - 1
    let length = array.shape[axis]
    let showSummary = summarize && 2 * Self.edgeItems < length
    let leading = showSummary ? Self.edgeItems : 0
    let trailing = showSummary ? Self.edgeItems : length
    let items = Array(0..<leading) + Array((length - trailing)..<length)
    var s = ""
    if axis == array.ndim - 1 {
      let elementWidth = width - Swift.max(separatorStem.count, 1)
      var line = hangingIndent
      for (position, i) in items.enumerated() {
        if showSummary && position == leading {
          extend(&s, &line, "...", elementWidth, hangingIndent)
          line += separator
        }
        let word = recurse(index: index + [i], hangingIndent: nextIndent, width: nextWidth)
        extend(&s, &line, word, elementWidth, hangingIndent)
        if position < items.count - 1 { line += separator }
      }
      s += line
    } else {
      let lineSeparator = separatorStem + String(repeating: "\n", count: array.ndim - axis - 1)
      for (position, i) in items.enumerated() {
        if showSummary && position == leading {
          s += hangingIndent + "..." + lineSeparator
        }
        let nested = recurse(index: index + [i], hangingIndent: nextIndent, width: nextWidth)
        s += hangingIndent + nested + (position < items.count - 1 ? lineSeparator : "")
      }
    }
    return "[" + String(decoding: s.utf8.dropFirst(hangingIndent.utf8.count), as: UTF8.self) + "]"
  }

  /// Appends `word` to `line`, first wrapping when it would pass `width` and a wrap helps
  /// (`_extendLine`).
  func extend(
    _ s: inout String, _ line: inout String, _ word: String, _ width: Int, _ indent: String
  ) {
    // Entries are ASCII, so UTF-8 counts are character counts (and O(1)).
    if line.utf8.count + word.utf8.count > width && line.utf8.count > indent.utf8.count {
      s += String(line.reversed().drop { $0 == " " }.reversed()) + "\n"
      line = indent
    }
    line += word
  }

  /// The entries the format is fitted to: all, or only the summarized corners.
  static func shownEntries(_ array: NDArray, summarize: Bool) -> [Double] {
    guard summarize else { return array.scalars }
    var offsets = [0]
    var step = array.size
    for length in array.shape {
      step /= Swift.max(length, 1)
      let kept =
        length > 2 * edgeItems
        ? Array(0..<edgeItems) + Array((length - edgeItems)..<length) : Array(0..<length)
      offsets = offsets.flatMap { base in kept.map { base + $0 * step } }
    }
    return offsets.map { array.scalars[$0] }
  }

  /// The function printing each entry, fitted to the shown entries as NumPy's
  /// FloatingFormat, IntegerFormat and BoolFormat are.
  static func formatter(for array: NDArray, summarize: Bool) -> (Double) -> String {
    let data = shownEntries(array, summarize: summarize)
    switch array.dtype {
    case .bool:
      return { $0 != 0 ? " True" : "False" }
    case .int64:
      let widths = [data.max(), data.min()].compactMap { $0 }.map { integerText($0).count }
      let width = widths.max() ?? 0
      return { value in
        let text = integerText(value)
        return String(repeating: " ", count: Swift.max(0, width - text.count)) + text
      }
    case .float64:
      return FloatFormat(data).format
    }
  }
}

/// NumPy's FloatingFormat at precision 8, `floatmode='maxprec'`, `suppress=False`.
struct FloatFormat {
  let isScientific: Bool
  var padLeft = 0
  var padRight = 0
  var precision = 8
  var exponentDigits = 0

  /// The format fitted to `data`: scientific when the largest magnitude is 1e8 or more, the
  /// smallest non-zero one below 1e-4, or their ratio above 1000.
  init(_ data: [Double]) {
    let finite = data.filter(\.isFinite)
    let magnitudes = finite.filter { $0 != 0 }.map(Swift.abs)
    if let largest = magnitudes.max(), let smallest = magnitudes.min() {
      isScientific = largest >= 1e8 || smallest < 0.0001 || largest / smallest > 1000
    } else {
      isScientific = false
    }
    if finite.isEmpty {
      (padLeft, padRight) = (0, 0)
    } else if isScientific {
      let parts = finite.map { FloatDigits.scientific($0, precision: 8) }
      exponentDigits =
        parts.map { Swift.max(2, String(Swift.abs($0.exponent)).count) }.max() ?? 2
      precision = parts.map(\.fraction.count).max() ?? 0
      padLeft = parts.map(\.integer.count).max() ?? 0
      padRight = exponentDigits + 2 + precision
    } else {
      let parts = finite.map { FloatDigits.positional($0, precision: 8) }
      padLeft = parts.map(\.integer.count).max() ?? 0
      padRight = parts.map(\.fraction.count).max() ?? 0
    }
    if finite.count != data.count {
      let negativeInfinity = data.contains { $0.isInfinite && $0 < 0 } ? 1 : 0
      padLeft = Swift.max(padLeft, 3 - (padRight + 1), 3 + negativeInfinity - (padRight + 1))
    }
  }

  /// One entry, padded to the common width.
  func format(_ value: Double) -> String {
    guard value.isFinite else {
      let text = value.isNaN ? "nan" : value < 0 ? "-inf" : "inf"
      return pad(text, padLeft + padRight + 1)
    }
    if isScientific {
      let parts = FloatDigits.scientific(value, precision: precision)
      let fraction =
        parts.fraction + String(repeating: "0", count: precision - parts.fraction.count)
      return pad(parts.integer, padLeft) + "." + fraction + "e"
        + FloatDigits.exponentText(parts.exponent, digits: exponentDigits)
    }
    let parts = FloatDigits.positional(value, precision: precision)
    return pad(parts.integer, padLeft) + "." + parts.fraction
      + String(repeating: " ", count: Swift.max(0, padRight - parts.fraction.count))
  }

  /// `text` right-aligned in `width` columns.
  func pad(_ text: String, _ width: Int) -> String {
    String(repeating: " ", count: Swift.max(0, width - text.count)) + text
  }
}
