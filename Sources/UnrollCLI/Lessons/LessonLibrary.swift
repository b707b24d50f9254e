import Foundation

/// The lessons folder and the lesson files in it (`NN-slug.md`).
struct LessonLibrary {
  /// The folder, as found.
  let folder: String
  /// How it was found, for `--help` and messages: `UNROLL_LESSONS`, `the repository`, `./lessons`.
  let source: String
  /// The lesson files' names without `.md`, sorted: `01-rnn-forward`.
  let ids: [String]

  /// The repository's lessons folder, as this source file's path gives it at compile time.
  static let repositoryFolder: String = {
    // #filePath is …/Sources/UnrollCLI/Lessons/LessonLibrary.swift; lessons/ sits beside Sources/.
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<4 { url.deleteLastPathComponent() }
    return url.appendingPathComponent("lessons").path
  }()

  /// What `--help` says about where lessons are looked for.
  static let searchOrder =
    "Lessons are read from the folder in UNROLL_LESSONS if set, else from the\n"
    + "lessons/ folder of the repository this unroll was built from, else from\n"
    + "./lessons."

  /// Finds the folder: `UNROLL_LESSONS`, then the repository's `lessons/`, then `./lessons`.
  static func find(environment: [String: String]) throws -> LessonLibrary {
    var tried: [String] = []
    if let path = environment["UNROLL_LESSONS"], !path.isEmpty {
      guard isFolder(path) else {
        throw FileError("read", path, "UNROLL_LESSONS names no folder")
      }
      return try LessonLibrary(folder: path, source: "UNROLL_LESSONS")
    }
    for (path, source) in [(repositoryFolder, "the repository"), ("lessons", "./lessons")] {
      if isFolder(path) { return try LessonLibrary(folder: path, source: source) }
      tried.append(path)
    }
    throw FileError(
      "read", "lessons",
      "no lessons folder (looked in \(tried.joined(separator: " and "))); "
        + "set UNROLL_LESSONS to the folder")
  }

  private static func isFolder(_ path: String) -> Bool {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
      && isDirectory.boolValue
  }

  /// The library in `folder`.
  init(folder: String, source: String) throws {
    self.folder = folder
    self.source = source
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: folder)
    } catch {
      throw FileError("read", folder, "the folder could not be listed")
    }
    ids = names.filter(LessonLibrary.isLessonFile).map { String($0.dropLast(3)) }.sorted()
  }

  /// Whether `name` is `NN-slug.md`: two digits, a dash, a slug, `.md`.
  static func isLessonFile(_ name: String) -> Bool {
    guard name.hasSuffix(".md"), name.count > 6 else { return false }
    let chars = Array(name)
    return chars[0].isASCII && chars[0].isNumber && chars[1].isASCII && chars[1].isNumber
      && chars[2] == "-"
  }

  /// The path of lesson `id`.
  func path(of id: String) -> String { folder + "/" + id + ".md" }

  /// The lesson `word` names: `1`, `01`, `rnn-forward` or `01-rnn-forward`; nil if none.
  func id(for word: String) -> String? {
    if let n = Int(word) {
      return ids.first { Int($0.prefix { $0.isNumber }) == n }
    }
    let lowered = word.lowercased().replacingOccurrences(of: ".md", with: "")
    return ids.first { $0 == lowered || $0.drop { $0.isNumber }.dropFirst() == lowered }
  }

  /// Reads and parses lesson `id`.
  func load(_ id: String) throws -> Lesson {
    let path = path(of: id)
    let text = try FileIO.readText(path)
    return try LessonParser.parse(text, path: path, id: id)
  }

  /// Where lesson `id`'s translation into `language` is: `lessons/de/05-….md`.
  func translationPath(of id: String, in language: Language) -> String {
    language == .en ? path(of: id) : folder + "/" + language.rawValue + "/" + id + ".md"
  }

  /// Whether lesson `id` has a translation into `language` (English always has).
  func isTranslated(_ id: String, into language: Language) -> Bool {
    FileManager.default.fileExists(atPath: translationPath(of: id, in: language))
  }

  /// Reads and parses lesson `id` in `language`, or in English when it is not translated
  /// into it yet.
  func load(_ id: String, in language: Language) throws -> Lesson {
    guard language != .en, isTranslated(id, into: language) else { return try load(id) }
    let path = translationPath(of: id, in: language)
    return try LessonParser.parse(FileIO.readText(path), path: path, id: id)
  }

  /// The ids of the lessons translated into `language`.
  func translated(into language: Language) -> [String] {
    ids.filter { isTranslated($0, into: language) }
  }

  /// The path of `language`'s glossary: `lessons/de/glossary.md`.
  func glossaryPath(in language: Language) -> String {
    folder + "/" + language.rawValue + "/glossary.md"
  }

  /// The slugs, for suggestions.
  var slugs: [String] { ids.map { String($0.drop { $0.isNumber }.dropFirst()) } }
}
