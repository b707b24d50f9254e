import Foundation
import Testing

@testable import UnrollPython

/// The error texts issue 19's contract names, against real Python and NumPy
/// (Fixtures/python/check-errors.json, made by scripts/reference/check-error-texts.py).
@Suite struct CheckErrorTextTests {
  struct Case: CustomTestStringConvertible, Sendable {
    let name: String
    let source: String
    let kind: String
    let message: String
    let line: Int?
    let column: Int?
    var testDescription: String { name }
  }

  static func fixture() throws -> [String: Any] {
    let data = try Data(
      contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/python/check-errors.json"))
    return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
  }

  static func cases() throws -> [Case] {
    let entries = try #require(try fixture()["cases"] as? [[String: Any]])
    return entries.compactMap { entry in
      guard let name = entry["name"] as? String, let source = entry["source"] as? String,
        let kind = entry["kind"] as? String, let message = entry["message"] as? String
      else { return nil }
      return Case(
        name: name, source: source, kind: kind, message: message, line: entry["line"] as? Int,
        column: entry["column"] as? Int)
    }
  }

  @Test func theCorpusIsThere() throws {
    #expect(try Self.cases().count == 14)
  }

  @Test(arguments: try cases())
  func theErrorIsPythonsAndNumPysOwn(_ testCase: Case) throws {
    let raised = try #require(error(running: testCase.source), "\(testCase.name) ran through")
    #expect(raised.kind == testCase.kind)
    #expect(raised.message == testCase.message)
    #expect(raised.line == testCase.line)
    #expect(raised.column == testCase.column)
  }

  /// NumPy makes a view of `hs[:, 0].reshape(-1, 1)` (the fixture says so): the subset copies
  /// it, so it refuses a write into it rather than leave `hs` silently unchanged.
  @Test func writingIntoAReshapeOfAStridedSliceIsRefused() throws {
    let view = try #require(try Self.fixture()["view"] as? [String: Any])
    #expect(view["shares_memory"] as? Bool == true)
    #expect(view["hs_changed"] as? Bool == true)
    let source = try #require(view["source"] as? String)
    let refused = try #require(error(running: source))
    #expect(refused.kind == "UnsupportedError")
    #expect(refused.line == 4)
    #expect(refused.message.hasPrefix("writing into a reshape of a strided slice"))
    let inPlace = source.replacingOccurrences(of: "v[0, 0] = 1.0", with: "v += 1.0")
    #expect(error(running: inPlace)?.kind == "UnsupportedError")
    // Reading it is exact; a copy of it, or a reshape of a contiguous slice, may be written.
    let allowed = try run(
      "import numpy as np\nhs = np.array([[0.0, 1, 2], [3, 4, 5], [6, 7, 8], [9, 10, 11]])\nv = hs[:, 0].reshape(-1, 1)\n"
        + "s = float(v.sum())\nw = v.copy()\nw[0, 0] = 5.0\nr = hs[1].reshape(3, 1)\n"
        + "r[0, 0] = 7.0\n")
    #expect(allowed.global("s")?.arrayValue?.scalars == [18])
    #expect(allowed.global("hs")?.arrayValue?.scalars[0] == 0)
    #expect(allowed.global("hs")?.arrayValue?.scalars[3] == 7)
  }
}
