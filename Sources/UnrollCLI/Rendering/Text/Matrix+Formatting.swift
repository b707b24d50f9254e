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
  /// Fixed (false) or scientific (true) for every entry, when several values shown
  /// together must share one style (a comparison); nil decides from the entries.
  public var isScientific: Bool? = nil
  /// The least width of every entry, so that values shown one above the other line up
  /// (a comparison); nil leaves each value its own widest entry.
  public var cellWidth: Int? = nil

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
    var bytes: [UInt8] = []
    appendFormatted(format, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// `formatted(format)` as UTF-8, with `linePrefix` before each of its lines: written
  /// byte by byte, since a trace prints thousands of values (widths are counted in
  /// characters: every cell is ASCII, `…` and `ᵀ` one character each).
  func appendFormatted(
    _ format: ValueFormat, linePrefix: [UInt8] = [], to out: inout [UInt8]
  ) {
    out += linePrefix
    guard count > 0 else { return out += Array("[]".utf8) }
    let summarise = count > format.threshold
    let style =
      format.isScientific.map { NumberStyle(isScientific: $0, precision: format.precision) }
      ?? NumberStyle(scalars, precision: format.precision)
    func axis(_ n: Int) -> [Int?] {
      guard summarise, n > 2 * format.edgeItems else { return (0..<n).map { $0 } }
      return (0..<format.edgeItems).map { $0 } + [nil]
        + ((n - format.edgeItems)..<n).map { $0 }
    }
    // Every entry's text in one buffer, entry k at ends[k - 1] ..< ends[k].
    var cells: [UInt8] = []
    cells.reserveCapacity(count * 12)
    var ends: [Int] = []
    ends.reserveCapacity(count)
    var cellWidth = format.cellWidth ?? 0
    for value in scalars {
      let start = cells.count
      style.append(value, to: &cells)
      ends.append(cells.count)
      cellWidth = Swift.max(cellWidth, cells.count - start)
    }
    let ellipsis = Array("…".utf8)
    // `items` (cells, nil for …) joined with ", " inside [ and `close`, wrapped at `width`.
    func wrap(
      _ items: [Int?], close: [UInt8], closeWidth: Int, indent: [UInt8], width: Int,
      lineBreak: [UInt8]
    ) {
      out.append(UInt8(ascii: "["))
      var lineWidth = 1
      for (k, item) in items.enumerated() {
        let isLast = k == items.count - 1
        let pieceWidth = (item == nil ? 1 : cellWidth) + (isLast ? closeWidth : 1)
        if k > 0, lineWidth + pieceWidth + 1 > width {
          out += lineBreak
          out += indent
          lineWidth = indent.count + pieceWidth
        } else {
          if k > 0 { out.append(UInt8(ascii: " ")) }
          lineWidth += (k > 0 ? 1 : 0) + pieceWidth
        }
        if let item {
          let start = item == 0 ? 0 : ends[item - 1]
          let padding = cellWidth - (ends[item] - start)
          if padding > 0 { out += repeatElement(UInt8(ascii: " "), count: padding) }
          out += cells[start..<ends[item]]
        } else {
          out += ellipsis
        }
        if isLast { out += close } else { out.append(UInt8(ascii: ",")) }
      }
    }
    let newline = [UInt8(ascii: "\n")] + linePrefix
    if cols == 1 && rows > 1 {
      wrap(
        axis(rows), close: Array("]ᵀ".utf8), closeWidth: 2, indent: [UInt8(ascii: " ")],
        width: format.width, lineBreak: newline)
      return
    }
    out.append(UInt8(ascii: "["))
    let rowAxis = axis(rows)
    for (k, i) in rowAxis.enumerated() {
      if k > 0 { out.append(UInt8(ascii: " ")) }
      if let i {
        wrap(
          axis(cols).map { $0.map { i * cols + $0 } }, close: [UInt8(ascii: "]")], closeWidth: 1,
          indent: Array("  ".utf8), width: format.width - 1,
          lineBreak: newline + [UInt8(ascii: " ")])
      } else {
        out += ellipsis
      }
      if k == rowAxis.count - 1 {
        out.append(UInt8(ascii: "]"))
      } else {
        out.append(UInt8(ascii: ","))
        out += newline
      }
    }
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

  /// A style decided beforehand: `isScientific` for every number.
  init(isScientific: Bool, precision: Int) {
    self.isScientific = isScientific
    self.precision = precision
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
