import Foundation
import Testing

@testable import UnrollCLI

/// The history file: bounded, written whole, read back whatever is in it.
@Suite struct HistoryTests {
  @Test func addingIsBoundedAndSkipsBlanksAndRepeats() {
    var history = History(limit: 3)
    var added: [Bool] = []
    for line in [
      "where", "where", "   ", "", "a\u{1B}[31m",
      String(repeating: "s", count: ReplSession.maxLineLength + 1),
    ] {
      added.append(history.add(line))
    }
    // Not the same as the last, blank, control characters (they would break the file), long.
    #expect(added == [true, false, false, false, false, false])
    for line in ["s", "n", "print h_t", "where"] { history.add(line) }
    #expect(history.entries == ["n", "print h_t", "where"])
    var full = History()
    for i in 0..<1500 { full.add("print h_t \(i)") }
    #expect(full.entries.count == History.limit)
    #expect(full.entries.first == "print h_t 500")
    #expect(full.entries.last == "print h_t 1499")
  }

  @Test func theFileIsWrittenWholeAndReadBack() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = folder.path + "/state/unroll/history"  // the folders do not exist yet
    var history = History()
    for line in ["goto backward 3", "print dh", "p σ⊙ 你好"] { history.add(line) }
    try history.save(to: path)
    #expect(try FileIO.readText(path) == "goto backward 3\nprint dh\np σ⊙ 你好\n")
    #expect(History.load(from: path) == history)
    history.add("where")
    try history.save(to: path)
    #expect(History.load(from: path).entries.last == "where")
    // Written by rename: nothing but the file in its folder, no temporary left behind.
    let left = try FileManager.default.contentsOfDirectory(atPath: folder.path + "/state/unroll")
    #expect(left == ["history"])
  }

  @Test func aCorruptFileKeepsWhatCanBeRead() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = folder.file("history")
    var bytes = Array("print h_t\n".utf8) + [0xFF, 0xFE, 0x00, 0x0A] + Array("s 2\r\n".utf8)
    bytes += [0xC3, 0x28, 0x0A] + Array("\u{7}beep\n\n   \nwhere".utf8)
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    let history = History.load(from: path)
    #expect(history.entries == ["print h_t", "s 2", "where"])
    // The next save writes it clean.
    try history.save(to: path)
    #expect(try FileIO.readText(path) == "print h_t\ns 2\nwhere\n")
    // More lines than the limit: the last ones are kept.
    let many = (0..<1200).map { "n \($0)\n" }.joined()
    try many.write(toFile: path, atomically: true, encoding: .utf8)
    let loaded = History.load(from: path)
    #expect(loaded.entries.count == 1000 && loaded.entries.first == "n 200")
  }

  @Test func aFileThatCannotBeReadIsAnEmptyHistory() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    #expect(History.load(from: folder.file("missing")).entries.isEmpty)
    try FileManager.default.createDirectory(
      atPath: folder.file("adir"), withIntermediateDirectories: true)
    #expect(History.load(from: folder.file("adir")).entries.isEmpty)
    var history = History()
    history.add("where")
    #expect(throws: FileError.self) { try history.save(to: folder.file("adir")) }
  }

  /// Only the last megabyte of a huge file is read, from its first whole line.
  @Test func aHugeFileIsReadFromItsEnd() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = folder.file("history")
    let line = String(repeating: "x", count: 99) + "\n"
    let text = String(repeating: line, count: 20_000) + "where\n"  // 2 MB
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    let history = History.load(from: path)
    #expect(history.entries.count == 1000)
    #expect(history.entries.last == "where")
    #expect(history.entries.dropLast().allSatisfy { $0.count == 99 })
  }

  @Test func thePathFollowsXDGStateHome() {
    #expect(
      History.path(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"]) == "/s/unroll/history")
    #expect(History.path(environment: ["HOME": "/h"]) == "/h/.local/state/unroll/history")
    #expect(
      History.path(environment: ["XDG_STATE_HOME": "relative", "HOME": "/h"])
        == "/h/.local/state/unroll/history")
    #expect(History.path(environment: [:]) == nil)
  }
}
