import Testing
@testable import IeleCrypto

/// RIPEMD-160 through libcrypto: the designers' published vectors and a pycryptodome oracle.
@Suite struct RIPEMD160Tests {
    @Test(arguments: [
        ("", "9c1185a5c5e9fc54612808977ee8f548b2258d31"),
        ("a", "0bdc9d2d256b3ee9daae347be6f4dc835a467ffe"),
        ("abc", "8eb208f7e05d987a9b044a8e98c6b087f15a0bfc"),
        ("message digest", "5d0689ef49d2fae572b881b123a85ffa21595f36"),
        ("abcdefghijklmnopqrstuvwxyz", "f71c27109c692c1b56bbdceb5b9d2865b3708dbc"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "12a053384a9c0c88e405a06c27dcf49ada62eb2b"),
        ("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", "b0e20b6e3116640286ed3a87a5713079b21f5189"),
        (String(repeating: "1234567890", count: 8), "9b752e45573d4b39f4dbd3323cab82bf63326bfb"),
    ])
    func publishedVectors(message: String, digest: String) throws {
        #expect(hex(try RIPEMD160.hash(Array(message.utf8))) == digest)
    }

    @Test func millionAs() throws {
        #expect(hex(try RIPEMD160.hash([UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)))
            == "52783243c1697bdbe16d37f97f68f08325dc1528")
    }

    @Test func lengthsAgainstOracle() throws {
        let rows = try VectorFile.rows(named: "ripemd160-lengths.txt")
        #expect(rows.count == 201)
        for row in rows {
            let message = try #require(bytes(hex: row[0]))
            #expect(hex(try RIPEMD160.hash(message)) == row[1], "length \(message.count)")
        }
    }

    /// A message fed in pieces hashes as the whole: pieces of every size, including empty ones.
    @Test func piecesHashAsTheWhole() throws {
        let message = (0..<1000).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
        for cut in [0, 1, 63, 64, 65, 500, 1000] {
            let digest = try RIPEMD160.hash { update in
                message.withUnsafeBytes { whole in
                    update(UnsafeRawBufferPointer(rebasing: whole[..<cut]))
                    update(UnsafeRawBufferPointer(start: nil, count: 0))
                    update(UnsafeRawBufferPointer(rebasing: whole[cut...]))
                }
            }
            #expect(try digest == RIPEMD160.hash(message), "cut at \(cut)")
        }
        #expect(try RIPEMD160.hash { _ in } == RIPEMD160.hash([UInt8]()))
    }
}
