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

/// One file of an output: where it goes and what it holds.
public struct OutputFile: Sendable, Equatable {
  /// The path as the user gave it (or beside it, for a picture).
  public let path: String
  /// The whole text (empty for a streamed file).
  public let text: String
  /// For a file too large to hold twice (a long trace's JSON): writes the bytes by
  /// handing them to its argument a chunk at a time, stopping when it returns false.
  let stream: (@Sendable (_ write: ([UInt8]) -> Bool) -> Void)?

  /// `text`, to be written at `path`.
  public init(_ path: String, _ text: String) {
    self.path = path
    self.text = text
    stream = nil
  }

  /// The bytes `stream` produces, written at `path` as they come.
  init(_ path: String, streaming stream: @escaping @Sendable (_ write: ([UInt8]) -> Bool) -> Void) {
    self.path = path
    text = ""
    self.stream = stream
  }

  /// Equal paths and texts (a streamed file's bytes are not compared).
  public static func == (a: OutputFile, b: OutputFile) -> Bool {
    a.path == b.path && a.text == b.text && (a.stream == nil) == (b.stream == nil)
  }
}

/// The one call that puts bytes into a file, so that tests can fill a disk.
public struct FileSystem: Sendable {
  /// Writes up to `count` bytes to `descriptor`: how many it wrote, or minus the errno.
  public let write: @Sendable (_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int

  /// A file system whose writes are `write`.
  public init(write: @escaping @Sendable (Int32, UnsafeRawPointer, Int) -> Int) {
    self.write = write
  }

  /// The system's own `write(2)`.
  public static let posix = FileSystem { descriptor, bytes, count in
    #if canImport(Glibc)
      let written = Glibc.write(descriptor, bytes, count)
    #else
      let written = Darwin.write(descriptor, bytes, count)
    #endif
    return written < 0 ? -Int(errno) : written
  }

  /// A disk with `capacity` bytes free: the write that would pass it fails with ENOSPC.
  public static func full(after capacity: Int) -> FileSystem {
    let used = Counter()
    return FileSystem { descriptor, bytes, count in
      let allowed = used.take(count, limit: capacity)
      guard allowed > 0 else { return -Int(ENOSPC) }
      return FileSystem.posix.write(descriptor, bytes, allowed)
    }
  }

  /// Bytes handed out so far, under a lock.
  private final class Counter: @unchecked Sendable {
    private var used = 0
    private let lock = NSLock()

    func take(_ count: Int, limit: Int) -> Int {
      lock.lock()
      defer { lock.unlock() }
      let allowed = min(count, max(limit - used, 0))
      used += allowed
      return allowed
    }
  }
}

/// Reading a whole text file, and writing a set of files whole or not at all.
public enum FileIO {
  /// The largest file the tool reads: a weights file at the largest sizes (an LSTM of
  /// hidden 512 and input 256) is about 35 MB.
  public static let maxInputBytes = 64_000_000

  /// The UTF-8 text of the file at `path`, at most `limit` bytes.
  ///
  /// Read with calls that report their errors (an unreadable device, EIO), so every
  /// failure is a `FileError` naming the file and the reason.
  public static func readText(_ path: String, limit: Int = maxInputBytes) throws(FileError)
    -> String
  {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw FileError("read", path, readReason(errno)) }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { throw FileError("read", path, readReason(errno)) }
    if status.st_mode & S_IFMT == S_IFDIR { throw FileError("read", path, "it is a folder") }
    if status.st_mode & S_IFMT == S_IFREG, Int(status.st_size) > limit {
      throw FileError("read", path, tooLarge(Int(status.st_size), limit: limit))
    }
    return try readText(descriptor: descriptor, name: path, limit: limit)
  }

