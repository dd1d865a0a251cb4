import IeleCheck
import IeleSyntax
import Testing

/// Contracts as the VM sees them after disassembling bytecode: numbered registers, labels and
/// parameters, nested contracts named `Main.1` declared external by `Main`, and no locations.
@Suite("Disassembled contracts")
struct DisassembledContractTests {
    private func located(_ instruction: Instruction) -> LocatedInstruction {
        LocatedInstruction(instruction)
    }

    private var nested: Contract {
        Contract(
            name: "Main.1",
            definitions: [
                .function(FunctionDefinition(name: "init", isPublic: false, parameters: ["0"], blocks: []))
            ])
    }

    private func main(jumpTarget: Name) -> Contract {
        let body = [
            Block(
                label: nil,
                instructions: [
                    located(.localCall(results: ["1"], function: .global("iele.gas"), arguments: [])),
                    located(.conditionalJump(condition: .register("1"), label: jumpTarget)),
                    located(
                        .create(
                            status: "2", address: "3", contract: "Main.1", arguments: [.register("0")],
                            value: .constant(0))),
                ]),
            Block(label: "0", instructions: [located(.ret(values: [.register("3")]))]),
        ]
        return Contract(
            name: "Main",
            definitions: [
                .externalContract("Main.1", location: .unknown),
                .function(FunctionDefinition(name: "init", isPublic: false, parameters: [], blocks: [])),
                .function(FunctionDefinition(name: "1", isPublic: true, parameters: ["0"], blocks: body)),
            ])
    }

    @Test("The disassembled shape is well-formed")
    func wellFormed() {
        let file = SourceFile(contracts: [nested, main(jumpTarget: "0")])
        #expect(WellFormednessChecker(includesAssemblerRules: false).check(file).isEmpty)
    }

    @Test("A violation is reported without a location")
    func illFormed() {
        let file = SourceFile(contracts: [nested, main(jumpTarget: "7")])
        let diagnostics = WellFormednessChecker(includesAssemblerRules: false).check(file)
        #expect(diagnostics.map(\.rule) == [.undefinedLabel])
        #expect(
            diagnostics.first?.description == "contract Main, function @1: jump to label 7, which no block of "
                + "this function has [undefined-label]")
        #expect(
            diagnostics.first?.formatted(fileName: "0xabcd") == "0xabcd: contract Main, function @1: jump to "
                + "label 7, which no block of this function has [undefined-label]")
    }
}
