import UnrollKit

extension Trace {
  /// The trace as a listing for people.
  ///
  /// The setup, then per phase and timestep each record's name, shape, formula, NumPy
  /// line and value, then the result and the gradients. A run that stopped lists the
  /// records up to the failure. `weightsPath` names the file the weights came from;
  /// `view` the layout the gradients are shown in and the mapping, if any, to state.
  public func text(
    _ format: ValueFormat = ValueFormat(), styler: Styler = Styler(isEnabled: false),
    weightsPath: String? = nil, view: LayoutView? = nil
  ) -> String {
    var bytes: [UInt8] = []
    writeText(format, styler: styler, weightsPath: weightsPath, view: view, chunkSize: Int.max) {
      bytes += $0
      return true
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Writes `text(…)` to `sink` a chunk of about `chunkSize` bytes at a time.
  ///
  /// The listing of a long trace (56 MB at hidden 256 over 1000 steps) is never held
  /// whole (`TraceTextTests` holds the two to the same bytes). Stops when `sink` returns
  /// false.
  func writeText(
    _ format: ValueFormat = ValueFormat(), styler: Styler = Styler(isEnabled: false),
    weightsPath: String? = nil, view: LayoutView? = nil, chunkSize: Int = 1 << 20,
    to sink: ([UInt8]) -> Bool
  ) {
    let view = view ?? LayoutView(document: self)
    var valueFormat = format
    valueFormat.width = max(format.width - 4, 20)
    var out: [UInt8] = []
    out.reserveCapacity(min(chunkSize, 1 << 20) + 4096)
    var isAccepted = true
    /// Hands what has been written to the sink once it fills a chunk, or at the end.
    func flush(end: Bool = false) {
      guard end || out.count >= chunkSize, !out.isEmpty else { return }
      if isAccepted { isAccepted = sink(out) }
      out.removeAll(keepingCapacity: true)
    }
    func put(_ text: String) { out += text.utf8 }
    let indent = Array("    ".utf8)
    func value(_ matrix: Matrix) {
      // The formatted lines, each indented by 4 and ended.
      matrix.appendFormatted(valueFormat, linePrefix: indent, to: &out)
      out.append(UInt8(ascii: "\n"))
      flush()
    }
    let sizes = model.sizes
    put(
      styler("\(model.kind.rawValue) trace", .bold) + ": input \(sizes.input), "
        + "hidden \(sizes.hidden), steps \(sizes.steps), "
        + (seed.map { "seed \($0), " } ?? "") + "bptt \(bptt.rawValue)"
        + (model.objective == .notes ? "" : ", \(model.objective)")
        + (weightsPath.map { ", weights from \($0)" } ?? "") + "\n")
    put("columns (n, 1) print on one line, marked ᵀ; # lines are the notes' NumPy\n\n")
    if !view.mapping.isEmpty {
      // Wrapped plain, then the first words made bold: `layout pytorch:` starts the heading.
      let prefix = "layout \(view.layout.rawValue)"
      let lines = view.mapping(width: format.width, prefix: prefix + ": ")
      put(styler(prefix, .bold) + lines.joined(separator: "\n").dropFirst(prefix.count))
      put("\n\n")
    }
    put("  x  \(example.x.shape)  the input, one row per timestep\n")
    value(example.x)
    func label(_ y: Double) -> String { Int(exactly: y).map(String.init) ?? "\(y)" }
    if model.objective.loss == .everyStep {
      let labels = Matrix(column: example.labels)
      put("  y  \(labels.shape)  the labels, one per step\n")
      value(labels)
    } else {
      put("  y = \(label(example.y))  the label\n")
    }

    var place: (Phase?, Int?) = (nil, nil)
    for record in records {
      if record.phase != place.0 {
        put("\n" + styler("== \(record.phase.rawValue) ==", .bold) + "\n")
      }
      if (record.phase, record.t) != place, let t = record.t {
        put("\n" + styler("t = \(t)", .bold) + "\n")
      } else if record.phase == place.0, place.1 != nil, record.t == nil {
        put("\n")
      }
      place = (record.phase, record.t)
      put("  " + styler(record.name, .bold) + "  \(record.shape)  \(record.formula)\n")
      // The NumPy line, broken between tokens to the width, each part still a comment.
      let numpy = TextWrap.code(
        "# " + record.line, width: format.width - 4, continuation: "#   ", keepsComments: false)
      for part in numpy.split(separator: "\n") {
        put("    " + styler(String(part), .dim) + "\n")
      }
      value(record.value)
    }
    if recording.failure != nil {
      flush(end: true)
      return
    }

    let atLast = model.objective.loss == .everyStep ? " (y_pred and p at t = T; loss summed)" : ""
    put("\n" + styler("== result ==", .bold) + atLast + "\n")
    for (name, number) in [("y_pred", yPred), ("p", p), ("loss", loss)] {
      let shown = number.map { NumberStyle([$0], precision: format.precision).string($0) } ?? "-"
      put("  " + name.padding(to: 7) + "= \(shown)\n")
    }
    put("\n" + styler("== gradients ==", .bold) + "\n")
    for (name, gradient) in (view.gradients ?? gradients).ordered {
      let shape = view.shapeText(name, gradient.shape)
      put("  " + styler("d" + name, .bold) + "  \(shape)  ∂L/∂\(name)\n")
      value(gradient)
    }
    flush(end: true)
  }
}
