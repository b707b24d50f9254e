import Foundation

/// Turns the engine's formulas (`f_t = σ(Wf · concat + bf)`) into GitHub math
/// (`f_t = \sigma(W_{f} \cdot \mathrm{concat} + b_{f})`), token by token.
enum LaTeX {
  /// Symbols with a LaTeX spelling.
  private static let symbols: [Character: String] = [
    "σ": "\\sigma", "·": "\\cdot", "⊙": "\\odot", "ᵀ": "^{\\top}", "−": "-", "²": "^{2}",
    "∂": "\\partial ", "→": "\\to", "Σ": "\\sum", "[": "[", "]": "]", ";": ";\\,",
  ]

  /// Words that are functions or prose.
  private static let words: [String: String] = [
    "tanh": "\\tanh", "log": "\\log", "if": "\\text{ if }", "else": "\\text{ else }",
    "T": "T", "t": "t",
  ]

  /// The formula in LaTeX, for GitHub's $`…`$ inline math.
  static func math(_ formula: String) -> String {
    var output = ""
    var word = ""
    func flushWord() {
      guard !word.isEmpty else { return }
      output += identifier(word)
      word = ""
    }
    let characters = Array(formula.replacingOccurrences(of: "C̃", with: "\u{1}"))
    var index = 0
    while index < characters.count {
      let character = characters[index]
      if let symbol = symbols[character] {
        flushWord()
        output += symbol
      } else if character.isLetter || character.isNumber || character == "_" || character == "\u{1}"
      {
        word.append(character)
      } else if character == "{", word.hasSuffix("_") {
        // A braced subscript such as h_{t-1}: copy through the closing brace.
        while index < characters.count, characters[index] != "}" {
          word.append(characters[index])
          index += 1
        }
        word.append("}")
      } else {
        flushWord()
        if character == ":" {
          output += "{:}"
        } else {
          output.append(character)
        }
      }
      index += 1
    }
    flushWord()
    return output.replacingOccurrences(of: "\u{1}", with: "\\tilde{C}")
  }

  /// One name: `x_t` and `h_{t-1}` keep their subscripts (`hn_t` too, as `\mathrm{hn}_{t}`),
  /// `Wxh` becomes `W_{xh}`,
  /// `dh_raw` becomes upright text with its underscore escaped.
  private static func identifier(_ name: String) -> String {
    if let word = words[name] { return word }
    if name.allSatisfy(\.isNumber) { return name }
    let parts = name.split(separator: "_", maxSplits: 1).map(String.init)
    if parts.count == 2, isSubscript(parts[1]),
      parts[0].count == 1 || parts[0].allSatisfy(\.isLetter)
    {
      // hn_t: a name of several letters keeps its subscript, set upright: \mathrm{hn}_{t}.
      let base = parts[0].count == 1 ? parts[0] : "\\mathrm{\(parts[0])}"
      return base + "_" + (parts[1].hasPrefix("{") ? parts[1] : "{\(parts[1])}")
    }
    for prefix in ["dW", "W", "db", "b"] where name.hasPrefix(prefix) && name.count > prefix.count {
      let rest = name.dropFirst(prefix.count)
      if rest.allSatisfy(\.isLetter), rest.count <= 2 { return "\(prefix)_{\(rest)}" }
    }
    if name.count == 1 { return name }
    return "\\mathrm{" + name.replacingOccurrences(of: "_", with: "\\_") + "}"
  }

  private static func isSubscript(_ text: String) -> Bool {
    ["t", "T", "{t-1}", "{t+1}"].contains(text) || (!text.isEmpty && text.allSatisfy(\.isNumber))
  }
}
