import Foundation

extension PyValue {
  /// `repr(value)` as Python writes it (arrays as NumPy 2 does: "array([[1., 2.]])").
  public var repr: String { Evaluator.repr(self) }
}

/// `str`, `repr` and `format` as Python writes them (arrays as NumPy 2 prints them).
extension Evaluator {
  /// `repr(value)`.
  func repr(_ value: PyValue) -> String { Evaluator.repr(value) }

  /// `repr(value)`, for any value (also the public API's).
  static func repr(_ value: PyValue, depth: Int = 0) -> String {
    guard depth < 50 else { return "[...]" }
    switch value {
    case .none: return "None"
    case .bool(let b): return b ? "True" : "False"
    case .int(let v): return String(v)
    case .float(let v): return floatRepr(v)
    case .string(let s): return stringRepr(s)
    case .array(let ref): return ref.value.repr
    case .list(let ref):
      return "[" + ref.items.map { repr($0, depth: depth + 1) }.joined(separator: ", ") + "]"
    case .tuple(let items):
      if items.count == 1 { return "(" + repr(items[0], depth: depth + 1) + ",)" }
      return "(" + items.map { repr($0, depth: depth + 1) }.joined(separator: ", ") + ")"
    case .dict(let ref):
      return "{"
        + zip(ref.keys, ref.values).map {
          "\(repr($0, depth: depth + 1)): \(repr($1, depth: depth + 1))"
        }
        .joined(separator: ", ") + "}"
    case .range(let start, let stop, let step):
      return step == 1 ? "range(\(start), \(stop))" : "range(\(start), \(stop), \(step))"
    case .slice(let a, let b, let c):
      return "slice(\(repr(a)), \(repr(b)), \(repr(c)))"
    case .function(let ref): return "<function \(ref.qualifiedName)>"
    case .boundMethod(let object, let ref):
      return "<bound method \(ref.qualifiedName) of \(repr(object, depth: depth + 1))>"
    case .builtin(let ref):
      return ref.isType ? "<class '\(ref.name)'>" : "<built-in function \(ref.name)>"
    case .classObject(let ref): return "<class '__main__.\(ref.name)'>"
    case .instance(let ref): return "<__main__.\(ref.classRef.name) object>"
    case .module(let ref): return "<module '\(ref.name)'>"
    case .iterator(let ref): return "<\(ref.kind) object>"
    case .ellipsis: return "Ellipsis"
    }
  }

  /// `repr(float)`: the shortest digits that round-trip, in Python's layout.
  static func floatRepr(_ v: Double) -> String {
    if v.isNaN { return "nan" }
    if v.isInfinite { return v < 0 ? "-inf" : "inf" }
    // Swift's description is the shortest round-trip form; Python's switches to exponent
    // notation at the same places (1e16, 1e-05) and writes the exponent with two digits.
    return "\(v)"
  }

