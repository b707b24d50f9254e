import Foundation
import UnrollKit
import UnrollPython

/// An exercise's answer as the engine computed it at the lesson's position.
struct ExpectedAnswer: Equatable {
  /// What kind of answer it is, with the computed value.
  enum Kind: Equatable {
    /// A shape, typed as `(32, 1)`, `32, 1` or `32x1`.
    case shape(Shape)
    /// A number, within 0.1 %, or 5e-4 but never more than 2 % (see `isClose`).
    case number(Double)
    /// Whether a number is positive (true) or negative, typed as `+`, `-`, `positive`, ….
    case sign(isPositive: Bool, value: Double)
    /// Every entry of a value, in order, each judged as a number.
    case vector([Double])
    /// One of `words`, the right one `answer`; `scores` says why, in the words' order.
    case choice(answer: String, words: [String], scores: [Double], reduction: Reduction)
  }

  /// What kind, with the value.
  let kind: Kind

  /// How far a typed number may be from the engine's: 5e-4 absolute (half the last of
  /// the four decimals it is shown with), as long as that is within 2 % of it.
  static let absoluteTolerance = 5e-4
  /// A typed number within 0.1 % is always close enough (a large value, typed rounded).
  static let relativeTolerance = 1e-3
  /// The most a typed number may be off relative to the engine's: 2 %, two significant
  /// figures, for a small value (0.0037 is not 0.0032, though it is within 5e-4).
  static let smallRelativeTolerance = 2e-2

  /// Whether `value` is close enough to `expected`: within 0.1 % of it, or within 5e-4 and
  /// 2 % of it.
  ///
  /// An answer of exactly 0 takes anything within 5e-4.
  static func isClose(_ value: Double, to expected: Double) -> Bool {
    let difference = Swift.abs(value - expected)
    let magnitude = Swift.abs(expected)
    if magnitude == 0 { return difference <= absoluteTolerance }
    return difference <= relativeTolerance * magnitude
      || difference <= Swift.min(absoluteTolerance, smallRelativeTolerance * magnitude)
  }

  /// The answer as the learner would type it: `(32, 1)`, `-0.1234`, `o_t`.
  var text: String { text(in: .en) }

  /// The answer as a learner of `language` would type it: a sign in its words (`positiv`).
  func text(in language: Language) -> String {
    switch kind {
    case .shape(let shape): return "\(shape)"
    case .number(let x): return ExpectedAnswer.number(x)
    case .sign(let isPositive, _):
      return Catalogue.text(isPositive ? "answer.positive" : "answer.negative", in: language)
    case .vector(let xs): return "[" + xs.map(ExpectedAnswer.number).joined(separator: ", ") + "]"
    case .choice(let answer, _, _, _): return answer
    }
  }

  /// Why, when there is more to say: `mean f_t 0.5012, i_t 0.4988, o_t 0.5523`.
  var reason: String? { reason(in: .en) }

  /// Why, in `language`'s words where there are any (the expression's name stays).
  func reason(in language: Language) -> String? {
    if case .sign(_, let value) = kind {
      return Catalogue.text("answer.valueIs", in: language, ["value": ExpectedAnswer.number(value)])
    }
    guard case .choice(_, let words, let scores, let reduction) = kind else { return nil }
    let pairs = zip(words, scores).map { "\($0) \(ExpectedAnswer.number($1))" }
    return "\(reduction.rawValue): " + pairs.joined(separator: ", ")
  }

  /// `0.1234`, or `1.2346e-05` when four decimals would hide it.
  static func number(_ x: Double) -> String {
    guard x.isFinite else { return "\(x)" }
    let magnitude = Swift.abs(x)
    if magnitude != 0, magnitude < 1e-3 || magnitude >= 1e6 {
      return String(format: "%.4e", x)
    }
    return String(format: "%.4f", x)
  }

  /// What a typed answer is: right, wrong, or not an answer of this kind at all.
  enum Verdict: Equatable {
    /// Right.
    case right
    /// An answer of the right kind, but not the one.
    case wrong
    /// Not an answer of this kind; the message says what would be.
    case unreadable(String)
  }

