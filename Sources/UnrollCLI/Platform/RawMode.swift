#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

// What the signal handlers need, kept where a C handler can reach it: the terminal's own
// settings, the raw ones, and the descriptor (-1 when not in raw mode).
nonisolated(unsafe) private var originalSettings = termios()
nonisolated(unsafe) private var rawSettings = termios()
nonisolated(unsafe) private var rawDescriptor: Int32 = -1
nonisolated(unsafe) private var wasInterrupted: sig_atomic_t = 0

/// The signals raw mode restores the terminal on.
private let fatalSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]

/// A signal while a line is edited: the terminal's settings back, then the signal's effect.
///
/// SIGTSTP stops the process with the terminal restored and comes back in raw mode;
/// SIGWINCH only interrupts the read so the line is redrawn at the new width; the others
/// end the process as they would have.
private func handleSignal(_ signal: Int32) {
  if signal == SIGWINCH {
    wasInterrupted = 1
    return
  }
  if rawDescriptor >= 0 { _ = tcsetattr(rawDescriptor, TCSANOW, &originalSettings) }
  if signal == SIGTSTP {
    // Stop as the default action would: unblock SIGTSTP (blocked while it is handled),
    // raise it with the default action, and go on from here once continued.
    var set = sigset_t()
    sigemptyset(&set)
    sigaddset(&set, SIGTSTP)
    installHandler(SIGTSTP, nil)
    sigprocmask(SIG_UNBLOCK, &set, nil)
    raise(SIGTSTP)
    installHandler(SIGTSTP, handleSignal)
    if rawDescriptor >= 0 { _ = tcsetattr(rawDescriptor, TCSANOW, &rawSettings) }
    wasInterrupted = 1
    return
  }
  // Pending until this handler returns; then the default action ends the process.
  installHandler(signal, nil)
  raise(signal)
}

/// Sets `handler` (nil: the default action) for `signal`, without SA_RESTART, so a read in
/// progress returns EINTR; returns the action that was there.
@discardableResult
private func installHandler(
  _ signal: Int32, _ handler: (@convention(c) (Int32) -> Void)?
) -> sigaction {
  var action = sigaction()
  #if canImport(Glibc)
    action.__sigaction_handler.sa_handler = handler
  #else
    action.__sigaction_u.__sa_handler = handler
  #endif
  sigemptyset(&action.sa_mask)
  action.sa_flags = 0
  var old = sigaction()
  sigaction(signal, &action, &old)
  return old
}

/// Whether `action` is SIG_IGN.
private func isIgnored(_ action: sigaction) -> Bool {
  #if canImport(Glibc)
    let handler = action.__sigaction_handler.sa_handler
  #else
    let handler = action.__sigaction_u.__sa_handler
  #endif
  return unsafeBitCast(handler, to: Int.self) == 1  // SIG_IGN is the handler 1
}

/// The terminal in raw mode while one line is edited, and back as it was afterwards.
///
/// Raw as linenoise makes it: no echo, no line buffering, no signals from keys (Ctrl-C and
/// Ctrl-Z come as bytes), no CR/LF translation either way, 8-bit bytes, `read` returning
/// each byte as it comes. `restore()` puts the settings back; so do SIGINT, SIGTERM, SIGHUP
/// and SIGQUIT (then the signal does what it does) and SIGTSTP (then the process stops, and
/// comes back raw). The caller restores on every path out with `defer`.
final class RawMode {
  /// The descriptor in raw mode.
  let descriptor: Int32
  private var saved: [(Int32, sigaction)] = []
  private var isActive = true

  private init(descriptor: Int32) { self.descriptor = descriptor }

  /// Puts `descriptor` (a terminal) in raw mode; nil when it is not a terminal or its
  /// settings cannot be changed (then the caller reads plain lines).
  static func enable(_ descriptor: Int32) -> RawMode? {
    guard isatty(descriptor) == 1, rawDescriptor < 0 else { return nil }
    var original = termios()
    guard tcgetattr(descriptor, &original) == 0 else { return nil }
    var raw = original
    raw.c_iflag &= ~tcflag_t(BRKINT | ICRNL | INPCK | ISTRIP | IXON)
    raw.c_oflag &= ~tcflag_t(OPOST)
    raw.c_cflag |= tcflag_t(CS8)
    raw.c_lflag &= ~tcflag_t(ECHO | ICANON | IEXTEN | ISIG)
    withUnsafeMutableBytes(of: &raw.c_cc) { cc in
      cc[Int(VMIN)] = 1
      cc[Int(VTIME)] = 0
    }
    originalSettings = original
    rawSettings = raw
    let mode = RawMode(descriptor: descriptor)
    for signal in fatalSignals + [SIGTSTP, SIGWINCH] {
      var old = installHandler(signal, handleSignal)
      if isIgnored(old) {
        // Ignored by whoever started us (nohup ignores SIGHUP): it stays ignored.
        sigaction(signal, &old, nil)
        continue
      }
      mode.saved.append((signal, old))
    }
    // TCSADRAIN, not TCSAFLUSH: lines pasted ahead must not be thrown away.
    guard tcsetattr(descriptor, TCSADRAIN, &raw) == 0 else {
      mode.restore()
      return nil
    }
    rawDescriptor = descriptor
    return mode
  }

  /// Whether a signal interrupted a read since the last call (a resize, or coming back
  /// from a stop): the line should be redrawn.
  static func takeInterruption() -> Bool {
    defer { wasInterrupted = 0 }
    return wasInterrupted != 0
  }

  /// Stops the process as Ctrl-Z does outside raw mode; returns once it is continued, raw
  /// again.
  func suspend() {
    guard isActive else { return }
    raise(SIGTSTP)
  }

  /// The terminal's settings back, and the signal handlers that were there before.
  func restore() {
    guard isActive else { return }
    isActive = false
    if rawDescriptor >= 0 {
      _ = tcsetattr(descriptor, TCSADRAIN, &originalSettings)
      rawDescriptor = -1
    }
    for (signal, action) in saved {
      var action = action
      sigaction(signal, &action, nil)
    }
    saved = []
  }

  deinit { restore() }
}
