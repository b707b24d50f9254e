import Foundation
import Testing
import UnrollKit

@testable import UnrollCLI

/// Issue 17's 80-column cases, one test each: NumPy lines broken between tokens, the
/// `train --compare` summary, a paragraph line that starts with a number, the
/// `unroll lessons` footer, and the PyTorch-layout lines of a trace.
@Suite struct EightyColumnsTests {
  /// Every line of `text` in at most `width` columns.
  static func fits(_ text: String, _ width: Int = 80) -> Bool {
    text.split(separator: "\n").allSatisfy { TextWrap.columns(String($0)) <= width }
  }

  @Test func codeBreaksBetweenTokensAndIndentsTheRest() {
    let line = "self.h = np.tanh(np.dot(self.Wxh, x[t]) + np.dot(self.Whh, self.h) + self.bh)"
    #expect(TextWrap.code(line, width: 80) == line)
    #expect(
      TextWrap.code(line, width: 70)
        == "self.h = np.tanh(np.dot(self.Wxh, x[t]) + np.dot(self.Whh, self.h) +\n"
        + "    self.bh)")
    // Its own indentation stays on the first line; runs of spaces stay as written; a
    // comment broken in two is a comment on both lines.
    let comment = "  x = 1  # the notes add 1e-8 in each log"
    #expect(
      TextWrap.code(comment, width: 30) == "  x = 1  # the notes add 1e-8\n      # in each log")
    #expect(TextWrap.code(comment, width: 80) == comment)
    // However many spaces lead to the `#`.
    #expect(
      TextWrap.code("x = 1    # the notes add 1e-8", width: 22)
        == "x = 1    # the notes\n    # add 1e-8")
  }

  @Test func theREPLsNumPyLineMovesSelfBhWhole() throws {
    var session = try REPLFixture.session(.rnn)
    let step = session.handle("s").text
    #expect(
      step.contains(
        "  numpy   self.h = np.tanh(np.dot(self.Wxh, x[t]) + np.dot(self.Whh, self.h) +\n"
          + "              self.bh)\n"))
    #expect(Self.fits(step))
  }

  @Test func theTraceAndCompareBreakNumPyLinesBetweenTokens() {
    let trace = unroll("trace", "--model", "lstm", environment: ["COLUMNS": "80"])
    #expect(trace.code == 0)
    #expect(
      trace.out.contains(
        "    # loss = -(y * np.log(p) + (1 - y) * np.log(1 - p))  # the notes add 1e-8 in\n"
          + "    #   each log\n"))
    #expect(Self.fits(trace.out))
    let compare = unroll("compare", environment: ["COLUMNS": "80"])
    #expect(
      compare.out.contains(
        "  dWhy = np.dot((self.y_pred - y_true) * self.sigmoid_deriv(self.y_pred),\n"
          + "      self.hs[-1:, :].T)\n"))
    #expect(Self.fits(compare.out))
  }

  @Test func theTrainCompareSummaryFits() {
    let result = unroll(
      "train", "--compare", "--samples", "30", "--epochs", "2", "--hidden-size", "4",
      environment: ["COLUMNS": "80"])
    #expect(result.code == 0)
    #expect(result.out.contains("\n  notes' BPTT: the loss "))
    #expect(result.out.contains("\n    accuracy at the end "))
    #expect(Self.fits(result.out))
  }

  @Test func aProseLineStartingWithANumberStaysInItsParagraph() {
    let display = LessonDisplay(style: Style(isColoured: false, heat: .off), width: 80)
    let text = display.prose([
      "Note 001 trains the same network with Adam (learning rate 0.01) on batches of",
      "32. `--optimizer adam --batch 32` does that: gradients averaged over each batch,",
      "then one Adam step.",
    ])
    #expect(!text.contains("    then one Adam step."))
    #expect(text.contains("\nthen one Adam step.") || text.contains(" then one Adam step."))
    // A list that starts at 1 is still a list, and its next item too.
    let list = display.prose(["Two steps:", "1. first", "2. second"])
    #expect(list == "Two steps:\n1. first\n2. second\n")
  }

  @Test func theLessonsFooterIsWrapped() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    // About 60 columns of folder: the footer used to put it on a line of 130.
    let deep = folder.file("lessons")
    try FileManager.default.createDirectory(atPath: deep, withIntermediateDirectories: true)
    let lessons = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(
        "lessons/01-rnn-forward.md")
    try FileManager.default.copyItem(
      atPath: lessons.path, toPath: deep + "/01-rnn-forward.md")
    let result = unroll(
      ["lessons"],
      environment: ["UNROLL_LESSONS": deep, "COLUMNS": "80", "XDG_STATE_HOME": folder.path])
    #expect(result.code == 0)
    #expect(result.out.contains("Start or resume one with `unroll lesson N`."))
    #expect(result.out.contains(deep))
    #expect(Self.fits(result.out))
  }

  @Test func thePyTorchLayoutLinesOfATraceFit() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let notes = folder.file("w.json")
    let pt = folder.file("pt.json")
    #expect(
      unroll("trace", "--hidden-size", "3", "--steps", "2", "--format", "json", "-o", notes).code
        == 0)
    #expect(unroll("convert", "--to", "pytorch", notes, "-o", pt).code == 0)
    let trace = unroll("trace", "--weights", pt, environment: ["COLUMNS": "80"])
    #expect(trace.code == 0)
    let mapping = trace.out.split(separator: "\n").drop { !$0.hasPrefix("layout pytorch") }
      .prefix { !$0.isEmpty }
    #expect(mapping.count >= 4)
    #expect(
      mapping.joined(separator: "\n").contains(
        "  Wxh = rnn.weight_ih_l0, Whh = rnn.weight_hh_l0,\n"
          + "    bh = rnn.bias_ih_l0 + rnn.bias_hh_l0\n"))
    #expect(mapping.allSatisfy { TextWrap.columns(String($0)) <= 80 })
    // compare's lines, but its first: that names the file, whatever its length.
    let compare = unroll("compare", "--weights", pt, environment: ["COLUMNS": "80"])
    #expect(compare.out.contains("\n    Wxh = rnn.weight_ih_l0, Whh = rnn.weight_hh_l0,\n"))
    let rest = compare.out.split(separator: "\n").dropFirst()
    let wide = rest.filter { TextWrap.columns(String($0)) > 80 }
    #expect(wide.isEmpty, "\(wide)")
  }

  @Test func foldBreaksAtSpacesThenBetweenCharactersAndKeepsStyles() {
    let json = "    \"bh\": [0.19015295029190077, -1.5144592198433193e-05, 0.24430990068193972],"
    #expect(
      TextWrap.fold(json, width: 60)
        == "    \"bh\": [0.19015295029190077, -1.5144592198433193e-05,\n"
        + "      0.24430990068193972],")
    #expect(TextWrap.fold("short\n\nlines", width: 10) == "short\n\nlines")
    #expect(TextWrap.cut(String(repeating: "x", count: 25), width: 10).map(\.count) == [10, 10, 5])
    // A style takes no column and is never cut in two.
    let styled = "\u{1B}[1m" + String(repeating: "隐", count: 6) + "\u{1B}[0m"
    #expect(TextWrap.cut(styled, width: 8) == ["\u{1B}[1m隐隐隐隐", "隐隐\u{1B}[0m"])
  }

  @Test func aLongCommandLineIsShownAsAShellTakesIt() {
    let words = [
      "unroll", "train", "--weights", "lessons/data/rnn-exploding.json", "--samples",
      "200", "--epochs", "3", "--clip-norm", "1",
    ]
    let lines = TextWrap.shellLines(words, width: 60)
    #expect(
      lines == [
        "$ unroll train --weights lessons/data/rnn-exploding.json \\",
        "    --samples 200 --epochs 3 --clip-norm 1",
      ])
    #expect(TextWrap.shellLines(["unroll", "trace"], width: 60) == ["$ unroll trace"])
  }

  /// A lesson's `unroll` block at 80 columns: the command line, a note that names the
  /// weights file (as the lesson wrote it, not as the absolute path it ran with) and the
  /// JSON `convert` prints all fit.
  @Test func aLessonsCommandsAndTheirOutputFitEightyColumns() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    try FileManager.default.createDirectory(
      atPath: folder.file("data"), withIntermediateDirectories: true)
    #expect(
      unroll(
        "trace", "--hidden-size", "5", "--steps", "4", "--format", "json", "-o",
        folder.file("data/a-rather-long-weights-file-name.json")
      ).code == 0)
    _ = try folder.write(
      "01-wide.md",
      """
      ---
      title: Wide output
      model: rnn
      options: --seed 3
      minutes: 1
      ---

      # Wide output

      ## Commands

      ```unroll
      unroll train --weights lessons/data/a-rather-long-weights-file-name.json --samples 20 --epochs 1
      unroll convert --to pytorch lessons/data/a-rather-long-weights-file-name.json
      ```

      """)
    let run = unroll(
      ["lesson", "1"], environment: ["UNROLL_LESSONS": folder.path, "COLUMNS": "80"])
    #expect(run.code == 0, "\(run.err)")
    #expect(
      run.out.contains(
        "$ unroll train --weights lessons/data/a-rather-long-weights-file-name.json \\\n"
          + "    --samples 20 --epochs 1\n"))
    #expect(run.out.contains("note: lessons/data/a-rather-long-weights-file-name.json gives"))
    #expect(!run.out.contains(folder.path))
    #expect(run.out.contains("\"rnn.weight_ih_l0\": [["))
    let wide = run.out.split(separator: "\n").filter { TextWrap.columns(String($0)) > 80 }
    #expect(wide.isEmpty, "\(wide)")
  }

  /// `check` at 80 columns: the note's long line and NumPy's error broken at spaces (the
  /// error's words as NumPy wrote them), a template's long TODO comment continued as a
  /// comment, the statements not run and the note on `--bptt verbatim` wrapped.
  @Test func checkReportsFitEightyColumns() throws {
    let note = LessonFixture.repositoryLessons + "/data/check/notes-rnn.py"
    let notes = unroll("check", note, environment: ["COLUMNS": "80"])
    #expect(notes.code == 1)
    #expect(
      notes.out.contains(
        "error (line 60): ValueError: shapes (1,1) and (11,1) not aligned: 1 (dim 1) !=\n"
          + "  11 (dim 0)\n"))
    #expect(notes.out.contains("  > 60 |         dWhy = np.dot((self.y_pred - y_true) *\n"))
    #expect(Self.fits(notes.out), "\(notes.out)")
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let template = folder.file("mine.py")
    #expect(unroll("check", "--new", "lstm", template).code == 0)
    let mine = unroll("check", template, environment: ["COLUMNS": "80"])
    #expect(mine.code == 1)
    #expect(mine.out.contains("       |             # the logit, L the BCE of p\n"))
    #expect(Self.fits(mine.out), "\(mine.out)")
  }
}
