import Testing
import UnrollKit

@testable import UnrollCLI

/// The in-memory terminal: input lines, captured streams, and the colour rules.
@Suite struct TerminalTests {
  @Test func inputLinesComeInOrderThenEndOfInput() {
    let terminal = Terminal(input: ["step", "", "quit"])
    #expect(terminal.readLine() == "step")
    #expect(terminal.readLine() == "")
    #expect(terminal.readLine() == "quit")
    #expect(terminal.readLine() == nil)
  }

  @Test func stdoutAndStderrAreKeptApart() {
    let terminal = Terminal()
    terminal.write("data\n")
    terminal.writeError("message\n")
    #expect(terminal.capturedOutput == "data\n")
    #expect(terminal.capturedError == "message\n")
  }

  /// (environment, is a TTY, --no-color, colour expected).
  static let colourCases: [([String: String], Bool, Bool, Bool)] = [
    ([:], true, false, true),
    ([:], false, false, false),
    ([:], true, true, false),
    (["NO_COLOR": "1"], true, false, false),
    (["NO_COLOR": ""], true, false, true),
    (["TERM": "dumb"], true, false, false),
    (["TERM": "xterm-256color"], true, false, true),
  ]

  @Test(arguments: 0..<colourCases.count)
  func colourRules(_ index: Int) {
    let (environment, isTTY, flag, expected) = Self.colourCases[index]
    let terminal = Terminal(environment: environment, isTTY: isTTY)
    terminal.isColorDisabledByFlag = flag
    #expect(terminal.usesColor == expected)
    #expect(terminal.usesColorOnError == expected)
    #expect(terminal.styler("x", .bold) == (expected ? "\u{1B}[1mx\u{1B}[0m" : "x"))
  }

  @Test func exitCodesAreTheDocumentedOnes() {
    #expect(ExitCode.success.rawValue == 0)
    #expect(ExitCode.failure.rawValue == 1)
    #expect(ExitCode.usage.rawValue == 2)
  }
}

/// The REPL's heat strips: entries ranked from smallest to largest.
@Suite struct HeatStripTests {
  let style = Style(isColoured: false, heat: .unicode)

  @Test func entriesAreRankedFromSmallestToLargest() {
    // levels 0, 3.5→4, 7, 5.25→5
    #expect(style.heatStrip(Matrix(column: [-1, 0, 1, 0.5]), width: 80) == "▁▅█▆")
  }

  @Test func aVectorOfZerosIsAFlatStripAtTheBottom() {
    // All entries equal: nothing to rank, so nothing that looks like a value.
    #expect(style.heatStrip(Matrix(column: [0, 0, 0, 0, 0]), width: 80) == "▁▁▁▁▁")
    #expect(style.heatStrip(Matrix(column: [0.3, 0.3, 0.3]), width: 80) == "▁▁▁")
  }

  @Test func longColumnsAreAveragedIntoTheWidth() {
    let strip = style.heatStrip(Matrix(column: (0..<100).map(Double.init)), width: 10)
    // Ten means 4.5 … 94.5, level k·7/9 rounded: 0 1 2 2 3 4 5 5 6 7.
    #expect(strip == "▁▂▃▃▄▅▆▆▇█")
  }
}
