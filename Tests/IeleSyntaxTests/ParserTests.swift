import IeleNumerics
import IeleSyntax
import Testing

/// Each instruction form, the program structure and the lexical corner cases of the reference.
@Suite struct ParserTests {
    private static func reg(_ name: Name) -> Operand { .register(name) }
    private static func int(_ value: Int) -> Operand { .constant(IeleInt(value)) }

    /// (source, expected instruction) for every instruction form of iele-syntax.md.
    static let forms: [(String, Instruction)] = [
        ("%x = %y", .assign(result: "x", value: reg("y"))),
        ("%x = 5", .assign(result: "x", value: int(5))),
        ("%x = -5", .assign(result: "x", value: int(-5))),
        ("%x = 0x1F", .assign(result: "x", value: int(31))),
        ("%x = -0x1f", .assign(result: "x", value: int(-31))),
        ("%x = true", .assign(result: "x", value: int(1))),
        ("%x = false", .assign(result: "x", value: int(0))),
        ("%x = @g", .assign(result: "x", value: .global("g"))),
        ("%x = load %c", .load(result: "x", cell: reg("c"))),
        ("%x = load %c, 1, 2", .loadBytes(result: "x", cell: reg("c"), offset: int(1), width: int(2))),
        ("store %v, %c", .store(value: reg("v"), cell: reg("c"))),
        ("store %v, %c, 1, 2", .storeBytes(value: reg("v"), cell: reg("c"), offset: int(1), width: int(2))),
        ("%x = sload 3", .sload(result: "x", index: int(3))),
        ("sstore %v, 3", .sstore(value: reg("v"), index: int(3))),
        ("%x = iszero %a", .unary(.iszero, result: "x", operand: reg("a"))),
        ("%x = not %a", .unary(.not, result: "x", operand: reg("a"))),
        ("%x = log2 %a", .unary(.log2, result: "x", operand: reg("a"))),
        ("%x = sha3 %a", .unary(.sha3, result: "x", operand: reg("a"))),
        (
            "%x = addmod %a, %b, %m",
            .ternary(.addmod, result: "x", first: reg("a"), second: reg("b"), modulus: reg("m"))
        ),
        ("%x = mulmod %a, %b, 7", .ternary(.mulmod, result: "x", first: reg("a"), second: reg("b"), modulus: int(7))),
        ("%x = expmod %a, %b, 7", .ternary(.expmod, result: "x", first: reg("a"), second: reg("b"), modulus: int(7))),
        ("br done", .jump(label: "done")),
        ("br 5", .jump(label: "5")),
        ("br true", .jump(label: "true")),
        ("br \"a b\"", .jump(label: "a b")),
        ("br %c, done", .conditionalJump(condition: reg("c"), label: "done")),
        ("br 1, 2", .conditionalJump(condition: int(1), label: "2")),
        ("br true, false", .conditionalJump(condition: int(1), label: "false")),
        ("call @f()", .localCall(results: [], function: .global("f"), arguments: [])),
        ("%r = call @f(%a, 1)", .localCall(results: ["r"], function: .global("f"), arguments: [reg("a"), int(1)])),
        ("%a, %b = call @f()", .localCall(results: ["a", "b"], function: .global("f"), arguments: [])),
        ("%r = call %fp(%a)", .localCall(results: ["r"], function: reg("fp"), arguments: [reg("a")])),
        ("%g = call @iele.gas()", .localCall(results: ["g"], function: .global("iele.gas"), arguments: [])),
        ("call @iele.invalid()", .localCall(results: [], function: .global("iele.invalid"), arguments: [])),
        (
            "%s, %r = call @f at %a (1, 2) send %v, gaslimit %g",
            .accountCall(
                results: ["s", "r"], function: .global("f"), address: reg("a"), arguments: [int(1), int(2)],
                value: reg("v"), gasLimit: reg("g"))
        ),
        (
            "%s = call %f at %a () send 0, gaslimit 100",
            .accountCall(
                results: ["s"], function: reg("f"), address: reg("a"), arguments: [], value: int(0),
                gasLimit: int(100))
        ),
        (
            "%s, %r = call @iele.sha256 at 1 (%len, %data) send %v, gaslimit %g",
            .accountCall(
                results: ["s", "r"], function: .global("iele.sha256"), address: int(1),
                arguments: [reg("len"), reg("data")], value: reg("v"), gasLimit: reg("g"))
        ),
        (
            "%s, %r = staticcall @f at %a (%x) gaslimit %g",
            .accountCall(
                results: ["s", "r"], function: .global("f"), address: reg("a"), arguments: [reg("x")],
                value: nil, gasLimit: reg("g"))
        ),
        ("%f = calladdress @g at %a", .callAddress(result: "f", function: "g", address: reg("a"))),
        ("ret %a, %b", .ret(values: [reg("a"), reg("b")])),
        ("ret 0", .ret(values: [int(0)])),
        ("ret void", .ret(values: [])),
        ("revert -1", .revert(value: int(-1))),
        ("log %c", .log(cell: reg("c"), topics: [])),
        ("log %c, 1", .log(cell: reg("c"), topics: [int(1)])),
        ("log %c, 1, 2, 3, 4", .log(cell: reg("c"), topics: [int(1), int(2), int(3), int(4)])),
        (
            "%s, %a = create Foo (%x) send 0",
            .create(status: "s", address: "a", contract: "Foo", arguments: [reg("x")], value: int(0))
        ),
        (
            "%s, %a = create \"B\\61r\" () send %v",
            .create(status: "s", address: "a", contract: "Bar", arguments: [], value: reg("v"))
        ),
        (
            "%s, %a = copycreate %src (1) send 2",
            .copyCreate(status: "s", address: "a", source: reg("src"), arguments: [int(1)], value: int(2))
        ),
        ("selfdestruct %b", .selfdestruct(beneficiary: reg("b"))),
    ]

