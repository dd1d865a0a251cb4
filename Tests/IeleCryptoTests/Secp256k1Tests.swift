import Testing
@testable import IeleCrypto

/// ECDSA public-key recovery with `@iele.ecrec`'s rules: v ∈ {27, 28}, 0 < r, s < n, high s accepted.
@Suite struct Secp256k1Tests {
    /// EIP-155's example transaction signed by private key 0x4646…46.
    static let hash = bytes(hex: "daf5a779ae972f972197303d7b574746c7ef83eadac0f2791ad23db92e4c8e53") ?? []
    static let r = bytes(hex: "28ef61340bd939bc2195fe537567866003e1a15d3c71ff63e1590620aa636276") ?? []
    static let s = bytes(hex: "67cbe9d8997f761aecb703304b3800ccf555c9f3dc64214b297fb1966a3b6d83") ?? []
    static let address = "9d8a62f656a8d1615c1294fd71e9cfb3e4855a4f"
    static let order = bytes(hex: "fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141") ?? []

    @Test func knownEthereumAddress() throws {
        let recovered = try #require(Secp256k1.recoverAddress(hash: Self.hash, v: 27, r: Self.r, s: Self.s))
        #expect(hex(recovered) == Self.address)
    }

    @Test func publicKeyHashesToAddress() throws {
        let key = try #require(Secp256k1.recoverPublicKey(hash: Self.hash, v: 27, r: Self.r, s: Self.s))
        #expect(key.count == 64)
        #expect(hex(Keccak256.hash(key).suffix(20)) == Self.address)
    }

    @Test func vAsBigEndianWord() throws {
        let word = [UInt8](repeating: 0, count: 31) + [27]
        let recovered = try #require(Secp256k1.recoverAddress(hash: Self.hash, v: word, r: Self.r, s: Self.s))
        #expect(hex(recovered) == Self.address)
        #expect(Secp256k1.recoverAddress(hash: Self.hash, v: [1, 27], r: Self.r, s: Self.s) == nil)
        #expect(Secp256k1.recoverAddress(hash: Self.hash, v: [UInt8](), r: Self.r, s: Self.s) == nil)
    }

    /// Signatures from coincurve (libsecp256k1), each with its high-s twin, which must recover the same address.
    @Test func signedVectors() throws {
        let rows = try VectorFile.rows(named: "ecrecover-valid.txt")
        #expect(rows.count == 82)
        for row in rows {
            let hash = try #require(bytes(hex: row[0]))
            let v = try #require(Int(row[1]))
            let r = try #require(bytes(hex: row[2]))
            let s = try #require(bytes(hex: row[3]))
            let recovered = Secp256k1.recoverAddress(hash: hash, v: v, r: r, s: s)
            #expect(recovered.map(hex) == row[4], "hash \(row[0]) v \(v)")
        }
    }

    @Test(arguments: [0, 1, 26, 29, 35, 37, 255, -27, Int.max])
    func invalidV(v: Int) {
        #expect(Secp256k1.recoverAddress(hash: Self.hash, v: v, r: Self.r, s: Self.s) == nil)
    }

    /// The other v recovers a valid key, but a different one.
    @Test func otherVRecoversAnotherAddress() throws {
        let other = try #require(Secp256k1.recoverAddress(hash: Self.hash, v: 28, r: Self.r, s: Self.s))
        #expect(hex(other) != Self.address)
    }

    @Test func invalidScalars() {
        let zero = [UInt8](repeating: 0, count: 32)
        let orderPlusOne = Array(Self.order.dropLast()) + [Self.order[31] + 1]
        let orderMinusOne = Array(Self.order.dropLast()) + [Self.order[31] - 1]
        let allOnes = [UInt8](repeating: 0xff, count: 32)
        for bad in [zero, Self.order, orderPlusOne, allOnes] {
            #expect(Secp256k1.recoverAddress(hash: Self.hash, v: 27, r: bad, s: Self.s) == nil)
            #expect(Secp256k1.recoverAddress(hash: Self.hash, v: 27, r: Self.r, s: bad) == nil)
        }
        // s = n - 1 is in range (high s is accepted), so recovery succeeds with some key.
        #expect(Secp256k1.recoverAddress(hash: Self.hash, v: 27, r: Self.r, s: orderMinusOne) != nil)
    }

    /// r = 5 is no curve point's x coordinate (5³ + 7 is not a square mod p), so nothing recovers.
    @Test func rNotOnCurve() {
        let five = [UInt8](repeating: 0, count: 31) + [5]
        #expect(Secp256k1.recoverAddress(hash: Self.hash, v: 27, r: five, s: Self.s) == nil)
        #expect(Secp256k1.recoverAddress(hash: Self.hash, v: 28, r: five, s: Self.s) == nil)
    }

    @Test func wrongLengths() {
        #expect(Secp256k1.recoverAddress(hash: Self.hash.dropLast(), v: 27, r: Self.r, s: Self.s) == nil)
        #expect(Secp256k1.recoverAddress(hash: Self.hash + [0], v: 27, r: Self.r, s: Self.s) == nil)
        #expect(Secp256k1.recoverAddress(hash: Self.hash, v: 27, r: Self.r.dropFirst(), s: Self.s) == nil)
        #expect(Secp256k1.recoverAddress(hash: Self.hash, v: 27, r: Self.r, s: [0] + Self.s) == nil)
        #expect(Secp256k1.recoverAddress(hash: [UInt8](), v: 27, r: [UInt8](), s: [UInt8]()) == nil)
    }

    /// A zero hash is a legal message: recovery proceeds (libsecp256k1 accepts it) rather than failing.
    @Test func zeroHashIsAccepted() {
        let zero = [UInt8](repeating: 0, count: 32)
        #expect(Secp256k1.recoverAddress(hash: zero, v: 27, r: Self.r, s: Self.s) != nil)
    }
}
