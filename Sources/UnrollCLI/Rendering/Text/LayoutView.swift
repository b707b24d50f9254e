import UnrollKit

/// The parameters and gradients of a trace as shown: in the notes' layout or in PyTorch's,
/// with the mapping between the two stated in a few lines whenever PyTorch is involved.
///
/// The values the trace records (`h_t`, `f_t`, …) are the notes' whichever the layout:
/// the interpreter computes in the notes' terms; only the parameters and the gradients
/// are named and cut differently.
public struct LayoutView: Sendable {
  /// The layout shown.
  public let layout: Layout
  /// The parameters as shown: the notes' `params`, or a `state_dict`.
  public let parameters: Parameters
  /// The gradients as shown, by the same names; nil when the pass stopped.
  public let gradients: Parameters?
  /// What the mapping is, in one line; empty when neither the file nor the view is
  /// PyTorch's.
  public let heading: String
  /// Which state_dict rows make which of the notes' parameters, one line each.
  public let rules: [String]
  /// What the layout means for the biases, one sentence each.
  public let notes: [String]

  /// The mapping in a few lines: the heading, then the rules and notes indented.
  public var mapping: [String] {
    heading.isEmpty ? [] : [heading] + (rules + notes).map { "  " + $0 }
  }

  /// `mapping` wrapped to `width` columns after `prefix` (which starts the heading):
  /// rules and notes indented two, their continuation lines four, broken at spaces.
  public func mapping(width: Int, prefix: String = "") -> [String] {
    guard !heading.isEmpty else { return [] }
    var lines = TextWrap.lines((prefix + heading).split(separator: " "), width: width, rest: "  ")
    for line in rules + notes {
      // Break between a rule's assignments (`Wxh = …, Whh = …`), inside one only when it
      // is longer than a line by itself.
      let parts = line.components(separatedBy: ", ")
      let words = parts.enumerated().flatMap { k, part -> [String] in
        let word = k < parts.count - 1 ? part + "," : part
        return TextWrap.columns(word) > width - 4
          ? word.split(separator: " ").map(String.init) : [word]
      }
      lines += TextWrap.lines(words, width: width, first: "  ", rest: "    ")
    }
    return lines
  }

  /// The notes' layout, with no mapping: what a trace shows without PyTorch.
  public init(document trace: Trace) {
    layout = .document
    parameters = trace.parameters
    gradients = trace.recording.failure == nil ? trace.gradients : nil
    (heading, rules, notes) = ("", [], [])
  }

  /// The view of `trace` (run from `setup`) in `layout`.
  ///
  /// In PyTorch's layout the parameters are the file's own state_dict when it gave one
  /// (its two biases apart), else the notes' parameters mapped back, all of a summed bias
  /// in `bias_ih_l0`.
  public init(_ trace: Trace, setup: ModelSetup, layout: Layout) throws(PyTorchLayoutError) {
    let kind = trace.model.kind
    self.layout = layout
    let hasGradients = trace.recording.failure == nil
    switch layout {
    case .document:
      parameters = trace.parameters
      gradients = hasGradients ? trace.gradients : nil
      let fromPyTorch = setup.layout == .pytorch
      heading = fromPyTorch ? "the file's state_dict, read in the notes' terms:" : ""
      rules = fromPyTorch ? PyTorchLayout.mapping(kind, hidden: trace.model.sizes.hidden) : []
      notes = []
    case .pytorch:
      if let stateDict = setup.stateDict {
        parameters = stateDict
      } else {
        parameters = try PyTorchLayout.stateDict(trace.parameters, kind: kind)
      }
      gradients = hasGradients ? try PyTorchLayout.gradients(trace.gradients, kind: kind) : nil
      heading =
        setup.layout == .pytorch
        ? "the file's state_dict in the notes' terms; parameters and gradients by PyTorch's names:"
        : "the notes' parameters, shown as the PyTorch note's state_dict:"
      rules = PyTorchLayout.mapping(kind, hidden: trace.model.sizes.hidden)
      notes =
        (setup.stateDict == nil ? [PyTorchLayout.biasSplitNote] : [])
        + [PyTorchLayout.biasGradientNote]
    }
  }

  /// `(12, 2)`, or `(12,)` for a PyTorch bias.
  public func shapeText(_ name: String, _ shape: Shape) -> String {
    layout == .pytorch ? PyTorchLayout.shapeText(name, shape) : "\(shape)"
  }

  /// A parameter or gradient as JSON: a list of rows, or for a PyTorch bias a plain list.
  public func json(_ name: String, _ value: Matrix) -> JSONValue {
    Self.json(name, value, layout: layout)
  }

  /// `name`'s matrix as JSON in `layout`: a list of rows, or a PyTorch bias's plain list.
  static func json(_ name: String, _ value: Matrix, layout: Layout) -> JSONValue {
    guard layout == .pytorch, PyTorchLayout.isVector(name) else { return JSONValue(value) }
    return .array(value.scalars.map(JSONValue.number))
  }
}
