import IeleNumerics
import IeleVM

/// Compares a transaction's result with its `results` entry, field by field.
enum ResultComparison {
    static func compare(
        _ expected: ExpectedResult, with actual: TransactionResult, block: Int, transaction: Int,
        function: String? = nil
    ) -> [Mismatch] {
        var mismatches: [Mismatch] = []
        func note(_ field: Mismatch.ResultField, _ expected: String, _ actual: String) {
            mismatches.append(
                Mismatch(
                    .result(block: block, transaction: transaction, field: field), expected: expected, actual: actual,
                    function: function))
        }
        if let output = expected.output, output != actual.output {
            note(.output, list(output), list(actual.output))
        }
        if let status = expected.status, status != actual.status {
            note(.status, StatusName.describe(status), StatusName.describe(actual.status))
        }
        if let gas = expected.gasLeft, gas != actual.gasLeft {
            note(.gasLeft, "\(gas) (\(gas.hexString))", "\(actual.gasLeft) (\(actual.gasLeft.hexString))")
        }
        if let logsHash = expected.logsHash {
            let actualHash = LogsHash.hash(actual.logs)
            if logsHash != actualHash {
                note(.logs, TestValue.hex(logsHash), TestValue.hex(actualHash) + " from " + describe(actual.logs))
            }
        }
        if let refund = expected.refund, refund != actual.refund {
            note(.refund, refund.hexString, actual.refund.hexString)
        }
        return mismatches
    }

    static func list(_ values: [IeleInt]) -> String {
        "[" + values.map(\.hexString).joined(separator: ", ") + "]"
    }

    /// The logs in readable form, so a hash mismatch says what was logged.
    static func describe(_ logs: [LogEntry]) -> String {
        let entries = logs.map { log in
            "{\(log.address.hexString) \(list(log.topics)) \(TestValue.hex(log.data))}"
        }
        return "[" + entries.joined(separator: ", ") + "]"
    }
}

/// Compares a final world state with `postState`, exactly.
enum StateComparison {
    static func compare(expected: WorldState, actual: WorldState) -> [Mismatch] {
        var mismatches: [Mismatch] = []
        let addresses = Set(expected.accounts.keys).union(actual.accounts.keys).sorted()
        for address in addresses {
            switch (expected[address], actual[address]) {
            case (let want?, let have?):
                mismatches += compare(want, have, address: address)
            case (.some, nil):
                mismatches.append(
                    Mismatch(.account(address: address, field: .existence), expected: "present", actual: "absent"))
            case (nil, .some):
                mismatches.append(
                    Mismatch(.account(address: address, field: .existence), expected: "absent", actual: "present"))
            case (nil, nil):
                break
            }
        }
        return mismatches
    }

    static func compare(_ expected: Account, _ actual: Account, address: IeleInt) -> [Mismatch] {
        var mismatches: [Mismatch] = []
        func note(_ field: Mismatch.AccountField, _ want: String, _ have: String) {
            mismatches.append(Mismatch(.account(address: address, field: field), expected: want, actual: have))
        }
        if expected.nonce != actual.nonce { note(.nonce, expected.nonce.hexString, actual.nonce.hexString) }
        if expected.balance != actual.balance { note(.balance, expected.balance.hexString, actual.balance.hexString) }
        if expected.code != actual.code { note(.code, TestValue.hex(expected.code), TestValue.hex(actual.code)) }
        let keys = Set(expected.storage.keys).union(actual.storage.keys).sorted()
        for key in keys {
            let want = expected.storage[key] ?? 0
            let have = actual.storage[key] ?? 0
            if want != have { note(.storage(key: key), want.hexString, have.hexString) }
        }
        return mismatches
    }
}
