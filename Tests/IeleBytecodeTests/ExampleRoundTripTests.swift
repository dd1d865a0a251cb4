import Foundation
import IeleBytecode
import IeleSyntax
import Testing

/// The repository's example sources (every instruction form) survive
/// assemble → disassemble → print → parse → assemble unchanged.
@Suite struct ExampleRoundTripTests {
    static let examples: [String] = {
        let folder = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Examples")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".iele") }.sorted().map { folder.appendingPathComponent($0).path }
    }()

    @Test(arguments: examples)
    func roundTrips(_ path: String) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let bytes = try Assembler.assemble(try Parser.parse(text, fileName: path))
        let decoded = try Disassembler.disassemble(bytes)
        let again = try Assembler.assemble(try Parser.parse(Printer.print(decoded)))
        #expect(again == bytes)
    }
}
