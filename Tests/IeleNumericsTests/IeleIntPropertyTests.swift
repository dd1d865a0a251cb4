import Testing
@testable import IeleNumerics

/// Random cross-checks of `IeleInt` against `ReferenceInt` (schoolbook, no GMP) on seeded values of
/// 0–4096 bits with every sign combination and a strong bias toward the ±2^63 inline boundary.
@Suite struct IeleIntPropertyTests {
    static let pairCount = 600

    /// Seeded pairs of reference values; the same list every run.
    static let pairs: [(ReferenceInt, ReferenceInt)] = {
        var g = SeededGenerator(seed: 0x1E1E_2026)
        return (0..<pairCount).map { _ in (ReferenceInt.random(using: &g), ReferenceInt.random(using: &g)) }
    }()

    static func convert(_ r: ReferenceInt) -> IeleInt {
        guard let v = IeleInt(parsingLiteral: r.hexString) else {
            Issue.record("reference hex \(r.hexString) did not parse")
            return .zero
        }
        return v
    }

    /// Compares through hex text and also checks the inline invariant.
    static func check(_ actual: IeleInt?, _ expected: ReferenceInt, _ what: String,
                      sourceLocation: SourceLocation = #_sourceLocation) {
        guard let actual else {
            Issue.record("\(what): nil, expected \(expected.hexString)", sourceLocation: sourceLocation)
            return
        }
        #expect(actual.hexString == expected.hexString, "\(what)", sourceLocation: sourceLocation)
        let fits = expected.bitWidth < 64 || (expected.negative && expected == -ReferenceInt.powerOfTwo(63))
        #expect(actual.isSmall == fits, "\(what): inline invariant", sourceLocation: sourceLocation)
    }

    @Test func textRoundTrips() {
        for (a, _) in Self.pairs {
            let x = Self.convert(a)
            #expect(x.hexString == a.hexString)
            #expect(x.description == a.description)
            #expect(IeleInt(a.description) == x)
            #expect(IeleInt(parsingLiteral: a.description) == x)
            #expect(IeleInt(x.text(radix: 7), radix: 7) == x)
            #expect(IeleInt(x.text(radix: 36, uppercase: true), radix: 36) == x)
        }
    }

    @Test func ringOperations() {
        for (a, b) in Self.pairs {
            let x = Self.convert(a), y = Self.convert(b)
            Self.check(x + y, a + b, "\(a) + \(b)")
            Self.check(x - y, a - b, "\(a) - \(b)")
            Self.check(x * y, a * b, "\(a) * \(b)")
            Self.check(-x, -a, "-\(a)")
            Self.check(x.magnitude, a.magnitude, "|\(a)|")
        }
    }

    @Test func comparisonAndHashing() {
        for (a, b) in Self.pairs {
            let x = Self.convert(a), y = Self.convert(b)
            #expect((x < y) == (a < b))
            #expect((x == y) == (a == b))
            #expect(IeleInt.compare(x, y) == (a < b ? -1 : (a == b ? 0 : 1)))
            #expect(x.signum == (a.isZero ? 0 : (a.negative ? -1 : 1)))
            let copy = Self.convert(a)
            #expect(copy == x && copy.hashValue == x.hashValue)
            #expect(x + y - y == x)
        }
    }

    /// Truncating division is pinned down by `a = q·b + r`, `|r| < |b|`, and `r` having the sign of `a`
    /// (or being 0); the Euclidean modulus by `0 <= m < |b|` and `b | (a - m)`.
    @Test func divisionIdentities() {
        for (a, b) in Self.pairs {
            let x = Self.convert(a), y = Self.convert(b)
            guard !b.isZero else {
                #expect(x.quotient(dividingBy: y) == nil && x.remainder(dividingBy: y) == nil)
                #expect(x.modulo(y) == nil && x.quotientAndRemainder(dividingBy: y) == nil)
                continue
            }
            guard let q = x.quotient(dividingBy: y), let r = x.remainder(dividingBy: y),
                let qr = x.quotientAndRemainder(dividingBy: y), let m = x.modulo(y)
            else {
                Issue.record("nil result for nonzero divisor \(b)")
                continue
            }
            let qRef = Self.reference(q), rRef = Self.reference(r), mRef = Self.reference(m)
            #expect(qRef * b + rRef == a, "\(a) /Int \(b)")
            #expect(ReferenceInt.compareMagnitude(rRef.limbs, b.limbs) < 0)
            #expect(rRef.isZero || rRef.negative == a.negative)
            #expect(qr.quotient == q && qr.remainder == r)
            #expect(!mRef.negative && ReferenceInt.compareMagnitude(mRef.limbs, b.limbs) < 0)
            let diff = x - m
            #expect(diff.remainder(dividingBy: y) == .zero)
            Self.check(q, qRef, "normalised quotient")
            Self.check(r, rRef, "normalised remainder")
        }
    }

