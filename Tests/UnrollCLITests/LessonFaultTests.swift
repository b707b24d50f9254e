import Foundation
import Testing

@testable import UnrollCLI

/// Issue 12, lessons: two lesson processes keep each other's progress, and a state folder
/// that cannot be written says one true thing.
@Suite struct LessonFaultTests {
  @Test func twoStoresWithStaleCopiesKeepEachOthersProgress() throws {
    let state = try TemporaryFolder()
    defer { state.remove() }
    let first = ProgressStore(folder: state.path)
    let second = ProgressStore(folder: state.path)
    // Each loaded the file when it was empty, as two lessons started at once would.
    try first.save("01-a", LessonProgress.Entry(step: 2, steps: 9, isDone: false))
    try second.save("02-b", LessonProgress.Entry(step: 1, steps: 4, isDone: false))
    try first.save("01-a", LessonProgress.Entry(step: 3, steps: 9, isDone: false))
    let saved = first.load().progress.lessons
    #expect(saved["01-a"] == LessonProgress.Entry(step: 3, steps: 9, isDone: false))
    #expect(saved["02-b"] == LessonProgress.Entry(step: 1, steps: 4, isDone: false))
    // A lesson once finished stays finished when a stale copy saves it again.
    try first.save("02-b", LessonProgress.Entry(step: 4, steps: 4, isDone: true))
    try second.save("02-b", LessonProgress.Entry(step: 2, steps: 4, isDone: false))
    #expect(first.load().progress.lessons["02-b"]?.isDone == true)
    #expect(try state.contents() == ["progress.json"])
  }

  @Test func savesFromManyThreadsAtOnceLoseNothing() async throws {
    let state = try TemporaryFolder()
    defer { state.remove() }
    let folder = state.path
    await withTaskGroup(of: Void.self) { group in
      for lesson in 0..<8 {
        group.addTask {
          let store = ProgressStore(folder: folder)
          for step in 1...10 {
            try? store.save(
              "lesson-\(lesson)", LessonProgress.Entry(step: step, steps: 10, isDone: false))
          }
        }
      }
    }
    let saved = ProgressStore(folder: folder).load().progress.lessons
    #expect(saved.count == 8)
    #expect(saved.values.allSatisfy { $0.step == 10 })
  }

  @Test func anUnwritableStateFolderSaysProgressIsNotSavedAndNothingElse() throws {
    let state = try TemporaryFolder()
    defer { state.remove() }
    // A file where the state folder should be: no one, root included, can create it.
    let blocker = try state.write("blocker", "")
    let result = unroll(
      ["lesson", "1"], input: ["", ":quit"],
      environment: LessonFixture.environment(state: blocker), isTTY: true)
    #expect(result.code == 0)
    #expect(
      result.err
        == "unroll: progress not saved: cannot write \(blocker)/unroll/progress.json: the folder "
        + "\(blocker)/unroll could not be created\n")
    #expect(!result.out.contains("Saved at step"))
    #expect(result.out.contains("You left at step 1 of 4; it was not saved (see above)"))
  }

  @Test func noStateFolderAtAllIsSaidToo() {
    let result = unroll(
      ["lesson", "1"], input: [":quit"],
      environment: ["UNROLL_LESSONS": LessonFixture.good, "NO_COLOR": "1"], isTTY: true)
    #expect(result.code == 0)
    #expect(
      result.err == "unroll: progress not saved: neither XDG_STATE_HOME nor HOME is set\n")
    #expect(!result.out.contains("Saved at step"))
  }
}
