/// Hex text for byte strings: bytecode, hashes and addresses as tools and test files write them.
public enum Hex {
    /// Lowercase hex without a prefix.
    public static func encode(_ bytes: [UInt8]) -> String {
        encode(bytes, prefix: "")
    }

    /// `prefix` then lowercase hex, written through a 256-entry table straight into the string's one
    /// buffer: tools print megabytes of log data this way, at memory speed rather than a formatted
    /// string per byte.
    public static func encode(_ bytes: [UInt8], prefix: String) -> String {
        var prefix = prefix
        return prefix.withUTF8 { head in
            String(unsafeUninitializedCapacity: head.count + bytes.count * 2) { out in
                var position = 0
                for byte in head {
                    out[position] = byte
                    position += 1
                }
                bytes.withUnsafeBufferPointer { input in
                    digitPairs.withUnsafeBufferPointer { table in
                        let output = UnsafeMutableRawPointer(out.baseAddress! + position)
                        for index in 0..<input.count {
                            output.storeBytes(
                                of: table[Int(input[index])], toByteOffset: 2 * index, as: UInt16.self)
                        }
                    }
                }
                return position + bytes.count * 2
            }
        }
    }

    /// The two ASCII digits of each byte value, as one `UInt16` in memory order.
    private static let digitPairs: [UInt16] = (0..<256).map { value in
        let digits = Array("0123456789abcdef".utf8)
        let pair = [digits[value >> 4], digits[value & 0x0f]]
        return pair.withUnsafeBytes { $0.loadUnaligned(as: UInt16.self) }
    }

    /// Decodes hex with an optional `0x` prefix and surrounding whitespace; nil when a character is
    /// not a hex digit or the digit count is odd.
    public static func decode(_ text: String) -> [UInt8]? {
        var digits = Substring(text.trimmingWhitespace())
        if digits.hasPrefix("0x") || digits.hasPrefix("0X") { digits = digits.dropFirst(2) }
        let utf8 = Array(digits.utf8)
        guard utf8.count % 2 == 0 else { return nil }
        var bytes = [UInt8]()
        bytes.reserveCapacity(utf8.count / 2)
        var index = 0
        while index < utf8.count {
            guard let high = value(of: utf8[index]), let low = value(of: utf8[index + 1]) else { return nil }
            bytes.append(high << 4 | low)
            index += 2
        }
        return bytes
    }

    private static func value(of digit: UInt8) -> UInt8? {
        switch digit {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): digit - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): digit - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): digit - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}

extension String {
    fileprivate func trimmingWhitespace() -> Substring {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return self[first...last]
    }
}
