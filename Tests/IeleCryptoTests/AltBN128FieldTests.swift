import Testing

@testable import IeleCrypto

/// The internal arithmetic of AltBN128: field laws on sample values, the hard-coded Frobenius constants
/// against repeated p-th powers, the cyclotomic squaring, scalar reduction and the width-5 NAF.
@Suite struct AltBN128FieldTests {
    typealias Fp = AltBN128.Fp
    typealias Fp2 = AltBN128.Fp2
    typealias Fp6 = AltBN128.Fp6
    typealias Fp12 = AltBN128.Fp12
    typealias Word = AltBN128.Word
    typealias Montgomery = AltBN128.Montgomery

    static let pMinusOne = Word(0x3c20_8c16_d87c_fd46, 0x9781_6a91_6871_ca8d, 0xb850_45b6_8181_585d,
                                0x3064_4e72_e131_a029)

    /// A deterministic element of Fp2 built from small integers.
    static func fp2(_ a: UInt64, _ b: UInt64) -> Fp2 {
        Fp2(Fp(small: a), Fp(small: b))
    }

    static let sample = Fp12(Fp6(fp2(1, 2), fp2(3, 4), fp2(5, 6)), Fp6(fp2(7, 8), fp2(9, 10), fp2(11, 12)))

    @Test func fpRoundTripsAndRejectsValuesAtLeastP() throws {
        let value = Word(0x1234, 0x5678, 0x9abc, 0x0def)
        #expect(try #require(Fp(value)).value == value)
        #expect(Fp(AltBN128.Fp.modulus) == nil)
        #expect(try #require(Fp(Self.pMinusOne)) + .one == .zero)
        #expect((-Fp.one).value == Self.pMinusOne)
    }

    @Test func fpInverse() {
        for small: UInt64 in [1, 2, 3, 12345, 0xFFFF_FFFF_FFFF_FFFF] {
            #expect(Fp(small: small) * Fp(small: small).inverse() == .one)
        }
        #expect(Fp.zero.inverse() == .zero)
    }

    @Test func fp2Fp6Fp12Inverses() {
        let a = Self.fp2(3, 5)
        #expect(a * a.inverse() == .one)
        #expect(a.squared() == a * a)
        let b = Fp6(Self.fp2(1, 2), Self.fp2(3, 4), Self.fp2(5, 6))
        #expect(b * b.inverse() == .one)
        #expect(b.squared() == b * b)
        #expect(Self.sample * Self.sample.inverse() == .one)
        #expect(Self.sample.squared() == Self.sample * Self.sample)
    }

    /// ξ = 9 + i times a equals the generic product.
    @Test func nonResidueMultiplication() {
        let a = Self.fp2(1234, 5678)
        #expect(a.multipliedByNonResidue() == a * Self.fp2(9, 1))
    }

    /// Raising to p by square-and-multiply is the Frobenius map; checks all the γ constants.
    @Test func frobeniusConstants() {
        func powerP(_ value: Fp12) -> Fp12 {
            var result = Fp12.one
            for index in stride(from: 255, through: 0, by: -1) {
                result = result.squared()
                if AltBN128.Fp.modulus.bit(index) { result = result * value }
            }
            return result
        }
        let once = powerP(Self.sample)
        #expect(Self.sample.frobenius1() == once)
        #expect(Self.sample.frobenius2() == powerP(once))
        #expect(Self.sample.frobenius3() == Self.sample.frobenius2().frobenius1())
    }

    @Test func sparseLineMultiplication() {
        let b0 = Self.fp2(2, 3)
        let b3 = Self.fp2(5, 7)
        let b4 = Self.fp2(11, 13)
        let dense = Fp12(Fp6(b0, .zero, .zero), Fp6(b3, b4, .zero))
        #expect(Self.sample.multiplied(byLine: b0, b3, b4) == Self.sample * dense)
    }

    @Test func cyclotomicSquaring() {
        var f = Self.sample.conjugated() * Self.sample.inverse()
        f = f.frobenius2() * f
        #expect(f.cyclotomicSquared() == f.squared())
    }

    @Test func scalarReduction() {
        let order = AltBN128.Scalar.order
        #expect(AltBN128.Scalar.reduce(order) == .zero)
        #expect(AltBN128.Scalar.reduce(bigEndian: order.bigEndianBytes + [0]) == .zero)
        #expect(AltBN128.Scalar.reduce(bigEndian: [1] + [UInt8](repeating: 0, count: 40)) != .zero)
        let big = [UInt8](repeating: 0xFF, count: 32)
        let expected = AltBN128.Scalar.reduce(Word(bigEndian: big) ?? .zero)
        #expect(AltBN128.Scalar.reduce(bigEndian: [0, 0] + big) == expected)
    }

