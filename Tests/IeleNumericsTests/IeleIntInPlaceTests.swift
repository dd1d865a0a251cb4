import Testing
@testable import IeleNumerics

/// The in-place forms (`assign(bytes:…)`, `assign(magnitude:)`, `storeByteSwapped`) must give exactly
/// the values of the value-returning forms, whatever the destination held before, and must never
/// change a value that shares the destination's storage.
/// `x << k` for the tests (the library's shift returns nil only past `maximumBitWidth`).
private func shl(_ x: IeleInt, _ k: Int) -> IeleInt {
    x.shiftedLeft(by: k) ?? .zero
}

/// A copy of `x` in storage of its own (a big value gets a new, uniquely referenced box), so the
/// in-place forms take their reuse path.
private func fresh(_ x: IeleInt) -> IeleInt {
    (x + 1) - 1
}

@Suite struct IeleIntInPlaceTests {
    /// Destinations of every kind: zero, small, negative small, big of various sizes and signs.
    static let destinations: [IeleInt] = [
        0, 7, -7, IeleInt(Int.max), IeleInt(Int.min),
        IeleInt(Int.max) + 1, -shl(IeleInt(1), 200) - 12345, shl(IeleInt(1), 255) + 99,
        shl(IeleInt(1), 700) - 1,
    ]

