/// Why IELE text could not be parsed, and where.
///
/// The `kind` says what went wrong; `file`, `line` and `column` (1-based, columns counted in
/// Unicode scalars) say where. `description` is the compiler-style one-line message,
/// e.g. `a.iele:12:7: error: expected ',' after operand, found 'foo'`.
public struct ParseError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The kinds of syntax error. Message texts live in one place: `message`.
    public enum Kind: Hashable, Sendable {
        /// A character that starts no token, e.g. `#`.
        case unexpectedCharacter(String)
        /// A quoted name with no closing `"`.
        case unterminatedQuotedName
        /// A `\` inside a quoted name not followed by two hex digits; the payload is what followed.
        case invalidEscape(String)
        /// A `/*` comment with no closing `*/`.
        case unterminatedComment
        /// A number running into name characters (`12ab`), or `0x` without digits.
        case malformedNumber(String)
        /// A `%` or `@` not followed by a name.
        case missingName(afterSigil: String)
        /// A token other than the one the grammar needs here.
        case unexpectedToken(expected: String, found: String)
        /// An identifier where an instruction must start, or after `=`, that names no instruction.
        case unknownInstruction(String)
        /// An instruction with the wrong number of operands.
        case wrongOperandCount(instruction: String, expected: String, found: Int)
        /// An instruction with the wrong number of result registers.
        case wrongResultCount(instruction: String, expected: String, found: Int)
        /// `call F at A …` written without the status register.
        case missingCallStatus
    }

    public var kind: Kind
    public var file: String
    public var line: Int
    public var column: Int

    public init(_ kind: Kind, file: String, line: Int, column: Int) {
        self.kind = kind
        self.file = file
        self.line = line
        self.column = column
    }

    init(_ kind: Kind, file: String, at location: SourceLocation) {
        self.init(kind, file: file, line: location.line, column: location.column)
    }

    /// The location as a `SourceLocation`.
    public var location: SourceLocation { SourceLocation(line: line, column: column) }

    /// The message without the location prefix.
    public var message: String {
        switch kind {
        case .unexpectedCharacter(let text):
            return "unexpected character '\(text)'"
        case .unterminatedQuotedName:
            return "unterminated quoted name: missing closing '\"'"
        case .invalidEscape(let text):
            return "invalid escape '\\\(text)' in quoted name: expected two hex digits"
        case .unterminatedComment:
            return "unterminated block comment: missing '*/'"
        case .malformedNumber(let text):
            return "malformed number '\(text)'"
        case .missingName(let sigil):
            return "expected a name after '\(sigil)'"
        case .unexpectedToken(let expected, let found):
            return "expected \(expected), found \(found)"
        case .unknownInstruction(let word):
            return "unknown instruction '\(word)'"
        case .wrongOperandCount(let instruction, let expected, let found):
            return "'\(instruction)' takes \(expected), found \(found)"
        case .wrongResultCount(let instruction, let expected, let found):
            return "'\(instruction)' has \(expected), found \(found)"
        case .missingCallStatus:
            return "an account call needs a status register: '%status = call F at A (...) ...'"
        }
    }

    public var description: String {
        "\(file):\(line):\(column): error: \(message)"
    }
}
