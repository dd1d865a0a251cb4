import IeleSyntax
import Testing

/// Malformed inputs are rejected with the right kind, line and column.
@Suite struct ParseErrorTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var source: String
        var kind: ParseError.Kind
        var line: Int
        var column: Int
        var testDescription: String { "\(line):\(column) \(kind)" }
    }

    /// Wraps instructions in a contract and function so that they start on line 3, column 5.
    static func body(_ lines: String) -> String {
        "contract C {\n  define @f() {\n    " + lines + "\n  }\n}\n"
    }

    static let cases: [Case] = [
        Case(source: "contract \"abc {\n}", kind: .unterminatedQuotedName, line: 1, column: 10),
        Case(source: body("%x = %\"a\\zz\""), kind: .invalidEscape("zz"), line: 3, column: 13),
        Case(source: body("%x = %\"a\\4\""), kind: .invalidEscape("4\""), line: 3, column: 13),
        Case(
            source: body("%x = add %a,\n    ret %x"),
            kind: .unexpectedToken(expected: "an operand after ','", found: "'ret'"), line: 4, column: 5),
        Case(
            source: body("%x = add %a\n    ret %x"),
            kind: .wrongOperandCount(instruction: "add", expected: "2 operands", found: 1), line: 3, column: 10),
        Case(
            source: body("%x = add %a, %b, %c"),
            kind: .wrongOperandCount(instruction: "add", expected: "2 operands", found: 3), line: 3, column: 10),
        Case(source: body("%x = frobnicate %a"), kind: .unknownInstruction("frobnicate"), line: 3, column: 10),
        Case(source: body("jump %a"), kind: .unknownInstruction("jump"), line: 3, column: 5),
        Case(
            source: body("%x = 1 )"),
            kind: .unexpectedToken(expected: "an instruction or a label", found: "')'"), line: 3, column: 12),
        Case(
            source: "contract C { define @f() { ret void } } }",
            kind: .unexpectedToken(expected: "'contract'", found: "'}'"), line: 1, column: 41),
        Case(source: body("%x = 1 # comment"), kind: .unexpectedCharacter("#"), line: 3, column: 12),
        Case(source: body("%x = é"), kind: .unexpectedCharacter("é"), line: 3, column: 10),
        Case(source: body("%x = 12ab"), kind: .malformedNumber("12ab"), line: 3, column: 10),
        Case(source: body("%x = 0x"), kind: .malformedNumber("0x"), line: 3, column: 10),
        Case(source: body("%x = 0X1F"), kind: .malformedNumber("0X1F"), line: 3, column: 10),
        Case(source: body("%0x1 = 1"), kind: .malformedNumber("0x1"), line: 3, column: 6),
        Case(source: body("%x = %"), kind: .missingName(afterSigil: "%"), line: 4, column: 3),
        Case(source: "contract C { /* open", kind: .unterminatedComment, line: 1, column: 14),
        Case(
            source: body("%a, %b = add 1, 2"),
            kind: .wrongResultCount(instruction: "add", expected: "exactly one result register", found: 2),
            line: 3, column: 5),
        Case(
            source: body("%a = create C () send 0"),
            kind: .wrongResultCount(
                instruction: "create", expected: "two result registers (status, address)",
                found: 1),
            line: 3, column: 10),
        Case(source: body("call @f at %a () send 0, gaslimit 1"), kind: .missingCallStatus, line: 3, column: 5),
        Case(
            source: body("%s = call @f at %a () send 0 gaslimit 1"),
            kind: .unexpectedToken(expected: "',' before 'gaslimit'", found: "'gaslimit'"), line: 3, column: 34),
        Case(
            source: body("log 1, 2, 3, 4, 5, 6"),
            kind: .wrongOperandCount(instruction: "log", expected: "a cell and at most 4 topics", found: 6),
            line: 3, column: 5),
        Case(
            source: body("store 1, 2, 3"),
            kind: .wrongOperandCount(instruction: "store", expected: "2 or 4 operands", found: 3), line: 3, column: 5),
        Case(
            source: body("%x = load 1, 2"),
            kind: .wrongOperandCount(instruction: "load", expected: "1 or 3 operands", found: 2), line: 3, column: 10),
        Case(
            source: body("%x = cmp foo 1, 2"),
            kind: .unexpectedToken(expected: "a predicate (lt, le, gt, ge, eq, ne) after 'cmp'", found: "'foo'"),
            line: 3, column: 14),
        Case(
            source: body("br %c done"),
            kind: .unexpectedToken(expected: "',' after the condition of 'br'", found: "'done'"), line: 3, column: 11),
        Case(
            source: "contract C { @g = @h }",
            kind: .unexpectedToken(expected: "an integer constant", found: "'@h'"), line: 1, column: 19),
        Case(
            source: "contract C { define @f(%a %b) {} }",
            kind: .unexpectedToken(expected: "',' or ')' after a parameter", found: "'%b'"), line: 1, column: 27),
        Case(
            source: "contract C {",
            kind: .unexpectedToken(
                expected: "'define', 'external contract', a global definition or '}'", found: "end of input"),
            line: 1, column: 13),
        Case(
            source: "contract C { define @f() {\n ret void\n",
            kind: .unexpectedToken(
                expected: "an instruction or a label", found: "end of input"), line: 3, column: 1),
    ]

    @Test(arguments: cases)
    func rejects(_ testCase: Case) {
        do {
            _ = try Parser.parse(testCase.source, fileName: "bad.iele")
            Issue.record("parsed, but expected \(testCase.kind)")
        } catch {
            #expect(error.kind == testCase.kind)
            #expect(error.line == testCase.line)
            #expect(error.column == testCase.column)
            #expect(error.file == "bad.iele")
        }
    }

    @Test func descriptionIsCompilerStyle() {
        do {
            _ = try Parser.parse(Self.body("%x = add %a, %b foo"), fileName: "a.iele")
            Issue.record("expected an error")
        } catch {
            #expect(error.description == "a.iele:3:21: error: unknown instruction 'foo'")
        }
    }

    /// The earliest error wins, even when a lexical error follows it.
    @Test func firstErrorInSourceOrder() {
        do {
            _ = try Parser.parse(Self.body("%x = add 1\n    %y = \"unterminated"))
            Issue.record("expected an error")
        } catch {
            #expect(error.kind == .wrongOperandCount(instruction: "add", expected: "2 operands", found: 1))
            #expect(error.line == 3)
        }
    }
}
