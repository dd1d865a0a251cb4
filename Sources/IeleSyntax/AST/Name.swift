/// An IELE name: a register, label, function, global or contract name.
///
/// Names are byte strings, not Unicode text: the quoted form `"\ff\00"` can spell any byte
/// sequence, and the assembler stores names byte-for-byte in the bytecode's string table.
/// Plain names (`foo.bar`), numeric names (`42`) and quoted names are all the same kind of
/// value once parsed; the printer chooses the spelling.
public struct Name: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The name's bytes, with escapes already decoded.
    public var bytes: [UInt8]

    /// Creates a name from its decoded bytes.
    public init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Creates a name from text, taking its UTF-8 bytes.
    public init(_ text: String) {
        self.bytes = Array(text.utf8)
    }

    /// The name as text, when its bytes are valid UTF-8; escapes are not applied.
    public var text: String {
        String(decoding: bytes, as: UTF8.self)
    }

    /// True when every byte is an ASCII digit, as for registers named by number.
    public var isNumeric: Bool {
        !bytes.isEmpty && bytes.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// The numeric value of a numeric name, when it fits in an `Int`.
    public var number: Int? {
        guard isNumeric, bytes.count <= 18 else { return nil }
        return bytes.reduce(0) { $0 * 10 + Int($1 - 0x30) }
    }

    public var description: String { text }

    public static func < (lhs: Name, rhs: Name) -> Bool {
        lhs.bytes.lexicographicallyPrecedes(rhs.bytes)
    }
}

extension Name: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) {
        self.init(value)
    }
}
