import IeleCrypto
import Testing

/// ECADD, ECMUL and ECPAIRING against the committed vectors, valid and invalid.
@Suite struct AltBN128VectorTests {
    typealias Vectors = AltBN128Vectors

    @Test(arguments: ["altbn128-add", "altbn128-eip196-add"])
    func add(file: String) throws {
        let cases = try Vectors.load(file, as: Vectors.Add.self)
        #expect(!cases.isEmpty)
        for vector in cases {
            let p = try #require(Vectors.g1(vector.p), "\(vector.note)")
            let q = try #require(Vectors.g1(vector.q), "\(vector.note)")
            let expected = vector.result.flatMap(Vectors.g1)
            #expect(AltBN128.add(p, q) == expected, "\(vector.note)")
        }
    }

    @Test(arguments: ["altbn128-mul", "altbn128-eip196-mul"])
    func multiply(file: String) throws {
        let cases = try Vectors.load(file, as: Vectors.Mul.self)
        #expect(!cases.isEmpty)
        for vector in cases {
            let p = try #require(Vectors.g1(vector.p), "\(vector.note)")
            let expected = vector.result.flatMap(Vectors.g1)
            let scalar = Vectors.bytes(vector.scalar)
            #expect(AltBN128.multiply(p, by: scalar) == expected, "\(vector.note)")
            if let word = AltBN128.Word(bigEndian: scalar) {
                #expect(AltBN128.multiply(p, by: word) == expected, "\(vector.note) (Word scalar)")
            }
        }
    }

    @Test(arguments: ["altbn128-pairing", "altbn128-eip197-pairing"])
    func pairingCheck(file: String) throws {
        let cases = try Vectors.load(file, as: Vectors.Pairing.self)
        #expect(!cases.isEmpty)
        for vector in cases {
            let pairs = try vector.pairs.map { pair in
                let p = try #require(Vectors.g1(pair.g1), "\(vector.note)")
                let q = try #require(Vectors.g2(pair.g2), "\(vector.note)")
                return (p, q)
            }
            #expect(AltBN128.pairingCheck(pairs) == vector.result, "\(vector.note)")
        }
    }

    /// Negating the scalar negates the product: (-s)·P = -(s·P), so the two add up to infinity.
    @Test func negativeScalar() throws {
        let cases = try Vectors.load("altbn128-mul", as: Vectors.Mul.self)
        for vector in cases {
            guard let p = Vectors.g1(vector.p), let expected = vector.result.flatMap(Vectors.g1) else { continue }
            let negated = try #require(AltBN128.multiply(p, by: Vectors.bytes(vector.scalar), isNegative: true))
            #expect(negated.x == expected.x, "\(vector.note)")
            #expect(AltBN128.add(negated, expected) == .infinity, "\(vector.note)")
        }
    }
}
