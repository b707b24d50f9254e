import Foundation
import Testing

@testable import UnrollPython

/// Runs `source` to its end and returns the interpreter.
func run(_ source: String, stepLimit: Int = 5_000_000) throws -> PythonInterpreter {
  let interpreter = try PythonInterpreter(
    file: SourceFile(path: "test.py", text: source), stepLimit: stepLimit)
  try interpreter.runAll()
  return interpreter
}

/// The error running `source` raises (nil when it runs through).
func error(running source: String, stepLimit: Int = 5_000_000) -> PythonError? {
  do {
    _ = try run(source, stepLimit: stepLimit)
    return nil
  } catch let error as PythonError {
    return error
  } catch {
    return PythonError(kind: "Swift", message: "\(error)")
  }
}

/// A fixture file beside this one.
func fixtureText(_ name: String) throws -> String {
  let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures/python/\(name)")
  return try String(contentsOf: url, encoding: .utf8)
}

/// The assignments among `events`.
func assignments(_ events: [ExecutionEvent]) -> [Assignment] {
  events.compactMap { event in
    if case .assignment(let a) = event { return a }
    return nil
  }
}

/// A column (n, 1) of `values`.
func column(_ values: [Double]) throws -> PyValue {
  PyValue(try NDArray(shape: [values.count, 1], scalars: values))
}

@Suite struct EvaluatorTests {
  // MARK: The check engineer's flow on the RNN note as written

  @Test func theRNNNoteRunsItsModuleLevelAndSkipsTheRest() throws {
    let interpreter = try PythonInterpreter(
      file: SourceFile(path: "notes_rnn.py", text: try fixtureText("notes_rnn.py")))
    let skipped = try interpreter.runModule()
    // The data generation, the reshapes, the model, the training loop and the inference.
    #expect(skipped.map(\.line) == [85, 88, 89, 91, 93, 105, 106, 107])
    #expect(skipped.first?.source == "X, y = generate_data(num_samples)")
    #expect(interpreter.classes(defining: "backward") == ["SimpleRNN"])
    #expect(interpreter.global("hidden_size").map(\.repr) == "32")
    #expect(interpreter.global("learning_rate").map(\.repr) == "0.01")
    #expect(interpreter.global("X") == nil)
  }

  /// The note's model, instantiated without `__init__`, with small fixed weights.
  func noteModel(hidden: Int = 4, steps: Int = 3) throws -> (PythonInterpreter, PyValue) {
    let interpreter = try PythonInterpreter(
      file: SourceFile(path: "notes_rnn.py", text: try fixtureText("notes_rnn.py")))
    _ = try interpreter.runModule()
    interpreter.setGlobal("sequence_length", .int(steps))
    let model = try interpreter.instantiate("SimpleRNN")
    try interpreter.setAttribute(model, "input_size", .int(1))
    try interpreter.setAttribute(model, "hidden_size", .int(hidden))
    try interpreter.setAttribute(model, "output_size", .int(1))
    func weights(_ rows: Int, _ cols: Int, _ scale: Double) throws -> PyValue {
      PyValue(
        try NDArray(
          shape: [rows, cols],
          scalars: (0..<rows * cols).map { scale * Double(($0 * 7) % 11 - 5) }))
    }
    try interpreter.setAttribute(model, "Wxh", try weights(hidden, 1, 0.1))
    try interpreter.setAttribute(model, "Whh", try weights(hidden, hidden, 0.05))
    try interpreter.setAttribute(model, "Why", try weights(1, hidden, 0.2))
    try interpreter.setAttribute(model, "bh", try weights(hidden, 1, 0))
    try interpreter.setAttribute(model, "by", try weights(1, 1, 0))
    return (interpreter, model)
  }

