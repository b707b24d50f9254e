import UnrollKit

/// One lesson file, parsed: its header, the prose before the first step, and its steps.
///
/// lessons/README.md is the format's specification; `LessonParser` reads it.
public struct Lesson: Sendable, Equatable {
  /// The file's name without `.md`: `01-rnn-forward`.
  public var id: String
  /// The path it was read from, as messages show it.
  public var path: String
  /// The header between the `---` lines.
  public var header: LessonHeader
  /// What comes before the first `##` heading: the `#` title and the introduction.
  public var intro: [LessonBlock]
  /// The `##` sections, in order.
  public var steps: [LessonStep]

  /// The lesson's number, from its file name (`01-…` is 1).
  public var number: Int { Int(id.prefix { $0.isNumber }) ?? 0 }

  /// The part of the file name after the number: `rnn-forward`.
  public var slug: String { String(id.drop { $0.isNumber }.dropFirst()) }

  /// One problem per exercise that lacks any of the three graded hints (`idea:`,
  /// `formula:`, `numbers:`), at its opening line; `unroll lessons --check` reports them.
  public var hintProblems: [LessonProblem] {
    exercises.compactMap { exercise in
      let missing = Hint.Grade.allCases.filter { grade in
        !exercise.hints.contains { $0.grade == grade }
      }
      guard !missing.isEmpty else { return nil }
      return LessonProblem(
        path, exercise.line,
        "this exercise has no " + missing.map { "`\($0.rawValue):`" }.joined(separator: ", ")
          + "; expected three graded hints, `idea:`, `formula:` and `numbers:`")
    }
  }

  /// Every exercise, in order.
  public var exercises: [Exercise] {
    (intro + steps.flatMap(\.blocks)).compactMap {
      if case .exercise(let exercise) = $0.kind { return exercise }
      return nil
    }
  }
}

/// The header of a lesson: what to run it on, and what the list shows.
public struct LessonHeader: Sendable, Equatable {
  /// `title:`, as `unroll lessons` lists it.
  public var title: String
  /// `model:`, the model the session records.
  public var model: ModelKind
  /// `options:`, model options as `unroll repl` takes them (`--seed 0 --steps 4`).
  public var options: [String]
  /// `minutes:`, how long the lesson takes.
  public var minutes: Int
  /// The line of `options:` (or of the header's start), for messages.
  public var optionsLine: Int
}

/// One `##` section: a heading, and the prose and blocks under it.
public struct LessonStep: Sendable, Equatable {
  /// The heading's text, without the `##`.
  public var title: String
  /// The heading's line in the file.
  public var line: Int
  /// What the step holds, in order.
  public var blocks: [LessonBlock]
}

/// A piece of a step, with the line where it starts.
public struct LessonBlock: Sendable, Equatable {
  /// What it is.
  public enum Kind: Sendable, Equatable {
    /// Markdown lines shown as prose (headings `###` and deeper included).
    case prose([String])
    /// A fenced block the runner does not run, shown as it is: its info string and lines.
    case code(info: String, lines: [String])
    /// A `repl` block: REPL commands, one per line, each with its line number.
    case repl([(line: Int, text: String)])
    /// An `unroll` block: whole command lines, each with its line number.
    case unroll([(line: Int, text: String)])
    /// An `exercise` block.
    case exercise(Exercise)

    public static func == (a: Kind, b: Kind) -> Bool {
      switch (a, b) {
      case (.prose(let x), .prose(let y)): return x == y
      case (.code(let i, let x), .code(let j, let y)): return i == j && x == y
      case (.repl(let x), .repl(let y)), (.unroll(let x), .unroll(let y)):
        return x.map(\.line) == y.map(\.line) && x.map(\.text) == y.map(\.text)
      case (.exercise(let x), .exercise(let y)): return x == y
      default: return false
      }
    }
  }

  /// What it is.
  public var kind: Kind
  /// Its first line in the file (a fence's opening line).
  public var line: Int

  /// Whether running it changes the lesson's session (only `repl` blocks do).
  var movesSession: Bool {
    if case .repl = kind { return true }
    return false
  }
}

