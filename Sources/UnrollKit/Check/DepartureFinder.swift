import UnrollPython

/// Walks a learner's execution events and finds the first departure (issue 19).
///
/// Each checked name (`CheckedNames`) is compared at the end of every iteration of the
/// outermost loop: the last value it took there, and the line that assigned it. Code
/// outside a loop is compared where the next loop starts, or where the call returns.
/// A name is on track when its value equals the correct value of its quantity at this
/// timestep or any other, initial values included. The departure is the first iteration
/// in which some name is on no track, and in it the name whose line ran first. A call
/// that raised is compared up to the failing line.
struct DepartureFinder {
  let names: CheckedNames
  let reference: ReferencePass
  /// The RNN note's deviations one at a time, each as the pass that has only it.
  let deviations: [(deviation: NotesDeviation, pass: ReferencePass)]

  /// A checked name's last value in a stretch of the run.
  struct Entry {
    let assignment: Assignment
    let array: NDArray
    let meaning: CheckedNames.Meaning
    /// The order in which the assignments ran, over the whole run.
    let order: Int
  }

  /// The first departure in `calls` (forward's events, then backward's), if any.
  func firstDeparture(in calls: [[ExecutionEvent]]) -> Departure? {
    var walk = Walk(finder: self)
    for events in calls {
      if let departure = walk.run(events) { return departure }
    }
    return nil
  }

  /// The state of the walk over one run.
  struct Walk {
    let finder: DepartureFinder
    /// The stretch being gathered: learner name → its last value there.
    var segment: [String: Entry] = [:]
    /// Whether the stretch is an iteration of a loop (else code outside loops).
    var isInLoop = false
    /// The outermost loop of the last statement seen.
    var outermost: LoopFrame?
    var order = 0
    /// The last checked value of each record and of each quantity, from earlier stretches.
    var latestByRecord: [String: Entry] = [:]
    var latestByQuantity: [String: Entry] = [:]

    init(finder: DepartureFinder) { self.finder = finder }

    /// Walks one call's events; a departure ends the walk.
    mutating func run(_ events: [ExecutionEvent]) -> Departure? {
      segment = [:]
      isInLoop = false
      outermost = nil
      for event in events {
        switch event {
        case .line(_, _, let loops):
          if let departure = enter(loops) { return departure }
        case .assignment(let assignment):
          if let departure = enter(assignment.loops) { return departure }
          keep(assignment)
        case .iterationEnded(let frame, _):
          guard let outer = outermost, outer.line == frame.line, outer.iteration == frame.iteration
          else { continue }
          if let departure = flush(t: finder.timestep(frame)) { return departure }
          isInLoop = false
        case .returned:
          continue
        }
      }
      // The call returned or raised: what it assigned since the last comparison.
      return flush(t: isInLoop ? outermost.map(finder.timestep) : nil)
    }

    /// Notes the loops around the next statement; code outside loops is compared when a
    /// loop starts.
    private mutating func enter(_ loops: [LoopFrame]) -> Departure? {
      defer { outermost = loops.first ?? outermost }
      guard !loops.isEmpty, !isInLoop else { return nil }
      let departure = flush(t: nil)
      isInLoop = true
      return departure
    }

    private mutating func keep(_ assignment: Assignment) {
      order += 1
      guard let meaning = finder.names.meaning(of: assignment.name),
        let array = assignment.value.arrayValue, array.ndim > 0
      else { return }
      segment[assignment.name] = Entry(
        assignment: assignment, array: array, meaning: meaning, order: order)
    }

    /// Compares the stretch gathered and starts a new one; the departure, if any.
    private mutating func flush(t: Int?) -> Departure? {
      defer { segment = [:] }
      let entries = segment.values.sorted { $0.order < $1.order }
      for entry in entries
      where finder.reference.match(entry.array, quantity: entry.meaning.quantity, near: t) == nil {
        return finder.departure(entry, t: t, walk: self)
      }
      for entry in entries {
        latestByRecord[entry.meaning.record] = entry
        latestByQuantity[entry.meaning.quantity] = entry
      }
      return nil
    }

    /// The learner's value standing for `record`, other than `excluded`'s: this
    /// stretch's first, then the last one before it.
    func learnerValue(of record: String, excluding excluded: String) -> Entry? {
      let quantity = CheckedNames.quantity(of: record)
      let here = segment.values.filter { $0.assignment.name != excluded }.sorted {
        $0.order > $1.order
      }
      return here.first { $0.meaning.record == record } ?? latestByRecord[record]
        ?? here.first { $0.meaning.quantity == quantity } ?? latestByQuantity[quantity]
    }
  }

