import IeleNumerics
import IeleVM

/// One test of the reference JSON format (iele-testing.md), with every value decoded and every
/// `code` path already assembled to bytecode.
public struct ConformanceTest: Hashable, Sendable {
    /// The test's key in its file (e.g. `SUM`).
    public var name: String
    /// The file it came from, when loaded from disk.
    public var file: String?
    /// The gas schedule (`network`; `Default` when absent, as the reference's `clear` leaves it).
    public var schedule: GasScheduleName
    /// The world before the first transaction (`pre`).
    public var pre: WorldState
    public var blocks: [Block]
    /// `blockhashes`, as listed.
    public var blockHashes: [IeleInt]
    /// The world expected after the last transaction (`postState`); nil when the test has none.
    public var postState: WorldState?

    /// A block of the test: its header, its transactions and, index for index, their expected results.
    public struct Block: Hashable, Sendable {
        public var header: BlockHeader
        public var transactions: [Transaction]
        public var results: [ExpectedResult]

        public init(header: BlockHeader, transactions: [Transaction], results: [ExpectedResult]) {
            self.header = header
            self.transactions = transactions
            self.results = results
        }
    }

    public init(
        name: String, file: String? = nil, schedule: GasScheduleName, pre: WorldState, blocks: [Block],
        blockHashes: [IeleInt], postState: WorldState?
    ) {
        self.name = name
        self.file = file
        self.schedule = schedule
        self.pre = pre
        self.blocks = blocks
        self.blockHashes = blockHashes
        self.postState = postState
    }
}

/// The expected result of one transaction (`results[i]`); a nil field is not checked, as the
/// reference checks only the keys present.
public struct ExpectedResult: Hashable, Sendable {
    /// `out`: the returned values (for a create, the new address).
    public var output: [IeleInt]?
    /// `status`: 0 for success, an exception code, or the value given to `revert`.
    public var status: IeleInt?
    /// `gas`: gas left, in transaction units.
    public var gasLeft: IeleInt?
    /// `logs`: keccak256 of the RLP of the logs (see `LogsHash`).
    public var logsHash: [UInt8]?
    /// `refund`: the refund counter.
    public var refund: IeleInt?

    public init(
        output: [IeleInt]? = nil, status: IeleInt? = nil, gasLeft: IeleInt? = nil, logsHash: [UInt8]? = nil,
        refund: IeleInt? = nil
    ) {
        self.output = output
        self.status = status
        self.gasLeft = gasLeft
        self.logsHash = logsHash
        self.refund = refund
    }
}
