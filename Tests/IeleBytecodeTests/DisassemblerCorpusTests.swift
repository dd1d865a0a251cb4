import IeleBytecode
import IeleSyntax
import Testing

/// Every reference-assembled contract decodes, and assembling the decoded tree gives the same bytes.
@Suite struct DisassemblerCorpusTests {
    @Test func corpusIsPresent() {
        if ConformanceCorpus.root == nil {
            Issue.record("conformance corpus not found: set IELE_CONFORMANCE (default ../shared/conformance)")
        }
        #expect(ConformanceCorpus.samples.count == 25 || ConformanceCorpus.root == nil)
    }

    @Test(arguments: ConformanceCorpus.samples)
    func decodesAndReassembles(_ sample: ConformanceCorpus.Sample) throws {
        let program = try Disassembler.decode(sample.bytes)
        #expect(program.main?.name == "Main")
        #expect(program.main?.size == sample.bytes.count)
        let file = program.sourceFile
        let again = try Assembler.assemble(file)
        #expect(ConformanceCorpus.hex(again) == ConformanceCorpus.hex(sample.bytes))
    }
}
