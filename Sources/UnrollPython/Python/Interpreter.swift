/// The public face of the subset interpreter (CONTRACT-python.md): parse a file, run its module
/// level, set globals and attributes, call methods, and read the events.
///
/// **The subset.** Statements: `def` (positional parameters with defaults), `class` (one
/// optional base), `return`, `if`/`elif`/`else`, `for` and `while` (with `else`), `break`,
/// `continue`, `pass`, `assert`, assignment (chained, tuple and list unpacking, attribute and
/// subscript targets), augmented assignment, `import numpy as np`, `import math`, expression
/// statements, `;` and one-line blocks. Expressions: `a if c else b`, `or and not`, chained
/// comparisons (`in`, `is` included), `+ - * / // % ** @` and the bitwise operators on ints,
/// unary `- + ~`, calls with positional and keyword arguments, attributes, subscripts with
/// slices, tuples, `None` and `...`, list, tuple and dict literals, list comprehensions (and a
/// generator as a call's only argument), f-strings and `str.format`. Builtins: `range reversed
/// enumerate zip iter next len list tuple dict print abs min max sum float int bool str repr
/// round isinstance any all sorted getattr hasattr setattr`; list, dict and a few str methods;
/// `np.` zeros ones zeros_like ones_like array asarray copy dot matmul outer tanh exp log sqrt
/// abs clip (with `out=`) maximum minimum add subtract multiply divide power square sum mean max
/// min vstack hstack concatenate transpose reshape allclose linalg.norm float64 int64 newaxis pi
/// e inf nan; arrays' `.T .shape .ndim .size .dtype .reshape .ravel .transpose .flatten .copy
/// .sum .mean .max .min .item .astype .tolist`; `math.` exp log sqrt tanh fabs floor ceil pi e.
///
/// **Refused** (an `UnsupportedError` naming the construct and the line): lambda, with, try,
/// global, nonlocal, del, raise, yield, async, decorators, `*args`/`**kwargs`, starred targets,
/// set literals, dict comprehensions, `from ... import`, other modules, closures (a nested def
/// reading an enclosing local), `%` formatting, advanced (list, bool or array) indexing,
/// `np.random` (unroll check sets the weights itself), any other `np.` name, integers beyond 64
/// bits.
///
/// **Python's semantics**, with its own error texts: lists, dicts, instances and arrays are
/// references; NumPy's views are views (see `ArrayRef`); `a += b` on an array is in place.
/// Errors carry the line of the innermost *statement* that raised (CPython 3.11 may name a later
/// line of a statement that spans several).
public final class PythonInterpreter {
  let evaluator: Evaluator

  /// Tokenizes, parses and resolves `file`: SyntaxError, IndentationError, TabError and
  /// UnsupportedError come from here, with line and column.
  ///
  /// `entryLimit` bounds the array entries the recorded events hold; past it only the
  /// gradients' events (updates, the outer calls' returns) are kept.
  public init(file: SourceFile, stepLimit: Int = 5_000_000, entryLimit: Int = 25_000_000) throws
  {
    evaluator = try Evaluator(file: file, stepLimit: stepLimit, entryLimit: entryLimit)
  }

  /// Runs `import numpy as np`, constant assignments (literals, arithmetic and names, no calls),
  /// `def` and `class`; every other top-level statement is skipped and returned.
  public func runModule() throws -> [SkippedStatement] {
    try evaluator.onLargeStack { try $0.runModule() }
  }

  /// Runs every top-level statement, as `python3 FILE` would (the fixtures' snippets).
  public func runAll() throws {
    try evaluator.onLargeStack { try $0.runAll() }
  }

  /// Binds a global name.
  public func setGlobal(_ name: String, _ value: PyValue) { evaluator.setGlobal(name, value) }

  /// A global's value, nil when unbound.
  public func global(_ name: String) -> PyValue? { evaluator.global(name) }

  /// The module-level names bound now, with their values, in no particular order.
  public var globals: [String: PyValue] { evaluator.boundGlobals }

  /// The names of the classes defining `method` (directly), in file order.
  public func classes(defining method: String) -> [String] { evaluator.classes(defining: method) }

  /// An instance of the class `className`, made without running `__init__`.
  public func instantiate(_ className: String) throws -> PyValue {
    try evaluator.instantiate(className)
  }

  /// Sets an attribute of an instance (as `object.name = value`).
  public func setAttribute(_ object: PyValue, _ name: String, _ value: PyValue) throws {
    try evaluator.setAttributeValue(object, name, value)
  }

  /// An instance's attribute (or its class's), nil when it has none.
  public func attribute(_ object: PyValue, _ name: String) -> PyValue? {
    evaluator.attributeValue(object, name)
  }

  /// Calls `object.method(arguments...)`, recording events; the call is depth 0.
  public func call(method: String, on object: PyValue, arguments: [PyValue]) throws -> PyValue {
    try evaluator.onLargeStack { try $0.callMethod(method, on: object, arguments: arguments) }
  }

  /// Calls the module-level function `function(arguments...)`, recording events.
  public func call(function: String, arguments: [PyValue]) throws -> PyValue {
    try evaluator.onLargeStack { try $0.callFunction(function, arguments: arguments) }
  }

  /// Everything recorded since init.
  public var events: [ExecutionEvent] { evaluator.events }

  /// Whether recording stopped early, at 2,000,000 events or when the recorded values held
  /// 25,000,000 array entries: a runaway loop does not fill memory (the program itself runs on).
  ///
  /// Past that point only the updates `self.P -= …` and the returns of the outer call (as many
  /// entries again at most) are still recorded, so that the gradients can be read.
  public var eventsTruncated: Bool { evaluator.eventsTruncated }

  /// Whether events are recorded (on by default; off for speed when only results matter).
  public var recordsEvents: Bool {
    get { evaluator.recordsEvents }
    set { evaluator.recordsEvents = newValue }
  }

  /// What `print` wrote, in order.
  public var output: String { evaluator.output }

  /// The file's lines, without their line ends.
  public var sourceLines: [String] { evaluator.lines }

  /// Evaluates one expression against `names` and the builtins (the REPL's `print dh * 2`).
  ///
  /// `names` may hold functions the caller adds (`exp`, `tanh`, `sigmoid`, ...) as builtins.
  public static func evaluate(expression: String, names: [String: PyValue]) throws -> PyValue {
    let evaluator = try Evaluator(
      file: SourceFile(path: "<expression>", text: ""), stepLimit: 1_000_000)
    return try evaluator.onLargeStack { try $0.evaluate(expression: expression, names: names) }
  }
}

extension PyValue {
  /// A builtin function for `PythonInterpreter.evaluate`'s names: `body` gets the positional
  /// arguments and throws a `PythonError` (its line is filled in by the caller).
  public static func builtinFunction(
    _ name: String, _ body: @escaping ([PyValue]) throws(PythonError) -> PyValue
  ) -> PyValue {
    .builtin(
      BuiltinRef(name) { (_, arguments, keywords) throws(PythonError) in
        if let keyword = keywords.first {
          throw PythonError(
            kind: "TypeError",
            message: "\(name)() got an unexpected keyword argument '\(keyword.0)'")
        }
        return try body(arguments)
      })
  }
}
