import Foundation
import IeleCLI
import Testing

/// The toolchain commands, run in-process: exit statuses and files written.
@Suite struct ToolchainCommandTests {
    /// The package root, found from this file's path so tests run from any directory.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static func example(_ name: String) -> String {
        packageRoot.appendingPathComponent("Examples/\(name)").path
    }

    static func temporaryFile(_ name: String, contents: String) throws -> String {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("iele-cli-\(UUID().uuidString)-\(name)")
        try contents.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    @Test func checkAcceptsWellFormedExamples() async {
        #expect(await IeleCommand.run(arguments: ["check", Self.example("sum.iele")]) == 0)
        #expect(await IeleCommand.run(arguments: ["check", Self.example("all-instructions.iele")]) == 0)
    }

    @Test func checkRejectsIllFormedContract() async throws {
        let path = try Self.temporaryFile("ill.iele", contents: "contract Foo {}\n")
        #expect(await IeleCommand.run(arguments: ["check", path]) == 1)
    }

    @Test func syntaxErrorIsInvalidInput() async throws {
        let path = try Self.temporaryFile("bad.iele", contents: "contract A { define @init() { %x = foo 1 } }")
        #expect(await IeleCommand.run(arguments: ["check", path]) == 1)
        #expect(await IeleCommand.run(arguments: ["assemble", path]) == 1)
    }

    @Test func missingFileIsInvalidInput() async {
        #expect(await IeleCommand.run(arguments: ["assemble", "/nonexistent/file.iele"]) == 1)
    }

    @Test func usageErrorsExitWithTwo() async {
        #expect(await IeleCommand.run(arguments: ["assemble"]) == 2)
        #expect(await IeleCommand.run(arguments: ["no-such-command"]) == 2)
        #expect(await IeleCommand.run(arguments: ["check", "--schedule", "nope", "x.iele"]) == 2)
    }

    @Test func helpExitsWithZero() async {
        for command in ["assemble", "disassemble", "check"] {
            #expect(await IeleCommand.run(arguments: [command, "--help"]) == 0)
        }
    }

    @Test func assembleWritesBytesThatDisassemble() async throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("sum-\(UUID().uuidString).bin").path
        #expect(await IeleCommand.run(arguments: ["assemble", Self.example("sum.iele"), "-o", output]) == 0)
        let bytes = try #require(FileManager.default.contents(atPath: output))
        #expect(bytes.count > 6)
        #expect(bytes[bytes.startIndex + 4] == 0x63)
        #expect(await IeleCommand.run(arguments: ["disassemble", output]) == 0)
    }

    @Test func disassembleRejectsTruncatedAndGarbageBytecode() async {
        #expect(await IeleCommand.run(arguments: ["disassemble", "0x00000035630269"]) == 1)
        #expect(await IeleCommand.run(arguments: ["disassemble", "not-hex"]) == 1)
        #expect(await IeleCommand.run(arguments: ["disassemble", "0xffffffff63"]) == 1)
    }
}
