import UnrollKit
import UnrollPython

/// `unroll repl --backward FILE.py`: a learner's own forward and backward pass, stepped
/// through line by line and iteration by iteration (issue 19).
///
/// Pure, as `ReplSession` is: it answers one line with text and does no I/O. The file
/// runs once, as `unroll check` runs it (`LearnerCheck.recording`); a stop is a statement
/// about to run (an event `.line` of the recording), and every value shown is the one the
/// run held there, rebuilt from the recorded assignments: nothing runs again.
struct BackwardSession {
  /// One statement about to run.
  struct Stop {
    /// Its index in the recording's events.
    let event: Int
    /// The 1-based line.
    let line: Int
    /// The qualified function: `SimpleRNN.backward`.
    let function: String
    /// The loops around it, outermost first.
    let loops: [LoopFrame]
    /// The call it belongs to (an index into `calls`).
    let call: Int
    /// The names its statement binds (filled in as their assignments are met).
    var assigns: [String]
  }

  /// One call of a function: where its names live.
  struct Call {
    let function: String
    /// The call depth, 0 for forward and backward.
    let depth: Int
    /// Its locals when it returned, for the parameters it never assigns.
    var returnedLocals: [String: PyValue] = [:]
    /// The names it assigns somewhere.
    var assigned: Set<String> = []
  }

  /// A breakpoint: a line, or a name a statement binds.
  enum Breakpoint: Equatable {
    case line(Int)
    case name(String)

    var text: String {
      switch self {
      case .line(let n): return "line \(n)"
      case .name(let name): return name
      }
    }
  }

  let recording: LearnerRecording
  let path: String
  let text: String
  private(set) var stops: [Stop] = []
  private(set) var calls: [Call] = []
  /// The call each event belongs to.
  private var eventCalls: [Int] = []
  /// The stop each assignment event belongs to (by event index).
  private var assignmentStops: [Int: Int] = [:]
  var position = 0
  var breakpoints: [Breakpoint] = []
  var style: Style
  var format: ValueFormat
  /// The terminal's width.
  let width: Int
  /// The last command an empty line repeats.
  var lastRepeatable: String?
  /// The language of `help` (`--lang` or the locale).
  var language: Language = .en

  init(recording: LearnerRecording, path: String, text: String, style: Style, width: Int) {
    self.recording = recording
    self.path = path
    self.text = text
    self.style = style
    self.width = max(width, 40)
    format = ValueFormat(width: max(width - 6, 30))
    index()
  }

  /// Groups the events into calls and stops.
  private mutating func index() {
    var stack: [Int] = []
    var lastStop: [Int: [Int: Int]] = [:]  // call → line → its latest stop
    for (i, event) in recording.events.enumerated() {
      switch event {
      case .line(let line, let function, let loops):
        if stack.last.map({ calls[$0].function != function }) ?? true {
          calls.append(Call(function: function, depth: stack.count))
          stack.append(calls.count - 1)
        }
        let call = stack.last ?? 0
        eventCalls.append(call)
        lastStop[call, default: [:]][line] = stops.count
        stops.append(
          Stop(event: i, line: line, function: function, loops: loops, call: call, assigns: []))
      case .assignment(let a):
        let call = stack.last ?? 0
        eventCalls.append(call)
        if !a.isAttribute { calls[call].assigned.insert(a.name) }
        if let stop = lastStop[call]?[a.line] {
          assignmentStops[i] = stop
          if !stops[stop].assigns.contains(a.name) { stops[stop].assigns.append(a.name) }
        }
      case .iterationEnded:
        eventCalls.append(stack.last ?? 0)
      case .returned(let function, _, let locals, _):
        eventCalls.append(stack.last ?? 0)
        if let top = stack.last, calls[top].function == function {
          calls[top].returnedLocals = locals
          stack.removeLast()
        }
      }
    }
  }

  // MARK: Where

  var stop: Stop? { stops.indices.contains(position) ? stops[position] : nil }

  /// The timestep of a stop: the outermost loop's (the notes' `t` + 1); nil outside loops.
  func timestep(_ stop: Stop) -> Int? {
    stop.loops.first?.timestep(steps: recording.steps)
  }

  /// The source line `n` (1-based), or "".
  func sourceLine(_ n: Int) -> String {
    let lines = recording.report.sourceLines
    return n >= 1 && n <= lines.count ? lines[n - 1] : ""
  }

  /// `line 34, SimpleRNN.backward, t = 9`.
  func place(_ stop: Stop) -> String {
    var text = "line \(stop.line), \(stop.function)"
    if let t = timestep(stop) { text += ", t = \(t)" }
    return text
  }

  // MARK: Values as of a stop

  /// The learner's names as they stand when `stop`'s statement is about to run: the call's
  /// locals, `self` with its attributes as of then, the module's constants.
  func names(at index: Int) -> [String: PyValue] {
    guard stops.indices.contains(index) else { return recording.globals }
    let stop = stops[index]
    var names = recording.globals
    var attributes: [String: PyValue] = [:]
    for (name, value) in recording.presetAttributes { attributes[name] = value }
    var locals: [String: PyValue] = [:]
    for i in 0..<stop.event {
      guard case .assignment(let a) = recording.events[i] else { continue }
      if a.isAttribute {
        attributes[a.name] = a.value
      } else if eventCalls[i] == stop.call {
        locals[a.name] = a.value
      }
    }
    let call = calls[stop.call]
    for (name, value) in call.returnedLocals
    where locals[name] == nil && !call.assigned.contains(name) && name != "self" {
      locals[name] = value
    }
    for (name, value) in locals { names[name] = value }
    if let instance = instance(attributes) { names["self"] = instance }
    return names
  }

  /// An instance of the learner's class holding `attributes` (made without `__init__`).
  private func instance(_ attributes: [String: PyValue]) -> PyValue? {
    guard let className = recording.report.className,
      let python = try? PythonInterpreter(file: SourceFile(path: path, text: text)),
      (try? python.runModule()) != nil,
      let object = try? python.instantiate(className)
    else { return nil }
    for (name, value) in attributes { try? python.setAttribute(object, name, value) }
    return object
  }

  /// The assignments made between two stops' events, in order.
  func assignments(from start: Int, to end: Int) -> [Assignment] {
    guard start < end else { return [] }
    var found: [Assignment] = []
    for i in start..<min(end, recording.events.count) {
      if case .assignment(let a) = recording.events[i] { found.append(a) }
    }
    return found
  }
}
