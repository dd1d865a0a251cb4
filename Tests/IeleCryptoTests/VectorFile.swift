import Foundation

/// Reads the committed test-vector files in `Vectors/` (see Vectors/README.md for their origin).
enum VectorFile {
    struct Missing: Error, CustomStringConvertible {
        let name: String
        var description: String { "test vector file Vectors/\(name) is not in the test bundle" }
    }

    /// The raw contents of `Vectors/<name>`.
    static func data(named name: String) throws -> Data {
        guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Vectors")
            ?? Bundle.module.url(forResource: name, withExtension: nil) else {
            throw Missing(name: name)
        }
        return try Data(contentsOf: url)
    }

    /// The non-comment, non-empty lines of a text vector file, split on spaces.
    static func rows(named name: String) throws -> [[String]] {
        let text = String(decoding: try data(named: name), as: UTF8.self)
        return text.split(separator: "\n")
            .filter { !$0.hasPrefix("#") && !$0.isEmpty }
            .map { $0.split(separator: " ").map(String.init) }
    }
}

/// Bytes from a hex string; "-" and "" are the empty string. Returns nil on a malformed string.
func bytes(hex: String) -> [UInt8]? {
    if hex == "-" { return [] }
    let digits = Array(hex.utf8)
    guard digits.count % 2 == 0 else { return nil }
    var result: [UInt8] = []
    result.reserveCapacity(digits.count / 2)
    var index = 0
    while index < digits.count {
        guard let high = nibble(digits[index]), let low = nibble(digits[index + 1]) else { return nil }
        result.append(high << 4 | low)
        index += 2
    }
    return result
}

private func nibble(_ digit: UInt8) -> UInt8? {
    switch digit {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): digit - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): digit - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): digit - UInt8(ascii: "A") + 10
    default: nil
    }
}

/// Lower-case hex of some bytes.
func hex(_ bytes: some Sequence<UInt8>) -> String {
    let digits = Array("0123456789abcdef".utf8)
    var result: [UInt8] = []
    for byte in bytes {
        result.append(digits[Int(byte >> 4)])
        result.append(digits[Int(byte & 0x0f)])
    }
    return String(decoding: result, as: UTF8.self)
}
