import Foundation
import UnrollKit

/// How values print: PyTorch's rules (4 decimals, scientific when magnitudes call
/// for it, summarised with `…` past a size), columns on one line marked `ᵀ`.
public struct ValueFormat: Sendable, Equatable {
  /// Digits after the point.
  public var precision = 4
  /// Past this many entries, only the first and last `edgeItems` of each axis print.
  public var threshold = 1000
  /// Entries kept at each end of a summarised axis.
  public var edgeItems = 3
  /// The line width to wrap at.
  public var width = 80

  /// PyTorch's defaults at a width of 80.
  public init(precision: Int = 4, width: Int = 80) {
    self.precision = precision
    self.width = width
  }
}

extension Matrix {
  /// The entries as PyTorch would print them; a column (n, 1) with n > 1 prints as a
  /// row marked `ᵀ`, a (1, 1) as `[[x]]`, a matrix without entries as `[]`.
  public func formatted(_ format: ValueFormat = ValueFormat()) -> String {
    guard count > 0 else { return "[]" }
    let summarise = count > format.threshold
    let style = NumberStyle(scalars, precision: format.precision)
    func axis(_ n: Int) -> [Int?] {
      guard summarise, n > 2 * format.edgeItems else { return (0..<n).map { $0 } }
      return (0..<format.edgeItems).map { $0 } + [nil]
        + ((n - format.edgeItems)..<n).map { $0 }
    }
    let cells = scalars.map(style.string)
    let cellWidth = cells.map(\.count).max() ?? 0
    func cell(_ i: Int, _ j: Int) -> String {
      let text = cells[i * cols + j]
      return String(repeating: " ", count: cellWidth - text.count) + text
    }
    if cols == 1 && rows > 1 {
      let items = axis(rows).map { $0.map { cell($0, 0) } ?? "…" }
      return Matrix.wrap(items, open: "[", close: "]ᵀ", indent: " ", width: format.width)
    }
    let rowsText = axis(rows).map { i -> String in
      guard let i else { return " …" }
      let items = axis(cols).map { $0.map { cell(i, $0) } ?? "…" }
      return Matrix.wrap(items, open: "[", close: "]", indent: "  ", width: format.width - 1)
    }
    var text = "["
    for (k, row) in rowsText.enumerated() {
      let isLast = k == rowsText.count - 1
      let line = (k == 0 ? "" : " ") + (row == " …" ? "…" : row)
      text += line.replacingOccurrences(of: "\n", with: "\n ") + (isLast ? "]" : ",\n")
    }
    return text
  }

  /// Items joined with ", " inside `open` and `close`, wrapped to `width`.
  static func wrap(
    _ items: [String], open: String, close: String, indent: String, width: Int
  ) -> String {
    var lines: [String] = []
    var line = open
    for (k, item) in items.enumerated() {
      let piece = item + (k == items.count - 1 ? close : ",")
      if line.count + piece.count + 1 > width, line != open {
        lines.append(line)
        line = indent + piece
      } else {
        line += (line == open ? "" : " ") + piece
      }
    }
    if items.isEmpty { line += close }
    lines.append(line)
    return lines.joined(separator: "\n")
  }
}

/// How numbers in one matrix print: fixed or scientific, decided once for all entries.
struct NumberStyle {
  let isScientific: Bool
  let precision: Int

  /// PyTorch's rule: scientific when the non-zero magnitudes span more than 1000×,
  /// or the largest exceeds 1e8, or the smallest is below 1e-4.
  init(_ scalars: [Double], precision: Int) {
    let magnitudes = scalars.filter { $0.isFinite && $0 != 0 }.map { abs($0) }
    self.precision = precision
    if let largest = magnitudes.max(), let smallest = magnitudes.min() {
      isScientific = largest / smallest > 1000 || largest > 1e8 || smallest < 1e-4
    } else {
      isScientific = false
    }
  }

  func string(_ value: Double) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(24)
    append(value, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Appends `string(value)` as UTF-8: printf's `%.Nf` or `%.Ne` digits (`PrintfDigits`),
  /// `nan`, `inf`, `-inf`, and a negative that rounds to zero without its sign.
  func append(_ value: Double, to out: inout [UInt8]) {
    if value.isNaN { return out += Array("nan".utf8) }
    if value.isInfinite { return out += Array((value < 0 ? "-inf" : "inf").utf8) }
    let start = out.count
    PrintfDigits.append(value, precision: precision, scientific: isScientific, to: &out)
    if !isScientific, out[start] == UInt8(ascii: "-"),
      out[(start + 1)...].allSatisfy({ $0 == UInt8(ascii: "0") || $0 == UInt8(ascii: ".") })
    {
      out.remove(at: start)  // "-0.0000" prints as "0.0000"
    }
  }
}
