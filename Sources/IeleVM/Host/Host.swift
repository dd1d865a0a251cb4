import IeleNumerics

/// What the VM reads from the chain it runs on: accounts and storage cells.
///
/// The interpreter never sees a database or a socket. A transaction reads through a `Host` the first
/// time it touches an account or a storage cell, keeps what it read in its own journaled overlay
/// (`WorldJournal`), and writes only there; the host sees the writes afterwards, as the
/// ``StateChanges`` of the ``TransactionOutcome``. Every requirement is a read, and each answers a
/// query of the reference's node interface (iele-node.md hooks; the external VM's `msg.proto`).
///
/// Block hashes are not a host requirement: they travel with the block, in
/// ``BlockHeader/blockHashes`` (the answer to `GetBlockhash` for the 256 offsets a contract may ask).
///
/// Conformances are the in-memory ``WorldState`` (tests, CLI, benchmarks), the protobuf server's
/// client-backed host and the chain database. The protocol does not require `Sendable`: the VM calls
/// the host only on the task that called ``VirtualMachine/execute(_:on:block:mode:)``, during that
/// call, and keeps no reference afterwards. A host shared between tasks should be a `Sendable` value
/// type (as `WorldState` is) or a final class that synchronises its own caches.
public protocol Host {
    /// The account at `address`, or nil when the chain has no such account.
    ///
    /// Answers `GetAccount` (nonce, balance, whether there is code: iele-node.md `#getNonce`,
    /// `#getBalance`, `#isCodeEmpty`) together with `GetCode` (`#getCode`) when there is code.
    /// Asked at most once per account and transaction.
    func account(at address: IeleInt) -> AccountInfo?

    /// The value of one storage cell of `address`; zero when the cell (or the account) is absent.
    ///
    /// Answers `GetStorageData` (iele-node.md `#getStorageData`, read by `#lookupStorage`). Asked at
    /// most once per cell and transaction, and only for accounts `account(at:)` reported.
    func storage(of address: IeleInt, at key: IeleInt) -> IeleInt
}

/// One account as a ``Host`` reports it: everything but its storage, which is read cell by cell.
public struct AccountInfo: Hashable, Sendable {
    public var nonce: IeleInt
    public var balance: IeleInt
    /// The deployed bytecode; empty for an account without code.
    public var code: [UInt8]

    public init(nonce: IeleInt = 0, balance: IeleInt = 0, code: [UInt8] = []) {
        self.nonce = nonce
        self.balance = balance
        self.code = code
    }
}
