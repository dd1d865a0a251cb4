import IeleNumerics
import IeleVM
import Testing

@testable import IeleTestHarness

@Suite("Comparing results and states")
struct ComparisonTests {
    let actual = TransactionResult(
        status: 0, output: [0x13ba], gasLeft: 1000, logs: [LogEntry(address: 1, topics: [2], data: [3])], refund: 0)

    @Test("a matching expectation gives no mismatch")
    func match() {
        let expected = ExpectedResult(
            output: [0x13ba], status: 0, gasLeft: 1000, logsHash: LogsHash.hash(actual.logs), refund: 0)
        #expect(ResultComparison.compare(expected, with: actual, block: 0, transaction: 0).isEmpty)
        #expect(ResultComparison.compare(ExpectedResult(), with: actual, block: 0, transaction: 0).isEmpty)
    }

    @Test("each wrong field is reported with its transaction and field, expected vs actual")
    func wrongFields() {
        let expected = ExpectedResult(output: [1], status: 4, gasLeft: 999, logsHash: LogsHash.hash([]), refund: 7)
        let mismatches = ResultComparison.compare(expected, with: actual, block: 0, transaction: 2)
        #expect(
            mismatches.map(\.location) == [
                .result(block: 0, transaction: 2, field: .output),
                .result(block: 0, transaction: 2, field: .status),
                .result(block: 0, transaction: 2, field: .gasLeft),
                .result(block: 0, transaction: 2, field: .logs),
                .result(block: 0, transaction: 2, field: .refund),
            ])
        #expect(mismatches[0].expected == "[0x1]")
        #expect(mismatches[0].actual == "[0x13ba]")
        #expect(mismatches[1].description == "block 0 tx 2 status: expected 4 USER_ERROR, got 0 SUCCESS")
        #expect(mismatches[4].expected == "0x7")
    }

    @Test("a negative status from revert is compared as an integer")
    func revertStatus() {
        var reverted = actual
        reverted.status = -1
        let mismatches = ResultComparison.compare(ExpectedResult(status: -1), with: reverted, block: 0, transaction: 0)
        #expect(mismatches.isEmpty)
    }

    @Test("post states must match exactly: missing and extra accounts, every field, storage by key")
    func states() {
        let expected = WorldState(accounts: [
            1: Account(nonce: 1, balance: 10, storage: [5: 6, 7: 8], code: [1]),
            2: Account(),
        ])
        let actual = WorldState(accounts: [
            1: Account(nonce: 2, balance: 10, storage: [5: 6, 9: 1], code: [2]),
            3: Account(),
        ])
        let mismatches = StateComparison.compare(expected: expected, actual: actual)
        #expect(
            Set(mismatches.map(\.location)) == [
                .account(address: 1, field: .nonce),
                .account(address: 1, field: .code),
                .account(address: 1, field: .storage(key: 7)),
                .account(address: 1, field: .storage(key: 9)),
                .account(address: 2, field: .existence),
                .account(address: 3, field: .existence),
            ])
        let missing = mismatches.first { $0.location == .account(address: 2, field: .existence) }
        #expect(missing?.expected == "present")
        #expect(missing?.actual == "absent")
        let storage = mismatches.first { $0.location == .account(address: 1, field: .storage(key: 7)) }
        #expect(storage?.description == "account 0x1 storage[0x7]: expected 0x8, got 0x0")
    }

    @Test("equal states give no mismatch")
    func equalStates() {
        let world = WorldState(accounts: [1: Account(nonce: 1, balance: 2, storage: [3: 4], code: [5])])
        #expect(StateComparison.compare(expected: world, actual: world).isEmpty)
    }

    @Test("the runner checks postState even with no transactions")
    func runnerPostState() {
        let pre = WorldState(accounts: [1: Account(balance: 5)])
        let post = WorldState(accounts: [1: Account(balance: 6)])
        let test = ConformanceTest(name: "T", schedule: .danse, pre: pre, blocks: [], blockHashes: [], postState: post)
        let report = TestRunner().run(test)
        #expect(!report.passed)
        #expect(report.mismatches.map(\.location) == [.account(address: 1, field: .balance)])
        let same = ConformanceTest(name: "T", schedule: .danse, pre: pre, blocks: [], blockHashes: [], postState: pre)
        #expect(TestRunner().run(same).passed)
    }

    @Test("a block with more transactions than results is reported")
    func resultCount() {
        let block = ConformanceTest.Block(
            header: BlockHeader(), transactions: [Transaction(from: 1, to: 2, function: "f", gasLimit: 0)], results: [])
        let test = ConformanceTest(
            name: "T", schedule: .danse, pre: WorldState(), blocks: [block], blockHashes: [], postState: nil)
        #expect(TestRunner().run(test).mismatches.map(\.location) == [.resultCount(block: 0)])
    }
}
