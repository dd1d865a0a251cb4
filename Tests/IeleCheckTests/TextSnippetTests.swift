import IeleCheck
import IeleSyntax
import Testing

/// An ill-formed IELE text and the one diagnostic it must produce.
struct TextSnippet: CustomTestStringConvertible, Sendable {
    var rule: CheckRule
    var text: String
    var line: Int
    var column: Int
    var function: String?
    var schedule: CheckSchedule = .danse

    var testDescription: String { rule.identifier }
}

let textSnippets: [TextSnippet] = [
    TextSnippet(
        rule: .duplicateContract,
        text: """
            contract A { define @init() {} }
            contract A { define @init() {} }
            """, line: 2, column: 1, function: nil),
    TextSnippet(
        rule: .reservedName,
        text: """
            contract C {
              define @init() {}
              define public @iele.mine() {}
            }
            """, line: 3, column: 3, function: "iele.mine"),
    TextSnippet(
        rule: .unknownExternalContract,
        text: """
            contract C {
              external contract D
              define @init() {}
            }
            contract D { define @init() {} }
            """, line: 2, column: 3, function: nil),
    TextSnippet(
        rule: .duplicateExternalContract,
        text: """
            contract "B\\61r" { define @init() {} }
            contract C {
              external contract Bar
              external contract "Bar"
              define @init() {}
            }
            """, line: 4, column: 3, function: nil),
    TextSnippet(
        rule: .missingInit,
        text: """
            contract C {
              define public @main() {}
            }
            """, line: 1, column: 1, function: nil),
    TextSnippet(
        rule: .duplicateDefinition,
        text: """
            contract C {
              @x = 1
              define @init() {}
              define @x() {}
            }
            """, line: 4, column: 3, function: "x"),
    TextSnippet(
        rule: .publicInit,
        text: """
            contract C {
              define public @init() {}
            }
            """, line: 2, column: 3, function: "init"),
    TextSnippet(
        rule: .parameterNames,
        text: """
            contract C {
              define @init() {}
              define @f(%a, %1) {}
            }
            """, line: 3, column: 3, function: "f"),
    TextSnippet(
        rule: .reservedRegister,
        text: """
            contract C {
              define @init() {}
              define @f() {
                %iele.r = 1
              }
            }
            """, line: 4, column: 5, function: "f"),
    TextSnippet(
        rule: .duplicateLabel,
        text: """
            contract C {
              define @init() {}
              define @f() {
              here:
                ret void
              here:
                ret void
              }
            }
            """, line: 6, column: 3, function: "f"),
    TextSnippet(
        rule: .undefinedLabel,
        text: """
            contract C {
              define @init() {}
              define @f() {
                br 1, there
              }
            }
            """, line: 4, column: 5, function: "f"),
    TextSnippet(
        rule: .undefinedFunction,
        text: """
            contract C {
              define @init() {}
              define @f() {
                %b = call @iele.rip160(1)
              }
            }
            """, line: 4, column: 5, function: "f"),
    TextSnippet(
        rule: .callToConstant,
        text: """
            contract C {
              @k = 0x10
              define @init() {}
              define @f() {
                call @k()
              }
            }
            """, line: 5, column: 5, function: "f"),
    TextSnippet(
        rule: .argumentCount,
        text: """
            contract C {
              define @init() {}
              define @g(%a, %b) { ret %a }
              define @f() {
                %x = call @g(1)
              }
            }
            """, line: 5, column: 5, function: "f"),
    TextSnippet(
        rule: .resultCount,
        text: """
            contract C {
              define @init() {}
              define @f() {
                %a, %b = call @iele.caller()
              }
            }
            """, line: 4, column: 5, function: "f"),
    TextSnippet(
        rule: .returnCount,
        text: """
            contract C {
              define @init() {
                ret 0
              }
            }
            """, line: 3, column: 5, function: "init"),
    TextSnippet(
        rule: .initCall,
        text: """
            contract C {
              define @init() {}
              define @f() {
                call @init()
              }
            }
            """, line: 4, column: 5, function: "f", schedule: .albe),
    TextSnippet(
        rule: .undeclaredContract,
        text: """
            contract A { define @init() {} }
            contract C {
              define @init() {}
              define @f() {
                %s, %a = create A() send 0
              }
            }
            """, line: 5, column: 5, function: "f"),
    TextSnippet(
        rule: .undefinedGlobal,
        text: """
            contract C {
              define @init() {}
              define @f() {
                sstore @missing, 0
              }
            }
            """, line: 4, column: 5, function: "f"),
]

/// The rules of the K checker, written as IELE text (the shapes IELE text cannot have are
/// covered by the syntax-tree snippets of `CheckRuleTests`).
@Suite("Ill-formed IELE text, one snippet per rule")
struct TextSnippetTests {
    @Test("Each text breaks exactly its rule, at the right line and column", arguments: textSnippets)
    func snippetBreaksItsRule(_ snippet: TextSnippet) throws {
        let file = try Parser.parse(snippet.text, fileName: "snippet.iele")
        let diagnostics = WellFormednessChecker(schedule: snippet.schedule).check(file)
        #expect(diagnostics.count == 1, "\(diagnostics)")
        guard let diagnostic = diagnostics.first else { return }
        #expect(diagnostic.rule == snippet.rule)
        #expect(diagnostic.location.line == snippet.line)
        #expect(diagnostic.location.column == snippet.column)
        #expect(diagnostic.function == snippet.function.map { Name($0) })
    }

    @Test("Every rule that IELE text can break has a text snippet")
    func everyTextualRuleIsCovered() {
        let textual = Set(CheckRule.allCases.filter { $0.origin != .syntax })
        #expect(Set(textSnippets.map(\.rule)) == textual)
    }

    @Test("All violations of one text are reported")
    func severalViolationsInText() throws {
        let text = """
            contract C {
              define public @f(%a, %b) {
                %iele.x = call @g(%a)
                br %a, nowhere
                ret %a
              end:
                ret void
              }
              define @g() {}
            }
            """
        let diagnostics = WellFormednessChecker().check(try Parser.parse(text, fileName: "many.iele"))
        #expect(
            diagnostics.map { $0.formatted(fileName: "many.iele") } == [
                "many.iele:1:1: contract C: the contract does not define @init [missing-init]",
                "many.iele:3:5: contract C, function @f: register %iele.x starts with \"iele.\", which is "
                    + "reserved, and cannot be assigned [reserved-register]",
                "many.iele:3:5: contract C, function @f: call to @g passes 1 argument, but @g takes 0 "
                    + "[argument-count]",
                "many.iele:4:5: contract C, function @f: jump to label nowhere, which no block of this function "
                    + "has [undefined-label]",
                "many.iele:7:5: contract C, function @f: ret returns 0 values, but @f returns 1 elsewhere "
                    + "[return-count]",
            ])
    }
}
