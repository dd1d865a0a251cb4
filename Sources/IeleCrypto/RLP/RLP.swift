/// Decoding of Ethereum's Recursive Length Prefix serialisation (yellow paper, appendix B).
///
/// The decoder accepts only canonical input: exactly the bytes ``RLPItem/encoded`` would produce for the
/// decoded item, so decoding then encoding gives back the input. It rejects, with the offset of the offending
/// header, truncated headers or payloads, lengths larger than what remains (of the input or of the enclosing
/// list), one-byte strings below 0x80 with a header, long length forms for lengths under 56, lengths with a
/// leading zero, nesting deeper than `maximumDepth`, and trailing bytes. It runs in time linear in the input
/// and never traps on hostile input; the depth limit keeps its recursion (and that of releasing the decoded
/// value) bounded.
public enum RLP {
    /// The default bound on list nesting; far above anything Ethereum or IELE data uses.
    public static let defaultMaximumDepth = 1024

    /// Decodes exactly one RLP item that spans the whole input.
    ///
    /// - Parameters:
    ///   - bytes: the encoding.
    ///   - maximumDepth: how deeply lists may nest; the top-level list is depth 1.
    /// - Returns: the item.
    /// - Throws: ``RLPDecodingError`` naming the rule broken and where.
    public static func decode(
        _ bytes: some Collection<UInt8>, maximumDepth: Int = defaultMaximumDepth
    ) throws(RLPDecodingError) -> RLPItem {
        let reader = Reader(input: Array(bytes), maximumDepth: maximumDepth)
        let (item, next) = try reader.item(at: 0, end: reader.input.count, depth: 0)
        guard next == reader.input.count else { throw RLPDecodingError(.trailingBytes, at: next) }
        return item
    }

    /// Encodes an item; the same as ``RLPItem/encoded``.
    public static func encode(_ item: RLPItem) -> [UInt8] {
        item.encoded
    }
}

extension RLP {
    /// One pass over the input; every offset is checked against the end of the enclosing payload.
    struct Reader {
        let input: [UInt8]
        let maximumDepth: Int

        /// Where an item's payload lies and what it is.
        struct Header {
            var isList: Bool
            var payloadStart: Int
            var payloadCount: Int
        }

        /// Decodes the item starting at `offset`, which must end by `end`.
        ///
        /// - Returns: the item and the offset just after it.
        func item(at offset: Int, end: Int, depth: Int) throws(RLPDecodingError) -> (RLPItem, Int) {
            let header = try header(at: offset, end: end)
            let payloadEnd = header.payloadStart + header.payloadCount
            guard header.isList else {
                return (.bytes(Array(input[header.payloadStart..<payloadEnd])), payloadEnd)
            }
            guard depth < maximumDepth else { throw RLPDecodingError(.tooDeep, at: offset) }
            var items: [RLPItem] = []
            var next = header.payloadStart
            while next < payloadEnd {
                let (child, after) = try item(at: next, end: payloadEnd, depth: depth + 1)
                items.append(child)
                next = after
            }
            return (.list(items), payloadEnd)
        }

        /// Reads and checks the header at `offset`.
        func header(at offset: Int, end: Int) throws(RLPDecodingError) -> Header {
            guard offset < end else { throw RLPDecodingError(.truncated, at: offset) }
            let first = input[offset]
            switch first {
            case 0x00...0x7f:
                return Header(isList: false, payloadStart: offset, payloadCount: 1)
            case 0x80...0xb7:
                let count = Int(first - 0x80)
                try checkFits(offset: offset, start: offset + 1, count: count, end: end)
                if count == 1 && input[offset + 1] < 0x80 {
                    throw RLPDecodingError(.nonCanonicalSingleByte, at: offset)
                }
                return Header(isList: false, payloadStart: offset + 1, payloadCount: count)
            case 0xb8...0xbf:
                return try longHeader(at: offset, lengthCount: Int(first - 0xb7), isList: false, end: end)
            case 0xc0...0xf7:
                let count = Int(first - 0xc0)
                try checkFits(offset: offset, start: offset + 1, count: count, end: end)
                return Header(isList: true, payloadStart: offset + 1, payloadCount: count)
            default:
                return try longHeader(at: offset, lengthCount: Int(first - 0xf7), isList: true, end: end)
            }
        }

        /// A long-form header: `lengthCount` (1…8) big-endian length bytes follow the first byte.
        private func longHeader(
            at offset: Int, lengthCount: Int, isList: Bool, end: Int
        ) throws(RLPDecodingError) -> Header {
            let start = offset + 1 + lengthCount
            guard start <= end else { throw RLPDecodingError(.truncated, at: offset) }
            guard input[offset + 1] != 0 else { throw RLPDecodingError(.leadingZeroInLength, at: offset) }
            var count: UInt64 = 0
            for index in (offset + 1)..<start {
                count = count << 8 | UInt64(input[index])
            }
            // Compare as UInt64 first: an 8-byte length may not fit in Int.
            guard count <= UInt64(end - start) else { throw RLPDecodingError(.lengthExceedsInput, at: offset) }
            guard count >= 56 else { throw RLPDecodingError(.nonCanonicalLongLength, at: offset) }
            return Header(isList: isList, payloadStart: start, payloadCount: Int(count))
        }

        private func checkFits(offset: Int, start: Int, count: Int, end: Int) throws(RLPDecodingError) {
            guard count <= end - start else { throw RLPDecodingError(.lengthExceedsInput, at: offset) }
        }
    }
}
