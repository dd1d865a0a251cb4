import Testing
@testable import IeleCrypto

/// Keccak-256 with Ethereum's 0x01 padding: published vectors and a Python oracle over many lengths.
@Suite struct KeccakTests {
    @Test func emptyMessage() {
        #expect(hex(Keccak256.hash([UInt8]())) == "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470")
    }

    @Test func abc() {
        #expect(hex(Keccak256.hash(Array("abc".utf8)))
            == "4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45")
    }

    /// The 200-byte message of 0xa3 repeated (a multi-block case from the Keccak team's test set).
    @Test func twoHundredBytesOfA3() {
        #expect(hex(Keccak256.hash([UInt8](repeating: 0xa3, count: 200)))
            == "3a57666b048777f2c953dc4456f45a2588e1cb6f2da760122d530ac2ce607d4a")
    }

    /// Not NIST SHA3: SHA3-256("") would be a7ffc6f8….
    @Test func isNotNISTSHA3() {
        #expect(!hex(Keccak256.hash([UInt8]())).hasPrefix("a7ffc6f8"))
    }

    @Test func quickBrownFox() {
        #expect(hex(Keccak256.hash(Array("The quick brown fox jumps over the lazy dog".utf8)))
            == "4d741b6f1eb29cb2a9b9911c82f56fa8d73b04959d3d9d222895df6c0b28aa15")
    }

    /// Lengths 0…300 and a few long messages, against pycryptodome's Keccak-256.
    @Test func lengthsAgainstOracle() throws {
        let rows = try VectorFile.rows(named: "keccak256-lengths.txt")
        #expect(rows.count == 307)
        for row in rows {
            let message = try #require(bytes(hex: row[0]))
            #expect(hex(Keccak256.hash(message)) == row[1], "length \(message.count)")
        }
    }

    /// Slices, non-contiguous collections and raw buffers all hash the same bytes.
    @Test func collectionKindsAgree() {
        let message = (0..<300).map { UInt8(truncatingIfNeeded: $0 &* 7) }
        let expected = Keccak256.hash(message)
        #expect(Keccak256.hash(message[0...]) == expected)
        #expect(Keccak256.hash(AnyCollection(message)) == expected)
        #expect(message.withUnsafeBytes { Keccak256.hash($0) } == expected)
        #expect(Keccak256.hash(message[10..<20]) == Keccak256.hash(Array(message[10..<20])))
    }

    /// The allocation-free form writes the same digest into the caller's memory and nothing past it.
    @Test func hashIntoCallerBuffer() {
        let message = Array("abc".utf8)
        var output = [UInt8](repeating: 0xee, count: 40)
        message.withUnsafeBytes { input in
            output.withUnsafeMutableBytes { Keccak256.hash(input, into: $0) }
        }
        #expect(Array(output[..<32]) == Keccak256.hash(message))
        #expect(output[32...].allSatisfy { $0 == 0xee })
    }
}
