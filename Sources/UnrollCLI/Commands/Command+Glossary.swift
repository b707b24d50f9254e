import Foundation

extension Command {
  /// `unroll glossary [TERM]`: the course's terms in the learner's language, tied to the
  /// notes' own words.
  public static let glossary = Command(
    name: "glossary", summary: "the course's terms in German, Chinese and Japanese",
    usage: "unroll glossary [TERM] [--lang en|de|zh|ja]",
    discussion: """
      Shows the glossary of the language --lang (or the locale) names: for each term
      the English, the course's translation, the word the notes in that language use
      (Hidden State, 隐藏状态, 隠れ状態), and a remark, which says so where the notes'
      own translation is wrong. In English it shows the terms side by side in the
      three languages. With TERM, only the terms that contain it, in any column
      (`unroll glossary gate`, `unroll glossary 忘却`). The glossaries are Markdown
      files, lessons/de/glossary.md and so on, that the lessons link to.

      \(LessonLibrary.searchOrder)
      """,
    takesArguments: true
  ) { invocation in
    try GlossaryCommand.run(invocation)
  }
}

/// What `unroll glossary` does.
enum GlossaryCommand {
  static func run(_ invocation: Invocation) throws -> ExitCode {
    let terminal = invocation.terminal
    let library = try LessonLibrary.find(environment: terminal.environment)
    let words = invocation.arguments.positionals
    let language = terminal.language
    let display = LessonDisplay(
      style: Style(isColoured: terminal.usesColor, heat: .off), width: terminal.width,
      language: language)
    let term = words.isEmpty ? nil : words.joined(separator: " ")
    var text = ""
    var glossary: Glossary?
    if language != .en {
      let path = library.glossaryPath(in: language)
      if FileManager.default.fileExists(atPath: path) {
        glossary = try load(path)
      } else {
        text +=
          display.wrap(
            display.words("glossary.none", ["language": language.name, "path": path])) + "\n\n"
      }
    }
    if let glossary {
      let rows = term.map(glossary.rows(matching:)) ?? glossary.rows
      guard !rows.isEmpty else { return noTerm(term ?? "", language: language, terminal) }
      text += display.style.bold(glossary.title) + "\n\n"
      for row in rows { text += entry(row, headings: glossary.headings, display: display) }
      text +=
        "\n"
        + display.wrap(
          display.words(
            "glossary.footer", ["count": "\(rows.count)", "path": glossary.path]))
        + "\n"
    } else {
      // English: the terms side by side, from every glossary there is.
      let glossaries = try Language.allCases.dropFirst().compactMap { other -> Glossary? in
        let path = library.glossaryPath(in: other)
        return FileManager.default.fileExists(atPath: path) ? try load(path) : nil
      }
      let english = ordered(glossaries.flatMap { $0.rows.map { $0[0] } })
      let shown =
        term.map { wanted in
          english.filter { row in
            ([row] + glossaries.compactMap { $0.translation(of: row) })
              .contains { $0.lowercased().contains(wanted.lowercased()) }
          }
        } ?? english
      guard !shown.isEmpty else { return noTerm(term ?? "", language: language, terminal) }
      let headings = ["English"] + glossaries.map { $0.headings[1] }
      var rows = ["| " + headings.joined(separator: " | ") + " |"]
      rows.append("|" + String(repeating: "---|", count: headings.count))
      for english in shown {
        let cells = [english] + glossaries.map { $0.translation(of: english) ?? "—" }
        rows.append("| " + cells.joined(separator: " | ") + " |")
      }
      text += display.table(rows) + "\n"
      text +=
        "\n"
        + display.wrap(
          "\(shown.count) terms, from "
            + glossaries.map(\.path).joined(separator: ", ")
            + ". `unroll glossary --lang de` (zh, ja) shows the notes' own words and remarks.")
        + "\n"
    }
    terminal.write(text)
    return .success
  }

  /// The glossary at `path`, or a one-line error naming the file, the line and the problem.
  static func load(_ path: String) throws -> Glossary {
    try Glossary.parse(FileIO.readText(path), path: path)
  }

  /// `items` without repeats, in the order of their first appearance, ignoring case.
  static func ordered(_ items: [String]) -> [String] {
    var seen = Set<String>()
    return items.filter { seen.insert($0.lowercased()).inserted }
  }

  /// One term: `English · Term`, then the notes' term and the remark, indented.
  static func entry(_ row: [String], headings: [String], display: LessonDisplay) -> String {
    var text = display.style.bold(display.inline(row[0] + " · " + row[1])) + "\n"
    for k in 2..<Glossary.columns where !row[k].isEmpty && row[k] != "—" {
      let label = k == 2 ? headings[k] + ": " : ""
      text += display.wrap(display.inline(label + row[k]), first: "    ", rest: "    ") + "\n"
    }
    return text
  }

  private static func noTerm(_ term: String, language: Language, _ terminal: Terminal)
    -> ExitCode
  {
    terminal.writeError(
      "unroll: " + Catalogue.text("glossary.noTerm", in: language, ["term": term]) + "\n")
    return .failure
  }
}
