import CGMP

// MARK: - Parsing

extension IeleInt {
    /// Parses digits in `radix` (2...36) with an optional leading `-`.
    ///
    /// No prefix, sign `+`, whitespace or separator is accepted; letters may be either case.
    /// - Parameters:
    ///   - text: the digits, e.g. `"-ff"` with radix 16.
    ///   - radix: the base, 2 through 36.
    /// - Returns: `nil` if `text` is empty, has no digits, or has a character that is not a digit in `radix`.
    public init?(_ text: some StringProtocol, radix: Int = 10) {
        guard (2...36).contains(radix) else { return nil }
        var utf8 = Substring(text).utf8[...]
        let negative = utf8.first == UInt8(ascii: "-")
        if negative { utf8 = utf8.dropFirst() }
        guard let value = IeleInt.parseMagnitude(utf8, radix: radix) else { return nil }
        self = negative ? value.negated() : value
    }

    /// Parses an integer as it is written in IELE text: decimal (`123`, `-123`) or hexadecimal with
    /// a `0x` prefix (`0x1F`, `-0x1f`).
    ///
    /// Follows iele-syntax.md: `IntConstant ::= Int | Bool | HexConstant`, `HexConstant` is
    /// `0x[0-9a-fA-F]+`. Booleans (`true`/`false`) are a separate token and are not handled here.
    /// - Returns: `nil` when the text is not such a literal.
    public init?(parsingLiteral text: some StringProtocol) {
        var utf8 = Substring(text).utf8[...]
        let negative = utf8.first == UInt8(ascii: "-")
        if negative { utf8 = utf8.dropFirst() }
        var radix = 10
        // Only a lower-case `x`, exactly as the HexConstant token `0x[0-9a-fA-F]+`.
        if utf8.count > 2, utf8.first == UInt8(ascii: "0"), utf8.dropFirst().first == UInt8(ascii: "x") {
            radix = 16
            utf8 = utf8.dropFirst(2)
        }
        guard let value = IeleInt.parseMagnitude(utf8, radix: radix) else { return nil }
        self = negative ? value.negated() : value
    }

    /// The digit value of an ASCII character, or `nil`.
    private static func digitValue(_ c: UInt8) -> Int? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return Int(c &- UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "z"): return Int(c &- UInt8(ascii: "a")) + 10
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): return Int(c &- UInt8(ascii: "A")) + 10
        default: return nil
        }
    }

    /// Parses a non-empty run of digits; small results never touch GMP.
    private static func parseMagnitude(_ digits: Substring.UTF8View.SubSequence, radix: Int) -> IeleInt? {
        guard !digits.isEmpty else { return nil }
        var accumulator = 0
        var overflowed = false
        for c in digits {
            guard let d = digitValue(c), d < radix else { return nil }
            if !overflowed {
                let (m, o1) = accumulator.multipliedReportingOverflow(by: radix)
                let (s, o2) = m.addingReportingOverflow(d)
                if o1 || o2 { overflowed = true } else { accumulator = s }
            }
        }
        if !overflowed { return IeleInt(accumulator) }
        // Validated above, so GMP sees only digits (mpz_set_str itself would also skip whitespace).
        var cString = Array(digits)
        cString.append(0)
        return makeIeleInt { out in
            cString.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { chars in
                    _ = __gmpz_set_str(out, chars.baseAddress, Int32(radix))
                }
            }
        }
    }
}

// MARK: - Printing

extension IeleInt: CustomStringConvertible {
    /// Decimal text with a leading `-` for negative values, as IELE prints integers.
    public var description: String { text(radix: 10) }

    /// The value in `radix` (2...36), lower-case letters, with a leading `-` when negative and no prefix.
    ///
    /// `IeleInt(x.text(radix: r), radix: r) == x` for every value.
    public func text(radix: Int = 10, uppercase: Bool = false) -> String {
        precondition((2...36).contains(radix), "radix must be in 2...36")
        switch storage {
        case .small(let v):
            return String(v, radix: radix, uppercase: uppercase)
        case .big(let box):
            return withExtendedLifetime(box) {
                let p = box.pointer
                // sizeinbase may overshoot by one; plus sign and terminating NUL.
                let capacity = cgmp_sizeinbase(p, Int32(radix)) + 2
                // mpz_get_str writes straight into the string's buffer: one allocation, no copy.
                return String(unsafeUninitializedCapacity: capacity) { buffer in
                    buffer.withMemoryRebound(to: CChar.self) { chars in
                        _ = __gmpz_get_str(chars.baseAddress, Int32(uppercase ? -radix : radix), p)
                    }
                    // The text is at least capacity - 3 long (one digit short, no sign): the NUL is
                    // among the last three bytes, and everything before it was written.
                    var length = max(0, capacity - 3)
                    while buffer[length] != 0 { length += 1 }
                    return length
                }
            }
        }
    }

    /// Hexadecimal as IELE text writes it: `0x1f`, `-0x1f`, `0x0`. Round-trips through
    /// `init?(parsingLiteral:)`.
    public var hexString: String {
        let magnitudeText = magnitude.text(radix: 16)
        return isNegative ? "-0x" + magnitudeText : "0x" + magnitudeText
    }
}

extension IeleInt: LosslessStringConvertible {
    /// Parses decimal text with an optional leading `-` (same as `init?(_:radix:)` with radix 10).
    public init?(_ description: String) {
        self.init(description, radix: 10)
    }
}
