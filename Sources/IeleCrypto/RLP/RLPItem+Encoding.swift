/// RLP encoding (yellow paper, appendix B, equations for R_b and R_l).
extension RLPItem {
    /// The canonical RLP encoding of the item.
    ///
    /// A single byte below 0x80 is itself; other strings get 0x80 + length (under 56 bytes) or
    /// 0xb7 + length-of-length and the big-endian length; lists likewise with 0xc0 and 0xf7. The output is
    /// sized first, so encoding allocates once.
    public var encoded: [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(encodedCount)
        append(to: &output)
        return output
    }

    /// The length of ``encoded`` in bytes, without encoding.
    public var encodedCount: Int {
        switch self {
        case .bytes(let bytes):
            if bytes.count == 1 && bytes[0] < 0x80 { return 1 }
            return Self.headerCount(payloadCount: bytes.count) + bytes.count
        case .list(let items):
            let payload = Self.payloadCount(items)
            return Self.headerCount(payloadCount: payload) + payload
        }
    }

    /// Appends the encoding to `output`.
    func append(to output: inout [UInt8]) {
        switch self {
        case .bytes(let bytes):
            if bytes.count == 1 && bytes[0] < 0x80 {
                output.append(bytes[0])
            } else {
                Self.appendHeader(payloadCount: bytes.count, shortBase: 0x80, to: &output)
                output.append(contentsOf: bytes)
            }
        case .list(let items):
            Self.appendHeader(payloadCount: Self.payloadCount(items), shortBase: 0xc0, to: &output)
            for item in items {
                item.append(to: &output)
            }
        }
    }

    private static func payloadCount(_ items: [RLPItem]) -> Int {
        items.reduce(0) { $0 + $1.encodedCount }
    }

    private static func headerCount(payloadCount: Int) -> Int {
        payloadCount < 56 ? 1 : 1 + minimalByteCount(payloadCount)
    }

    /// The header for a payload: `shortBase + count` below 56 bytes, else `shortBase + 55 + n` and the count in
    /// n big-endian bytes.
    private static func appendHeader(payloadCount: Int, shortBase: UInt8, to output: inout [UInt8]) {
        if payloadCount < 56 {
            output.append(shortBase + UInt8(payloadCount))
            return
        }
        let lengthCount = minimalByteCount(payloadCount)
        output.append(shortBase + 55 + UInt8(lengthCount))
        for index in stride(from: lengthCount - 1, through: 0, by: -1) {
            output.append(UInt8(truncatingIfNeeded: payloadCount >> (8 * index)))
        }
    }

    /// The number of bytes in the minimal big-endian form of a positive count.
    private static func minimalByteCount(_ value: Int) -> Int {
        (Int.bitWidth - value.leadingZeroBitCount + 7) / 8
    }
}
