/// One line being edited at a prompt, as a pure state machine.
///
/// Bytes in, the line, the cursor and the text that redraws them out. No terminal:
/// `LineInput` feeds it the bytes stdin gives and writes what `flush()` returns, and tests
/// feed it bytes and read both.
///
/// It follows antirez/linenoise's single-line mode: the prompt and the line on one row,
/// scrolled sideways when wider than the terminal; every change redraws the row whole
/// (`\r`, prompt, the visible part, erase to the end, cursor to its column). Columns are
/// display columns (`DisplayWidth`), so wide characters and colour in the prompt line up.
struct LineEditor {
  /// What a key did to the line.
  enum Outcome: Equatable, Sendable {
    /// Still editing.
    case editing
    /// Enter: the line.
    case submitted(String)
    /// Ctrl-C: the line given up, with what was on it.
    case cancelled(String)
    /// Ctrl-D at an empty line.
    case endOfInput
    /// Ctrl-Z: the reader stops the process, then calls `redraw()`.
    case suspended
  }

  /// The words that could complete the last word of `textBeforeCursor`; the editor keeps
  /// those that start with it.
  typealias Completer = (_ textBeforeCursor: String) -> [String]

  /// The longest line kept, in characters; keys past it are ignored.
  static let maxLength = 4096
  /// The most completions listed under the line.
  static let maxListed = 100

  /// The prompt, which may hold ANSI colour.
  let prompt: String
  /// The terminal's width in columns; the reader updates it on a resize.
  var width: Int
  /// The line's characters (grapheme clusters).
  private(set) var buffer: [Character] = []
  /// The cursor, as an index into `buffer`: 0 … `buffer.count`.
  private(set) var cursor = 0

  /// The earlier lines, oldest first, then the line being typed; Up and Down move through
  /// them, and an edit to an earlier line lasts until Enter (as in linenoise).
  private var lines: [String]
  private var lineIndex: Int
  private var search: Search?
  private var decoder = KeyDecoder()
  private let complete: Completer?
  private var output = ""
  private var needsRefresh = true

  /// A reverse incremental search (Ctrl-R) in progress.
  private struct Search {
    /// What is searched for.
    var query = ""
    /// The earlier line that matches, and where in it the match starts.
    var match: (line: Int, at: Int)?
    /// Whether the last key found nothing (the match shown is the one before).
    var isFailing = false
    /// The line and cursor before the search, for Ctrl-G.
    let saved: (buffer: [Character], cursor: Int)
  }

  /// An editor at `prompt` for a terminal `width` columns wide, with `history` (oldest
  /// first) for Up, Down and Ctrl-R, and `complete` for Tab.
  init(prompt: String, width: Int, history: [String] = [], complete: Completer? = nil) {
    self.prompt = prompt
    self.width = width
    self.lines = history + [""]
    self.lineIndex = history.count
    self.complete = complete
  }

  /// The line as it stands.
  var text: String { String(buffer) }

  /// Whether a key is half read: the reader waits a little for more, then calls `timeout()`.
  var isWaitingForMore: Bool { decoder.isPending }

  /// Whether a reverse search is showing.
  var isSearching: Bool { search != nil }

  /// The text to write now: what keys produced, and the redrawn line when it changed.
  mutating func flush() -> String {
    if needsRefresh {
      output += refreshText()
      needsRefresh = false
    }
    defer { output = "" }
    return output
  }

  /// Asks for the whole row to be drawn again (after a resize, or coming back from Ctrl-Z).
  mutating func redraw() { needsRefresh = true }

  /// Takes one byte from the terminal.
  mutating func feed(_ byte: UInt8) -> Outcome {
    guard let key = decoder.feed(byte) else { return .editing }
    return handle(key)
  }

  /// No byte followed a pending ESC in time: it was Esc on its own.
  mutating func timeout() -> Outcome {
    guard let key = decoder.timeout() else { return .editing }
    return handle(key)
  }

