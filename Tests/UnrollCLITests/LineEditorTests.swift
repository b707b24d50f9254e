import Testing

@testable import UnrollCLI

/// Key bytes a terminal sends.
enum Keys {
  static let esc: [UInt8] = [0x1B]
  static let left: [UInt8] = [0x1B, 0x5B, 0x44]
  static let right: [UInt8] = [0x1B, 0x5B, 0x43]
  static let up: [UInt8] = [0x1B, 0x5B, 0x41]
  static let down: [UInt8] = [0x1B, 0x5B, 0x42]
  static let delete: [UInt8] = Array("\u{1B}[3~".utf8)
  static let backspace: [UInt8] = [0x7F]
  static let enter: [UInt8] = [0x0D]
  static let tab: [UInt8] = [0x09]

  /// Ctrl and `letter`.
  static func ctrl(_ letter: Character) -> [UInt8] {
    [(letter.asciiValue ?? 0) & 0x1F]
  }
}

/// The line editor as a pure state machine: bytes in, line, cursor and redraw out.
@Suite struct LineEditorTests {
  /// `bytes` fed to a fresh editor at prompt `> `, 80 columns; the last outcome.
  static func edit(
    _ bytes: [UInt8], width: Int = 80, history: [String] = [],
    complete: LineEditor.Completer? = nil
  ) -> (LineEditor, LineEditor.Outcome) {
    var editor = LineEditor(prompt: "> ", width: width, history: history, complete: complete)
    _ = editor.flush()
    var outcome = LineEditor.Outcome.editing
    for byte in bytes { outcome = editor.feed(byte) }
    return (editor, outcome)
  }

  static func typed(_ text: String) -> [UInt8] { Array(text.utf8) }

  /// (what, keys, line, cursor).
  static let table: [(String, [UInt8], String, Int)] = [
    ("typing", typed("where"), "where", 5),
    ("left, insert", typed("wher") + Keys.left + typed("x"), "whexr", 4),
    ("right past the end", typed("ab") + Keys.right + Keys.right, "ab", 2),
    ("left past the start", typed("ab") + Keys.left + Keys.left + Keys.left, "ab", 0),
    ("Ctrl-B, Ctrl-F", typed("abc") + Keys.ctrl("b") + Keys.ctrl("b") + Keys.ctrl("f"), "abc", 2),
    ("Home, insert", typed("here") + Array("\u{1B}[H".utf8) + typed("w"), "where", 1),
    ("End", typed("ab") + Keys.left + Keys.left + Array("\u{1B}[F".utf8), "ab", 2),
    ("ESC[1~ ESC[4~", typed("ab") + Array("\u{1B}[1~".utf8), "ab", 0),
    ("ESC[4~", typed("ab") + Keys.left + Array("\u{1B}[4~".utf8), "ab", 2),
    ("ESC[7~ ESC[8~", typed("ab") + Array("\u{1B}[7~".utf8) + typed("x"), "xab", 1),
    ("ESCOH ESCOF", typed("ab") + Array("\u{1B}OH".utf8) + Array("\u{1B}OF".utf8), "ab", 2),
    ("Ctrl-A, Ctrl-E", typed("ab") + Keys.ctrl("a") + typed("x") + Keys.ctrl("e"), "xab", 3),
    ("Backspace DEL", typed("wherre") + Keys.left + Keys.backspace, "where", 4),
    ("Backspace BS", typed("ab") + [0x08], "a", 1),
    ("Backspace at the start", typed("ab") + Keys.ctrl("a") + Keys.backspace, "ab", 0),
    ("Delete", typed("wxhere") + Keys.ctrl("a") + Keys.right + Keys.delete, "where", 1),
    ("Ctrl-D deletes", typed("wxhere") + Keys.ctrl("a") + Keys.right + Keys.ctrl("d"), "where", 1),
    ("Ctrl-K", typed("print h_t 3") + Keys.left + Keys.left + Keys.ctrl("k"), "print h_t", 9),
    ("Ctrl-U", typed("print h_t") + Keys.left + Keys.left + Keys.ctrl("u"), "_t", 0),
    ("Ctrl-W", typed("print h_t  ") + Keys.ctrl("w"), "print ", 6),
    ("Ctrl-W twice", typed("goto backward 3") + Keys.ctrl("w") + Keys.ctrl("w"), "goto ", 5),
    ("Ctrl-Left, Ctrl-Right", typed("ab cd") + Array("\u{1B}[1;5D".utf8), "ab cd", 3),
    ("Alt-B, Alt-F", typed("ab cd") + Keys.ctrl("a") + Array("\u{1B}f".utf8), "ab cd", 2),
    ("UTF-8", typed("p σ⊙é"), "p σ⊙é", 5),
    ("combining mark", typed("e\u{301}x") + Keys.left + Keys.left, "e\u{301}x", 0),
    (
      "prepended mark before the cursor", typed("b") + Keys.ctrl("a") + typed("\u{70F}a"),
      "\u{70F}ab", 1
    ),
    ("wide", typed("你好") + Keys.left + typed("们"), "你们好", 2),
    ("emoji", typed("🙂a") + Keys.left + Keys.backspace, "a", 0),
    ("not UTF-8 dropped", [0x61, 0xFF, 0xC3, 0x28, 0xC0, 0xAF, 0xED, 0xA0, 0x80, 0x62], "a(b", 3),
    ("C1 controls dropped", [0x61, 0xC2, 0x80, 0xC2, 0x9F, 0x62], "ab", 2),
    ("cut sequence", [0xE4, 0xBD, 0x61], "a", 1),
    ("F5 swallowed", typed("a") + Array("\u{1B}[15~".utf8) + typed("b"), "ab", 2),
    ("F1 swallowed", typed("a") + Array("\u{1B}OP".utf8) + typed("b"), "ab", 2),
    ("Alt-x swallowed", typed("a") + Array("\u{1B}x".utf8) + typed("b"), "ab", 2),
    ("Shift-Up swallowed", typed("a") + Array("\u{1B}[1;2A".utf8) + typed("b"), "ab", 2),
    ("paste markers", Array("\u{1B}[200~ab\u{1B}[201~".utf8), "ab", 2),
    ("long CSI", typed("a") + Array("\u{1B}[\(String(repeating: "1;", count: 50))m".utf8), "a", 1),
    ("controls ignored", typed("a") + [0x00, 0x07, 0x0F, 0x1C, 0x1F] + typed("b"), "ab", 2),
    ("Ctrl-L keeps the line", typed("ab") + Keys.ctrl("l"), "ab", 2),
  ]

