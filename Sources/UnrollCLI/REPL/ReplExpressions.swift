import Foundation
import UnrollKit
import UnrollPython

/// What an expression gave: an array with NumPy's shape, or another Python value.
struct Evaluated {
  /// The value as a matrix (a 1-D array as one row, a 0-d one as (1, 1)), nil when it is
  /// no number array of at most two axes.
  let matrix: Matrix?
  /// NumPy's shape: `()` for a scalar, `(5,)`, `(5, 1)`.
  let shape: [Int]
  /// Python's repr, for what is not shown as a matrix (a tuple, a bool).
  let repr: String
  /// The value as an array, bools included; nil for what is none (a tuple, a string).
  let array: NDArray?
}

/// Expressions at the prompt: `print h_t[0]`, `print Whh @ h_t`, `print 1/(1+exp(-0.136))`,
/// evaluated by UnrollPython's NumPy subset, the one `unroll check` runs, so its rules and
/// its error texts are the same; the names valid at this stop are bound as arrays.
extension ReplSession {
  /// The functions an expression may call without `np.`: NumPy's, and `sigmoid`.
  static let expressionFunctions: [String: PyValue] = {
    var table: [String: PyValue] = [:]
    let numpy = [
      "exp": "np.exp", "log": "np.log", "tanh": "np.tanh", "sqrt": "np.sqrt", "abs": "np.abs",
      "sum": "np.sum", "norm": "np.linalg.norm", "mean": "np.mean", "max": "np.max",
      "min": "np.min",
    ]
    for (name, path) in numpy {
      if let function = try? PythonInterpreter.evaluate(expression: path, names: [:]) {
        table[name] = function
      }
    }
    table["sigmoid"] = .builtinFunction("sigmoid") { arguments throws(PythonError) in
      guard arguments.count == 1, let a = arguments[0].arrayValue else {
        throw PythonError(kind: "TypeError", message: "sigmoid() takes one array or number")
      }
      let scalars = a.scalars.map { 1 / (1 + Foundation.exp(-$0)) }
      guard let s = try? NDArray(shape: a.shape, scalars: scalars) else {
        throw PythonError(kind: "ValueError", message: "sigmoid() could not keep the shape")
      }
      return PyValue(s)
    }
    return table
  }()

  /// Whether `word` is a plain name (`h_t`, `dC̃`, `h_{t-1}`, `self.h`), printed by the
  /// lookup rather than evaluated.
  static func isPlainName(_ word: String) -> Bool {
    if RecordNames.previousStep[word] != nil || RecordNames.typed[word] != nil { return true }
    let operators = Set("()[]+-*/%,:<>=!~&|^{} .'\"@")
    return !word.isEmpty && !word.contains(where: { operators.contains($0) })
      && !(word.first?.isNumber ?? true)
  }

  /// Whether `args` are the old form `NAME [T]`, `NAME@T` or `NAME t=T`, not an expression.
  static func isNameAndTime(_ args: [String]) -> Bool {
    guard let first = args.first, args.count <= 2 else { return false }
    var name = first
    if let at = first.firstIndex(of: "@") {
      let time = first[first.index(after: at)...]
      guard args.count == 1, !time.isEmpty, time.allSatisfy({ $0.isASCII && $0.isNumber })
      else { return false }
      name = String(first[..<at])
    }
    guard isPlainName(name) else { return false }
    guard args.count == 2 else { return true }
    let time = args[1].hasPrefix("t=") ? String(args[1].dropFirst(2)) : args[1]
    return !time.isEmpty && time.allSatisfy { $0.isASCII && $0.isNumber }
  }

  /// `expression` evaluated against the values as of this stop.
  func evaluate(_ expression: String) -> Result<Evaluated, Refusal> {
    let text = ReplSession.withoutSelf(expression)
    var names: [String: PyValue] = [:]
    for name in ReplSession.identifiers(in: text) where names[name] == nil {
      if let function = ReplSession.expressionFunctions[name] {
        names[name] = function
        continue
      }
      let isKnown = isKnownName(name) || RecordNames.previousStep[name] != nil
      switch lookUp(name) {
      case .success(let value): names[name] = PyValue(value)
      case .failure(let refusal) where isKnown: return .failure(refusal)
      case .failure: continue  // a builtin (float, len, round), or the evaluator's NameError
      }
    }
    let value: PyValue
    do {
      value = try PythonInterpreter.evaluate(expression: text, names: names)
    } catch let error as PythonError {
      var message = "\(error.kind): \(error.message)"
      if error.kind == "NameError",
        let name = error.message.split(separator: "'").dropFirst().first,
        let close = Typo.typed.closest(to: String(name), among: namesHere())
      {
        message += ". Did you mean `\(close)`?"
      }
      return .failure(Refusal(text: message))
    } catch {
      return .failure(Refusal(text: "\(error)"))
    }
    return .success(ReplSession.evaluated(value))
  }

