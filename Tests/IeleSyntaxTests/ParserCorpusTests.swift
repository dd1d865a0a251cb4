import IeleSyntax
import Testing

/// Every IELE source of the reference corpus parses, and printing then parsing gives the same tree.
@Suite struct ParserCorpusTests {
    @Test func corpusIsPresent() {
        if Corpus.root == nil {
            Issue.record("conformance corpus not found: set IELE_CONFORMANCE or check ../shared/conformance")
        }
        #expect(Corpus.sources.count >= 20)
    }

    @Test(arguments: Corpus.sources)
    func parsesAndRoundTrips(_ path: String) throws {
        let bytes = try #require(Corpus.read(path))
        let file = try Parser.parse(bytes: bytes, fileName: path)
        #expect(!file.contracts.isEmpty)
        let printed = Printer.print(file)
        let reparsed = try Parser.parse(printed, fileName: path + " (printed)")
        #expect(reparsed == file)
        #expect(Printer.print(reparsed) == printed)
    }
}