    static func reference(_ v: IeleInt) -> ReferenceInt {
        let text = v.hexString
        let negative = text.hasPrefix("-")
        var digits = Substring(text.dropFirst(negative ? 3 : 2))
        var limbs: [UInt32] = []
        while !digits.isEmpty {
            let chunk = digits.suffix(8)
            limbs.append(UInt32(chunk, radix: 16) ?? 0)
            digits = digits.dropLast(chunk.count)
        }
        return ReferenceInt(negative: negative, limbs: limbs)
    }

    @Test func bitwiseOperations() {
        for (a, b) in Self.pairs {
            let x = Self.convert(a), y = Self.convert(b)
            Self.check(x & y, ReferenceInt.bitwise(a, b, &), "\(a) & \(b)")
            Self.check(x | y, ReferenceInt.bitwise(a, b, |), "\(a) | \(b)")
            Self.check(x ^ y, ReferenceInt.bitwise(a, b, ^), "\(a) ^ \(b)")
            Self.check(~x, -a - ReferenceInt(1), "~\(a)")
        }
    }

    @Test func shifts() {
        var g = SeededGenerator(seed: 7)
        for (a, _) in Self.pairs {
            let x = Self.convert(a)
            let k = [0, 1, 31, 32, 63, 64, 65, 127, 200, 1000, 5000].randomElement(using: &g) ?? 0
            Self.check(x.shiftedLeft(by: k), a.shiftedLeft(k), "\(a) << \(k)")
            Self.check(x.shiftedRight(by: k), a.shiftedRight(k), "\(a) >> \(k)")
            Self.check(x.shifted(by: IeleInt(-k)), a.shiftedRight(k), "shift \(a), -\(k)")
            Self.check(x.shiftedLeft(by: -k), a.shiftedRight(k), "\(a) << -\(k)")
        }
    }

    @Test func sizesAndBitRanges() {
        var g = SeededGenerator(seed: 11)
        for (a, _) in Self.pairs {
            let x = Self.convert(a)
            // intSize(N) = (log2Int(N) + 2) up/Int 64, via ~N for negatives, 1 for 0.
            let n = a.negative ? -a - ReferenceInt(1) : a
            let expectedSize = n.isZero ? 1 : (n.bitWidth - 1 + 2 + 63) / 64
            #expect(x.intSize == expectedSize, "intSize(\(a))")
            #expect(x.log2 == (a.negative || a.isZero ? nil : a.bitWidth - 1))
            let width = Int.random(in: 0...600, using: &g)
            Self.check(x.bitRange(from: 0, width: width), a.lowBits(width), "twos bits \(width) of \(a)")
            let start = Int.random(in: 0...300, using: &g)
            Self.check(x.bitRange(from: start, width: width), a.shiftedRight(start).lowBits(width), "bitRange")
            let bytes = Int.random(in: 0...70, using: &g)
            Self.check(x.twos(width: bytes), a.lowBits(8 * bytes), "twos(\(bytes), \(a))")
            // signextend: the low field read as signed.
            let field = a.lowBits(8 * bytes)
            let signed = bytes > 0 && !(field < ReferenceInt.powerOfTwo(8 * bytes - 1))
                ? field - ReferenceInt.powerOfTwo(8 * bytes) : field
            Self.check(x.signExtended(fromByteWidth: bytes), signed, "signextend(\(bytes), \(a))")
            // Round trip the conformance test bits2.iele relies on: sext(w, twos(w, v)) == v when v fits.
            if let t = x.twos(width: bytes), x.signedByteCount <= bytes {
                #expect(t.signExtended(fromByteWidth: bytes) == x)
            }
        }
    }

