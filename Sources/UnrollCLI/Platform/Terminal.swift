import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// How a run of `unroll` ended, as the shell sees it.
public enum ExitCode: Int32, Sendable {
  /// The work was done.
  case success = 0
  /// The work failed: a bad file, a failed gradient check, a pass that stopped.
  case failure = 1
  /// The command line was wrong: an unknown command or flag, a value out of range.
  case usage = 2
}

/// The one place that touches the process: stdin, stdout, stderr, whether they are
/// terminals, the environment (`NO_COLOR`, `TERM`, `COLUMNS`) and the exit.
///
/// Everything else in UnrollCLI returns strings. `Terminal.standard()` is the real
/// process; `Terminal(input:environment:isTTY:)` keeps everything in memory, so tests
/// run whole commands and read back what they printed.
public final class Terminal {
  /// Whether stdin is a terminal (a REPL shows its prompt only then).
  public let isInputTTY: Bool
  /// Whether stdout is a terminal.
  public let isOutputTTY: Bool
  /// Whether stderr is a terminal.
  public let isErrorTTY: Bool
  /// The environment variables this terminal was given.
  public let environment: [String: String]
  /// Set by `--no-color`: no colour, whatever the stream is.
  public var isColorDisabledByFlag = false
  /// Set by `--lang`: the language of the course and the runner's words, whatever the
  /// locale says.
  public var languageFlag: Language?
  /// When set, long work (a gradient check, training) stops with `TimeLimitExceeded` once
  /// it passes; `lessons --check` sets one per block.
  public var deadline: Deadline?

  /// The calls that write files: the system's, or one that fills a disk in tests.
  public let fileSystem: FileSystem
  /// The machine's memory, to refuse work that cannot fit; nil when it is not known.
  public let memory: MachineMemory?

  private let backend: Backend
  private var memoryInput: [String]
  private let isInputClosed: Bool
  private let terminalWidth: Int?
  /// Everything written to stdout, when in memory.
  public private(set) var capturedOutput = ""
  /// Everything written to stderr, when in memory.
  public private(set) var capturedError = ""
  /// Why stdout could not be written (the errno), once a write failed; later writes are dropped.
  public private(set) var outputFailure: Int32?
  private let simulatedOutputFailure: Int32?

  private enum Backend { case process, memory }

  /// Whether this terminal is in memory (tests), not the process's own streams.
  var isInMemory: Bool { backend == .memory }

  private init(
    backend: Backend, input: [String], environment: [String: String], isInputTTY: Bool,
    isOutputTTY: Bool, isErrorTTY: Bool, terminalWidth: Int?, isInputClosed: Bool = false,
    outputFailure: Int32? = nil, fileSystem: FileSystem = .posix, memory: MachineMemory? = nil
  ) {
    self.backend = backend
    self.memoryInput = input
    self.environment = environment
    self.isInputTTY = isInputTTY
    self.isOutputTTY = isOutputTTY
    self.isErrorTTY = isErrorTTY
    self.terminalWidth = terminalWidth
    self.isInputClosed = isInputClosed
    self.simulatedOutputFailure = outputFailure
    self.fileSystem = fileSystem
    self.memory = memory
  }

  /// An in-memory terminal: `input` lines for stdin, output captured, streams TTYs when
  /// `isTTY`, and `terminalWidth` as the size the terminal would report.
  ///
  /// For faults: `isInputClosed` makes stdin a closed descriptor, `outputFailure` fails
  /// every write to stdout with that errno (`EPIPE`, `ENOSPC`), `fileSystem` is what files
  /// are written with, and `memory` is the machine's memory as /proc/meminfo would say it.
  public convenience init(
    input: [String] = [], environment: [String: String] = [:], isTTY: Bool = false,
    terminalWidth: Int? = nil, isInputClosed: Bool = false, outputFailure: Int32? = nil,
    fileSystem: FileSystem = .posix, memory: MachineMemory? = nil
  ) {
    self.init(
      backend: .memory, input: input, environment: environment, isInputTTY: isTTY,
      isOutputTTY: isTTY, isErrorTTY: isTTY, terminalWidth: terminalWidth,
      isInputClosed: isInputClosed, outputFailure: outputFailure, fileSystem: fileSystem,
      memory: memory)
  }