    /// Byte strings of many lengths and top bits (signed ones read negative when the top bit is set).
    static let byteStrings: [[UInt8]] = {
        var result: [[UInt8]] = [[], [0], [0x80], [0xff]]
        result += [Array(repeating: 0, count: 32), Array(repeating: 0xff, count: 32)]
        for count in [1, 7, 8, 9, 15, 16, 17, 24, 31, 32, 33, 40, 64, 65] {
            result.append((0..<count).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) })
            result.append((0..<count).map { UInt8(truncatingIfNeeded: 0xf0 &- $0 &* 13) })
            var topOnly = Array(repeating: UInt8(0), count: count)
            topOnly[0] = 0x80
            result.append(topOnly)
            result.append(topOnly.reversed())
        }
        return result
    }()

    @Test func assignBytesMatchesBytes2Int() {
        for bytes in Self.byteStrings {
            for bigEndian in [true, false] {
                for signed in [true, false] {
                    let expected = bytes.withUnsafeBufferPointer {
                        IeleInt.fromBytes(buffer: $0, bigEndian: bigEndian, signed: signed)
                    }
                    for start in Self.destinations {
                        var shared = start
                        var unique = fresh(start)
                        bytes.withUnsafeBytes { shared.assign(bytes: $0, bigEndian: bigEndian, signed: signed) }
                        bytes.withUnsafeBytes { unique.assign(bytes: $0, bigEndian: bigEndian, signed: signed) }
                        for value in [shared, unique] {
                            #expect(value == expected, "\(bytes) BE \(bigEndian) signed \(signed) over \(start)")
                            #expect(value.isSmall == (expected.asInt != nil))
                        }
                    }
                }
            }
        }
    }

    @Test func assignNeverChangesASharedValue() {
        for start in Self.destinations {
            var value = fresh(start)
            let shared = value
            let bytes = [UInt8](repeating: 0xab, count: 32)
            bytes.withUnsafeBytes { value.assign(bytes: $0, bigEndian: true, signed: false) }
            #expect(shared == start)
            var other = fresh(start)
            let sharedOther = other
            let limbs: [UInt64] = [1, 2, 3, 4]
            limbs.withUnsafeBufferPointer { other.assign(magnitude: $0) }
            #expect(sharedOther == start)
            #expect(other == IeleInt(1) + shl(IeleInt(2), 64) + shl(IeleInt(3), 128) + shl(IeleInt(4), 192))
        }
    }

    /// The point of the in-place forms: a uniquely held box with room for the result is reused.
    @Test func aUniqueBoxIsReused() {
        func box(_ x: IeleInt) -> ObjectIdentifier? {
            if case .big(let b) = x.storage { return ObjectIdentifier(b) }
            return nil
        }
        var value = fresh(shl(IeleInt(1), 255) + 99)
        let before = box(value)
        let digest = [UInt8](repeating: 0xc5, count: 32)
        digest.withUnsafeBytes { value.assign(bytes: $0, bigEndian: true, signed: false) }
        #expect(before != nil && box(value) == before)
        let limbs: [UInt64] = [9, 8, 7, 6]
        limbs.withUnsafeBufferPointer { value.assign(magnitude: $0) }
        #expect(box(value) == before)
        let swapped = value.byteSwapped(width: 32)
        let done = withUnsafeMutablePointer(to: &value) { IeleInt.storeByteSwapped(of: $0, width: 32, into: $0) }
        #expect(done && value == swapped && box(value) == before)
    }

    @Test func assignMagnitudeMatchesTheLimbs() {
        let cases: [[UInt64]] = [
            [], [0], [5], [UInt64(Int.max)], [UInt64(Int.max) + 1], [.max], [0, 1], [.max, .max, 0, 0],
            [1, 2, 3, 4], [0, 0, 0, 0x8000_0000_0000_0000], (0..<9).map { UInt64($0) &* 0x0123_4567_89ab_cdef },
        ]
        for limbs in cases {
            var expected = IeleInt.zero
            for (w, limb) in limbs.enumerated() { expected = expected + shl(IeleInt(limb), 64 * w) }
            for start in Self.destinations {
                var shared = start
                var unique = fresh(start)
                limbs.withUnsafeBufferPointer { shared.assign(magnitude: $0) }
                limbs.withUnsafeBufferPointer { unique.assign(magnitude: $0) }
                for value in [shared, unique] {
                    #expect(value == expected, "\(limbs) over \(start)")
                    #expect(value.isSmall == (expected.asInt != nil))
                }
            }
        }
    }

    @Test func storeByteSwappedMatchesByteSwapped() {
        let sources: [IeleInt] = Self.destinations + [
            -1, 0x0102_0304_0506_0708, shl(IeleInt(0x0102_0304_0506_0708), 64) + 0x090a_0b0c_0d0e_0f10,
            -shl(IeleInt(1), 128), -shl(IeleInt(1), 64) + 1, shl(IeleInt(1), 512) + 3,
        ]
        for width in [0, 1, 8, 12, 16, 24, 32, 40, 48, 56, 64, 72] {
            for source in sources {
                guard let expected = source.byteSwapped(width: width) else { continue }
                for start in Self.destinations {
                    var destination = fresh(start)
                    var input = source
                    let done = withUnsafePointer(to: &input) { from in
                        IeleInt.storeByteSwapped(of: from, width: width, into: &destination)
                    }
                    #expect(done == (width % 8 == 0 && width >= 16 && width <= 64))
                    #expect(done ? destination == expected : destination == start, "bswap \(width), \(source)")
                    #expect(input == source)
                }
                // Source and destination the same register.
                var same = fresh(source)
                let done = withUnsafeMutablePointer(to: &same) {
                    IeleInt.storeByteSwapped(of: $0, width: width, into: $0)
                }
                #expect(done ? same == expected : same == source, "in place: bswap \(width), \(source)")
            }
        }
    }

    @Test func copyBytesWritesTwosComplement() {
        let values: [IeleInt] =
            Self.destinations + [-1, 255, -256, -shl(IeleInt(1), 64), shl(IeleInt(1), 64) - 1]
        for value in values {
            for count in [1, 3, 8, 9, 16, 20, 32, 33, 100] {
                for bigEndian in [true, false] {
                    var bytes = [UInt8](repeating: 0x5a, count: count)
                    bytes.withUnsafeMutableBytes { value.copyBytes(into: $0, bigEndian: bigEndian) }
                    // Reading the bytes back as signed gives the value modulo 256^count, sign-extended.
                    let back = bytes.withUnsafeBufferPointer {
                        IeleInt.fromBytes(buffer: $0, bigEndian: bigEndian, signed: true)
                    }
                    let modulus = shl(IeleInt(1), 8 * count)
                    let wrapped = value.modulo(modulus) ?? .zero
                    let expected = wrapped >= shl(IeleInt(1), 8 * count - 1) ? wrapped - modulus : wrapped
                    #expect(back == expected, "\(value) in \(count) bytes, BE \(bigEndian)")
                }
            }
        }
    }

    @Test func intSizeOfNegativeValuesIsThatOfTheirComplement() {
        for k in [63, 64, 65, 127, 128, 129, 191, 192, 255, 256, 300] {
            for delta in [-1, 0, 1] {
                let n = -(shl(IeleInt(1), k) + IeleInt(delta))
                #expect(n.intSize == (~n).intSize, "intSize(-(2^\(k) + \(delta)))")
                let p = shl(IeleInt(1), k) + IeleInt(delta)
                #expect(p.intSize == (p.magnitudeBitWidth + 1 + 63) / 64)
            }
        }
    }
}
