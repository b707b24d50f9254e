import Testing

@testable import UnrollCLI

/// The one word wrapper counts display columns: East Asian wide characters 2, combining
/// marks and ANSI styles 0.
@Suite struct TextWrapTests {
  @Test func columnsCountWideAsTwoAndMarksAsNone() {
    #expect(TextWrap.columns("h_t") == 3)
    #expect(TextWrap.columns("隐藏状态") == 8)  // four CJK ideographs
    #expect(TextWrap.columns("かくれ") == 6)  // hiragana
    #expect(TextWrap.columns("ＡＢ") == 4)  // fullwidth Latin
    #expect(TextWrap.columns("C\u{0303}_t") == 3)  // C̃_t: the tilde takes no column
    #expect(TextWrap.columns("\u{1B}[1mbold\u{1B}[0m") == 4)
    #expect(TextWrap.columns("σ(Wf · concat) ⊙ ᵀ") == 18)  // ambiguous width: one each
  }

  @Test func wrapBreaksChineseByColumnsNotCharacters() {
    // Ten two-column words of 2 characters: 4 columns each, 5 columns with the space.
    let text = Array(repeating: "隐藏", count: 10).joined(separator: " ")
    let lines = TextWrap.wrap(text, width: 20).split(separator: "\n")
    #expect(lines.count == 3)
    #expect(lines.allSatisfy { TextWrap.columns(String($0)) <= 20 })
    #expect(lines.first == "隐藏 隐藏 隐藏 隐藏")  // 19 columns; a fifth would make 24
  }

  @Test func prefixesCountAndAWordWiderThanTheWidthStandsAlone() {
    let lines = TextWrap.lines(
      ["alpha", "beta", "gammadeltaepsilon"], width: 12, first: "> ", rest: "  ")
    #expect(lines == ["> alpha beta", "  gammadeltaepsilon"])
    #expect(TextWrap.lines([String](), width: 10, first: "[") == ["["])
    #expect(TextWrap.wrap("", width: 10) == "")
  }
}
