import Foundation
import IeleNumerics
import IeleVM
import Testing

@testable import IeleTestHarness

/// Malformed test files: each load fails with a `TestLoadError` that names the field (a dotted
/// path from the test name) and the file, and running hostile but loadable tests ends in reports.
@Suite struct HostileInputTests {
    static func load(_ json: String) throws(TestLoadError) -> [ConformanceTest] {
        try TestLoader().load(json: Data(json.utf8), baseDirectory: "/nonexistent", file: "t.iele.json")
    }

    /// The error of loading `json`, or nil when it loads.
    static func error(_ json: String) -> TestLoadError? {
        do {
            _ = try load(json)
            return nil
        } catch {
            return error
        }
    }

    static let sender = "0xa94f5374fce5edbc8e2a8697c15331677e6ebf0b"

    static func test(account: String = "{}", transaction: String = "{}") -> String {
        """
        {"T": {"pre": {"0x01": \(account)},
               "blocks": [{"transactions": [\(transaction)], "results": []}]}}
        """
    }

    @Test(arguments: [
        ("{\"T\": {\"pre\": {\"0x01\": {\"balance\": \"0xzz\"}}, \"blocks\": []}}", "T.pre.0x01.balance"),
        ("{\"T\": {\"pre\": {\"0x01\": {\"nonce\": \"ten\"}}, \"blocks\": []}}", "T.pre.0x01.nonce"),
        ("{\"T\": {\"pre\": {\"0x01\": {\"code\": \"0x12g4\"}}, \"blocks\": []}}", "T.pre.0x01.code"),
        ("{\"T\": {\"pre\": {\"0x01\": {\"storage\": {\"0x1\": 5}}}, \"blocks\": []}}", "T.pre.0x01.storage.0x1"),
        ("{\"T\": {\"pre\": {\"zz\": {}}, \"blocks\": []}}", "T.pre.zz"),
        ("{\"T\": {\"pre\": {}, \"blocks\": [7]}}", "T.blocks[0]"),
        ("{\"T\": {\"pre\": {}}}", "T"),
        ("{\"T\": {\"pre\": {}, \"blocks\": [], \"network\": \"Homestead\"}}", "T.network"),
        ("{\"T\": {\"pre\": {}, \"blocks\": [], \"blockhashes\": [\"0x1\", \"xyz\"]}}", "T.blockhashes[1]"),
    ])
    func malformedFieldsAreNamed(_ json: String, _ location: String) throws {
        let error = try #require(Self.error(json))
        #expect(error.location == location, "\(error)")
        #expect(error.file == "t.iele.json")
        #expect(error.description.contains(location))
    }

    @Test func malformedTransactionsAreNamed() throws {
        let cases: [(String, String)] = [
            ("{\"to\": \"0x1g\"}", "T.blocks[0].transactions[0].to"),
            ("{\"from\": 12}", "T.blocks[0].transactions[0].from"),
            ("{\"gasLimit\": \"0xq\"}", "T.blocks[0].transactions[0].gasLimit"),
            ("{\"arguments\": [\"0x1\", null]}", "T.blocks[0].transactions[0].arguments[1]"),
            ("{\"arguments\": \"0x1\"}", "T.blocks[0].transactions[0].arguments"),
            ("{\"contractCode\": \"no/such/file.iele\"}", "T.blocks[0].transactions[0].contractCode"),
        ]
        for (transaction, location) in cases {
            let error = try #require(Self.error(Self.test(transaction: transaction)), "\(transaction)")
            #expect(error.location == location, "\(error)")
        }
    }

    @Test func notJSONOrWrongShapeIsReported() {
        for text in ["", "{", "[1, 2]", "null", "\"text\"", "{\"T\": []}"] {
            #expect(Self.error(text) != nil, "\(text)")
        }
        let deep = String(repeating: "[", count: 200_000) + String(repeating: "]", count: 200_000)
        #expect(Self.error(deep) != nil)
    }

    @Test func unreadableFilesAreReported() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for path in [folder.path, folder.appendingPathComponent("missing.iele.json").path] {
            #expect(throws: TestLoadError.self) { try TestLoader().load(fileAt: path) }
        }
        let reports = ConformanceSuite().run(fileAt: folder.path)
        #expect(reports.count == 1)
        #expect(reports.first?.passed == false)
        #expect(reports.first?.loadError != nil)
    }

    @Test func absurdNumbersLoadAndRunToReports() throws {
        let huge = "0x" + String(repeating: "f", count: 5000)
        let json = """
            {"T": {"network": "Danse",
              "pre": {"\(Self.sender)": {"nonce": "\(huge)", "balance": "-\(huge)", "code": ""},
                      "0x1000": {"code": "0xffffffff6300", "storage": {"\(huge)": "\(huge)"}}},
              "blocks": [{"blockHeader": {"number": "\(huge)", "gasLimit": "\(huge)", "timestamp": "-0x01"},
                "transactions": [
                  {"from": "\(Self.sender)", "to": "0x1000", "function": "f", "gasLimit": "\(huge)",
                   "gasPrice": "\(huge)", "value": "\(huge)", "nonce": "\(huge)", "arguments": ["\(huge)"]},
                  {"from": "\(Self.sender)", "to": "", "contractCode": "0x0000000263", "gasLimit": "-0x05",
                   "gasPrice": "0x01"},
                  {"from": "\(Self.sender)", "to": "", "contractCode": "0x", "gasLimit": "0x100000", "gasPrice": "0x01"}
                ],
                "results": [{"status": "0x09"}, {"status": "0x09"}, {"status": "0x09"}]}],
              "postState": {}}}
            """
        let tests = try Self.load(json)
        #expect(tests.count == 1)
        let report = TestRunner().run(try #require(tests.first))
        #expect(report.loadError == nil)
        #expect(!report.passed)  // the post state cannot match: a report, not a crash
    }
}
