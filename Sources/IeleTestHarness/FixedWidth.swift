import IeleNumerics

/// Integers as fixed-width unsigned big-endian byte strings, the way K's `Int2Bytes(LEN, I, BE)`
/// writes them: the value is taken modulo 2^(8·LEN), so negative values wrap (two's complement).
///
/// The log hash (iele-testing.md, `#rlpEncodeLogs`) writes addresses in 20 bytes and `chop`ped topics in
/// 32; `#addr` reduces addresses the same way. Kept local to the harness so it works with the IeleInt
/// core alone (no division needed: the low digits of the magnitude are the residue).
enum FixedWidth {
    /// `value mod 2^(8·width)` as exactly `width` big-endian bytes.
    static func unsignedBytes(of value: IeleInt, width: Int) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: width)
        var digits = Array(value.magnitude.text(radix: 16).utf8)
        if digits.count > 2 * width { digits.removeFirst(digits.count - 2 * width) }
        if digits.count % 2 == 1 { digits.insert(UInt8(ascii: "0"), at: 0) }
        let start = width - digits.count / 2
        for offset in 0..<(digits.count / 2) {
            let high = TestValue.hexDigit(digits[2 * offset]) ?? 0
            let low = TestValue.hexDigit(digits[2 * offset + 1]) ?? 0
            bytes[start + offset] = high << 4 | low
        }
        if value.isNegative { negateInPlace(&bytes) }
        return bytes
    }

    /// The non-negative integer a big-endian byte string spells.
    static func integer(fromUnsigned bytes: [UInt8]) -> IeleInt {
        let text = TestValue.hex(bytes).dropFirst(2)
        return IeleInt(text, radix: 16) ?? 0
    }

    /// Two's-complement negation modulo 2^(8·count): invert every bit and add one.
    private static func negateInPlace(_ bytes: inout [UInt8]) {
        var carry: UInt16 = 1
        for index in bytes.indices.reversed() {
            let sum = UInt16(~bytes[index]) + carry
            bytes[index] = UInt8(truncatingIfNeeded: sum)
            carry = sum >> 8
        }
    }
}
