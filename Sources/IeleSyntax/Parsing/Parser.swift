import IeleNumerics

/// Reads IELE text (iele-syntax.md) into a `SourceFile`.
///
/// The parser is a hand-written recursive descent over the token stream with at most two tokens
/// of lookahead, so it runs in linear time and never recurses deeper than the grammar's fixed
/// nesting (contract → function → block → instruction). It throws the first error in source order.
public enum Parser {
    /// Parses a whole source file: zero or more contracts, the last being the main one.
    /// - Parameters:
    ///   - text: the IELE source.
    ///   - fileName: used only in error messages.
    /// - Returns: the syntax tree, with source locations.
    /// - Throws: `ParseError` at the first lexical or syntax error.
    public static func parse(_ text: String, fileName: String = "<input>") throws(ParseError) -> SourceFile {
        try parse(bytes: Array(text.utf8), fileName: fileName)
    }

    /// Parses source given as raw bytes; quoted names may hold any bytes, so files need not be UTF-8.
    public static func parse(bytes: [UInt8], fileName: String = "<input>") throws(ParseError) -> SourceFile {
        var stream = TokenStream(tokens: Lexer.tokenize(bytes, file: fileName), file: fileName)
        return try stream.parseSourceFile()
    }

    /// Parses exactly one instruction, e.g. `"%x = add %a, 1"`; for tests and tools.
    public static func parseInstruction(_ text: String, fileName: String = "<input>") throws(ParseError)
        -> Instruction
    {
        var stream = TokenStream(tokens: Lexer.tokenize(Array(text.utf8), file: fileName), file: fileName)
        let instruction = try stream.parseInstruction()
        try stream.expectEnd()
        return instruction.instruction
    }
}

/// The parser's cursor over the tokens of one input.
struct TokenStream {
    let tokens: [Token]
    let file: String
    private(set) var index = 0

    init(tokens: [Token], file: String) {
        // The lexer always ends the list with `.end` or `.invalid`; keep that true for any input.
        self.tokens = tokens.isEmpty ? [Token(kind: .end, location: SourceLocation(line: 1, column: 1))] : tokens
        self.file = file
    }

    // MARK: - Cursor

    var current: Token { tokens[min(index, tokens.count - 1)] }

    func peek(_ offset: Int) -> Token { tokens[min(index + offset, tokens.count - 1)] }

    mutating func advance() {
        if index < tokens.count - 1 { index += 1 }
    }

    /// The error for an unexpected token; a lexical error at that point wins, being the real cause.
    func unexpected(_ expected: String) -> ParseError {
        let token = current
        if case .invalid(let lexical) = token.kind { return lexical }
        return ParseError(
            .unexpectedToken(expected: expected, found: token.kind.summary), file: file,
            at: token.location)
    }

    func error(_ kind: ParseError.Kind, at location: SourceLocation) -> ParseError {
        ParseError(kind, file: file, at: location)
    }

    mutating func expect(_ kind: TokenKind, _ expected: String) throws(ParseError) {
        guard current.kind == kind else { throw unexpected(expected) }
        advance()
    }

    mutating func expectKeyword(_ word: String, _ expected: String? = nil) throws(ParseError) {
        guard current.kind.isKeyword(word) else { throw unexpected(expected ?? "'\(word)'") }
        advance()
    }

    mutating func expectEnd() throws(ParseError) {
        guard case .end = current.kind else { throw unexpected("end of input") }
    }

    // MARK: - Names

    /// A bare name (label, contract): plain, quoted or numeric.
    func bareName(_ token: Token) -> Name? {
        switch token.kind {
        case .identifier(let bytes), .quoted(let bytes): return Name(bytes: bytes)
        case .number(let literal) where literal.isPlainDecimal: return literal.canonicalName
        default: return nil
        }
    }

    mutating func parseBareName(_ what: String) throws(ParseError) -> Name {
        guard let name = bareName(current) else { throw unexpected(what) }
        advance()
        return name
    }

    mutating func parseLocal(_ what: String) throws(ParseError) -> Name {
        guard case .local(let name) = current.kind else { throw unexpected(what) }
        advance()
        return name
    }

    mutating func parseGlobal(_ what: String) throws(ParseError) -> Name {
        guard case .global(let name) = current.kind else { throw unexpected(what) }
        advance()
        return name
    }

    // MARK: - Constants and operands

    /// An integer constant: decimal, hex, negative, `true` (1) or `false` (0).
    func constant(_ token: Token) -> IeleInt? {
        switch token.kind {
        case .number(let literal):
            let digits = String(decoding: literal.digits, as: UTF8.self)
            guard let magnitude = IeleInt(digits, radix: literal.isHex ? 16 : 10) else { return nil }
            return literal.isNegative ? magnitude.negated() : magnitude
        case .identifier(let bytes) where bytes.elementsEqual("true".utf8): return .one
        case .identifier(let bytes) where bytes.elementsEqual("false".utf8): return .zero
        default: return nil
        }
    }

    mutating func parseConstant(_ what: String) throws(ParseError) -> IeleInt {
        guard let value = constant(current) else { throw unexpected(what) }
        advance()
        return value
    }

    func operand(_ token: Token) -> Operand? {
        switch token.kind {
        case .local(let name): return .register(name)
        case .global(let name): return .global(name)
        default: return constant(token).map(Operand.constant)
        }
    }

    mutating func parseOperand(_ what: String = "an operand") throws(ParseError) -> Operand {
        guard let value = operand(current) else { throw unexpected(what) }
        advance()
        return value
    }

    /// One or more operands separated by commas.
    mutating func parseOperandList() throws(ParseError) -> [Operand] {
        var operands = [try parseOperand()]
        while current.kind == .comma {
            advance()
            operands.append(try parseOperand("an operand after ','"))
        }
        return operands
    }

    /// `( operand, … )`, maybe empty.
    mutating func parseArguments() throws(ParseError) -> [Operand] {
        try expect(.leftParen, "'(' before the arguments")
        if current.kind == .rightParen {
            advance()
            return []
        }
        let arguments = try parseOperandList()
        try expect(.rightParen, "',' or ')' after an argument")
        return arguments
    }
}
