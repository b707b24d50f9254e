import UnrollPython

/// A learner's file run as the file contract of `unroll check` says (issue 19): the
/// module's definitions, then `forward(x)` and `backward(y_true)` on one instance of the
/// class that defines `backward`, with the engine's parameters and example.
///
/// It records what happened and reads the gradients; it compares nothing (that is
/// `DepartureFinder`'s and `CheckReport`'s job).
struct LearnerRun {
  /// The top-level statements not run.
  var skipped: [SkippedStatement] = []
  /// The class instantiated, once found.
  var className: String?
  /// The events of the `forward` call, then of the `backward` call.
  var calls: [(method: String, events: [ExecutionEvent])] = []
  /// The error that ended the run, if any.
  var error: PythonError?
  /// The gradients the file gave, by parameter name, and where they were read.
  var gradients: [String: NDArray] = [:]
  /// Where the gradients were read: the updates, the locals, a returned dict, attributes.
  var gradientSource: GradientSource?
  /// The file's lines, for showing a line with its neighbours.
  var sourceLines: [String] = []
  /// Whether the recording stopped at its cap (the gradients' events are kept past it).
  var eventsTruncated = false
  /// The module's names after the run (constants, `sequence_length`), functions left out.
  var globals: [String: PyValue] = [:]

  /// Runs `text` (from `path`) on `model`'s `parameters` and `example`.
  init(
    path: String, text: String, model: Model, parameters: Parameters, example: Example,
    stepLimit: Int, entryLimit: Int = 25_000_000
  ) {
    sourceLines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    var interpreter: PythonInterpreter?
    // The call under way, so that a failing call keeps its events.
    var current: (start: Int, method: String)?
    do {
      let python = try PythonInterpreter(
        file: SourceFile(path: path, text: text), stepLimit: stepLimit,
        entryLimit: entryLimit)
      interpreter = python
      skipped = try python.runModule()
      python.setGlobal("sequence_length", .int(model.sizes.steps))
      guard let name = python.classes(defining: "backward").first else {
        throw PythonError(
          kind: "UnsupportedError",
          message: "no class in \(path) defines backward(self, y_true); "
            + "`unroll check` calls forward(x) and backward(y_true) on it")
      }
      className = name
      let object = try python.instantiate(name)
      try python.setAttribute(object, "input_size", .int(model.sizes.input))
      try python.setAttribute(object, "hidden_size", .int(model.sizes.hidden))
      try python.setAttribute(object, "output_size", .int(1))
      for (parameter, value) in parameters.ordered {
        try python.setAttribute(object, parameter, PyValue(NDArray(value)))
      }
      current = (python.events.count, "forward")
      _ = try python.call(method: "forward", on: object, arguments: [PyValue(Self.x(example))])
      recordCall(python, from: current?.start ?? 0, method: "forward")
      current = (python.events.count, "backward")
      let returned = try python.call(
        method: "backward", on: object, arguments: [PyValue(Self.y(example))])
      recordCall(python, from: current?.start ?? 0, method: "backward")
      current = nil
      eventsTruncated = python.eventsTruncated
      globals = Self.data(python.globals)
      readGradients(model, interpreter: python, object: object, returned: returned)
    } catch {
      eventsTruncated = interpreter?.eventsTruncated ?? false
      globals = Self.data(interpreter?.globals ?? [:])
      if let interpreter, let current {
        recordCall(interpreter, from: current.start, method: current.method)
      }
      self.error =
        error as? PythonError ?? PythonError(kind: "RuntimeError", message: "\(error)")
    }
  }

  /// Keeps the events since `start` as the call of `method`.
  private mutating func recordCall(
    _ interpreter: PythonInterpreter, from start: Int, method: String
  ) {
    let events = interpreter.events
    calls.append((method, start < events.count ? Array(events[start...]) : []))
  }

  /// The data among `globals`: numbers, strings, arrays, lists, tuples and dicts.
  static func data(_ globals: [String: PyValue]) -> [String: PyValue] {
    globals.filter { name, value in
      guard !name.hasPrefix("__") else { return false }
      switch value {
      case .none, .bool, .int, .float, .string, .array, .list, .tuple, .dict: return true
      default: return false
      }
    }
  }

  /// `x` as the notes' loop passes it: shape (steps, input, 1).
  static func x(_ example: Example) -> NDArray {
    (try? NDArray(shape: [example.x.rows, example.x.cols, 1], scalars: example.x.scalars))
      ?? NDArray(scalar: .nan)
  }

  /// `y_true` as the notes' loop passes it: shape (1, 1).
  static func y(_ example: Example) -> NDArray {
    (try? NDArray(shape: [1, 1], scalars: [example.y])) ?? NDArray(scalar: example.y)
  }
}

/// Where a learner's gradients were read.
public enum GradientSource: String, Sendable {
  /// `self.P -= learning_rate * G`: the value of G.
  case updates
  /// The locals `dP` when `backward` returned.
  case locals
  /// A dict returned by `backward`, keyed `P` or `dP`.
  case returnedDict = "returned dict"
  /// Attributes `self.dP` after `backward`.
  case attributes
}

extension LearnerRun {
  /// Reads the gradients: from the updates, else the locals `dP` at `backward`'s
  /// return, else a returned dict keyed `P` or `dP`, else attributes `self.dP`.
  fileprivate mutating func readGradients(
    _ model: Model, interpreter: PythonInterpreter, object: PyValue, returned: PyValue
  ) {
    let names = model.parameterNames
    let shapes = Dictionary(uniqueKeysWithValues: model.parameterShapes.map { ($0.name, $0.shape) })
    let backward = calls.last { $0.method == "backward" }?.events ?? []

    // self.P -= learning_rate * G; several updates of one P add up.
    var updates: [String: NDArray] = [:]
    for case .assignment(let a) in backward
    where a.isAttribute && a.op == "-=" && names.contains(a.name) {
      guard let shape = shapes[a.name] else { continue }
      let arrays = a.factors.compactMap(\.arrayValue)
      let g =
        arrays.last { $0.shape == [shape.rows, shape.cols] }
        ?? arrays.max { $0.size < $1.size }
      guard let g else { continue }
      if let sum = updates[a.name], let added = try? NumPy.binary(.add, sum, g) {
        updates[a.name] = added
      } else {
        updates[a.name] = g
      }
    }
    if !updates.isEmpty {
      gradients = updates
      gradientSource = .updates
      return
    }

    // The locals dP when backward returned (its own frame: the last return of backward).
    let method = (className ?? "") + ".backward"
    var lastLocals: [String: PyValue]?
    for case .returned(let function, _, let locals, _) in backward where function == method {
      lastLocals = locals
    }
    if let locals = lastLocals {
      let found = Self.lookUp(names) { locals["d" + $0] }
      if !found.isEmpty {
        gradients = found
        gradientSource = .locals
        return
      }
    }

    // A returned dict keyed P or dP.
    if let entries = returned.dictEntries {
      let found = Self.lookUp(names) { entries["d" + $0] ?? entries[$0] }
      if !found.isEmpty {
        gradients = found
        gradientSource = .returnedDict
        return
      }
    }

    // Attributes self.dP.
    let found = Self.lookUp(names) { interpreter.attribute(object, "d" + $0) }
    if !found.isEmpty {
      gradients = found
      gradientSource = .attributes
    }
  }

  private static func lookUp(
    _ names: [String], _ value: (String) -> PyValue?
  ) -> [String: NDArray] {
    var found: [String: NDArray] = [:]
    for name in names {
      if let array = value(name)?.arrayValue, array.ndim > 0 { found[name] = array }
    }
    return found
  }
}