  /// The syntax error in `expression`, in Python's words, or nil when it parses (its
  /// names are not looked up: a `NameError` means it parsed).
  static func syntaxError(in expression: String) -> String? {
    do {
      _ = try PythonInterpreter.evaluate(
        expression: withoutSelf(expression), names: expressionFunctions)
    } catch let error as PythonError where ["SyntaxError", "UnsupportedError"].contains(error.kind)
    {
      return "\(error.kind): \(error.message)"
    } catch {}
    return nil
  }

  /// The array bound to `name` in an expression: what `print NAME` shows, and `hs`.
  func lookUp(_ name: String) -> Result<NDArray, Refusal> {
    resolve(name, t: nil).map { ReplSession.array($0.value) }
  }

  /// `hs`: the hidden states as the RNN note keeps them, a (hidden, T + 1) array whose
  /// column t is h_t as computed by this stop (column 0 the zero initial state, columns
  /// not computed yet still zero, as `np.zeros` left them).
  func statesAsTheNotesKeepThem() -> Matrix {
    let steps = trace.example.steps
    let hidden = trace.model.sizes.hidden
    var columns = Array(repeating: [Double](repeating: 0, count: hidden), count: steps + 1)
    for t in 1...max(steps, 1) where t <= steps {
      guard let r = index.latest("h_t", t: t, visible: visible), r < trace.records.count else {
        continue
      }
      let value = trace.records[r].value.scalars
      if value.count == hidden { columns[t] = value }
    }
    var scalars: [Double] = []
    scalars.reserveCapacity(hidden * (steps + 1))
    for i in 0..<hidden { for t in 0...steps { scalars.append(columns[t][i]) } }
    return (try? Matrix(rows: hidden, cols: steps + 1, scalars: scalars))
      ?? Matrix(rows: hidden, cols: steps + 1)
  }

  /// A matrix as a 2-D array.
  static func array(_ m: Matrix) -> NDArray {
    (try? NDArray(shape: [m.rows, m.cols], scalars: m.scalars))
      ?? NDArray(scalar: m.scalars.first ?? 0)
  }

  /// A Python value as the REPL shows it.
  static func evaluated(_ value: PyValue) -> Evaluated {
    guard let array = value.arrayValue, array.dtype != .bool, array.ndim <= 2 else {
      return Evaluated(
        matrix: nil, shape: value.arrayValue?.shape ?? [], repr: value.repr,
        array: value.arrayValue)
    }
    let s = array.shape
    let rows = s.count == 2 ? s[0] : 1
    let cols = s.count == 2 ? s[1] : (s.first ?? 1)
    let matrix = try? Matrix(rows: rows, cols: cols, scalars: array.scalars)
    return Evaluated(matrix: matrix, shape: s, repr: value.repr, array: array)
  }

  /// NumPy's spelling of a shape: `()`, `(5,)`, `(5, 1)`.
  static func shapeText(_ shape: [Int]) -> String {
    shape.count == 1 ? "(\(shape[0]),)" : "(" + shape.map(String.init).joined(separator: ", ") + ")"
  }

  /// The text of an evaluated value after `value`: a number alone, a 1-D array as one row.
  func evaluatedText(_ result: Evaluated, label: String = "value") -> String {
    guard let matrix = result.matrix else { return labelled(label, result.repr) }
    switch result.shape.count {
    case 0:
      let v = matrix.scalars.first ?? 0
      return labelled(label, NumberStyle([v], precision: settings.precision).string(v))
    case 1:
      // A 1-D array prints as one row, without the column's ᵀ.
      var body = formatted(Matrix(column: matrix.scalars), indent: ReplSession.labelWidth)
      if matrix.count == 1 {
        body =
          "["
          + NumberStyle(matrix.scalars, precision: settings.precision).string(
            matrix.scalars[0]) + "]"
      } else if body.hasSuffix("ᵀ") {
        body.removeLast()
      }
      return labelled(
        label, body + "  " + settings.style.dim("shape \(ReplSession.shapeText(result.shape))"))
    default:
      return valueText(matrix, label: label)
    }
  }