  /// The timestep of an iteration (`LoopFrame.timestep(steps:)`).
  func timestep(_ frame: LoopFrame) -> Int { frame.timestep(steps: reference.steps) }

  /// The departure at `entry`, with the correct value, its formula and inputs, and what
  /// else the learner's value is.
  func departure(_ entry: Entry, t: Int?, walk: Walk) -> Departure {
    let record = entry.meaning.record
    let correct = reference.correct(record, at: t)
    let operation = reference.operations[record]
    let a = entry.assignment
    return Departure(
      line: a.line, t: t, name: a.name, target: a.target, source: a.source, function: a.function,
      record: record, learner: entry.array, correct: correct?.value, formula: operation?.formula,
      inputs: operation.map { inputs(of: $0, at: correct?.t ?? t, entry: entry, walk: walk) } ?? [],
      deviation: deviations.first {
        $0.pass.match(entry.array, quantity: entry.meaning.quantity, near: t) != nil
      }?.deviation,
      notes: notes(entry.array, correct: correct?.value, quantity: entry.meaning.quantity, t: t))
  }

  /// The values `operation` reads at `t`, each with how the learner's value of it stood.
  private func inputs(
    of operation: Operation, at t: Int?, entry: Entry, walk: Walk
  ) -> [DepartureInput] {
    var scratch =
      reference.parameters[operation.gradientParameter ?? ""].map {
        Matrix.zeros($0.shape)
      } ?? Matrix(rows: 1, cols: 1)
    let reads = (try? reference.replay.reads(of: operation, t: t, scratch: &scratch)) ?? []
    var seen: [String] = []
    var result: [DepartureInput] = []
    for read in reads {
      let key = "\(read.name)@\(read.t)"
      guard !seen.contains(key) else { continue }
      seen.append(key)
      if reference.parameters[read.name] != nil {
        result.append(DepartureInput(name: read.name, t: nil, status: .parameter))
        continue
      }
      if read.name == "x_t" {
        result.append(DepartureInput(name: read.name, t: read.t, status: .input))
        continue
      }
      let readT: Int? = t == nil && read.t == 0 ? nil : read.t
      let correct =
        reference.value(read.name, exactlyAt: readT) ?? reference.value(read.name, exactlyAt: nil)
      guard let correct,
        let learner = walk.learnerValue(of: read.name, excluding: entry.assignment.name)
      else {
        result.append(DepartureInput(name: read.name, t: readT, status: .notHeld))
        continue
      }
      let name = learner.assignment.name
      let line = learner.assignment.line
      let agrees = Agreement.agrees(learner.array, correct.value)
      result.append(
        DepartureInput(
          name: read.name, t: readT,
          status: agrees ? .agrees(name: name, line: line) : .differs(name: name, line: line)))
    }
    return result
  }

  /// Transposed, another shape, not finite, all zeros, or another value of the pass.
  private func notes(_ array: NDArray, correct: Matrix?, quantity: String, t: Int?) -> [String] {
    var notes: [String] = []
    if !array.scalars.allSatisfy(\.isFinite) { notes.append("it holds NaN or infinity") }
    if let correct {
      let expected = "(\(correct.rows), \(correct.cols))"
      if Agreement.isTransposed(array, of: correct) {
        notes.append(
          "transposed: it is the correct value's transpose, shape \(array.shapeText) "
            + "where \(expected) is expected")
      } else if array.shape == [correct.cols, correct.rows], correct.rows != correct.cols {
        notes.append("shape \(array.shapeText) where \(expected) is expected (transposed shape)")
      } else if array.shape != [correct.rows, correct.cols] {
        notes.append("shape \(array.shapeText) where \(expected) is expected")
      }
    }
    if array.size > 0, array.scalars.allSatisfy({ $0 == 0 }) {
      notes.append("it is all zeros")
      return notes
    }
    // Another quantity's value: one per quantity, at the timestep nearest this one.
    var nearest: [String: ReferencePass.Value] = [:]
    for value in reference.everyMatch(array) {
      let other = CheckedNames.quantity(of: value.record)
      guard other != quantity else { continue }
      let distance = { (v: ReferencePass.Value) in abs((v.t ?? 0) - (t ?? 0)) }
      if let known = nearest[other], distance(known) <= distance(value) { continue }
      nearest[other] = value
    }
    let named = nearest.values.sorted { $0.record < $1.record }.prefix(3).map { value in
      value.t.map { "\(value.record) at t=\($0)" } ?? value.record
    }
    if !named.isEmpty {
      notes.append("it equals the correct " + named.joined(separator: ", "))
    }
    return notes
  }
}
