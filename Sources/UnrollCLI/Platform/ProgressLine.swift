import Foundation

/// A one-line progress report on stderr, rewritten in place with `\r`, for runs that
/// take more than a moment; silent when stderr is not a terminal.
final class ProgressLine {
  private let terminal: Terminal
  private let delay: TimeInterval
  private let start = Date()
  private var lastDrawn: Date?
  private var shownWidth = 0

  /// A progress line on `terminal`'s stderr that first draws after `delay` seconds.
  init(terminal: Terminal, delay: TimeInterval = 0.5) {
    self.terminal = terminal
    self.delay = delay
  }

  /// Shows `text` when stderr is a terminal, the run has lasted `delay` and the line was
  /// not drawn in the last tenth of a second.
  func update(_ text: @autoclosure () -> String) {
    guard terminal.isErrorTTY else { return }
    let now = Date()
    guard now.timeIntervalSince(start) >= delay else { return }
    if let lastDrawn, now.timeIntervalSince(lastDrawn) < 0.1 { return }
    lastDrawn = now
    let line = text()
    let pad = String(repeating: " ", count: max(shownWidth - line.count, 0))
    terminal.writeError("\r" + line + pad)
    shownWidth = line.count
  }

  /// Clears the line, if one was drawn.
  func clear() {
    guard shownWidth > 0 else { return }
    terminal.writeError("\r" + String(repeating: " ", count: shownWidth) + "\r")
    shownWidth = 0
  }
}