  /// `text` with `self.` dropped before names (`self.h` is `h`, `self.hs` is `hs`), as the
  /// notes' methods write them.
  static func withoutSelf(_ text: String) -> String {
    var out = ""
    var rest = Substring(text)
    while let range = rest.range(of: "self.") {
      let before = rest[..<range.lowerBound]
      let previous = before.last ?? out.last
      out += before
      if let previous, previous.isLetter || previous.isNumber || previous == "_" || previous == "."
      {
        out += "self."
      }
      rest = rest[range.upperBound...]
    }
    return out + rest
  }

  /// The names an expression reads: identifiers not after a `.` (attributes such as `.T`),
  /// not inside numbers (`1e-3`) or strings.
  static func identifiers(in text: String) -> [String] {
    let characters = Array(text)
    var names: [String] = []
    var i = 0
    var previous: Character? = nil
    func isStart(_ c: Character) -> Bool { c.isLetter || c == "_" }
    func isPart(_ c: Character) -> Bool { c.isLetter || c.isNumber || c == "_" }
    while i < characters.count {
      let c = characters[i]
      if c == "'" || c == "\"" {
        i += 1
        while i < characters.count, characters[i] != c { i += 1 }
        i += 1
        previous = c
      } else if c.isNumber {
        // A number: digits, a point, an exponent with its sign.
        while i < characters.count,
          isPart(characters[i]) || characters[i] == "."
            || ((characters[i] == "-" || characters[i] == "+")
              && (characters[i - 1] == "e" || characters[i - 1] == "E"))
        {
          i += 1
        }
        previous = "0"
      } else if isStart(c) {
        let start = i
        while i < characters.count, isPart(characters[i]) { i += 1 }
        if previous != "." { names.append(String(characters[start..<i])) }
        previous = "a"
      } else {
        if c != " " { previous = c }
        i += 1
      }
    }
    return names
  }
}

/// `names` (or `info locals`): what can be printed at this stop.
extension ReplSession {
  /// The names `print` finds here, in groups, each group wrapped under its title.
  func namesHereText(_ args: [String]) -> Outcome {
    guard args.isEmpty || args.map({ $0.lowercased() }) == ["locals"] else {
      return .error("`names` takes no argument (`info locals` is the same).")
    }
    let t = currentT
    let recorded = index.names.filter { index.latest($0, visible: visible) != nil }
    let here = recorded.filter { index.latest($0, t: t, visible: visible) != nil }
    let earlier = recorded.filter { !here.contains($0) }
    let parameters = trace.parameters.names
    let known = Set(recorded + parameters + ["y", "hs"])
    let aliases = RecordNames.typed.filter { known.contains($0.value) && $0.value != "hs" }
      .sorted { $0.key < $1.key }.map { "\($0.key) = \($0.value)" }
    let previous = RecordNames.previousStep.filter { recorded.contains($0.value) }
      .filter { !$0.key.contains("{") }.sorted { $0.key < $1.key }
      .map { "\($0.key) = \($0.value) of t − 1" }
    let here_ =
      timeline.stop(position).map { self.place($0).dropLast().joined(separator: ", ") } ?? ""
    var groups: [(String, [String])] = [
      ("Records at this step (\(here_))", here),
      ("Records of earlier steps (their latest value)", earlier),
      (
        "Pre-activations (the sums inside tanh and σ)",
        preActivations.filter { index.latest($0.inside, visible: visible) != nil }.map(\.name)
      ),
      ("Parameters", parameters),
      ("Gradients summed so far", parameters.map { "d" + $0 }),
      ("Inputs", ["x", "x_t", "y"]),
      ("The notes' names", ["hs, self.hs (hidden, T+1)"] + aliases + previous),
    ]
    groups = groups.filter { !$0.1.isEmpty }
    let width = min(settings.width, 100)
    var lines: [String] = []
    for (title, names) in groups {
      lines.append(settings.style.bold(title))
      // Whole items per line, two spaces apart: `self.h = h_t` is not split.
      var line = ""
      for name in names {
        if !line.isEmpty, 2 + line.count + 2 + name.count > width {
          lines.append("  " + line)
          line = ""
        }
        line += (line.isEmpty ? "" : "  ") + name
      }
      lines.append("  " + line)
    }
    lines.append(
      ReplCommands.wrap(
        "`print NAME` shows one; `print h_t[0]` or `print norm(dh)` an expression "
          + "(exp log tanh sigmoid sqrt abs sum norm).", width: width))
    return Outcome(text: lines.joined(separator: "\n"))
  }
}
