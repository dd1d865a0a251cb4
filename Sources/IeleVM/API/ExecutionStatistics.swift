/// Counters a caller can collect while running transactions, for throughput figures
/// (instructions per second in the benchmarks). Counting costs one increment per instruction.
public struct ExecutionStatistics: Hashable, Sendable {
    /// IELE instructions executed (every decoded instruction, including the implicit `ret`).
    public var instructions: Int
    /// The most memory (in words) any transaction held at once under `Machine.memoryLimit`: the
    /// live frames' peak memory plus what `sstore` kept. For the bytes-per-word figures of
    /// Benchmarks/Memory.md; tracked only where the peak grows, so it costs the fast paths nothing.
    public var peakMemoryWords: Int
    /// The most log data (bytes) any transaction wrote, the other memory a transaction can keep.
    public var loggedBytes: Int

    public init(instructions: Int = 0, peakMemoryWords: Int = 0, loggedBytes: Int = 0) {
        self.instructions = instructions
        self.peakMemoryWords = peakMemoryWords
        self.loggedBytes = loggedBytes
    }
}

extension VirtualMachine {
    /// Runs one transaction in `mode` and adds its counters to `statistics`.
    ///
    /// - Parameters:
    ///   - transaction: the call or create to run.
    ///   - world: the state before; on return, the state after.
    ///   - block: the block the transaction is in.
    ///   - mode: `.normal`, or `.vmTests` for the reference's VMTESTS rules.
    ///   - statistics: counters to add to.
    /// - Returns: what the reference reports for the transaction.
    public func execute(
        _ transaction: Transaction, in world: inout WorldState, block: BlockHeader, mode: ExecutionMode = .normal,
        statistics: inout ExecutionStatistics
    ) -> TransactionResult {
        let (result, overlay) = TransactionProcessor(rules: rules, mode: mode)
            .execute(transaction, on: world, block: block, statistics: &statistics)
        world.apply(overlay)
        return result
    }
}
