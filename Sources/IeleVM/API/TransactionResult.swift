import IeleCrypto
import IeleNumerics

/// A log entry appended by the `log` instruction.
public struct LogEntry: Hashable, Sendable {
    public var address: IeleInt
    public var topics: [IeleInt]
    public var data: [UInt8]

    public init(address: IeleInt, topics: [IeleInt], data: [UInt8]) {
        self.address = address
        self.topics = topics
        self.data = data
    }
}

/// What a transaction produced, in the terms the reference test format checks.
public struct TransactionResult: Hashable, Sendable {
    /// 0 on success, an exception status 1–9, or the value given to `revert` (any integer).
    public var status: IeleInt
    /// The returned values; for a successful create, the new account's address.
    public var output: [IeleInt]
    /// Gas left at the end, in transaction units (the reference's `gas` field).
    public var gasLeft: IeleInt
    public var logs: [LogEntry]
    /// The refund counter as it stands at the end of the transaction.
    public var refund: IeleInt

    public init(status: IeleInt, output: [IeleInt], gasLeft: IeleInt, logs: [LogEntry], refund: IeleInt) {
        self.status = status
        self.output = output
        self.gasLeft = gasLeft
        self.logs = logs
        self.refund = refund
    }
}

extension LogEntry {
    /// The `logs` field of the reference tests: Keccak-256 of `rlpEncoding(of:)`.
    public static func hash(of logs: [LogEntry]) -> [UInt8] {
        Keccak256.hash(rlpEncoding(of: logs))
    }

    /// The RLP list of `[address (20 bytes), [topics (32 bytes each)], data]` that the reference
    /// hashes (iele-testing.md `#rlpEncodeLogs`); topics are taken modulo 2^256, so negative ones wrap.
    public static func rlpEncoding(of logs: [LogEntry]) -> [UInt8] {
        let items = logs.map { entry in
            RLPItem.list([
                .bytes(entry.address.bigEndianBytes(count: 20)),
                .list(entry.topics.map { .bytes($0.chopped.bigEndianBytes(count: 32)) }),
                .bytes(entry.data),
            ])
        }
        return RLPItem.list(items).encoded
    }
}