  /// Checks `input`, read generously: `(32, 1)`, `32,1`, `32x1`, `-0.12`, `1e-3`, `−0.5`,
  /// as a learner of any language types it (full-width digits, `，`, `positiv`, `負`); what
  /// is said about input that is not an answer is in `language`.
  func check(_ input: String, in language: Language = .en) -> Verdict {
    let text = ExpectedAnswer.normalised(input)
    let say = { (key: String, values: [String: String]) -> Verdict in
      .unreadable(Catalogue.text(key, in: language, values))
    }
    switch kind {
    case .shape(let shape):
      let numbers = ExpectedAnswer.integers(in: text)
      guard let numbers, !numbers.isEmpty else { return say("answer.shape", [:]) }
      guard numbers.count == 2 else {
        return numbers.count == 1 ? say("answer.shapeOne", ["n": "\(numbers[0])"]) : .wrong
      }
      return numbers == [shape.rows, shape.cols] ? .right : .wrong
    case .number(let expected):
      guard let value = ExpectedAnswer.parseNumber(text) ?? ExpectedAnswer.evaluate(text)
      else { return say("answer.number", [:]) }
      return ExpectedAnswer.isClose(value, to: expected) ? .right : .wrong
    case .sign(let isPositive, _):
      let typed = text.lowercased()
      if ExpectedAnswer.positiveWords.contains(typed) { return isPositive ? .right : .wrong }
      if ExpectedAnswer.negativeWords.contains(typed) { return isPositive ? .wrong : .right }
      return say("answer.sign", [:])
    case .vector(let expected):
      guard let values = ExpectedAnswer.numbers(in: text, count: expected.count) else {
        return say("answer.vector", ["count": "\(expected.count)"])
      }
      guard values.count == expected.count else {
        let typed = Catalogue.text(
          values.count == 1 ? "answer.numbers.one" : "answer.numbers.many", in: language,
          ["n": "\(values.count)"])
        return say("answer.vectorCount", ["typed": typed, "count": "\(expected.count)"])
      }
      return zip(values, expected).allSatisfy { ExpectedAnswer.isClose($0, to: $1) }
        ? .right : .wrong
    case .choice(let answer, let words, _, _):
      let typed = text.trimmingCharacters(in: CharacterSet(charactersIn: "`'\" ."))
      guard let word = words.first(where: { $0.lowercased() == typed.lowercased() }) else {
        return say("answer.choice", ["words": words.joined(separator: ", ")])
      }
      return word == answer ? .right : .wrong
    }
  }

  /// The whole numbers in a shape typed as `(32, 1)`, `32,1`, `32x1`, `32 by 1`, `[32 1]`;
  /// nil when something else is in it.
  static func integers(in text: String) -> [Int]? {
    var cleaned = text.lowercased()
    for word in ["shape", "by", "×", "x", "(", ")", "[", "]", ",", "*"] {
      cleaned = cleaned.replacingOccurrences(of: word, with: " ")
    }
    let words = cleaned.split(separator: " ")
    let numbers = words.compactMap { Int($0) }
    return numbers.count == words.count ? numbers : nil
  }

  /// The words that say a sign, in every language the course speaks: a learner may type
  /// their own whatever `--lang` says.
  static let positiveWords: Set<String> = [
    "+", "positive", "pos", "plus", "> 0", ">0", "up", "positiv", "正", "正数", "正的", "正值",
    "プラス", "正の値", "正の数",
  ]
  /// The negative counterparts of `positiveWords`.
  static let negativeWords: Set<String> = [
    "-", "negative", "neg", "minus", "< 0", "<0", "down", "negativ", "负", "负数", "负的", "负值",
    "負", "マイナス", "負の値", "負の数",
  ]

  /// `input` as ASCII where a CJK keyboard types wide forms: full-width digits, letters and
  /// signs (`０．５`, `－`) as ASCII, `，` and `、` as commas, `；` as `;`, the ideographic space
  /// as a space, a Unicode minus as `-`; a closing `。` or `.` dropped; trimmed.
  static func normalised(_ input: String) -> String {
    var scalars = String.UnicodeScalarView()
    for scalar in input.unicodeScalars {
      switch scalar.value {
      case 0xFF01...0xFF5E:
        scalars.append(Unicode.Scalar(scalar.value - 0xFEE0) ?? scalar)
      case 0x3000: scalars.append(" ")
      case 0x3001: scalars.append(",")
      case 0x2212: scalars.append("-")
      default: scalars.append(scalar)
      }
    }
    var text = String(scalars).trimmingWhitespace
    while text.hasSuffix("。") { text = String(text.dropLast()).trimmingWhitespace }
    return text
  }