  /// Applies one key.
  mutating func handle(_ key: Key) -> Outcome {
    if search != nil { return handleSearching(key) }
    switch key {
    case .text(let scalar): insert(scalar)
    case .enter: return finish(.submitted(text), mark: "")
    case .ctrl("c"): return finish(.cancelled(text), mark: "^C")
    case .ctrl("d"):
      if buffer.isEmpty { return finish(.endOfInput, mark: "") }
      deleteAtCursor()
    case .ctrl("z"): return .suspended
    case .backspace:
      guard cursor > 0 else { break }
      cursor -= 1
      deleteAtCursor()
    case .delete: deleteAtCursor()
    case .left, .ctrl("b"): move(to: cursor - 1)
    case .right, .ctrl("f"): move(to: cursor + 1)
    case .home, .ctrl("a"): move(to: 0)
    case .end, .ctrl("e"): move(to: buffer.count)
    case .wordLeft: move(to: wordStart(before: cursor))
    case .wordRight: move(to: wordEnd(after: cursor))
    case .ctrl("k"): replace(cursor..<buffer.count, with: [])
    case .ctrl("u"): replace(0..<cursor, with: [])
    case .ctrl("w"): replace(wordStart(before: cursor)..<cursor, with: [])
    case .up, .ctrl("p"): recall(lineIndex - 1)
    case .down, .ctrl("n"): recall(lineIndex + 1)
    case .ctrl("r"):
      search = Search(saved: (buffer, cursor))
      needsRefresh = true
    case .tab: completeWord()
    case .ctrl("l"):
      output += "\u{1B}[H\u{1B}[2J"
      needsRefresh = true
    default: break  // Esc, unknown sequences, other controls: nothing, and nothing inserted
    }
    return .editing
  }

  // MARK: Editing

  private mutating func insert(_ scalar: Unicode.Scalar) {
    guard buffer.count < LineEditor.maxLength else { return }
    // A combining mark joins the character before it, so the prefix is segmented afresh;
    // the rest is not, or a prepended mark (U+070F) would swallow the character after the
    // cursor and the next keystroke would land beyond it.
    let prefix = Array(String(buffer[..<cursor]) + String(Character(scalar)))
    buffer = prefix + Array(buffer[cursor...])
    cursor = prefix.count
    needsRefresh = true
  }

  private mutating func deleteAtCursor() {
    guard cursor < buffer.count else { return }
    replace(cursor..<(cursor + 1), with: [])
  }

  private mutating func replace(_ range: Range<Int>, with characters: [Character]) {
    let lower = min(max(range.lowerBound, 0), buffer.count)
    let upper = min(max(range.upperBound, lower), buffer.count)
    let kept = LineEditor.maxLength - (buffer.count - (upper - lower))
    let inserted = Array(characters.prefix(max(kept, 0)))
    buffer.replaceSubrange(lower..<upper, with: inserted)
    cursor = lower + inserted.count
    needsRefresh = true
  }

  private mutating func move(to position: Int) {
    let clamped = min(max(position, 0), buffer.count)
    guard clamped != cursor else { return }
    cursor = clamped
    needsRefresh = true
  }

  /// The start of the word before `position`: back over spaces, then over the word.
  private func wordStart(before position: Int) -> Int {
    var i = min(position, buffer.count)
    while i > 0, buffer[i - 1] == " " { i -= 1 }
    while i > 0, buffer[i - 1] != " " { i -= 1 }
    return i
  }

  /// The end of the word after `position`: over spaces, then over the word.
  private func wordEnd(after position: Int) -> Int {
    var i = max(position, 0)
    while i < buffer.count, buffer[i] == " " { i += 1 }
    while i < buffer.count, buffer[i] != " " { i += 1 }
    return i
  }

  /// Shows the earlier line `index` (the last one is the line being typed).
  private mutating func recall(_ index: Int) {
    guard index >= 0, index < lines.count, index != lineIndex else { return }
    lines[lineIndex] = text
    lineIndex = index
    buffer = Array(lines[index].prefix(LineEditor.maxLength))
    cursor = buffer.count
    needsRefresh = true
  }

  /// Ends the line: the whole line shown, then `mark` (`^C`) and a new line.
  private mutating func finish(_ outcome: Outcome, mark: String) -> Outcome {
    cursor = buffer.count
    output += refreshText() + mark + "\r\n"
    needsRefresh = false
    return outcome
  }

  // MARK: Completion

  /// Tab: one match replaces the word; several extend it to what they share and are listed
  /// under the line.
  private mutating func completeWord() {
    guard let complete else { return }
    let start = wordStartOfCurrent()
    let word = String(buffer[start..<cursor])
    let matches = Array(Set(complete(String(buffer[..<cursor])).filter { $0.hasPrefix(word) }))
      .sorted { ($0.lowercased(), $0) < ($1.lowercased(), $1) }
    guard let first = matches.first else { return }
    if matches.count == 1 {
      let atEnd = cursor == buffer.count
      replace(start..<cursor, with: Array(first + (atEnd ? " " : "")))
      return
    }
    let shared = matches.dropFirst().reduce(first) { LineEditor.commonPrefix($0, $1) }
    if shared.count > word.count { replace(start..<cursor, with: Array(shared)) }
    // The row as it stands, then the list under it, then the row again below the list.
    output += refreshText() + "\r\n" + LineEditor.columns(matches, width: width) + "\r\n"
    needsRefresh = true
  }

  /// Where the word the cursor is in (or just after) starts.
  private func wordStartOfCurrent() -> Int {
    var i = cursor
    while i > 0, buffer[i - 1] != " " { i -= 1 }
    return i
  }

