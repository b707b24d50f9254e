/// Reading an exercise's `answer:` line (lessons/README.md lists the forms).
extension AnswerSpec {
  /// Parses the text after `answer:`.
  static func parse(_ text: String, path: String, line: Int) throws(LessonProblem) -> AnswerSpec {
    let expected =
      "expected `shape NAME`, `value NAME`, `value NAME[i]`, `norm NAME`, `sign NAME[i]`, "
      + "`vector NAME` or `choice A | B | C = EXPR`"
    let kind = String(text.prefix { !$0.isWhitespace })
    let rest = String(text.dropFirst(kind.count)).trimmingWhitespace
    func name(_ word: String) throws(LessonProblem) -> NameRef {
      guard let ref = NameRef(parsing: word) else {
        throw LessonProblem(
          path, line,
          "expected a value's name such as `h_t` or `h_t@3`, got \(LessonParser.quoted(word))")
      }
      return ref
    }
    func indexed(_ rest: String) throws(LessonProblem) -> (NameRef, [Int]) {
      guard let bracket = rest.firstIndex(of: "[") else { return (try name(rest), []) }
      let ref = try name(String(rest[..<bracket]).trimmingWhitespace)
      let inside = rest[rest.index(after: bracket)...]
      guard inside.hasSuffix("]") else {
        throw LessonProblem(
          path, line, "expected `]` to close the index in \(LessonParser.quoted(rest))")
      }
      let parts = inside.dropLast().split(separator: ",").map { String($0).trimmingWhitespace }
      let numbers = parts.compactMap { Int($0) }
      guard !parts.isEmpty, parts.count <= 2, numbers.count == parts.count,
        numbers.allSatisfy({ $0 >= 0 })
      else {
        throw LessonProblem(
          path, line,
          "expected an index `[i]` or `[i, j]` counted from 0, got \(LessonParser.quoted(rest))")
      }
      return (ref, numbers)
    }
    switch kind {
    case "shape": return .shape(try name(rest))
    case "norm": return .norm(try name(rest))
    case "vector": return .vector(try name(rest))
    case "value", "sign":
      let (ref, index) = try indexed(rest)
      return kind == "sign" ? .sign(ref, index: index) : .value(ref, index: index)
    case "choice":
      guard let equals = rest.firstIndex(of: "=") else {
        throw LessonProblem(
          path, line,
          "expected `= EXPR` after the choices, as in `choice f_t | i_t = mean`; EXPR is "
            + Reduction.allCases.map(\.rawValue).joined(separator: ", "))
      }
      let words = rest[..<equals].split(separator: "|").map { String($0).trimmingWhitespace }
      guard words.count >= 2 else {
        throw LessonProblem(path, line, "expected two or more choices separated by `|`")
      }
      var refs: [NameRef] = []
      for word in words { refs.append(try name(word)) }
      var expression = String(rest[rest.index(after: equals)...]).trimmingWhitespace
      var largest = true
      for (prefix, isLargest) in [("largest ", true), ("smallest ", false)]
      where expression.hasPrefix(prefix) {
        largest = isLargest
        expression = String(expression.dropFirst(prefix.count)).trimmingWhitespace
      }
      guard let reduction = Reduction(rawValue: expression) else {
        throw LessonProblem(
          path, line,
          "unknown EXPR \(LessonParser.quoted(expression)); expected one of "
            + Reduction.allCases.map(\.rawValue).joined(separator: ", ")
            + ", optionally after `largest` or `smallest`")
      }
      return .choice(refs, reduction, largest: largest)
    default:
      throw LessonProblem(path, line, expected + ", got \(LessonParser.quoted(text))")
    }
  }
}

extension NameRef {
  /// `h_t` or `h_t@3`; nil for anything else.
  init?(parsing word: String) {
    let parts = word.split(separator: "@", omittingEmptySubsequences: false)
    guard parts.count <= 2, let first = parts.first, let head = first.first,
      head.isLetter || head == "_",
      first.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "\u{0303}" })
    else { return nil }
    name = String(first)
    if parts.count == 2 {
      guard let t = Int(parts[1]), t >= 0 else { return nil }
      self.t = t
    } else {
      t = nil
    }
  }
}