  /// The numbers of a vector of `count` entries typed as `[0.1, -0.2]`, `0.1 -0.2`,
  /// `(0.1; −0.2)`, or with decimal commas as `0,1; -0,2` or `0,1 -0,2`; nil when something
  /// in it is not a number.
  ///
  /// Commas are separators first; only when that reading does not give `count` numbers
  /// and the one with decimal commas does is a comma taken for a decimal comma.
  static func numbers(in text: String, count: Int) -> [Double]? {
    let separated = numbers(in: text)
    if separated?.count == count { return separated }
    var cleaned = text
    for mark in ["[", "]", "(", ")", ";", "ᵀ"] {
      cleaned = cleaned.replacingOccurrences(of: mark, with: " ")
    }
    let words = cleaned.split(whereSeparator: { $0.isWhitespace }).map(String.init)
    let values = words.compactMap { parseNumber($0) }
    if !words.isEmpty, values.count == words.count, values.count == count { return values }
    return separated
  }

  /// The numbers of a vector typed as `[0.1, -0.2]`, `0.1 -0.2`, `(0.1; −0.2)`; nil when
  /// something in it is not a number (commas separate entries here).
  static func numbers(in text: String) -> [Double]? {
    var cleaned = text
    for mark in ["[", "]", "(", ")", ",", ";", "ᵀ"] {
      cleaned = cleaned.replacingOccurrences(of: mark, with: " ")
    }
    let words = cleaned.split(whereSeparator: { $0.isWhitespace }).map(String.init)
    let values = words.compactMap { parseNumber($0) }
    return !words.isEmpty && values.count == words.count ? values : nil
  }

  /// A number typed generously: `-0.12`, `1e-3`, `.5`, `−0.5` (a Unicode minus), `+2`,
  /// `0,2818` (a decimal comma: one comma, between digits, and no point).
  static func parseNumber(_ text: String) -> Double? {
    var cleaned = text.replacingOccurrences(of: "−", with: "-")
      .replacingOccurrences(of: " ", with: "")
      .replacingOccurrences(of: "×10^", with: "e")
    if cleaned.filter({ $0 == "," }).count == 1, !cleaned.contains("."),
      let comma = cleaned.firstIndex(of: ","), comma != cleaned.startIndex,
      cleaned[cleaned.index(before: comma)].isNumber,
      cleaned.index(after: comma) < cleaned.endIndex,
      cleaned[cleaned.index(after: comma)].isNumber
    {
      cleaned.replaceSubrange(comma...comma, with: ".")
    }
    if cleaned.hasPrefix("+") { cleaned.removeFirst() }
    if cleaned.hasPrefix(".") { cleaned = "0" + cleaned }
    if cleaned.hasPrefix("-.") { cleaned = "-0" + cleaned.dropFirst() }
    guard let value = Double(cleaned), value.isFinite else { return nil }
    return value
  }
}

extension ExpectedAnswer {
  /// The functions an answer may use: `1/(1+exp(-0.136))`, `tanh(0.5)`, `sqrt(1/8)`.
  static let answerFunctions: [String: @Sendable (Double) -> Double] = [
    "exp": { Foundation.exp($0) }, "log": { Foundation.log($0) },
    "sqrt": { $0.squareRoot() }, "tanh": { Foundation.tanh($0) },
    "sigmoid": { 1 / (1 + Foundation.exp(-$0)) }, "abs": { Swift.abs($0) },
  ]

  /// The longest expression an answer may be.
  static let longestExpression = 200

  /// The number an arithmetic expression typed as an answer gives, evaluated by the
  /// Python subset (`PythonInterpreter.evaluate`); nil for anything else.
  ///
  /// Only numbers, `+ - * / ** ( )`, a decimal point and the names of `answerFunctions`
  /// may appear, so an answer cannot build a list or call NumPy, and a REPL command
  /// (`print h_t`, `n`) is never taken for one.
  static func evaluate(_ text: String) -> Double? {
    let expression = text.replacingOccurrences(of: "−", with: "-")
      .replacingOccurrences(of: "·", with: "*").replacingOccurrences(of: "×", with: "*")
    guard !expression.isEmpty, expression.count <= longestExpression,
      let words = identifiers(in: expression),
      words.allSatisfy({ answerFunctions[$0] != nil }),
      expression.allSatisfy({
        $0.isASCII && ($0.isLetter || $0.isNumber || "+-*/(). ".contains($0))
      })
    else { return nil }
    var names: [String: PyValue] = [:]
    for (name, function) in answerFunctions {
      names[name] = .builtinFunction(name) { arguments throws(PythonError) in
        guard arguments.count == 1, let array = arguments[0].arrayValue, array.size == 1,
          let x = array.scalars.first
        else {
          throw PythonError(kind: "TypeError", message: "\(name)() takes one number")
        }
        return .float(function(x))
      }
    }
    guard let value = try? PythonInterpreter.evaluate(expression: expression, names: names),
      let array = value.arrayValue, array.size == 1, let number = array.scalars.first,
      number.isFinite
    else { return nil }
    return number
  }

