import Foundation
import Testing

@testable import UnrollPython

/// One case of `Fixtures/numpy/*.json`, written by `scripts/reference/make-numpy-fixtures.py`
/// from real NumPy: an operation, its arguments, and NumPy's array, text or error.
struct NumPyCase {
  let op: String
  let args: [Any]
  let expected: Expected

  /// What NumPy gave.
  enum Expected {
    case array(NDArray)
    case text(String)
    case error(kind: String, message: String)
  }

  /// The cases of `Fixtures/numpy/NAME.json` beside this file.
  static func load(_ name: String) throws -> [NumPyCase] {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Fixtures/numpy/\(name).json")
    let json = try need(
      try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    let cases = try need(json["cases"] as? [[String: Any]])
    return try cases.map { entry in
      let expected: Expected
      if let error = entry["error"] as? [String: Any] {
        expected = .error(
          kind: try need(error["kind"] as? String),
          message: try need(error["message"] as? String))
      } else if let text = entry["text"] as? String {
        expected = .text(text)
      } else {
        expected = .array(try decodeArray(entry["expect"]))
      }
      return NumPyCase(
        op: try need(entry["op"] as? String), args: try need(entry["args"] as? [Any]),
        expected: expected)
    }
  }

  /// The outcome of running the case through UnrollPython.
  func run() throws -> Expected {
    func array(_ i: Int) throws -> NDArray { try decodeArray(args[i]) }
    func optionalArray(_ i: Int) throws -> NDArray? {
      args[i] is NSNull ? nil : try decodeArray(args[i])
    }
    func arrays(_ i: Int) throws -> [NDArray] {
      try (try need(args[i] as? [Any])).map(decodeArray)
    }
    func ints(_ i: Int) throws -> [Int] { try need(args[i] as? [Int]) }
    func axis(_ i: Int) -> Int? { args[i] as? Int }
    func name(_ i: Int) throws -> String { try need(args[i] as? String) }
    let result: NDArray
    switch op {
    case "binary":
      result = try NumPy.binary(
        try need(BinaryOp(rawValue: try name(0))), try array(1), try array(2))
    case "unary":
      result = try NumPy.unary(try need(UnaryOp(rawValue: try name(0))), try array(1))
    case "dot": result = try NumPy.dot(try array(0), try array(1))
    case "matmul": result = try NumPy.matmul(try array(0), try array(1))
    case "outer": result = try NumPy.outer(try array(0), try array(1))
    case "clip": result = try NumPy.clip(try array(0), try optionalArray(1), try optionalArray(2))
    case "sum":
      result = try NumPy.sum(
        try array(0), axis: axis(1), keepdims: try need(args[2] as? Bool))
    case "mean":
      result = try NumPy.mean(
        try array(0), axis: axis(1), keepdims: try need(args[2] as? Bool))
    case "vstack": result = try NumPy.vstack(try arrays(0))
    case "hstack": result = try NumPy.hstack(try arrays(0))
    case "concatenate":
      result = try NumPy.concatenate(try arrays(0), axis: try need(axis(1)))
    case "zeros": result = try NumPy.zeros(try ints(0))
    case "ones": result = try NumPy.ones(try ints(0))
    case "zeros_like": result = try NumPy.zerosLike(try array(0))
    case "ones_like": result = try NumPy.onesLike(try array(0))
    case "array": result = try NumPy.array(try decodeNested(args[0]))
    case "reshape": result = try array(0).reshaped(try ints(1))
    case "T": result = try array(0).transposed
    case "flatten": result = try array(0).flattened
    case "getitem": result = try array(0).subscripted(try decodeIndex(args[1]))
    case "setitem":
      var target = try array(0)
      try target.assign(try decodeIndex(args[1]), try array(2))
      result = target
    case "inplace":
      var target = try array(1)
      try target.applyInPlace(try need(BinaryOp(rawValue: try name(0))), try array(2))
      result = target
    case "astype": result = try array(0).astype(try need(DType(rawValue: try name(1))))
    case "bool": result = NDArray(scalar: try array(0).truthValue() ? 1 : 0, dtype: .bool)
    case "float": result = NDArray(scalar: try array(0).pythonScalar())
    case "item":
      let a = try array(0)
      result = NDArray(scalar: try a.item(), dtype: a.dtype)
    case "len": result = NDArray(scalar: Double(try array(0).length()), dtype: .int64)
    case "iter":
      let a = try array(0)
      let rows = try a.rows()
      result =
        rows.isEmpty
        ? try NumPy.zeros([0])
        : try NDArray(
          shape: [rows.count] + rows[0].shape, scalars: rows.flatMap(\.scalars), dtype: a.dtype)
    case "repr": return .text(try array(0).repr)
    case "str": return .text(try array(0).str)
    default: throw NumPyError(kind: "Fixture", message: "unknown op \(op)")
    }
    return .array(result)
  }
}

/// `value`, or an error saying the fixture lacks it.
func need<T>(_ value: T?, sourceLocation: SourceLocation = #_sourceLocation) throws -> T {
  guard let value else {
    throw NumPyError(kind: "Fixture", message: "malformed fixture at \(sourceLocation)")
  }
  return value
}

/// An array as the fixtures write it: shape, dtype and the entries as strings.
func decodeArray(_ value: Any?) throws -> NDArray {
  let json = try need(value as? [String: Any])
  let data = try (try need(json["data"] as? [String])).map { try need(Double($0)) }
  return try NDArray(
    shape: try need(json["shape"] as? [Int]), scalars: data,
    dtype: try need(DType(rawValue: try need(json["dtype"] as? String))))
}

/// A basic index as the fixtures write it: ["i", n], ["s", start, stop, step], ["n"], ["e"].
func decodeIndex(_ value: Any) throws -> [IndexItem] {
  try (try need(value as? [[Any]])).map { item in
    switch item.first as? String {
    case "i": return .int(try need(item[1] as? Int))
    case "s": return .slice(start: item[1] as? Int, stop: item[2] as? Int, step: item[3] as? Int)
    case "n": return .newAxis
    default: return .ellipsis
    }
  }
}

/// A nested list for `np.array` with tagged leaves {"f": "1.5"}, {"i": "3"}, {"b": true}.
func decodeNested(_ value: Any) throws -> Nested {
  if let list = value as? [Any] { return .list(try list.map(decodeNested)) }
  let leaf = try need(value as? [String: Any])
  if let f = leaf["f"] as? String { return .scalar(try need(Double(f)), .float64) }
  if let i = leaf["i"] as? String { return .scalar(try need(Double(i)), .int64) }
  return .scalar((leaf["b"] as? Bool ?? false) ? 1 : 0, .bool)
}

/// How closely a case's numbers must agree with NumPy's.
enum Tolerance {
  /// Bit for bit (NaN equal to NaN, the sign of zero kept).
  case exact
  /// Within `n` units in the last place (libm against NumPy's own loops).
  case ulps(Int)
  /// Within a relative difference (BLAS's and NumPy's summation orders).
  case relative(Double)

