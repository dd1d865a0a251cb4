import IeleNumerics
import Testing

/// `IeleInt`'s decimal and hex text (GMP's mpz_get_str written straight into the string) and
/// `Hex.encode` (table-driven), checked against the schoolbook oracle `ReferenceInt` at zero, ±1 and
/// around every limb boundary up to a few limbs, negative values included.
@Suite struct TextConversionTests {
    /// The value of `reference`, built from its bytes (not from text, so the oracle stays independent).
    static func ieleInt(_ reference: ReferenceInt) -> IeleInt {
        var bytes: [UInt8] = []
        for limb in reference.limbs.reversed() {
            bytes += [
                UInt8(limb >> 24), UInt8(truncatingIfNeeded: limb >> 16), UInt8(truncatingIfNeeded: limb >> 8),
                UInt8(truncatingIfNeeded: limb),
            ]
        }
        let magnitude = IeleInt(bigEndianUnsigned: bytes)
        return reference.negative ? -magnitude : magnitude
    }

    /// 2^(32k) - 1, 2^(32k) and 2^(32k) + 1 for k up to 9 (limbs of 32 and 64 bits both crossed), and
    /// seeded random values of up to 40 limbs, each with both signs.
    static var samples: [ReferenceInt] {
        var values: [ReferenceInt] = [ReferenceInt(0), ReferenceInt(1), ReferenceInt(-1)]
        for k in 1...9 {
            let allOnes = ReferenceInt(negative: false, limbs: Array(repeating: UInt32.max, count: k))
            let power = ReferenceInt(negative: false, limbs: Array(repeating: 0, count: k) + [1])
            let powerPlusOne = ReferenceInt(negative: false, limbs: [1] + Array(repeating: 0, count: k - 1) + [1])
            values += [allOnes, power, powerPlusOne]
        }
        var generator = SeededGenerator(seed: 0x7e57_7e47)
        for count in [3, 7, 16, 40] {
            values.append(
                ReferenceInt(
                    negative: false,
                    limbs: (0..<count).map { _ in UInt32.random(in: 0...UInt32.max, using: &generator) }))
        }
        return values.flatMap { [$0, ReferenceInt(negative: !$0.negative, limbs: $0.limbs)] }
    }

    @Test func decimalAndHexMatchTheOracle() {
        for reference in Self.samples {
            let value = Self.ieleInt(reference)
            #expect(value.description == reference.description)
            #expect(value.hexString == reference.hexString)
            #expect(value.text(radix: 16) == (reference.negative ? "-" : "") + reference.hexMagnitude)
            #expect(IeleInt(value.description) == value)
        }
    }

    @Test func hexEncodesEveryByteValueWithAndWithoutPrefix() {
        let bytes = (0...255).map { UInt8($0) } + [0x00, 0xff]
        let expected = bytes.map { byte in
            let digits = String(byte, radix: 16)
            return digits.count == 1 ? "0" + digits : digits
        }.joined()
        #expect(Hex.encode(bytes) == expected)
        #expect(Hex.encode(bytes, prefix: "0x") == "0x" + expected)
        #expect(Hex.encode([], prefix: "0x") == "0x")
        #expect(Hex.decode(Hex.encode(bytes, prefix: "0x")) == bytes)
    }

    /// A megabyte-sized value converts exactly (its decimal read back gives it again).
    @Test func largeValuesRoundTrip() {
        let value = IeleInt(1).shiftedLeft(by: 1_000_003)! - 12_345
        #expect(IeleInt(value.description) == value)
        #expect(IeleInt(parsingLiteral: (-value).hexString) == -value)
        #expect((-value).description == "-" + value.description)
    }
}
