import Foundation
import Testing

@testable import UnrollCLI

/// Lessons render Markdown fences as a box and `|---|` tables as aligned columns.
@Suite struct LessonRenderingTests {
  static let plain = LessonDisplay(style: Style(isColoured: false, heat: .off), width: 80)

  @Test func aFenceIsABoxWithItsLanguageOnTop() {
    let box = Self.plain.code(info: "python", lines: ["x = 1", "", "y = x + 2"])
    #expect(
      box == """
        ┌─ python ──
        │ x = 1
        │
        │ y = x + 2
        └───────────

        """)
    let bare = Self.plain.code(info: "", lines: ["rel = |a − n| / max(|a|, |n|, 1e-6)"])
    #expect(bare.hasPrefix("┌──"))
    #expect(bare.contains("\n│ rel = |a − n| / max(|a|, |n|, 1e-6)\n└──"))
    #expect(!bare.contains("```"))
  }

  @Test func aLongCodeLineBreaksBetweenTokensAndKeepsItsComment() {
    let line =
      "            dh = np.zeros_like(self.hs[0])  # TODO: dL/dh_t, all that reaches h_t"
    let box = Self.plain.code(info: "python", lines: [line])
    #expect(
      box.contains(
        "│             dh = np.zeros_like(self.hs[0])  # TODO: dL/dh_t, all that reaches\n"
          + "│                 # h_t\n"))
    #expect(box.split(separator: "\n").allSatisfy { TextWrap.columns(String($0)) <= 80 })
  }

  @Test func aTableIsAlignedWithARuleUnderItsHeader() {
    let text = Self.plain.prose([
      "The parameters:", "",
      "| PyTorch | shape | the notes |",
      "|---|---:|---|",
      "| `fc.weight` | `(1, hidden)` | `Why` |",
      "| `fc.bias` | `(1,)` | `by` |",
      "", "After it.",
    ])
    #expect(
      text == """
        The parameters:

          PyTorch              shape  the notes
          ─────────────────────────────────────
          `fc.weight`  `(1, hidden)`  `Why`
          `fc.bias`           `(1,)`  `by`

        After it.

        """)
  }

  @Test func aWideTableWrapsItsLastColumn() {
    let text = Self.plain.prose([
      "| name | rule | what it is |",
      "|---|---|---|",
      "| `dh_raw` | `dh ⊙ (1 − h_t²)` | ∂L/∂(the argument of tanh) at step t, which is what "
        + "every weight gradient of this step multiplies |",
    ])
    let lines = text.split(separator: "\n").map(String.init)
    #expect(lines.count == 5)
    #expect(lines[2].hasPrefix("  `dh_raw`  `dh ⊙ (1 − h_t²)`  ∂L/∂(the argument of tanh)"))
    #expect(lines[3].hasPrefix("                               "))
    #expect(lines.allSatisfy { TextWrap.columns($0) <= 80 })
  }

  @Test func lessonsThreeAndTenShowTheirTablesAligned() {
    let three = unroll(
      ["lesson", "3"], environment: ["COLUMNS": "80", "XDG_STATE_HOME": NSTemporaryDirectory()])
    #expect(!three.out.contains("|---|"))
    #expect(
      three.out.contains("\n  `dh`       `dh_next + (Whyᵀ · dy_pred if t = T)`  ∂L/∂h_t, in full\n")
    )
    let ten = unroll(
      ["lesson", "10"], environment: ["COLUMNS": "80", "XDG_STATE_HOME": NSTemporaryDirectory()])
    #expect(!ten.out.contains("|---|"))
    #expect(!ten.out.contains("\n```"))
  }
}
