import UnrollKit

@testable import UnrollCLI

/// Sessions and helpers shared by the REPL tests: plain text, width 80, seed 0.
enum REPLFixture {
  /// A session over `kind` at `sizes` (the notes' own by default), writing exports
  /// into `files`.
  static func session(
    _ kind: ModelKind, _ sizes: Sizes? = nil, seed: UInt64 = 0,
    files: FileSink = FileSink()
  ) throws -> ReplSession {
    let sizes = sizes ?? Sizes.defaults(for: kind)
    let model = Model(kind, sizes: sizes)
    return try ReplSession(
      model: model, parameters: model.initialParameters(seed: seed),
      example: .random(sizes, seed: seed), seed: seed, settings: ReplSettings(),
      writeFile: { export, force in try files.write(export, force: force) })
  }

  /// The replies to `lines`, in order.
  static func run(_ session: inout ReplSession, _ lines: [String]) -> [String] {
    lines.map { session.handle($0).text }
  }

  /// A value as the session prints it at width 80: `  value   … shape (n, 1)`.
  static func valueLine(_ value: Matrix, precision: Int = 4) -> String {
    let body = value.formatted(ValueFormat(precision: precision, width: 70))
    return "  value   " + body.replacingOccurrences(of: "\n", with: "\n          ")
      + "  shape \(value.shape)"
  }
}

/// An in-memory file system for `export`: what was written, or an error to throw; a file
/// written before is replaced only when forced, as `Export.write(force:)` does.
final class FileSink: @unchecked Sendable {
  /// Files written, by path.
  var files: [String: String] = [:]
  /// When set, every write throws it.
  var failure: (any Error)?

  func write(_ export: Export, force: Bool) throws {
    if let failure { throw failure }
    if !force, let existing = export.files.last(where: { files[$0.path] != nil }) {
      throw FileError("write", existing.path, FileIO.existsReason)
    }
    for file in export.files { files[file.path] = file.text }
  }
}
