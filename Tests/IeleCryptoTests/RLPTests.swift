import Foundation
import Testing
@testable import IeleCrypto

/// RLP: the yellow paper's examples, a Python `rlp` oracle, round trips, and hostile decoder input.
@Suite struct RLPTests {
    static func string(_ text: String) -> RLPItem { .bytes(Array(text.utf8)) }

    static let examples: [(RLPItem, String)] = [
        (string("dog"), "83646f67"),
        (.list([string("cat"), string("dog")]), "c88363617483646f67"),
        (string(""), "80"),
        (.list([]), "c0"),
        (.integer(0), "80"),
        (.bytes([0x00]), "00"),
        (.integer(15), "0f"),
        (.integer(1024), "820400"),
        // The set-theoretic representation of three: [ [], [[]], [ [], [[]] ] ].
        (.list([.list([]), .list([.list([])]), .list([.list([]), .list([.list([])])])]), "c7c0c1c0c3c0c1c0"),
        (string("Lorem ipsum dolor sit amet, consectetur adipisicing elit"),
         "b8384c6f72656d20697073756d20646f6c6f722073697420616d65742c20"
            + "636f6e7365637465747572206164697069736963696e6720656c6974"),
        (.bytes([0x80]), "8180"),
        (.bytes([0xff]), "81ff"),
    ]

    @Test func yellowPaperExamples() throws {
        for (item, encoding) in Self.examples {
            #expect(hex(item.encoded) == encoding)
            #expect(item.encodedCount == encoding.count / 2)
            #expect(try RLP.decode(bytes(hex: encoding) ?? []) == item)
        }
    }

    @Test func integerHelpers() {
        #expect(RLPItem.integer(bigEndianMagnitude: [0, 0, 4, 0]) == .integer(1024))
        #expect(RLPItem.integer(bigEndianMagnitude: [0, 0]) == .bytes([]))
        #expect(RLPItem.integer(bigEndianMagnitude: [UInt8]()) == .integer(0))
        #expect(RLPItem.integer(UInt64.max) == .bytes([UInt8](repeating: 0xff, count: 8)))
        #expect(RLPItem.integer(1024).integerMagnitude == [4, 0])
        #expect(RLPItem.bytes([0, 1]).integerMagnitude == nil)
        #expect(RLPItem.list([]).integerMagnitude == nil)
        #expect(RLPItem.list([.integer(1)]).listValue == [.bytes([1])])
        #expect(RLPItem.integer(1).bytesValue == [1])
    }

    @Test func longLengths() throws {
        for count in [55, 56, 255, 256, 65_535, 65_536, 70_000] {
            let item = RLPItem.bytes([UInt8](repeating: 0x61, count: count))
            let encoded = item.encoded
            #expect(encoded.count == item.encodedCount)
            #expect(try RLP.decode(encoded) == item)
            let list = RLPItem.list([item, .list([item])])
            #expect(try RLP.decode(list.encoded) == list)
        }
        #expect(hex(RLPItem.bytes([UInt8](repeating: 0, count: 56)).encoded.prefix(2)) == "b838")
        #expect(hex(RLPItem.bytes([UInt8](repeating: 0, count: 256)).encoded.prefix(3)) == "b90100")
    }

    /// Random nested items encoded by Python's `rlp` package.
    @Test func pythonOracle() throws {
        let json = try JSONSerialization.jsonObject(with: VectorFile.data(named: "rlp-random.json"))
        let vectors = try #require((json as? [String: Any])?["vectors"] as? [[String: Any]])
        #expect(vectors.count == 125)
        for vector in vectors {
            let item = try #require(Self.item(fromJSON: vector["item"] as Any))
            let encoding = try #require(vector["encoded"] as? String)
            #expect(hex(item.encoded) == encoding)
            #expect(try RLP.decode(bytes(hex: encoding) ?? []) == item)
        }
    }

    static func item(fromJSON value: Any) -> RLPItem? {
        if let text = value as? String { return bytes(hex: text).map(RLPItem.bytes) }
        guard let array = value as? [Any] else { return nil }
        var items: [RLPItem] = []
        for element in array {
            guard let item = item(fromJSON: element) else { return nil }
            items.append(item)
        }
        return .list(items)
    }

