import Foundation
import Testing

@testable import UnrollCLI
@testable import UnrollKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Issue 12, reading: every failure to read is one line naming the file and the reason,
/// never a trap; input has a size limit; invalid UTF-8 and control characters are refused
/// or shown escaped on every input path.
@Suite struct ReadingFaultTests {
  @Test func aClosedStdinIsAnErrorNamingIt() {
    let terminal = Terminal(isInputClosed: true)
    for arguments in [
      ["trace", "--weights", "-"], ["convert", "--to", "pytorch", "-"], ["repl", "--weights", "-"],
    ] {
      let code = Unroll.run(arguments, terminal: Terminal(isInputClosed: true))
      #expect(code == 1, "\(arguments)")
    }
    #expect(Unroll.run(["trace", "--weights", "-"], terminal: terminal) == 1)
    #expect(terminal.capturedError == "unroll: cannot read stdin: it is closed\n")
    #expect(terminal.capturedOutput == "")
  }

  @Test func aClosedStdinInTheRealProcessIsExitOneNotATrap() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    for command in [
      "trace --weights -", "convert --to pytorch -", "repl --weights -",
    ] {
      let result = try BuiltUnroll.shell("\"$UNROLL\" \(command) <&-", in: folder)
      #expect(result.status == 1, "\(command)")
      #expect(result.err == "unroll: cannot read stdin: it is closed\n", "\(command)")
      #expect(result.out == "")
    }
  }

  @Test func anInputOutputErrorIsAFileErrorWithTheReason() {
    // /proc/self/mem fails its first read at offset 0 with EIO.
    #expect(throws: FileError("read", "/proc/self/mem", "input/output error")) {
      try FileIO.readText("/proc/self/mem")
    }
    let result = unroll("trace", "--weights", "/proc/self/mem")
    #expect(result.code == 1)
    #expect(result.err == "unroll: cannot read /proc/self/mem: input/output error\n")
  }

  @Test func aFileOverTheLimitIsRefusedBeforeItIsRead() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    // A sparse file of 65 MB: its size is known without writing it.
    let path = folder.file("huge.json")
    #expect(FileManager.default.createFile(atPath: path, contents: nil))
    #expect(truncate(path, 65_000_000) == 0)
    for arguments in [
      ["trace", "--weights", path], ["train", "--data", path],
      ["convert", "--to", "pytorch", path],
    ] {
      let result = unroll(arguments)
      #expect(result.code == 1, "\(arguments)")
      #expect(
        result.err
          == "unroll: cannot read \(path): it is 65 MB; input files are limited to 64 MB\n")
    }
    // A stream (a pipe, stdin) is counted as it is read.
    let small = try folder.write("small.json", String(repeating: " ", count: 11))
    #expect(throws: FileError("read", small, "it is 11 bytes; input files are limited to 10 bytes"))
    {
      try FileIO.readText(small, limit: 10)
    }
    let descriptor = open(small, O_RDONLY)
    defer { close(descriptor) }
    #expect(throws: FileError("read", "stdin", "it is over 10 bytes; input is limited to that")) {
      try FileIO.readText(descriptor: descriptor, name: "stdin", limit: 10)
    }
  }

  @Test func folderMissingAndUnreadableFilesSayWhich() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    #expect(throws: FileError("read", folder.path, "it is a folder")) {
      try FileIO.readText(folder.path)
    }
    #expect(throws: FileError("read", folder.file("none.json"), "no such file")) {
      try FileIO.readText(folder.file("none.json"))
    }
    let file = try folder.write("f", "x")
    #expect(throws: FileError("read", file + "/x", "a part of the path is not a folder")) {
      try FileIO.readText(file + "/x")
    }
  }

  @Test func invalidUTF8IsRefusedOnEveryFilePath() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = folder.file("bad.json")
    #expect(
      FileManager.default.createFile(
        atPath: path, contents: Data([0x7B, 0x22, 0xFF, 0xFE, 0x22, 0x7D])))
    let lessons = folder.file("lessons")
    try FileManager.default.createDirectory(atPath: lessons, withIntermediateDirectories: true)
    #expect(
      FileManager.default.createFile(
        atPath: lessons + "/01-bad.md", contents: Data([0x2D, 0x2D, 0x2D, 0x0A, 0xC3, 0x28])))
    for arguments in [
      ["trace", "--weights", path], ["train", "--data", path],
      ["convert", "--to", "document", path],
      ["gradcheck", "--weights", path], ["compare", "--weights", path],
    ] {
      let result = unroll(arguments)
      #expect(result.code == 1, "\(arguments)")
      #expect(result.err == "unroll: cannot read \(path): it is not UTF-8 text\n", "\(arguments)")
    }
    let lesson = unroll(["lesson", "1"], environment: ["UNROLL_LESSONS": lessons])
    #expect(lesson.code == 1)
    #expect(lesson.err.contains("cannot read \(lessons)/01-bad.md: it is not UTF-8 text"))
  }

  @Test func invalidUTF8OnStdinIsRefusedInTheRealProcess() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let result = try BuiltUnroll.shell(
      "printf '{\"model\": \"\\377\"}' | \"$UNROLL\" trace --weights -", in: folder)
    #expect(result.status == 1)
    #expect(result.err == "unroll: cannot read stdin: it is not UTF-8 text\n")
  }

  @Test func controlCharactersFromAFileOrAFlagAreShownEscaped() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    // Valid JSON: the escape is spelled \u001b, so the key holds a real ESC.
    let path = try folder.write(
      "w.json", "{\"model\": \"rnn\", \"params\": {\"\\u001b[31mred\": [[1]]}}")
    let result = unroll("trace", "--weights", path)
    #expect(result.code == 1)
    #expect(!result.err.contains("\u{1B}"))
    #expect(result.err.contains("unknown parameter \\u{1B}[31mred"))
    let flag = unroll("trace", "--model", "\u{1B}]0;title\u{07}x")
    #expect(flag.code == 2)
    #expect(!flag.err.contains("\u{1B}") && !flag.err.contains("\u{07}"))
    #expect(flag.err.contains("\\u{1B}]0;title\\u{7}x"))
    let data = try folder.write("d.json", "{\"x\": [[[1]]], \"y\": [\"\\u001b[2J\"]}")
    let train = unroll("train", "--data", data)
    #expect(train.code == 1)
    // Quoted as JSON writes it: the ESC is the six characters \u001b.
    #expect(train.err == "unroll: \(data): y[0] must be 0 or 1, found \"\\u001b[2J\"\n")
  }

  @Test func replLinesWithControlCharactersOrReplacedBytesGetAPlainRefusal() throws {
    var session = try REPLFixture.session(.rnn)
    for line in ["\u{1B}[31mprint h_t", "print \u{1B}[2J", "p\u{FFFD}\u{FFFD}", "\u{7F}\u{08}"] {
      let reply = session.handle(line)
      #expect(reply.isError, "\(line.debugDescription)")
      #expect(!reply.text.contains("\u{1B}") && !reply.text.contains("\u{7F}"))
    }
    // A lesson's interactive prompt reads the same lines.
    let state = try TemporaryFolder()
    defer { state.remove() }
    let result = unroll(
      ["lesson", "1"], input: ["\u{1B}[31mwhere", ":quit"],
      environment: LessonFixture.environment(state: state.path), isTTY: true)
    #expect(result.code == 0)
    #expect(!result.out.contains("\u{1B}[31mwhere"))
  }
}
