import Testing

@testable import UnrollKit

/// The seeded stream is part of Unroll's contract: a seed gives the same trace on
/// every machine.
///
/// These values pin it (checked against an independent Python
/// transcription of the reference xoshiro256** and SplitMix64); change them only on purpose.
@Suite struct RandomTests {
  @Test func theStreamIsPinned() {
    var generator = SeededGenerator(seed: 0)
    #expect(
      (0..<3).map { _ in generator.next() } == [
        11_091_344_671_253_066_420, 13_793_997_310_169_335_082, 1_900_383_378_846_508_768,
      ])
    var normals = SeededGenerator(seed: 2026)
    let samples = (0..<4).map { _ in normals.nextNormal() }
    #expect(
      maxRelativeDifference(
        samples, [-0.22140758119855536, 1.0306144757000564, 0.505871838033446, -0.3991856821697364])
        < 1e-15)
  }

  @Test func streamsAndSeedsDiffer() {
    var a = SeededGenerator(seed: 1)
    var b = SeededGenerator(seed: 1, stream: 1)
    var c = SeededGenerator(seed: 2)
    let first = a.next()
    #expect(first != b.next())
    #expect(first != c.next())
  }

  @Test func normalsLookNormal() {
    var generator = SeededGenerator(seed: 9)
    let samples = (0..<20_000).map { _ in generator.nextNormal() }
    let mean = samples.reduce(0, +) / Double(samples.count)
    let variance = samples.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(samples.count)
    #expect(abs(mean) < 0.03)
    #expect(abs(variance - 1) < 0.03)
    #expect(samples.filter { !$0.isFinite }.isEmpty)
  }
}
