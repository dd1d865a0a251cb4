import Testing

@testable import IeleNumerics

/// `forEachBigEndianChunk`: the pieces are K `Int2Bytes(LEN, I, BE)` in order, each small, whatever LEN.
@Suite struct IeleIntByteChunksTests {
    static func joined(_ value: IeleInt, count: Int) -> (bytes: [UInt8], largestPiece: Int) {
        var bytes: [UInt8] = []
        var largest = 0
        value.forEachBigEndianChunk(count: count) { piece in
            bytes.append(contentsOf: piece)
            largest = max(largest, piece.count)
        }
        return (bytes, largest)
    }

    /// A value of `bytes` bytes, none of them zero, so a misplaced piece shows.
    static func value(ofBytes bytes: Int) -> IeleInt {
        IeleInt(bigEndianUnsigned: (0..<bytes).map { UInt8(truncatingIfNeeded: $0 % 251 + 1) })
    }

    static let chunk = IeleInt.byteChunkCount

    @Test(arguments: [0, 1, 7, 8, 9, 33, chunk - 1, chunk, chunk + 1, 3 * chunk + 5])
    func piecesJoinToTheBigEndianBytes(count: Int) {
        for value in [
            IeleInt(0), IeleInt(0x0102), IeleInt(Int.max), Self.value(ofBytes: 40),
            Self.value(ofBytes: Self.chunk + 3), Self.value(ofBytes: 2 * Self.chunk),
        ] {
            let (bytes, largest) = Self.joined(value, count: count)
            #expect(bytes == value.bigEndianBytes(count: count), "\(value.unsignedByteCount) bytes in \(count)")
            #expect(largest <= Self.chunk)
        }
    }

    @Test func aNegativeValueGivesItsMagnitude() {
        #expect(Self.joined(IeleInt(-0x0102), count: 3).bytes == [0, 1, 2])
        #expect(Self.joined(IeleInt(Int.min), count: 8).bytes == [0x80, 0, 0, 0, 0, 0, 0, 0])
        let wide = Self.value(ofBytes: Self.chunk + 3)
        #expect(Self.joined(-wide, count: Self.chunk + 3).bytes == wide.bigEndianBytes(count: Self.chunk + 3))
    }

    /// Without zero padding, every piece after the first is a whole chunk (ECMUL relies on it).
    @Test func piecesAfterTheFirstAreWholeChunksWithoutPadding() {
        let value = Self.value(ofBytes: 3 * Self.chunk + 5)
        var sizes: [Int] = []
        value.forEachBigEndianChunk(count: value.unsignedByteCount) { sizes.append($0.count) }
        #expect(sizes == [5, Self.chunk, Self.chunk, Self.chunk])
    }

    @Test func nothingForANonPositiveCount() {
        #expect(Self.joined(5, count: 0).bytes.isEmpty)
        #expect(Self.joined(5, count: -8).bytes.isEmpty)
    }

    /// 2^30 bytes (the longest input of the hash precompiles) come as 2^16 pieces of 16 KiB: the
    /// string is never built.
    @Test func aGibibyteComesInSmallPieces() {
        var total = 0
        var pieces = 0
        var largest = 0
        var last: [UInt8] = []
        IeleInt(0x0102).forEachBigEndianChunk(count: 1 << 30) { piece in
            total += piece.count
            pieces += 1
            largest = max(largest, piece.count)
            if total == 1 << 30 { last = Array(piece.suffix(3)) }
        }
        #expect(total == 1 << 30)
        #expect(largest == Self.chunk)
        #expect(pieces == (1 << 30) / Self.chunk + 1)  // the zeros, then the value's two bytes
        #expect(last == [1, 2])
    }
}