  @Test(arguments: 0..<table.count)
  func keys(_ row: Int) {
    let (what, bytes, line, cursor) = Self.table[row]
    let (editor, outcome) = Self.edit(bytes)
    #expect(outcome == .editing, "\(what)")
    #expect(editor.text == line, "\(what)")
    #expect(editor.cursor == cursor, "\(what)")
  }

  /// The redraw: `\r`, prompt, line, erase to the end, cursor to its display column.
  @Test func redrawBytes() {
    var (editor, _) = Self.edit(Self.typed("print") + Keys.left + Keys.left)
    #expect(editor.flush() == "\r> print\u{1B}[0K\r\u{1B}[5C")
    #expect(editor.flush() == "")  // nothing changed since
    (editor, _) = Self.edit(Self.typed("p 你好"))
    #expect(editor.flush() == "\r> p 你好\u{1B}[0K\r\u{1B}[8C")  // 2 + 2 + 2 × 2
    (editor, _) = Self.edit(Self.typed("e\u{301}") + Keys.left)
    #expect(editor.flush() == "\r> e\u{301}\u{1B}[0K\r\u{1B}[2C")
    var coloured = LineEditor(prompt: "\u{1B}[1manswer\u{1B}[0m › ", width: 80)
    _ = coloured.feed(0x31)
    #expect(coloured.flush() == "\r\u{1B}[1manswer\u{1B}[0m › 1\u{1B}[0K\r\u{1B}[10C")
    var empty = LineEditor(prompt: "", width: 80)
    #expect(empty.flush() == "\r\u{1B}[0K\r")
  }

  /// Wider than the terminal: the line scrolls so the cursor stays in view, and never
  /// reaches the last column.
  @Test func aLongLineScrollsSideways() {
    let long = (0..<30).map { String($0 % 10) }.joined()  // 30 columns
    var (editor, _) = Self.edit(Self.typed(long), width: 20)
    // Prompt 2 + 17 columns of text, the cursor in column 19 of 20.
    #expect(editor.flush() == "\r> " + String(long.suffix(16)) + "\u{1B}[0K\r\u{1B}[18C")
    _ = Self.typed("\u{1B}[H").map { editor.feed($0) }
    #expect(editor.flush() == "\r> " + String(long.prefix(17)) + "\u{1B}[0K\r\u{1B}[2C")
    let wide = String(repeating: "你", count: 12)  // 24 columns
    (editor, _) = Self.edit(Self.typed(wide), width: 20)
    let row = editor.flush()
    #expect(row == "\r> " + String(repeating: "你", count: 8) + "\u{1B}[0K\r\u{1B}[18C")
    // A terminal narrower than the prompt: no crash, the cursor after the prompt.
    (editor, _) = Self.edit(Self.typed("abc"), width: 1)
    #expect(editor.flush().hasPrefix("\r> "))
  }

