import Testing
@testable import IeleCrypto

/// The libcrypto digests and the libsecp256k1 context are shared process-wide; many tasks use them at once.
@Suite struct ConcurrencyTests {
    @Test func sharedStateFromManyTasks() async throws {
        let message = Array("abc".utf8)
        let expected = (try SHA256.hash(message), try RIPEMD160.hash(message), Keccak256.hash(message))
        let hash = Secp256k1Tests.hash
        let r = Secp256k1Tests.r
        let s = Secp256k1Tests.s
        let results = await withTaskGroup(of: Bool.self, returning: [Bool].self) { group in
            for _ in 0..<16 {
                group.addTask {
                    var ok = true
                    for _ in 0..<50 {
                        ok = ok && (try? SHA256.hash(message)) == expected.0
                        ok = ok && (try? RIPEMD160.hash(message)) == expected.1
                        ok = ok && Keccak256.hash(message) == expected.2
                    }
                    let address = Secp256k1.recoverAddress(hash: hash, v: 27, r: r, s: s)
                    return ok && address.map(hex) == Secp256k1Tests.address
                }
            }
            var all: [Bool] = []
            for await result in group { all.append(result) }
            return all
        }
        #expect(results == [Bool](repeating: true, count: 16))
    }
}
