import Foundation

/// A time limit for a piece of work, checked by the work itself between its steps (a
/// gradient check between entries, training between samples): `lessons --check` gives
/// each block one, so a block that would run for an hour stops with a sentence.
public struct Deadline: Sendable {
  /// The limit, as given.
  public let limit: Duration
  private let end: ContinuousClock.Instant

  /// A deadline `limit` from now.
  public init(_ limit: Duration) {
    self.limit = limit
    end = .now + limit
  }

  /// Whether the time is up.
  public var hasPassed: Bool { ContinuousClock.now >= end }

  /// Throws `TimeLimitExceeded` once the time is up.
  public func check() throws(TimeLimitExceeded) {
    if hasPassed { throw TimeLimitExceeded(limit: limit) }
  }
}

/// Work stopped at its time limit.
public struct TimeLimitExceeded: Error, Sendable, Equatable, CustomStringConvertible {
  /// The limit that passed.
  public let limit: Duration

  /// `stopped at the time limit of 30 s`.
  public var description: String { "stopped at the time limit of \(Self.seconds(limit))" }

  /// `30 s`, `1.5 s`.
  static func seconds(_ duration: Duration) -> String {
    let seconds =
      Double(duration.components.seconds)
      + Double(duration.components.attoseconds) / 1e18
    return seconds == seconds.rounded()
      ? "\(Int(seconds)) s" : String(format: "%.1f s", seconds)
  }
}
