#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The temporary files being written, removed if SIGINT, SIGTERM or SIGHUP ends the
/// process before they are renamed into place.
///
/// The handler may only call what is safe in a signal handler (`unlink`, `signal`,
/// `raise`), so the paths are kept as C strings in a fixed table allocated once; the
/// handler removes every one registered, restores the default action and raises the
/// signal again, so the shell still sees the process end by that signal.
enum Interrupts {
  /// How many temporary files can be in flight at once (an export writes a handful).
  static let capacity = 256

  private static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]
  // Touched only under `lock`, except by the handler, which reads it.
  nonisolated(unsafe) private static let table = {
    let table = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: capacity)
    table.initialize(repeating: nil, count: capacity)
    return table
  }()
  nonisolated(unsafe) private static var isInstalled = false
  nonisolated(unsafe) private static var lock = pthread_mutex_t()
  nonisolated(unsafe) private static var lockReady: Bool = {
    pthread_mutex_init(&lock, nil)
    return true
  }()

  /// Registers `path` for removal on an interrupt; returns its slot, or nil when the
  /// table is full (the file is then written without that protection).
  static func register(_ path: String) -> Int? {
    _ = lockReady
    pthread_mutex_lock(&lock)
    defer { pthread_mutex_unlock(&lock) }
    let table = table  // made before the handler can read it
    if !isInstalled {
      install()
      isInstalled = true
    }
    guard let slot = (0..<capacity).first(where: { table[$0] == nil }) else { return nil }
    table[slot] = strdup(path)
    return slot
  }

  /// Forgets the file in `slot`: it was renamed into place or removed.
  static func unregister(_ slot: Int?) {
    guard let slot, slot >= 0, slot < capacity else { return }
    _ = lockReady
    pthread_mutex_lock(&lock)
    defer { pthread_mutex_unlock(&lock) }
    let path = table[slot]
    table[slot] = nil
    free(path)
  }

  /// Runs `body` with SIGINT, SIGTERM and SIGHUP held back, delivered after it returns:
  /// what it does happens whole.
  static func deferred<T>(_ body: () throws -> T) rethrows -> T {
    var held = sigset_t()
    var previous = sigset_t()
    sigemptyset(&held)
    for signal in signals { sigaddset(&held, signal) }
    pthread_sigmask(SIG_BLOCK, &held, &previous)
    defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
    return try body()
  }

  /// Installs the handler for each signal that is not ignored (`nohup` keeps SIGHUP ignored),
  /// and unblocks them: a mask inherited from the parent (a test runner's thread) would
  /// otherwise hold an interrupt back until the process ends by other means.
  private static func install() {
    var wanted = sigset_t()
    sigemptyset(&wanted)
    for signal in signals { sigaddset(&wanted, signal) }
    pthread_sigmask(SIG_UNBLOCK, &wanted, nil)
    for signal in signals {
      var current = sigaction()
      guard sigaction(signal, nil, &current) == 0 else { continue }
      #if canImport(Glibc)
        let present = current.__sigaction_handler.sa_handler
      #else
        let present = current.__sigaction_u.__sa_handler
      #endif
      guard unsafeBitCast(present, to: Int.self) != unsafeBitCast(SIG_IGN, to: Int.self) else {
        continue
      }
      Interrupts.signalHandler(signal, handler)
    }
  }

  private static func signalHandler(
    _ number: Int32, _ action: @escaping @convention(c) (Int32) -> Void
  ) {
    #if canImport(Glibc)
      _ = Glibc.signal(number, action)
    #else
      _ = Darwin.signal(number, action)
    #endif
  }

  private static let handler: @convention(c) (Int32) -> Void = { number in
    for slot in 0..<Interrupts.capacity {
      if let path = Interrupts.table[slot] { unlink(path) }
    }
    _ = signal(number, SIG_DFL)
    raise(number)
  }
}