  /// The process's own stdin, stdout, stderr and environment.
  ///
  /// A standard descriptor the shell closed (`<&-`, `>&-`) is opened on /dev/null, so
  /// that no file the tool opens later takes its number; stdin then reads as closed and
  /// stdout fails its first write with EBADF.
  public static func standard() -> Terminal {
    let closed = [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO].map { descriptor in
      fcntl(descriptor, F_GETFD) == -1 && errno == EBADF
    }
    for (descriptor, isClosed) in closed.enumerated() where isClosed {
      let opened = open("/dev/null", O_RDWR)
      if opened >= 0, opened != Int32(descriptor) {
        dup2(opened, Int32(descriptor))
        close(opened)
      }
    }
    var size = winsize()
    let width =
      isatty(STDOUT_FILENO) == 1 && ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0
        && size.ws_col > 0 ? Int(size.ws_col) : nil
    return Terminal(
      backend: .process, input: [], environment: ProcessInfo.processInfo.environment,
      isInputTTY: isatty(STDIN_FILENO) == 1, isOutputTTY: isatty(STDOUT_FILENO) == 1,
      isErrorTTY: isatty(STDERR_FILENO) == 1, terminalWidth: width, isInputClosed: closed[0],
      outputFailure: closed[1] ? EBADF : nil,
      memory: MachineMemory(meminfo: try? FileIO.readText("/proc/meminfo")))
  }

  /// Writes `text` to stdout as it is (add the newline yourself).
  ///
  /// A failed write is remembered in `outputFailure` and drops what follows: `Unroll.run`
  /// ends quietly after a broken pipe (the reader left, as `| head -1` does) and with exit
  /// 1 and a message after any other failure (a full disk, a closed stdout).
  public func write(_ text: String) {
    guard outputFailure == nil else { return }
    if let simulatedOutputFailure {
      outputFailure = simulatedOutputFailure
      return
    }
    switch backend {
    case .process: outputFailure = Terminal.writeAll(text, to: STDOUT_FILENO)
    case .memory: capturedOutput += text
    }
  }

  /// Whether stdout failed other than by a broken pipe: the output is lost and must be said.
  public var hasLostOutput: Bool { outputFailure.map { $0 != EPIPE } ?? false }

  /// Writes `text` to stderr as it is.
  public func writeError(_ text: String) {
    switch backend {
    case .process: Terminal.writeAll(text, to: STDERR_FILENO)
    case .memory: capturedError += text
    }
  }

  /// The next line of stdin without its newline, or nil at its end.
  ///
  /// A closed stdin is an end. Invalid UTF-8 is replaced by U+FFFD.
  public func readLine() -> String? {
    guard !isInputClosed else { return nil }
    switch backend {
    case .process: return Swift.readLine(strippingNewline: true)
    case .memory:
      guard !memoryInput.isEmpty else { return nil }
      return memoryInput.removeFirst()
    }
  }

  /// All of stdin up to its end, as UTF-8 text, for `--weights -`: at most
  /// `FileIO.maxInputBytes`, and a `FileError` naming stdin when it is closed, cannot be
  /// read or is not UTF-8.
  public func readAll() throws(FileError) -> String {
    guard !isInputClosed else { throw FileError("read", "stdin", "it is closed") }
    switch backend {
    case .process:
      return try FileIO.readText(descriptor: STDIN_FILENO, name: "stdin")
    case .memory:
      defer { memoryInput = [] }
      let text = memoryInput.map { $0 + "\n" }.joined()
      guard text.utf8.count <= FileIO.maxInputBytes else {
        throw FileError(
          "read", "stdin", FileIO.tooLarge(text.utf8.count, limit: FileIO.maxInputBytes))
      }
      return text
    }
  }