  /// The tolerance for a case: sums and products in a different order, transcendental
  /// functions from another libm, everything else exact.
  static func of(_ testCase: NumPyCase) -> Tolerance {
    switch testCase.op {
    case "dot", "matmul", "sum", "mean": return .relative(1e-13)
    case "unary", "binary":
      let name = testCase.args.first as? String ?? ""
      // glibc's tanh is off by up to 2 ulps and NumPy's own SIMD tanh by 1, so the two
      // differ by up to 3; exp, log and pow agree to 1.
      if name == "tanh" { return .ulps(3) }
      return ["exp", "log", "power"].contains(name) ? .ulps(1) : .exact
    default: return .exact
    }
  }
}

/// The distance of two Doubles in units in the last place (0 for equal values and NaN pairs).
func ulpDistance(_ a: Double, _ b: Double) -> Double {
  if a.bitPattern == b.bitPattern || (a.isNaN && b.isNaN) { return 0 }
  if a == b { return 0 }  // 0.0 and -0.0
  guard a.isFinite, b.isFinite else { return .infinity }
  return Swift.abs(a - b) / Swift.max(a.ulp, b.ulp)
}

/// Differences seen against NumPy over one fixture file.
struct Agreement {
  var cases = 0
  var passed = 0
  var entries = 0
  var differing = 0
  var largestRelative = 0.0
  var largestUlps = 0.0
}

@Suite struct NDArrayFixtureTests {
  /// Every case of every fixture file: NumPy's arrays, texts and errors reproduced.
  @Test(arguments: [
    "elementwise", "linalg", "reductions", "shape", "creation", "indexing", "setitem",
    "printing", "python",
  ])
  func fixtureFile(_ name: String) throws {
    let cases = try NumPyCase.load(name)
    #expect(cases.count > 10)
    var agreement = Agreement()
    var categories = [String: Agreement]()
    var failures = [String]()
    for (number, testCase) in cases.enumerated() {
      agreement.cases += 1
      let outcome: NumPyCase.Expected
      do {
        outcome = try testCase.run()
      } catch let error as NumPyError {
        outcome = .error(kind: error.kind, message: error.message)
      }
      let category =
        ["unary", "binary"].contains(testCase.op)
        ? "\(testCase.op) \(testCase.args.first ?? "")" : testCase.op
      var detail = categories[category] ?? Agreement()
      _ = compare(outcome, testCase, &detail)
      categories[category] = detail
      if let failure = compare(outcome, testCase, &agreement) {
        let detail = testCase.args.first as? String ?? ""
        failures.append("\(name) #\(number) \(testCase.op) \(detail): \(failure)")
      } else {
        agreement.passed += 1
      }
    }
    print(
      "numpy fixtures \(name): \(agreement.passed)/\(agreement.cases) cases pass; "
        + "\(agreement.differing) of \(agreement.entries) entries not bit-identical; largest "
        + "relative difference \(agreement.largestRelative), largest ulps \(agreement.largestUlps)"
    )
    for (category, detail) in categories.sorted(by: { $0.key < $1.key }) where detail.differing > 0
    {
      print(
        "  \(category): \(detail.differing) of \(detail.entries) entries differ; largest "
          + "relative \(detail.largestRelative), largest ulps \(detail.largestUlps)")
    }
    for failure in failures.prefix(25) {
      print(failure)
      Issue.record(Comment(rawValue: failure))
    }
    #expect(failures.isEmpty, "\(failures.count) of \(cases.count) cases differ")
  }

