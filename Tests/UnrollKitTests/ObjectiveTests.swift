import Foundation
import Testing

@testable import UnrollKit

/// The loss at every step and truncated BPTT against scripts/reference/objectives.py,
/// whose gradients are checked there against centred differences of the same objective.
@Suite struct ObjectiveTests {
  struct Case {
    let model: Model
    let parameters: Parameters
    let example: Example
    let loss: Double
    let gradients: [String: Matrix]
    let cuts: [Int]
  }

  static func fixture() throws -> [String: Any] {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Fixtures/objectives.json")
    return try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
  }

  static func objective(_ json: [String: Any]) throws -> Objective {
    let loss = try #require(Objective.Loss(rawValue: json["loss"] as? String ?? ""))
    return Objective(loss: loss, truncation: json["tbptt"] as? Int)
  }

  static func parameters(_ json: [String: Any], _ model: Model) throws -> Parameters {
    let params = try #require(json["params"] as? [String: [[Double]]])
    return Parameters(names: model.parameterNames, values: try params.mapValues { try Matrix($0) })
  }

  static func cases() throws -> [Case] {
    let all = try #require(try fixture()["gradients"] as? [[String: Any]])
    return try all.map { json in
      let kind = try #require(ModelKind(rawValue: json["model"] as? String ?? ""))
      let x = try Matrix(try #require(json["x"] as? [[Double]]))
      let params = try #require(json["params"] as? [String: [[Double]]])
      let hidden = try #require(params["Why"]?.first?.count)
      let model = Model(
        kind, sizes: Sizes(input: x.cols, hidden: hidden, steps: x.rows),
        objective: try objective(json))
      let expected = try #require(json["expected"] as? [String: Any])
      let gradients = try #require(expected["gradients"] as? [String: [[Double]]])
      return Case(
        model: model, parameters: try parameters(json, model),
        example: Example(x: x, labels: try #require(json["y"] as? [Double])),
        loss: try #require(expected["loss"] as? Double),
        gradients: try gradients.mapValues { try Matrix($0) },
        cuts: try #require(expected["cuts"] as? [Int]))
    }
  }

  @Test func gradientsMatchNumPy() throws {
    let cases = try Self.cases()
    #expect(cases.count == 7)
    for item in cases {
      let trace = try Trace(model: item.model, parameters: item.parameters, example: item.example)
      let what = "\(item.model.kind) \(item.model.objective.flags)"
      #expect(trace.recording.failure == nil, "\(what)")
      let loss = try #require(trace.loss)
      #expect(abs(loss - item.loss) <= 1e-12 * max(1, abs(item.loss)), "\(what) loss")
      for name in item.model.parameterNames {
        let mine = try #require(trace.gradients[name]).scalars
        let theirs = try #require(item.gradients[name]).scalars
        #expect(maxRelativeDifference(mine, theirs) < 1e-9, "\(what) d\(name)")
      }
    }
  }

  @Test func truncatedGradientsAreThoseOfTheTruncatedObjective() throws {
    for item in try Self.cases() where item.model.objective.truncation != nil {
      let what = "\(item.model.kind) \(item.model.objective)"
      let results = try GradientCheck.run(
        item.model, parameters: item.parameters, example: item.example)
      #expect(results.allSatisfy { $0.passed }, "\(what)")
      // Against the whole loss the truncated gradients are wrong: the check can fail.
      let recording = item.model.run(item.parameters, on: item.example)
      let whole = try GradientCheck.run(
        parameters: item.parameters, gradients: recording.gradients, entries: .all
      ) { try item.model.loss($0, on: item.example) }
      #expect(whole.contains { !$0.passed }, "\(what)")
      // The cuts are where the reference put them, one `cut` record each.
      let cuts = try Trace(model: item.model, parameters: item.parameters, example: item.example)
        .records.filter { $0.name == "cut" }.compactMap(\.t)
      #expect(cuts == item.cuts, "\(what)")
      #expect(item.model.objective.cutSteps(item.model.sizes.steps) == item.cuts, "\(what)")
    }
  }

  @Test func everyStepRecordsTheHeadAtEveryStep() throws {
    let item = try #require(try Self.cases().first { $0.model.objective.loss == .everyStep })
    let trace = try Trace(model: item.model, parameters: item.parameters, example: item.example)
    let steps = item.model.sizes.steps
    for name in ["y_pred", "p", "loss_t", "dy_pred"] {
      let ts = trace.records.filter { $0.name == name }.compactMap(\.t)
      #expect(Set(ts) == Set(1...steps), "\(name)")
    }
    // `loss` is the total, once, and equals the sum of the recorded terms.
    let totals = trace.records.filter { $0.name == "loss" }
    #expect(totals.count == 1 && totals.first?.t == nil)
    let terms = trace.records.filter { $0.name == "loss_t" }.compactMap(\.value.scalar)
    #expect(abs(terms.reduce(0, +) - (trace.loss ?? 0)) < 1e-12)
    // The label the file gave at step 2 (against the rule) is the one used.
    let p2 = try #require(trace.value("p", t: 2)?.scalar)
    let dy2 = try #require(trace.value("dy_pred", t: 2)?.scalar)
    #expect(abs(dy2 - (p2 - item.example.labels[1])) < 1e-15)
    #expect(item.example.labels[1] != Example.stepLabels(item.example.x)[1])
  }

  @Test func drawnLabelsFollowThePrefixSums() {
    let example = Example.random(Sizes(input: 2, hidden: 3, steps: 9), seed: 4)
    var sum = 0.0
    for t in 0..<9 {
      sum += example.x.scalars[2 * t] + example.x.scalars[2 * t + 1]
      #expect(example.labels[t] == (sum > 0 ? 1 : 0))
    }
    #expect(example.labels.last == example.y)
  }
}

/// Training with clipping, shuffling, the loss at every step and truncation, against the
/// NumPy loop of scripts/reference/objectives.py.
@Suite struct ObjectiveTrainingTests {
  @Test func clippedShuffledAndTruncatedTrainingMatchNumPy() throws {
    let runs = try #require(try ObjectiveTests.fixture()["training"] as? [[String: Any]])
    #expect(runs.count == 5)
    var sawClipping = 0
    for json in runs {
      let kind = try #require(ModelKind(rawValue: json["model"] as? String ?? ""))
      let xs = try #require(json["x"] as? [[[Double]]]).map { try Matrix($0) }
      let first = try #require(xs.first)
      let params = try #require(json["params"] as? [String: [[Double]]])
      let hidden = try #require(params["Why"]?.first?.count)
      let model = Model(
        kind, sizes: Sizes(input: first.cols, hidden: hidden, steps: first.rows),
        objective: try ObjectiveTests.objective(json))
      let data = xs.map { Example(x: $0, y: $0.sum > 0 ? 1 : 0) }
      let o = try #require(json["options"] as? [String: Any])
      var clipping: Clipping?
      if let max = o["clip_norm"] as? Double { clipping = .norm(max) }
      if let max = o["clip_value"] as? Double { clipping = .value(max) }
      let options = TrainingOptions(
        bptt: .correct, optimizer: o["optimizer"] as? String == "adam" ? .adam : .sgd,
        learningRate: try #require(o["lr"] as? Double), epochs: try #require(o["epochs"] as? Int),
        batchSize: try #require(o["batch"] as? Int),
        shuffleSeed: (o["shuffle"] as? Int).map(UInt64.init), clipping: clipping)
      let result = try Training.run(
        model, from: try ObjectiveTests.parameters(json, model), on: data, options: options)
      let expected = try #require(json["expected"] as? [String: Any])
      let what = "\(kind) \(model.objective) \(o)"
      let history = try #require(expected["history"] as? [[String: Any]])
      #expect(result.epochs.count == history.count)
      for (mine, theirs) in zip(result.epochs, history) {
        let loss = try #require(theirs["loss"] as? Double)
        #expect(abs(mine.loss - loss) < 1e-9 * max(1, loss), "\(what) epoch \(mine.epoch)")
        #expect(abs(mine.accuracy - (theirs["accuracy"] as? Double ?? -1)) < 1e-12, "\(what)")
      }
      let final = try #require(expected["params"] as? [String: [[Double]]])
      for name in model.parameterNames {
        let mine = try #require(result.parameters[name]).scalars
        let theirs = try #require(final[name]).flatMap { $0 }
        #expect(maxRelativeDifference(mine, theirs) < 1e-8, "\(what) \(name)")
      }
      if clipping != nil {
        sawClipping += 1
        let clipped = try #require(expected["clipped"] as? Int)
        #expect(result.clippedUpdates == clipped, "\(what)")
        #expect(result.updates == expected["updates"] as? Int, "\(what)")
        #expect(clipped > 0 && clipped < result.updates, "\(what): the case tells clipping apart")
      }
    }
    #expect(sawClipping == 4)
  }

  @Test func theShuffleIsTheReferencesFisherYates() throws {
    // The reference's permutations for seed 11 over 12 samples, epoch by epoch.
    let runs = try #require(try ObjectiveTests.fixture()["training"] as? [[String: Any]])
    let run = try #require(
      runs.first { ($0["options"] as? [String: Any])?["shuffle"] as? Int == 11 })
    let orders = try #require((run["expected"] as? [String: Any])?["orders"] as? [[Int]])
    var generator = SeededGenerator(seed: 11, stream: 3)
    var order = Array(0..<12)
    for expected in orders {
      order.shuffleInOrder(using: &generator)
      #expect(order == expected)
    }
    #expect(orders.first != Array(0..<12))
  }
}