    @Test(arguments: 0..<forms.count)
    func instructionForm(_ index: Int) throws {
        let (text, expected) = Self.forms[index]
        #expect(try Parser.parseInstruction(text) == expected)
        // The canonical text reads back to the same instruction.
        #expect(try Parser.parseInstruction(Printer.print(expected)) == expected)
    }

    @Test func everyBinaryOperationAndPredicate() throws {
        for operation in BinaryOperation.allCases {
            let parsed = try Parser.parseInstruction("%x = \(operation.rawValue) %a, 2")
            #expect(parsed == .binary(operation, result: "x", lhs: Self.reg("a"), rhs: Self.int(2)))
        }
        for predicate in Predicate.allCases {
            let parsed = try Parser.parseInstruction("%x = cmp \(predicate.rawValue) %a, 2")
            #expect(parsed == .compare(predicate, result: "x", lhs: Self.reg("a"), rhs: Self.int(2)))
        }
    }

    @Test func programStructure() throws {
        let text = """
            contract A { define @init() {} }
            contract "B" !123 {
              external contract A
              @g = 0x10
              @h = -7
              define @init() {}
              define public @f(%a, %b) {
                %x = add %a, %b
              next:
                ret %x
              }
            }
            """
        let file = try Parser.parse(text)
        #expect(file.contracts.map(\.name) == ["A", "B"])
        let b = try #require(file.mainContract)
        #expect(b.externalContracts == ["A"])
        #expect(b.globals.map(\.name) == ["g", "h"])
        #expect(b.globals.map(\.value) == [IeleInt(16), IeleInt(-7)])
        let f = try #require(b.functions.last)
        #expect(f.isPublic && f.name == "f" && f.parameters == ["a", "b"])
        #expect(f.blocks.map(\.label) == [nil, "next"])
        #expect(f.blocks.map(\.instructions.count) == [1, 1])
        #expect(b.functions.first?.blocks == [])
        // Locations are recorded (1-based).
        #expect(b.location.line == 2 && b.location.column == 1)
        #expect(f.location.line == 7 && f.location.column == 3)
        #expect(f.blocks[1].location.line == 9 && f.blocks[1].location.column == 3)
        #expect(f.blocks[1].instructions[0].location.line == 10)
        #expect(f.blocks[1].instructions[0].location.column == 5)
        if case .global(let g) = b.definitions[1] { #expect(g.location.line == 4) }
    }

    @Test func emptyInputHasNoContracts() throws {
        #expect(try Parser.parse("").contracts.isEmpty)
        #expect(try Parser.parse("  // nothing\n /* at all */ ").contracts.isEmpty)
    }

    @Test func keywordsAreNames() throws {
        let text = """
            contract contract {
              define @call(%load, %ret) {
                %br = add %load, %ret
                br ret
              ret:
                ret %br
              }
              define @init() {}
            }
            """
        let f = try #require(try Parser.parse(text).mainContract?.functions.first)
        #expect(f.name == "call" && f.parameters == ["load", "ret"])
        #expect(f.blocks.map(\.label) == [nil, "ret"])
        #expect(
            f.blocks[0].instructions.map(\.instruction) == [
                .binary(.add, result: "br", lhs: Self.reg("load"), rhs: Self.reg("ret")), .jump(label: "ret"),
            ])
    }