    @Test func widthFiveNAFRepresentsTheValue() {
        let values = [Word(0), Word(1), Word(31), Word(0xFFFF_FFFF_FFFF_FFFF), AltBN128.Scalar.order,
                      Word(bigEndian: [UInt8](repeating: 0xFF, count: 32)) ?? .zero]
        for value in values {
            let digits = value.widthFiveNAF()
            // Horner from the top digit, modulo r via the group: compare [Σ d·2^i]G with [value]G.
            var point = AltBN128.G1Jacobian.infinity
            let generator = AltBN128.G1Jacobian(affineX: .one, y: Fp(small: 2))
            for digit in digits.reversed() {
                point = point.doubled()
                for _ in 0..<abs(Int(digit)) { point = point + (digit > 0 ? generator : -generator) }
            }
            #expect(AltBN128.Curve.encode(point) == AltBN128.Curve.encode(generator.multiplied(by: value)))
            #expect(digits.allSatisfy { $0 == 0 || ($0 % 2 != 0 && abs(Int($0)) <= 15) })
        }
    }

    /// k ≡ k1 + k2·λ (mod r) with both halves below 2^128.
    @Test func glvDecomposition() {
        let lambda = Word(0xb8ca_0b2d_3663_6f23, 0xcc37_a73f_ec2b_c5e9, 0x048b_6e19_3fd8_4104, 0x3064_4e72_e131_a029)
        let order = AltBN128.Scalar.order
        var k = Word(0x0123_4567_89ab_cdef, 0xfedc_ba98_7654_3210, 0x0f1e_2d3c_4b5a_6978, 0x1122_3344_5566_7788)
        let samples = [Word.zero, Word(1), Montgomery.subtract(.zero, Word(1), modulus: order)] + (0..<20).map { _ in
            k = AltBN128.Scalar.multiply(k, k)
            return k
        }
        for value in samples {
            let (k1, k2) = AltBN128.GLV.decompose(value)
            let signedK1 = k1.isNegative ? Montgomery.subtract(.zero, k1.magnitude, modulus: order) : k1.magnitude
            let signedK2 = k2.isNegative ? Montgomery.subtract(.zero, k2.magnitude, modulus: order) : k2.magnitude
            let recombined = Montgomery.add(signedK1, AltBN128.Scalar.multiply(signedK2, lambda), modulus: order)
            #expect(recombined == value)
            #expect(k1.magnitude.l2 == 0 && k1.magnitude.l3 == 0)
            #expect(k2.magnitude.l2 == 0 && k2.magnitude.l3 == 0)
        }
    }

    @Test func multipliedHigh() {
        let allOnes = Word(bigEndian: [UInt8](repeating: 0xFF, count: 32)) ?? .zero
        // (2^256 - 1)² >> 256 = 2^256 - 2.
        #expect(allOnes.multipliedHigh(by: allOnes) == Word(0xFFFF_FFFF_FFFF_FFFE, .max, .max, .max))
        #expect(Word(0, 0, 0, 1).multipliedHigh(by: Word(0, 1, 0, 0)) == Word(1, 0, 0, 0))
    }

    /// The ψ-based subgroup test agrees with the plugin's r·Q = 0 on every on-twist G2 point of the vectors.
    @Test func subgroupTestMatchesMultiplicationByOrder() throws {
        var checked = (inside: 0, outside: 0)
        for file in ["altbn128-pairing", "altbn128-eip197-pairing"] {
            for vector in try AltBN128Vectors.load(file, as: AltBN128Vectors.Pairing.self) {
                for pair in vector.pairs {
                    guard let q = AltBN128Vectors.g2(pair.g2), let x0 = Fp(q.x.real), let x1 = Fp(q.x.imaginary),
                        let y0 = Fp(q.y.real), let y1 = Fp(q.y.imaginary)
                    else { continue }
                    let (x, y) = (Fp2(x0, x1), Fp2(y0, y1))
                    guard y.squared() == x.squared() * x + AltBN128.Curve.twistB else { continue }
                    let byOrder = AltBN128.G2Jacobian(affineX: x, y: y).multiplied(by: AltBN128.Scalar.order).isInfinity
                    #expect(AltBN128.Curve.isInSubgroup(x, y) == byOrder, "\(vector.note)")
                    if byOrder { checked.inside += 1 } else { checked.outside += 1 }
                }
            }
        }
        #expect(checked.inside > 10 && checked.outside >= 2)
    }
}
