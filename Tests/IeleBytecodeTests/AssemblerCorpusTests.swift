import IeleBytecode
import IeleSyntax
import Testing

/// The assembler against the reference assembler's output for every source of the corpus.
@Suite struct AssemblerCorpusTests {
    @Test(arguments: ReferenceBytecode.samples)
    func assemblesByteExactly(_ sample: ReferenceBytecode.Sample) throws {
        let text = try #require(ReferenceBytecode.sourceText(of: sample), "missing source \(sample.source)")
        let file = try Parser.parse(text, fileName: sample.source)
        let bytes = try Assembler.assemble(file)
        #expect(ReferenceBytecode.hex(bytes) == ReferenceBytecode.hex(sample.bytes))
    }

    /// disassemble → print → parse → assemble gives back the reference bytes.
    @Test(arguments: ReferenceBytecode.samples)
    func roundTripsThroughText(_ sample: ReferenceBytecode.Sample) throws {
        let decoded = try Disassembler.disassemble(sample.bytes)
        let text = Printer.print(decoded)
        let parsed = try Parser.parse(text, fileName: sample.source + " (disassembled)")
        #expect(parsed == decoded)
        let bytes = try Assembler.assemble(parsed)
        #expect(ReferenceBytecode.hex(bytes) == ReferenceBytecode.hex(sample.bytes))
    }
}
