import UnrollKit

/// What is wrong with a `--data` file: the file, the key, what was expected and found.
struct TrainingDataError: Error, Sendable, CustomStringConvertible {
  /// The file's path, as given.
  let path: String
  /// The key or place: `x`, `x[3]`, `y[7]`.
  let key: String
  /// What it should be.
  let expected: String
  /// What it is.
  let found: String

  /// `data.json: x[3] must be a list of 10 rows of 1 number, found a list of 9 rows`.
  ///
  /// The key and what was found come from the file, so they are cut to an excerpt.
  var description: String {
    "\(path): \(Quoted.excerpt(key)) must be \(expected), found \(Quoted.safe(found, limit: 200))"
  }
}

/// A training set read from `{"x": N × steps × input, "y": [N labels]}`.
struct TrainingData: Sendable {
  /// The samples, in the file's order.
  let examples: [Example]
  /// Timesteps per sample.
  let steps: Int
  /// Features per timestep.
  let input: Int

  /// The largest number of samples a file or `--samples` may hold.
  static let maxSamples = 100_000

  /// Reads and checks the file at `path`.
  static func read(path: String) throws -> TrainingData {
    try TrainingData(text: FileIO.readText(path), path: path)
  }

  /// Parses and checks `text`, read from `path`.
  init(text: String, path: String) throws(TrainingDataError) {
    func fail(_ key: String, _ expected: String, _ found: String) -> TrainingDataError {
      TrainingDataError(path: path, key: key, expected: expected, found: found)
    }
    let root: JSONValue
    do {
      root = try JSONValue.parse(text)
    } catch {
      throw fail("the file", "JSON", "an error at \(error)")
    }
    guard case .object(let members) = root else {
      throw fail("the file", "an object {\"x\": …, \"y\": …}", root.kindDescription)
    }
    if let other = members.first(where: { $0.key != "x" && $0.key != "y" }) {
      throw fail(other.key, "absent (a data file has x and y only)", "it")
    }
    guard case .array(let samples)? = root["x"] else {
      throw fail(
        "x", "a list of samples, each steps × input", root["x"]?.kindDescription ?? "nothing")
    }
    guard !samples.isEmpty, samples.count <= Self.maxSamples else {
      throw fail("x", "1 to \(Self.maxSamples) samples", "\(samples.count)")
    }
    guard case .array(let labels)? = root["y"] else {
      throw fail("y", "a list of labels, 0 or 1", root["y"]?.kindDescription ?? "nothing")
    }
    guard labels.count == samples.count else {
      throw fail("y", "\(samples.count) labels, one per sample of x", "\(labels.count)")
    }
    var shape: (steps: Int, input: Int)?
    var examples: [Example] = []
    for (i, sample) in samples.enumerated() {
      let key = "x[\(i)]"
      guard case .array(let rows) = sample, !rows.isEmpty else {
        throw fail(key, "a non-empty list of rows (steps × input)", sample.kindDescription)
      }
      var scalars: [Double] = []
      var width: Int?
      for (t, row) in rows.enumerated() {
        guard case .array(let entries) = row, !entries.isEmpty else {
          throw fail("\(key)[\(t)]", "a non-empty list of numbers", row.kindDescription)
        }
        if let width, entries.count != width {
          throw fail("\(key)[\(t)]", "\(width) numbers like row 0", "\(entries.count)")
        }
        width = entries.count
        for (j, entry) in entries.enumerated() {
          guard case .number(let value) = entry, value.isFinite else {
            throw fail("\(key)[\(t)][\(j)]", "a finite number", entry.kindDescription)
          }
          scalars.append(value)
        }
      }
      let found = (steps: rows.count, input: width ?? 0)
      if let shape, shape != found {
        throw fail(
          key, "\(shape.steps) × \(shape.input) like x[0]", "\(found.steps) × \(found.input)")
      }
      let limits = Sizes.limits
      guard found.steps <= limits.steps, found.input <= limits.input else {
        throw fail(
          key, "at most \(limits.steps) steps of \(limits.input) features",
          "\(found.steps) × \(found.input)")
      }
      shape = found
      guard case .number(let label) = labels[i], label == 0 || label == 1 else {
        throw fail("y[\(i)]", "0 or 1", labels[i].text(expandedDepth: 0))
      }
      do {
        examples.append(
          Example(x: try Matrix(rows: found.steps, cols: found.input, scalars: scalars), y: label))
      } catch {
        throw fail(key, "a matrix", "\(error)")
      }
    }
    self.examples = examples
    steps = shape?.steps ?? 0
    input = shape?.input ?? 0
  }
}
