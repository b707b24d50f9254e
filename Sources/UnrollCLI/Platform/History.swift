import Foundation

/// The lines typed at the prompts, kept between runs for Up, Down and Ctrl-R.
///
/// One file, `$XDG_STATE_HOME/unroll/history` (by default `~/.local/state/unroll/history`),
/// beside the lessons' progress, and one history for the REPL and the lessons alike: a
/// lesson's pauses take REPL commands, and a command tried there is one to find again in
/// `unroll repl`. At most `limit` lines, oldest first, one per line; the file is written
/// whole after each line (a temporary file, then a rename), so it is never half written. A
/// file that cannot be read starts an empty history; lines that are not UTF-8, or hold
/// control characters, are dropped when it is read.
struct History: Equatable, Sendable {
  /// The most lines kept.
  static let limit = 1000
  /// The most bytes read from the end of the file (a file grown by hand is not read whole).
  static let maxBytesRead = 1 << 20

  /// The lines, oldest first.
  private(set) var entries: [String]
  /// How many are kept.
  let limit: Int

  /// A history of `entries` (the last `limit` of them).
  init(_ entries: [String] = [], limit: Int = History.limit) {
    self.limit = max(limit, 1)
    self.entries = Array(entries.suffix(self.limit))
  }

  /// The file `environment` points at; nil when neither XDG_STATE_HOME nor HOME is set.
  static func path(environment: [String: String]) -> String? {
    ProgressStore(environment: environment).map { $0.folder + "/history" }
  }

  /// Adds `line` unless it is blank, too long, or the same as the last line.
  ///
  /// Too long is longer than the REPL reads; the oldest line goes when there are more than
  /// `limit`. Returns whether it was added.
  @discardableResult
  mutating func add(_ line: String) -> Bool {
    guard !line.trimmingWhitespace.isEmpty, line.count <= ReplSession.maxLineLength,
      entries.last != line, History.isStorable(line)
    else { return false }
    entries.append(line)
    if entries.count > limit { entries.removeFirst(entries.count - limit) }
    return true
  }

  /// The file's text: each line, then a newline.
  var fileText: String { entries.map { $0 + "\n" }.joined() }

  /// The lines of a history file's bytes, dropping what is not a line the editor could
  /// have typed (not UTF-8, control characters, blank), keeping the last `limit`.
  static func parse(_ bytes: some Collection<UInt8>, limit: Int = History.limit) -> History {
    var lines: [String] = []
    for piece in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true) {
      var bytes = Array(piece)
      if bytes.last == UInt8(ascii: "\r") { bytes.removeLast() }
      guard let line = String(validating: bytes, as: UTF8.self) else { continue }
      guard !line.trimmingWhitespace.isEmpty, line.count <= ReplSession.maxLineLength,
        isStorable(line)
      else { continue }
      lines.append(line)
    }
    return History(lines, limit: limit)
  }

  /// Whether `line` has no control characters (a newline in it would split it in the file).
  static func isStorable(_ line: String) -> Bool {
    !line.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }
  }

  /// The history in the file at `path`; empty when there is none or it cannot be read.
  static func load(from path: String, limit: Int = History.limit) -> History {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder),
      !isFolder.boolValue, let handle = FileHandle(forReadingAtPath: path)
    else { return History(limit: limit) }
    defer { try? handle.close() }
    guard let size = try? handle.seekToEnd() else { return History(limit: limit) }
    let start = size > UInt64(maxBytesRead) ? size - UInt64(maxBytesRead) : 0
    guard (try? handle.seek(toOffset: start)) != nil,
      let data = try? handle.readToEnd()
    else { return History(limit: limit) }
    var bytes = [UInt8](data)
    if start > 0, let newline = bytes.firstIndex(of: UInt8(ascii: "\n")) {
      bytes.removeSubrange(...newline)  // the first line read is cut: drop it
    }
    return parse(bytes, limit: limit)
  }

  /// Writes the history whole to `path`, creating its folder.
  func save(to path: String) throws(FileError) {
    let folder = (path as NSString).deletingLastPathComponent
    do {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    } catch {
      throw FileError("write", path, "the folder \(folder) could not be created")
    }
    try FileIO.writeAtomically(fileText, to: path)
  }
}
