import Testing
import UnrollKit

@testable import UnrollCLI

/// The streamed text trace (`Trace.writeText`, what `trace --format text -o F` writes)
/// against the listing held whole (`text()`, what the terminal gets), byte for byte.
@Suite struct TraceTextTests {
  static func streamed(_ trace: Trace, chunkSize: Int) -> (bytes: [UInt8], chunks: Int) {
    var bytes: [UInt8] = []
    var chunks = 0
    trace.writeText(ValueFormat(width: 80), chunkSize: chunkSize) { chunk in
      bytes += chunk
      chunks += 1
      return true
    }
    return (bytes, chunks)
  }

  @Test(arguments: [
    (ModelKind.rnn, Sizes(input: 1, hidden: 32, steps: 10), BPTT.correct),
    (.rnn, Sizes(input: 2, hidden: 3, steps: 4), .verbatim),  // stops: no gradients
    (.lstm, Sizes(input: 3, hidden: 5, steps: 6), .correct),
    (.gru, Sizes(input: 2, hidden: 4, steps: 3), .correct),
  ])
  func streamedEqualsTheWholeListing(kind: ModelKind, sizes: Sizes, bptt: BPTT) throws {
    let trace = try TraceJSONTests.trace(kind, sizes, bptt: bptt)
    let whole = trace.text(ValueFormat(width: 80))
    #expect(whole.contains("x  (\(sizes.steps), \(sizes.input))"))
    #expect(whole.contains("== gradients ==") == (bptt != .verbatim))
    for chunkSize in [1, 100, 1 << 20] {
      let (bytes, chunks) = Self.streamed(trace, chunkSize: chunkSize)
      #expect(String(decoding: bytes, as: UTF8.self) == whole)
      #expect(chunkSize > whole.utf8.count ? chunks == 1 : chunks > 1)
    }
  }

  @Test func aRefusedChunkStopsTheStream() throws {
    let trace = try TraceJSONTests.trace(.lstm, Sizes(input: 3, hidden: 5, steps: 6))
    var chunks = 0
    trace.writeText(chunkSize: 64) { _ in
      chunks += 1
      return false
    }
    #expect(chunks == 1)
  }
}
