import Foundation
import Testing
import UnrollKit

@testable import UnrollCLI

#if canImport(Glibc)
  import Glibc
#endif

/// A screen of `width` × `height` cells, drawn as a terminal would draw the output.
///
/// It knows what the editor and the REPL write: text, CR, LF, erase to the end of the
/// row, cursor right, home, clear. Enough to read back what the user sees.
struct Screen {
  let width: Int
  let height: Int
  private(set) var rows: [[Character]]
  private var row = 0
  private var column = 0

  init(width: Int = 80, height: Int = 24) {
    self.width = width
    self.height = height
    rows = Array(repeating: [], count: height)
  }

  /// The rows as text, trailing spaces trimmed.
  var lines: [String] {
    rows.map { String($0).replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) }
  }

  mutating func draw(_ text: String) {
    var scalars = Array(text.unicodeScalars)[...]
    while let scalar = scalars.popFirst() {
      switch scalar {
      case "\r": column = 0
      case "\n": newLine()
      case "\u{1B}":
        guard scalars.first == "[" else {
          _ = scalars.popFirst()
          continue
        }
        _ = scalars.popFirst()
        var parameters = ""
        while let next = scalars.popFirst() {
          if (0x40...0x7E).contains(next.value) {
            control(next, Int(parameters) ?? 0)
            break
          }
          parameters.unicodeScalars.append(next)
        }
      default:
        guard scalar.value >= 0x20 else { continue }
        if column >= width {
          newLine()
          column = 0
        }
        while rows[row].count < column { rows[row].append(" ") }
        let character = Character(scalar)
        if column < rows[row].count {
          rows[row][column] = character
        } else {
          rows[row].append(character)
        }
        column += 1
      }
    }
  }

  private mutating func control(_ final: Unicode.Scalar, _ n: Int) {
    switch final {
    case "K": if column < rows[row].count { rows[row].removeSubrange(column...) }
    case "C": column = min(column + max(n, 1), width - 1)
    case "H":
      row = 0
      column = 0
    case "J": if n == 2 { rows = Array(repeating: [], count: height) }
    default: break
    }
  }

  private mutating func newLine() {
    if row == height - 1 {
      rows.removeFirst()
      rows.append([])
    } else {
      row += 1
    }
  }
}

/// The built `unroll` run under a pseudo-terminal, as a user at a terminal runs it.
///
/// Spawned with posix_spawn rather than Foundation's Process: the test runner's threads
/// block most signals and Process passes that mask on, so SIGTERM would never arrive.
final class PTYSession {
  let master: Int32
  let slave: Int32
  /// The program's process.
  private(set) var pid: pid_t = 0
  /// Its wait status, once it has ended.
  private(set) var status: Int32?
  /// Everything the program wrote.
  private(set) var output = ""
  private(set) var screen = Screen()
  private var bytes: [UInt8] = []

  /// The `unroll` executable next to the test bundle, or in the package's .build/debug.
  static var binary: URL? {
    let beside = URL(fileURLWithPath: CommandLine.arguments.first ?? "")
      .deletingLastPathComponent().appendingPathComponent("unroll")
    let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent(".build/debug/unroll")
    return [beside, package].first { FileManager.default.isExecutableFile(atPath: $0.path) }
  }

