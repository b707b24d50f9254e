import Foundation
import Testing
import UnrollKit

@testable import UnrollCLI

/// `unroll trace` end to end: the whole text listing, the JSON and its round trip
/// through `--weights`, atomic `-o`, colour, and a pass that stops.
@Suite struct TraceCommandTests {
  /// Reviewed by hand: loss = −log(1 − p), dy_pred = p − y = dby, dWhy = dy_pred · h_Tᵀ,
  /// dbh = the sum of the dh_raw.
  @Test func theWholeTextListingOfATinyRNN() {
    let expected = """
      rnn trace: input 1, hidden 2, steps 2, seed 3, bptt correct
      columns (n, 1) print on one line, marked ᵀ; # lines are the notes' NumPy

        x  (2, 1)  the input, one row per timestep
          [ 0.5136, -0.7097]ᵀ
        y = 0  the label

      == forward ==

      t = 1
        h_t  (2, 1)  h_t = tanh(Wxh · x_t + Whh · h_{t-1} + bh)
          # self.h = np.tanh(np.dot(self.Wxh, x[t]) + np.dot(self.Whh, self.h) +
          #   self.bh)
          [-0.2733, -0.3288]ᵀ

      t = 2
        h_t  (2, 1)  h_t = tanh(Wxh · x_t + Whh · h_{t-1} + bh)
          # self.h = np.tanh(np.dot(self.Wxh, x[t]) + np.dot(self.Whh, self.h) +
          #   self.bh)
          [0.6657, 0.4593]ᵀ

      == output ==
        y_pred  (1, 1)  y_pred = Why · h_T + by
          # self.y_pred = np.dot(self.Why, self.h) + self.by
          [[-0.7387]]
        p  (1, 1)  p = σ(y_pred)
          # return self.sigmoid(self.y_pred)
          [[0.3233]]
        loss  (1, 1)  L = −[y·log p + (1 − y)·log(1 − p)]
          # loss = -(y * np.log(p) + (1 - y) * np.log(1 - p))  # the notes add 1e-8 in
          #   each log
          [[0.3905]]

      == backward ==
        dy_pred  (1, 1)  dy_pred = ∂L/∂y_pred = p − y
          # dy = p - y
          [[0.3233]]

      t = 2
        dh  (2, 1)  dh = dh_next + (Whyᵀ · dy_pred if t = T else 0)
          # dh = dh_next + (np.dot(Why.T, dy) if t == T - 1 else 0)
          [-0.0867, -0.3943]ᵀ
        dh_raw  (2, 1)  dh_raw = dh ⊙ (1 − h_t²)
          # dh_raw = (1 - hs[:, t+1:t+2]**2) * dh  # tanh' at this step's h_t
          [-0.0483, -0.3112]ᵀ
        dh_next  (2, 1)  dh_next = Whhᵀ · dh_raw
          # dh_next = np.dot(self.Whh.T, dh_raw)
          [ 0.2906, -0.1574]ᵀ

      t = 1
        dh  (2, 1)  dh = dh_next + (Whyᵀ · dy_pred if t = T else 0)
          # dh = dh_next + (np.dot(Why.T, dy) if t == T - 1 else 0)
          [ 0.2906, -0.1574]ᵀ
        dh_raw  (2, 1)  dh_raw = dh ⊙ (1 − h_t²)
          # dh_raw = (1 - hs[:, t+1:t+2]**2) * dh  # tanh' at this step's h_t
          [ 0.2689, -0.1404]ᵀ
        dh_next  (2, 1)  dh_next = Whhᵀ · dh_raw
          # dh_next = np.dot(self.Whh.T, dh_raw)
          [-0.2194, -0.1469]ᵀ

      == result ==
        y_pred = -0.7387
        p      = 0.3233
        loss   = 0.3905

      == gradients ==
        dWxh  (2, 1)  ∂L/∂Wxh
          [0.1724, 0.1487]ᵀ
        dWhh  (2, 2)  ∂L/∂Whh
          [[0.0132, 0.0159],
           [0.0850, 0.1023]]
        dWhy  (1, 2)  ∂L/∂Why
          [[0.2152, 0.1485]]
        dbh  (2, 1)  ∂L/∂bh
          [ 0.2207, -0.4515]ᵀ
        dby  (1, 1)  ∂L/∂by
          [[0.3233]]

      """
    let result = unroll("trace", "--hidden-size", "2", "--steps", "2", "--seed", "3")
    #expect(result.code == 0)
    #expect(result.err == "")
    #expect(result.out == expected)
  }

