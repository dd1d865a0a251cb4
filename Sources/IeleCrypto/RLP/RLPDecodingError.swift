/// Why RLP input was rejected, and the byte offset of the header at fault.
public struct RLPDecodingError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The rule the input broke.
    public enum Kind: Hashable, Sendable {
        /// The input (or the enclosing list's payload) ends where an item or a length byte was expected.
        case truncated
        /// A length claims more bytes than the input, or the enclosing list's payload, has left.
        case lengthExceedsInput
        /// A one-byte string below 0x80 was written with a 0x81 header instead of as itself.
        case nonCanonicalSingleByte
        /// The long form (0xb8…0xbf, 0xf8…0xff) was used for a length below 56.
        case nonCanonicalLongLength
        /// A long-form length starts with a zero byte.
        case leadingZeroInLength
        /// Lists are nested deeper than the decoder's `maximumDepth`.
        case tooDeep
        /// Bytes follow the one top-level item.
        case trailingBytes
    }

    /// The rule the input broke.
    public let kind: Kind
    /// The offset in the input of the offending header (for ``Kind/trailingBytes``, of the first extra byte).
    public let offset: Int

    /// Creates an error.
    public init(_ kind: Kind, at offset: Int) {
        self.kind = kind
        self.offset = offset
    }

    public var description: String {
        let what = switch kind {
        case .truncated: "input ends inside an item"
        case .lengthExceedsInput: "length exceeds the remaining input"
        case .nonCanonicalSingleByte: "single byte below 0x80 has a string header"
        case .nonCanonicalLongLength: "long length form used for a length below 56"
        case .leadingZeroInLength: "length has a leading zero byte"
        case .tooDeep: "lists nested too deeply"
        case .trailingBytes: "bytes after the top-level item"
        }
        return "RLP: \(what) at offset \(offset)"
    }
}
