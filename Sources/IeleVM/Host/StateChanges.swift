import IeleNumerics

/// What one transaction did to the world, for its host to write: the state part of an outcome
/// (ARCHITECTURE.md "Boundaries that matter").
///
/// Apply `deletedAccounts` first, then `accounts`; an address is never in both. Accounts the
/// transaction created and left empty are not reported (iele-node.md `#trimAccounts`), nor are
/// accounts it only read or changed and then rolled back.
public struct StateChanges: Hashable, Sendable {
    /// The accounts that are new or changed, by address.
    public var accounts: [IeleInt: AccountChange]
    /// Accounts the host had that self-destructed (iele.md `#finalizeTx` removes them).
    public var deletedAccounts: Set<IeleInt>

    public init(accounts: [IeleInt: AccountChange] = [:], deletedAccounts: Set<IeleInt> = []) {
        self.accounts = accounts
        self.deletedAccounts = deletedAccounts
    }

    /// Whether the transaction changed nothing.
    public var isEmpty: Bool { accounts.isEmpty && deletedAccounts.isEmpty }
}

/// The new state of one account that a transaction created or changed.
public struct AccountChange: Hashable, Sendable {
    public var nonce: IeleInt
    public var balance: IeleInt
    /// The new code, when it changed (a create); nil keeps the code the host has.
    public var code: [UInt8]?
    /// Whether every storage cell the host has for the account goes before `storage` is written:
    /// a create over an existing empty account clears its storage (iele.md `#initAccount`).
    public var resetsStorage: Bool
    /// The storage cells the transaction wrote, with their new values; zero deletes the cell.
    public var storage: [IeleInt: IeleInt]

    public init(
        nonce: IeleInt, balance: IeleInt, code: [UInt8]? = nil, resetsStorage: Bool = false,
        storage: [IeleInt: IeleInt] = [:]
    ) {
        self.nonce = nonce
        self.balance = balance
        self.code = code
        self.resetsStorage = resetsStorage
        self.storage = storage
    }
}