  /// Why `outcome` differs from the case's expectation, or nil when it agrees.
  func compare(_ outcome: NumPyCase.Expected, _ testCase: NumPyCase, _ agreement: inout Agreement)
    -> String?
  {
    switch (outcome, testCase.expected) {
    case (.error(let kind, let message), .error(let wantKind, let wantMessage)):
      return kind == wantKind && message == wantMessage
        ? nil : "error \(kind): \(message) ≠ \(wantKind): \(wantMessage)"
    case (.text(let text), .text(let want)):
      return text == want ? nil : "text\n\(text)\n≠ NumPy's\n\(want)"
    case (.array(let got), .array(let want)):
      guard got.shape == want.shape, got.dtype == want.dtype, got.size == want.size else {
        return "shape \(got.shape) \(got.dtype) ≠ \(want.shape) \(want.dtype)"
      }
      var worst: String? = nil
      let tolerance = Tolerance.of(testCase)
      for (a, b) in zip(got.scalars, want.scalars) {
        agreement.entries += 1
        let identical = a.bitPattern == b.bitPattern || (a.isNaN && b.isNaN)
        if identical { continue }
        agreement.differing += 1
        let ulps = ulpDistance(a, b)
        let relative =
          a == b ? 0 : Swift.abs(a - b) / Swift.max(Swift.abs(a), Swift.abs(b), 1e-300)
        if relative.isFinite {
          agreement.largestRelative = max(agreement.largestRelative, relative)
        }
        if ulps.isFinite { agreement.largestUlps = max(agreement.largestUlps, ulps) }
        let fits: Bool
        switch tolerance {
        case .exact: fits = false
        case .ulps(let n): fits = ulps <= Double(n)
        case .relative(let r): fits = relative <= r || Swift.abs(a - b) <= 1e-300
        }
        if !fits, worst == nil { worst = "entry \(a) ≠ NumPy's \(b) (\(ulps) ulps)" }
      }
      return worst
    case (.array(let got), _):
      return "gave \(got.shape) \(got.scalars.prefix(4)), NumPy: \(testCase.expected)"
    case (.error(let kind, let message), _):
      return "threw \(kind): \(message), NumPy: \(testCase.expected)"
    case (.text(let text), _): return "gave \(text), NumPy: \(testCase.expected)"
    }
  }
}