  /// The UTF-8 text read from `descriptor` to its end (stdin, a pipe, a device), at most
  /// `limit` bytes; `name` is what errors call it.
  public static func readText(
    descriptor: Int32, name: String, limit: Int = maxInputBytes
  ) throws(FileError) -> String {
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = chunk.withUnsafeMutableBytes { buffer in
        read(descriptor, buffer.baseAddress, buffer.count)
      }
      if count < 0 {
        if errno == EINTR { continue }
        throw FileError("read", name, readReason(errno))
      }
      if count == 0 { break }
      bytes.append(contentsOf: chunk[0..<count])
      if bytes.count > limit {
        throw FileError("read", name, "it is over \(ByteCount(limit)); input is limited to that")
      }
    }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      throw FileError("read", name, "it is not UTF-8 text")
    }
    return text
  }

  /// Writes `text` to `path` whole, replacing what is there (`write(_:force:)` with force).
  public static func writeAtomically(
    _ text: String, to path: String, system: FileSystem = .posix
  ) throws(FileError) {
    try write([OutputFile(path, text)], force: true, system: system)
  }

  /// Writes `files` as a set: all of them, or none changed.
  ///
  /// The one rule for every command that writes a file. Every target is checked before
  /// anything is written: its folder must exist, it must not be a folder, and a regular
  /// file that exists is replaced only with `force`. A regular file is written to a hidden
  /// temporary file in its folder (`.NAME.PID.N.tmp`), flushed, given the mode and owner
  /// of the file it replaces, and renamed over it once every file of the set is ready;
  /// the renames run with SIGINT and SIGTERM held back, so the set changes at once. A
  /// device, a pipe or a link to one (`/dev/null`, `/dev/stdout`) is written directly,
  /// never replaced. A failure removes every temporary file, and so does an interrupt.
  public static func write(
    _ files: [OutputFile], force: Bool, system: FileSystem = .posix
  ) throws(FileError) {
    // Checked from the last (a set's document) back, so a refusal names the document.
    let targets = try files.reversed().map { file throws(FileError) in
      try target(file.path, force: force)
    }.reversed()
    var pending: [(temporary: String, path: String, slot: Int?)] = []
    func discard() {
      for file in pending {
        unlink(file.temporary)
        Interrupts.unregister(file.slot)
      }
    }
    for (file, target) in zip(files, targets) {
      guard case .replaced(let old) = target else { continue }
      let temporary = temporaryPath(for: file.path)
      let slot = Interrupts.register(temporary)
      pending.append((temporary, file.path, slot))
      let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
      guard descriptor >= 0 else {
        let code = errno
        discard()
        throw FileError("write", file.path, reason(code, fallback: "it could not be created"))
      }
      var failure = writeAll(file, to: descriptor, system: system)
      if failure == nil, let old {
        // The replaced file's permissions and owner, so `--force` keeps a 0600 file private.
        if fchmod(descriptor, old.st_mode & 0o7777) != 0 { failure = errno }
        _ = fchown(descriptor, old.st_uid, old.st_gid)
      }
      if failure == nil, fsync(descriptor) != 0 { failure = errno }
      if close(descriptor) != 0, failure == nil { failure = errno }
      if let failure {
        discard()
        throw FileError("write", file.path, reason(failure, fallback: "write failed"))
      }
    }
    for (file, target) in zip(files, targets) where target == .direct {
      let descriptor = open(file.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
      var failure: Int32? = descriptor < 0 ? errno : nil
      if descriptor >= 0 {
        failure = writeAll(file, to: descriptor, system: system)
        if close(descriptor) != 0, failure == nil { failure = errno }
      }
      if let failure {
        discard()
        throw FileError("write", file.path, reason(failure, fallback: "write failed"))
      }
    }
    var renameFailure: (path: String, code: Int32)?
    Interrupts.deferred {
      while let file = pending.first {
        guard rename(file.temporary, file.path) == 0 else {
          renameFailure = (file.path, errno)
          return
        }
        Interrupts.unregister(file.slot)
        pending.removeFirst()
      }
    }
    if let renameFailure {
      discard()
      throw FileError("write", renameFailure.path, reason(renameFailure.code, fallback: ""))
    }
  }

  /// Why a file that exists was not replaced.
  public static let existsReason = "it exists; add --force to replace it"

  /// Throws what `write(_:force:)` would for `paths` before it wrote anything, so that a
  /// command refuses before its work rather than after (a trace of 2000 steps).
  public static func check(_ paths: [String], force: Bool) throws(FileError) {
    for path in paths { _ = try target(path, force: force) }
  }

  /// How a path is written: replaced through a temporary file (with the old file's
  /// status, if there is one), or written directly.
  private enum Target: Equatable {
    case replaced(stat?)
    case direct

    static func == (a: Target, b: Target) -> Bool {
      switch (a, b) {
      case (.direct, .direct): return true
      case (.replaced(let x), .replaced(let y)): return (x == nil) == (y == nil)
      default: return false
      }
    }
  }

  /// Checks `path` as a target, before anything of its set is written.
  private static func target(_ path: String, force: Bool) throws(FileError) -> Target {
    guard !path.isEmpty else { throw FileError("write", path, "the name is empty") }
    var status = stat()
    if lstat(path, &status) != 0 {
      let code = errno
      guard code == ENOENT else { throw FileError("write", path, reason(code, fallback: "")) }
      var folder = stat()
      guard stat(folderPath(of: path), &folder) == 0 else {
        let code = errno
        throw FileError(
          "write", path,
          code == ENOENT || code == ENOTDIR
            ? "the folder \(displayFolder(of: path)) does not exist" : reason(code, fallback: ""))
      }
      guard folder.st_mode & S_IFMT == S_IFDIR else {
        throw FileError("write", path, "\(displayFolder(of: path)) is not a folder")
      }
      return .replaced(nil)
    }
    var kind = status.st_mode & S_IFMT
    if kind == S_IFLNK {
      // A link is written through, so that it stays a link; what it points at decides.
      var pointed = stat()
      guard stat(path, &pointed) == 0 else { return .direct }
      kind = pointed.st_mode & S_IFMT
    }
    switch kind {
    case S_IFDIR:
      throw FileError("write", path, "it is a folder")
    case S_IFREG:
      if !force { throw FileError("write", path, existsReason) }
      return status.st_mode & S_IFMT == S_IFLNK ? .direct : .replaced(status)
    default:
      return .direct  // a device, a pipe, a socket: not a file to replace
    }
  }

  /// `folder/.NAME.PID.N.tmp`: hidden, unique, and in the same folder, since rename(2) is
  /// atomic only within one file system.
  private static func temporaryPath(for path: String) -> String {
    let name = (path as NSString).lastPathComponent
    return folderPath(of: path) + "/." + name
      + ".\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
  }

  /// All of `file`'s bytes written to `descriptor`; the errno of a failed write, or nil.
  private static func writeAll(_ file: OutputFile, to descriptor: Int32, system: FileSystem)
    -> Int32?
  {
    guard let stream = file.stream else {
      return writeAll(Array(file.text.utf8), to: descriptor, system: system)
    }
    var failure: Int32?
    stream { chunk in
      failure = writeAll(chunk, to: descriptor, system: system)
      return failure == nil
    }
    return failure
  }

  /// All of `bytes` written to `descriptor`; the errno of a failed write, or nil.
  private static func writeAll(_ bytes: [UInt8], to descriptor: Int32, system: FileSystem)
    -> Int32?
  {
    bytes.withUnsafeBytes { buffer -> Int32? in
      guard let base = buffer.baseAddress else { return nil }
      var offset = 0
      while offset < buffer.count {
        let written = system.write(descriptor, base + offset, buffer.count - offset)
        if written == -Int(EINTR) { continue }
        if written < 0 { return Int32(-written) }
        if written == 0 { return ENOSPC }
        offset += written
      }
      return nil
    }
  }

  /// The folder `path` is in, as a path the system takes: `.` for a bare name.
  private static func folderPath(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    let folder = String(path[..<slash])
    return folder.isEmpty ? "/" : folder
  }

  /// The folder part of `path` as the user wrote it: `out` for `out/trace.json`.
  private static func displayFolder(of path: String) -> String { folderPath(of: path) }

  /// `it is 200 MB; input files are limited to 64 MB`.
  static func tooLarge(_ size: Int, limit: Int) -> String {
    "it is \(ByteCount(size)); input files are limited to \(ByteCount(limit))"
  }

  /// The reason a file could not be read, in the tool's words where they are clearer.
  private static func readReason(_ code: Int32) -> String {
    switch code {
    case ENOENT: return "no such file"
    case EACCES: return "permission denied"
    case EBADF: return "it is closed"
    case ENOTDIR: return "a part of the path is not a folder"
    default: return reason(code, fallback: "it could not be read")
    }
  }

  /// The C library's words for `code`, in lower case: `permission denied`.
  static func reason(_ code: Int32, fallback: String) -> String {
    guard code != 0, let text = strerror(code) else { return fallback }
    return String(cString: text).lowercased()
  }
}

/// A number of bytes as people say it: `800 GB`, `1.5 GB`, `64 MB`, `512 bytes`.
public struct ByteCount: CustomStringConvertible, Sendable {
  /// The bytes.
  public let bytes: Int

  /// `bytes` bytes.
  public init(_ bytes: Int) { self.bytes = bytes }

  /// Decimal units, one decimal below 10.
  public var description: String {
    let units: [(String, Double)] = [("TB", 1e12), ("GB", 1e9), ("MB", 1e6), ("kB", 1e3)]
    for (unit, scale) in units where Double(bytes) >= scale {
      let value = Double(bytes) / scale
      return (value < 10 ? String(format: "%.1f", value) : String(format: "%.0f", value))
        + " " + unit
    }
    return "\(bytes) bytes"
  }
}
