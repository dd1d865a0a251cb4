import IeleNumerics
import IeleSyntax
import Testing

/// Name spelling and canonical printing.
@Suite struct PrinterTests {
    @Test(arguments: [
        (Name("foo"), "foo"), (Name("a.b-c$_"), "a.b-c$_"), (Name("iele.gas"), "iele.gas"), (Name("ret"), "ret"),
        (Name("0"), "0"), (Name("42"), "42"), (Name("007"), "\"007\""), (Name(""), "\"\""),
        (Name("-x"), "\"-x\""), (Name("a b"), "\"a b\""), (Name("q\"\\"), "\"q\\22\\5c\""),
        (Name(bytes: [0x00, 0xFF, 0x0A]), "\"\\00\\ff\\0a\""), (Name("1a"), "\"1a\""), (Name("é"), "\"\\c3\\a9\""),
    ])
    func spelling(_ name: Name, _ expected: String) throws {
        #expect(name.spelling == expected)
        // Every spelling reads back as the same name, in every name position.
        let parsed = try Parser.parseInstruction("%\(name.spelling) = @\(name.spelling)")
        #expect(parsed == .assign(result: name, value: .global(name)))
        #expect(try Parser.parseInstruction("br \(name.spelling)") == .jump(label: name))
    }

    @Test func reservedNames() {
        #expect(Name("iele.gas").isReserved)
        #expect(!Name("iele").isReserved && !Name("x.iele.y").isReserved)
    }

    @Test func canonicalLayout() throws {
        let text = """
            contract A{define @init(){}}
            contract "B c"{external contract A @g=0x10 define public @f(%a,%b){%x=add %a,%b l: ret %x}}
            """
        let expected = """
            contract A {
              define @init() {
              }
            }

            contract "B c" {
              external contract A
              @g = 16

              define public @f(%a, %b) {
                %x = add %a, %b
              l:
                ret %x
              }
            }

            """
        #expect(Printer.print(try Parser.parse(text)) == expected)
    }

    @Test func handBuiltTreeRoundTrips() throws {
        let weird = Name(bytes: [0x22, 0x5C, 0x00, 0x80])
        let function = FunctionDefinition(
            name: weird, isPublic: true, parameters: ["0", "1"],
            blocks: [
                Block(
                    label: nil,
                    instructions: [
                        LocatedInstruction(.assign(result: "ret", value: .constant(IeleInt(-1)))),
                        LocatedInstruction(.conditionalJump(condition: .constant(.one), label: "void")),
                    ]),
                Block(label: "void", instructions: [LocatedInstruction(.ret(values: []))]),
                Block(label: "007", instructions: []),
            ])
        let file = SourceFile(contracts: [
            Contract(
                name: "42",
                definitions: [
                    .global(
                        GlobalDefinition(name: "big", value: try #require(IeleInt(String(repeating: "7", count: 90))))),
                    .function(function),
                    .externalContract(weird, location: .unknown),
                ])
        ])
        #expect(try Parser.parse(Printer.print(file)) == file)
    }
}