  /// `repr(str)`: single quotes unless the text holds one and no double quote.
  static func stringRepr(_ s: String) -> String {
    let quote: Character = s.contains("'") && !s.contains("\"") ? "\"" : "'"
    var out = String(quote)
    for scalar in s.unicodeScalars {
      switch scalar {
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      case "\r": out += "\\r"
      default:
        if Character(scalar) == quote {
          out += "\\\(quote)"
        } else if scalar.value < 0x20 || scalar.value == 0x7F {
          out += String(format: "\\x%02x", scalar.value)
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    out.append(quote)
    return out
  }

  /// `str(value)`.
  func str(_ value: PyValue) throws(PythonError) -> String {
    switch value {
    case .string(let s): return s
    case .array(let ref): return ref.value.str
    default: return repr(value)
    }
  }

  /// `template.format(*args, **kw)`: `{}`, `{0}`, `{name}`, each with `!r` and `:spec`.
  func formatMethod(_ template: String, _ args: [PyValue], _ kw: [(String, PyValue)])
    throws(PythonError) -> String
  {
    let chars = Array(template)
    var out = ""
    var i = 0
    var automatic = 0
    while i < chars.count {
      let c = chars[i]
      if (c == "{" || c == "}") && i + 1 < chars.count && chars[i + 1] == c {
        out.append(c)
        i += 2
        continue
      }
      if c == "}" {
        throw PythonError(kind: "ValueError", message: "Single '}' encountered in format string")
      }
      guard c == "{" else {
        out.append(c)
        i += 1
        continue
      }
      guard let close = chars[i...].firstIndex(of: "}") else {
        throw PythonError(kind: "ValueError", message: "Single '{' encountered in format string")
      }
      var name = String(chars[(i + 1)..<close])
      i = close + 1
      var spec = ""
      var conversion: Character?
      if let colon = name.firstIndex(of: ":") {
        spec = String(name[name.index(after: colon)...])
        name = String(name[..<colon])
      }
      if let bang = name.firstIndex(of: "!") {
        conversion = name[name.index(after: bang)...].first
        name = String(name[..<bang])
      }
      var value: PyValue
      if name.isEmpty {
        guard automatic < args.count else {
          throw PythonError(
            kind: "IndexError",
            message: "Replacement index \(automatic) out of range for positional args tuple")
        }
        value = args[automatic]
        automatic += 1
      } else if let index = Int(name) {
        guard index >= 0, index < args.count else {
          throw PythonError(
            kind: "IndexError",
            message: "Replacement index \(index) out of range for positional args tuple")
        }
        value = args[index]
      } else if let pair = kw.first(where: { $0.0 == name }) {
        value = pair.1
      } else {
        throw PythonError(kind: "KeyError", message: Evaluator.stringRepr(name))
      }
      if conversion == "r" { value = .string(repr(value)) }
      if conversion == "s" { value = .string(try str(value)) }
      out += try format(value, spec: spec)
    }
    return out
  }

  /// `format(value, spec)`: the format mini-language for numbers and strings.
  func format(_ value: PyValue, spec: String) throws(PythonError) -> String {
    if spec.isEmpty { return try str(value) }
    var number: Double?
    var integer: Int?
    var typeName = value.messageTypeName
    switch value {
    case .int(let v): integer = v
    case .bool(let b): integer = b ? 1 : 0
    case .float(let v): number = v
    case .array(let ref) where ref.dtypeAndRank.ndim == 0:
      let array = ref.value
      if array.dtype == .float64 {
        number = array.scalars.first
      } else {
        integer = (array.scalars.first ?? 0).wholeInt ?? 0
      }
    case .string(let s):
      return try FormatSpec(spec, typeName: "str").pad(s, numeric: false)
    case .array:
      throw PythonError(
        kind: "TypeError", message: "unsupported format string passed to numpy.ndarray.__format__")
    default:
      throw PythonError(
        kind: "TypeError", message: "unsupported format string passed to \(typeName).__format__")
    }
    if case .array = value { typeName = value.messageTypeName == "numpy.float64" ? "float" : "int" }
    let format = try FormatSpec(spec, typeName: typeName)
    return try format.apply(integer: integer, number: number)
  }
}

/// A parsed format spec: `[[fill]align][sign][0][width][,][.precision][type]`.
struct FormatSpec {
  var fill: Character = " "
  var align: Character?
  var sign: Character = "-"
  var width = 0
  var grouping: Character?
  var precision: Int?
  var type: Character?
  let typeName: String

  init(_ spec: String, typeName: String) throws(PythonError) {
    self.typeName = typeName
    var chars = Array(spec)[...]
    if chars.count >= 2, "<>=^".contains(chars[chars.startIndex + 1]) {
      fill = chars.removeFirst()
      align = chars.removeFirst()
    } else if let first = chars.first, "<>=^".contains(first) {
      align = chars.removeFirst()
    }
    if let first = chars.first, "+- ".contains(first) { sign = chars.removeFirst() }
    if chars.first == "0" {
      fill = "0"
      if align == nil { align = "=" }
      chars.removeFirst()
    }
    var digits = ""
    while let c = chars.first, c.isNumber {
      digits.append(chars.removeFirst())
    }
    width = Int(digits) ?? 0
    if let c = chars.first, c == "," || c == "_" { grouping = chars.removeFirst() }
    if chars.first == "." {
      chars.removeFirst()
      var p = ""
      while let c = chars.first, c.isNumber { p.append(chars.removeFirst()) }
      guard let value = Int(p) else {
        throw PythonError(kind: "ValueError", message: "Format specifier missing precision")
      }
      precision = value
    }
    if let c = chars.first {
      type = c
      chars.removeFirst()
    }
    guard chars.isEmpty else {
      throw PythonError(
        kind: "ValueError",
        message: "Invalid format specifier '\(spec)' for object of type '\(typeName)'")
    }
  }

  func apply(integer: Int?, number: Double?) throws(PythonError) -> String {
    let type = self.type
    if let integer, type == nil || type == "d" || type == "n" {
      return try pad(
        withSign(group(String(integer.magnitude)), negative: integer < 0), numeric: true)
    }
    guard let value = number ?? integer.map(Double.init) else { return "" }
    if type == "d" {
      throw PythonError(
        kind: "ValueError", message: "Unknown format code 'd' for object of type '\(typeName)'")
    }
    let magnitude = abs(value)
    var body: String
    switch type {
    case "f", "F":
      body = String(format: "%.\(precision ?? 6)f", magnitude)
    case "e", "E":
      body = String(format: "%.\(precision ?? 6)e", magnitude)
    case "g", "G":
      body = String(format: "%.\(max(precision ?? 6, 1))g", magnitude)
    case "%":
      body = String(format: "%.\(precision ?? 6)f", magnitude * 100) + "%"
    case nil:
      if let precision {
        body = String(format: "%.\(max(precision, 1))g", magnitude)
      } else {
        body = Evaluator.floatRepr(magnitude)
      }
    default:
      throw PythonError(
        kind: "ValueError",
        message: "Unknown format code '\(type ?? " ")' for object of type '\(typeName)'")
    }
    if value.isNaN { body = "nan" } else if value.isInfinite { body = "inf" }
    if type == "E" || type == "G" || type == "F" { body = body.uppercased() }
    if grouping != nil,
      let dot = body.firstIndex(where: { !$0.isNumber }) ?? Optional(body.endIndex)
    {
      body = group(String(body[..<dot])) + body[dot...]
    }
    return try pad(
      withSign(body, negative: value < 0 || (value == 0 && value.sign == .minus)), numeric: true)
  }

  private func group(_ digits: String) -> String {
    guard let grouping else { return digits }
    var out = ""
    for (i, c) in digits.enumerated() {
      if i > 0 && (digits.count - i) % 3 == 0 { out.append(grouping) }
      out.append(c)
    }
    return out
  }

  private func withSign(_ body: String, negative: Bool) -> String {
    if negative { return "-" + body }
    if sign == "+" { return "+" + body }
    if sign == " " { return " " + body }
    return body
  }

  func pad(_ text: String, numeric: Bool) throws(PythonError) -> String {
    var text = text
    if !numeric, let precision { text = String(text.prefix(precision)) }
    let count = text.count
    guard width > count else { return text }
    let padding = width - count
    switch align ?? (numeric ? ">" : "<") {
    case "<": return text + String(repeating: fill, count: padding)
    case "^":
      let left = padding / 2
      return String(repeating: fill, count: left) + text
        + String(repeating: fill, count: padding - left)
    case "=":
      if let first = text.first, "+- ".contains(first) {
        return String(first) + String(repeating: fill, count: padding) + text.dropFirst()
      }
      return String(repeating: fill, count: padding) + text
    default: return String(repeating: fill, count: padding) + text
    }
  }
}
