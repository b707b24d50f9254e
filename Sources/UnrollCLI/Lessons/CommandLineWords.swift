/// Splitting a command line into words the way a shell would, for `unroll` blocks:
/// spaces separate, '…' and "…" quote.
enum CommandLineWords {
  /// A quote that is never closed.
  struct UnclosedQuote: Error, CustomStringConvertible {
    var description: String { "a quote in this command line is never closed" }
  }

  /// The words of `line`.
  static func split(_ line: String) throws -> [String] {
    var words: [String] = []
    var word = ""
    var inWord = false
    var quote: Character?
    for c in line {
      if let q = quote {
        if c == q { quote = nil } else { word.append(c) }
      } else if c == "'" || c == "\"" {
        quote = c
        inWord = true
      } else if c == " " || c == "\t" {
        if inWord { words.append(word) }
        word = ""
        inWord = false
      } else {
        word.append(c)
        inWord = true
      }
    }
    guard quote == nil else { throw UnclosedQuote() }
    if inWord { words.append(word) }
    return words
  }
}
