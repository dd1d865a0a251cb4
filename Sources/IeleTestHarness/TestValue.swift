import IeleNumerics

/// Decoders for the string values of the reference JSON tests.
///
/// The reference reads each field with one of a few functions of data.md: `#parseHexWord` (signed
/// hex; `""` and `"0x"` are 0), `#parseWord` (decimal unless it starts with `0x`), `#parseByteStack`
/// (hex bytes) and `#parseAddr` (a hex word reduced to 160 bits). Which field uses which is listed in
/// iele-testing.md ("Loading State", "Checking State").
enum TestValue {
    /// `#parseHexWord`: every `0x` is removed and the rest read in base 16, so `"-0x03"` is -3.
    static func hexWord(_ text: String, field: @autoclosure () -> String) throws(TestLoadError) -> IeleInt {
        let digits = text.replacingOccurrences(of: "0x", with: "")
        if digits.isEmpty { return 0 }
        guard let value = IeleInt(digits, radix: 16) else {
            throw TestLoadError(.badHex(text), at: field())
        }
        return value
    }

    /// `#parseWord`: hex when written with a `0x` (or `-0x`) prefix, decimal otherwise.
    static func word(_ text: String, field: @autoclosure () -> String) throws(TestLoadError) -> IeleInt {
        if text.isEmpty { return 0 }
        if text.hasPrefix("0x") || text.hasPrefix("-0x") { return try hexWord(text, field: field()) }
        guard let value = IeleInt(text, radix: 10) else {
            throw TestLoadError(.badHex(text), at: field())
        }
        return value
    }

    /// `#parseAddr`: a hex word reduced modulo 2^160 (`#addr`).
    static func address(_ text: String, field: @autoclosure () -> String) throws(TestLoadError) -> IeleInt {
        let value = try hexWord(text, field: field())
        return FixedWidth.integer(fromUnsigned: FixedWidth.unsignedBytes(of: value, width: 20))
    }

    /// `#parseByteStack`: every `0x` removed, an odd digit count padded with a leading 0, read as bytes.
    static func bytes(_ text: String, field: @autoclosure () -> String) throws(TestLoadError) -> [UInt8] {
        var digits = Array(text.replacingOccurrences(of: "0x", with: "").utf8)
        if digits.count % 2 == 1 { digits.insert(UInt8(ascii: "0"), at: 0) }
        var result: [UInt8] = []
        result.reserveCapacity(digits.count / 2)
        var index = 0
        while index < digits.count {
            guard let high = hexDigit(digits[index]), let low = hexDigit(digits[index + 1]) else {
                throw TestLoadError(.badHex(text), at: field())
            }
            result.append(high << 4 | low)
            index += 2
        }
        return result
    }

    /// Lower-case hex of `bytes` with a `0x` prefix, as the tests write hashes and code.
    static func hex(_ bytes: some Sequence<UInt8>) -> String {
        let digits: [UInt8] = Array("0123456789abcdef".utf8)
        var text: [UInt8] = [UInt8(ascii: "0"), UInt8(ascii: "x")]
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    static func hexDigit(_ c: UInt8) -> UInt8? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): c - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): c - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): c - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
