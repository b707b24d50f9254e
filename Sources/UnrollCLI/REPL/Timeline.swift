import UnrollKit

/// One line of a block as the REPL shows it: an operation, or a record when the
/// program behind a recording is not known.
struct ReplLine {
  /// The record name, or `dWxh` for an accumulation.
  let name: String
  /// The formula for people.
  let formula: String
  /// The NumPy line.
  let line: String
  /// How the documents' line differs from the correct rule, if it does.
  let deviation: String?
  /// The operation, when the timeline was built from the programs.
  let operation: Operation?
  /// The parameter an accumulation adds into, if this line is one.
  let parameter: String?
}

/// One run of a block: the forward step at t = 3, the head, the backward step at t = 7.
struct ReplGroup {
  /// The phase of the block.
  let phase: Phase
  /// The timestep, nil for a block that runs once.
  let t: Int?
  /// The block's lines, all of them, even past a failure.
  let lines: [ReplLine]
  /// The index of this group's first stop.
  var firstStop: Int
  /// The index of this group's last stop.
  var lastStop: Int
}

/// A place to stop: line `k` of a group, with how many records exist at that moment.
struct ReplStop {
  /// The group it belongs to.
  let group: Int
  /// The line within the group, 0-based.
  let k: Int
  /// The record this line made, for an assignment that ran.
  let record: Int?
  /// How many records exist once this line has run: `records[0..<visible]`.
  let visible: Int
  /// Whether this is the line that threw and ended the recording.
  let isFailure: Bool
}

/// Every stop of a recording, in order, with the lookups the commands need, built once.
///
/// Read from the interpreter's stop log (`Recording.stops`: each operation that ran, with
/// its program, block and timestep), so accumulations get stops too; a recording without
/// a log, or one whose log names other programs than those given, is laid out from its
/// records alone.
struct Timeline {
  /// The groups in order.
  private(set) var groups: [ReplGroup] = []
  /// The stops in order; never empty for a recording with at least one record.
  private(set) var stops: [ReplStop] = []
  /// Whether the stops came from the programs (with accumulations) or the records alone.
  private(set) var isFromPrograms = true
  /// For each parameter, the stop indices of its accumulations, in order.
  private(set) var accumulations: [String: [Int]] = [:]

  /// The programs that produced `trace`: its model's forward pass and `trace.bptt`'s
  /// backward pass.
  static func programs(for trace: Trace) -> [Program] {
    [trace.model.forward, (try? trace.model.backward(trace.bptt)) ?? trace.model.backward]
  }

  /// The timeline of `trace`.
  init(trace: Trace) {
    self.init(trace: trace, programs: Timeline.programs(for: trace))
  }

  /// The timeline of `trace`, whose stop log indexes `programs`.
  init(trace: Trace, programs: [Program]) {
    if !build(programs: programs, recording: trace.recording) {
      self = Timeline()
      isFromPrograms = false
      buildFromRecords(trace)
    }
  }

  private init() {}

  /// The stop at `index`, or nil out of range.
  func stop(_ index: Int) -> ReplStop? {
    index >= 0 && index < stops.count ? stops[index] : nil
  }

  /// The group of a stop.
  func group(of stop: ReplStop) -> ReplGroup { groups[stop.group] }

  /// The line of a stop.
  func line(of stop: ReplStop) -> ReplLine { groups[stop.group].lines[stop.k] }

  /// The group that runs `phase` at timestep `t`, if the recording reached it.
  func groupIndex(phase: Phase, t: Int?) -> Int? {
    groups.firstIndex { $0.phase == phase && $0.t == t && $0.firstStop <= $0.lastStop }
  }

  /// The first stop of `phase`, if the recording reached it.
  func firstStop(of phase: Phase) -> Int? {
    groups.first { $0.phase == phase }?.firstStop
  }

