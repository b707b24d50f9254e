import Foundation

@testable import UnrollCLI

/// What one in-memory run of `unroll` produced.
struct RunResult {
  let code: Int32
  let out: String
  let err: String
}

/// Runs `unroll` with `arguments` on an in-memory terminal.
func unroll(
  _ arguments: String..., environment: [String: String] = [:], isTTY: Bool = false,
  terminalWidth: Int? = nil
) -> RunResult {
  unroll(arguments, environment: environment, isTTY: isTTY, terminalWidth: terminalWidth)
}

/// Runs `unroll` with `arguments` on an in-memory terminal.
func unroll(
  _ arguments: [String], input: [String] = [], environment: [String: String] = [:],
  isTTY: Bool = false, terminalWidth: Int? = nil
) -> RunResult {
  let terminal = Terminal(
    input: input, environment: environment, isTTY: isTTY, terminalWidth: terminalWidth)
  let code = Unroll.run(arguments, terminal: terminal)
  return RunResult(code: code, out: terminal.capturedOutput, err: terminal.capturedError)
}

/// A fresh empty folder under the system's temporary folder, removed by `remove()`.
struct TemporaryFolder {
  let path: String

  init() throws {
    path =
      URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent(
        "unroll-tests-" + UUID().uuidString
      ).path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  /// The path of `name` inside the folder.
  func file(_ name: String) -> String { path + "/" + name }

  /// Writes `text` to `name` and returns its path.
  @discardableResult
  func write(_ name: String, _ text: String) throws -> String {
    try text.write(toFile: file(name), atomically: false, encoding: .utf8)
    return file(name)
  }

  /// The names in the folder, hidden ones included, sorted.
  func contents() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: path).sorted()
  }

  func remove() { try? FileManager.default.removeItem(atPath: path) }
}
