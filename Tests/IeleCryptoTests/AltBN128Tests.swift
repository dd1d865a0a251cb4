import IeleCrypto
import Testing

/// The public API on hand-picked cases: the conformance test's values, the K slicing of ECPAIRING's
/// arguments, and inputs that must be rejected rather than crash.
@Suite struct AltBN128Tests {
    typealias Vectors = AltBN128Vectors

    static let twoG = AltBN128.G1Point(
        x: Vectors.word("0x030644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd3") ?? .zero,
        y: Vectors.word("0x15ed738c0e0a7c92e7845f96b2ae9c0a68a6a449e3538fc7ff3ebf7a5a18a2c4") ?? .zero)

    /// The G2 generator, written as the conformance test writes it into memory (imaginary part first).
    static let g2GeneratorBytes: [UInt8] = [
        "0x198e9393920d483a7260bfb731fb5d25f1aa493335a9e71297e485b7aef312c2",
        "0x1800deef121f1e76426a00665e5c4479674322d4f75edadd46debd5cd992f6ed",
        "0x090689d0585ff075ec9e99ad690c3395bc4b313370b38ef355acdadcd122975b",
        "0x12c85ea5db8c6deb4aab71808dcb408fe3d1e7690c43d37b4ce6cc0166fa7daa",
    ].flatMap(Vectors.bytes)

    @Test func addMatchesConformanceTest() {
        #expect(AltBN128.add(.generator, .generator) == Self.twoG)
    }

    @Test func multiplyMatchesConformanceTest() {
        #expect(AltBN128.multiply(.generator, by: [2]) == Self.twoG)
        #expect(AltBN128.multiply(.generator, by: AltBN128.Word(2)) == Self.twoG)
    }

    @Test func multiplyByEmptyOrZeroScalarGivesInfinity() {
        #expect(AltBN128.multiply(.generator, by: []) == .infinity)
        #expect(AltBN128.multiply(.generator, by: [UInt8](repeating: 0, count: 100)) == .infinity)
    }

    @Test func leadingZerosInScalarDoNotMatter() {
        #expect(AltBN128.multiply(.generator, by: [UInt8](repeating: 0, count: 70) + [2]) == Self.twoG)
    }

    /// The ECPAIRING part of the conformance test: e(G1, G2)·e(-G1, G2) = 1, e(G1, G2) alone is not 1,
    /// and G1 bytes reused as G2 bytes are rejected.
    @Test func pairingMatchesConformanceTest() throws {
        let one = Vectors.bytes("0x" + String(repeating: "0", count: 63) + "1")
        let two = Vectors.bytes("0x" + String(repeating: "0", count: 63) + "2")
        let pMinus2 = Vectors.bytes("0x30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd45")
        let g1Bytes = one + two + one + pMinus2
        let twoG2 = Self.g2GeneratorBytes + Self.g2GeneratorBytes
        let twoPairs = try #require(AltBN128.pairingInput(g1: g1Bytes, g2: twoG2, count: 2))
        #expect(AltBN128.pairingCheck(twoPairs) == true)
        let onePair = try #require(AltBN128.pairingInput(g1: one + two, g2: Self.g2GeneratorBytes, count: 1))
        let generatorXReal = "0x1800deef121f1e76426a00665e5c4479674322d4f75edadd46debd5cd992f6ed"
        #expect(onePair[0].1.x.real == Vectors.word(generatorXReal))
        #expect(AltBN128.pairingCheck(onePair) == false)
        let misused = try #require(AltBN128.pairingInput(g1: g1Bytes, g2: g1Bytes + [UInt8](repeating: 0, count: 128),
                                                         count: 2))
        #expect(AltBN128.pairingCheck(misused) == nil)
    }

    @Test func pairingInputRejectsWrongLengths() {
        #expect(AltBN128.pairingInput(g1: [UInt8](repeating: 0, count: 63), g2: [UInt8](repeating: 0, count: 128),
                                      count: 1) == nil)
        #expect(AltBN128.pairingInput(g1: [], g2: [], count: -1) == nil)
        #expect(AltBN128.pairingInput(g1: [], g2: [], count: .max) == nil)
        #expect(AltBN128.pairingInput(g1: [], g2: [], count: 0)?.isEmpty == true)
    }

    @Test func emptyPairingCheckIsTrue() {
        #expect(AltBN128.pairingCheck([]) == true)
    }

    @Test func validity() {
        #expect(AltBN128.isValid(AltBN128.G1Point.generator))
        #expect(AltBN128.isValid(AltBN128.G1Point.infinity))
        #expect(!AltBN128.isValid(AltBN128.G1Point(x: AltBN128.Word(1), y: AltBN128.Word(3))))
        #expect(AltBN128.isValid(AltBN128.G2Point.infinity))
    }

    @Test func wordReadsBigEndianAndRejectsOverflow() {
        #expect(AltBN128.Word(bigEndian: [1, 0]) == AltBN128.Word(256))
        #expect(AltBN128.Word(bigEndian: [0, 0, 7]) == AltBN128.Word(7))
        #expect(AltBN128.Word(bigEndian: [UInt8](repeating: 0xFF, count: 32)) != nil)
        #expect(AltBN128.Word(bigEndian: [1] + [UInt8](repeating: 0, count: 32)) == nil)
        #expect(AltBN128.Word(bigEndian: [0] + [UInt8](repeating: 0xAB, count: 32))?.bigEndianBytes
            == [UInt8](repeating: 0xAB, count: 32))
        #expect(AltBN128.Word(littleEndianLimbs: [1, 2, 3, 4, 0, 0])?.littleEndianLimbs == [1, 2, 3, 4])
        #expect(AltBN128.Word(littleEndianLimbs: [1, 2, 3, 4, 5]) == nil)
        #expect(AltBN128.Word(littleEndianLimbs: []) == .zero)
        #expect(AltBN128.Word(258).description == "0x" + String(repeating: "0", count: 61) + "102")
    }
}
