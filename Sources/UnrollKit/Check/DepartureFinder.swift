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
    /// Every checked value so far, in the order assigned.
    var history: [Entry] = []
    /// This stretch's arrays under names that are not checked (`delta`, `grad_h`).
    var unchecked: [(assignment: Assignment, array: NDArray)] = []

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
      guard let array = assignment.value.arrayValue, array.ndim > 0 else { return }
      guard let meaning = finder.names.meaning(of: assignment.name) else {
        if !assignment.isAttribute { unchecked.append((assignment, array)) }
        return
      }
      let entry = Entry(assignment: assignment, array: array, meaning: meaning, order: order)
      segment[assignment.name] = entry
      history.append(entry)
    }

    /// Compares the stretch gathered and starts a new one; the departure, if any.
    private mutating func flush(t: Int?) -> Departure? {
      defer {
        segment = [:]
        unchecked = []
      }
      let entries = segment.values.sorted { $0.order < $1.order }
      for entry in entries
      where finder.reference.match(entry.array, quantity: entry.meaning.quantity, near: t) == nil {
        return finder.departure(entry, t: t, walk: self)
      }

      return nil
    }

    /// The learner's values standing for `record`'s quantity when `departing`'s line ran:
    /// each other name's last value assigned before it, latest first.
    func learnerValues(of record: String, before departing: Entry) -> [Entry] {
      let quantity = CheckedNames.quantity(of: record)
      var byName: [String: Entry] = [:]
      for entry in history where entry.order < departing.order {
        if entry.meaning.quantity == quantity, entry.assignment.name != departing.assignment.name {
          byName[entry.assignment.name] = entry
        }
      }
      return byName.values.sorted { $0.order > $1.order }
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
      notes: notes(entry.array, correct: correct?.value, quantity: entry.meaning.quantity, t: t)
        + elsewhere(correct, record: record, walk: walk))
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
      let held = walk.learnerValues(of: read.name, before: entry)
      guard let correct, !held.isEmpty else {
        result.append(DepartureInput(name: read.name, t: readT, status: .notHeld))
        continue
      }
      // The learner's own spelling of it (dh for dh, h or h_t for h_t): a local of the same
      // function, or an attribute. When one of those is wrong, the input is wrong.
      let spellings = [
        read.name, read.name.hasSuffix("_t") ? String(read.name.dropLast(2)) : read.name,
      ]
      .map(CheckedNames.key)
      let exact = held.filter {
        spellings.contains(CheckedNames.key($0.assignment.name))
          && ($0.assignment.isAttribute || $0.assignment.function == entry.assignment.function)
      }
      let agreeing = held.filter { Agreement.agrees($0.array, correct.value) }
      let wrong = exact.filter { !Agreement.agrees($0.array, correct.value) }
      if wrong.isEmpty, let first = exact.first ?? agreeing.first {
        let status = DepartureInput.Status.agrees(
          name: first.assignment.name, line: first.assignment.line)
        result.append(DepartureInput(name: read.name, t: readT, status: status))
        continue
      }
      let shown = wrong.isEmpty ? Array(held.prefix(3)) : wrong + agreeing
      let holders = shown.map { holder in
        let match = reference.match(holder.array, quantity: holder.meaning.quantity, near: readT)
        return DepartureInput.Holder(
          name: holder.assignment.name, line: holder.assignment.line,
          holds: match.map { value in value.t.map { "\(value.record) at t=\($0)" } ?? value.record }
        )
      }
      result.append(DepartureInput(name: read.name, t: readT, status: .differs(holders)))
    }
    return result
  }

  /// The learner's arrays under other names in the departing stretch that hold the
  /// correct value: the right value computed, under a name that is not checked.
  private func elsewhere(_ correct: ReferencePass.Value?, record: String, walk: Walk) -> [String] {
    guard let correct else { return [] }
    return walk.unchecked.filter { Agreement.agrees($0.array, correct.value) }.prefix(1).map {
      "your \($0.assignment.name) (line \($0.assignment.line)) holds the correct \(record)"
    }
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
