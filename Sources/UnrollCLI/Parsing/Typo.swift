/// "Did you mean": the candidate closest to a mistyped word, the one helper every
/// refusal that suggests uses.
///
/// Two kinds of word, two limits: a flag, command or key is spelled out, and is judged
/// by the candidate's length; a word typed at the REPL is short, and is judged by its own.
public enum Typo: Sendable {
  /// A flag, command, lesson or key: at most 2 edits, or a third of the candidate's
  /// length for long ones, and none but case for one- or two-letter candidates; case
  /// and leading dashes are ignored, so `-model` and `--Model` find `--model`.
  case spelled
  /// A word typed at the REPL: at most half the word's length, 1 to 3 edits; case is
  /// ignored, and words are cut to 64 characters so a pasted paragraph costs no more.
  case typed

  /// The candidate closest to `word`, if it is close enough to be this kind of typo; the
  /// first of equally close ones.
  public func closest(to word: String, among candidates: [String]) -> String? {
    let target = key(word)
    var best: (candidate: String, distance: Int)?
    for candidate in candidates {
      let candidateKey = key(candidate)
      let distance = editDistance(target, candidateKey)
      guard distance <= allowed(word: target, candidate: candidateKey) else { continue }
      if best.map({ distance < $0.distance }) ?? true { best = (candidate, distance) }
    }
    return best?.candidate
  }

  private func key(_ text: String) -> [Character] {
    switch self {
    case .spelled: return Array(text.lowercased().drop { $0 == "-" })
    case .typed: return Array(text.lowercased().prefix(64))
    }
  }

  private func allowed(word: [Character], candidate: [Character]) -> Int {
    switch self {
    case .spelled: return candidate.count <= 2 ? 0 : max(2, candidate.count / 3)
    case .typed: return max(1, min(3, word.count / 2))
    }
  }
}

/// The flag, command or key closest to `word`, if it is close enough to be a typo
/// (`Typo.spelled`).
public func closest(to word: String, among candidates: [String]) -> String? {
  Typo.spelled.closest(to: word, among: candidates)
}

/// The Levenshtein distance: insertions, deletions and substitutions, each costing 1.
func editDistance(_ a: [Character], _ b: [Character]) -> Int {
  guard !a.isEmpty else { return b.count }
  guard !b.isEmpty else { return a.count }
  var previous = Array(0...b.count)
  var current = Array(repeating: 0, count: b.count + 1)
  for i in 1...a.count {
    current[0] = i
    for j in 1...b.count {
      let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
      current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
    }
    swap(&previous, &current)
  }
  return previous[b.count]
}
