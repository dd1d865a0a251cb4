import Foundation
import IeleCrypto
import IeleNumerics
import IeleVM

/// The contract workloads. Sizes match Benchmarks/evm/workloads.py, which runs the same work on
/// EVMs; change both together.
extension ContractWorkload {
    static let sumN = 100_000
    static let fibN = 20
    static let keccakRounds = 10_000
    static let tokenSupply = 1_000_000_000
    static let tokenTransfers = 2_000
    static let firstRecipient = 0x10000

    static func catalog() -> [ContractWorkload] {
        let folder = FileText.workloads
        var list: [ContractWorkload] = [
            ContractWorkload(
                name: "sum-loop", summary: "sum 1..\(sumN), small-integer loop",
                sourcePath: folder + "/Sum.iele", calls: [Call(function: "sum", arguments: [IeleInt(sumN)])],
                check: expectOutput(IeleInt(sumN * (sumN + 1) / 2))),
            ContractWorkload(
                name: "fib-recursive", summary: "fib(\(fibN)) by double recursion (local calls)",
                sourcePath: folder + "/Fib.iele", calls: [Call(function: "fib", arguments: [IeleInt(fibN)])],
                check: expectOutput(fibonacci(fibN))),
            factorial(1_000, folder: folder),
            factorial(5_000, folder: folder),
            ContractWorkload(
                name: "keccak-chain", summary: "\(keccakRounds) chained sha3 of a 32-byte memory cell",
                sourcePath: folder + "/KeccakLoop.iele",
                calls: [Call(function: "hashChain", arguments: [0, IeleInt(keccakRounds)])],
                check: expectOutput(keccakChain(seed: 0, rounds: keccakRounds))),
            ContractWorkload(
                name: "token-loop",
                summary: "\(tokenTransfers) token transfers in one call (internal calls, sstore, log)",
                sourcePath: folder + "/Token.iele", initArguments: [IeleInt(tokenSupply)],
                calls: [Call(
                    function: "transferMany",
                    arguments: [IeleInt(firstRecipient), IeleInt(tokenTransfers), 1])],
                operations: tokenTransfers,
                check: tokenCheck(expectLeft: true)),
            ContractWorkload(
                name: "token-transactions",
                summary: "\(tokenTransfers) token transfers, one transaction each",
                sourcePath: folder + "/Token.iele", initArguments: [IeleInt(tokenSupply)],
                calls: (0..<tokenTransfers).map { index in
                    Call(function: "transfer", arguments: [IeleInt(firstRecipient + index), 1])
                },
                operations: tokenTransfers,
                check: tokenCheck(expectLeft: false)),
        ]
        if let sha3 = corpusSha3() { list.append(sha3) }
        return list
    }

    static func factorial(_ n: Int, folder: String) -> ContractWorkload {
        ContractWorkload(
            name: "factorial-\(n)", summary: "exact \(n)! with unbounded integers",
            sourcePath: folder + "/Factorial.iele", calls: [Call(function: "factorial", arguments: [IeleInt(n)])],
            check: expectOutput((1...n).reduce(IeleInt.one) { $0 * IeleInt($1) }))
    }

    /// The corpus's benchmark/Sha3.iele (Solidity-compiled Keccak in software) with the input and
    /// expected output of tests/iele/danse/sha3/sha3-benchmark.iele.json; nil (with a note) when the
    /// corpus is not found.
    static func corpusSha3() -> ContractWorkload? {
        let root = FileText.conformance
        let source = root + "/benchmark/Sha3.iele"
        let testPath = root + "/tests/iele/danse/sha3/sha3-benchmark.iele.json"
        guard FileManager.default.fileExists(atPath: source),
            let data = FileManager.default.contents(atPath: testPath),
            let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let test = json.values.first as? [String: Any],
            let block = (test["blocks"] as? [[String: Any]])?.first,
            let transaction = (block["transactions"] as? [[String: Any]])?.first,
            let result = (block["results"] as? [[String: Any]])?.first,
            let function = transaction["function"] as? String,
            let argumentTexts = transaction["arguments"] as? [String],
            let outputTexts = result["out"] as? [String]
        else {
            Console.note("sha3-corpus skipped: conformance corpus not found at \(root) (set IELE_CONFORMANCE)")
            return nil
        }
        let arguments = argumentTexts.compactMap { IeleInt(parsingLiteral: $0) }
        let outputs = outputTexts.compactMap { IeleInt(parsingLiteral: $0) }
        return ContractWorkload(
            name: "sha3-corpus", summary: "corpus benchmark/Sha3.iele: Keccak in IELE code (\(function))",
            sourcePath: source, calls: [Call(function: function, arguments: arguments)],
            check: { results, _, _ in
                results.first?.output == outputs ? nil : "output \(results.first?.output ?? []) is not \(outputs)"
            })
    }

    /// The expected value is computed only when a check runs (keccak-chain's and factorial's take
    /// real time, which would otherwise be spent, and profiled, even when those workloads are filtered out).
    static func expectOutput(
        _ expectedValue: @autoclosure @escaping () -> IeleInt
    ) -> (_ results: [TransactionResult], _ world: WorldState, _ contract: IeleInt) -> String? {
        { results, _, _ in
            guard let output = results.last?.output else { return "no result" }
            let expected = expectedValue()
            if output == [expected] { return nil }
            let shown = output.map { $0.description.count > 40 ? "\($0.description.prefix(40))…" : "\($0)" }
            return "returned \(shown), expected \(expected.description.prefix(40))"
        }
    }

    /// After the run, the sender holds supply − transfers and every recipient holds 1.
    static func tokenCheck(
        expectLeft: Bool
    ) -> (_ results: [TransactionResult], _ world: WorldState, _ contract: IeleInt) -> String? {
        { results, world, contract in
            let left = IeleInt(tokenSupply - tokenTransfers)
            if expectLeft, results.last?.output != [left] {
                return "transferMany returned \(results.last?.output ?? []), expected [\(left)]"
            }
            let storage = world[contract]?.storage ?? [:]
            if storage[BenchChain.sender] != left {
                return "sender balance \(storage[BenchChain.sender]?.description ?? "0"), expected \(left)"
            }
            for index in [0, tokenTransfers - 1] where storage[IeleInt(firstRecipient + index)] != 1 {
                return "recipient \(index) balance is not 1"
            }
            return nil
        }
    }

    static func fibonacci(_ n: Int) -> IeleInt {
        var (a, b) = (IeleInt.zero, IeleInt.one)
        for _ in 0..<n { (a, b) = (b, a + b) }
        return a
    }

    /// h ← keccak256(h as 32 big-endian bytes), `rounds` times, computed with IeleCrypto.
    static func keccakChain(seed: IeleInt, rounds: Int) -> IeleInt {
        var bytes = seed.bigEndianBytes(count: 32)
        for _ in 0..<rounds { bytes = Keccak256.hash(bytes) }
        return IeleInt(bigEndianUnsigned: bytes)
    }
}
