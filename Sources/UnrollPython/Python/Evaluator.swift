import Foundation

/// A tree-walking evaluator with Python's semantics for the subset (statements in
/// Evaluator+Statements.swift, expressions in Evaluator+Expressions.swift, calls and attributes in
/// Evaluator+Calls.swift, the builtins and `np` in Builtins.swift and NumPyModule.swift).
///
/// A runaway program is an error, never a hang or a crash: every statement and call counts
/// against `stepLimit`, calls nest at most `recursionLimit` deep, expressions at most
/// `Parser.maxNesting` deep, and everything runs on a thread with a large stack.
final class Evaluator {
  let file: SourceFile
  let lines: [String]
  let scalars: [Unicode.Scalar]
  var module: Module
  var moduleSlotCount = 0
  let globals: GlobalTable

  let stepLimit: Int
  var steps = 0
  static let recursionLimit = 200
  /// The longest list, tuple or string `*` makes.
  static let sequenceLimit = 10_000_000
  /// How deeply `==` is comparing nested lists now (a list holding itself stops here).
  var comparisonDepth = 0
  /// The most events kept; a runaway loop stops recording rather than fill memory.
  static let eventLimit = 2_000_000

  /// The user functions running now, innermost last.
  var frames: [Frame] = []
  /// The loops running now in all frames, outermost first.
  var loops: [LoopFrame] = []

  var events: [ExecutionEvent] = []
  /// Whether recording stopped at `eventLimit` or `entryLimit` (the program ran on).
  var eventsTruncated = false
  /// The array entries and list items the recorded values hold.
  var recordedEntries = 0
  /// The most array entries the recorded values may hold (by default 25 million, 200 MB of
  /// Doubles).
  let entryLimit: Int
  /// The entries of the events kept past the limits (updates and outer returns).
  var keptPastLimit = 0
  let trimmedLines: [String]
  /// The source text of expressions shown in events, by span.
  var spans: [Int: String] = [:]
  var recordsEvents = true
  var output = ""

  init(file: SourceFile, stepLimit: Int, entryLimit: Int = 25_000_000) throws(PythonError) {
    self.file = file
    self.stepLimit = stepLimit
    self.entryLimit = entryLimit
    scalars = Array(file.text.unicodeScalars)
    lines = file.text.split(separator: "\n", omittingEmptySubsequences: false).map {
      $0.hasSuffix("\r") ? String($0.dropLast()) : String($0)
    }
    trimmedLines = lines.map { $0.trimmingCharacters(in: .whitespaces) }
    globals = GlobalTable(builtins: Builtins.all)
    module = Module(body: [])
    let globals = self.globals
    (module, moduleSlotCount) = try onLargeStackTyped { () throws(PythonError) in
      var module = try Parser.parse(file.text)
      var resolver = Resolver(globals: globals)
      let slots = try resolver.resolveModule(&module.body)
      return (module, slots)
    }
    setGlobal("__name__", .string("__main__"))
  }

  // MARK: A large stack

  /// Runs `body` on a thread with a 256 MB stack (reserved, not committed), so that 200 nested
  /// Python calls and 200-deep expressions fit whatever thread the caller is on.
  func onLargeStack<T>(_ body: (Evaluator) throws -> T) throws -> T {
    try withoutActuallyEscaping(body) { escapable in
      let job = StackJob { try escapable(self) }
      job.run()
      return try job.result.get()
    }
  }

  private func onLargeStackTyped<T>(_ body: () throws(PythonError) -> T) throws(PythonError) -> T {
    do {
      return try withoutActuallyEscaping(body) { escapable in
        let job = StackJob { try escapable() }
        job.run()
        return try job.result.get()
      }
    } catch let error as PythonError {
      throw error
    } catch {
      throw PythonError(kind: "RuntimeError", message: "\(error)")
    }
  }

  // MARK: Globals and the module

  func setGlobal(_ name: String, _ value: PyValue) {
    globals.values[globals.slot(name)] = value
  }

  func global(_ name: String) -> PyValue? {
    guard let slot = globals.slots[name] else { return nil }
    return globals.values[slot]
  }