  /// The longest common prefix of two strings, by characters.
  static func commonPrefix(_ a: String, _ b: String) -> String {
    String(zip(a, b).prefix { $0 == $1 }.map(\.0))
  }

  /// `words` laid out in columns across `width`, row by row, lines joined by `\r\n`.
  static func columns(_ words: [String], width: Int) -> String {
    let shown = Array(words.prefix(maxListed))
    let cell = (shown.map(DisplayWidth.of).max() ?? 0) + 2
    let perRow = max(1, (width - 1) / max(cell, 1))
    var rows: [String] = []
    var start = 0
    while start < shown.count {
      let row = shown[start..<min(start + perRow, shown.count)]
      rows.append(
        row.map { $0 + String(repeating: " ", count: cell - DisplayWidth.of($0)) }.joined()
          .trimmingWhitespace)
      start += perRow
    }
    if words.count > shown.count { rows.append("… and \(words.count - shown.count) more") }
    return rows.joined(separator: "\r\n")
  }

  // MARK: Reverse search

  private mutating func handleSearching(_ key: Key) -> Outcome {
    guard var current = search else { return .editing }
    switch key {
    case .text(let scalar):
      guard current.query.count < 200 else { return .editing }
      current.query.unicodeScalars.append(scalar)
      current = find(current, from: current.match?.line ?? lines.count - 2)
    case .ctrl("r"):
      guard !current.query.isEmpty else { return .editing }
      current = find(current, from: (current.match?.line ?? lines.count - 1) - 1)
    case .backspace:
      guard !current.query.isEmpty else { return .editing }
      current.query.removeLast()
      current.match = nil
      current = current.query.isEmpty ? current : find(current, from: lines.count - 2)
      current.isFailing = current.match == nil && !current.query.isEmpty
    case .ctrl("g"), .escape:
      buffer = current.saved.buffer
      cursor = current.saved.cursor
      search = nil
      needsRefresh = true
      return .editing
    case .ctrl("c"):
      search = nil
      return finish(.cancelled(text), mark: "^C")
    default:
      // Any other key takes the match into the line and then does what it does there.
      accept(current)
      return handle(key)
    }
    search = current
    needsRefresh = true
    return .editing
  }

  /// The search with its match moved to the newest earlier line at or before `from` that
  /// holds the query; when none does, the match stays and the search is failing.
  private func find(_ search: Search, from: Int) -> Search {
    var result = search
    var i = min(from, lines.count - 2)
    while i >= 0 {
      if let range = lines[i].firstRange(of: search.query) {
        result.match = (i, lines[i].distance(from: lines[i].startIndex, to: range.lowerBound))
        result.isFailing = false
        return result
      }
      i -= 1
    }
    result.isFailing = true
    return result
  }

  /// Ends the search with its match as the line, the cursor where the match starts.
  private mutating func accept(_ current: Search) {
    search = nil
    needsRefresh = true
    guard let match = current.match else { return }
    lines[lineIndex] = text
    buffer = Array(lines[match.line].prefix(LineEditor.maxLength))
    cursor = min(match.at, buffer.count)
  }

  // MARK: Drawing

  /// What redraws the row: `\r`, the prompt, the part of the line that fits, erase to the
  /// end of the row, and the cursor moved to its column.
  func refreshText() -> String {
    if let search {
      let label = search.isFailing ? "(failed reverse-i-search)`" : "(reverse-i-search)`"
      let shown = search.match.map { Array(lines[$0.line]) } ?? []
      return LineEditor.row(
        prompt: label + search.query + "': ", line: shown, cursor: search.match?.at ?? 0,
        width: width)
    }
    return LineEditor.row(prompt: prompt, line: buffer, cursor: cursor, width: width)
  }

  /// One row: `prompt`, then as much of `line` as fits in `width` columns.
  ///
  /// The cursor stays in view. The last column stays free, so the terminal never wraps.
  static func row(prompt: String, line: [Character], cursor: Int, width: Int) -> String {
    let promptWidth = DisplayWidth.of(prompt)
    let widths = line.map(DisplayWidth.of)
    let cursor = min(max(cursor, 0), line.count)
    let room = max(width - promptWidth - 1, 1)
    // Scroll right until the text before the cursor, and the cursor's cell, fit.
    var start = 0
    var before = widths[..<cursor].reduce(0, +)
    while start < cursor, before >= room {
      before -= widths[start]
      start += 1
    }
    var end = cursor
    var used = before
    while end < line.count, used + widths[end] <= room {
      used += widths[end]
      end += 1
    }
    let column = promptWidth + before
    return "\r" + prompt + String(line[start..<end]) + "\u{1B}[0K\r"
      + (column > 0 ? "\u{1B}[\(column)C" : "")
  }
}