/// A question whose answer the engine computes at the lesson's position.
public struct Exercise: Sendable, Equatable {
  /// The `ask:` text.
  public var question: String
  /// What `answer:` asks for.
  public var answer: AnswerSpec
  /// The hints, in the order they are offered, one per `:hint`: at most three, the idea,
  /// the formula and the numbers.
  public var hints: [Hint]
  /// The `after:` lines: REPL commands (`step`, `next`) run on a copy of the session
  /// before the answer is computed, so that a lesson can ask about a value before it
  /// shows it.
  ///
  /// The lesson's own session does not move.
  public var after: [String] = []
  /// The opening fence's line.
  public var line: Int
  /// The `answer:` line.
  public var answerLine: Int
}

/// One of an exercise's graded hints: what it points to, and its text.
///
/// A lesson writes them as `idea:`, `formula:` and `numbers:` lines (offered in that order),
/// or, as lessons did before, as `hint:` lines (offered in the file's order).
public struct Hint: Sendable, Equatable {
  /// What a hint points to.
  public enum Grade: String, Sendable, CaseIterable {
    /// The idea: what to think about.
    case idea
    /// The formula or rule that gives the answer.
    case formula
    /// The numbers to put in it, or where on screen they are.
    case numbers
  }

  /// What it points to; nil for a `hint:` line.
  public var grade: Grade?
  /// The text, Markdown inline.
  public var text: String

  /// A hint of `grade` (nil for a plain `hint:`).
  public init(_ grade: Grade?, _ text: String) {
    self.grade = grade
    self.text = text
  }
}

/// What an exercise's `answer:` line asks for.
public enum AnswerSpec: Sendable, Equatable {
  /// `shape NAME`: the value's shape.
  case shape(NameRef)
  /// `value NAME`, `value NAME[i]` or `value NAME[i, j]`: one number.
  case value(NameRef, index: [Int])
  /// `norm NAME`: the Euclidean (Frobenius) norm.
  case norm(NameRef)
  /// `sign NAME` or `sign NAME[i]`: whether one number is positive or negative.
  case sign(NameRef, index: [Int])
  /// `vector NAME`: every entry of a value, typed in order.
  case vector(NameRef)
  /// `choice A | B | C = EXPR`: the name whose EXPR is largest (or smallest).
  case choice([NameRef], Reduction, largest: Bool)
}

/// A name as the REPL's `print` takes it: `h_t`, or `h_t@3` for timestep 3.
public struct NameRef: Sendable, Equatable, CustomStringConvertible {
  /// The name.
  public var name: String
  /// The timestep, when given.
  public var t: Int?

  /// `h_t` or `h_t@3`.
  public var description: String { name + (t.map { "@\($0)" } ?? "") }
}

/// A number computed from a value, for `choice … = EXPR`.
public enum Reduction: String, Sendable, CaseIterable {
  /// The mean of the entries.
  case mean
  /// The mean of the entries' magnitudes.
  case meanabs
  /// The largest entry.
  case max
  /// The smallest entry.
  case min
  /// The largest magnitude.
  case maxabs
  /// The Euclidean norm.
  case norm
  /// The entry of a (1, 1) value.
  case value

  /// The number for `matrix`; nil for `value` of anything but one entry, or no entries.
  func apply(_ matrix: Matrix) -> Double? {
    let xs = matrix.scalars
    guard !xs.isEmpty else { return nil }
    switch self {
    case .mean: return xs.reduce(0, +) / Double(xs.count)
    case .meanabs: return xs.reduce(0) { $0 + Swift.abs($1) } / Double(xs.count)
    case .max: return xs.max()
    case .min: return xs.min()
    case .maxabs: return xs.map { Swift.abs($0) }.max()
    case .norm: return xs.reduce(0) { $0 + $1 * $1 }.squareRoot()
    case .value: return xs.count == 1 ? xs[0] : nil
    }
  }
}

/// A problem in a lesson file or in running it: where, and what was expected.
public struct LessonProblem: Error, Sendable, Equatable, CustomStringConvertible {
  /// The file, as given.
  public var path: String
  /// The line, 1-based.
  public var line: Int
  /// What is wrong, and what was expected.
  public var message: String

  /// A problem at `path:line`.
  public init(_ path: String, _ line: Int, _ message: String) {
    self.path = path
    self.line = line
    self.message = message
  }

  /// `lessons/01-x.md:12: expected …`.
  public var description: String { "\(path):\(line): \(message)" }
}