  init(_ arguments: [String], state: String, environment extra: [String] = []) throws {
    var master: Int32 = -1
    var slave: Int32 = -1
    var size = winsize(ws_row: 24, ws_col: 80, ws_xpixel: 0, ws_ypixel: 0)
    guard let binary = PTYSession.binary else {
      throw PTYError(message: "no unroll executable beside the tests: swift build first")
    }
    guard openpty(&master, &slave, nil, nil, &size) == 0 else {
      throw PTYError(message: "openpty failed")
    }
    self.master = master
    self.slave = slave
    _ = fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK)
    let environment =
      [
        "TERM=xterm", "HOME=\(state)", "XDG_STATE_HOME=\(state)", "LANG=C.UTF-8", "NO_COLOR=1",
      ] + extra
    let argv = ([binary.path] + arguments).map { strdup($0) } + [nil]
    let envp = environment.map { strdup($0) } + [nil]
    defer { (argv + envp).forEach { free($0) } }
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var none = sigset_t()
    sigemptyset(&none)
    posix_spawnattr_setsigmask(&attributes, &none)
    var all = sigset_t()
    sigfillset(&all)
    posix_spawnattr_setsigdefault(&attributes, &all)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    for descriptor: Int32 in 0...2 { posix_spawn_file_actions_adddup2(&actions, slave, descriptor) }
    posix_spawn_file_actions_addclose(&actions, master)
    guard posix_spawn(&pid, binary.path, &actions, &attributes, argv, envp) == 0 else {
      throw PTYError(message: "posix_spawn failed")
    }
  }

  deinit {
    if isRunning {
      kill(pid, SIGKILL)
      var ignored: Int32 = 0
      waitpid(pid, &ignored, 0)
    }
    close(master)
    close(slave)
  }

  /// Whether the program is still running (reaps it once it has ended).
  var isRunning: Bool {
    guard status == nil else { return false }
    var result: Int32 = 0
    guard waitpid(pid, &result, WNOHANG) == pid else { return true }
    status = result
    return false
  }

  /// The exit code, when it ended by exiting.
  var exitCode: Int32? { status.flatMap { $0 & 0x7F == 0 ? ($0 >> 8) & 0xFF : nil } }

  /// The signal that ended it, when one did.
  var signal: Int32? { status.flatMap { $0 & 0x7F != 0 && $0 & 0x7F != 0x7F ? $0 & 0x7F : nil } }

  /// Types `text`.
  func send(_ text: String) { send(Array(text.utf8)) }

  /// Sends `bytes` as keys.
  func send(_ bytes: [UInt8]) {
    var offset = 0
    while offset < bytes.count {
      let n = bytes[offset...].withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
      if n > 0 {
        offset += n
      } else {
        drain(waiting: 10)  // the terminal's buffer is full: let the program write
      }
    }
  }

  /// Reads what the program wrote, waiting up to `waiting` milliseconds for the first byte.
  @discardableResult
  func drain(waiting: Int32) -> Bool {
    var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
    guard poll(&poller, 1, waiting) > 0 else { return false }
    var buffer = [UInt8](repeating: 0, count: 65536)
    var got = false
    while true {
      let n = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
      guard n > 0 else { break }
      bytes += buffer[..<n]
      got = true
    }
    // Decode whole UTF-8 sequences only; keep a cut one for the next read.
    var end = bytes.count
    if let lead = bytes.indices.suffix(3).last(where: { bytes[$0] >= 0xC0 }) {
      let length = bytes[lead] >= 0xF0 ? 4 : bytes[lead] >= 0xE0 ? 3 : 2
      if bytes.count - lead < length { end = lead }
    }
    let text = String(decoding: bytes[..<end], as: UTF8.self)
    bytes.removeSubrange(..<end)
    output += text
    screen.draw(text)
    return got
  }

  /// Waits until the output since `mark` holds `text`; false after `seconds`.
  func wait(for text: String, after mark: String.Index? = nil, seconds: Double = 20) -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
      let from = mark ?? output.startIndex
      if output[from...].contains(text) { return true }
      drain(waiting: 50)
    }
    return output[(mark ?? output.startIndex)...].contains(text)
  }

  /// Waits until the program, having written something since `mark`, waits at a fresh
  /// `prompt`: the output ends with it.
  func waitForPrompt(_ prompt: String, after mark: String.Index, seconds: Double = 20) -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
      if output.endIndex > mark, output.hasSuffix(prompt) { return true }
      drain(waiting: 50)
    }
    return false
  }

  /// Where the output ends now, to wait for what comes after.
  var mark: String.Index { output.endIndex }

  /// The slave side's local flags: ICANON and ECHO on in cooked mode, off in raw.
  var localFlags: tcflag_t {
    var settings = termios()
    _ = tcgetattr(slave, &settings)
    return settings.c_lflag
  }

  var isRaw: Bool { localFlags & tcflag_t(ICANON | ECHO) == 0 }
  var isCooked: Bool { localFlags & tcflag_t(ICANON | ECHO) == tcflag_t(ICANON | ECHO) }

  /// Waits up to `seconds` for the program to end.
  func waitForExit(seconds: Double = 20) -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while isRunning, Date() < deadline { drain(waiting: 50) }
    drain(waiting: 0)
    return !isRunning
  }
}

