/// One lexical token of IELE text.
///
/// The lexer folds a sigil and the name after it into one token (`%x`, `@f`), because the
/// reference grammar (iele-syntax.md, `LocalName ::= "%" IeleName`) lets layout sit between them
/// and nothing else can follow a sigil. Keywords are not special here: they are identifiers,
/// since every IELE keyword is also a valid name.
struct Token: Sendable {
    var kind: TokenKind
    var location: SourceLocation
}

/// What a token is, with its payload.
enum TokenKind: Sendable, Equatable {
    /// A plain name or keyword: `[A-Za-z._$-][A-Za-z0-9._$-]*`.
    case identifier([UInt8])
    /// A quoted name, escapes decoded.
    case quoted([UInt8])
    /// An integer literal as written: decimal digits, or `0x` and hex digits, maybe after `-`.
    case number(NumberLiteral)
    /// `%name`
    case local(Name)
    /// `@name`
    case global(Name)
    case comma, equals, colon, leftParen, rightParen, leftBrace, rightBrace, bang
    /// The end of the input.
    case end
    /// A lexical error; always the last token. Parsing stops when it reaches it.
    case invalid(ParseError)
}

/// An integer literal's spelling, kept until the parser knows whether it is a name or a value.
struct NumberLiteral: Sendable, Equatable {
    var isNegative: Bool
    var isHex: Bool
    /// The digits, without sign or `0x`.
    var digits: [UInt8]

    /// A plain decimal literal can also be a numeric name (`%0`, label `12:`).
    var isPlainDecimal: Bool { !isNegative && !isHex }

    /// The digits as a numeric name: leading zeros dropped, since the reference reads numeric
    /// names as integers (`%007` and `%7` are the same register).
    var canonicalName: Name {
        let significant = digits.drop { $0 == 0x30 }  // '0'
        return Name(bytes: significant.isEmpty ? [0x30] : Array(significant))
    }
}

extension TokenKind {
    /// How the token reads in an error message ("found ...").
    var summary: String {
        switch self {
        case .identifier(let bytes): return "'\(String(decoding: bytes, as: UTF8.self))'"
        case .quoted(let bytes): return "'\(Name(bytes: bytes).spelling)'"
        case .number(let literal):
            let text = String(decoding: literal.digits, as: UTF8.self)
            return "'\(literal.isNegative ? "-" : "")\(literal.isHex ? "0x" : "")\(text)'"
        case .local(let name): return "'%\(name.spelling)'"
        case .global(let name): return "'@\(name.spelling)'"
        case .comma: return "','"
        case .equals: return "'='"
        case .colon: return "':'"
        case .leftParen: return "'('"
        case .rightParen: return "')'"
        case .leftBrace: return "'{'"
        case .rightBrace: return "'}'"
        case .bang: return "'!'"
        case .end, .invalid: return "end of input"
        }
    }

    /// The identifier's text when this is the identifier `word`.
    func isKeyword(_ word: String) -> Bool {
        if case .identifier(let bytes) = self { return bytes.elementsEqual(word.utf8) }
        return false
    }
}
