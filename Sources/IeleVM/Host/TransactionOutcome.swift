/// Everything a transaction produced: what the reference reports and what the host must write.
public struct TransactionOutcome: Hashable, Sendable {
    /// Status, output, gas left, logs and refund.
    public var result: TransactionResult
    /// The accounts to create, change and delete. Empty apart from the sender's charge and nonce
    /// when the transaction failed.
    public var changes: StateChanges

    public init(result: TransactionResult, changes: StateChanges) {
        self.result = result
        self.changes = changes
    }
}
