import Testing
@testable import IeleCrypto

/// SHA-256 through libcrypto: FIPS 180-4 example vectors and a Python hashlib oracle.
@Suite struct SHA256Tests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        ("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrs"
            + "mnopqrstnopqrstu",
         "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"),
    ])
    func standardVectors(message: String, digest: String) throws {
        #expect(hex(try SHA256.hash(Array(message.utf8))) == digest)
    }

    @Test func millionAs() throws {
        #expect(hex(try SHA256.hash([UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)))
            == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func lengthsAgainstOracle() throws {
        let rows = try VectorFile.rows(named: "sha256-lengths.txt")
        #expect(rows.count == 201)
        for row in rows {
            let message = try #require(bytes(hex: row[0]))
            #expect(hex(try SHA256.hash(message)) == row[1], "length \(message.count)")
        }
    }

    @Test func nonContiguousInput() throws {
        let message = Array("abc".utf8)
        #expect(try SHA256.hash(AnyCollection(message)) == SHA256.hash(message))
        #expect(try SHA256.hash(message[1...]) == SHA256.hash(Array("bc".utf8)))
    }

    /// A message fed in pieces hashes as the whole: pieces of every size, including empty ones.
    @Test func piecesHashAsTheWhole() throws {
        let message = (0..<1000).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
        for cut in [0, 1, 63, 64, 65, 500, 1000] {
            let digest = try SHA256.hash { update in
                message.withUnsafeBytes { whole in
                    update(UnsafeRawBufferPointer(rebasing: whole[..<cut]))
                    update(UnsafeRawBufferPointer(start: nil, count: 0))
                    update(UnsafeRawBufferPointer(rebasing: whole[cut...]))
                }
            }
            #expect(try digest == SHA256.hash(message), "cut at \(cut)")
        }
        #expect(try SHA256.hash { _ in } == SHA256.hash([UInt8]()))
    }
}
