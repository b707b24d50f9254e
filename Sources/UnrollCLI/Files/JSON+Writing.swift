import UnrollKit

extension JSONValue {
  /// The value as JSON text: objects holding lists or objects, and lists of objects,
  /// one member per line down to `expandedDepth`, and a matrix that is a member of such
  /// an object one row per line; the rest (a column, a record, the sizes) on one line.
  ///
  /// Numbers are written with Swift's shortest representation that reads back to the
  /// same `Double`, so nothing is lost. JSON has no NaN or infinity: those are written
  /// as the strings `"nan"`, `"inf"` and `"-inf"`.
  public func text(expandedDepth: Int = 2) -> String {
    var output = ""
    write(into: &output, indent: 0, expandedDepth: expandedDepth)
    return output
  }

  private func write(into output: inout String, indent: Int, expandedDepth: Int) {
    switch self {
    case .null: output += "null"
    case .bool(let value): output += value ? "true" : "false"
    case .number(let value): output += JSONValue.numberText(value)
    case .integer(let value): output += "\(value)"
    case .string(let value): output += JSONValue.quoted(value)
    case .array(let elements):
      let expands =
        indent < expandedDepth
        && elements.contains {
          if case .object = $0 { return true } else { return false }
        }
        || indent <= expandedDepth && isMatrixOfRows
      writeContainer(
        elements.map { (nil, $0) }, open: "[", close: "]", expands: expands, into: &output,
        indent: indent, expandedDepth: expandedDepth)
    case .object(let members):
      let expands =
        indent < expandedDepth
        && members.contains {
          switch $0.value {
          case .array, .object: return true
          default: return false
          }
        }
      writeContainer(
        members.map { ($0.key, $0.value) }, open: "{", close: "}", expands: expands,
        into: &output, indent: indent, expandedDepth: expandedDepth)
    }
  }

  /// A list of two or more rows of two or more numbers: a matrix that reads better a
  /// row per line (a column vector, `[[a], [b]]`, stays on one line).
  private var isMatrixOfRows: Bool {
    guard case .array(let rows) = self, rows.count > 1 else { return false }
    return rows.allSatisfy {
      if case .array(let entries) = $0 { return entries.count > 1 } else { return false }
    }
  }

  private func writeContainer(
    _ items: [(String?, JSONValue)], open: String, close: String, expands: Bool,
    into output: inout String, indent: Int, expandedDepth: Int
  ) {
    guard !items.isEmpty else {
      output += open + close
      return
    }
    output += open
    let padding = String(repeating: "  ", count: indent + 1)
    for (k, (key, value)) in items.enumerated() {
      if expands { output += "\n" + padding } else if k > 0 { output += " " }
      if let key { output += JSONValue.quoted(key) + ": " }
      value.write(into: &output, indent: indent + 1, expandedDepth: expandedDepth)
      if k < items.count - 1 { output += "," }
    }
    if expands { output += "\n" + String(repeating: "  ", count: indent) }
    output += close
  }

  /// `0.1`, `1e-05`, `-3.0`; `"nan"`, `"inf"`, `"-inf"` for what JSON cannot hold.
  static func numberText(_ value: Double) -> String {
    if value.isNaN { return "\"nan\"" }
    if value.isInfinite { return value < 0 ? "\"-inf\"" : "\"inf\"" }
    return "\(value)"
  }

  /// `text` in double quotes, with `"`, `\` and control characters escaped.
  static func quoted(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      case _ where scalar.value < 0x20:
        let hex = String(scalar.value, radix: 16)
        result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result + "\""
  }

  /// A matrix as JSON: its list of rows, a column as `[[a], [b]]`.
  public init(_ matrix: Matrix) {
    self = .array(matrix.rowArrays.map { .array($0.map(JSONValue.number)) })
  }
}