  /// Whether stdout gets colour: a TTY, no `--no-color`, `NO_COLOR` unset or empty,
  /// and `TERM` not `dumb`.
  public var usesColor: Bool { isOutputTTY && allowsColor }

  /// Whether stderr gets colour, by the same rules as stdout.
  public var usesColorOnError: Bool { isErrorTTY && allowsColor }

  private var allowsColor: Bool {
    !isColorDisabledByFlag && (environment["NO_COLOR"] ?? "").isEmpty
      && environment["TERM"] != "dumb"
  }

  /// Whether stdout gets Unicode pictures (sparklines, heat strips): `TERM` not `dumb`
  /// and a locale that is UTF-8 or unset (the first of `LC_ALL`, `LC_CTYPE`, `LANG` that
  /// is set), on a terminal, a pipe or a file alike.
  ///
  /// Text such as `ᵀ` and `⊙` is UTF-8 everywhere; only pictures fall back to ASCII,
  /// since a block that draws as `?` says nothing. A pipe gets them too: a lesson's
  /// `unroll compare` and `unroll compare | less` draw what the terminal would.
  public var isUnicode: Bool {
    guard environment["TERM"] != "dumb" else { return false }
    let locale = ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap { self.environment[$0] }
      .first { !$0.isEmpty }
    guard let locale else { return true }
    let lowered = locale.lowercased()
    return lowered.contains("utf-8") || lowered.contains("utf8")
  }

  /// The language to speak: `--lang`, else the locale's (`LC_ALL`, `LC_MESSAGES`, `LANG`),
  /// else English.
  public var language: Language { languageFlag ?? Language.of(environment: environment) }

  /// The styling for stdout: ANSI codes when `usesColor`, plain text otherwise.
  public var styler: Styler { Styler(isEnabled: usesColor) }

  /// The width to lay text out in: `COLUMNS` when it is a positive integer, then the
  /// terminal's own width, then 80.
  public var width: Int {
    if let columns = environment["COLUMNS"].flatMap({ Int($0) }), columns > 0 { return columns }
    return terminalWidth ?? 80
  }

  /// Ends the process with `code`.
  public static func exit(_ code: Int32) -> Never {
    #if canImport(Glibc)
      Glibc.exit(code)
    #else
      Darwin.exit(code)
    #endif
  }

  /// Writes all of `text`; the errno of the write that failed, or nil.
  @discardableResult
  private static func writeAll(_ text: String, to descriptor: Int32) -> Int32? {
    var bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeMutableBytes { buffer in
        #if canImport(Glibc)
          Glibc.write(descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
        #else
          Darwin.write(descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
        #endif
      }
      if written < 0 && errno == EINTR { continue }
      if written < 0 { return errno }
      if written == 0 { return ENOSPC }
      offset += written
    }
    return nil
  }
}

/// Text styles for a terminal that shows colour.
public enum TextStyle: String, Sendable {
  /// Bold, for headings.
  case bold = "1"
  /// Dim, for asides such as NumPy lines.
  case dim = "2"
  /// Red, for failures.
  case red = "31"
  /// Green, for passes.
  case green = "32"
}

/// Wraps text in ANSI styles when enabled (through `Style.ansi`); a pure value that the
/// command renderers take as an argument.
public struct Styler: Sendable {
  /// Whether styles are applied; when false, text passes through unchanged.
  public let isEnabled: Bool

  /// A styler that applies styles only when `isEnabled`.
  public init(isEnabled: Bool) { self.isEnabled = isEnabled }

  /// `text` in `style`, or `text` unchanged when styling is off.
  public func callAsFunction(_ text: String, _ style: TextStyle) -> String {
    isEnabled ? Style.ansi(text, style.rawValue) : text
  }
}
