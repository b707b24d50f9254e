import Foundation

/// The formats the tool writes.
///
/// Each command takes the ones it has (`trace` all three,
/// `compare` and `train` text and JSON) through `ParsedArguments.format(among:)`.
enum ExportFormat: String, CaseIterable, Sendable {
  /// For people: tables, listings, the notes' lines.
  case text
  /// For programs: numbers written exactly.
  case json
  /// A GitHub document, with SVG pictures written beside it.
  case md

  /// `text|json|md`, as usage lines and help show a command's formats.
  static func names(_ formats: [ExportFormat]) -> String {
    formats.map(\.rawValue).joined(separator: "|")
  }

  /// `--format text|json`, for a command that writes `formats`.
  static func option(_ formats: [ExportFormat], help: String) -> OptionSpec {
    OptionSpec("--format", value: names(formats), help: help)
  }
}

extension OptionSpec {
  /// `--force`: replace files that exist; the one rule of every command that writes files.
  static func force(_ what: String = "files that exist") -> OptionSpec {
    OptionSpec("--force", value: nil, help: "replace \(what)")
  }
}

extension ParsedArguments {
  /// `--format` among `formats`, `text` when it is not given; another value is a usage
  /// error listing the command's formats.
  func format(among formats: [ExportFormat]) throws(UsageError) -> ExportFormat {
    guard let text = value("--format") else { return .text }
    let names = formats.map(\.rawValue)
    guard let format = ExportFormat(rawValue: text), formats.contains(format) else {
      throw UsageError.invalidValue(
        flag: "--format", value: text, expected: ModelOptions.oneOf(names),
        suggestion: closest(to: text, among: names))
    }
    return format
  }
}

/// What one command writes: one file, or a Markdown document and its pictures, written
/// under the one rule of `FileIO.write` (all or nothing; an existing file replaced only
/// with `--force`, in the REPL `export FILE --force`).
public struct Export: Sendable, Equatable {
  /// The files, pictures first and the document last.
  public let files: [OutputFile]

  /// One file.
  public init(_ path: String, _ text: String) { files = [OutputFile(path, text)] }

  /// The files of a set, in the order given.
  public init(files: [OutputFile]) { self.files = files }

  /// `document` at `path` and its pictures beside it (in the same folder).
  public init(markdown document: MarkdownTrace, at path: String) {
    let folder = (path as NSString).deletingLastPathComponent
    let pictures = document.pictures.map { picture in
      OutputFile((folder as NSString).appendingPathComponent(picture.fileName), picture.svg)
    }
    files = pictures + [OutputFile(path, document.markdown)]
  }

  /// The stem pictures are named from: `big` for `out/big.md`.
  static func pictureStem(of path: String) -> String {
    ((path as NSString).lastPathComponent as NSString).deletingPathExtension
  }

  /// Writes the set whole, or throws with nothing changed.
  public func write(force: Bool, system: FileSystem = .posix) throws(FileError) {
    try FileIO.write(files, force: force, system: system)
  }
}
