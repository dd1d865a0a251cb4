import Foundation
import IeleSyntax
import IeleTestHarness
import Testing

@testable import IeleCLI

/// Failure messages, captured in-process: each names the command, the file, and for a call the function
/// and the status by name; a file that is not UTF-8 is reported with the offset of its first bad byte.
@Suite struct CommandMessageTests {
    static let identity = "contract Id { define public @id(%x) { ret %x } define @init() {} }\n"

    static func file(_ bytes: [UInt8], suffix: String = ".iele") throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "iele-message-\(UUID().uuidString)\(suffix)")
        try Data(bytes).write(to: url)
        return url.path
    }

    static func run(_ arguments: [String]) async -> (status: Int32, message: String) {
        let capture = ErrorCapture()
        let status = await capture.collecting { await IeleCommand.run(arguments: arguments) }
        return (status, capture.text)
    }

    @Test func benchFailuresNameFileFunctionAndStatus() async throws {
        let file = try Self.file(Array(Self.identity.utf8))
        let missing = await Self.run(["bench", file, "--call", "transfer", "--runs", "1"])
        #expect(missing.status == 1)
        #expect(
            missing.message.contains(
                "iele bench: \(file): @transfer: call failed, nothing timed: status 1 FUNC_NOT_FOUND"))
        let wrong = await Self.run(["bench", file, "--call", "id", "--runs", "1"])
        #expect(wrong.message.contains("iele bench: \(file): @id: call failed, nothing timed: status 2 FUNC_WRONG_SIG"))
        let reverting = try Self.file(
            Array("contract R { define public @f() { ret void } define @init() { revert 4 } }".utf8))
        let deployment = await Self.run(["bench", reverting, "--call", "f", "--runs", "1"])
        #expect(deployment.status == 1)
        #expect(deployment.message.contains("iele bench: \(reverting): @init: deployment failed: status 4 USER_ERROR"))
        let badInteger = await Self.run(["bench", file, "--call", "id", "ten"])
        #expect(badInteger.status == 1)
        #expect(badInteger.message.contains("iele bench: \(file): not an integer"))
        let noName = await Self.run(["bench", file, "--call", "--json"])
        #expect(noName.status == 2)
        #expect(noName.message.contains("iele bench: \(file): expected --call NAME"))
    }

    @Test func runFailuresNameFileFunctionAndStatus() async throws {
        let file = try Self.file(Array(Self.identity.utf8))
        let missing = await Self.run(["run", file, "--call", "nope"])
        #expect(missing.status == 1)
        #expect(missing.message.contains("iele run: \(file): @nope: call failed: status 1 FUNC_NOT_FOUND"))
        let gas = await Self.run(["run", file, "--call", "id", "1", "--gas", "0"])
        #expect(gas.message.contains("iele run: \(file): @id: call failed: status 5 OUT_OF_GAS"))
        let absent = await Self.run(["run", "/nonexistent/x.iele", "--call", "id", "1"])
        #expect(absent.message.contains("iele run: /nonexistent/x.iele: cannot read: no such file"))
        let folder = FileManager.default.temporaryDirectory.path
        #expect(await Self.run(["run", folder, "--call", "id"]).message.contains("cannot read: it is a directory"))
    }

    /// `contract` then the byte 0xff at offset 9, or a truncated two-byte sequence at the end.
    @Test func filesThatAreNotUTF8AreReportedWithTheOffset() async throws {
        let invalid = try Self.file(Array("contract ".utf8) + [0xff] + Array(" Id {}".utf8))
        for command in [
            ["run", invalid, "--call", "id"], ["bench", invalid, "--call", "id"], ["check", invalid],
            ["assemble", invalid],
        ] {
            let outcome = await Self.run(command)
            #expect(outcome.status == 1, "\(command)")
            #expect(
                outcome.message.contains("iele \(command[0]): \(invalid): not UTF-8 text at byte 9"),
                "\(outcome.message)")
        }
        // Valid multi-byte text before the bad byte counts in bytes.
        let truncated = try Self.file(Array("// é€😀\n".utf8) + [0xe2, 0x82])
        #expect(await Self.run(["check", truncated]).message.contains("not UTF-8 text at byte 13"))
        // A readable UTF-8 file with a syntax error is not reported as unreadable.
        let syntax = try Self.file(Array("contract é {".utf8))
        let parse = await Self.run(["check", syntax])
        #expect(parse.status == 1)
        #expect(!parse.message.contains("UTF-8") && !parse.message.contains("cannot read"))
    }

    /// A test whose `code` names a source that is not UTF-8 fails with the offset in its report.
    @Test func testSourcesThatAreNotUTF8AreReported() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("iele-message-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data([0x63, 0x6f, 0xc0, 0xaf]).write(to: folder.appendingPathComponent("bad.iele"))
        let test = """
            {"T": {"pre": {"0x1000000000000000000000000000000000000000": {"nonce": "0x00", "balance": "0x00",
              "storage": {}, "code": "bad.iele"}}, "blocks": [], "network": "Danse", "postState": {}}}
            """
        let path = folder.appendingPathComponent("t.iele.json").path
        try Data(test.utf8).write(to: URL(fileURLWithPath: path))
        let report = TestCommand.line(for: ConformanceSuite().run(fileAt: path)[0])
        #expect(report.contains("not UTF-8 text at byte 2"), "\(report)")
        #expect(report.contains("bad.iele"))
    }

    /// `iele test`'s failure line names the function each mismatching transaction called and the status.
    @Test func testFailuresNameTheFunctionAndStatus() throws {
        // The expectations are placeholders (status 0 among them) and the code is not a valid contract,
        // so the test fails and its line names @f and both statuses.
        let text = HostileInputTests.conformanceTest(code: "\"0x0000000963006800000000f60000\"")
            .replacingOccurrences(of: "\"status\": \"\"", with: "\"status\": \"0x00\"")
        let path = try HostileInputTests.testFile(text)
        let line = TestCommand.line(for: ConformanceSuite().run(fileAt: path)[0])
        #expect(line.contains("block 0 tx 0 @f status: expected 0 SUCCESS, got 9 CONTRACT_INVALID"), "\(line)")
        let mismatch = Mismatch(
            .result(block: 1, transaction: 2, field: .status), expected: "0 SUCCESS", actual: "5 OUT_OF_GAS",
            function: "transfer")
        #expect(mismatch.description == "block 1 tx 2 @transfer status: expected 0 SUCCESS, got 5 OUT_OF_GAS")
    }

    /// A test file that is not UTF-8 is reported with the offset, not as "not JSON" in general.
    @Test func testFilesThatAreNotUTF8AreReported() throws {
        let path = try Self.file(Array("{\"T\": ".utf8) + [0xc3, 0x28] + Array("}".utf8), suffix: ".iele.json")
        let line = TestCommand.line(for: ConformanceSuite().run(fileAt: path)[0])
        #expect(line.contains("not UTF-8 text at byte 6"), "\(line)")
    }

    @Test func sourceTextFindsTheFirstBadSequence() {
        #expect(SourceText.firstInvalidByte(in: Array("plain ascii".utf8)) == nil)
        #expect(SourceText.firstInvalidByte(in: Array("é€😀".utf8)) == nil)
        #expect(SourceText.firstInvalidByte(in: [0x41, 0xc0, 0x80]) == 1)  // overlong
        #expect(SourceText.firstInvalidByte(in: [0xed, 0xa0, 0x80]) == 0)  // surrogate
        #expect(SourceText.firstInvalidByte(in: [0xf4, 0x90, 0x80, 0x80]) == 0)  // above U+10FFFF
        #expect(SourceText.firstInvalidByte(in: [0x41, 0x42, 0xe2, 0x82]) == 2)  // cut short
        #expect(SourceText.firstInvalidByte(in: [0x80]) == 0)  // lone continuation
    }
}
