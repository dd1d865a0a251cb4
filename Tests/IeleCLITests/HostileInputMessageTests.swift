import Foundation
import Testing

/// The built `iele` tool as a separate process: bad input gives its status and a message on
/// standard error that names what is wrong and where, and nothing on standard error otherwise.
@Suite struct HostileInputMessageTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The `iele` built beside the running test executable (so a sanitizer build in its own scratch
    /// folder checks its own tool), else `.build/debug/iele`, or nil (with a note) when neither is built.
    static let tool: URL? = {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent().appendingPathComponent("iele")
        let debug = packageRoot.appendingPathComponent(".build/debug/iele")
        guard let url = [beside, debug].first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            print("HostileInputMessageTests: \(debug.path) not built; message checks skipped")
            return nil
        }
        return url
    }()

    struct Outcome {
        var status: Int32
        var standardOutput: String
        var standardError: String
    }

    static func run(_ arguments: [String]) throws -> Outcome? {
        guard let tool else { return nil }
        let process = Process()
        process.executableURL = tool
        process.arguments = arguments
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        // Read before waiting, so a full pipe cannot block the child.
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(
            status: process.terminationStatus, standardOutput: String(decoding: out, as: UTF8.self),
            standardError: String(decoding: err, as: UTF8.self))
    }

    static func file(_ name: String, _ text: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("iele-msg-\(UUID().uuidString)-\(name)")
        try Data(text.utf8).write(to: url)
        return url.path
    }

    @Test func runMessagesNameTheProblem() throws {
        let source = try Self.file("id.iele", "contract Id { define public @id(%x) { ret %x } define @init() {} }")
        let cases: [([String], Int32, [String])] = [
            (["run", "/nonexistent/x.iele", "--call", "id", "1"], 1, ["/nonexistent/x.iele"]),
            (["run", source, "--call", "id", "0xzz"], 1, ["0xzz"]),
            (["run", source, "--call", "id", "1", "--gas", "-1"], 1, ["--gas"]),
            (["run", source, "--call", "nope"], 1, [source, "@nope", "FUNC_NOT_FOUND"]),
            (["run", source, "--call", "id"], 1, [source, "@id", "FUNC_WRONG_SIG"]),
            (["run", source], 2, ["--call"]),
        ]
        for (arguments, status, fragments) in cases {
            guard let outcome = try Self.run(arguments) else { return }
            #expect(outcome.status == status, "\(arguments)")
            for fragment in fragments {
                #expect(outcome.standardError.contains(fragment), "\(arguments): \(outcome.standardError)")
            }
        }
        guard let success = try Self.run(["run", source, "--call", "id", "5"]) else { return }
        #expect(success.status == 0)
        #expect(success.standardError.isEmpty)
        #expect(success.standardOutput.contains("returned: 5"))
    }

    @Test func toolchainMessagesNameTheProblem() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("iele-msg-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let syntax = try Self.file("bad.iele", "contract A {\n define @init() { %x = foo 1 }\n}\n")
        let cases: [([String], Int32, [String])] = [
            (["disassemble", "0x0000000c630068000000006108ffff"], 1, ["offset"]),
            (["disassemble", "0xg0"], 1, ["0xg0"]),
            (["disassemble", folder.path], 1, [folder.path]),
            (["assemble", syntax], 1, [syntax + ":2:"]),
            (["check", folder.path], 1, [folder.path]),
            (["assemble", syntax, "-o", folder.path], 1, [syntax]),
            (["test"], 2, ["PATH"]),
            (["test", "/nonexistent/tests"], 2, ["/nonexistent/tests"]),
        ]
        for (arguments, status, fragments) in cases {
            guard let outcome = try Self.run(arguments) else { return }
            #expect(outcome.status == status, "\(arguments)")
            for fragment in fragments {
                #expect(outcome.standardError.contains(fragment), "\(arguments): \(outcome.standardError)")
            }
        }
    }
}