  @Test func enterCtrlCAndCtrlDEndTheLine() {
    var (editor, outcome) = Self.edit(Self.typed("where") + Keys.left + Keys.enter)
    #expect(outcome == .submitted("where"))
    #expect(editor.flush() == "\r> where\u{1B}[0K\r\u{1B}[7C\r\n")
    (editor, outcome) = Self.edit(Self.typed("goto backw") + Keys.ctrl("c"))
    #expect(outcome == .cancelled("goto backw"))
    #expect(editor.flush() == "\r> goto backw\u{1B}[0K\r\u{1B}[12C^C\r\n")
    (_, outcome) = Self.edit(Keys.ctrl("c"))
    #expect(outcome == .cancelled(""))
    (_, outcome) = Self.edit(Keys.ctrl("d"))
    #expect(outcome == .endOfInput)
    (editor, outcome) = Self.edit(Self.typed("a") + Keys.ctrl("d"))
    #expect(outcome == .editing)
    #expect(editor.text == "a")
    (_, outcome) = Self.edit(Keys.ctrl("z"))
    #expect(outcome == .suspended)
  }

  @Test func ctrlLClearsTheScreenThenRedraws() {
    var (editor, _) = Self.edit(Self.typed("ab") + Keys.ctrl("l"))
    #expect(editor.flush() == "\u{1B}[H\u{1B}[2J\r> ab\u{1B}[0K\r\u{1B}[4C")
  }

  /// Esc alone is known only when nothing follows: the reader's timeout.
  @Test func escOnItsOwnAfterATimeout() {
    var (editor, _) = Self.edit(Self.typed("ab") + Keys.esc)
    #expect(editor.isWaitingForMore)
    #expect(editor.timeout() == .editing)
    #expect(!editor.isWaitingForMore)
    _ = editor.feed(0x5B)  // `[` after the timeout is typed text
    #expect(editor.text == "ab[")
  }

  @Test func historyUpDownAndEditsThatLastUntilEnter() {
    let history = ["print h_t", "where"]
    var (editor, _) = Self.edit(Keys.up, history: history)
    #expect(editor.text == "where")
    #expect(editor.cursor == 5)
    (editor, _) = Self.edit(
      Self.typed("s") + Keys.up + Keys.up + Keys.up + Keys.ctrl("n"), history: history)
    #expect(editor.text == "where")
    (editor, _) = Self.edit(Self.typed("s") + Keys.ctrl("p") + Keys.down, history: history)
    #expect(editor.text == "s")  // the line being typed comes back
    (editor, _) = Self.edit(
      Keys.up + Keys.backspace + Keys.up + Keys.down + Keys.down + Keys.down, history: history)
    #expect(editor.text == "")
    (editor, _) = Self.edit(Keys.up + Keys.backspace + Keys.up + Keys.down, history: history)
    #expect(editor.text == "wher")  // the edit to an earlier line lasts while editing
    let (_, outcome) = Self.edit(Keys.up + Keys.up + Keys.enter, history: history)
    #expect(outcome == .submitted("print h_t"))
    (editor, _) = Self.edit(Keys.up, history: [])
    #expect(editor.text == "")
  }

  @Test func reverseSearch() {
    let history = ["print h_t", "goto backward 3", "print dh", "where"]
    var (editor, outcome) = Self.edit(Keys.ctrl("r") + Self.typed("pri"), history: history)
    #expect(editor.isSearching)
    #expect(editor.flush() == "\r(reverse-i-search)`pri': print dh\u{1B}[0K\r\u{1B}[25C")
    _ = Keys.ctrl("r").map { editor.feed($0) }
    #expect(editor.flush() == "\r(reverse-i-search)`pri': print h_t\u{1B}[0K\r\u{1B}[25C")
    _ = (Keys.ctrl("r") + Self.typed("x")).map { editor.feed($0) }
    #expect(editor.flush().hasPrefix("\r(failed reverse-i-search)`prix': print h_t"))
    _ = Keys.backspace.map { editor.feed($0) }
    #expect(editor.flush().hasPrefix("\r(reverse-i-search)`pri': print dh"))
    // Enter takes the match and submits it.
    outcome = Keys.enter.map { editor.feed($0) }.last ?? .editing
    #expect(outcome == .submitted("print dh"))
    // Ctrl-G and Esc give the line back as it was.
    (editor, _) = Self.edit(Self.typed("ab") + Keys.ctrl("r") + Self.typed("go") + Keys.ctrl("g"))
    #expect(editor.text == "ab" && !editor.isSearching)
    (editor, _) = Self.edit(
      Self.typed("ab") + Keys.ctrl("r") + Self.typed("go") + Keys.esc, history: history)
    _ = editor.timeout()
    #expect(editor.text == "ab" && !editor.isSearching)
    // Another key takes the match into the line, the cursor at the match, then acts.
    (editor, _) = Self.edit(Keys.ctrl("r") + Self.typed("back") + Keys.ctrl("e"), history: history)
    #expect(editor.text == "goto backward 3" && editor.cursor == 15 && !editor.isSearching)
    (editor, _) = Self.edit(Keys.ctrl("r") + Self.typed("back") + Keys.right, history: history)
    #expect(editor.cursor == 6)
    (_, outcome) = Self.edit(Keys.ctrl("r") + Self.typed("h") + Keys.ctrl("c"), history: history)
    #expect(outcome == .cancelled(""))
  }