  /// The stops of the pass `position` belongs to: forward and output, or backward.
  func pass(of position: Int) -> ClosedRange<Int> {
    guard let stop = stop(position) else { return 0...0 }
    let isBackward = groups[stop.group].phase == .backward
    let first = isBackward ? (firstStop(of: .backward) ?? 0) : 0
    let last =
      isBackward
      ? stops.count - 1 : (firstStop(of: .backward).map { $0 - 1 } ?? stops.count - 1)
    return first...max(first, last)
  }

  /// Lays out the stop log, a group per run of a block; false when there is no log or it
  /// names other programs.
  private mutating func build(programs: [Program], recording: Recording) -> Bool {
    guard !recording.stops.isEmpty, recording.programNames == programs.map(\.name) else {
      return false
    }
    var current: (program: Int, block: Int, t: Int?)? = nil
    var visible = 0
    for entry in recording.stops {
      guard entry.program < programs.count, entry.block < programs[entry.program].blocks.count
      else { return false }
      let block = programs[entry.program].blocks[entry.block]
      if current == nil || current?.program != entry.program || current?.block != entry.block
        || current?.t != entry.t
      {
        current = (entry.program, entry.block, entry.t)
        groups.append(
          ReplGroup(
            phase: block.phase, t: entry.t, lines: block.operations.map(Timeline.line),
            firstStop: stops.count, lastStop: stops.count))
      }
      if let record = entry.record { visible = record + 1 }
      if let parameter = entry.parameter, !entry.isFailure {
        accumulations[parameter, default: []].append(stops.count)
      }
      appendStop(
        ReplStop(
          group: groups.count - 1, k: entry.operation, record: entry.record, visible: visible,
          isFailure: entry.isFailure))
    }
    return true
  }

  /// One stop per record, grouped by runs of (phase, t), then the failure if any.
  private mutating func buildFromRecords(_ trace: Trace) {
    var runs: [(phase: Phase, t: Int?, records: [Int])] = []
    for (i, record) in trace.records.enumerated() {
      if let last = runs.last, last.phase == record.phase, last.t == record.t {
        runs[runs.count - 1].records.append(i)
      } else {
        runs.append((record.phase, record.t, [i]))
      }
    }
    for run in runs {
      var lines = run.records.map { i -> ReplLine in
        let r = trace.records[i]
        return ReplLine(
          name: r.name, formula: r.formula, line: r.line, deviation: nil, operation: nil,
          parameter: nil)
      }
      var failing: ReplLine? = nil
      if let failure = trace.recording.failure, run.records.last == trace.records.count - 1,
        failure.phase == run.phase, failure.t == run.t
      {
        failing = Timeline.line(failure.operation)
        if let failing { lines.append(failing) }
      }
      let groupIndex = groups.count
      groups.append(
        ReplGroup(
          phase: run.phase, t: run.t, lines: lines, firstStop: stops.count,
          lastStop: stops.count))
      for (k, i) in run.records.enumerated() {
        appendStop(ReplStop(group: groupIndex, k: k, record: i, visible: i + 1, isFailure: false))
      }
      if failing != nil {
        appendStop(
          ReplStop(
            group: groupIndex, k: run.records.count, record: nil,
            visible: trace.records.count, isFailure: true))
      }
    }
    if let failure = trace.recording.failure, stops.last?.isFailure != true {
      groups.append(
        ReplGroup(
          phase: failure.phase, t: failure.t, lines: [Timeline.line(failure.operation)],
          firstStop: stops.count, lastStop: stops.count))
      appendStop(
        ReplStop(
          group: groups.count - 1, k: 0, record: nil, visible: trace.records.count,
          isFailure: true))
    }
  }

  private static func line(_ op: Operation) -> ReplLine {
    ReplLine(
      name: op.name, formula: op.formula, line: op.line, deviation: op.deviation,
      operation: op, parameter: op.gradientParameter)
  }

  private mutating func appendStop(_ stop: ReplStop) {
    stops.append(stop)
    groups[stop.group].lastStop = stops.count - 1
  }
}
