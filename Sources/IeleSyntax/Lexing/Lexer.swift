/// Splits IELE text into tokens in one linear pass.
///
/// Lexical rules follow iele-syntax.md and the reference parser (iele-assemble, IeleParser):
/// - layout is space, tab, newline and carriage return, `//` line comments and `/* */` block
///   comments (the last two as in K's default layout);
/// - plain names are `[A-Za-z._$-][A-Za-z0-9._$-]*` (the reference parser also lets `-` start a
///   name), numeric names are digits, quoted names are `"…"` with `\xx` hex escapes;
/// - numbers are decimal or `0x` hex, optionally right after a `-`, and may not run into name
///   characters (`12ab` is an error, as in the reference's `notFollowedBy`).
///
/// Lexing stops at the first error, which becomes a final `.invalid` token so that the parser
/// reports errors in source order.
///
/// Bytes are compared with hex literals (ASCII, named in comments) rather than `UInt8(ascii:)`,
/// which costs a checked call per comparison in debug builds, where the fuzz tests run.
struct Lexer {
    /// The input, borrowed for the duration of `tokenize` (a trivial type: no reference counting
    /// on the hot path).
    private let bytes: UnsafeBufferPointer<UInt8>
    private let file: String
    private var position = 0
    private var line = 1
    private var column = 1

    private init(bytes: UnsafeBufferPointer<UInt8>, file: String) {
        self.bytes = bytes
        self.file = file
    }

    /// All tokens, ending with `.end` or `.invalid`.
    static func tokenize(_ bytes: [UInt8], file: String) -> [Token] {
        bytes.withUnsafeBufferPointer { buffer in
            var lexer = Lexer(bytes: buffer, file: file)
            return lexer.tokenizeAll()
        }
    }

    private mutating func tokenizeAll() -> [Token] {
        var tokens: [Token] = []
        while true {
            do throws(ParseError) {
                let token = try nextToken()
                tokens.append(token)
                if case .end = token.kind { return tokens }
            } catch {
                tokens.append(Token(kind: .invalid(error), location: error.location))
                return tokens
            }
        }
    }

    // MARK: - Cursor

    private var current: UInt8? { position < bytes.count ? bytes[position] : nil }

    private func byte(at offset: Int) -> UInt8? {
        let index = position + offset
        return index < bytes.count ? bytes[index] : nil
    }

    private var location: SourceLocation { SourceLocation(line: line, column: column) }

    /// Moves past one byte, keeping line and column (columns count scalars, not UTF-8 bytes).
    private mutating func advance() {
        guard position < bytes.count else { return }
        let byte = bytes[position]
        position += 1
        if byte == 0x0A {  // newline
            line += 1
            column = 1
        } else if byte & 0xC0 != 0x80 {
            column += 1
        }
    }

    private func error(_ kind: ParseError.Kind, at location: SourceLocation) -> ParseError {
        ParseError(kind, file: file, at: location)
    }

    // MARK: - Layout

    private mutating func skipLayout() throws(ParseError) {
        while let byte = current {
            switch byte {
            case 0x20, 0x09, 0x0A, 0x0D:  // space, tab, newline, carriage return
                advance()
            case 0x2F where self.byte(at: 1) == 0x2F:  // `//`
                while let next = current, next != 0x0A { advance() }
            case 0x2F where self.byte(at: 1) == 0x2A:  // `/*`
                let start = location
                advance()
                advance()
                while true {
                    guard let next = current else { throw error(.unterminatedComment, at: start) }
                    if next == 0x2A, self.byte(at: 1) == 0x2F {  // `*/`
                        advance()
                        advance()
                        break
                    }
                    advance()
                }
            default:
                return
            }
        }
    }

    // MARK: - Tokens

    private mutating func nextToken() throws(ParseError) -> Token {
        try skipLayout()
        let start = location
        guard let byte = current else { return Token(kind: .end, location: start) }
        let kind: TokenKind
        if let punctuation = Lexer.punctuation(byte) {
            advance()
            return Token(kind: punctuation, location: start)
        }
        switch byte {
        case 0x25:  // '%'
            advance()
            kind = .local(try sigilName("%"))
        case 0x40:  // '@'
            advance()
            kind = .global(try sigilName("@"))
        case 0x22:  // '"'
            kind = .quoted(try quotedName())
        case 0x2D where self.byte(at: 1).map(Name.isDigit) == true:  // '-' and a digit
            advance()
            kind = .number(try number(negative: true, start: start))
        case _ where Name.isDigit(byte):
            kind = .number(try number(negative: false, start: start))
        case _ where Name.isPlainStart(byte) || byte == 0x2D:  // a name, maybe starting with '-'
            kind = .identifier(plainName())
        default:
            throw error(.unexpectedCharacter(characterText()), at: start)
        }
        return Token(kind: kind, location: start)
    }

