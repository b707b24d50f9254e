import UnrollKit

/// The shape walk of an operation, derived from its formula: each name the right-hand
/// side reads gets its shape, then the result's shape.
///
/// `f_t = σ(Wf · concat + bf)` becomes `Wf (5, 8) · concat (8, 1) + bf (5, 1) → σ → (5, 1)`.
/// Working from the formula text keeps it right for any program, the documents' passes
/// included, without a table per operation. A name marked `ᵀ` shows its transposed shape.
enum ShapeWalk {
  /// The walk for `formula` with the shapes `shape(name)` gives, ending in `result`;
  /// nil when the formula reads no name with a known shape.
  static func text(formula: String, result: Shape?, shape: (String) -> Shape?) -> String? {
    let rhs = rightHandSide(formula)
    var annotated = ""
    var seen: Set<String> = []
    var found = false
    let chars = Array(rhs)
    var i = 0
    while i < chars.count {
      let c = chars[i]
      guard c.isLetter || c == "_" else {
        annotated.append(c)
        i += 1
        continue
      }
      var token = ""
      while i < chars.count, chars[i].isLetter || chars[i].isNumber || chars[i] == "_" {
        token.append(chars[i])
        if chars[i] == "_", i + 1 < chars.count, chars[i + 1] == "{" {
          while i + 1 < chars.count, chars[i] != "}" {
            i += 1
            token.append(chars[i])
          }
        }
        i += 1
      }
      annotated += token
      var base = token
      var isTransposed = false
      while let last = base.last, last == "ᵀ" || last == "²" {
        if last == "ᵀ" { isTransposed.toggle() }
        base.removeLast()
      }
      let name = RecordNames.inFormulas[base] ?? base
      if !seen.contains(token), let s = shape(name) {
        annotated += " " + (isTransposed ? Shape(s.cols, s.rows) : s).description
        seen.insert(token)
        found = true
      }
    }
    guard found else { return nil }
    let end = result.map { " → \($0)" } ?? ""
    for activation in ["σ", "tanh"] where annotated.hasPrefix(activation + "(") {
      let inner = annotated.dropFirst(activation.count + 1)
      if inner.hasSuffix(")"), isBalanced(inner.dropLast()) {
        return "\(inner.dropLast()) → \(activation)\(end)"
      }
    }
    return annotated + end
  }

  /// The part after the last `=` or `+=` outside brackets: `σ(Wf · concat + bf)`, and
  /// `p − y` for `dy_pred = ∂L/∂y_pred = p − y`.
  static func rightHandSide(_ formula: String) -> String {
    let chars = Array(formula)
    var depth = 0
    var start = 0
    for (i, c) in chars.enumerated() {
      if c == "(" || c == "[" { depth += 1 }
      if c == ")" || c == "]" { depth -= 1 }
      if depth == 0, c == "=", i > 0, chars[i - 1] == " " || chars[i - 1] == "+",
        i + 1 < chars.count, chars[i + 1] == " "
      {
        start = i + 2
      }
    }
    return start < chars.count ? String(chars[start...]) : formula
  }

  private static func isBalanced(_ text: Substring) -> Bool {
    var depth = 0
    for c in text {
      if c == "(" { depth += 1 }
      if c == ")" {
        depth -= 1
        if depth < 0 { return false }
      }
    }
    return depth == 0
  }
}
