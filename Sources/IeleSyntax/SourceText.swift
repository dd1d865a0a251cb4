/// Source text as files hold it: bytes that must be UTF-8 before anything parses them.
///
/// `String(decoding:as:)` would silently turn a stray byte into U+FFFD and the lexer would then
/// report a puzzling token somewhere else; tools instead say where the file stops being text.
public enum SourceText {
    /// Bytes that are not UTF-8, with the offset (from 0) of the first byte of the first bad sequence.
    public struct NotUTF8: Error, Hashable, Sendable, CustomStringConvertible {
        public var offset: Int

        public init(offset: Int) {
            self.offset = offset
        }

        public var description: String { "not UTF-8 text at byte \(offset)" }
    }

    /// The text of `bytes`, or where they stop being UTF-8.
    public static func decode(_ bytes: [UInt8]) throws(NotUTF8) -> String {
        if let offset = firstInvalidByte(in: bytes) { throw NotUTF8(offset: offset) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The offset of the first byte of the first ill-formed sequence, or nil when all of `bytes` is UTF-8.
    ///
    /// Follows the table of well-formed byte sequences of the Unicode Standard (§3.9, table 3-7), so
    /// overlong forms, surrogates and values above U+10FFFF are ill-formed. Linear, one pass.
    public static func firstInvalidByte(in bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { buffer in
            var index = 0
            while index < buffer.count {
                let lead = buffer[index]
                if lead < 0x80 {
                    index += 1
                    continue
                }
                guard let length = sequenceLength(buffer, at: index) else { return index }
                index += length
            }
            return nil
        }
    }

    /// The length of the well-formed multi-byte sequence starting at `index`, or nil.
    private static func sequenceLength(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        let continuation: ClosedRange<UInt8> = 0x80...0xBF
        let length: Int
        var second = continuation
        switch buffer[index] {
        case 0xC2...0xDF: length = 2
        case 0xE0:
            length = 3
            second = 0xA0...0xBF
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED:
            length = 3
            second = 0x80...0x9F
        case 0xF0:
            length = 4
            second = 0x90...0xBF
        case 0xF1...0xF3: length = 4
        case 0xF4:
            length = 4
            second = 0x80...0x8F
        default: return nil
        }
        guard index + length <= buffer.count, second.contains(buffer[index + 1]) else { return nil }
        for offset in 2..<length where !continuation.contains(buffer[index + offset]) { return nil }
        return length
    }
}
