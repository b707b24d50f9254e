/// One token of Python source, as CPython's tokenizer emits it (comments and blank lines dropped).
struct Token: Sendable, Equatable {
  /// What the token is.
  enum Kind: Sendable, Equatable {
    case name(String)
    case int(Int)
    case float(Double)
    /// A string literal, escapes resolved; `isFormatted` for f-strings (their text is kept raw).
    case string(String, isFormatted: Bool)
    /// An operator or delimiter: `+`, `**=`, `(`, `:`, `->`, `...`.
    case op(String)
    case newline
    case indent
    case dedent
    case endMarker
  }

  var kind: Kind
  /// 1-based line of the token's first character.
  var line: Int
  /// 0-based column (in Unicode scalars) of the token's first character.
  var column: Int
  /// Offsets (in Unicode scalars) of the token's first character and one past its last in the file.
  var start: Int
  var end: Int

  /// Whether the token is the keyword or name `word`.
  func isName(_ word: String) -> Bool {
    if case .name(let name) = kind { return name == word }
    return false
  }

  /// Whether the token is the operator or delimiter `symbol`.
  func isOp(_ symbol: String) -> Bool {
    if case .op(let op) = kind { return op == symbol }
    return false
  }
}

/// Python's keywords: never names, whether or not the subset supports them.
let pythonKeywords: Set<String> = [
  "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
  "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in",
  "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with",
  "yield",
]
