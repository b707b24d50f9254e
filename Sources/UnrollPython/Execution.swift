/// The events an interpreted program leaves behind (CONTRACT-python.md): every statement about to
/// run, every assignment with its value and enclosing loops, every loop iteration's end and every
/// return with the frame's locals. `unroll check` holds them against the correct passes.

/// A Python file: its path (for messages) and its text.
public struct SourceFile: Sendable {
  /// The path as the user gave it.
  public var path: String
  /// The whole text, already decoded as UTF-8.
  public var text: String

  /// A file at `path` holding `text`.
  public init(path: String, text: String) {
    self.path = path
    self.text = text
  }
}

/// A Python error: SyntaxError, IndentationError, TabError, NameError, AttributeError, TypeError,
/// ValueError (NumPy's included), IndexError, KeyError, ZeroDivisionError, RecursionError, and
/// "UnsupportedError" (ours: a construct outside the subset, naming it) and "StepLimitError" (ours).
public struct PythonError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The exception class as Python names it, or one of ours.
  public var kind: String
  /// Python's own text (NumPy's for NumPy's errors).
  public var message: String
  /// The 1-based line of the statement that raised (the innermost one), when known.
  public var line: Int?
  /// The 1-based column, for errors found while tokenizing and parsing (Python's `offset`).
  public var column: Int?
  /// The function the raising statement belongs to ("SimpleRNN.backward", "<module>").
  public var function: String?
  /// The loops enclosing the raising statement, outermost first (as `Assignment.loops`).
  public var loops: [LoopFrame]

  /// An error of `kind` saying `message`, at `line` and `column` when known.
  public init(
    kind: String, message: String, line: Int? = nil, column: Int? = nil, function: String? = nil,
    loops: [LoopFrame] = []
  ) {
    self.kind = kind
    self.message = message
    self.line = line
    self.column = column
    self.function = function
    self.loops = loops
  }

  /// "line 35: ValueError: shapes (7,7) and (1,3) not aligned: ..."; without a line, no prefix.
  public var description: String {
    let place = line.map { "line \($0): " } ?? ""
    return "\(place)\(kind): \(message)"
  }
}

/// One loop on the call stack while a statement runs.
public struct LoopFrame: Sendable, Equatable {
  /// The `for` (or `while`) line.
  public var line: Int
  /// The loop target when it is one name (`t`), else nil (and nil for `while`).
  public var variable: String?
  /// The 0-based count of iterations begun.
  public var iteration: Int
  /// The loop variable's value when it is an int.
  public var value: Int?
  /// Whether the loop iterates `reversed(...)`.
  public var isReversed: Bool
  /// How many iterations, when known before the loop (a range, a list, an array; nil for `while`).
  public var count: Int?

  /// A loop frame with all its facts.
  public init(
    line: Int, variable: String?, iteration: Int, value: Int?, isReversed: Bool, count: Int?
  ) {
    self.line = line
    self.variable = variable
    self.iteration = iteration
    self.value = value
    self.isReversed = isReversed
    self.count = count
  }
}

/// One name's new value after an executed assignment statement.
///
/// A tuple target (`a, b = b, a + b`, `h, C = self.forward(...)`) gives one Assignment per name,
/// in target order, after the whole statement has run.
public struct Assignment: Sendable {
  /// The 1-based line of the statement.
  public var line: Int
  /// That line's text, trimmed.
  public var source: String
  /// The qualified function: "SimpleRNN.backward", "generate_data", "<module>".
  public var function: String
  /// The target as written: "dh", "self.h", "self.hs[:, t+1]", "self.Wxh".
  public var target: String
  /// The bare name: "dh"; "h" for self.h; "hs" for self.hs[:, t+1].
  public var name: String
  /// Whether the target is self.NAME (or self.NAME[...]).
  public var isAttribute: Bool
  /// The operator of an augmented assignment ("+=", "-="), nil for "=".
  public var op: String?
  /// What `name` holds after the statement (the whole array for `a[...] = v`), as a snapshot:
  /// later in-place changes do not reach it.
  public var value: PyValue
  /// For `X -= a * b` (or `+=`, `=` with `a * b`) the values of a and b; else [].
  public var factors: [PyValue]
  /// The enclosing loops of all frames on the call stack, outermost first.
  public var loops: [LoopFrame]
  /// The call depth, 0 = the function or method Unroll called.
  public var depth: Int

  /// An assignment with all its facts.
  public init(
    line: Int, source: String, function: String, target: String, name: String,
    isAttribute: Bool, op: String?, value: PyValue, factors: [PyValue], loops: [LoopFrame],
    depth: Int
  ) {
    self.line = line
    self.source = source
    self.function = function
    self.target = target
    self.name = name
    self.isAttribute = isAttribute
    self.op = op
    self.value = value
    self.factors = factors
    self.loops = loops
    self.depth = depth
  }
}

/// What the interpreter records as it runs.
public enum ExecutionEvent: Sendable {
  /// A statement is about to run.
  case line(Int, function: String, loops: [LoopFrame])
  /// An assignment statement has run (one event per name it bound).
  case assignment(Assignment)
  /// One iteration's body has finished (normally, by `continue` or by `break`).
  case iterationEnded(LoopFrame, function: String)
  /// A function returns: `line` is the `return` (or the last statement run), `locals` a snapshot.
  case returned(function: String, line: Int, locals: [String: PyValue], value: PyValue)
}

/// A top-level statement `runModule` did not run.
public struct SkippedStatement: Sendable, Equatable {
  /// The statement's first line.
  public var line: Int
  /// That line's text, trimmed.
  public var source: String

  /// A skipped statement at `line`.
  public init(line: Int, source: String) {
    self.line = line
    self.source = source
  }
}