    private static func punctuation(_ byte: UInt8) -> TokenKind? {
        switch byte {
        case 0x2C: return .comma  // ','
        case 0x3D: return .equals  // '='
        case 0x3A: return .colon  // ':'
        case 0x28: return .leftParen  // '('
        case 0x29: return .rightParen  // ')'
        case 0x7B: return .leftBrace  // '{'
        case 0x7D: return .rightBrace  // '}'
        case 0x21: return .bang  // '!'
        default: return nil
        }
    }

    /// The whole (maybe multi-byte) character at the cursor, for messages.
    private func characterText() -> String {
        var end = position + 1
        while end < bytes.count, end - position < 4, bytes[end] & 0xC0 == 0x80 { end += 1 }
        return String(decoding: bytes[position..<min(end, bytes.count)], as: UTF8.self)
    }

    private mutating func plainName() -> [UInt8] {
        let start = position
        while let byte = current, Name.isPlainContinuation(byte) { advance() }
        return Array(bytes[start..<position])
    }

    /// The name after `%` or `@`: layout may come between (the sigil is its own token in the
    /// reference grammar).
    private mutating func sigilName(_ sigil: String) throws(ParseError) -> Name {
        try skipLayout()
        let start = location
        guard let byte = current else { throw error(.missingName(afterSigil: sigil), at: start) }
        if byte == 0x22 { return Name(bytes: try quotedName()) }  // '"'
        if Name.isDigit(byte) {
            let literal = try number(negative: false, start: start)
            guard literal.isPlainDecimal else {
                throw error(.malformedNumber("0x" + String(decoding: literal.digits, as: UTF8.self)), at: start)
            }
            return literal.canonicalName
        }
        if Name.isPlainStart(byte) || byte == 0x2D {  // or a leading '-'
            return Name(bytes: plainName())
        }
        throw error(.missingName(afterSigil: sigil), at: start)
    }

    /// A decimal or `0x` literal; the cursor is on its first digit.
    private mutating func number(negative: Bool, start: SourceLocation) throws(ParseError) -> NumberLiteral {
        let isHex = current == 0x30 && byte(at: 1) == 0x78  // "0x"
        let digitStart: Int
        if isHex {
            advance()
            advance()
            digitStart = position
            while let byte = current, Name.isHexDigit(byte) { advance() }
        } else {
            digitStart = position
            while let byte = current, Name.isDigit(byte) { advance() }
        }
        let digits = Array(bytes[digitStart..<position])
        if digits.isEmpty || current.map(Name.isPlainContinuation) == true {
            while let byte = current, Name.isPlainContinuation(byte) { advance() }
            let text = String(decoding: bytes[(digitStart - (isHex ? 2 : 0))..<position], as: UTF8.self)
            throw error(.malformedNumber((negative ? "-" : "") + text), at: start)
        }
        return NumberLiteral(isNegative: negative, isHex: isHex, digits: digits)
    }

    /// A quoted name; the cursor is on the opening quote. Any byte but `"` and `\` stands for
    /// itself (newlines included, as in the reference); `\xx` is one byte.
    private mutating func quotedName() throws(ParseError) -> [UInt8] {
        let start = location
        advance()
        var result: [UInt8] = []
        while true {
            guard let byte = current else { throw error(.unterminatedQuotedName, at: start) }
            switch byte {
            case 0x22:  // closing '"'
                advance()
                return result
            case 0x5C:  // '\\'
                let escapeStart = location
                guard let high = self.byte(at: 1).flatMap(Name.hexValue),
                    let low = self.byte(at: 2).flatMap(Name.hexValue)
                else {
                    let end = min(position + 3, bytes.count)
                    let following = String(decoding: bytes[min(position + 1, end)..<end], as: UTF8.self)
                    throw error(.invalidEscape(following), at: escapeStart)
                }
                advance()
                advance()
                advance()
                result.append(high << 4 | low)
            default:
                advance()
                result.append(byte)
            }
        }
    }
}

extension Name {
    static func isHexDigit(_ byte: UInt8) -> Bool { hexValue(byte) != nil }

    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: return byte - 0x30
        case 0x61...0x66: return byte - 0x61 + 10
        case 0x41...0x46: return byte - 0x41 + 10
        default: return nil
        }
    }
}
