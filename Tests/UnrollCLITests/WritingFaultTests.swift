import Foundation
import Testing

@testable import UnrollCLI
@testable import UnrollKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Issue 12, writing: devices written and never replaced, a full disk an error with the
/// old files intact, a Markdown set whole or not at all, modes kept, and the REPL's export
/// refused before anything is written.
@Suite struct WritingFaultTests {
  @Test func aDeviceIsWrittenDirectlyAndStaysADevice() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    guard let null = DeviceNode.make("null", in: folder, major: 1, minor: 3) else {
      return  // mknod is not permitted here (not root, or a container without it)
    }
    for arguments in [
      ["trace", "-o", null], ["trace", "--format", "json", "-o", null],
      ["trace", "--format", "md", "-o", null],
    ] {
      let result = unroll(arguments)
      #expect(result.code == 0, "\(arguments): \(result.err)")
      #expect(DeviceNode.isCharacterDevice(null), "\(arguments)")
    }
    // No temporary file beside it: the folder need not be writable, as /dev is not for a
    // user (`-o /dev/null` as non-root used to say "permission denied").
    let pictures = try folder.contents().filter { $0 != "null" }
    #expect(pictures.allSatisfy { $0.hasPrefix("null-") && $0.hasSuffix(".svg") })
    #expect(try folder.contents().allSatisfy { !$0.hasSuffix(".tmp") })
    let convert = try folder.write("w.json", unroll("trace", "--format", "json").out)
    #expect(unroll("convert", "--to", "pytorch", convert, "-o", null).code == 0)
    #expect(DeviceNode.isCharacterDevice(null))
  }

  @Test func aFullDeviceIsAnErrorNotSuccess() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    guard let full = DeviceNode.make("full", in: folder, major: 1, minor: 7) else { return }
    let result = unroll("trace", "--format", "json", "-o", full)
    #expect(result.code == 1)
    #expect(result.err == "unroll: cannot write \(full): no space left on device\n")
    #expect(DeviceNode.isCharacterDevice(full))
    // The same device as stdout, in a real process.
    let shell = try BuiltUnroll.shell("\"$UNROLL\" trace --format json > \"$T/full\"", in: folder)
    #expect(shell.status == 1)
    #expect(shell.err == "unroll: cannot write to stdout: no space left on device\n")
  }

  @Test func aFullDiskLeavesTheOldFileAndNoTemporaryOne() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let target = try folder.write("trace.json", "old\n")
    #expect(throws: FileError("write", target, "no space left on device")) {
      try FileIO.write(
        [OutputFile(target, String(repeating: "x", count: 5000))], force: true,
        system: .full(after: 1000))
    }
    #expect(try FileIO.readText(target) == "old\n")
    #expect(try folder.contents() == ["trace.json"])
    // Through a whole command: the terminal carries the file system.
    let terminal = Terminal(fileSystem: .full(after: 100))
    let code = Unroll.run(
      ["trace", "--format", "json", "-o", target, "--force"], terminal: terminal)
    #expect(code == 1)
    #expect(terminal.capturedError == "unroll: cannot write \(target): no space left on device\n")
    #expect(try FileIO.readText(target) == "old\n")
    #expect(try folder.contents() == ["trace.json"])
  }

  @Test func aMarkdownSetChangesWholeOrNotAtAll() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let document = folder.file("big.md")
    let first = unroll("trace", "--steps", "3", "--format", "md", "-o", document)
    #expect(first.code == 0)
    let before = try folder.contents()
    #expect(
      before == [
        "big-Whh.svg", "big-gradient-norms.svg", "big-h_t.svg", "big-tanh-slope.svg", "big.md",
      ])
    let old = try before.map { try FileIO.readText(folder.file($0)) }
    // The disk fills while the pictures of a new set are written: nothing changes.
    let terminal = Terminal(fileSystem: .full(after: 3000))
    let code = Unroll.run(
      ["trace", "--steps", "7", "--format", "md", "-o", document, "--force"], terminal: terminal)
    #expect(code == 1)
    #expect(terminal.capturedError.hasSuffix(": no space left on device\n"))
    #expect(try folder.contents() == before)
    #expect(try before.map { try FileIO.readText(folder.file($0)) } == old)
    // A target of the set that is a folder: refused before anything is written.
    try FileManager.default.removeItem(atPath: folder.file("big-h_t.svg"))
    try FileManager.default.createDirectory(
      atPath: folder.file("big-h_t.svg"), withIntermediateDirectories: false)
    let refused = unroll("trace", "--steps", "7", "--format", "md", "-o", document, "--force")
    #expect(refused.code == 1)
    #expect(refused.err == "unroll: cannot write \(folder.file("big-h_t.svg")): it is a folder\n")
    #expect(try FileIO.readText(document) == old.last)
  }

  @Test func aReplacedFileKeepsItsMode() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let weights = try folder.write("w.json", unroll("trace", "--format", "json").out)
    let target = try folder.write("private.json", "{}\n")
    #expect(chmod(target, 0o600) == 0)
    let result = unroll("convert", "--to", "pytorch", weights, "-o", target, "--force")
    #expect(result.code == 0)
    #expect(permissions(target) == 0o600)
    #expect(try FileIO.readText(target).contains("\"layout\": \"pytorch\""))
    #expect(chmod(target, 0o640) == 0)
    #expect(unroll("trace", "--format", "json", "-o", target, "--force").code == 0)
    #expect(permissions(target) == 0o640)
    // A new file gets 0666 less the umask, as any tool's.
    let mask = umask(0o022)
    defer { umask(mask) }
    #expect(unroll("trace", "-o", folder.file("new.txt")).code == 0)
    #expect(permissions(folder.file("new.txt")) == 0o644)
  }

  @Test func aLinkIsWrittenThroughAndStaysALink() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let real = try folder.write("real.txt", "old\n")
    try FileManager.default.createSymbolicLink(
      atPath: folder.file("link.txt"), withDestinationPath: real)
    #expect(unroll("trace", "-o", folder.file("link.txt")).code == 1)  // a file is behind it
    #expect(unroll("trace", "-o", folder.file("link.txt"), "--force").code == 0)
    let destination = try FileManager.default.destinationOfSymbolicLink(
      atPath: folder.file("link.txt"))
    #expect(destination == real)
    #expect(try FileIO.readText(real).hasPrefix("rnn trace: "))
  }

  @Test func replExportIntoAMissingFolderOrOntoAFolderWritesNothing() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    var session = try REPLFixture.session(.rnn, Sizes(input: 1, hidden: 2, steps: 2))
    session = ReplSession(
      trace: session.trace,
      writeFile: { export, force in try export.write(force: force) })
    let missing = folder.file("no/such/t.md")
    #expect(
      flat(session.handle("export \(missing)").text)
        == "Nothing was written: cannot write \(missing): the folder \(folder.file("no/such")) "
        + "does not exist.")
    try FileManager.default.createDirectory(
      atPath: folder.file("d.md"), withIntermediateDirectories: false)
    let reply = session.handle("export \(folder.file("d.md"))")
    #expect(reply.isError)
    #expect(flat(reply.text).contains("cannot write \(folder.file("d.md")): it is a folder."))
    #expect(try folder.contents() == ["d.md"])  // no picture was written beside it
    // The rule of every command: an existing file is replaced only with --force.
    let keep = try folder.write("keep.md", "mine\n")
    let refusal = session.handle("export \(keep)")
    #expect(refusal.isError)
    #expect(
      flat(refusal.text).contains("\(keep) exists; `export \(keep) --force` replaces it."))
    #expect(try FileIO.readText(keep) == "mine\n")
    #expect(
      flat(session.handle("export \(keep) --force").text).hasPrefix(
        "Wrote 12 records and 8 gradient sums to \(keep)"))
    #expect(try FileIO.readText(keep).hasPrefix("# Unroll trace: RNN"))
  }

  @Test func everyCommandThatWritesAFileRefusesToReplaceItWithoutForce() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let weights = try folder.write("w.json", unroll("trace", "--format", "json").out)
    let existing = try folder.write("out.json", "mine\n")
    let plots = folder.file("plots")
    try FileManager.default.createDirectory(atPath: plots, withIntermediateDirectories: false)
    let loss = try folder.write("plots/loss.svg", "mine\n")
    let refusal = { (path: String) in "unroll: cannot write \(path): \(FileIO.existsReason)\n" }
    for (arguments, path) in [
      (["trace", "-o", existing], existing),
      (["trace", "--format", "json", "-o", existing], existing),
      (["trace", "--format", "md", "-o", existing], existing),
      (["convert", "--to", "pytorch", weights, "-o", existing], existing),
      (["train", "--samples", "4", "--epochs", "1", "--plot", plots], loss),
    ] {
      try "mine\n".write(toFile: path, atomically: false, encoding: .utf8)
      let result = unroll(arguments)
      #expect(result.code == 1, "\(arguments)")
      #expect(result.err == refusal(path), "\(arguments)")
      #expect(try FileIO.readText(path) == "mine\n")
      #expect(unroll(arguments + ["--force"]).code == 0, "\(arguments)")
    }
  }
}

/// A REPL reply with its wrapping undone: long paths break lines at width 80.
private func flat(_ text: String) -> String { text.replacingOccurrences(of: "\n", with: " ") }
