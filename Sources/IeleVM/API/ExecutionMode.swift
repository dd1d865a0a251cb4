/// How the machine runs a transaction: the reference's `<mode>` cell (iele.md configuration,
/// well-formedness.md `Mode`).
///
/// `vmTests` is the reference's VMTESTS mode for its VM tests: `call*` and `create*` instructions are
/// not executed (the callee's world changes are dropped, no nonce bump, no code-deposit charge) and
/// `@iele.blockhash` returns keccak of the block number's decimal text instead of a stored hash.
public enum ExecutionMode: Hashable, Sendable {
    case normal
    case vmTests
}

extension VirtualMachine {
    /// Runs one transaction in `mode`.
    ///
    /// - Parameters:
    ///   - transaction: the call or create to run.
    ///   - world: the state before; on return, the state after.
    ///   - block: the block the transaction is in.
    ///   - mode: `.normal`, or `.vmTests` for the reference's VMTESTS rules.
    /// - Returns: what the reference reports for the transaction.
    public func execute(
        _ transaction: Transaction, in world: inout WorldState, block: BlockHeader, mode: ExecutionMode
    ) -> TransactionResult {
        var statistics = ExecutionStatistics()
        return execute(transaction, in: &world, block: block, mode: mode, statistics: &statistics)
    }
}
