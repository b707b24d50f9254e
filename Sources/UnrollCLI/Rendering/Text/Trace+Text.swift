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
    let view = view ?? LayoutView(document: self)
    var valueFormat = format
    valueFormat.width = max(format.width - 4, 20)
    func value(_ matrix: Matrix) -> String {
      var bytes: [UInt8] = []  // the formatted lines, each indented by 4 and ended
      matrix.appendFormatted(valueFormat, linePrefix: Array("    ".utf8), to: &bytes)
      bytes.append(UInt8(ascii: "\n"))
      return String(decoding: bytes, as: UTF8.self)
    }
    let sizes = model.sizes
    var text =
      styler("\(model.kind.rawValue) trace", .bold) + ": input \(sizes.input), "
      + "hidden \(sizes.hidden), steps \(sizes.steps), "
      + (seed.map { "seed \($0), " } ?? "") + "bptt \(bptt.rawValue)"
      + (model.objective == .notes ? "" : ", \(model.objective)")
      + (weightsPath.map { ", weights from \($0)" } ?? "") + "\n"
    text += "columns (n, 1) print on one line, marked ᵀ; # lines are the notes' NumPy\n\n"
    if !view.mapping.isEmpty {
      text +=
        styler("layout \(view.layout.rawValue)", .bold) + ": "
        + view.mapping.joined(separator: "\n")
      text += "\n\n"
    }
    text += "  x  \(example.x.shape)  the input, one row per timestep\n" + value(example.x)
    func label(_ y: Double) -> String { Int(exactly: y).map(String.init) ?? "\(y)" }
    if model.objective.loss == .everyStep {
      let labels = Matrix(column: example.labels)
      text += "  y  \(labels.shape)  the labels, one per step\n" + value(labels)
    } else {
      text += "  y = \(label(example.y))  the label\n"
    }

    var place: (Phase?, Int?) = (nil, nil)
    for record in records {
      if record.phase != place.0 {
        text += "\n" + styler("== \(record.phase.rawValue) ==", .bold) + "\n"
      }
      if (record.phase, record.t) != place, let t = record.t {
        text += "\n" + styler("t = \(t)", .bold) + "\n"
      } else if record.phase == place.0, place.1 != nil, record.t == nil {
        text += "\n"
      }
      place = (record.phase, record.t)
      text += "  " + styler(record.name, .bold) + "  \(record.shape)  \(record.formula)\n"
      text += "    " + styler("# \(record.line)", .dim) + "\n"
      text += value(record.value)
    }
    if recording.failure != nil { return text }

    let atLast = model.objective.loss == .everyStep ? " (y_pred and p at t = T; loss summed)" : ""
    text += "\n" + styler("== result ==", .bold) + atLast + "\n"
    for (name, number) in [("y_pred", yPred), ("p", p), ("loss", loss)] {
      let shown = number.map { NumberStyle([$0], precision: format.precision).string($0) } ?? "-"
      text += "  " + name.padding(to: 7) + "= \(shown)\n"
    }
    text += "\n" + styler("== gradients ==", .bold) + "\n"
    for (name, gradient) in (view.gradients ?? gradients).ordered {
      let shape = view.shapeText(name, gradient.shape)
      text += "  " + styler("d" + name, .bold) + "  \(shape)  ∂L/∂\(name)\n"
      text += value(gradient)
    }
    return text
  }
}
