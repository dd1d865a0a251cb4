/// How names are written in IELE text (iele-syntax.md, "IELE Names").
extension Name {
    // Bytes are hex literals: `UInt8(ascii:)` is a checked call per use in debug builds.

    /// Whether `byte` may start a plain name: the `IeleNameToken` regex `[a-zA-Z._$]`.
    static func isPlainStart(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x61...0x7A, 0x41...0x5A: return true  // a-z, A-Z
        case 0x2E, 0x5F, 0x24: return true  // '.', '_', '$'
        default: return false
        }
    }

    /// Whether `byte` may continue a plain name: `[0-9a-zA-Z._$-]`.
    static func isPlainContinuation(_ byte: UInt8) -> Bool {
        isPlainStart(byte) || isDigit(byte) || byte == 0x2D  // '-'
    }

    static func isDigit(_ byte: UInt8) -> Bool {
        byte >= 0x30 && byte <= 0x39  // 0-9
    }

    /// True when the name can be written without quotes: it matches the `IeleNameToken` regex, or
    /// it is a number in canonical form (no leading zero), which reads back as the same bytes.
    public var isPlain: Bool {
        guard let first = bytes.first else { return false }
        if Name.isDigit(first) {
            return bytes.allSatisfy(Name.isDigit) && (first != 0x30 || bytes.count == 1)  // no leading zero
        }
        return Name.isPlainStart(first) && bytes.allSatisfy(Name.isPlainContinuation)
    }

    /// Names starting with `iele.` are reserved for builtins (iele-syntax.md, "Local and Network
    /// State Accessors"); well-formedness.md's `checkName` rejects them as definitions.
    public var isReserved: Bool {
        bytes.starts(with: "iele.".utf8)
    }

    /// The name as IELE text writes it, without sigil: plain when possible, otherwise quoted with
    /// every byte outside printable ASCII (and `"` and `\`) escaped as `\xx`.
    public var spelling: String {
        if isPlain { return text }
        var out = "\""
        for byte in bytes {
            if byte >= 0x20, byte < 0x7F, byte != 0x22, byte != 0x5C {  // printable, not '"' or '\\'
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                out += "\\"
                out += Name.hexDigit(byte >> 4)
                out += Name.hexDigit(byte & 0x0F)
            }
        }
        out += "\""
        return out
    }

    private static func hexDigit(_ nibble: UInt8) -> String {
        String(nibble, radix: 16)
    }
}
