import Foundation
import UnrollKit

/// `norms NAME` and `clip MAX`: sizes over time, and what gradient clipping would do.
extension ReplSession {
  /// The most rows `norms` prints; longer recordings show every k-th timestep.
  static let maxNormRows = 30

  /// `norms NAME`: ‖NAME‖ at every timestep recorded so far, with a bar on a log scale,
  /// and how much it grows or shrinks per step.
  func norms(_ args: [String]) -> Outcome {
    guard args.count == 1, let raw = args.first else {
      return .error("`norms` takes one name recorded at every timestep, e.g. `norms dh`.")
    }
    let name = RecordNames.typed[raw] ?? raw
    guard index.contains(name) else {
      if trace.parameters[name] != nil
        || (name.hasPrefix("d") && trace.parameters[String(name.dropFirst())] != nil)
      {
        return .error(
          "\(name) is one matrix for the whole pass, not one per timestep: `print \(name)`; "
            + "`clip MAX` shows the norms of all the gradients.")
      }
      return .error(unknownName(raw))
    }
    let steps = trace.example.steps
    let phases = index.timesteps(name, records: trace.records)
    guard phases.contains(where: { $0 != nil }) else {
      return .error("\(name) is recorded once, not at every timestep: `print \(name)`.")
    }
    // The timesteps in the order the pass computes them: backward runs from T down.
    let first = index.first(name, t: phases.compactMap { $0 }.first)
    let phase = first.map { trace.records[$0].phase } ?? .forward
    let order = phase == .backward ? Array((1...steps).reversed()) : Array(1...steps)
    var rows: [(t: Int, norm: Double)] = []
    for t in order {
      guard let r = index.latest(name, t: t, visible: visible), r < trace.records.count else {
        continue
      }
      rows.append((t, trace.records[r].value.norm))
    }
    guard let start = rows.first, let end = rows.last else {
      return .error(notYet(name, t: nil))
    }
    let direction = phase == .backward ? "\(steps) … 1" : "1 … \(steps)"
    var out = [
      "‖\(name)‖ at each timestep, \(phase.rawValue) t = \(direction)"
        + (rows.count < steps ? ", the \(rows.count) computed so far" : "")
    ]
    let stride = max(1, Int((Double(rows.count) / Double(ReplSession.maxNormRows)).rounded(.up)))
    let positive = rows.map(\.norm).filter { $0 > 0 && $0.isFinite }
    let smallest = positive.min() ?? 0
    let style = NumberStyle(rows.map(\.norm), precision: settings.precision)
    let barWidth = max(settings.width - 24, 10)
    let mark: Character = settings.style.heat == .unicode ? "█" : "#"
    for (k, row) in rows.enumerated() where k % stride == 0 || k == rows.count - 1 {
      let bar: String
      if !row.norm.isFinite {
        bar = "!"
      } else if row.norm > 0, smallest > 0 {
        // Two marks per factor of 10 above the smallest, so 1e-11 … 1e-1 still fits.
        let cells = 1 + Int((2 * log10(row.norm / smallest)).rounded())
        bar = String(repeating: mark, count: min(cells, barWidth))
      } else {
        bar = ""
      }
      let t = String(row.t).leftPadded(to: String(steps).count)
      out.append("  t = \(t)  \(style.string(row.norm).leftPadded(to: 11))  \(bar)")
    }
    out.append(
      settings.style.dim(
        "  bars on a log scale: two marks per factor of 10 above the smallest"
          + (stride > 1 ? "; one timestep in \(stride) shown, and the last" : "")))
    if rows.count > 1, start.norm > 0, end.norm > 0, start.norm.isFinite, end.norm.isFinite {
      let ratio = end.norm / start.norm
      let perStep = pow(ratio, 1 / Double(rows.count - 1))
      let f = NumberStyle([start.norm, end.norm], precision: settings.precision)
      let r = NumberStyle([ratio], precision: settings.precision)
      out.append(
        "  From t = \(start.t) to t = \(end.t): \(f.string(start.norm)) → \(f.string(end.norm)), "
          + "× \(r.string(ratio)) in all,")
      out.append(
        "  × \(String(format: "%.\(max(settings.precision, 2))f", perStep)) per step on average "
          + "(the geometric mean).")
    }
    return Outcome(text: out.joined(separator: "\n"))
  }

  /// `clip MAX`: every gradient's norm, their joint norm, and the scale that
  /// `torch.nn.utils.clip_grad_norm_(parameters, MAX)` would apply to all of them.
  func clip(_ args: [String]) -> Outcome {
    guard args.count == 1, let text = args.first, let limit = Double(text), limit.isFinite,
      limit > 0
    else {
      return .error("`clip` takes the largest norm allowed, a number above 0: `clip 1`.")
    }
    var rows: [(name: String, norm: Double)] = []
    for parameter in trace.parameters.names {
      guard case .success(let found) = gradient(parameter) else {
        return .error(
          "The gradients are not whole here: `clip` needs the backward pass to have run. "
            + "`goto end` first.")
      }
      rows.append(("d" + parameter, found.value.norm))
    }
    let total = rows.reduce(0) { $0 + $1.norm * $1.norm }.squareRoot()
    let scale = total > limit ? limit / total : 1
    let style = NumberStyle(
      rows.map(\.norm) + [total, total * scale], precision: settings.precision)
    let nameWidth = max(rows.map(\.name.count).max() ?? 3, 3)
    let limitText = NumberStyle([limit], precision: settings.precision).string(limit)
    var out = [
      "The gradients as summed so far, and clip_grad_norm_ with max_norm = \(limitText):",
      "  " + "".padding(toLength: nameWidth, withPad: " ", startingAt: 0)
        + "       ‖grad‖     clipped",
    ]
    for row in rows {
      out.append(
        "  " + row.name.padding(toLength: nameWidth, withPad: " ", startingAt: 0) + "  "
          + style.string(row.norm).leftPadded(to: 11) + "  "
          + style.string(row.norm * scale).leftPadded(to: 11))
    }
    out.append(
      "  " + "all".padding(toLength: nameWidth, withPad: " ", startingAt: 0) + "  "
        + style.string(total).leftPadded(to: 11) + "  "
        + style.string(total * scale).leftPadded(to: 11))
    if total > limit {
      let f = NumberStyle([scale], precision: settings.precision).string(scale)
      out.append(
        "  ‖all‖ is above \(limitText): each gradient is multiplied by \(limitText) / ‖all‖ = "
          + "\(f),")
      out.append("  so the step keeps its direction and its length becomes \(limitText).")
    } else {
      out.append("  ‖all‖ is at most \(limitText): clipping leaves the gradients as they are.")
    }
    return Outcome(text: out.joined(separator: "\n"))
  }
}

extension String {
  /// The string with spaces in front, `width` characters long at least.
  func leftPadded(to width: Int) -> String {
    count >= width ? self : String(repeating: " ", count: width - count) + self
  }
}
