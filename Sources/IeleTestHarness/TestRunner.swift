import IeleNumerics
import IeleVM

/// Runs a `ConformanceTest` through the machine and compares every checked field, as the
/// reference's node-mode harness does: every `results` entry, and a final state equal to `postState`
/// (no account missing, none extra).
public struct TestRunner: Sendable {
    /// Runs one transaction under a schedule and mode; `VirtualMachine` unless a test substitutes one.
    public typealias Executor =
        @Sendable (
            _ transaction: Transaction, _ world: inout WorldState, _ block: BlockHeader, _ schedule: GasScheduleName,
            _ mode: ExecutionMode
        ) -> TransactionResult

    /// `.vmTests` runs the reference's VMTESTS mode (calls and creates not executed).
    public var mode: ExecutionMode
    public var executor: Executor

    public init(mode: ExecutionMode = .normal, executor: @escaping Executor = TestRunner.virtualMachine) {
        self.mode = mode
        self.executor = executor
    }

    /// The real machine: `VirtualMachine(schedule:)` running in `mode`.
    public static let virtualMachine: Executor = { transaction, world, block, schedule, mode in
        VirtualMachine(schedule: schedule).execute(transaction, in: &world, block: block, mode: mode)
    }

    /// Runs `test` from its `pre` state and reports every difference.
    public func run(_ test: ConformanceTest) -> TestReport {
        var world = test.pre
        var mismatches: [Mismatch] = []
        for (blockIndex, block) in test.blocks.enumerated() {
            var header = block.header
            header.blockHashes = test.blockHashes
            if block.results.count != block.transactions.count {
                mismatches.append(
                    Mismatch(
                        .resultCount(block: blockIndex), expected: "\(block.transactions.count)",
                        actual: "\(block.results.count)"))
            }
            for (index, transaction) in block.transactions.enumerated() {
                let result = executor(transaction, &world, header, test.schedule, mode)
                guard index < block.results.count else { continue }
                mismatches += ResultComparison.compare(
                    block.results[index], with: result, block: blockIndex, transaction: index,
                    function: transaction.to == nil ? "init" : transaction.function)
            }
        }
        if let post = test.postState {
            mismatches += StateComparison.compare(expected: post, actual: world)
        }
        return TestReport(name: test.name, file: test.file, mismatches: mismatches)
    }
}
