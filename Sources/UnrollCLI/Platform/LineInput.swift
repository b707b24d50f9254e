#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What reading one line at a prompt gave.
public enum LineRead: Equatable, Sendable {
  /// A line (Enter), without its newline.
  case line(String)
  /// Ctrl-C: the line was given up; what was on it.
  case cancelled(String)
  /// Ctrl-D at an empty line, or the end of input.
  case end
}

/// Reads lines at a prompt, the one way the REPL and the lessons ask for input.
///
/// - On a terminal (the process's stdin and stdout both TTYs, `TERM` not `dumb`): the line
///   editor, with history in `History.path(environment:)` and Tab completion.
/// - On an in-memory terminal that says it is a TTY (tests), or a dumb one: the prompt,
///   then a plain line.
/// - Otherwise (a pipe or a file): a plain line, written after the prompt once read, so a
///   piped session's output reads as a transcript: `(unroll) print h_t` and then its value.
///
/// Whatever the way, when `read` returns the cursor is at the start of a new line.
public final class LineInput {
  /// What Tab completes from: the text left of the cursor in, candidate words out.
  public typealias Completer = (_ textBeforeCursor: String) -> [String]

  private enum Mode {
    case editor
    case prompted
    case echoed
    case scripted
  }

  private let terminal: Terminal?
  private let write: (String) -> Void
  private let mode: Mode
  private var script: [LineRead] = []
  private var history: History?
  private let historyPath: String?
  private var isHistorySaved = true
  /// Bytes read from stdin and not yet used: the rest of a paste, for the next lines.
  private var pending: [UInt8] = []
  private var pendingStart = 0

  /// How long to wait for the rest of an escape sequence before taking ESC as Esc.
  static let escapeWait: Int32 = 50

  /// Lines from `terminal`, the way its streams call for.
  public init(terminal: Terminal) {
    self.terminal = terminal
    self.write = { terminal.write($0) }
    if terminal.isInputTTY && terminal.isOutputTTY {
      let isEditor = !terminal.isInMemory && terminal.environment["TERM"] != "dumb"
      mode = isEditor ? .editor : .prompted
    } else {
      mode = .echoed
    }
    historyPath = mode == .editor ? History.path(environment: terminal.environment) : nil
  }

  /// Lines from `script`, in order, then the end; for tests of what reads lines.
  ///
  /// Each prompt, the line and a cancelled line's `^C` go to `write`.
  init(script: [LineRead], write: @escaping (String) -> Void) {
    self.terminal = nil
    self.write = write
    self.script = script
    mode = .scripted
    historyPath = nil
  }

  /// The next line typed at `prompt`; Tab asks `complete` (on a terminal).
  public func read(prompt: String, complete: Completer? = nil) -> LineRead {
    switch mode {
    case .scripted:
      write(prompt)
      guard !script.isEmpty else {
        write("\n")
        return .end
      }
      let next = script.removeFirst()
      switch next {
      case .line(let text): write(text + "\n")
      case .cancelled(let text): write(text + "^C\n")
      case .end: write("\n")
      }
      return next
    case .prompted:
      write(prompt)
      guard let line = terminal?.readLine() else {
        write("\n")
        return .end
      }
      return .line(line)
    case .echoed:
      guard let line = terminal?.readLine() else { return .end }
      write(prompt + line + "\n")
      return .line(line)
    case .editor:
      return edit(prompt: prompt, complete: complete)
    }
  }

  // MARK: The editor on the process's terminal

  private func edit(prompt: String, complete: Completer?) -> LineRead {
    guard let raw = RawMode.enable(STDIN_FILENO) else {
      write(prompt)
      guard let line = terminal?.readLine() else {
        write("\n")
        return .end
      }
      return .line(line)
    }
    defer { raw.restore() }
    if history == nil { history = historyPath.map { History.load(from: $0) } ?? History() }
    var editor = LineEditor(
      prompt: prompt, width: LineInput.columns(), history: history?.entries ?? [],
      complete: complete)
    write(editor.flush())
    while true {
      let byte: UInt8
      switch nextByte(waitingForMore: editor.isWaitingForMore) {
      case .byte(let next): byte = next
      case .quiet:
        _ = editor.timeout()
        write(editor.flush())
        continue
      case .interrupted:
        if RawMode.takeInterruption() {
          editor.width = LineInput.columns()
          editor.redraw()
          write(editor.flush())
        }
        continue
      case .end:
        // The terminal closed: as Ctrl-D.
        write("\r\n")
        return .end
      }
      let outcome = editor.feed(byte)
      // While a paste is still coming in, one redraw at its end does for all its keys.
      if pendingStart >= pending.count || outcome != .editing { write(editor.flush()) }
      switch outcome {
      case .editing: continue
      case .suspended:
        write("\r\n")  // the shell's `Stopped` goes under the line
        raw.suspend()
        editor.width = LineInput.columns()
        editor.redraw()
        write(editor.flush())
      case .submitted(let line):
        remember(line)
        return .line(line)
      case .cancelled(let line): return .cancelled(line)
      case .endOfInput: return .end
      }
    }
  }

  /// What waiting for a byte gave.
  private enum Next {
    case byte(UInt8)
    /// Nothing within `escapeWait`, when waiting for the rest of a sequence.
    case quiet
    /// A signal (a resize, a stop and continue) interrupted the wait.
    case interrupted
    /// The end of input, or a read error.
    case end
  }

  /// The next byte of stdin: from what a read brought ahead, else read now.
  private func nextByte(waitingForMore: Bool) -> Next {
    if pendingStart < pending.count {
      defer { pendingStart += 1 }
      return .byte(pending[pendingStart])
    }
    pending.removeAll(keepingCapacity: true)
    pendingStart = 0
    if waitingForMore {
      var poller = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
      let ready = poll(&poller, 1, LineInput.escapeWait)
      if ready == 0 { return .quiet }
      if ready < 0 { return errno == EINTR ? .interrupted : .end }
    }
    var buffer = [UInt8](repeating: 0, count: 4096)
    let count = buffer.withUnsafeMutableBytes { bytes in
      #if canImport(Glibc)
        Glibc.read(STDIN_FILENO, bytes.baseAddress, bytes.count)
      #else
        Darwin.read(STDIN_FILENO, bytes.baseAddress, bytes.count)
      #endif
    }
    if count < 0 { return errno == EINTR ? .interrupted : .end }
    guard count > 0 else { return .end }
    pending = Array(buffer[..<count])
    pendingStart = 1
    return .byte(pending[0])
  }

  /// Adds `line` to the history and writes the history file; a file that cannot be written
  /// is said once on stderr, and the history is kept in memory from then on.
  private func remember(_ line: String) {
    guard history?.add(line) == true, let path = historyPath, isHistorySaved, let history
    else { return }
    do {
      try history.save(to: path)
    } catch {
      isHistorySaved = false
      terminal?.writeError("unroll: history not saved: \(error)\r\n")
    }
  }

  /// The terminal's width now (it may have been resized), else 80.
  private static func columns() -> Int {
    var size = winsize()
    guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
    return Int(size.ws_col)
  }
}
