import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where each lesson was left: the step to resume at, and whether it was finished.
///
/// Stored as `progress.json` under `$XDG_STATE_HOME/unroll/` (default
/// `~/.local/state/unroll/`):
/// `{"version": 1, "lessons": {"01-rnn-forward": {"step": 3, "steps": 6, "done": false}}}`.
/// Lessons are keyed by file name, so a lesson keeps its progress if it is renumbered
/// only when its name stays the same.
struct LessonProgress: Equatable {
  /// One lesson's entry.
  struct Entry: Equatable {
    /// The step to resume at, 1-based.
    var step: Int
    /// How many steps the lesson had when it was saved (a lesson that grew or shrank
    /// resumes within range).
    var steps: Int
    /// Whether the learner reached the end once.
    var isDone: Bool
  }

  /// The format's version; a file of another version is set aside.
  static let version = 1

  /// The entries, by lesson id (file name without `.md`).
  var lessons: [String: Entry] = [:]

  /// The JSON text, entries sorted by id.
  var json: String {
    let members = lessons.keys.sorted().compactMap { id -> (key: String, value: JSONValue)? in
      guard let entry = lessons[id] else { return nil }
      return (
        id,
        .object([
          ("step", .integer(UInt64(max(entry.step, 1)))),
          ("steps", .integer(UInt64(max(entry.steps, 0)))),
          ("done", .bool(entry.isDone)),
        ])
      )
    }
    let root = JSONValue.object([
      ("version", .integer(UInt64(LessonProgress.version))), ("lessons", .object(members)),
    ])
    return root.text(expandedDepth: 2) + "\n"
  }

  /// Reads `text`; nil when it is not a progress file of this version.
  init?(json text: String) {
    guard let root = try? JSONValue.parse(text), LessonProgress.count(root["version"]) == 1,
      case .object(let members)? = root["lessons"]
    else { return nil }
    for (id, value) in members {
      guard let step = LessonProgress.count(value["step"]), step >= 1,
        case .bool(let done)? = value["done"]
      else { return nil }
      let steps = LessonProgress.count(value["steps"]) ?? step
      lessons[id] = Entry(step: step, steps: steps, isDone: done)
    }
  }

  /// A whole number from 0 to 9999 (the parser reads every number as a `Double`).
  private static func count(_ value: JSONValue?) -> Int? {
    switch value {
    case .number(let x)? where x >= 0 && x < 10_000 && x.rounded() == x: return Int(x)
    case .integer(let n)? where n < 10_000: return Int(n)
    default: return nil
    }
  }

  /// No lesson started.
  init() {}
}

/// Reads and writes `progress.json`, setting aside a file it cannot read.
struct ProgressStore {
  /// The folder: `$XDG_STATE_HOME/unroll` or `~/.local/state/unroll`.
  let folder: String

  /// The file.
  var path: String { folder + "/progress.json" }

  /// The store `environment` points at; nil when neither XDG_STATE_HOME nor HOME is set.
  init?(environment: [String: String]) {
    if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
      folder = state + "/unroll"
    } else if let home = environment["HOME"], !home.isEmpty {
      folder = home + "/.local/state/unroll"
    } else {
      return nil
    }
  }

  /// A store in `folder`, for tests.
  init(folder: String) { self.folder = folder }

  /// The progress saved, or a fresh one; a file that cannot be read or is not a progress
  /// file is renamed aside first, and `notice` says so in one line.
  func load() -> (progress: LessonProgress, notice: String?) {
    guard FileManager.default.fileExists(atPath: path) else { return (LessonProgress(), nil) }
    if let text = try? FileIO.readText(path), let progress = LessonProgress(json: text) {
      return (progress, nil)
    }
    let stamp = Int(Date().timeIntervalSince1970)
    let aside = path + ".corrupt-\(stamp)"
    let moved = (try? FileManager.default.moveItem(atPath: path, toPath: aside)) != nil
    let notice =
      moved
      ? "unroll: could not read the lesson progress in \(path); it is set aside as "
        + "\(aside) and progress starts afresh"
      : "unroll: could not read the lesson progress in \(path), nor move it aside; "
        + "progress starts afresh and is not saved"
    return (LessonProgress(), notice)
  }

  /// Saves one lesson's `entry` and returns the progress as saved.
  ///
  /// Under an exclusive lock (flock) on the folder, the file is read again, this entry put in (a lesson once
  /// finished stays finished) and the whole written back (a temporary file, then a
  /// rename). Two lessons running at once so keep each other's progress.
  @discardableResult
  func save(_ id: String, _ entry: LessonProgress.Entry) throws -> LessonProgress {
    do {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    } catch {
      throw FileError("write", path, "the folder \(folder) could not be created")
    }
    // The lock is on the folder itself, so that it leaves no file behind.
    let lock = open(folder, O_RDONLY | O_CLOEXEC)
    guard lock >= 0 else {
      throw FileError("write", path, FileIO.reason(errno, fallback: "it could not be locked"))
    }
    defer { close(lock) }
    while flock(lock, LOCK_EX) != 0 {
      guard errno == EINTR else {
        throw FileError("write", path, FileIO.reason(errno, fallback: "it could not be locked"))
      }
    }
    defer { flock(lock, LOCK_UN) }
    var progress = LessonProgress()
    if let text = try? FileIO.readText(path), let stored = LessonProgress(json: text) {
      progress = stored
    }
    var merged = entry
    merged.isDone = entry.isDone || (progress.lessons[id]?.isDone ?? false)
    progress.lessons[id] = merged
    try FileIO.writeAtomically(progress.json, to: path)
    return progress
  }

  /// Writes `progress` whole, replacing what is saved (for tests and tools).
  func save(_ progress: LessonProgress) throws {
    for (id, entry) in progress.lessons.sorted(by: { $0.key < $1.key }) { try save(id, entry) }
  }
}