    @Test func bytesRoundTrip() {
        for (a, _) in Self.pairs {
            let x = Self.convert(a)
            let be = x.signedBigEndianBytes
            let le = x.signedLittleEndianBytes
            #expect(be == le.reversed())
            #expect(be.count == x.signedByteCount)
            #expect(IeleInt(bigEndianSigned: be) == x)
            #expect(IeleInt(littleEndianSigned: le) == x)
            // Minimal: dropping the top byte must change the value (except for the empty encoding of 0).
            if be.count > 0 { #expect(IeleInt(bigEndianSigned: be.dropFirst()) != x) }
            let fixed = x.bigEndianBytes(count: 40)
            #expect(fixed.count == 40)
            Self.check(IeleInt(bigEndianUnsigned: fixed), a.lowBits(320), "Int2Bytes(40, \(a), BE)")
            #expect(x.littleEndianBytes(count: 40) == fixed.reversed())
            if let unsigned = x.unsignedBigEndianBytes {
                #expect(!a.negative)
                #expect(IeleInt(bigEndianUnsigned: unsigned) == x)
                #expect(unsigned.first != 0)
                #expect(x.unsignedLittleEndianBytes == unsigned.reversed())
                #expect(IeleInt(littleEndianUnsigned: unsigned.reversed()) == x)
            } else {
                #expect(a.negative)
            }
            for i in [0, 1, 7, 8, 9, 31, 200, 700] {
                let expected = a.shiftedRight(8 * i).lowBits(8)
                #expect(ReferenceInt(Int(x.byte(at: i))) == expected, "byte(\(i), \(a))")
            }
            if let swapped = x.byteSwapped(width: 33) {
                #expect(IeleInt(littleEndianUnsigned: x.bigEndianBytes(count: 33)) == swapped)
                #expect(swapped.byteSwapped(width: 33) == x.twos(width: 33))
            } else {
                Issue.record("bswap(33, \(a)) returned nil")
            }
        }
    }

    /// gcd divides both operands and leaves coprime cofactors; a negative-exponent powmod is the
    /// inverse of the positive one whenever gcd(base, modulus) = 1.
    @Test func gcdAndModularInverse() {
        var g = SeededGenerator(seed: 5)
        for (a, b) in Self.pairs.prefix(300) {
            let x = Self.convert(a), y = Self.convert(b)
            let d = x.gcd(y)
            #expect(d.signum >= 0)
            guard !d.isZero else {
                #expect(x.isZero && y.isZero)
                continue
            }
            #expect(x.remainder(dividingBy: d) == .zero && y.remainder(dividingBy: d) == .zero)
            if let p = x.quotient(dividingBy: d), let q = y.quotient(dividingBy: d) {
                #expect(p.gcd(q) == .one)
            }
            let e = IeleInt(Int.random(in: 1...300, using: &g))
            let modulus = y.magnitude
            guard modulus > .one else { continue }
            let inverse = x.power(-e, modulo: y)
            if d == .one {
                let forward = x.power(e, modulo: y)
                #expect(inverse != nil && forward != nil)
                if let inverse, let forward {
                    #expect((inverse * forward).modulo(modulus) == .one, "\(a)^±\(e) mod \(b)")
                    #expect(inverse.signum >= 0 && inverse < modulus)
                }
            } else {
                #expect(inverse == nil)
            }
        }
    }

    @Test func powerAgreesWithRepeatedMultiplication() {
        var g = SeededGenerator(seed: 3)
        for (a, b) in Self.pairs.prefix(150) {
            let x = Self.convert(a)
            let e = Int.random(in: 0...12, using: &g)
            var expected = ReferenceInt(1)
            for _ in 0..<e { expected = expected * a }
            Self.check(x.power(IeleInt(e)), expected, "\(a) ^ \(e)")
            let m = Self.convert(b)
            guard !m.isZero else { continue }
            // powmod with a non-negative exponent is the Euclidean residue of the plain power.
            #expect(x.power(IeleInt(e), modulo: m) == x.power(IeleInt(e))?.modulo(m), "\(a)^\(e) mod \(b)")
        }
    }
}
