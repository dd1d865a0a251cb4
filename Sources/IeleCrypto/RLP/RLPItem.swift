/// A value of Ethereum's Recursive Length Prefix serialisation (yellow paper, appendix B): a byte string or a
/// list of items.
///
/// IELE's K semantics uses RLP for contract addresses (`#newAddr` in data.md hashes the RLP of the creator's
/// address and nonce) and the test harness meets it in transactions and blocks. Encoding is
/// ``encoded``; decoding is ``RLP/decode(_:maximumDepth:)``.
public enum RLPItem: Hashable, Sendable {
    /// A byte string.
    case bytes([UInt8])
    /// A list of items.
    case list([RLPItem])

    /// An integer as RLP stores it: its minimal big-endian bytes, so 0 is the empty string.
    ///
    /// - Parameter magnitude: the value's big-endian bytes; leading zero bytes are dropped.
    /// - Returns: the byte-string item.
    public static func integer(bigEndianMagnitude magnitude: some Collection<UInt8>) -> RLPItem {
        .bytes(Array(magnitude.drop(while: { $0 == 0 })))
    }

    /// An integer as RLP stores it: its minimal big-endian bytes, so 0 is the empty string.
    ///
    /// - Parameter value: the value, e.g. an account nonce.
    /// - Returns: the byte-string item.
    public static func integer(_ value: UInt64) -> RLPItem {
        var bytes: [UInt8] = []
        var rest = value
        while rest != 0 {
            bytes.append(UInt8(truncatingIfNeeded: rest))
            rest >>= 8
        }
        return .bytes(bytes.reversed())
    }

    /// The byte string, or nil for a list.
    public var bytesValue: [UInt8]? {
        if case .bytes(let bytes) = self { bytes } else { nil }
    }

    /// The list's items, or nil for a byte string.
    public var listValue: [RLPItem]? {
        if case .list(let items) = self { items } else { nil }
    }

    /// The big-endian magnitude of an integer item: its bytes when they are a byte string with no leading zero
    /// (the canonical integer form), else nil.
    public var integerMagnitude: [UInt8]? {
        guard case .bytes(let bytes) = self, bytes.first != 0 else { return nil }
        return bytes
    }
}