  @Test func tabCompletesOneListsSeveral() {
    let words = ["print", "prev", "quit", "precision"]
    var asked: [String] = []
    let complete: LineEditor.Completer = { before in
      asked.append(before)
      return before.contains(" ") ? ["h_t", "h_prev", "Whh"] : words
    }
    var (editor, _) = Self.edit(Self.typed("q") + Keys.tab, complete: complete)
    #expect(editor.text == "quit ")
    (editor, _) = Self.edit(Self.typed("pr") + Keys.tab, complete: complete)
    #expect(editor.text == "pr")
    let row = "\r> pr\u{1B}[0K\r\u{1B}[4C"
    #expect(editor.flush() == row + "\r\nprecision  prev       print\r\n" + row)
    (editor, _) = Self.edit(Self.typed("p h") + Keys.tab, complete: complete)
    #expect(editor.text == "p h_")  // extended to what both share, and listed
    #expect(editor.flush().hasPrefix("\r> p h_\u{1B}[0K\r\u{1B}[6C\r\nh_prev  h_t\r\n"))
    (editor, _) = Self.edit(Self.typed("p ") + Keys.tab, complete: { _ in ["Whh", "bh", "dWhh"] })
    #expect(editor.flush().contains("\r\nbh    dWhh  Whh\r\n"))  // sorted ignoring case
    (editor, _) = Self.edit(
      Self.typed("p W h_t") + Keys.left + Keys.left + Keys.left + Keys.left
        + Keys.tab, complete: complete)
    #expect(editor.text == "p Whh h_t")  // mid-line: no space added
    #expect(asked.last == "p W")
    (editor, _) = Self.edit(Self.typed("zz") + Keys.tab, complete: complete)
    #expect(editor.text == "zz")
    (editor, _) = Self.edit(Self.typed("zz") + Keys.tab)
    #expect(editor.text == "zz")  // no completer: Tab does nothing
  }

  @Test func columnsFitTheWidth() {
    let words = (1...30).map { "name\($0)" }
    let text = LineEditor.columns(words, width: 40)
    for row in text.components(separatedBy: "\r\n") { #expect(row.count < 40) }
    #expect(text.hasPrefix("name1   name2   name3   name4\r\n"))
    let many = LineEditor.columns((1...150).map { "w\($0)" }, width: 80)
    #expect(many.hasSuffix("… and 50 more"))
  }

  @Test func theLineIsBounded() {
    var editor = LineEditor(prompt: "> ", width: 80)
    for _ in 0..<(LineEditor.maxLength + 10) { _ = editor.feed(0x61) }
    #expect(editor.text.count == LineEditor.maxLength)
  }

  /// Pasted lines: each is a line of its own; what follows the first Enter is left for the
  /// next line, as the reader does.
  @Test func pastedLinesAreLinesOfTheirOwn() {
    let bytes = Self.typed("print h_t\rwhere\ns 2\r")
    var lines: [String] = []
    var editor = LineEditor(prompt: "> ", width: 80)
    for byte in bytes {
      if case .submitted(let line) = editor.feed(byte) {
        lines.append(line)
        editor = LineEditor(prompt: "> ", width: 80)
      }
    }
    #expect(lines == ["print h_t", "where", "s 2"])
  }

  @Test func displayWidths() {
    #expect(DisplayWidth.of("abc") == 3)
    #expect(DisplayWidth.of("你好") == 4)
    #expect(DisplayWidth.of("한글") == 4)
    #expect(DisplayWidth.of("ｈ") == 2)  // fullwidth Latin
    #expect(DisplayWidth.of("🙂") == 2)
    #expect(DisplayWidth.of("e\u{301}") == 1)
    #expect(DisplayWidth.of("σ⊙ᵀ") == 3)
    #expect(DisplayWidth.of("\u{1B}[1;31mred\u{1B}[0m") == 3)
    #expect(DisplayWidth.of("a\u{200B}b") == 2)  // zero-width space
    #expect(DisplayWidth.of("\u{7}") == 0)
  }
}
