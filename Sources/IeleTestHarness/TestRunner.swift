import IeleNumerics
import IeleVM

/// Runs a `ConformanceTest` through the machine and compares every checked field, as the
/// reference's node-mode harness does: every `results` entry, and a final state equal to `postState`
/// (no account missing, none extra).
public struct TestRunner: Sendable {
    /// `.vmTests` runs the reference's VMTESTS mode (calls and creates not executed).
    public var mode: ExecutionMode

    public init(mode: ExecutionMode = .normal) {
        self.mode = mode
    }

    /// Runs `test` from its `pre` state and reports every difference.
    public func run(_ test: ConformanceTest) -> TestReport {
        let machine = VirtualMachine(schedule: test.schedule)
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
                let result = machine.execute(transaction, in: &world, block: header, mode: mode)
                guard index < block.results.count else { continue }
                mismatches += ResultComparison.compare(
                    block.results[index], with: result, block: blockIndex, transaction: index)
            }
        }
        if let post = test.postState {
            mismatches += StateComparison.compare(expected: post, actual: world)
        }
        return TestReport(name: test.name, file: test.file, mismatches: mismatches)
    }
}