  @Test func theJSONHoldsTheDesignedKeysAndExactNumbers() throws {
    let result = unroll("trace", "--model", "lstm", "--steps", "2", "--format", "json")
    #expect(result.code == 0)
    #expect(result.err == "")
    let json = try JSONValue.parse(result.out)
    guard case .object(let members) = json else {
      Issue.record("not an object")
      return
    }
    #expect(
      members.map(\.key) == [
        "model", "bptt", "seed", "sizes", "params", "x", "y", "records", "y_pred", "p", "loss",
        "grads",
      ])
    #expect(json["model"] == .string("lstm"))
    #expect(json["seed"] == .number(0))
    // Every parameter reads back bit for bit.
    let model = Model(.lstm, sizes: Sizes(input: 3, hidden: 5, steps: 2))
    for (name, value) in model.initialParameters(seed: 0).ordered {
      #expect(json["params"]?[name] == JSONValue(value), "\(name)")
    }
    guard case .array(let records)? = json["records"], let first = records.first else {
      Issue.record("no records")
      return
    }
    // 7 forward records a step, y_pred p loss, dy_pred, 9 backward records a step.
    #expect(records.count == 2 * 7 + 3 + 1 + 2 * 9)
    #expect(
      first
        == .object([
          ("phase", .string("forward")), ("t", .number(1)), ("name", .string("concat")),
          ("formula", .string("concat = [h_{t-1}; x_t]")),
          ("line", .string("concat = np.vstack((h_prev, x))")),
          ("shape", .array([.number(8), .number(1)])), ("value", first["value"] ?? .null),
        ]))
    #expect(records.contains { $0["name"] == .string("loss") && $0["t"] == .null })
  }

  @Test(arguments: [
    ["--model", "rnn"], ["--model", "lstm", "--seed", "42", "--steps", "6"],
    ["--model", "gru", "--input-size", "2", "--hidden-size", "4", "--seed", "9"],
  ])
  func theJSONReadsBackWithTheSameLossAndGradients(_ flags: [String]) throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let first = folder.file("first.json")
    let written = unroll(["trace", "--format", "json", "-o", first] + flags)
    #expect(written.code == 0)
    #expect(written.out == "")
    let again = unroll("trace", "--weights", first, "--format", "json")
    #expect(again.code == 0)
    #expect(again.err == "")
    let a = try JSONValue.parse(FileIO.readText(first))
    let b = try JSONValue.parse(again.out)
    for key in ["model", "sizes", "params", "x", "y", "records", "y_pred", "p", "loss", "grads"] {
      #expect(a[key] == b[key], "\(key)")
    }
    #expect(b["seed"] == .null)  // nothing was drawn the second time
    guard case .number(let loss)? = b["loss"] else {
      Issue.record("no loss")
      return
    }
    #expect(loss > 0)
  }

  @Test func theGRUTraceListsItsCellInOrderWithTheEngineValues() throws {
    let result = unroll("trace", "--model", "gru", "--steps", "2", "--format", "json")
    #expect(result.code == 0)
    #expect(result.err == "")
    let json = try JSONValue.parse(result.out)
    #expect(json["model"] == .string("gru"))
    #expect(
      json["sizes"]
        == .object([("input", .number(3)), ("hidden", .number(5)), ("steps", .number(2))]))
    guard case .array(let records)? = json["records"] else {
      Issue.record("no records")
      return
    }
    let model = Model(.gru, sizes: Sizes(input: 3, hidden: 5, steps: 2))
    let trace = try Trace(
      model: model, parameters: model.initialParameters(seed: 0),
      example: .random(model.sizes, seed: 0), seed: 0)
    // Each record as the engine computed it, in the engine's order.
    #expect(records.count == trace.records.count)
    for (json, record) in zip(records, trace.records) {
      #expect(json["name"] == .string(record.name))
      #expect(json["value"] == JSONValue(record.value), "\(record.name) t=\(record.t ?? 0)")
    }
    let cell = ["concat", "r_t", "z_t", "hn_t", "n_t", "h_t"]
    let backward = ["dh", "dn", "dz", "dr", "dhn", "dconcat", "dh_next"]
    // 6 forward records a step, y_pred p loss, dy_pred, 7 backward records a step.
    #expect(
      records.map { $0["name"] ?? .null }
        == (cell + cell + ["y_pred", "p", "loss", "dy_pred"] + backward + backward).map {
          JSONValue.string($0)
        })
    guard case .object(let grads)? = json["grads"] else {
      Issue.record("no grads")
      return
    }
    #expect(grads.map(\.key) == ["Wr", "Wz", "Wxn", "Whn", "br", "bz", "bxn", "bhn", "Why", "by"])

    let text = unroll("trace", "--model", "gru", "--steps", "2")
    #expect(text.out.hasPrefix("gru trace: input 3, hidden 5, steps 2, seed 0, bptt correct\n"))
    #expect(
      text.out.contains(
        """
          n_t  (5, 1)  n_t = tanh(Wxn · x_t + bxn + r_t ⊙ hn_t)
            # n_t = np.tanh(np.dot(Wxn, x) + bxn + r_t * hn_t)
        """))
    #expect(
      text.out.contains(
        "  dh_next  (5, 1)  dh_next = dconcat[:hidden] + Whnᵀ·dhn + dh ⊙ z_t\n"))
  }

  @Test func numbersRoundTripExactly() throws {
    let awkward: [Double] = [
      0.1, 1.0 / 3.0, -2.5e-300, .leastNonzeroMagnitude, 1.7976931348623157e308,
      123456789.123456789, -0.0, 1,
    ]
    let text = JSONValue.array(awkward.map(JSONValue.number)).text()
    #expect(try JSONValue.parse(text) == .array(awkward.map(JSONValue.number)))
    #expect(JSONValue.numberText(.nan) == "\"nan\"")
    #expect(JSONValue.numberText(-.infinity) == "\"-inf\"")
  }

  @Test func outputReplacesTheTargetWholeOnlyWithForceAndLeavesNoTemporaryFile() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let target = try folder.write("trace.txt", String(repeating: "old content\n", count: 10_000))
    // An existing file is replaced only with --force, the rule of every command that writes.
    let refused = unroll("trace", "--steps", "2", "-o", target)
    #expect(refused.code == 1)
    #expect(refused.err == "unroll: cannot write \(target): it exists; add --force to replace it\n")
    let result = unroll("trace", "--steps", "2", "-o", target, "--force")
    #expect(result.code == 0)
    #expect(result.out == "")
    // 2 h_t, y_pred, p, loss, dy_pred, and dh, dh_raw, dh_next at 2 steps.
    #expect(result.err == "wrote \(target): 12 records\n")
    #expect(try folder.contents() == ["trace.txt"])
    let onStdout = unroll("trace", "--steps", "2")
    #expect(try FileIO.readText(target) == onStdout.out)
  }

  @Test func aFailedRunLeavesTheOldOutputAlone() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let target = try folder.write("trace.json", "old\n")
    let bad = try folder.write("bad.json", "{\"model\": \"rnn\", \"params\": [1]}")
    let result = unroll("trace", "--weights", bad, "--format", "json", "-o", target, "--force")
    #expect(result.code == 1)
    #expect(
      result.err
        == "unroll: \(bad): \"params\" must be an object of matrices by name, found a list\n")
    #expect(try FileIO.readText(target) == "old\n")
    #expect(try folder.contents() == ["bad.json", "trace.json"])
  }

  @Test func outputIntoAMissingFolderIsAnErrorNamingIt() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let target = folder.file("no/such/trace.json")
    let result = unroll("trace", "--format", "json", "--output", target)
    #expect(result.code == 1)
    #expect(result.out == "")
    #expect(
      result.err
        == "unroll: cannot write \(target): the folder \(folder.file("no/such")) does not exist\n")
    #expect(try folder.contents() == [])
    let onFolder = unroll("trace", "-o", folder.path)
    #expect(onFolder.code == 1)
    #expect(onFolder.err == "unroll: cannot write \(folder.path): it is a folder\n")
    #expect(try folder.contents() == [])
  }

  @Test func colourOnlyOnATerminalWithoutNoColorOrDumbTerm() {
    let bold = "\u{1B}[1m"
    #expect(unroll(["trace", "--steps", "1"], isTTY: true).out.contains(bold))
    #expect(!unroll(["trace", "--steps", "1"], isTTY: false).out.contains(bold))
    #expect(!unroll(["trace", "--steps", "1", "--no-color"], isTTY: true).out.contains(bold))
    #expect(
      !unroll(["trace", "--steps", "1"], environment: ["NO_COLOR": "1"], isTTY: true).out.contains(
        bold))
    #expect(
      unroll(["trace", "--steps", "1"], environment: ["NO_COLOR": ""], isTTY: true).out.contains(
        bold))
    #expect(
      !unroll(["trace", "--steps", "1"], environment: ["TERM": "dumb"], isTTY: true).out.contains(
        bold))
    // A file never gets colour.
    let plain = unroll(["trace", "--steps", "1"]).out
    #expect(plain == unroll(["trace", "--steps", "1", "--no-color"], isTTY: true).out)
  }

  @Test func widthComesFromColumnsThenTheTerminalThen80() {
    #expect(Terminal().width == 80)
    #expect(Terminal(terminalWidth: 120).width == 120)
    #expect(Terminal(environment: ["COLUMNS": "50"], terminalWidth: 120).width == 50)
    #expect(Terminal(environment: ["COLUMNS": "zero"], terminalWidth: 120).width == 120)
    let narrow = unroll(["trace"], environment: ["COLUMNS": "40"]).out
    let wide = unroll(["trace"], environment: ["COLUMNS": "200"]).out
    #expect(
      narrow.split(separator: "\n").filter { $0.hasPrefix("    [") }.allSatisfy { $0.count <= 40 })
    #expect(narrow.split(separator: "\n").count > wide.split(separator: "\n").count)
  }

  @Test func aPassThatStopsPrintsTheRecordsUpToItAndFails() throws {
    // x two features wide for a model of input 1: Wxh · x_t fails at t = 1.
    let model = Model(.rnn, sizes: Sizes(input: 1, hidden: 2, steps: 2))
    let example = Example(x: try Matrix([[1, 2], [3, 4]]), y: 1)
    let trace = try ModelSetup(
      model: model, parameters: model.initialParameters(seed: 0), example: example, seed: nil,
      bptt: .correct, weightsPath: nil
    ).trace()
    let terminal = Terminal()
    let code = try Command.emit(trace, format: .text, output: nil, terminal: terminal)
    #expect(code == .failure)
    #expect(
      terminal.capturedOutput.hasPrefix("rnn trace: input 1, hidden 2, steps 2, bptt correct\n"))
    #expect(!terminal.capturedOutput.contains("== result =="))
    #expect(
      terminal.capturedError
        == "unroll: the pass stopped: h_t (forward t=1) failed at "
        + "`self.h = np.tanh(np.dot(self.Wxh, x[t]) + np.dot(self.Whh, self.h) + self.bh)`: "
        + "shapes (2,1) and (2,1) not aligned: 1 (dim 1) != 2 (dim 0)\n")
    let json = Terminal()
    #expect(try Command.emit(trace, format: .json, output: nil, terminal: json) == .failure)
    let value = try JSONValue.parse(json.capturedOutput)
    #expect(value["grads"] == .null)
    #expect(value["records"] == .array([]))
    guard case .string(let failure)? = value["failure"] else {
      Issue.record("no failure")
      return
    }
    #expect(failure.hasPrefix("h_t (forward t=1) failed at"))
  }

  @Test func aNonFiniteValueIsNotedAndWrittenAsAString() throws {
    let model = Model(.rnn, sizes: Sizes(input: 1, hidden: 1, steps: 1))
    let parameters = Parameters(
      names: model.parameterNames,
      values: [
        "Wxh": try Matrix([[1]]), "Whh": try Matrix([[0]]), "Why": try Matrix([[1]]),
        "bh": try Matrix([[0]]), "by": try Matrix([[.infinity]]),
      ])
    let example = Example(x: try Matrix([[0.5]]), y: 1)
    let trace = try ModelSetup(
      model: model, parameters: parameters, example: example, seed: nil, bptt: .correct,
      weightsPath: nil
    ).trace()
    let terminal = Terminal()
    #expect(try Command.emit(trace, format: .json, output: nil, terminal: terminal) == .success)
    #expect(
      terminal.capturedError
        == "unroll: note: y_pred (output) is the first value with a NaN or an infinity\n")
    let json = try JSONValue.parse(terminal.capturedOutput)
    #expect(json["y_pred"] == .string("inf"))
    #expect(json["params"]?["by"] == .array([.array([.string("inf")])]))
    // Read back, the infinite parameter is refused by name.
    let again = unroll(["trace", "--weights", "-"], input: [terminal.capturedOutput])
    #expect(again.code == 1)
    #expect(again.err == "unroll: stdin: by[0][0] is not a finite number\n")
  }
}
