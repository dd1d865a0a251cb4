import Foundation
import Testing

@testable import IeleCLI

/// The tokens after `--call` reach `CallTokens` directly, in one linear pass; swift-argument-parser
/// only sees the command line up to `--call` (it is quadratic in the values of a `.remaining` option).
@Suite struct CallArgumentTests {
    static func file() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("iele-args-\(UUID().uuidString).iele")
        try Data("contract Id { define public @id(%x) { ret %x } define @init() {} }".utf8).write(to: url)
        return url.path
    }

    /// An option among the call's tokens may be spelled `--gas=N` as well as `--gas N`, as before
    /// `--call`; a negative argument with no `=` stays an argument.
    @Test func optionsAfterTheCallTakeEitherSpelling() throws {
        let tokens = try CallTokens(
            ["id", "-5", "--gas=100000", "--value", "7", "--json"], optionsWithOperand: ["--gas", "--value"])
        #expect(tokens.function == "id")
        #expect(tokens.arguments == [-5])
        #expect(tokens.options == ["--gas": "100000", "--value": "7"])
        #expect(tokens.json)
        #expect(throws: CallTokens.Problem.self) {
            try CallTokens(["id", "--other=1"], optionsWithOperand: ["--gas"])
        }
    }

    @Test func splitCutsAtTheCallOption() {
        let split = CallArgumentSplit(["run", "f.iele", "--gas", "5", "--call", "id", "1", "--json"])
        #expect(split?.head == ["run", "f.iele", "--gas", "5"])
        #expect(split?.call == ["id", "1", "--json"])
        // `--call` as the operand of an option is not the call option.
        let operand = CallArgumentSplit(["run", "f.iele", "--init", "--call", "--call", "id"])
        #expect(operand?.head == ["run", "f.iele", "--init", "--call"])
        #expect(operand?.call == ["id"])
        #expect(CallArgumentSplit(["bench", "f.iele", "--runs", "--call"]) == nil)
        #expect(CallArgumentSplit(["run", "f.iele", "--call"]) == nil)
        #expect(CallArgumentSplit(["assemble", "f.iele", "--call", "x"]) == nil)
        #expect(CallArgumentSplit(["run", "--", "--call", "x"]) == nil)
    }

    /// 50,000 arguments (quadratic parsing took 32 s for 20,000): parsed, passed to the call, and the
    /// call fails with FUNC_WRONG_SIG, named, since @id takes one.
    @Test func fiftyThousandArgumentsAreParsed() async throws {
        let file = try Self.file()
        let arguments = (0..<50_000).map { String($0) }
        let capture = ErrorCapture()
        let status = await capture.collecting {
            await IeleCommand.run(arguments: ["run", file, "--call", "id"] + arguments + ["--gas", "1000000"])
        }
        #expect(status == 1)
        #expect(capture.text.contains("iele run: \(file): @id: call failed: status 2 FUNC_WRONG_SIG"))
        let bench = await IeleCommand.run(arguments: ["bench", file, "--call", "id"] + arguments + ["--runs", "1"])
        #expect(bench == 1)
    }

    @Test func optionsBeforeAndAfterTheCallStillApply() async throws {
        let file = try Self.file()
        #expect(await IeleCommand.run(arguments: ["run", file, "--gas", "0", "--call", "id", "1"]) == 1)
        #expect(await IeleCommand.run(arguments: ["run", file, "--call", "id", "1", "--gas", "0"]) == 1)
        #expect(await IeleCommand.run(arguments: ["run", file, "--json", "--call", "id", "1"]) == 0)
        #expect(await IeleCommand.run(arguments: ["run", file, "--call", "id", "1", "--gas"]) == 2)
        #expect(await IeleCommand.run(arguments: ["run", file, "--call"]) == 2)
        #expect(await IeleCommand.run(arguments: ["run", file, "--bogus", "--call", "id", "1"]) == 2)
        #expect(
            await IeleCommand.run(arguments: ["bench", file, "--warmup", "0", "--call", "id", "1", "--runs", "1"]) == 0)
    }
}