/// Why a session under a pseudo-terminal could not start.
struct PTYError: Error {
  let message: String
}

/// `unroll repl` at a real (pseudo-)terminal: editing keys, history, completion, Ctrl-C,
/// Ctrl-L, Ctrl-D, and the terminal's mode before and after.
@Suite(.serialized, .timeLimit(.minutes(3))) struct EditorPTYTests {
  static let prompt = "(unroll) \u{1B}[0K\r\u{1B}[9C"  // a fresh, empty prompt

  @Test func aSessionWithEditingKeysAtATerminal() throws {
    let state = try TemporaryFolder()
    defer { state.remove() }
    let pty = try PTYSession(["repl", "--hidden-size", "3", "--steps", "4"], state: state.path)
    #expect(pty.wait(for: Self.prompt))
    #expect(pty.isRaw)  // raw while the line is edited

    // `wxere`, Home, Right, Delete, `h`: where.
    var mark = pty.mark
    pty.send("wxere\u{1}\u{1B}[C\u{1B}[3~h\r")
    #expect(pty.wait(for: "stop 1 of 34", after: mark))
    #expect(pty.screen.lines.contains("(unroll) where"))
    #expect(pty.waitForPrompt(Self.prompt, after: mark))
    #expect(pty.isRaw)

    // Ctrl-C drops a half-typed line; a second at the empty prompt says how to quit.
    mark = pty.mark
    pty.send("goto backw\u{3}")
    #expect(pty.wait(for: "^C", after: mark))
    pty.send("\u{3}")
    #expect(pty.wait(for: "(To quit, type quit or press Ctrl-D.)", after: mark))
    let lines = pty.screen.lines
    #expect(lines.contains("(unroll) goto backw^C"))
    #expect(lines.contains("(unroll) ^C"))

    // Tab completes the phase; Up twice recalls `where`; Ctrl-R finds it again.
    mark = pty.mark
    pty.send("goto b\t\r")
    #expect(pty.wait(for: "── backward · head · operation 1 of 3 · dy_pred ──", after: mark))
    #expect(pty.screen.lines.contains("(unroll) goto backward"))
    #expect(pty.waitForPrompt(Self.prompt, after: mark))
    mark = pty.mark
    pty.send("\u{1B}[A\u{1B}[A\r")
    #expect(pty.wait(for: "backward, head, operation 1 of 3 (dy_pred), stop 8 of 34", after: mark))
    // At the prompt, in raw mode: a Ctrl-R typed earlier would be the cooked terminal's
    // reprint, never the editor's search.
    #expect(pty.waitForPrompt(Self.prompt, after: mark))
    mark = pty.mark
    pty.send("\u{12}whe")
    #expect(pty.wait(for: "(reverse-i-search)`whe': where", after: mark))
    pty.send("\r")
    #expect(pty.wait(for: "backward, head, operation 1 of 3 (dy_pred), stop 8 of 34", after: mark))

    // Lines pasted at once: each is a command.
    mark = pty.mark
    pty.send("goto start\rs\rwhere\r")
    #expect(pty.wait(for: "forward, t = 2 of 4, operation 1 of 1 (h_t), stop 2 of 34", after: mark))
    #expect(pty.screen.lines.contains("(unroll) s"))

    // Ctrl-L: the screen cleared, the prompt and the line at the top.
    #expect(pty.waitForPrompt(Self.prompt, after: mark))
    mark = pty.mark
    pty.send("print h\u{C}")
    #expect(pty.wait(for: "\u{1B}[2J", after: mark))
    #expect(pty.wait(for: "(unroll) print h", after: mark))
    #expect(pty.screen.lines.first == "(unroll) print h")
    let below = pty.screen.lines.dropFirst()
    #expect(below.allSatisfy { $0.isEmpty })

    // Ctrl-D deletes at the cursor; at an empty line it leaves, the terminal as it was.
    pty.send("\u{15}\u{4}")
    try #require(pty.waitForExit())
    #expect(pty.exitCode == 0)
    #expect(pty.isCooked)
    let history = try FileIO.readText(state.path + "/unroll/history")
    // Ctrl-R's where repeats the last line, so it is not added again.
    #expect(history == "where\ngoto backward \nwhere\ngoto start\ns\nwhere\n")
  }

  /// The REPL fuzz's 3,000 lines typed at the terminal one by one (those that quit or
  /// export a file left out): each gets a fresh prompt back, and the program is still
  /// there at the end.
  @Test func theFuzzTypedAtATerminal() throws {
    let state = try TemporaryFolder()
    defer { state.remove() }
    let pty = try PTYSession(
      ["repl", "--input-size", "2", "--hidden-size", "3", "--steps", "4"], state: state.path)
    #expect(pty.wait(for: Self.prompt))
    var generator = SeededGenerator(seed: 2026, stream: 1)
    var sent = 0
    for _ in 0..<3000 {
      let line = REPLRobustnessTests.typeable(REPLRobustnessTests.line(&generator))
      let first = line.split(separator: " ").first.map { $0.lowercased() } ?? ""
      guard !["q", "quit", "exit", "export"].contains(first) else { continue }
      let mark = pty.mark
      pty.send(line + "\r")
      guard pty.waitForPrompt(Self.prompt, after: mark, seconds: 10) else {
        Issue.record("no prompt after \(line.debugDescription)")
        break
      }
      sent += 1
    }
    #expect(sent > 2900)
    let mark = pty.mark
    pty.send("where\r")
    #expect(pty.wait(for: ", stop ", after: mark))
    // Raw again once the next prompt is drawn (between the output and the prompt it is cooked).
    #expect(pty.waitForPrompt(Self.prompt, after: mark))
    #expect(pty.isRaw)
    pty.send("\u{4}")
    try #require(pty.waitForExit())
    #expect(pty.exitCode == 0)
    #expect(pty.isCooked)
  }

  /// Ctrl-C at a lesson's pause, on an empty line: saved, and how to resume.
  @Test func ctrlCAtALessonPauseSaysHowToResume() throws {
    let state = try TemporaryFolder()
    defer { state.remove() }
    let pty = try PTYSession(
      ["lesson", "1"], state: state.path, environment: ["UNROLL_LESSONS=\(LessonFixture.good)"])
    #expect(pty.wait(for: "answer › "))
    pty.send("(4, 4)\r")
    #expect(pty.wait(for: "lesson 1 · step 1/4 › "))
    pty.send("print h\u{3}\u{3}")
    #expect(pty.wait(for: "`unroll lesson 1` resumes there"))
    try #require(pty.waitForExit())
    #expect(pty.exitCode == 0)
    #expect(pty.isCooked)
    #expect(pty.screen.lines.contains("lesson 1 · step 1/4 › print h^C"))
    #expect(
      pty.screen.lines.contains { $0.hasPrefix("Saved at step 2 of 4. `unroll lesson 1` resumes") })
    let progress = try FileIO.readText(state.path + "/unroll/progress.json")
    #expect(progress.contains("\"01-tiny-rnn\": {\"step\": 2, \"steps\": 4, \"done\": false}"))
  }

  /// SIGTERM while a line is edited: the terminal's mode back, then the signal ends it.
  @Test func aSignalRestoresTheTerminal() throws {
    let state = try TemporaryFolder()
    defer { state.remove() }
    let pty = try PTYSession(["repl", "--steps", "2"], state: state.path)
    #expect(pty.wait(for: Self.prompt))
    pty.send("print")
    #expect(pty.wait(for: "(unroll) print"))
    #expect(pty.isRaw)
    kill(pty.pid, SIGTERM)
    try #require(pty.waitForExit())
    #expect(pty.signal == SIGTERM)
    #expect(pty.isCooked)
  }
}
