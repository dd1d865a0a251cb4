import IeleBytecode
import IeleNumerics
import IeleSyntax
import Testing

/// The reference assembler's choices, one golden byte string each.
@Suite struct AssemblerTests {
    func assemble(_ text: String) throws -> String {
        ConformanceCorpus.hex(try Assembler.assemble(try Parser.parse(text)))
    }

    /// Constant operands load into `iele.tmp0`, numbered like any register in order of appearance.
    @Test func constantOperandsUseTemporaries() throws {
        // LOADPOS tmp0 1 ; ADD x [y, tmp0] → tmp0 = 0, x = 1, y = 2, NBITS 2.
        #expect(
            try assemble("contract C { define @init() { %x = add %y, 1 } }") == "0000000c" + "6302" + "6700000000"
                + "610100" + "0109")
    }

    /// Named parameters take their positions before the body's names are numbered.
    @Test func parametersComeFirst() throws {
        #expect(
            try assemble("contract C { define @f(%a, %b) { ret %b } }") == "0000000f" + "6301" + "690001" + "66"
                + "6700010002" + "f6000101")
    }

    /// Numeric labels keep their number; named labels take the smallest free numbers.
    @Test func labelNumbering() throws {
        let text = "contract C { define @init() { br exit \n 0: br exit \n exit: ret void } }"
        #expect(
            try assemble(text) == "00000016" + "6300" + "6700000000" + "640001" + "660000" + "640001" + "660001"
                + "f60000")
    }

    /// Globals are substituted; a function name is its index.
    @Test func globalsAndFunctionPointers() throws {
        let text = "contract C { @x = 7 \n define @init() { %a = @x \n %b = @g } \n define @g() { ret void } }"
        // init: LOADPOS a 7 ; LOADPOS b 1 (g is function 1) ; g: RETURN 0. NBITS 1.
        #expect(
            try assemble(text) == "00000019" + "6301" + "690001" + "67" + "6700000000" + "610700" + "610101"
                + "6700010000" + "f60000")
    }

    /// External contracts are embedded whole; `create` uses the entry's string-table index.
    @Test func externalContractsAndCreate() throws {
        let text = """
            contract A { define @init() {} }
            contract B { external contract A
              define public @make() { %s, %a = create A () send 0 } }
            """
        let inner = "00000007" + "6300" + "6700000000"
        #expect(
            try assemble(text) == "00000025" + "6302" + "6900046d616b65" + "6a000b" + inner + "6800010000"
                + "618000" + "f000020000" + "09")
        let decoded = try Disassembler.decode(try Assembler.assemble(try Parser.parse(text)))
        #expect(decoded.contracts.map(\.name) == ["Main.2", "Main"])
        #expect(decoded.main?.embeddedContracts == [2: "Main.2"])
        #expect(decoded.main?.functionNames == [0: "init", 1: "make"])
    }

    /// `init` is always function 0; called functions follow the defined ones in the table.
    @Test func functionTableOrder() throws {
        let text = "contract C { define @b() { call @z() \n ret void } \n define @init() { call @b() } }"
        let program = try Disassembler.decode(try Assembler.assemble(try Parser.parse(text)))
        #expect(program.main?.functionNames == [0: "init", 1: "b", 2: "z"])
        #expect(program.main?.functions.map(\.index) == [1, 0])
    }

    /// NBITS is computed in floating point, as the reference does.
    @Test func registerWidthQuirk() {
        #expect(Assembler.registerWidth(forMaximumRegister: 0) == 0)
        #expect(Assembler.registerWidth(forMaximumRegister: 1) == 1)
        #expect(Assembler.registerWidth(forMaximumRegister: 7) == 3)
        #expect(Assembler.registerWidth(forMaximumRegister: 8) == 4)
        #expect(Assembler.registerWidth(forMaximumRegister: (1 << 29) - 1) == 30)
        #expect(Assembler.registerWidth(forMaximumRegister: (1 << 28) - 1) == 28)
    }

    /// Only contracts the main contract embeds are assembled (the reference is lazy).
    @Test func unusedContractsAreNotAssembled() throws {
        let text = "contract Broken { define @init() { %a = @nowhere } } \n contract C { define @init() {} }"
        #expect(try assemble(text) == "00000007" + "6300" + "6700000000")
    }

    @Test func errorsNameTheirPlace() throws {
        func error(_ text: String) throws -> AssembleError? {
            do {
                _ = try Assembler.assemble(try Parser.parse(text))
                return nil
            } catch let error as AssembleError {
                return error
            }
        }
        let undefinedGlobal = try error("contract C { define @init() {\n %a = add %b, @nope } }")
        #expect(undefinedGlobal?.kind == .undefinedGlobal("nope"))
        #expect(undefinedGlobal?.contract == "C")
        #expect(undefinedGlobal?.function == "init")
        #expect(undefinedGlobal?.location.line == 2)
        #expect(try error("contract C { define @init() { br nowhere } }")?.kind == .undefinedLabel("nowhere"))
        #expect(
            try error("contract C { external contract D \n define @init() {} }")?.kind
                == .missingExternalContract("D"))
        #expect(
            try error("contract C { define @init() { %a, %b = call @iele.gas() } }")?.kind
                == .builtinMisuse("iele.gas", expectedResults: 1, expectedArguments: 0))
        #expect(
            try error("contract C { define @init() { %a, %b = create D () send 0 } }")?.kind
                == .undeclaredContract("D"))
        #expect(throws: AssembleError.self) { try Assembler.assemble(SourceFile(contracts: [])) }
    }

    /// A hand-built tree (no parser): the same bytes as its text.
    @Test func handBuiltTree() throws {
        let body = Block(
            label: nil,
            instructions: [
                LocatedInstruction(.binary(.add, result: "x", lhs: .register("y"), rhs: .constant(IeleInt(1))))
            ])
        let file = SourceFile(contracts: [
            Contract(
                name: "C",
                definitions: [
                    .function(FunctionDefinition(name: "init", isPublic: false, parameters: [], blocks: [body]))
                ])
        ])
        #expect(ConformanceCorpus.hex(try Assembler.assemble(file)) == "0000000c6302670000000061010001" + "09")
    }
}
