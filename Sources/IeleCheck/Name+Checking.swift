import IeleSyntax

extension Name {
    /// The prefix of the names the language reserves for its builtins (`checkName` in
    /// well-formedness.md compares the first five bytes of the unescaped name).
    private static let reservedPrefix: [UInt8] = Array("iele.".utf8)

    /// Whether the name starts with `iele.`, so that a contract may not define or assign it.
    var isReserved: Bool {
        bytes.starts(with: Self.reservedPrefix)
    }

    /// The name `init` of the constructor function every contract must define.
    static let initializer: Name = "init"

    /// Whether this numeric name denotes the integer `value`, as `String2Int` reads it in
    /// `checkIntArgs` (so `00` denotes 0). Numbers of any length are compared without overflow.
    func denotes(_ value: Int) -> Bool {
        guard isNumeric else { return false }
        let digits = bytes.drop { $0 == 0x30 }
        let expected = value == 0 ? [] : Array(String(value).utf8)
        return Array(digits) == expected
    }

    /// The name as a contract author would write it: plain when it is a valid plain or numeric
    /// name, otherwise quoted with `\hh` escapes (iele-syntax.md, `StringIeleName`).
    var displayText: String {
        if isPlain { return text }
        var result = "\""
        for byte in bytes {
            if byte >= 0x20, byte < 0x7f, byte != 0x22, byte != 0x5c {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                let hex = String(byte, radix: 16)
                result += "\\" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return result + "\""
    }

    /// Whether the bytes spell a plain (`[a-zA-Z._$][0-9a-zA-Z._\-$]*`) or numeric name.
    private var isPlain: Bool {
        guard let first = bytes.first else { return false }
        if isNumeric { return true }
        func isLetter(_ b: UInt8) -> Bool {
            (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a) || b == 0x2e || b == 0x5f || b == 0x24
        }
        func isDigitOrDash(_ b: UInt8) -> Bool { (b >= 0x30 && b <= 0x39) || b == 0x2d }
        return isLetter(first) && bytes.dropFirst().allSatisfy { isLetter($0) || isDigitOrDash($0) }
    }
}
