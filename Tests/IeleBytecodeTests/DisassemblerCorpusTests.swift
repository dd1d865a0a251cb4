import IeleBytecode
import IeleSyntax
import Testing

/// Every reference-assembled contract decodes, and assembling the decoded tree gives the same bytes.
@Suite struct DisassemblerCorpusTests {
    @Test func corpusIsPresent() {
        if ReferenceBytecode.root == nil {
            Issue.record("conformance corpus not found: set IELE_CONFORMANCE (default ../shared/conformance)")
        }
        #expect(ReferenceBytecode.samples.count == 25 || ReferenceBytecode.root == nil)
    }

    @Test(arguments: ReferenceBytecode.samples)
    func decodesAndReassembles(_ sample: ReferenceBytecode.Sample) throws {
        let program = try Disassembler.decode(sample.bytes)
        #expect(program.main?.name == "Main")
        #expect(program.main?.size == sample.bytes.count)
        let file = program.sourceFile
        let again = try Assembler.assemble(file)
        #expect(ReferenceBytecode.hex(again) == ReferenceBytecode.hex(sample.bytes))
    }
}
