import Foundation
import IeleCLI
import Testing

/// Bad input to every command: each gets a non-zero status (1 for bad input, 2 for a usage
/// error) and a message on standard error, never a crash (project brief, "Bad input of every kind").
@Suite struct HostileInputTests {
    static let identity = """
        contract Id {
          define public @id(%x) { ret %x }
          define public @none() { ret void }
          define @init() {}
        }
        """

    static func temporaryFile(_ name: String, bytes: [UInt8]) throws -> String {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("iele-hostile-\(UUID().uuidString)-\(name)")
        try Data(bytes).write(to: url)
        return url.path
    }

    static func temporaryFile(_ name: String, _ text: String) throws -> String {
        try temporaryFile(name, bytes: Array(text.utf8))
    }

    static func temporaryDirectory(_ name: String = "dir") throws -> String {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("iele-hostile-\(UUID().uuidString)-\(name)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    static func status(_ arguments: [String]) async -> Int32 {
        await IeleCommand.run(arguments: arguments)
    }

    // MARK: - iele run

    @Test func runWithAbsurdArguments() async throws {
        let file = try Self.temporaryFile("id.iele", Self.identity)
        let huge = "1" + String(repeating: "0", count: 2000)
        #expect(await Self.status(["run", file, "--call", "id", huge]) == 0)
        #expect(await Self.status(["run", file, "--call", "id", "-" + huge]) == 0)
        #expect(await Self.status(["run", file, "--call", "id", "0x" + String(repeating: "f", count: 3000)]) == 0)
        #expect(await Self.status(["run", file, "--call", "id", "0xzz"]) == 1)
        #expect(await Self.status(["run", file, "--call", "id", "12abc"]) == 1)
        #expect(await Self.status(["run", file, "--call", "id", ""]) == 1)
        #expect(await Self.status(["run", file, "--call", "nope"]) == 1)
        #expect(await Self.status(["run", file, "--call", "id"]) == 1)
        #expect(await Self.status(["run", file, "--call", "id", "1", "2"]) == 1)
        #expect(await Self.status(["run", file, "--call", "@init"]) == 1)
    }

    @Test func runWithAbsurdGasAndValue() async throws {
        let file = try Self.temporaryFile("id.iele", Self.identity)
        #expect(await Self.status(["run", file, "--call", "id", "1", "--gas", "-1"]) == 1)
        #expect(await Self.status(["run", file, "--call", "id", "1", "--gas", "0"]) == 1)
        // 10^100 gas is more than the local chain's sender can pay for: OUT_OF_FUNDS, not a trap.
        let googol = "1" + String(repeating: "0", count: 100)
        #expect(await Self.status(["run", file, "--call", "id", "1", "--gas", googol]) == 1)
        let large = "1" + String(repeating: "0", count: 30)
        #expect(await Self.status(["run", file, "--call", "id", "1", "--gas", large]) == 0)
        #expect(await Self.status(["run", file, "--call", "id", "1", "--gas", "10^100"]) == 1)
        #expect(await Self.status(["run", file, "--call", "id", "1", "--value", "-5"]) == 1)
        let fortune = "1" + String(repeating: "0", count: 200)
        #expect(await Self.status(["run", file, "--call", "none", "--value", fortune]) == 1)
        #expect(await Self.status(["run", file, "--call", "id", "1", "--init", "1,,x"]) == 1)
        #expect(await Self.status(["run", file, "--call", "id", "1", "--init", "5"]) == 1)
    }

    @Test func runUsageErrors() async throws {
        let file = try Self.temporaryFile("id.iele", Self.identity)
        #expect(await Self.status(["run", file]) == 2)
        #expect(await Self.status(["run", file, "--call"]) == 2)
        #expect(await Self.status(["run", file, "--call", "id", "1", "--gas"]) == 2)
        #expect(await Self.status(["run"]) == 2)
    }

    @Test func runWithBadFiles() async throws {
        #expect(await Self.status(["run", "/nonexistent/x.iele", "--call", "id", "1"]) == 1)
        #expect(await Self.status(["run", try Self.temporaryDirectory(), "--call", "id", "1"]) == 1)
        let binary = try Self.temporaryFile("bin.iele", bytes: [0xff, 0xfe, 0x00, 0xc3, 0x28, 0x80])
        #expect(await Self.status(["run", binary, "--call", "id", "1"]) == 1)
        #expect(await Self.status(["run", try Self.temporaryFile("empty.iele", ""), "--call", "id", "1"]) == 1)
        let truncated = try Self.temporaryFile("cut.iele", String(Self.identity.prefix(40)))
        #expect(await Self.status(["run", truncated, "--call", "id", "1"]) == 1)
        let reverting = try Self.temporaryFile(
            "rev.iele", "contract R { define public @f() { ret void } define @init() { revert 3 } }")
        #expect(await Self.status(["run", reverting, "--call", "f"]) == 1)
    }

    // MARK: - iele test

    static func testFile(_ text: String, name: String = "t.iele.json") throws -> String {
        let folder = try temporaryDirectory()
        let path = (folder as NSString).appendingPathComponent(name)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// A one-transaction test calling `function` of a contract at 0x1000, with `fields` spliced in.
    static func conformanceTest(
        code: String = "\"0x\"", nonce: String = "0x00", balance: String = "0xe8d4a51000",
        gasLimit: String = "0x100000",
        to: String = "0x1000000000000000000000000000000000000000", arguments: String = "[\"0x00\"]"
    ) -> String {
        """
        {"T": {
          "pre": {
            "0xa94f5374fce5edbc8e2a8697c15331677e6ebf0b":
              {"nonce": "\(nonce)", "balance": "\(balance)", "storage": {}, "code": ""},
            "0x1000000000000000000000000000000000000000":
              {"nonce": "0x00", "balance": "0x00", "storage": {}, "code": \(code)}
          },
          "blocks": [{
            "results": [{"out": [], "status": "", "gas": "0x00", "logs": "0x00", "refund": ""}],
            "transactions": [{"nonce": "\(nonce)", "function": "f", "gasLimit": "\(gasLimit)", "value": "0x00",
              "to": "\(to)", "arguments": \(arguments), "contractCode": "", "gasPrice": "0x01",
              "from": "0xa94f5374fce5edbc8e2a8697c15331677e6ebf0b"}],
            "blockHeader": {"gasLimit": "0x174876e800", "number": "0x01", "difficulty": "0x020000",
              "timestamp": "0x03e8", "coinbase": "0x2adc25665018aa1fe0e6bc666dac8fc2697ff9ba"}
          }],
          "network": "Danse",
          "postState": {}
        }}
        """
    }

    static let malformedTests: [String] = [
        "",
        "{",
        "not json at all",
        "[]",
        "\"just a string\"",
        "{\"T\": 5}",
        "{\"T\": {}}",
        "{\"T\": {\"pre\": [], \"blocks\": []}}",
        "{\"T\": {\"pre\": {}, \"blocks\": {}}}",
        "{\"T\": {\"pre\": {}, \"blocks\": [5]}}",
        "{\"T\": {\"pre\": {}, \"blocks\": [], \"network\": \"Frontier\"}}",
        "{\"T\": {\"pre\": {\"zz\": {}}, \"blocks\": []}}",
        "{\"T\": {\"pre\": {\"0x01\": {\"balance\": 12}}, \"blocks\": []}}",
        "{\"T\": {\"pre\": {\"0x01\": {\"code\": \"0xgg\"}}, \"blocks\": []}}",
        "{\"T\": {\"pre\": {\"0x01\": {\"code\": \"missing/file.iele\"}}, \"blocks\": []}}",
        "{\"T\": {\"pre\": {\"0x01\": {\"code\": \".\"}}, \"blocks\": []}}",
        "{\"T\": {\"pre\": {\"0x01\": {\"storage\": {\"0xq\": \"0x1\"}}}, \"blocks\": []}}",
        "{\"T\": {\"pre\": {}, \"blocks\": [], \"blockhashes\": [\"0x1\", 7]}}",
        conformanceTest(nonce: "banana"),
        conformanceTest(gasLimit: "0x-5"),
        conformanceTest(to: "0x10000000000000000000000000000000000000zz"),
        conformanceTest(arguments: "[\"0x1\", {}]"),
        conformanceTest(arguments: "\"0x1\""),
        String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000),
        "{\"T\": " + String(repeating: "{\"a\": ", count: 20_000) + "1" + String(repeating: "}", count: 20_001),
    ]

    @Test(arguments: malformedTests.indices)
    func malformedTestFilesFail(_ index: Int) async throws {
        let path = try Self.testFile(Self.malformedTests[index])
        #expect(await Self.status(["test", path]) == 1, "\(Self.malformedTests[index].prefix(120))")
    }

    @Test func absurdNumbersInATestRunToAResult() async throws {
        let huge = "0x" + String(repeating: "f", count: 4000)
        let code = "\"0x0000000963006800000000f60000\""  // public @init { ret void }: no @f, FUNCTION_NOT_FOUND
        for text in [
            Self.conformanceTest(code: code, nonce: huge, balance: huge),
            Self.conformanceTest(code: code, gasLimit: huge),
            Self.conformanceTest(code: code, gasLimit: "-" + huge),
            Self.conformanceTest(code: code, arguments: "[\"\(huge)\", \"-\(huge)\"]"),
            Self.conformanceTest(code: "\"0x00000006\"", gasLimit: "0x100000"),
            Self.conformanceTest(code: "\"0xffffffff63ff\""),
        ] {
            // The expectations are placeholders, so each test fails, but it runs to a comparison.
            #expect(await Self.status(["test", try Self.testFile(text)]) == 1)
        }
    }

    @Test func testCommandPathsAndUsage() async throws {
        #expect(await Self.status(["test"]) == 2)
        #expect(await Self.status(["test", "/nonexistent/dir"]) == 2)
        #expect(await Self.status(["test", try Self.temporaryDirectory()]) == 0)  // no tests: 0 passed, 0 failed
        // A folder whose name looks like a test file is reported, not read as one.
        let folder = try Self.temporaryDirectory()
        try FileManager.default.createDirectory(
            atPath: (folder as NSString).appendingPathComponent("x.iele.json"), withIntermediateDirectories: true)
        #expect(await Self.status(["test", folder]) == 1)
        #expect(await Self.status(["test", (folder as NSString).appendingPathComponent("x.iele.json")]) == 0)
    }

    // MARK: - iele disassemble, assemble, check

    static let hostileBytecode: [String] = [
        "0x",
        "0x00",
        "0x0000000263",
        "0xffffffff6300",
        "0x00000006630067000000",
        "0x0000000c6300670000000000f6ffff",
        "0x0000000963016a000401020304",
        "0x00000009630068ffff61b8ff",
        "0x0000000c630068000000006108ffff",
        "0x000000126300680000000062f8000000ffffffff",
        "0x0000000963206800000000603fffffff",
        "abc",
        "0xg0",
        String(repeating: "00", count: 70_000),
    ]

    @Test(arguments: hostileBytecode.indices)
    func disassembleRejectsHostileBytes(_ index: Int) async throws {
        let text = Self.hostileBytecode[index]
        let status = await Self.status(["disassemble", text])
        // The empty contract is valid bytecode (the empty program); everything else is not.
        if text == "0x" {
            #expect(status == 0)
        } else {
            #expect(status == 1, "\(text.prefix(60))")
        }
        let file = try Self.temporaryFile("code.bin", bytes: Array(text.utf8))
        #expect(await Self.status(["disassemble", file]) == (text == "0x" ? 0 : 1))
    }

    @Test func disassembleOfRandomBytesNeverCrashes() async throws {
        var state: UInt64 = 0x0bad_c0de
        for length in [1, 5, 6, 7, 16, 64, 300] {
            var bytes: [UInt8] = []
            for _ in 0..<length {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                bytes.append(UInt8(truncatingIfNeeded: state >> 33))
            }
            let file = try Self.temporaryFile("random.bin", bytes: bytes)
            #expect(await Self.status(["disassemble", file]) == 1)
        }
    }

    @Test func directoriesAndGarbageAreInvalidInput() async throws {
        let folder = try Self.temporaryDirectory()
        for command in ["assemble", "check", "disassemble"] {
            #expect(await Self.status([command, folder]) == 1, "\(command) of a folder")
        }
        let garbage = try Self.temporaryFile("garbage.iele", bytes: [0xff, 0x00, 0xfe, 0x80, 0x7b, 0x7d])
        #expect(await Self.status(["assemble", garbage]) == 1)
        #expect(await Self.status(["check", garbage]) == 1)
        let empty = try Self.temporaryFile("empty.iele", "")
        #expect(await Self.status(["assemble", empty]) == 1)
        let absurd = try Self.temporaryFile(
            "absurd.iele", "contract A { define @init() { %x = \(String(repeating: "9", count: 100_000)) } }")
        #expect(await Self.status(["check", absurd]) == 0)
        #expect(await Self.status(["assemble", absurd, "-o", folder]) == 1)  // output path is a folder
        #expect(await Self.status(["assemble", absurd, "-o", "/nonexistent/dir/out.bin"]) == 1)
    }
}
