import CGMP
import Testing
@testable import IeleNumerics

/// The O(1) and one-pass paths of big values (issue 10, "gas buys bounded time") must give exactly
/// what GMP's general functions give: `byte`, `and` with a word-sized mask, right shifts, division
/// and remainder with a smaller dividend, `sext`, and `intSize` of negative powers of two. The
/// oracles below call GMP directly, the way the slow paths do.
@Suite struct IeleIntConstantTimeTests {
    /// `x << k` (the library's shift returns nil only past `maximumBitWidth`).
    static func shl(_ x: IeleInt, _ k: Int) -> IeleInt { x.shiftedLeft(by: k) ?? .zero }

    /// Values whose two's complement exercises every case of `twosComplementLimb`: zero low limbs
    /// below the lowest non-zero one, powers of two (one limb set), all-ones limbs, one-limb big
    /// values (2^63 … 2^64 - 1), both signs.
    static let values: [IeleInt] = {
        var result: [IeleInt] = [0, 1, -1, 255, -256, IeleInt(Int.max), IeleInt(Int.min)]
        for k in [63, 64, 65, 127, 128, 129, 191, 255, 256, 640] {
            let p = shl(1, k)
            result += [p, -p, p - 1, -(p - 1), p + 1, -(p + 1), p + shl(1, k / 2), -(p + shl(1, k / 2))]
        }
        result += [shl(0x1234_5678_9abc, 500) + shl(7, 300), -(shl(0x1234_5678_9abc, 500) + shl(7, 300))]
        result += [IeleInt(UInt64.max), -IeleInt(UInt64.max), shl(IeleInt(UInt64.max), 64)]
        return result
    }()

    /// GMP's floor shift, the general path the O(1) forms replace.
    static func floorShift(_ x: IeleInt, _ count: Int) -> IeleInt {
        withMPZ(x) { a in makeIeleInt { __gmpz_fdiv_q_2exp($0, a, UInt(count)) } }
    }

    @Test func byteReadsOneLimbOfTheTwosComplement() {
        for x in Self.values {
            let bytes = (x.magnitudeBitWidth + 7) / 8
            for index in 0...(bytes + 17) {
                let expected = UInt8(truncatingIfNeeded: Self.floorShift(x, index * 8).lowWordBits)
                #expect(x.byte(at: index) == expected, "byte \(index) of \(x)")
            }
            #expect(x.byte(at: Int.max) == (x.isNegative ? 0xff : 0))
        }
    }

    @Test func andWithAWordMaskMatchesGMP() {
        let masks: [IeleInt] = [-1, 0, 1, 255, 0x7fff_ffff_ffff_ffff, -256, IeleInt(Int.min), -2]
        for x in Self.values {
            for m in masks {
                let expected = withMPZ(x, m) { a, b in makeIeleInt { __gmpz_and($0, a, b) } }
                #expect(x & m == expected, "\(x) & \(m)")
                #expect(m & x == expected, "\(m) & \(x)")
            }
        }
    }

    @Test func andWithMinusOneSharesTheBigValue() {
        let x = Self.shl(1, 1000) + 12345
        let y = x & -1
        guard case .big(let a) = x.storage, case .big(let b) = y.storage else {
            Issue.record("expected big values")
            return
        }
        #expect(a === b)
        // Copy-on-write: writing into the shared result leaves the operand alone.
        var z = y
        let limbs: [UInt64] = [1, 2, 3]
        limbs.withUnsafeBufferPointer { z.assign(magnitude: $0) }
        #expect(x == Self.shl(1, 1000) + 12345)
        #expect(z == Self.shl(3, 128) + Self.shl(2, 64) + 1)
    }

    @Test func rightShiftsMatchGMPsFloorShift() {
        for x in Self.values {
            let width = x.magnitudeBitWidth
            var counts = Array(0...5) + [63, 64, 65, 127, 128, 129, 320, 639, 640, 641]
            counts += [width - 1, width, width + 1, width + 64, Int.max / 2]
            for count in counts where count >= 0 {
                #expect(x.shiftedRight(by: count) == Self.floorShift(x, Swift.min(count, 1 << 20)), "\(x) >> \(count)")
            }
        }
    }

    @Test func divisionWithASmallerDividendMatchesGMP() {
        var pairs: [(IeleInt, IeleInt)] = []
        for a in Self.values {
            for b in Self.values where !b.isZero { pairs.append((a, b)) }
        }
        for k in [64, 128, 640] {
            let p = Self.shl(1, k)
            pairs += [(-p, p), (p, -p), (-p, p + 1), (p + 1, -p), (p, p), (-p, -p), (p - 1, p), (p, p - 1)]
            pairs += [(p + 1, p + Self.shl(1, k / 2)), (-(p + 1), p + Self.shl(1, k / 2))]
        }
        for (a, b) in pairs {
            let q = withMPZ(a, b) { n, d in makeIeleInt { __gmpz_tdiv_q($0, n, d) } }
            let r = withMPZ(a, b) { n, d in makeIeleInt { __gmpz_tdiv_r($0, n, d) } }
            #expect(a.quotient(dividingBy: b) == q, "\(a) / \(b)")
            #expect(a.remainder(dividingBy: b) == r, "\(a) % \(b)")
        }
    }

    @Test func remainderOfASmallerDividendSharesIt() {
        let a = Self.shl(1, 600) + 99
        let b = Self.shl(1, 700) + 1
        guard case .big(let x) = a.storage, case .big(let y) = a.remainder(dividingBy: b)?.storage else {
            Issue.record("expected big values")
            return
        }
        #expect(x === y)
        #expect(a.quotient(dividingBy: b) == 0)
    }

