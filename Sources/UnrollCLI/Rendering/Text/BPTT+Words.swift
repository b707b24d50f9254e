import UnrollKit

/// The one way every output names a backward pass: the flag's value is `document`, the
/// words are "the notes'" (the RNN note's backward() with its two shape repairs).
extension BPTT {
  /// The short label of a pass's own column or series: `notes'`, `correct`, `verbatim`.
  var label: String { self == .document ? "notes'" : rawValue }

  /// The pass as a noun phrase without article: `notes' BPTT`, `correct BPTT`.
  var words: String { label + " BPTT" }

  /// The pass with its article, for prose: `the notes' BPTT`, `the correct BPTT`.
  var phrase: String { "the " + words }

  /// The pass as a sentence starts it: `The notes' BPTT`, `Correct BPTT`.
  var sentenceStart: String { self == .document ? "The notes' BPTT" : words.capitalizedFirst }
}

extension String {
  /// The string with its first character upper-cased.
  fileprivate var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