  var boundGlobals: [String: PyValue] {
    var result: [String: PyValue] = [:]
    for (name, slot) in globals.slots {
      if let value = globals.values[slot] { result[name] = value }
    }
    return result
  }

  /// The trimmed text of `line` (1-based).
  func source(line: Int) -> String {
    guard line >= 1, line <= trimmedLines.count else { return "" }
    return trimmedLines[line - 1]
  }

  /// The source text of an expression, as written (made once per expression).
  func text(_ expr: Expr) -> String {
    guard expr.start >= 0, expr.end <= scalars.count, expr.start < expr.end else { return "" }
    let key = expr.start << 32 | expr.end
    if let cached = spans[key] { return cached }
    let text = String(String.UnicodeScalarView(scalars[expr.start..<expr.end]))
    spans[key] = text
    return text
  }

  func runModule() throws(PythonError) -> [SkippedStatement] {
    let frame = Frame(name: "<module>", slotCount: moduleSlotCount, def: nil)
    var skipped: [SkippedStatement] = []
    for stmt in module.body {
      guard Evaluator.isModuleLevelRun(stmt) else {
        skipped.append(SkippedStatement(line: stmt.line, source: source(line: stmt.line)))
        continue
      }
      do throws(PythonError) {
        _ = try execute(stmt, in: frame)
      } catch  where error.kind == "NameError" && Evaluator.isConstantAssignment(stmt) {
        // A constant built from a skipped statement's name: skipped as well.
        skipped.append(SkippedStatement(line: stmt.line, source: source(line: stmt.line)))
      }
    }
    return skipped
  }

  func runAll() throws(PythonError) {
    let frame = Frame(name: "<module>", slotCount: moduleSlotCount, def: nil)
    for stmt in module.body {
      _ = try execute(stmt, in: frame)
    }
  }

  /// Whether `runModule` runs `stmt`: imports, defs, classes and constant assignments.
  static func isModuleLevelRun(_ stmt: Stmt) -> Bool {
    switch stmt.kind {
    case .importModule, .function, .classDef, .pass: return true
    default: return isConstantAssignment(stmt)
    }
  }

  /// An assignment to plain names of literals, names, attributes and operators, without calls.
  static func isConstantAssignment(_ stmt: Stmt) -> Bool {
    guard case .assign(let targets, let value) = stmt.kind else { return false }
    return targets.allSatisfy { !Resolver.targetNames($0).isEmpty && isPlainTarget($0) }
      && isConstant(value)
  }

  private static func isPlainTarget(_ target: Expr) -> Bool {
    switch target.kind {
    case .name: return true
    case .tuple(let items), .list(let items): return items.allSatisfy(isPlainTarget)
    default: return false
    }
  }

  private static func isConstant(_ expr: Expr) -> Bool {
    switch expr.kind {
    case .name, .int, .float, .string, .bool, .none, .ellipsis: return true
    case .attribute(let object, _): return isConstant(object)
    case .unary(_, let e), .not(let e): return isConstant(e)
    case .binary(_, let a, let b): return isConstant(a) && isConstant(b)
    case .tuple(let items), .list(let items), .and(let items), .or(let items):
      return items.allSatisfy(isConstant)
    case .dict(let entries):
      return entries.allSatisfy { isConstant($0.key) && isConstant($0.value) }
    case .compare(let left, let rest):
      return isConstant(left) && rest.allSatisfy { isConstant($0.right) }
    case .conditional(let t, let b, let o): return isConstant(t) && isConstant(b) && isConstant(o)
    default: return false
    }
  }

  func classes(defining method: String) -> [String] {
    var names: [String] = []
    for stmt in module.body {
      guard case .classDef(let cls) = stmt.kind else { continue }
      let defines = cls.body.contains { inner in
        if case .function(let def) = inner.kind { return def.name == method }
        return false
      }
      if defines { names.append(cls.name) }
    }
    return names
  }

  func instantiate(_ className: String) throws(PythonError) -> PyValue {
    guard case .classObject(let cls) = global(className) else {
      throw PythonError(kind: "NameError", message: "name '\(className)' is not defined")
    }
    return .instance(InstanceRef(classRef: cls))
  }