    @Test func signExtensionMatchesTheFieldFormula() {
        for x in Self.values {
            let bits = x.magnitudeBitWidth
            for width in Set([1, 7, 8, 9, 63, 64, 65, 127, 128, 129, bits - 1, bits, bits + 1]) where width > 0 {
                // data.md signExtendBitRangeInt(x, 0, width): the field minus 2^width when its top bit is set.
                let field = withMPZ(x) { a in makeIeleInt { __gmpz_fdiv_r_2exp($0, a, UInt(width)) } }
                let top = field.shiftedRight(by: width - 1) == 1
                let expected = top ? field - Self.shl(1, width) : field
                #expect(x.signExtendedBitRange(from: 0, width: width) == expected, "sext \(width) bits of \(x)")
            }
        }
    }

    @Test func byteSwapInOnePassMatchesTheByteDefinition() {
        for x in Self.values {
            for width in Array(1...72) + [127, 128, 129, 200] {
                // data.md bswap(W, N): the W little-endian bytes of twos(W, N), read big-endian.
                let expected = IeleInt(bigEndianUnsigned: x.littleEndianBytes(count: width))
                #expect(x.byteSwapped(width: width) == expected, "bswap \(width) of \(x)")
            }
        }
    }

    /// `assign(_:_:_:)` and `assign(complementOf:)` give the value-returning results whatever the
    /// destination held, and never change a value that shares the destination's storage (an
    /// operand included).
    @Test func inPlaceOperationsMatchAndKeepSharersIntact() {
        let operations: [IeleInt.BinaryOperation] = [.add, .subtract, .and, .or, .xor]
        let operands = Self.values.filter { $0.magnitudeBitWidth > 100 } + [0, -1, 255, IeleInt(Int.min)]
        for (index, x) in operands.enumerated() {
            let y = operands[(index * 7 + 3) % operands.count]
            for operation in operations {
                let expected = operation.apply(x, y)
                var unique = (Self.shl(1, 900) + 1) - 1  // a big value of its own
                unique.assign(operation, x, y)
                #expect(unique == expected, "\(operation) \(x), \(y) into a unique value")
                let before = Self.shl(1, 900) + 1
                var shared = before
                shared.assign(operation, x, y)
                #expect(shared == expected && before == Self.shl(1, 900) + 1, "\(operation) into a shared value")
                var aliased = x  // the destination shares an operand's storage
                let xBefore = x + 0
                aliased.assign(operation, x, y)
                #expect(aliased == expected && x == xBefore, "\(operation) into an operand's copy")
            }
            var complement = (Self.shl(1, 900) + 1) - 1
            complement.assign(complementOf: x)
            #expect(complement == ~x)
            var aliased = x
            aliased.assign(complementOf: aliased)
            #expect(aliased == ~x)
        }
    }

    @Test func bitRangesMatchGMP() {
        for x in Self.values {
            for start in [0, 1, 8, 63, 64, 65, 130] {
                for width in [1, 7, 8, 61, 62, 63, 64, 65, 128, 200] {
                    let shifted = Self.floorShift(x, start)
                    let expected = withMPZ(shifted) { a in makeIeleInt { __gmpz_fdiv_r_2exp($0, a, UInt(width)) } }
                    #expect(x.bitRange(from: start, width: width) == expected, "bits \(start)+\(width) of \(x)")
                }
            }
        }
    }

    @Test func unsignedWordsConvertExactly() {
        for word: UInt64 in [0, 1, UInt64(Int.max), UInt64(Int.max) + 1, UInt64.max - 12344, UInt64.max] {
            #expect(IeleInt(word: word) == IeleInt(word))
            #expect(IeleInt(word: word).isSmall == (word <= UInt64(Int.max)))
        }
        for v in [-1, -12345, Int.min, Int.min + 1] {
            let x = IeleInt(v)
            #expect(x.twos(width: 8) == IeleInt(UInt64(bitPattern: Int64(v))))
            #expect(x.bitRange(from: 0, width: 63) == IeleInt(UInt64(bitPattern: Int64(v)) & (UInt64.max >> 1)))
            #expect(x.byteSwapped(width: 8) == IeleInt(UInt64(bitPattern: Int64(v)).byteSwapped))
        }
    }

    @Test func intSizeOfNegativePowersOfTwo() {
        for x in Self.values {
            // data.md: intSize(N) = intSize(~N) for N < 0, and (log2Int(N) + 2) up/ 64 for N > 0.
            let n = x.isNegative ? ~x : x
            let expected = n.isZero ? 1 : (n.magnitudeBitWidth - 1 + 2 + 63) / 64
            #expect(x.intSize == expected, "intSize(\(x))")
        }
    }

    /// A value rewritten in place records its own lowest non-zero limb: the O(1) paths read the
    /// new value, not the old one's.
    @Test func inPlaceWritesRecordTheirLowestLimb() {
        var x = Self.shl(1, 700) + 5  // lowest non-zero limb 0
        let limbs: [UInt64] = [0, 0, 0, 9]
        limbs.withUnsafeBufferPointer { x.assign(magnitude: $0) }
        let negated = -x
        #expect(negated.byte(at: 8) == 0 && negated.byte(at: 24) == 0xf7 && negated.byte(at: 25) == 0xff)
        var y = Self.shl(1, 700) + 5
        let bytes: [UInt8] = Array(repeating: 0, count: 24) + [0x80]  // -2^199, little-endian
        bytes.withUnsafeBytes { y.assign(bytes: $0, bigEndian: false, signed: true) }
        #expect(y == -Self.shl(1, 199))
        #expect(y.intSize == 4)
        #expect(y.byte(at: 24) == 0x80 && y.byte(at: 3) == 0)
        #expect(y.shiftedRight(by: 199) == -1 && y.shiftedRight(by: 198) == -2)
    }
}
