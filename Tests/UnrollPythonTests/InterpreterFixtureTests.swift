import Foundation
import Testing

@testable import UnrollPython

/// One snippet of Fixtures/python/cases.json, run by real Python 3.11 and NumPy
/// (scripts/reference/make-python-fixtures.py), with what it left behind.
struct PythonFixture: Decodable, Sendable, CustomTestStringConvertible {
  let name: String
  let source: String
  let expect: Expectation

  struct Expectation: Decodable, Sendable {
    let variables: [String: FixtureValue]?
    let error: FixtureError?
    let output: String
  }

  struct FixtureError: Decodable, Sendable {
    let kind: String
    let message: String
    let line: Int?
    let column: Int?
  }

  var testDescription: String { name }

  /// All cases of the fixture file.
  static let all: [PythonFixture] = {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Fixtures/python/cases.json")
    struct File: Decodable { let cases: [PythonFixture] }
    guard let data = try? Data(contentsOf: url),
      let file = try? JSONDecoder().decode(File.self, from: data)
    else { return [] }
    return file.cases
  }()
}

/// A value as the fixture script encodes it.
indirect enum FixtureValue: Decodable, Sendable {
  case array(shape: [Int], dtype: String, data: [String])
  case list([FixtureValue])
  case tuple([FixtureValue])
  case dict([(FixtureValue, FixtureValue)])
  case instance(String, [String: FixtureValue])
  case repr(String)

  private enum Keys: String, CodingKey { case array, list, tuple, dict, instance, attributes, repr }
  private struct ArrayBody: Decodable {
    let shape: [Int]
    let dtype: String
    let data: [String]
  }

  init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: Keys.self)
    if let a = try c.decodeIfPresent(ArrayBody.self, forKey: .array) {
      self = .array(shape: a.shape, dtype: a.dtype, data: a.data)
    } else if let items = try c.decodeIfPresent([FixtureValue].self, forKey: .list) {
      self = .list(items)
    } else if let items = try c.decodeIfPresent([FixtureValue].self, forKey: .tuple) {
      self = .tuple(items)
    } else if let pairs = try c.decodeIfPresent([[FixtureValue]].self, forKey: .dict) {
      self = .dict(pairs.compactMap { $0.count == 2 ? ($0[0], $0[1]) : nil })
    } else if let name = try c.decodeIfPresent(String.self, forKey: .instance) {
      self = .instance(name, try c.decode([String: FixtureValue].self, forKey: .attributes))
    } else {
      self = .repr(try c.decode(String.self, forKey: .repr))
    }
  }
}

/// Why `actual` differs from `expected`, or nil when they agree (arrays to 1e-12 relative).
func mismatch(_ actual: PyValue, _ expected: FixtureValue, at path: String) -> String? {
  switch expected {
  case .array(let shape, let dtype, let data):
    guard case .array(let ref) = actual else {
      return "\(path): expected an array, got \(Evaluator.repr(actual))"
    }
    let array = ref.value
    guard array.shape == shape, array.dtype.rawValue == dtype else {
      return "\(path): expected shape \(shape) \(dtype), got \(array.shape) \(array.dtype)"
    }
    for (i, (a, e)) in zip(array.scalars, data).enumerated() {
      let value: Double =
        e == "True"
        ? 1
        : e == "False" ? 0 : Double(e) ?? (e == "inf" ? .infinity : e == "-inf" ? -.infinity : .nan)
      if value.isNaN && a.isNaN { continue }
      if a == value { continue }
      if abs(a - value) <= 1e-12 * max(abs(a), abs(value)) { continue }
      return "\(path)[\(i)]: expected \(e), got \(a)"
    }
    return nil
  case .list(let items), .tuple(let items):
    let isList: Bool
    if case .list = expected { isList = true } else { isList = false }
    let elements: [PyValue]
    switch actual {
    case .list(let ref) where isList: elements = ref.items
    case .tuple(let values) where !isList: elements = values
    default:
      return "\(path): expected a \(isList ? "list" : "tuple"), got \(Evaluator.repr(actual))"
    }
    guard elements.count == items.count else {
      return "\(path): expected \(items.count) items, got \(elements.count)"
    }
    for (i, (a, e)) in zip(elements, items).enumerated() {
      if let m = mismatch(a, e, at: "\(path)[\(i)]") { return m }
    }
    return nil
  case .dict(let pairs):
    guard case .dict(let ref) = actual, ref.keys.count == pairs.count else {
      return "\(path): expected a dict of \(pairs.count), got \(Evaluator.repr(actual))"
    }
    for (i, (key, value)) in pairs.enumerated() {
      if let m = mismatch(ref.keys[i], key, at: "\(path).key\(i)") { return m }
      if let m = mismatch(ref.values[i], value, at: "\(path)[\(i)]") { return m }
    }
    return nil
  case .instance(let name, let attributes):
    guard case .instance(let ref) = actual, ref.classRef.name == name else {
      return "\(path): expected a \(name), got \(Evaluator.repr(actual))"
    }
    guard Set(ref.attributes.keys) == Set(attributes.keys) else {
      return "\(path): attributes \(ref.attributes.keys.sorted()) != \(attributes.keys.sorted())"
    }
    for (key, value) in attributes {
      if let a = ref.attributes[key], let m = mismatch(a, value, at: "\(path).\(key)") { return m }
    }
    return nil
  case .repr(let text):
    let got = Evaluator.repr(actual)
    return got == text ? nil : "\(path): expected \(text), got \(got)"
  }
}

/// Whether a global is one the fixture script lists (it leaves out modules and callables).
func isFixtureVariable(_ name: String, _ value: PyValue) -> Bool {
  if name.hasPrefix("_") { return false }
  switch value {
  case .module, .function, .boundMethod, .builtin, .classObject: return false
  default: return true
  }
}

@Suite struct InterpreterFixtureTests {
  @Test func theCorpusIsThere() {
    #expect(PythonFixture.all.count >= 100)
  }

  @Test(arguments: PythonFixture.all)
  func snippetMatchesPython(_ fixture: PythonFixture) throws {
    var interpreter: PythonInterpreter?
    var failure: PythonError?
    do {
      let made = try PythonInterpreter(
        file: SourceFile(path: "\(fixture.name).py", text: fixture.source))
      interpreter = made
      try made.runAll()
    } catch let error as PythonError {
      failure = error
    }
    if let expected = fixture.expect.error {
      let error = try #require(failure, "expected \(expected.kind): \(expected.message)")
      #expect(error.kind == expected.kind)
      #expect(error.message == expected.message)
      #expect(error.line == expected.line)
      if let column = expected.column { #expect(error.column == column) }
    } else {
      #expect(failure == nil)
      let globals = try #require(interpreter).globals.filter { isFixtureVariable($0.key, $0.value) }
      let expected = fixture.expect.variables ?? [:]
      #expect(Set(globals.keys) == Set(expected.keys))
      for (name, value) in expected {
        guard let actual = globals[name] else { continue }
        let problem = mismatch(actual, value, at: name)
        #expect(problem == nil)
      }
    }
    if let interpreter { #expect(interpreter.output == fixture.expect.output) }
  }
}