  func callMethod(_ name: String, on object: PyValue, arguments: [PyValue]) throws(PythonError)
    -> PyValue
  {
    let method = try attribute(of: object, name)
    return try call(method, arguments, [])
  }

  func callFunction(_ name: String, arguments: [PyValue]) throws(PythonError) -> PyValue {
    guard let function = global(name) else {
      throw PythonError(kind: "NameError", message: "name '\(name)' is not defined")
    }
    return try call(function, arguments, [])
  }

  func evaluate(expression: String, names: [String: PyValue]) throws(PythonError) -> PyValue {
    let tokens = try Tokenizer.tokenize(expression)
    var parser = Parser(tokens: tokens)
    var expr = try parser.testList()
    while parser.current.kind == .newline { _ = parser.advance() }
    guard parser.current.kind == .endMarker else { throw parser.syntaxError() }
    var resolver = Resolver(globals: globals)
    let slotCount = try resolver.resolveExpression(&expr)
    for (name, value) in names { setGlobal(name, value) }
    if global("np") == nil { setGlobal("np", NumPyModule.module) }
    let frame = Frame(name: "<expression>", slotCount: slotCount, def: nil)
    return try evaluate(expr, in: frame)
  }

  // MARK: Steps, errors, events

  /// Counts one step (a statement or a call) against the limit.
  @inline(__always) func step() throws(PythonError) {
    steps += 1
    if steps > stepLimit {
      throw PythonError(
        kind: "StepLimitError",
        message:
          "the program ran more than \(stepLimit) steps (statements and calls) without finishing; "
          + "a loop that never ends or a runaway recursion?")
    }
  }

  /// Keeps an event, within the limits on their number and on the entries their values hold.
  ///
  /// Past the limits the events gradients are read from are still kept, up to as many
  /// entries again: the updates `self.P -= …` and the returns of the function called from
  /// outside (with its locals). So at large sizes `unroll check` still reads the gradients.
  func record(_ event: ExecutionEvent) {
    guard recordsEvents else { return }
    let entries: Int
    var readsGradients = false
    switch event {
    case .assignment(let a):
      entries = a.value.entryCount + a.factors.reduce(0) { $0 + $1.entryCount }
      readsGradients = a.isAttribute && a.op == "-="
    case .returned(_, _, let locals, let value):
      entries = locals.values.reduce(value.entryCount) { $0 + $1.entryCount }
      readsGradients = depth == 0
    default:
      entries = 0
    }
    if !eventsTruncated {
      recordedEntries += entries
      if events.count < Evaluator.eventLimit, recordedEntries <= entryLimit {
        events.append(event)
        return
      }
      eventsTruncated = true
    }
    guard readsGradients, keptPastLimit + entries <= entryLimit else { return }
    keptPastLimit += entries
    events.append(event)
  }

  /// The call depth for events: 0 for the function called from outside (and module code).
  var depth: Int { max(0, frames.count - 1) }
}

/// One running function (or the module, or a class body): its slots.
final class Frame {
  let name: String
  var slots: [PyValue?]
  let def: FunctionDef?
  /// A class body's namespace while it runs.
  var classNamespace: [String: PyValue]?
  /// The last statement line run, for `returned` events that fall off the end.
  var line = 0

  init(name: String, slotCount: Int, def: FunctionDef?) {
    self.name = name
    slots = Array(repeating: nil, count: slotCount)
    self.def = def
  }
}

/// Work run on a thread of its own with a large stack, waited for.
///
/// The work is released on that thread before the waiter wakes, so a closure passed through
/// `withoutActuallyEscaping` has not escaped when the caller returns.
private final class StackJob<T>: @unchecked Sendable {
  private var work: (() throws -> T)?
  var result: Result<T, any Error> = .failure(PythonError(kind: "RuntimeError", message: "not run"))

  init(_ work: @escaping () throws -> T) { self.work = work }

  func run() {
    let done = DispatchSemaphore(value: 0)
    let thread = Thread { [self] in
      if let work { result = Result { try work() } }
      work = nil
      done.signal()
    }
    thread.stackSize = 256 << 20
    thread.start()
    done.wait()
  }
}
