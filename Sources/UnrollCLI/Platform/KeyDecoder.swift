/// One key as the line editor sees it, decoded from the bytes a terminal sends.
enum Key: Equatable, Sendable {
  /// A printable character's scalar (UTF-8 decoded).
  case text(Unicode.Scalar)
  /// Ctrl and a letter, lower case: `.ctrl("a")` is byte 0x01. Also `@ \ ] ^ _` for 0x00
  /// and 0x1C … 0x1F.
  case ctrl(Character)
  /// Enter: CR (what a terminal in raw mode sends) or LF (pasted text).
  case enter
  /// Tab, for completion.
  case tab
  /// Backspace: DEL (0x7F) or BS (0x08, which is also Ctrl-H).
  case backspace
  /// The Delete key, `ESC [ 3 ~`.
  case delete
  /// The arrow keys.
  case left, right, up, down
  /// Home and End, in all their spellings.
  case home, end
  /// A word left or right: Ctrl-Left/Right (`ESC [ 1 ; 5 D`), Alt-B/F (`ESC b`, `ESC f`).
  case wordLeft, wordRight
  /// Esc on its own (no byte followed it in time).
  case escape
  /// An escape sequence the editor has no use for (F-keys, Alt-letters, mouse, paste
  /// markers): swallowed whole, never inserted.
  case unknown
}

/// Turns bytes into keys: UTF-8 into characters, escape sequences into keys.
///
/// Bytes that are not UTF-8 are dropped. A lone ESC cannot be told from the start of a
/// sequence until more bytes come or none do, so the reader calls `timeout()` when nothing
/// follows ESC within a few tens of milliseconds (`isPending` says one is waited for).
struct KeyDecoder: Sendable {
  private enum State: Sendable {
    case ground
    /// After ESC.
    case escape
    /// After `ESC [`: the parameter and intermediate bytes so far.
    case csi([UInt8])
    /// After `ESC O`.
    case ss3
    /// Inside a UTF-8 sequence: the bytes so far and how many it needs in all.
    case utf8([UInt8], Int)
  }

  private var state = State.ground

  /// The longest CSI parameter string kept; longer sequences are swallowed all the same.
  private static let maxParameters = 16

  /// Whether a sequence is half read (the reader should wait a little, then `timeout()`).
  var isPending: Bool {
    if case .ground = state { return false }
    return true
  }

  /// Takes one byte; returns the key it completes, if any.
  mutating func feed(_ byte: UInt8) -> Key? {
    switch state {
    case .ground: return ground(byte)
    case .escape:
      state = .ground
      switch byte {
      case UInt8(ascii: "["):
        state = .csi([])
        return nil
      case UInt8(ascii: "O"):
        state = .ss3
        return nil
      case 0x1B:
        state = .escape  // ESC ESC: the first was Esc on its own
        return .escape
      case UInt8(ascii: "b"): return .wordLeft
      case UInt8(ascii: "f"): return .wordRight
      case 0x20...0x7E, 0x7F: return .unknown  // Alt and a key
      default: return ground(byte)  // a control after ESC: Esc, then that key (lost: Esc)
      }
    case .csi(var parameters):
      switch byte {
      case 0x20...0x3F:
        if parameters.count < KeyDecoder.maxParameters { parameters.append(byte) }
        state = .csi(parameters)
        return nil
      case 0x40...0x7E:
        state = .ground
        return KeyDecoder.csiKey(parameters, final: byte)
      default:
        // Not part of a sequence: drop what was read and take the byte afresh.
        state = .ground
        return ground(byte)
      }
    case .ss3:
      state = .ground
      switch byte {
      case UInt8(ascii: "A"): return .up
      case UInt8(ascii: "B"): return .down
      case UInt8(ascii: "C"): return .right
      case UInt8(ascii: "D"): return .left
      case UInt8(ascii: "H"): return .home
      case UInt8(ascii: "F"): return .end
      case 0x40...0x7E: return .unknown
      default: return ground(byte)
      }
    case .utf8(var bytes, let length):
      guard byte & 0xC0 == 0x80 else {
        // A sequence cut short: drop it, and read this byte as a new one.
        state = .ground
        return ground(byte)
      }
      bytes.append(byte)
      guard bytes.count == length else {
        state = .utf8(bytes, length)
        return nil
      }
      state = .ground
      return KeyDecoder.scalar(bytes).map(Key.text)
    }
  }

  /// Nothing came after a pending ESC or sequence: Esc on its own, or nothing at all.
  mutating func timeout() -> Key? {
    defer { state = .ground }
    switch state {
    case .escape: return .escape
    case .csi, .ss3: return .unknown
    case .ground, .utf8: return nil
    }
  }

  private mutating func ground(_ byte: UInt8) -> Key? {
    switch byte {
    case 0x1B:
      state = .escape
      return nil
    case 0x0D, 0x0A: return .enter
    case 0x09: return .tab
    case 0x08, 0x7F: return .backspace
    case 0x00: return .ctrl("@")
    case 0x01...0x1A: return .ctrl(Character(Unicode.Scalar(byte + 0x60)))
    case 0x1C...0x1F: return .ctrl(Character(Unicode.Scalar(byte + 0x40)))
    case 0x20...0x7E: return .text(Unicode.Scalar(byte))
    case 0xC2...0xDF:
      state = .utf8([byte], 2)
      return nil
    case 0xE0...0xEF:
      state = .utf8([byte], 3)
      return nil
    case 0xF0...0xF4:
      state = .utf8([byte], 4)
      return nil
    default: return nil  // a stray continuation byte, or one UTF-8 never uses
    }
  }

  /// The scalar a complete UTF-8 sequence encodes; nil for overlong forms, surrogates,
  /// values past U+10FFFF, and C1 controls (U+0080 … U+009F).
  private static func scalar(_ bytes: [UInt8]) -> Unicode.Scalar? {
    guard let first = bytes.first else { return nil }
    var value: UInt32
    let minimum: UInt32
    switch bytes.count {
    case 2:
      value = UInt32(first & 0x1F)
      minimum = 0x80
    case 3:
      value = UInt32(first & 0x0F)
      minimum = 0x800
    case 4:
      value = UInt32(first & 0x07)
      minimum = 0x10000
    default: return nil
    }
    for byte in bytes.dropFirst() { value = value << 6 | UInt32(byte & 0x3F) }
    guard value >= minimum, !(0x80...0x9F).contains(value) else { return nil }
    return Unicode.Scalar(value)  // nil for surrogates and past U+10FFFF
  }

  /// The key a CSI sequence `ESC [ parameters final` stands for.
  private static func csiKey(_ parameters: [UInt8], final: UInt8) -> Key {
    let text = String(decoding: parameters, as: UTF8.self)
    let isCtrl = text.hasSuffix(";5")  // xterm's Ctrl modifier: ESC [ 1 ; 5 C
    switch final {
    case UInt8(ascii: "A") where text.isEmpty: return .up
    case UInt8(ascii: "B") where text.isEmpty: return .down
    case UInt8(ascii: "C"): return text.isEmpty ? .right : isCtrl ? .wordRight : .unknown
    case UInt8(ascii: "D"): return text.isEmpty ? .left : isCtrl ? .wordLeft : .unknown
    case UInt8(ascii: "H") where text.isEmpty: return .home
    case UInt8(ascii: "F") where text.isEmpty: return .end
    case UInt8(ascii: "~"):
      switch text {
      case "1", "7": return .home
      case "4", "8": return .end
      case "3": return .delete
      default: return .unknown
      }
    default: return .unknown
    }
  }
}