    @Test(arguments: [
        ("", RLPDecodingError.Kind.truncated, 0),
        ("81", .lengthExceedsInput, 0),
        ("83646f", .lengthExceedsInput, 0),
        ("8105", .nonCanonicalSingleByte, 0),
        ("817f", .nonCanonicalSingleByte, 0),
        ("b8", .truncated, 0),
        ("b900", .truncated, 0),
        ("b80561626364 65", .nonCanonicalLongLength, 0),
        ("b90038", .leadingZeroInLength, 0),
        ("bfffffffffffffffff", .lengthExceedsInput, 0),
        ("bf7fffffffffffffff00", .lengthExceedsInput, 0),
        ("b8ff00", .lengthExceedsInput, 0),
        ("c1", .lengthExceedsInput, 0),
        ("c28361", .lengthExceedsInput, 1),
        ("c182616263", .lengthExceedsInput, 1),
        ("c2c28001", .lengthExceedsInput, 1),
        ("c2c18080", .trailingBytes, 3),
        ("f8", .truncated, 0),
        ("f80100", .nonCanonicalLongLength, 0),
        ("f9000100", .leadingZeroInLength, 0),
        ("ffffffffffffffffff", .lengthExceedsInput, 0),
        ("c2c0b8", .truncated, 2),
        ("8080", .trailingBytes, 1),
        ("c0c0c0", .trailingBytes, 1),
        ("c18180", .lengthExceedsInput, 1),
    ])
    func malformedInput(input: String, kind: RLPDecodingError.Kind, offset: Int) throws {
        let data = try #require(bytes(hex: input.replacingOccurrences(of: " ", with: "")))
        #expect(throws: RLPDecodingError(kind, at: offset)) { try RLP.decode(data) }
    }

    @Test func nestingLimit() throws {
        var item = RLPItem.list([])
        for _ in 1..<100 { item = .list([item]) }
        let encoded = item.encoded
        #expect(try RLP.decode(encoded) == item)
        #expect(try RLP.decode(encoded, maximumDepth: 100) == item)
        #expect(throws: RLPDecodingError(.tooDeep, at: headerOffset(encoded, depth: 99))) {
            try RLP.decode(encoded, maximumDepth: 99)
        }
    }

    /// 2,000 nested lists: rejected by the depth limit, without exhausting the stack.
    @Test func deepHostileNesting() throws {
        var item = RLPItem.list([])
        for _ in 0..<2_000 { item = .list([item]) }
        let encoded = item.encoded
        #expect(throws: RLPDecodingError(.tooDeep, at: headerOffset(encoded, depth: 1_024))) {
            try RLP.decode(encoded)
        }
        let flat = [UInt8](repeating: 0xc0, count: 100_000)
        #expect(throws: RLPDecodingError(.trailingBytes, at: 1)) { try RLP.decode(flat) }
        let headers = [UInt8](repeating: 0xff, count: 100_000)
        #expect(throws: RLPDecodingError(.lengthExceedsInput, at: 0)) { try RLP.decode(headers) }
    }

    /// The offset of the list header at `depth` (0 = outermost) in a chain of singly nested lists.
    private func headerOffset(_ encoded: [UInt8], depth: Int) -> Int {
        var offset = 0
        for _ in 0..<depth {
            let first = encoded[offset]
            offset += first <= 0xf7 ? 1 : 1 + Int(first - 0xf7)
        }
        return offset
    }

    /// Any input either fails with an error or decodes to an item whose encoding is exactly that input.
    @Test func randomInputIsRejectedOrCanonical() {
        var generator = SplitMix64(seed: 0x1e1e)
        var decodedCount = 0
        for round in 0..<20_000 {
            let count = Int(generator.next() % 40)
            var input = (0..<count).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
            if round % 2 == 0, count > 0 {
                // Bias towards plausible headers so that successes are common too.
                input[0] = [0xc0, 0x80, 0xb8, 0xf8][Int(generator.next() % 4)] + UInt8(generator.next() % 8)
            }
            do {
                let item = try RLP.decode(input)
                #expect(item.encoded == input)
                decodedCount += 1
            } catch {
                #expect(error.offset >= 0 && error.offset <= input.count)
            }
        }
        #expect(decodedCount > 0)
    }

    /// Every truncation of a valid encoding is rejected.
    @Test func truncationsAreRejected() throws {
        let item = RLPItem.list([Self.string("cat"), .list([.integer(1024), .bytes([UInt8](repeating: 7, count: 60))])])
        let encoded = item.encoded
        for cut in 0..<encoded.count {
            #expect(throws: RLPDecodingError.self) { try RLP.decode(encoded[..<cut]) }
        }
    }
}

/// A small deterministic generator for reproducible random inputs.
struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}