  @Test func forwardRecordsEveryAssignmentWithItsLoop() throws {
    let (interpreter, model) = try noteModel()
    let x = PyValue(try NDArray(shape: [3, 1, 1], scalars: [0.5, -1, 0.25]))
    let p = try interpreter.call(method: "forward", on: model, arguments: [x])
    #expect(p.arrayValue?.shape == [1, 1])
    let forward = assignments(interpreter.events).filter { $0.function == "SimpleRNN.forward" }
    let h = forward.filter { $0.target == "self.h" }
    // Once before the loop, then once per step with the loop variable t = 0, 1, 2.
    #expect(h.count == 4)
    #expect(h.map { $0.loops.first?.value } == [nil, 0, 1, 2])
    #expect(h.allSatisfy { $0.name == "h" && $0.isAttribute && $0.op == nil && $0.depth == 0 })
    #expect(h[1].loops.first?.variable == "t")
    #expect(h[1].loops.first?.count == 3)
    #expect(h[1].loops.first?.isReversed == false)
    #expect(
      h[1].source == "self.h = np.tanh(np.dot(self.Wxh, x[t]) + np.dot(self.Whh, self.h) + self.bh)"
    )
    // `self.hs[:, t+1] = ...` records the whole of hs, as it was after that step.
    let hs = forward.filter { $0.name == "hs" }
    #expect(
      hs.map(\.target) == [
        "self.hs", "self.hs[:, 0]", "self.hs[:, t+1]", "self.hs[:, t+1]", "self.hs[:, t+1]",
      ])
    let afterFirst = try #require(hs[2].value.arrayValue)
    let last = try #require(hs[4].value.arrayValue)
    #expect(afterFirst.shape == [4, 4])
    #expect(afterFirst.scalars[2] == 0)  // column 2 not yet written after step 0
    #expect(last.scalars[2] != 0)
    // Each iteration ends once; the call returns with the frame's locals.
    let ends = interpreter.events.filter {
      if case .iterationEnded = $0 { return true }
      return false
    }
    #expect(ends.count == 3)
    let returns = interpreter.events.compactMap { event -> (String, [String: PyValue])? in
      if case .returned(let function, _, let locals, _) = event { return (function, locals) }
      return nil
    }
    #expect(returns.map(\.0) == ["SimpleRNN.sigmoid", "SimpleRNN.forward"])
    #expect(returns.last.map { Set($0.1.keys) } == ["self", "x", "t"])
  }

  @Test func theVerbatimBackwardStopsAtNumPysErrorWithItsLine() throws {
    let (interpreter, model) = try noteModel()
    let x = PyValue(try NDArray(shape: [3, 1, 1], scalars: [0.5, -1, 0.25]))
    _ = try interpreter.call(method: "forward", on: model, arguments: [x])
    let y = PyValue(try NDArray(shape: [1, 1], scalars: [1]))
    var raised: PythonError?
    do {
      _ = try interpreter.call(method: "backward", on: model, arguments: [y])
    } catch let error as PythonError {
      raised = error
    }
    let error = try #require(raised)
    #expect(error.kind == "ValueError")
    #expect(error.message == "shapes (1,1) and (4,1) not aligned: 1 (dim 1) != 4 (dim 0)")
    #expect(error.line == 56)
    #expect(error.function == "SimpleRNN.backward")
    #expect(error.loops.isEmpty)
    #expect(error.description.hasPrefix("line 56: ValueError: shapes (1,1)"))
  }

  @Test func theRepairedBackwardRecordsFactorsAndReversedLoops() throws {
    let source = try fixtureText("notes_rnn.py")
      .replacingOccurrences(of: "self.hs[-1:, :].T", with: "self.hs[:, -1:].T")
      .replacingOccurrences(of: "self.hs[:, t:t+2].T[:, 0:1]", with: "self.hs[:, t:t+1].T")
    let interpreter = try PythonInterpreter(file: SourceFile(path: "rnn.py", text: source))
    _ = try interpreter.runModule()
    interpreter.setGlobal("sequence_length", .int(3))
    let model = try interpreter.instantiate("SimpleRNN")
    let (reference, referenceModel) = try noteModel()
    for name in ["input_size", "hidden_size", "output_size", "Wxh", "Whh", "Why", "bh", "by"] {
      try interpreter.setAttribute(
        model, name, try #require(reference.attribute(referenceModel, name)))
    }
    let original = try #require(reference.attribute(referenceModel, "Wxh")?.arrayValue)
    let x = PyValue(try NDArray(shape: [3, 1, 1], scalars: [0.5, -1, 0.25]))
    _ = try interpreter.call(method: "forward", on: model, arguments: [x])
    let y = PyValue(try NDArray(shape: [1, 1], scalars: [1]))
    let result = try interpreter.call(method: "backward", on: model, arguments: [y])
    #expect(Evaluator.repr(result) == "None")
    let backward = assignments(interpreter.events).filter { $0.function == "SimpleRNN.backward" }
    let dh = backward.filter { $0.name == "dh" }
    #expect(dh.map { $0.loops.first?.value } == [2, 1, 0])
    #expect(dh.allSatisfy { $0.loops.first?.isReversed == true && $0.loops.first?.count == 3 })
    let update = try #require(backward.first { $0.target == "self.Wxh" })
    #expect(update.op == "-=")
    #expect(update.factors.count == 2)
    #expect(Evaluator.repr(update.factors[0]) == "0.01")
    #expect(update.factors[1].arrayValue?.shape == [4, 1])
    // The update changed the model's own array, in place.
    let dWxh = try #require(backward.last { $0.name == "dWxh" }?.value.arrayValue)
    let wxh = try #require(interpreter.attribute(model, "Wxh")?.arrayValue)
    // The array is shared with the reference model, as Python shares it: it changed there too.
    #expect(reference.attribute(referenceModel, "Wxh")?.arrayValue == wxh)
    for i in 0..<4 {
      #expect(abs(wxh.scalars[i] - (original.scalars[i] - 0.01 * dWxh.scalars[i])) < 1e-15)
    }
  }

  // MARK: Python semantics the check relies on

  /// NumPy 2.4: `float(np.array([[1.5]]))` and `int(np.array([2.7]))` raise this TypeError;
  /// only 0-d arrays convert (checked with python3 on this machine).
  @Test func floatAndIntConvertOnlyZeroDimensionalArrays() throws {
    for call in ["float(np.array([[1.5]]))", "int(np.array([2.7]))"] {
      let raised = error(running: "import numpy as np\nv = \(call)\n")
      #expect(raised?.kind == "TypeError")
      #expect(raised?.message == "only 0-dimensional arrays can be converted to Python scalars")
    }
    let interpreter = try run("import numpy as np\nv = float(np.sum(np.array([1.5, 2.0])))\n")
    #expect(interpreter.global("v")?.repr == "3.5")
  }

  @Test func tupleTargetsGiveOneAssignmentPerName() throws {
    let interpreter = try run("a, b = 0, 1\nfor i in range(2):\n    a, b = b, a + b\n")
    let events = assignments(interpreter.events)
    #expect(events.map(\.name) == ["a", "b", "a", "b", "a", "b"])
    #expect(events.map { Evaluator.repr($0.value) } == ["0", "1", "1", "1", "1", "2"])
    #expect(events[2].loops.first?.iteration == 0)
    #expect(events[4].loops.first?.iteration == 1)
    #expect(events[4].loops.first?.variable == "i")
  }

  @Test func assignmentValuesAreSnapshots() throws {
    let interpreter = try run(
      "import numpy as np\nd = np.zeros(2)\nfor t in range(3):\n    d += 1\n")
    let values = assignments(interpreter.events).filter { $0.name == "d" }.map {
      $0.value.arrayValue?.scalars ?? []
    }
    #expect(values == [[0, 0], [1, 1], [2, 2], [3, 3]])
  }

  @Test func loopsOfCallersAreOnEveryEvent() throws {
    let interpreter = try run(
      """
      def step(v):
          w = v * 2
          return w
      for t in reversed(range(2)):
          for k in enumerate([5]):
              r = step(t)
      """)
    let w = assignments(interpreter.events).filter { $0.name == "w" }
    #expect(w.count == 2)
    #expect(w[0].loops.count == 2)
    #expect(w[0].loops[0].isReversed && w[0].loops[0].value == 1)
    #expect(w[0].loops[1].variable == "k" && w[0].loops[1].value == nil)
    #expect(w[0].depth == 0)
    #expect(w[0].function == "step")
  }

  @Test func whileLoopsCountIterations() throws {
    let interpreter = try run("n = 0\nwhile n < 3:\n    n += 1\n")
    let n = assignments(interpreter.events).filter { $0.name == "n" }
    #expect(n.map { $0.loops.first?.iteration } == [nil, 0, 1, 2])
    #expect(n.last?.loops.first?.count == nil)
  }

  @Test func numpyViewsShareMemoryAsInNumPy() throws {
    let interpreter = try run(
      """
      import numpy as np
      hs = np.zeros((2, 3))
      h = hs[:, 0]
      hs[:, 0] = 1
      seen = h.copy()
      W = np.ones((2, 2))
      row = W[1]
      row *= 5
      t = W.T
      t[0, 0] = 9
      """)
    #expect(interpreter.global("seen")?.arrayValue?.scalars == [1, 1])
    #expect(interpreter.global("W")?.arrayValue?.scalars == [9, 1, 5, 5])
  }

  @Test func pythonNumbersBecomeZeroDimensionalArraysWithArrays() throws {
    let interpreter = try run("import numpy as np\na = 1 - np.ones(2)\nb = 2 * np.float64(1.5)\n")
    #expect(interpreter.global("a")?.arrayValue?.dtype == .float64)
    #expect(interpreter.global("b")?.arrayValue?.shape == [])
    #expect(interpreter.global("b")?.typeName == "float64")
    #expect(interpreter.global("a")?.typeName == "ndarray")
    #expect(PyValue.int(3).arrayValue?.dtype == .int64)
  }

  // MARK: Limits: a runaway program is an error, never a hang or a crash

  @Test func aLoopThatNeverEndsHitsTheStepLimit() {
    let error = error(running: "x = 0\nwhile True:\n    x += 1\n", stepLimit: 10_000)
    #expect(error?.kind == "StepLimitError")
    #expect(error?.line == 3)
    #expect(error?.message.hasPrefix("the program ran more than 10000 steps") == true)
  }

  @Test func deepRecursionIsARecursionError() {
    let error = error(running: "def f(n):\n    return f(n + 1) + 1\nf(0)\n")
    #expect(error?.kind == "RecursionError")
    #expect(error?.message == "maximum recursion depth exceeded")
  }

  @Test func deeplyNestedExpressionsAreRefusedAtParseTime() throws {
    let deep = "x = " + String(repeating: "-", count: 5000) + "1\n"
    #expect(error(running: deep)?.message.hasPrefix("an expression nested too deeply") == true)
    #expect(error(running: deep)?.kind == "UnsupportedError")
    let parens =
      "x = " + String(repeating: "(", count: 250) + "1" + String(repeating: ")", count: 250)
    #expect(error(running: parens)?.message == "too many nested parentheses")
    let fine =
      "x = " + String(repeating: "(", count: 199) + "1" + String(repeating: ")", count: 199)
    #expect(Evaluator.repr(try #require(try run(fine).global("x"))) == "1")
  }

  @Test func hugeNumbersAndSelfReferenceAreErrorsNotCrashes() {
    #expect(error(running: "x = [1] * (2 ** 62)\n")?.kind == "UnsupportedError")
    #expect(error(running: "x = 'ab' * 100000000\n")?.kind == "UnsupportedError")
    #expect(error(running: "x = int(1e300)\n")?.kind == "UnsupportedError")
    #expect(error(running: "x = 2 ** 64\n")?.kind == "UnsupportedError")
    #expect(error(running: "import math\nx = math.floor(float('inf'))\n")?.kind == "OverflowError")
    #expect(error(running: "a = []\na.append(a)\nb = a == a\ns = str(a)\n") == nil)
    let loop = "a = []\na.append(a)\nb = []\nb.append(b)\nc = a == b\n"
    #expect(error(running: loop)?.kind == "RecursionError")
    #expect(
      error(running: "import numpy as np\na = []\na.append(a)\nb = np.array(a)\n")?.kind
        == "UnsupportedError")
  }

  // MARK: Outside the subset: a clear error naming the line and the construct

  @Test(arguments: [
    ("f = lambda x: x\n", 1, "'lambda'"),
    ("with open('f') as f:\n    pass\n", 1, "'with' statements"),
    ("try:\n    x = 1\nexcept:\n    pass\n", 1, "'try' statements"),
    ("def f():\n    global x\n", 2, "'global'"),
    ("def f():\n    yield 1\n", 2, "'yield'"),
    ("@staticmethod\ndef f():\n    pass\n", 1, "decorators"),
    ("def f(*args):\n    pass\n", 1, "'*args' parameters"),
    ("import os\n", 1, "importing 'os'"),
    ("from numpy import zeros\n", 1, "'from ... import'"),
    ("x = {1, 2}\n", 1, "set literals"),
  ])
  func unsupportedSyntaxIsNamed(_ source: String, _ line: Int, _ construct: String) {
    let error = error(running: source)
    #expect(error?.kind == "UnsupportedError")
    #expect(error?.line == line)
    #expect(error?.message.contains(construct) == true)
  }

  @Test func npRandomSaysUnrollSetsTheWeights() {
    let error = error(running: "import numpy as np\n\nW = np.random.randn(3, 3)\n")
    #expect(error?.kind == "UnsupportedError")
    #expect(error?.line == 3)
    #expect(error?.message.hasPrefix("np.random.randn: unroll check sets the weights") == true)
  }

  @Test func closuresAreRefusedNamingBothFunctions() {
    let error = error(
      running: "def f():\n    a = 1\n    def g():\n        return a\n    return g()\n")
    #expect(error?.kind == "UnsupportedError")
    #expect(error?.message.contains("'f.<locals>.g' reads 'a', a local variable of 'f'") == true)
  }

  @Test func advancedIndexingIsRefused() {
    let error = error(running: "import numpy as np\na = np.zeros(3)\nb = a[[0, 1]]\n")
    #expect(error?.kind == "UnsupportedError")
    #expect(error?.line == 3)
  }

  // MARK: The REPL's entry

  @Test func evaluatesOneExpressionAgainstNames() throws {
    let names: [String: PyValue] = [
      "dh": try column([1, -2]),
      "t": .int(3),
      "sigmoid": .builtinFunction("sigmoid") { arguments throws(PythonError) in
        guard let a = arguments.first?.arrayValue else {
          throw PythonError(kind: "TypeError", message: "sigmoid needs an array")
        }
        let s = try? NDArray(
          shape: a.shape, scalars: a.scalars.map { 1 / (1 + Foundation.exp(-$0)) })
        return PyValue(s ?? a)
      },
    ]
    let doubled = try PythonInterpreter.evaluate(expression: "dh * 2 + t", names: names)
    #expect(doubled.arrayValue?.scalars == [5, -1])
    let sigma = try PythonInterpreter.evaluate(expression: "sigmoid(dh)[0, 0]", names: names)
    #expect(abs((sigma.arrayValue?.scalars.first ?? 0) - 1 / (1 + Foundation.exp(-1))) < 1e-15)
    let shape = try PythonInterpreter.evaluate(expression: "np.sum(dh), dh.T.shape", names: names)
    #expect(Evaluator.repr(shape) == "(np.float64(-1.0), (1, 2))")
    #expect(throws: PythonError.self) {
      try PythonInterpreter.evaluate(expression: "dh +", names: names)
    }
  }
}
