import UnrollKit

/// The other spellings of record names, in one table: what a learner types, what the
/// NumPy lines call the previous step's state, and what the formulas write.
enum RecordNames {
  /// What a learner may type for a record: each cell's own spellings (`C_tilda` is the
  /// LSTM note's) and the head's short ones, whichever cell the session holds.
  static let typed: [String: String] = Cell.all.reduce(
    into: [
      "h": "h_t", "L": "loss", "dy": "dy_pred",
      // The notes' own names: `self.h` the current state, `y_true` the label, `pred` the
      // probability `forward` returns, `self.hs` the states (a (hidden, T+1) array).
      "self.h": "h_t", "self.hs": "hs", "self.y_pred": "y_pred", "y_true": "y", "pred": "p",
    ]
  ) { table, cell in table.merge(cell.aliases) { first, _ in first } }

  /// The names for the previous step's state, `h_prev` (every cell) and `C_prev` (LSTM),
  /// with the formulas' `h_{t-1}`, `C_{t-1}`: the record each stands for, one step back.
  static let previousStep: [String: String] = [
    "h_prev": "h_t", "h_{t-1}": "h_t", "C_prev": "C_t", "C_{t-1}": "C_t",
  ]

  /// Every spelling a formula may use and the record whose shape it has: the two tables
  /// above and `h_T`, the last hidden state.
  static let inFormulas: [String: String] = typed.merging(previousStep) { first, _ in first }
    .merging(["h_T": "h_t"]) { first, _ in first }
}
