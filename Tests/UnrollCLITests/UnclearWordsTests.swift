import Foundation
import Testing

@testable import UnrollCLI
@testable import UnrollKit

/// Issue 12, unclear words: each message says what is wrong with the thing that is wrong.
@Suite struct UnclearWordsTests {
  @Test func aNumberBeyondDoubleInADataFileIsCalledThat() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let data = try folder.write("d.json", "{\"x\": [[[1e999]], [[-1e999]]], \"y\": [1, 0]}")
    let result = unroll("train", "--data", data)
    #expect(result.code == 1)
    #expect(
      result.err
        == "unroll: \(data): x[0][0][0] must be a finite number, found a number beyond the "
        + "largest Double, ±1.8e308 (it reads as infinity)\n")
    #expect(JSONValue.number(-.infinity).kindDescription.hasPrefix("-a number beyond"))
  }

  @Test func theWrongRecurrentWeightIsTheOneNamed() throws {
    let model = Model(.rnn, sizes: Sizes(input: 1, hidden: 32, steps: 2))
    var stateDict = try PyTorchLayout.stateDict(model.initialParameters(seed: 0), kind: .rnn)
    stateDict.values[PyTorchLayout.weightHH] = try Matrix([[0.1, 0.2], [0.3, 0.4]])
    #expect(throws: PyTorchLayoutError.self) {
      try PyTorchLayout.documentParameters(stateDict.values, kind: .rnn)
    }
    do {
      _ = try PyTorchLayout.documentParameters(stateDict.values, kind: .rnn)
    } catch {
      #expect(
        "\(error)"
          == "state_dict key rnn.weight_hh_l0 has shape (2, 2), expected (32, 32)")
    }
    #expect(PyTorchLayout.hiddenSize(stateDict.values, kind: .rnn) == 32)
    // Through a file, as a learner meets it.
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let file = try folder.write("w.json", unroll("trace", "--format", "json").out)
    let converted = try folder.write(
      "pt.json", unroll("convert", "--to", "pytorch", file).out)
    var text = try FileIO.readText(converted)
    let key = "\"rnn.weight_hh_l0\": "
    let start = try #require(text.range(of: key))
    let end = try #require(
      text.range(of: "\"rnn.bias_ih_l0\"", range: start.upperBound..<text.endIndex))
    text.replaceSubrange(start.upperBound..<end.lowerBound, with: "[[0.1, 0.2], [0.3, 0.4]],\n    ")
    let broken = try folder.write("broken.json", text)
    let result = unroll("trace", "--weights", broken)
    #expect(result.code == 1)
    #expect(
      result.err
        == "unroll: \(broken): state_dict key rnn.weight_hh_l0 has shape (2, 2), expected (32, 32)\n"
    )
  }

  @Test func aHugeValueIsNotEchoedWhole() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let long = String(repeating: "a", count: 2_000_000)
    let weights = try folder.write("w.json", "{\"model\": \"\(long)\", \"params\": {}}")
    let result = unroll("trace", "--weights", weights)
    #expect(result.code == 1)
    #expect(result.err.count < 300)
    #expect(
      result.err.hasPrefix(
        "unroll: \(weights): model must be \"rnn\", \"lstm\" or \"gru\", found \"aaaa"))
    #expect(result.err.hasSuffix(" more characters)\n"))
    let keys = try folder.write("k.json", "{\"\(long)\": 1}")
    let keyResult = unroll("trace", "--weights", keys)
    #expect(keyResult.err.count < 300)
    let flag = unroll("trace", "--model", long)
    #expect(flag.code == 2)
    #expect(flag.err.count <= Unroll.maxMessageLength + 40)
    #expect(Quoted.safe("abcdef", limit: 3) == "abc… (3 more characters)")
    #expect(Quoted.safe("a\nb\u{1B}c\u{9B}", limit: 10) == "a\\nb\\u{1B}c\\u{9B}")
  }
}
