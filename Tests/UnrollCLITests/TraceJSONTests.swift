import Testing
import UnrollKit

@testable import UnrollCLI

/// The streamed trace JSON (`Trace.writeJSON`, what `trace --format json -o F` writes)
/// against the document held whole (`json().text()`), byte for byte.
@Suite struct TraceJSONTests {
  static func trace(_ kind: ModelKind, _ sizes: Sizes, bptt: BPTT = .correct) throws -> Trace {
    let model = Model(kind, sizes: sizes)
    return try Trace(
      model: model, bptt: bptt, parameters: model.initialParameters(seed: 4),
      example: Example.random(sizes, seed: 4), seed: 4)
  }

  static func streamed(_ trace: Trace, chunkSize: Int) -> (bytes: [UInt8], chunks: Int) {
    var bytes: [UInt8] = []
    var chunks = 0
    trace.writeJSON(chunkSize: chunkSize) { chunk in
      bytes += chunk
      chunks += 1
      return true
    }
    return (bytes, chunks)
  }

  @Test(arguments: [
    (ModelKind.rnn, Sizes(input: 1, hidden: 32, steps: 10), BPTT.correct),
    (.rnn, Sizes(input: 2, hidden: 3, steps: 4), .document),
    (.rnn, Sizes(input: 2, hidden: 3, steps: 4), .verbatim),  // stops: grads null, failure
    (.lstm, Sizes(input: 3, hidden: 5, steps: 6), .correct),
    (.gru, Sizes(input: 2, hidden: 4, steps: 3), .correct),
  ])
  func streamedEqualsTheWholeDocument(kind: ModelKind, sizes: Sizes, bptt: BPTT) throws {
    let trace = try Self.trace(kind, sizes, bptt: bptt)
    let whole = trace.json().text() + "\n"
    for chunkSize in [1, 100, 1 << 20] {
      let (bytes, chunks) = Self.streamed(trace, chunkSize: chunkSize)
      #expect(String(decoding: bytes, as: UTF8.self) == whole)
      #expect(chunkSize > whole.utf8.count ? chunks == 1 : chunks > 1)
    }
    if bptt == .verbatim { #expect(whole.contains("\"failure\": ")) }
  }

  @Test func aRefusedChunkStopsTheStream() throws {
    let trace = try Self.trace(.lstm, Sizes(input: 3, hidden: 5, steps: 6))
    var chunks = 0
    trace.writeJSON(chunkSize: 64) { _ in
      chunks += 1
      return false
    }
    #expect(chunks == 1)
  }
}
