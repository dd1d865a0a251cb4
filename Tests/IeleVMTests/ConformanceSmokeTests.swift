import Foundation
import IeleNumerics
import Testing

@testable import IeleVM

/// A temporary runner for the 96 assembled conformance tests (until the harness target lands):
/// loads each `.test-assembled` file, runs its transactions and compares status, output, gas,
/// logs, refund and the whole final state.
enum Conformance {
    static var root: URL? {
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let path = ProcessInfo.processInfo.environment["IELE_CONFORMANCE"] ?? "../shared/conformance"
        let url = path.hasPrefix("/") ? URL(fileURLWithPath: path) : packageRoot.appendingPathComponent(path)
        return FileManager.default.fileExists(atPath: url.path) ? url.standardizedFileURL : nil
    }

    static var files: [String] {
        guard let root else { return [] }
        let base = root.appendingPathComponent("derived/assembled/tests/iele/danse")
        guard let enumerator = FileManager.default.enumerator(atPath: base.path) else { return [] }
        return enumerator.compactMap { $0 as? String }.filter { $0.hasSuffix(".test-assembled") }.sorted()
    }

    static func int(_ any: Any?) -> IeleInt {
        guard var text = any as? String else { return .zero }
        var negative = false
        if text.hasPrefix("-") {
            negative = true
            text.removeFirst()
        }
        if text.hasPrefix("0x") { text.removeFirst(2) }
        if text.isEmpty { return .zero }
        let value = IeleInt(text, radix: 16) ?? .zero
        return negative ? value.negated() : value
    }

    static func bytes(_ any: Any?) -> [UInt8] {
        guard var text = any as? String else { return [] }
        if text.hasPrefix("0x") { text.removeFirst(2) }
        var result: [UInt8] = []
        var index = text.startIndex
        while index < text.endIndex, let next = text.index(index, offsetBy: 2, limitedBy: text.endIndex) {
            result.append(UInt8(text[index..<next], radix: 16) ?? 0)
            index = next
        }
        return result
    }

    static func world(_ json: [String: Any]) -> WorldState {
        var world = WorldState()
        for (address, value) in json {
            guard let account = value as? [String: Any] else { continue }
            var storage: [IeleInt: IeleInt] = [:]
            for (k, v) in (account["storage"] as? [String: Any]) ?? [:] where !int(v).isZero {
                storage[int(k)] = int(v)
            }
            world[int(address)] = Account(
                nonce: int(account["nonce"]), balance: int(account["balance"]), storage: storage,
                code: bytes(account["code"]))
        }
        return world
    }

    /// Runs one file; returns the mismatches (empty when it passes).
    static func run(_ file: String) -> [String] {
        guard let root else { return ["conformance corpus not found"] }
        let url = root.appendingPathComponent("derived/assembled/tests/iele/danse").appendingPathComponent(file)
        guard let data = try? Data(contentsOf: url),
            let top = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { return ["cannot read \(file)"] }
        var problems: [String] = []
        for (name, value) in top {
            guard let test = value as? [String: Any] else { continue }
            var schedule = GasScheduleName(rawValue: (test["network"] as? String) ?? "Danse") ?? .danse
            if ProcessInfo.processInfo.environment["IELE_SMOKE_FORCE_ALBE"] != nil { schedule = .albe }
            let vm = VirtualMachine(schedule: schedule)
            var world = world((test["pre"] as? [String: Any]) ?? [:])
            let hashes = ((test["blockhashes"] as? [Any]) ?? []).map { int($0) }
            for (b, blockAny) in ((test["blocks"] as? [Any]) ?? []).enumerated() {
                guard let blockJSON = blockAny as? [String: Any] else { continue }
                let header = (blockJSON["blockHeader"] as? [String: Any]) ?? [:]
                let block = BlockHeader(
                    beneficiary: int(header["coinbase"]), difficulty: int(header["difficulty"]),
                    number: int(header["number"]), gasLimit: int(header["gasLimit"]),
                    timestamp: int(header["timestamp"]), blockHashes: hashes)
                let transactions = (blockJSON["transactions"] as? [[String: Any]]) ?? []
                let results = (blockJSON["results"] as? [[String: Any]]) ?? []
                for (t, tx) in transactions.enumerated() {
                    let toText = (tx["to"] as? String) ?? ""
                    let transaction = Transaction(
                        from: int(tx["from"]), to: toText.isEmpty ? nil : int(toText),
                        function: (tx["function"] as? String) ?? "",
                        arguments: ((tx["arguments"] as? [Any]) ?? []).map { int($0) },
                        contractCode: bytes(tx["contractCode"]), value: int(tx["value"]),
                        gasLimit: int(tx["gasLimit"]), gasPrice: int(tx["gasPrice"]), nonce: int(tx["nonce"]))
                    let result = vm.execute(transaction, in: &world, block: block)
                    guard t < results.count else { continue }
                    let expected = results[t]
                    let where_ = "\(name) block \(b) tx \(t) (\(transaction.function))"
                    if result.status != int(expected["status"]) {
                        problems.append("\(where_): status \(result.status) expected \(int(expected["status"]))")
                    }
                    let out = ((expected["out"] as? [Any]) ?? []).map { int($0) }
                    if result.output != out { problems.append("\(where_): out \(result.output) expected \(out)") }
                    if result.gasLeft != int(expected["gas"]) {
                        problems.append("\(where_): gas \(result.gasLeft) expected \(int(expected["gas"]))")
                    }
                    let logs = IeleInt(bigEndianUnsigned: LogEntry.hash(of: result.logs))
                    if let l = expected["logs"], logs != int(l) { problems.append("\(where_): logs differ") }
                    if result.refund != int(expected["refund"]) {
                        problems.append("\(where_): refund \(result.refund) expected \(int(expected["refund"]))")
                    }
                }
            }
            let post = self.world((test["postState"] as? [String: Any]) ?? [:])
            if post != world {
                for address in Set(post.accounts.keys).union(world.accounts.keys)
                where post[address] != world[address] {
                    let got = String(describing: world[address])
                    let expected = String(describing: post[address])
                    problems.append("\(name): account \(address.hexString): got \(got) expected \(expected)")
                }
            }
        }
        return problems
    }
}

@Suite struct ConformanceSmokeTests {
    @Test(arguments: Conformance.files)
    func conformance(_ file: String) {
        let start = ContinuousClock.now
        let problems = Conformance.run(file)
        if ProcessInfo.processInfo.environment["IELE_SMOKE_TIMING"] != nil {
            print("timing \(file): \(ContinuousClock.now - start)")
        }
        for p in problems.prefix(6) { Issue.record("\(file): \(p)") }
    }

    @Test func corpusIsPresent() {
        if Conformance.root == nil {
            print("IELE conformance corpus not found (set IELE_CONFORMANCE); smoke tests skipped")
        }
        #expect(Conformance.root == nil || Conformance.files.count == 96)
    }
}