    @Test func numericAndQuotedNames() throws {
        #expect(try Parser.parseInstruction("%0 = %1") == .assign(result: "0", value: Self.reg("1")))
        // Numeric names are integers in the reference: leading zeros do not count.
        #expect(try Parser.parseInstruction("%007 = @00") == .assign(result: "7", value: .global("0")))
        // A quoted name keeps its bytes, so "007" stays distinct from 7.
        #expect(try Parser.parseInstruction("%\"007\" = 1") == .assign(result: "007", value: Self.int(1)))
        let escaped = try Parser.parseInstruction("%\"\\00\\ff\\0A x\" = 1")
        #expect(escaped == .assign(result: Name(bytes: [0, 0xFF, 0x0A, 0x20, 0x78]), value: Self.int(1)))
        // Names may contain `.`, `-`, `$`, `_`; the reference parser also lets `-` start a name.
        #expect(try Parser.parseInstruction("%a.b-c$_ = %-x") == .assign(result: "a.b-c$_", value: Self.reg("-x")))
        // Layout may separate a sigil from its name, as in the reference grammar.
        #expect(try Parser.parseInstruction("% x = @ /* */ y") == .assign(result: "x", value: .global("y")))
    }

    @Test func hugeConstants() throws {
        let digits = String(repeating: "9", count: 500)
        let parsed = try Parser.parseInstruction("%x = -\(digits)")
        #expect(parsed == .assign(result: "x", value: .constant(try #require(IeleInt("-" + digits)))))
        let hex = try Parser.parseInstruction("%x = 0x" + String(repeating: "f", count: 200))
        #expect(
            hex
                == .assign(
                    result: "x",
                    value: .constant(
                        try #require(
                            IeleInt(
                                String(repeating: "f", count: 200),
                                radix: 16)))))
    }

    @Test func layoutAndComments() throws {
        let text = "contract/*c*/C{define@init(){//x\r\n%a=1/* multi\nline */ret   void}}"
        let f = try #require(try Parser.parse(text).mainContract?.functions.first)
        #expect(
            f.blocks[0].instructions.map(\.instruction) == [
                .assign(result: "a", value: Self.int(1)), .ret(values: []),
            ])
    }

    @Test func nonUTF8Bytes() throws {
        var bytes = Array("contract \"".utf8)
        bytes += [0xFF, 0xC3]
        bytes += Array("\" { define @init() {} }".utf8)
        let file = try Parser.parse(bytes: bytes)
        #expect(file.contracts.first?.name == Name(bytes: [0xFF, 0xC3]))
        #expect(try Parser.parse(Printer.print(file)) == file)
    }

    /// The reference parser reads `%-5` as a register named "-5" (a name may start with `-`), while a
    /// bare `-5` is a constant.
    @Test func minusStartsNamesButNotConstants() throws {
        #expect(try Parser.parseInstruction("%-5 = -5") == .assign(result: "-5", value: Self.int(-5)))
        #expect(try Parser.parseInstruction("%x = -0x10") == .assign(result: "x", value: Self.int(-16)))
    }

    /// Reserved `iele.` names are syntax; rejecting them as definitions is well-formedness
    /// (well-formedness.md, `checkName`), so the parser accepts them.
    @Test func reservedNamesAreLeftToTheChecker() throws {
        let text = "contract C { @iele.x = 1 define @iele.f(%iele.a) { %iele.b = @iele.x } }"
        let f = try #require(try Parser.parse(text).mainContract?.functions.first)
        #expect(f.name.isReserved && f.parameters.allSatisfy(\.isReserved))
    }

    @Test func windowsLineEndings() throws {
        let text = "contract C {\r\n  define @init() {\r\n    ret void\r\n  }\r\n}\r\n"
        let f = try #require(try Parser.parse(text).mainContract?.functions.first)
        #expect(f.blocks.first?.instructions.first?.location == SourceLocation(line: 3, column: 5))
        #expect(f.blocks.first?.instructions.first?.location.line == 3)
        #expect(f.blocks.first?.instructions.first?.location.column == 5)
    }
}
