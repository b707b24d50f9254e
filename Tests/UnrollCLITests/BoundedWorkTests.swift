import Foundation
import Testing

@testable import UnrollCLI
@testable import UnrollKit

/// Issue 12, bounded work: memory estimated from the sizes and refused with both figures
/// before anything is allocated; a gradient check that samples at large sizes; a time
/// limit for the blocks of `lessons --check`.
@Suite struct BoundedWorkTests {
  /// A machine of 23 GB with 20 GB available, as /proc/meminfo would say it.
  static let machine = MachineMemory(total: 23_000_000_000, available: 20_000_000_000)

  @Test func meminfoIsReadInBytes() {
    let text = """
      MemTotal:       24434336 kB
      MemFree:         1000000 kB
      MemAvailable:   20000000 kB
      """
    #expect(
      MachineMemory(meminfo: text)
        == MachineMemory(total: 24_434_336 * 1024, available: 20_000_000 * 1024))
    #expect(
      MachineMemory(meminfo: "MemTotal: 1000 kB")
        == MachineMemory(total: 1_024_000, available: 1_024_000))
    #expect(MachineMemory(meminfo: "nothing here") == nil)
    #expect(MachineMemory(meminfo: nil) == nil)
  }

  @Test func trainRefusesSamplesThatCannotFitBeforeDrawingThem() {
    let terminal = Terminal(memory: Self.machine)
    let start = ContinuousClock.now
    let code = Unroll.run(
      [
        "train", "--samples", "100000", "--steps", "2000", "--input-size", "256",
        "--hidden-size", "1", "--epochs", "1",
      ], terminal: terminal)
    #expect(code == 1)
    #expect(
      terminal.capturedError
        == "unroll: train with 100000 samples of 2000 steps × 256 features needs about 410 GB "
        + "of memory; this machine has 23 GB (20 GB available)\n")
    #expect(ContinuousClock.now - start < .seconds(5))
    // Sizes that fit run as before.
    let small = Terminal(memory: Self.machine)
    #expect(Unroll.run(["train", "--samples", "10", "--epochs", "1"], terminal: small) == 0)
  }

  @Test func aRecordingThatCannotFitIsRefusedWithTheFigure() throws {
    let tiny = MachineMemory(total: 2_000_000_000, available: 50_000_000)
    let largest = [
      "--model", "lstm", "--input-size", "256", "--hidden-size", "512", "--steps", "2000",
    ]
    for (arguments, what) in [
      (["trace", "--format", "json"] + largest, "the trace"),
      (["repl"] + largest, "the recording"),
    ] {
      let terminal = Terminal(memory: tiny)
      let code = Unroll.run(arguments, terminal: terminal)
      #expect(code == 1, "\(arguments)")
      #expect(
        terminal.capturedError.hasPrefix(
          "unroll: \(what) of an lstm at input 256, hidden 512, steps 2000 needs about "),
        "\(terminal.capturedError)")
      #expect(terminal.capturedError.hasSuffix("this machine has 2.0 GB (50 MB available)\n"))
    }
    // The estimate grows with the steps, from what one step records.
    let options = try ModelOptions(
      ParsedArguments.parse(largest, options: ModelOptions.options, command: "trace"))
    let setup = try options.setup()
    let values = setup.recordedValues()
    var shorter = options
    shorter.steps = 1000
    let half = try shorter.setup().recordedValues()
    #expect(values > 15 * 512 * 2000)
    #expect(abs(values - 2 * half) < 10 * 768)
    // The documents' sizes are far below any machine.
    #expect(try ModelOptions().setup().recordedValues() < 10_000)
  }

  @Test func gradcheckSamplesAtLargeSizesAndStaysExhaustiveAtTheDefaults() throws {
    for kind in ModelKind.allCases {
      var options = ModelOptions()
      options.model = kind
      #expect(Command.defaultEntries(try options.setup()) == .all, "\(kind)")
    }
    var largest = ModelOptions()
    largest.model = .lstm
    largest.inputSize = 256
    largest.hiddenSize = 512
    largest.steps = 2000
    largest.seed = 4
    #expect(Command.defaultEntries(try largest.setup()) == .sample(1, seed: 4))
    var middle = largest
    middle.hiddenSize = 64
    middle.inputSize = 32
    middle.steps = 300
    #expect(Command.defaultEntries(try middle.setup()) == .sample(66, seed: 4))
  }

  @Test func entriesDrawsADistinctSeededSamplePerParameter() throws {
    let result = unroll(
      "gradcheck", "--model", "gru", "--input-size", "3", "--hidden-size", "4", "--steps", "3",
      "--entries", "5", "--seed", "2")
    #expect(result.code == 0)
    #expect(result.err == "")
    let rows = result.out.split(separator: "\n").filter {
      $0.hasPrefix("  W") || $0.hasPrefix("  b")
    }
    // Five of each parameter with at least five entries; all of the smaller ones.
    let expected = [
      "Wr": "5", "Wz": "5", "Wxn": "5", "Whn": "5", "br": "4", "bz": "4", "bxn": "4", "bhn": "4",
      "Why": "4", "by": "1",
    ]
    #expect(rows.count == expected.count)
    for row in rows {
      let cells = row.split(separator: " ")
      #expect(expected[String(cells[0])] == String(cells[3]), "\(row)")
    }
    var generator = SeededGenerator(seed: 2, stream: 3)
    let drawn = GradientCheck.Entries.sample(5, seed: 2).indices(20, &generator)
    #expect(drawn.count == 5 && Set(drawn).count == 5 && drawn == drawn.sorted())
    #expect(drawn.allSatisfy { (0..<20).contains($0) })
    var again = SeededGenerator(seed: 2, stream: 3)
    #expect(GradientCheck.Entries.sample(5, seed: 2).indices(20, &again) == drawn)
    #expect(unroll("gradcheck", "--entries", "0").code == 2)
    #expect(unroll("gradcheck", "--entries", "3", "--max-entries", "3").code == 2)
    #expect(unroll("gradcheck", "--hidden-size", "2", "--steps", "2", "--entries", "all").code == 0)
  }

  @Test func aGradientCheckStopsAtItsDeadlineAndSaysHowManyItWouldCheck() {
    let terminal = Terminal()
    terminal.deadline = Deadline(.milliseconds(300))
    let code = Unroll.run(
      [
        "gradcheck", "--model", "lstm", "--hidden-size", "64", "--input-size", "32", "--steps",
        "300",
      ],
      terminal: terminal)
    #expect(code == 1)
    #expect(
      terminal.capturedError
        == "unroll: note: checking 66 entries of each parameter drawn at random from seed 0, "
        + "585 of 24897 in all (every one would take long); --entries N or --entries all to "
        + "choose\nunroll: stopped at the time limit of 0.3 s\n")
  }

  @Test func lessonsCheckStopsABlockAtTheTimeLimit() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let good = try String(contentsOfFile: LessonFixture.good + "/01-tiny-rnn.md", encoding: .utf8)
    let slow = good.replacingOccurrences(
      of: "## One timestep",
      with: """
        ## A slow check

        ```unroll
        unroll gradcheck --model lstm --hidden-size 64 --input-size 32 --steps 300 --entries all
        ```

        ## One timestep
        """)
    try folder.write("01-tiny-rnn.md", slow)
    let result = unroll(
      ["lessons", "--check", "--time-limit", "1"], environment: ["UNROLL_LESSONS": folder.path])
    #expect(result.code == 1)
    #expect(result.out.contains("FAIL  01-tiny-rnn.md"))
    #expect(result.out.contains("exited with 1: stopped at the time limit of 1 s"))
    #expect(result.out.contains("over the limit of 1 s (--time-limit)"))
    #expect(unroll(["lessons", "--check", "--time-limit", "0"]).code == 2)
  }
}
