import Foundation

/// Small RGB pictures as PNG data URIs, for heat maps.
///
/// One `<image>` instead of tens of thousands of `<rect>`s keeps a 128 × 200 map near
/// 100 KB and fast to write.
/// Stored (uncompressed) deflate blocks: no compressor needed, the format stays exact.
enum SVGRaster {
  /// `pixels` holds `width × height` RGB triples, row by row from the top.
  static func pngDataURI(width: Int, height: Int, pixels: [UInt8]) -> String {
    var raw: [UInt8] = []
    raw.reserveCapacity((width * 3 + 1) * height)
    for row in 0..<height {
      raw.append(0)  // filter: none
      let start = row * width * 3
      let end = min(start + width * 3, pixels.count)
      if start < end { raw += pixels[start..<end] }
      if end - start < width * 3 {
        raw += [UInt8](repeating: 255, count: width * 3 - max(0, end - start))
      }
    }
    var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
    var header: [UInt8] = []
    header += bigEndian(UInt32(width)) + bigEndian(UInt32(height))
    header += [8, 2, 0, 0, 0]  // 8 bits, RGB, deflate, no filter method, no interlace
    png += chunk("IHDR", header)
    png += chunk("IDAT", zlibStored(raw))
    png += chunk("IEND", [])
    return "data:image/png;base64," + Data(png).base64EncodedString()
  }

  private static func zlibStored(_ data: [UInt8]) -> [UInt8] {
    var output: [UInt8] = [0x78, 0x01]
    var offset = 0
    repeat {
      let length = min(65_535, data.count - offset)
      let isFinal = offset + length >= data.count
      output.append(isFinal ? 1 : 0)
      output += [UInt8(length & 0xFF), UInt8(length >> 8)]
      output += [UInt8(~length & 0xFF), UInt8((~length >> 8) & 0xFF)]
      output += data[offset..<offset + length]
      offset += length
    } while offset < data.count
    var a: UInt32 = 1
    var b: UInt32 = 0
    for byte in data {
      a = (a + UInt32(byte)) % 65_521
      b = (b + a) % 65_521
    }
    return output + bigEndian(b << 16 | a)
  }

  private static func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
    let typed = Array(type.utf8) + data
    return bigEndian(UInt32(data.count)) + typed + bigEndian(crc32(typed))
  }

  private static let crcTable: [UInt32] = (0..<256).map { n in
    var c = UInt32(n)
    for _ in 0..<8 { c = c & 1 == 1 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
    return c
  }

  private static func crc32(_ data: [UInt8]) -> UInt32 {
    var c: UInt32 = 0xFFFF_FFFF
    for byte in data { c = crcTable[Int((c ^ UInt32(byte)) & 0xFF)] ^ (c >> 8) }
    return c ^ 0xFFFF_FFFF
  }

  private static func bigEndian(_ value: UInt32) -> [UInt8] {
    [
      UInt8(value >> 24), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF),
      UInt8(value & 0xFF),
    ]
  }
}
