import Foundation
import IeleNumerics
import IeleVM
import Testing

@testable import IeleTestHarness

/// Records which sources the loader asked to assemble, and answers with a fixed byte string.
final class RecordingAssembler: @unchecked Sendable {
    private let lock = NSLock()
    private var paths: [String] = []

    var requested: [String] { lock.withLock { paths } }

    func assemble(source: String, path: String) throws(CodeAssemblyError) -> [UInt8] {
        lock.withLock { paths.append(path) }
        if source.contains("broken") { throw CodeAssemblyError("syntax error") }
        return [0xaa, UInt8(truncatingIfNeeded: source.utf8.count)]
    }
}

@Suite("Loading reference JSON tests")
struct TestLoaderTests {
    static let sample = """
        {
          "T": {
            "pre": {
              "0x0a": {"nonce": "0x01", "balance": "100", "storage": {"0x01": "0x02", "0x03": "0x00"},
                       "code": "../src/c.iele"},
              "0x0b": {"nonce": "", "balance": "0x", "storage": {}, "code": "0x6001"}
            },
            "blocks": [{
              "blockHeader": {"gasLimit": "0x0100", "number": "0x01", "difficulty": "0x02",
                              "timestamp": "0x03e8", "coinbase": "0x2a"},
              "transactions": [
                {"nonce": "0x00", "function": "f", "gasLimit": "0x1000", "value": "-0x03", "to": "0x0a",
                 "arguments": ["-0x03", "", "0x"], "contractCode": "", "gasPrice": "0x01", "from": "0x0b"},
                {"nonce": "0x01", "function": "", "gasLimit": "0x1000", "value": "0x00", "to": "",
                 "arguments": [], "contractCode": "../src/c.iele", "gasPrice": "0x01", "from": "0x0b"}
              ],
              "results": [
                {"out": ["0x13ba", "-0x01"], "status": "", "gas": "0x0fa365", "logs": "0x1dcc", "refund": ""},
                {"out": [], "status": "-0x01", "gas": "12", "logs": "0x", "refund": "0x05"}
              ]
            }],
            "network": "Danse",
            "blockhashes": ["0x24", "0x00"],
            "postState": {}
          }
        }
        """

    /// Writes `json` to tests/t.iele.json and a source to src/c.iele in a new temporary folder.
    func writeSample(_ json: String = sample, source: String = "contract c {}") throws -> (folder: URL, file: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("harness-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("tests"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("src"), withIntermediateDirectories: true)
        try Data(source.utf8).write(to: folder.appendingPathComponent("src/c.iele"))
        let file = folder.appendingPathComponent("tests/t.iele.json")
        try Data(json.utf8).write(to: file)
        return (folder, file.path)
    }

    @Test("every field is decoded: signed hex, empty strings, decimal words, zero storage dropped")
    func decodesFields() throws {
        let assembler = RecordingAssembler()
        let (folder, file) = try writeSample()
        defer { try? FileManager.default.removeItem(at: folder) }
        let tests = try TestLoader(assembleSource: assembler.assemble).load(fileAt: file)
        let test = try #require(tests.first)
        #expect(tests.count == 1)
        #expect(test.name == "T")
        #expect(test.schedule == .danse)
        #expect(test.blockHashes == [0x24, 0])
        let a = try #require(test.pre[0x0a])
        #expect(a.nonce == 1)
        #expect(a.balance == 100)
        #expect(a.storage == [1: 2])
        #expect(a.code == [0xaa, 13])
        #expect(test.pre[0x0b] == Account(nonce: 0, balance: 0, storage: [:], code: [0x60, 0x01]))
        let block = try #require(test.blocks.first)
        #expect(
            block.header == BlockHeader(beneficiary: 0x2a, difficulty: 2, number: 1, gasLimit: 0x100, timestamp: 1000))
        #expect(block.transactions[0].arguments == [-3, 0, 0])
        #expect(block.transactions[0].value == -3)
        #expect(block.transactions[0].to == 0x0a)
        #expect(block.transactions[0].function == "f")
        #expect(block.transactions[1].to == nil)
        #expect(block.transactions[1].contractCode == [0xaa, 13])
        #expect(
            block.results[0]
                == ExpectedResult(
                    output: [0x13ba, -1], status: 0, gasLeft: 0x0fa365, logsHash: [0x1d, 0xcc], refund: 0))
        #expect(block.results[1] == ExpectedResult(output: [], status: -1, gasLeft: 12, logsHash: [], refund: 5))
        #expect(test.postState == WorldState())
    }

    @Test("code paths are relative to the JSON file's folder and assembled once")
    func relativeCodePaths() throws {
        let assembler = RecordingAssembler()
        let (folder, file) = try writeSample()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try TestLoader(assembleSource: assembler.assemble).load(fileAt: file)
        let expected = folder.appendingPathComponent("src/c.iele").standardizedFileURL.path
        #expect(assembler.requested == [expected])
    }

    @Test("an assembly failure names the test, the field and the path")
    func assemblyFailure() throws {
        let (folder, file) = try writeSample(source: "broken")
        defer { try? FileManager.default.removeItem(at: folder) }
        let error = #expect(throws: TestLoadError.self) {
            try TestLoader(assembleSource: RecordingAssembler().assemble).load(fileAt: file)
        }
        #expect(error?.location == "T.pre.0x0a.code")
        #expect(error?.file == file)
        if case .codeUnavailable(let path, let reason)? = error?.kind {
            #expect(path == "../src/c.iele")
            #expect(reason == "syntax error")
        } else {
            Issue.record("unexpected error \(String(describing: error))")
        }
    }

    @Test("a missing network is the Default schedule; an unknown one is an error")
    func networks() throws {
        let noNetwork = Data(#"{"T": {"pre": {}, "blocks": []}}"#.utf8)
        let test = try #require(try TestLoader().load(json: noNetwork, baseDirectory: "/").first)
        #expect(test.schedule == .default)
        #expect(test.postState == nil)
        let unknown = Data(#"{"T": {"pre": {}, "blocks": [], "network": "Frontier"}}"#.utf8)
        #expect(throws: TestLoadError(.unknownNetwork("Frontier"), at: "T.network")) {
            try TestLoader().load(json: unknown, baseDirectory: "/")
        }
    }

    @Test("a missing key and a wrong type are reported with their JSON path")
    func structuralErrors() {
        #expect(throws: TestLoadError(.missingKey("blocks"), at: "T")) {
            try TestLoader().load(json: Data(#"{"T": {"pre": {}}}"#.utf8), baseDirectory: "/")
        }
        let badArgument = #"{"T": {"pre": {}, "blocks": [{"transactions": [{"arguments": [3]}]}]}}"#
        #expect(throws: TestLoadError(.wrongType(expected: "a string"), at: "T.blocks[0].transactions[0].arguments[0]"))
        {
            try TestLoader().load(json: Data(badArgument.utf8), baseDirectory: "/")
        }
        #expect(throws: TestLoadError.self) {
            try TestLoader().load(json: Data("[1]".utf8), baseDirectory: "/")
        }
    }

    @Test("hex code needs no assembler")
    func hexCode() throws {
        let hexOnly = Data(#"{"T": {"pre": {"0x01": {"code": "0x00"}}, "blocks": []}}"#.utf8)
        #expect(try TestLoader().load(json: hexOnly, baseDirectory: "/").first?.pre[1]?.code == [0])
    }
}
