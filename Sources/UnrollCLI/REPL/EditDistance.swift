/// "Did you mean" for the REPL: the shared `editDistance`, with a limit that suits
/// short typed words (a REPL line is typed, not a flag spelled out).
enum EditDistance {
  /// The candidate closest to `word`, if it is close enough to be a likely typo.
  ///
  /// Words are cut to 64 characters first, so a pasted paragraph costs no more than a word.
  static func closest(to word: String, in candidates: [String]) -> String? {
    let limit = max(1, min(3, word.count / 2))
    let target = Array(word.lowercased().prefix(64))
    var best: (String, Int)? = nil
    for candidate in candidates {
      let d = editDistance(target, Array(candidate.lowercased().prefix(64)))
      if d <= limit, d < (best?.1 ?? Int.max) { best = (candidate, d) }
    }
    return best?.0
  }
}