  /// The names in `expression` (`exp` in `1/(1+exp(-2e-3))`; the `e` of `2e-3` is part of
  /// a number), or nil when a name is joined to a number (`2exp`).
  static func identifiers(in expression: String) -> [String]? {
    var words: [String] = []
    var index = expression.startIndex
    while index < expression.endIndex {
      let character = expression[index]
      if character.isNumber || character == "." {
        // A number, with its exponent: 12.5, 1e-3, 2E+4.
        var end =
          expression[index...].firstIndex { !($0.isNumber || $0 == ".") }
          ?? expression.endIndex
        if end < expression.endIndex, expression[end] == "e" || expression[end] == "E" {
          var next = expression.index(after: end)
          if next < expression.endIndex, expression[next] == "-" || expression[next] == "+" {
            next = expression.index(after: next)
          }
          end = expression[next...].firstIndex { !$0.isNumber } ?? expression.endIndex
        }
        if end < expression.endIndex, expression[end].isLetter { return nil }
        index = end
      } else if character.isLetter || character == "_" {
        let end =
          expression[index...].firstIndex { !($0.isLetter || $0.isNumber || $0 == "_") }
          ?? expression.endIndex
        words.append(String(expression[index..<end]))
        index = end
      } else {
        index = expression.index(after: index)
      }
    }
    return words
  }
}

extension ReplSession {
  /// The answer to `spec` at the current position, or why there is none.
  func expectedAnswer(_ spec: AnswerSpec) -> Result<ExpectedAnswer, Refusal> {
    func value(_ ref: NameRef) -> Result<Matrix, Refusal> {
      resolve(ref.name, t: ref.t).map(\.value)
    }
    func entry(_ ref: NameRef, _ index: [Int]) -> Result<Double, Refusal> {
      value(ref).flatMap { matrix in
        let entry: Double?
        switch index.count {
        case 0: entry = matrix.scalar
        case 1:
          let i = index[0]
          entry = i < matrix.count ? matrix.scalars[i] : nil
        default: entry = matrix.entry(index[0], index[1])
        }
        guard let entry else {
          let indexText =
            index.isEmpty ? "" : "[" + index.map(String.init).joined(separator: ", ") + "]"
          return .failure(
            Refusal(
              text: index.isEmpty
                ? "\(ref) is \(matrix.shape), not one number; ask for `value \(ref)[i]`"
                : "\(ref)\(indexText) is outside \(ref), whose shape is \(matrix.shape) "
                  + "(indices count from 0)"))
        }
        return .success(entry)
      }
    }
    switch spec {
    case .shape(let ref):
      return value(ref).map { ExpectedAnswer(kind: .shape($0.shape)) }
    case .norm(let ref):
      return value(ref).map { ExpectedAnswer(kind: .number(Reduction.norm.apply($0) ?? 0)) }
    case .sign(let ref, let index):
      return entry(ref, index).flatMap { x in
        guard x != 0 else {
          return .failure(Refusal(text: "\(ref) is exactly 0, which has no sign"))
        }
        return .success(ExpectedAnswer(kind: .sign(isPositive: x > 0, value: x)))
      }
    case .vector(let ref):
      return value(ref).map { ExpectedAnswer(kind: .vector($0.scalars)) }
    case .value(let ref, let index):
      return entry(ref, index).map { ExpectedAnswer(kind: .number($0)) }
    case .choice(let refs, let reduction, let largest):
      var scores: [Double] = []
      for ref in refs {
        switch value(ref) {
        case .failure(let refusal): return .failure(refusal)
        case .success(let matrix):
          guard let score = reduction.apply(matrix) else {
            return .failure(
              Refusal(
                text: "\(reduction.rawValue) of \(ref) (shape \(matrix.shape)) is not one number"))
          }
          scores.append(score)
        }
      }
      let order = scores.indices.sorted {
        largest ? scores[$0] > scores[$1] : scores[$0] < scores[$1]
      }
      guard let best = order.first else { return .failure(Refusal(text: "no choices")) }
      if order.count > 1, scores[order[0]] == scores[order[1]] {
        return .failure(
          Refusal(
            text: "\(refs[order[0]]) and \(refs[order[1]]) tie on \(reduction.rawValue); the "
              + "exercise has no single answer"))
      }
      return .success(
        ExpectedAnswer(
          kind: .choice(
            answer: refs[best].description, words: refs.map(\.description), scores: scores,
            reduction: reduction)))
    }
  }
}
