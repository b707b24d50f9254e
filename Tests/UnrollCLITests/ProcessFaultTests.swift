import Foundation
import Testing

@testable import UnrollCLI
@testable import UnrollKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Issue 12, what needs a real process.
///
/// Closed descriptors, a broken pipe, no terminal, and signals in the middle of writing a
/// set. Each runs the built `unroll`, bounded in time.
@Suite(.serialized) struct ProcessFaultTests {
  @Test func aBrokenPipeEndsQuietly() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    // Far more than a pipe holds, so the writer meets the closed end.
    let result = try BuiltUnroll.shell(
      """
      "$UNROLL" trace --hidden-size 64 --steps 400 2>"$T/err" | head -1
      echo "status ${PIPESTATUS[0]}" >&2
      """, in: folder)
    #expect(result.out == "rnn trace: input 1, hidden 64, steps 400, seed 0, bptt correct\n")
    #expect(result.err == "status 0\n" || result.err == "status 141\n", "\(result.err)")
    #expect(try FileIO.readText(folder.file("err")) == "")
  }

  @Test func aClosedStdoutIsExitOneWithAMessage() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    for command in ["trace --format json", "compare --format json", "lessons"] {
      let result = try BuiltUnroll.shell("\"$UNROLL\" \(command) >&-", in: folder)
      #expect(result.status == 1, "\(command)")
      #expect(result.err.hasSuffix("unroll: cannot write to stdout: it is closed\n"), "\(command)")
    }
    // A file given with -o does not take the closed descriptor's place.
    let written = try BuiltUnroll.shell(
      "\"$UNROLL\" trace --format json -o \"$T/t.json\" >&-", in: folder)
    #expect(written.status == 0)
    #expect(written.err == "wrote \(folder.file("t.json")): 44 records\n")
    #expect(try FileIO.readText(folder.file("t.json")).hasPrefix("{"))
  }

  @Test func stdoutErrorsInMemoryAreExitOneAndABrokenPipeIsQuiet() {
    let full = Terminal(outputFailure: ENOSPC)
    #expect(Unroll.run(["trace"], terminal: full) == 1)
    #expect(full.capturedError == "unroll: cannot write to stdout: no space left on device\n")
    let pipe = Terminal(outputFailure: EPIPE)
    #expect(Unroll.run(["trace"], terminal: pipe) == 0)
    #expect(pipe.capturedError == "")
  }

  @Test func theReplAndLessonsWithStdinClosedOrNoTerminal() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let env = "UNROLL_LESSONS='\(LessonFixture.good)' XDG_STATE_HOME=\"$T\""
    for script in [
      "\"$UNROLL\" repl --steps 2 <&-", "\"$UNROLL\" repl --steps 2 < /dev/null",
      "\(env) \"$UNROLL\" lesson 1 <&-", "\(env) \"$UNROLL\" lesson 1 < /dev/null",
      "\(env) \"$UNROLL\" lessons <&-",
    ] {
      let result = try BuiltUnroll.shell(script, in: folder)
      #expect(result.status == 0, "\(script): \(result.err)")
      #expect(result.err == "", "\(script)")
      #expect(!result.out.contains("(unroll) ") || script.contains("lesson"), "\(script)")
      #expect(!result.out.contains("\u{1B}["), "no colour without a terminal: \(script)")
    }
    let lesson = try BuiltUnroll.shell("\(env) \"$UNROLL\" lesson 1 <&-", in: folder)
    #expect(lesson.out.hasSuffix("End of lesson 1.\n"))
    // A transcript saves nothing.
    #expect(try folder.contents() == [])
  }

  @Test(arguments: [SIGTERM, SIGINT])
  func aSignalWhileASetIsWrittenLeavesTheOldSetAndNoTemporaryFile(_ signal: Int32) throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let document = folder.file("big.md")
    #expect(unroll("trace", "--steps", "3", "--format", "md", "-o", document).code == 0)
    let old = try FileIO.readText(document)
    // A pipe in the place of one picture: the writer opens it last and waits there for a
    // reader, with the other files of the set in their temporary files.
    try FileManager.default.removeItem(atPath: folder.file("big-h_t.svg"))
    #expect(mkfifo(folder.file("big-h_t.svg"), 0o644) == 0)
    let process = try BuiltUnroll.start(
      ["trace", "--steps", "5", "--format", "md", "-o", document, "--force"], in: folder)
    let end = Date().addingTimeInterval(30)
    var temporaries: [String] = []
    while temporaries.count < 4 && Date() < end && process.isRunning {
      usleep(20_000)
      temporaries = try folder.contents().filter { $0.hasSuffix(".tmp") }
    }
    #expect(temporaries.count == 4, "the document's and three pictures': \(temporaries)")
    kill(process.processIdentifier, signal)
    let status = BuiltUnroll.wait(process, timeout: 30)
    #expect(status == 128 + signal)
    #expect(
      try folder.contents() == [
        "big-Whh.svg", "big-gradient-norms.svg", "big-h_t.svg", "big-tanh-slope.svg", "big.md",
      ])
    #expect(try FileIO.readText(document) == old)
  }
}
