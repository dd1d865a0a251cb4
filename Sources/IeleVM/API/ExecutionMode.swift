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
    /// Written by the test-harness helper as the seam it calls; the engine must honour `.vmTests`
    /// here (or replace this with a stored `mode` and forward). Until then it ignores the mode.
    public func execute(
        _ transaction: Transaction, in world: inout WorldState, block: BlockHeader, mode: ExecutionMode
    ) -> TransactionResult {
        execute(transaction, in: &world, block: block)
    }
}
