import Foundation
import Testing

@testable import UnrollCLI

/// The notes are named by what they hold (the RNN note, the PyTorch note, the LSTM note)
/// and by their titles, never by file numbers a learner never saw.
@Suite struct NoteTitlesTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// `note 003`, `notes 000, 002`, `000/002/004` and the like, wherever they are.
  static func fileNumbers(in text: String) -> [String] {
    let pattern = try? NSRegularExpression(pattern: #"[Nn]otes? 00\d|00\d/00\d|00\d, 00\d"#)
    let range = NSRange(text.startIndex..., in: text)
    return (pattern?.matches(in: text, range: range) ?? []).compactMap {
      Range($0.range, in: text).map { String(text[$0]) }
    }
  }

  @Test func helpAndWelcomeNameTheNotesByTitle() {
    #expect(Self.fileNumbers(in: "the LSTM of note 003") == ["note 003"])
    var texts = [Unroll.welcome(), Unroll.overview()]
    texts += Command.all.map { Unroll.help(for: $0) }
    for text in texts { #expect(Self.fileNumbers(in: text) == []) }
    #expect(Unroll.welcome().contains("(\"Einfache RNN-Implementierung von Grund auf\""))
  }

  @Test func lessonsAndTheREADMENameTheNotesByTitle() throws {
    let lessons = Self.root.appendingPathComponent("lessons")
    let names = try FileManager.default.contentsOfDirectory(atPath: lessons.path)
      .filter { $0.hasSuffix(".md") }
    for name in names {
      let text = try String(contentsOf: lessons.appendingPathComponent(name), encoding: .utf8)
      #expect(Self.fileNumbers(in: text) == [], "\(name)")
    }
    let readme = try String(
      contentsOf: Self.root.appendingPathComponent("README.md"), encoding: .utf8)
    #expect(Self.fileNumbers(in: readme) == [])
    // The table of titles, each with its language, read from the seeds' own front matter.
    for (title, language) in [
      ("Einfache RNN-Implementierung von Grund auf", "German"),
      ("从零实现简单循环神经网络", "Chinese"), ("ゼロからの単純RNN実装", "Japanese"),
      ("Einfaches PyTorch-RNN-Beispiel", "German"),
      ("NumPy LSTM-Implementierung von Grund auf", "German"),
    ] {
      #expect(readme.contains("| \(title) ("), "\(title)")
      #expect(readme.contains(") | \(language) |"), "\(language)")
    }
  }
}
