/// Whether a translated lesson is the English lesson in other words.
///
/// The same header
/// (model, options, minutes), the same steps, and the same blocks in the same order, with
/// every `repl` and `unroll` command and every exercise's answer and `after:` lines as the
/// English has them. Prose, titles, questions and hints are the translation's own.
///
/// Since the commands and answers are the English ones, a translation that has the same
/// structure computes the same numbers: `lessons --check --lang X` checks the structure and
/// then runs the translation as it runs the English.
enum LessonTranslation {
  /// What differs between `translation` and `english`, each at the translation's line;
  /// empty when the structure is the same.
  static func problems(_ translation: Lesson, english: Lesson) -> [LessonProblem] {
    let path = translation.path
    var problems: [LessonProblem] = []
    let (a, b) = (english.header, translation.header)
    if a.model != b.model || a.options != b.options || a.minutes != b.minutes {
      problems.append(
        LessonProblem(
          path, 1,
          "the header's model, options and minutes must be the English lesson's "
            + "(\(a.model.rawValue), \(a.options.joined(separator: " ")), \(a.minutes)); found "
            + "(\(b.model.rawValue), \(b.options.joined(separator: " ")), \(b.minutes))"))
    }
    if english.steps.count != translation.steps.count {
      problems.append(
        LessonProblem(
          path, translation.steps.last?.line ?? 1,
          "the English lesson has \(english.steps.count) steps; found "
            + "\(translation.steps.count)"))
      return problems
    }
    let parts =
      [(english.intro, translation.intro, 1)]
      + zip(english.steps, translation.steps).map { ($0.blocks, $1.blocks, $1.line) }
    for (englishBlocks, translatedBlocks, line) in parts {
      let expected = englishBlocks.compactMap(shape)
      let found = translatedBlocks.compactMap(shape)
      guard expected != found else { continue }
      // The first block that differs, at its line.
      let translated = translatedBlocks.filter { shape($0) != nil }
      let k =
        (0..<min(expected.count, found.count)).first { expected[$0] != found[$0] }
        ?? min(expected.count, found.count)
      let at = k < translated.count ? translated[k].line : line
      let want = k < expected.count ? expected[k] : "no more blocks"
      let got = k < found.count ? found[k] : "no more blocks"
      problems.append(
        LessonProblem(path, at, "expected the English lesson's \(want); found \(got)"))
    }
    return problems
  }

  /// What of `block` a translation must keep, as one line to compare and to report;
  /// nil for prose, which is the translation's own.
  static func shape(_ block: LessonBlock) -> String? {
    switch block.kind {
    case .prose: return nil
    case .code(let info, _): return "```\(info) block"
    case .repl(let commands):
      let kept = commands.map(\.text).filter { !$0.hasPrefix("#") }
      return "repl block [" + kept.joined(separator: "; ") + "]"
    case .unroll(let commands):
      return "unroll block [" + commands.map(\.text).joined(separator: "; ") + "]"
    case .exercise(let exercise):
      return "exercise [answer: \(exercise.answer)"
        + exercise.after.map { "; after: " + $0 }.joined() + "]"
    }
  }
}
