import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A file that could not be read or written, with the path and the reason.
public struct FileError: Error, Equatable, Sendable, CustomStringConvertible {
  /// What was being done: `read` or `write`.
  public let verb: String
  /// The path as the user gave it.
  public let path: String
  /// What went wrong: `no such file`, `the folder out does not exist`.
  public let reason: String

  /// An error for `path` when trying to `verb` it.
  public init(_ verb: String, _ path: String, _ reason: String) {
    self.verb = verb
    self.path = path
    self.reason = reason
  }

  /// `cannot write out/trace.json: the folder out does not exist`.
  public var description: String { "cannot \(verb) \(path): \(reason)" }
}

/// Reading a whole text file, and writing one whole or not at all.
public enum FileIO {
  /// The UTF-8 text of the file at `path`.
  public static func readText(_ path: String) throws(FileError) -> String {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
      throw FileError("read", path, "no such file")
    }
    guard !isFolder.boolValue else { throw FileError("read", path, "it is a folder") }
    guard FileManager.default.isReadableFile(atPath: path) else {
      throw FileError("read", path, "permission denied")
    }
    // A FileHandle reads pipes and devices (/dev/stdin) too, where `contents(atPath:)` fails.
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw FileError("read", path, "it could not be opened")
    }
    defer { try? handle.close() }
    let data = handle.readDataToEndOfFile()
    guard let text = String(data: data, encoding: .utf8) else {
      throw FileError("read", path, "it is not UTF-8 text")
    }
    return text
  }

  /// Throws for the first of `paths` that exists, unless `force`: the tool replaces a
  /// file only when asked to (`--force`).
  public static func refuseToReplace(_ paths: [String], force: Bool) throws(FileError) {
    guard !force, let existing = paths.first(where: { FileManager.default.fileExists(atPath: $0) })
    else { return }
    throw FileError("write", existing, "it exists; add --force to replace it")
  }

  /// Writes `text` to `path` whole, or not at all.
  ///
  /// It goes into a temporary file in the same folder, is flushed to disk, then renamed
  /// over `path`. A failure or an interruption leaves the old
  /// file (or none), never half of one, and removes the temporary file.
  public static func writeAtomically(_ text: String, to path: String) throws(FileError) {
    let url = URL(fileURLWithPath: path)
    let folder = url.deletingLastPathComponent().path
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) else {
      throw FileError("write", path, "the folder \(displayFolder(of: path)) does not exist")
    }
    guard isFolder.boolValue else {
      throw FileError("write", path, "\(displayFolder(of: path)) is not a folder")
    }
    if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
      throw FileError("write", path, "it is a folder")
    }
    // Hidden, unique, and in the same folder: rename(2) is atomic only within one file system.
    let temporary =
      folder + "/." + url.lastPathComponent
      + ".\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o644)
    guard descriptor >= 0 else { throw FileError("write", path, reason(errno, fallback: "")) }
    var failure: Int32?
    var bytes = Array(text.utf8)
    var offset = 0
    bytes.withUnsafeMutableBytes { buffer in
      while offset < buffer.count, let base = buffer.baseAddress {
        let written = write(descriptor, base + offset, buffer.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          failure = errno
          return
        }
        offset += written
      }
    }
    if failure == nil, fsync(descriptor) != 0 { failure = errno }
    if close(descriptor) != 0, failure == nil { failure = errno }
    if failure == nil, rename(temporary, path) != 0 { failure = errno }
    if let failure {
      unlink(temporary)
      throw FileError("write", path, reason(failure, fallback: "write failed"))
    }
  }

  /// The folder part of `path` as the user wrote it: `out` for `out/trace.json`.
  private static func displayFolder(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    let folder = String(path[..<slash])
    return folder.isEmpty ? "/" : folder
  }

  /// The C library's words for `code`, in lower case: `permission denied`.
  private static func reason(_ code: Int32, fallback: String) -> String {
    guard code != 0, let text = strerror(code) else { return fallback }
    return String(cString: text).lowercased()
  }
}
