/// Which of a learner's names `unroll check` holds against the correct pass, and what
/// each stands for.
///
/// A name stands for a *record* of the engine (`dh_next`, whose correct value at step t
/// is what the engine recorded there) and belongs to a *quantity*, the set of values it
/// may rightly hold. Most quantities are one record over the timesteps; `dh` and
/// `dh_next` are one quantity, ∂L/∂h at some step (`dh_next` at step t is `dh` at t − 1),
/// while `dC` and `dC_next` stay two, since the cell path alone is not ∂L/∂C.
///
/// Names are matched with case and underscores ignored, so the learner's `dhraw`,
/// `dhnext` and `C_tilda` find `dh_raw`, `dh_next` and `C_tilde`.
struct CheckedNames: Sendable {
  /// What a learner's name stands for.
  struct Meaning: Sendable, Equatable {
    /// The engine's record name whose value the name should hold: `dh_next`, `h_t`, `dWxh`.
    let record: String
    /// The quantity whose values count as on track: the record, or `dh` for `dh_next`.
    let quantity: String
  }

  private let table: [String: Meaning]

  /// The names for `model`'s forward and correct backward programs.
  init(_ model: Model) {
    var table: [String: Meaning] = [:]
    func add(_ spelling: String, _ record: String) {
      table[CheckedNames.key(spelling)] = Meaning(
        record: record, quantity: CheckedNames.quantity(of: record))
    }
    let excluded: Set<String> = ["loss", "hs"]
    for program in [model.forward, model.backward] {
      for operation in program.blocks.flatMap(\.operations) where !excluded.contains(operation.name)
      {
        add(operation.name, operation.name)
        if operation.gradientParameter == nil, operation.name.hasSuffix("_t") {
          add(String(operation.name.dropLast(2)), operation.name)  // h_t is also h, f_t f
        }
      }
    }
    // The notes' and common spellings of the same records.
    let aliases: [(String, String)] = [
      ("h_prev", "h_t"), ("h_next", "h_t"), ("C_prev", "C_t"), ("C_next", "C_t"),
      ("C_tilda", "C_tilde"), ("dC_tilda", "dC_tilde"), ("dy", "dy_pred"),
      ("dh_prev", "dh_next"), ("dC_prev", "dC_next"), ("logit", "y_pred"),
    ]
    let records = Set(table.values.map(\.record))
    for (spelling, record) in aliases where records.contains(record) { add(spelling, record) }
    self.table = table
  }

  /// What `name` stands for, if it is one of the checked names.
  func meaning(of name: String) -> Meaning? { table[CheckedNames.key(name)] }

  /// The quantity a record belongs to: `dh` for `dh_next`, else the record itself.
  static func quantity(of record: String) -> String { record == "dh_next" ? "dh" : record }

  /// A spelling without case or underscores: `dh_raw`, `dhraw` and `dH_Raw` are one name.
  static func key(_ name: String) -> String {
    String(name.lowercased().filter { $0 != "_" })
  }
}
