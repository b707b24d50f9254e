import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The built `unroll` binary, run as a real process for what needs one: closed descriptors,
/// signals, a broken pipe.
enum BuiltUnroll {
  /// The folder the test bundle was built into, where SwiftPM puts `unroll` too.
  static var productsDirectory: URL {
    #if os(macOS)
      for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
        return bundle.bundleURL.deletingLastPathComponent()
      }
    #endif
    return Bundle.main.bundleURL
  }

  /// The path of `unroll`; a test fails naming it when it was not built.
  static func path() throws -> String {
    let path = productsDirectory.appendingPathComponent("unroll").path
    try #require(
      FileManager.default.isExecutableFile(atPath: path),
      "no unroll binary at \(path): `swift build` builds it")
    return path
  }

  /// What a process did: its exit status (or 128 + the signal that ended it), stdout and stderr.
  struct Outcome {
    let status: Int32
    let out: String
    let err: String
  }

  /// Runs `script` with `/bin/bash -c`, `$UNROLL` the binary and `$T` the folder `folder`,
  /// stdout and stderr to files; kills it after `timeout` seconds.
  static func shell(_ script: String, in folder: TemporaryFolder, timeout: Double = 60) throws
    -> Outcome
  {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/bash")
    process.arguments = ["-c", script]
    var environment = ProcessInfo.processInfo.environment
    environment["UNROLL"] = try path()
    environment["T"] = folder.path
    environment["NO_COLOR"] = "1"
    process.environment = environment
    process.currentDirectoryURL = URL(fileURLWithPath: folder.path)
    return try run(process, in: folder, timeout: timeout)
  }

  /// Starts `unroll arguments` directly (no shell) in `folder`, for signal tests.
  static func start(_ arguments: [String], in folder: TemporaryFolder) throws -> Process {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: try path())
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: folder.path)
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    return process
  }

  /// Waits for `process` at most `timeout` seconds, then kills it; its status.
  @discardableResult
  static func wait(_ process: Process, timeout: Double) -> Int32 {
    let end = Date().addingTimeInterval(timeout)
    while process.isRunning && Date() < end { usleep(10_000) }
    if process.isRunning {
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
      Issue.record("the process did not end within \(timeout) s and was killed")
    }
    process.waitUntilExit()
    return process.terminationReason == .uncaughtSignal
      ? 128 + process.terminationStatus : process.terminationStatus
  }

  private static func run(_ process: Process, in folder: TemporaryFolder, timeout: Double) throws
    -> Outcome
  {
    let name = UUID().uuidString
    let outPath = NSTemporaryDirectory() + "/unroll-out-" + name
    let errPath = NSTemporaryDirectory() + "/unroll-err-" + name
    FileManager.default.createFile(atPath: outPath, contents: nil)
    FileManager.default.createFile(atPath: errPath, contents: nil)
    defer {
      try? FileManager.default.removeItem(atPath: outPath)
      try? FileManager.default.removeItem(atPath: errPath)
    }
    process.standardOutput = FileHandle(forWritingAtPath: outPath)
    process.standardError = FileHandle(forWritingAtPath: errPath)
    try process.run()
    let status = wait(process, timeout: timeout)
    let out = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
    let err = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
    return Outcome(status: status, out: out, err: err)
  }
}

/// Device nodes for tests, made in a temporary folder (never a real /dev path).
enum DeviceNode {
  /// Makes a character device `name` in `folder` (1, 3 is a null device, 1, 7 a full one);
  /// nil when the system does not permit it (not root, or a container without mknod).
  static func make(_ name: String, in folder: TemporaryFolder, major: UInt32, minor: UInt32)
    -> String?
  {
    let path = folder.file(name)
    #if canImport(Glibc)
      // glibc's makedev for numbers below 256: major in bits 8-19, minor in bits 0-7.
      let device = dev_t((major & 0xfff) << 8 | (minor & 0xff))
    #else
      let device = Int32((major << 24) | minor)
    #endif
    guard mknod(path, S_IFCHR | 0o666, device) == 0 else { return nil }
    // A node that cannot be opened (a `nodev` mount) is as good as none.
    let descriptor = open(path, O_WRONLY)
    guard descriptor >= 0 else {
      unlink(path)
      return nil
    }
    close(descriptor)
    return path
  }

  /// Whether `path` is (still) a character device.
  static func isCharacterDevice(_ path: String) -> Bool {
    var status = stat()
    return lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFCHR
  }
}

/// The permission bits of the file at `path`.
func permissions(_ path: String) -> mode_t {
  var status = stat()
  guard stat(path, &status) == 0 else { return 0 }
  return status.st_mode & 0o7777
}
