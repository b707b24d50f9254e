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
    var output = JSONWriter()
    write(into: &output, indent: 0, expandedDepth: expandedDepth)
    return String(decoding: output.bytes, as: UTF8.self)
  }

  /// Writes `text(expandedDepth:)`'s bytes for this value at `indent` into `output`.
  func write(into output: inout JSONWriter, indent: Int, expandedDepth: Int) {
    switch self {
    case .null: output.append("null")
    case .bool(let value): output.append(value ? "true" : "false")
    case .number(let value): output.appendNumber(value)
    case .integer(let value): output.append(value.description)
    case .string(let value): output.appendQuoted(value)
    case .array(let elements):
      let expands =
        indent < expandedDepth
        && elements.contains {
          if case .object = $0 { return true } else { return false }
        }
        || indent <= expandedDepth && isMatrixOfRows
      output.writeContainer(
        count: elements.count, open: UInt8(ascii: "["), close: UInt8(ascii: "]"), expands: expands,
        indent: indent
      ) { k, output in
        elements[k].write(into: &output, indent: indent + 1, expandedDepth: expandedDepth)
      }
    case .object(let members):
      let expands =
        indent < expandedDepth
        && members.contains {
          switch $0.value {
          case .array, .object: return true
          default: return false
          }
        }
      output.writeContainer(
        count: members.count, open: UInt8(ascii: "{"), close: UInt8(ascii: "}"), expands: expands,
        indent: indent
      ) { k, output in
        output.appendQuoted(members[k].key)
        output.append(": ")
        members[k].value.write(into: &output, indent: indent + 1, expandedDepth: expandedDepth)
      }
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

  /// `0.1`, `1e-05`, `-3.0`; `"nan"`, `"inf"`, `"-inf"` for what JSON cannot hold.
  static func numberText(_ value: Double) -> String {
    if value.isNaN { return "\"nan\"" }
    if value.isInfinite { return value < 0 ? "\"-inf\"" : "\"inf\"" }
    return "\(value)"
  }

  /// `text` in double quotes, with `"`, `\` and control characters escaped.
  static func quoted(_ text: String) -> String {
    var output = JSONWriter()
    output.appendQuoted(text)
    return String(decoding: output.bytes, as: UTF8.self)
  }

  /// A matrix as JSON: its list of rows, a column as `[[a], [b]]`.
  public init(_ matrix: Matrix) {
    self = .array(matrix.rowArrays.map { .array($0.map(JSONValue.number)) })
  }
}

/// A member of an object written by `JSONWriter.writeObject`: a value, or a list of
/// objects made one at a time as they are written, so that the whole list (a long
/// trace's records) is never held as `JSONValue`s at once.
enum JSONMember {
  /// A value held whole.
  case value(JSONValue)
  /// `count` objects, the k-th made by `element(k)` when it is written.
  case objects(count: Int, element: (Int) -> JSONValue)

  /// The member as one `JSONValue`, every element made.
  var value: JSONValue {
    switch self {
    case .value(let value): return value
    case .objects(let count, let element): return .array((0..<count).map(element))
    }
  }
}

/// JSON text as UTF-8 bytes: collected whole (`text(expandedDepth:)`), or handed to a
/// sink a chunk of about `chunkSize` bytes at a time, so that a file of 100 MB is
/// written without holding it (`Trace.writeJSON`).
struct JSONWriter {
  /// What has been written and not yet handed to the sink.
  private(set) var bytes: [UInt8] = []
  private let sink: (([UInt8]) -> Bool)?
  private let chunkSize: Int
  /// False once the sink has refused a chunk (a full disk): the rest is dropped.
  private(set) var isAccepted = true

  /// A writer that keeps everything in `bytes`.
  init() {
    sink = nil
    chunkSize = Int.max
  }

  /// A writer that hands `sink` its bytes a chunk at a time; `sink` returns false to stop.
  init(chunkSize: Int = 1 << 20, sink: @escaping ([UInt8]) -> Bool) {
    self.sink = sink
    self.chunkSize = chunkSize
    bytes.reserveCapacity(chunkSize + 4096)
  }

  /// Hands what is left to the sink (nothing without one).
  mutating func finish() {
    guard let sink, !bytes.isEmpty else { return }
    if isAccepted { isAccepted = sink(bytes) }
    bytes.removeAll(keepingCapacity: true)
  }

  /// Hands a full chunk to the sink; called between values, so a chunk never splits one.
  private mutating func flushIfFull() {
    guard bytes.count >= chunkSize, let sink else { return }
    if isAccepted { isAccepted = sink(bytes) }
    bytes.removeAll(keepingCapacity: true)
  }

  mutating func append(_ text: String) { bytes += text.utf8 }

  mutating func append(_ byte: UInt8) { bytes.append(byte) }

  /// `JSONValue.numberText(value)`.
  mutating func appendNumber(_ value: Double) {
    if value.isFinite {
      bytes += value.description.utf8
    } else {
      append(JSONValue.numberText(value))
    }
  }

  /// `JSONValue.quoted(text)`.
  mutating func appendQuoted(_ text: String) {
    bytes.append(UInt8(ascii: "\""))
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": append("\\\"")
      case "\\": append("\\\\")
      case "\n": append("\\n")
      case "\r": append("\\r")
      case "\t": append("\\t")
      case _ where scalar.value < 0x20:
        let hex = String(scalar.value, radix: 16)
        append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
      default: bytes += String(scalar).utf8
      }
    }
    bytes.append(UInt8(ascii: "\""))
  }

  /// `open`, the `count` items written by `item` and separated by commas, `close`; one
  /// item per line indented by `indent + 1` levels when `expands`, else on one line.
  mutating func writeContainer(
    count: Int, open: UInt8, close: UInt8, expands: Bool, indent: Int,
    item: (Int, inout JSONWriter) -> Void
  ) {
    bytes.append(open)
    guard count > 0 else { return bytes.append(close) }
    for k in 0..<count {
      if expands {
        bytes.append(UInt8(ascii: "\n"))
        bytes += repeatElement(UInt8(ascii: " "), count: 2 * (indent + 1))
      } else if k > 0 {
        bytes.append(UInt8(ascii: " "))
      }
      item(k, &self)
      if k < count - 1 { bytes.append(UInt8(ascii: ",")) }
      flushIfFull()
    }
    if expands {
      bytes.append(UInt8(ascii: "\n"))
      bytes += repeatElement(UInt8(ascii: " "), count: 2 * indent)
    }
    bytes.append(close)
  }

  /// Writes `.object(members)` at indent 0 as `JSONValue.text(expandedDepth:)` would,
  /// making the elements of an `.objects` member one at a time.
  mutating func writeObject(_ members: [(key: String, value: JSONMember)], expandedDepth: Int = 2) {
    let expands =
      0 < expandedDepth
      && members.contains {
        switch $0.value {
        case .value(.array), .value(.object), .objects: return true
        default: return false
        }
      }
    writeContainer(
      count: members.count, open: UInt8(ascii: "{"), close: UInt8(ascii: "}"),
      expands: expands, indent: 0
    ) { k, output in
      output.appendQuoted(members[k].key)
      output.append(": ")
      switch members[k].value {
      case .value(let value): value.write(into: &output, indent: 1, expandedDepth: expandedDepth)
      case .objects(let count, let element):
        // A list of objects: one per line when at 1 < expandedDepth (as `write` decides).
        output.writeContainer(
          count: count, open: UInt8(ascii: "["), close: UInt8(ascii: "]"),
          expands: 1 < expandedDepth, indent: 1
        ) { k, output in
          element(k).write(into: &output, indent: 2, expandedDepth: expandedDepth)
        }
      }
    }
  }
}
