/// What the model is trained to minimise and how far back its gradient flows: the loss
/// (at the last step, as the notes have it, or at every step, as min-char-rnn) and the
/// truncation of BPTT.
///
/// A cell's programs are written once, for the notes' objective; `Model` hands them to
/// its objective, which rewrites the head (`forward(_:)`, `backward(_:)`): with
/// `every-step` the head's block runs at every step and its gradients join the backward
/// step, and with `truncation` K each backward step ends with a `cut` at the chunk
/// boundaries. No cell knows which objective it runs under.
public struct Objective: Sendable, Hashable, Codable, CustomStringConvertible {
  /// Where the loss is taken.
  public enum Loss: String, Sendable, Hashable, CaseIterable, Codable {
    /// Once, on the last hidden state h_T: the notes' sequence classifier.
    case last
    /// At every step t on h_t, summed: min-char-rnn's loss, one term per step.
    case everyStep = "every-step"
  }

  /// Where the loss is taken.
  public var loss: Loss
  /// K: each loss term's gradient flows back through at most K steps, its own included;
  /// nil (or K ≥ steps) is full BPTT.
  public var truncation: Int?

  /// An objective from its loss and truncation.
  public init(loss: Loss = .last, truncation: Int? = nil) {
    self.loss = loss
    self.truncation = truncation
  }

  /// The notes': the loss on h_T, full BPTT.
  public static let notes = Objective()

  /// Whether the backward flow is cut between step t − 1 and step t of `steps`.
  ///
  /// The steps are cut into chunks of K counted from the last step
  /// (T − K + 1 … T, T − 2K + 1 … T − K, …), and nothing flows from a chunk into the one
  /// before it, as PyTorch's `h.detach()` every K steps does. So every loss term's
  /// gradient reaches back at most K steps, its own included; the last step's term
  /// reaches exactly min(K, T).
  public func cuts(at t: Int, steps: Int) -> Bool {
    guard let k = truncation, k >= 1, t > 1, t <= steps else { return false }
    return (steps - t + 1) % k == 0
  }

  /// The steps t at which the flow to t − 1 is cut, from the last.
  ///
  /// They are T − K + 1, T − 2K + 1, … above 1: there are ⌈T / K⌉ − 1 of them, none when K ≥ T.
  public func cutSteps(_ steps: Int) -> [Int] {
    stride(from: steps, through: 2, by: -1).filter { cuts(at: $0, steps: steps) }
  }

  /// Whether the flow is cut anywhere in a sequence of `steps`.
  public func truncates(_ steps: Int) -> Bool { !cutSteps(steps).isEmpty }

  /// The words for flags and command lines: `--loss every-step --tbptt 5`, empty for the notes'.
  public var flags: [String] {
    var words: [String] = []
    if loss != .last { words += ["--loss", loss.rawValue] }
    if let truncation { words += ["--tbptt", String(truncation)] }
    return words
  }

  /// `loss every-step, tbptt 5`, `loss last`.
  public var description: String {
    "loss \(loss.rawValue)" + (truncation.map { ", tbptt \($0)" } ?? "")
  }

  /// The forward program `program` (a cell's, for the notes' objective) under this one:
  /// with `every-step` its head runs at every step and `loss` is the sum of the terms.
  public func forward(_ program: Program) -> Program {
    guard loss == .everyStep else { return program }
    var blocks: [Block] = []
    for block in program.blocks {
      if block.phase == .output, block.schedule == .once {
        blocks.append(Head.EveryStep.output)
        blocks.append(Head.EveryStep.total)
      } else {
        blocks.append(block)
      }
    }
    return Program(
      name: program.name + ", loss at every step", blocks: blocks,
      initialValues: program.initialValues)
  }

  /// The backward program `program` (a cell's or the documents', for the notes'
  /// objective) under this one.
  ///
  /// With `every-step` the head's once-block (`dy_pred`, `dWhy`, `dby`) moves into the
  /// backward step, where it runs at every t on that step's `p_t` and `h_t`, and `dh`
  /// becomes `Whyᵀ · dy_pred + dh_next` at every step. A documents' `dy_pred` keeps its
  /// line and its deviation (the error on the logit); their `dh` is then the rule itself,
  /// without a deviation. With a truncation, the backward step ends with `cut`, which
  /// runs only where `cuts(at:steps:)` says and records what it drops; the interpreter
  /// hands the step before zeros for the carried values (`dh_next`, `dC_next`).
  public func backward(_ program: Program) -> Program {
    var blocks = program.blocks
    var name = program.name
    if loss == .everyStep {
      name += ", loss at every step"
      var notesError: Operation?
      let headNames: Set = ["dy_pred", "dWhy", "dby"]
      blocks = blocks.compactMap { block in
        guard block.schedule == .once, block.phase == .backward else { return block }
        if let dy = block.operations.first(where: { $0.name == "dy_pred" }), dy.deviation != nil {
          notesError = dy
        }
        let rest = block.operations.filter { !headNames.contains($0.name) }
        return rest.isEmpty ? nil : Block(block.phase, block.schedule, rest)
      }
      blocks = blocks.map { block in
        guard block.schedule == .backwardInTime else { return block }
        let operations = block.operations.flatMap { operation -> [Operation] in
          guard operation.name == "dh" else { return [operation] }
          return [
            notesError ?? Head.EveryStep.dyPred, Head.EveryStep.dWhy, Head.EveryStep.dby,
            Head.EveryStep.dh(notesLine: operation.deviation != nil ? operation.line : nil),
          ]
        }
        return Block(block.phase, block.schedule, operations)
      }
    }
    var cutEvery: Int?
    if let k = truncation, k >= 1 {
      cutEvery = k
      name += ", truncated to \(k) step\(k == 1 ? "" : "s")"
      let carried = program.initialValues.filter { $0.position == .afterLast }.map(\.name)
      blocks = blocks.map { block in
        guard block.schedule == .backwardInTime else { return block }
        return Block(
          block.phase, block.schedule,
          block.operations + [Head.cut(carried, self)])
      }
    }
    var rewritten = Program(name: name, blocks: blocks, initialValues: program.initialValues)
    rewritten.cutEvery = cutEvery
    return rewritten
  }
}
