import Foundation
import IeleNumerics
import IeleVM
import Testing

@testable import IeleTestHarness

@Suite("Running tests")
struct TestRunnerTests {
    static let json = Data(
        """
        {"T": {
          "pre": {"0x0a": {"nonce": "0x00", "balance": "0x64", "storage": {}, "code": ""},
                  "0x0b": {"nonce": "0x00", "balance": "0x00", "storage": {}, "code": "0x01"}},
          "blocks": [{"blockHeader": {"number": "0x07"},
                      "transactions": [{"from": "0x0a", "to": "0x0b", "function": "f", "arguments": ["0x02"],
                                        "gasLimit": "0x10", "gasPrice": "0x01", "value": "", "nonce": "0x00",
                                        "contractCode": ""}],
                      "results": [{"out": ["0x04"], "status": "", "gas": "0x0c",
                                   "logs": "0x1dcc4de8dec75d7aab85b567b6ccd41ad312451b948a7413f0a142fd40d49347",
                                   "refund": ""}]}],
          "network": "Albe",
          "blockhashes": ["0x99"],
          "postState": {"0x0a": {"nonce": "0x01", "balance": "0x54", "storage": {}, "code": ""},
                        "0x0b": {"nonce": "0x00", "balance": "0x00", "storage": {"0x01": "0x04"}, "code": "0x01"}}
        }}
        """.utf8)

    /// Squares the argument into storage key 1 of the callee, charges the sender the gas limit, uses 4 gas.
    static let fakeMachine: TestRunner.Executor = { transaction, world, block, schedule, mode in
        let square = transaction.arguments[0] * transaction.arguments[0]
        world[transaction.from]?.nonce += 1
        world[transaction.from]?.balance -= transaction.gasLimit * transaction.gasPrice
        if let to = transaction.to { world[to]?.storage[1] = square }
        let ok = block.number == 7 && block.blockHashes == [0x99] && schedule == .albe && mode == .normal
        return TransactionResult(
            status: ok ? 0 : 1, output: [square], gasLeft: transaction.gasLimit - 4, logs: [], refund: 0)
    }

    @Test("a test the machine satisfies passes; schedule, block and block hashes reach the machine")
    func passes() throws {
        let test = try #require(try TestLoader().load(json: Self.json, baseDirectory: "/").first)
        let report = TestRunner(executor: Self.fakeMachine).run(test)
        #expect(report.mismatches == [])
        #expect(report.passed)
    }

    @Test("a deliberately wrong expectation is reported with the right field")
    func wrongExpectation() throws {
        var test = try #require(try TestLoader().load(json: Self.json, baseDirectory: "/").first)
        test.blocks[0].results[0].gasLeft = 13
        test.postState?[0x0b]?.storage[1] = 5
        let report = TestRunner(executor: Self.fakeMachine).run(test)
        #expect(
            report.mismatches == [
                Mismatch(
                    .result(block: 0, transaction: 0, field: .gasLeft), expected: "13 (0xd)", actual: "12 (0xc)",
                    function: "f"),
                Mismatch(.account(address: 0x0b, field: .storage(key: 1)), expected: "0x5", actual: "0x4"),
            ])
    }
}
