/// A language's glossary, `lessons/<lang>/glossary.md`: one Markdown table whose columns
/// are the English term, the language's term, the term the notes in that language use, and
/// a remark (where the notes' own translation is wrong, it says so).
///
/// It reads well on GitHub by itself; `unroll glossary` shows it, and `lessons --check
/// --lang X` checks its shape.
struct Glossary: Equatable {
  /// The file.
  let path: String
  /// The `#` title.
  let title: String
  /// The four column headings, as the file spells them.
  let headings: [String]
  /// One row per term, four cells each, in the file's order.
  let rows: [[String]]

  /// The number of columns every glossary has.
  static let columns = 4

  /// Parses `text` (read from `path`); a table of another shape is a `LessonProblem` at
  /// its line.
  static func parse(_ text: String, path: String) throws(LessonProblem) -> Glossary {
    var title = ""
    var table: [(line: Int, cells: [String])] = []
    var hasEnded = false
    for (k, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line = String(raw).trimmingWhitespace
      if title.isEmpty, line.hasPrefix("# ") { title = String(line.dropFirst(2)) }
      guard line.hasPrefix("|") else {
        if !table.isEmpty { hasEnded = true }
        continue
      }
      if hasEnded {
        throw LessonProblem(path, k + 1, "a glossary has one table; found a second one here")
      }
      table.append((k + 1, cells(line)))
    }
    guard table.count >= 3 else {
      throw LessonProblem(
        path, table.first?.line ?? 1,
        "expected a table with a heading row, a |---| row and a row per term")
    }
    for (line, cells) in table where cells.count != columns {
      throw LessonProblem(
        path, line,
        "expected \(columns) cells (English, term, the notes' term, remark); found \(cells.count)")
    }
    guard table[1].cells.allSatisfy({ $0.allSatisfy { "-: ".contains($0) } && !$0.isEmpty })
    else {
      throw LessonProblem(path, table[1].line, "expected the |---|---|---|---| row")
    }
    var seen = Set<String>()
    for (line, cells) in table.dropFirst(2) {
      guard !cells[0].isEmpty, !cells[1].isEmpty else {
        throw LessonProblem(path, line, "a term needs its English and its translation")
      }
      guard seen.insert(cells[0].lowercased()).inserted else {
        throw LessonProblem(path, line, "the term \(cells[0]) is in the glossary twice")
      }
    }
    return Glossary(
      path: path, title: title, headings: table[0].cells,
      rows: table.dropFirst(2).map(\.cells))
  }

  /// The cells of a table row `| a | b |`, trimmed.
  static func cells(_ row: String) -> [String] {
    var inner = Substring(row)
    if inner.hasPrefix("|") { inner = inner.dropFirst() }
    if inner.hasSuffix("|") { inner = inner.dropLast() }
    return inner.split(separator: "|", omittingEmptySubsequences: false).map {
      String($0).trimmingWhitespace
    }
  }

  /// The rows any of whose cells contains `term`, ignoring case and backticks.
  func rows(matching term: String) -> [[String]] {
    let wanted = term.lowercased()
    return rows.filter { row in
      row.contains { $0.replacingOccurrences(of: "`", with: "").lowercased().contains(wanted) }
    }
  }

  /// The translation of the English `term`, if the glossary has it.
  func translation(of term: String) -> String? {
    rows.first { $0[0].lowercased() == term.lowercased() }?[1]
  }
}
