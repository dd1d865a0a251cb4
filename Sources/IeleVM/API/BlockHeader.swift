import IeleNumerics

/// The block a transaction runs in: what the `@iele.*` block queries read.
public struct BlockHeader: Hashable, Sendable {
    public var beneficiary: IeleInt
    public var difficulty: IeleInt
    public var number: IeleInt
    public var gasLimit: IeleInt
    public var timestamp: IeleInt
    /// Hashes of previous blocks, most recent first, as the reference's `blockhashes` list.
    public var blockHashes: [IeleInt]

    public init(
        beneficiary: IeleInt = 0, difficulty: IeleInt = 0, number: IeleInt = 0, gasLimit: IeleInt = 0,
        timestamp: IeleInt = 0, blockHashes: [IeleInt] = []
    ) {
        self.beneficiary = beneficiary
        self.difficulty = difficulty
        self.number = number
        self.gasLimit = gasLimit
        self.timestamp = timestamp
        self.blockHashes = blockHashes
    }
}
