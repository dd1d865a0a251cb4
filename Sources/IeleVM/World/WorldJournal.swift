import IeleNumerics

/// The world as one transaction sees and changes it: an overlay over a ``Host`` plus an undo journal.
///
/// An account is read through the host the first time the transaction touches it, a storage cell
/// the first time it is read or written (iele-node.md `#loadAccount`, `#lookupStorage`); what was
/// read is cached and never asked again. Writes go only to the overlay. K pushes a copy of the
/// whole `<accounts>` cell at every call (`#pushWorldState`) and restores it on failure
/// (`#popWorldState`); here a checkpoint is the journal length, and rolling back undoes the entries
/// recorded since, newest first. Filling the cache is not a change and is not journaled: a cached
/// value is what the host has, before and after any rollback. At the end, `changes` is what the
/// surviving entries did, for the host to write.
struct WorldJournal {
    /// One change, and how `revert(to:)` undoes it.
    enum Entry {
        /// An account was created (`#loadAccount` of an account the host lacks, `#newAccount`);
        /// undo: remove it, so it reads as absent again.
        case created(IeleInt)
        /// A balance changed; undo: restore the old balance.
        case balance(IeleInt, IeleInt)
        /// A nonce changed; undo: restore the old nonce.
        case nonce(IeleInt, IeleInt)
        /// A storage cell changed; undo: restore the old cell (value and whether it was written).
        case storage(IeleInt, key: IeleInt, old: StorageCell)
        /// The whole storage was cleared (`#initAccount`); undo: restore the cached cells and
        /// whether cells not cached are read from the host.
        case storageCleared(IeleInt, cells: [IeleInt: StorageCell], readsHostStorage: Bool)
        /// The code changed (`#mkCreate`); undo: restore the old code.
        case code(IeleInt, [UInt8])
    }

    /// A cached storage cell: its value now, and whether the transaction wrote it.
    struct StorageCell {
        var value: IeleInt
        var isWritten: Bool
    }

    /// An account as the transaction sees it.
    struct CachedAccount {
        var nonce: IeleInt
        var balance: IeleInt
        var code: [UInt8]
        /// The storage cells read or written so far.
        var cells: [IeleInt: StorageCell] = [:]
        /// Whether a cell not in `cells` is read from the host: false for an account the host
        /// lacks, and after `clearStorage`.
        var readsHostStorage: Bool
        /// The account as the host reported it; nil for an account this transaction created.
        let original: AccountInfo?

        /// The cell at `key`, read through `host` (and cached) on first use.
        mutating func value(at key: IeleInt, of address: IeleInt, host: any Host) -> IeleInt {
            if let cell = cells[key] { return cell.value }
            let value = readsHostStorage ? host.storage(of: address, at: key) : .zero
            cells[key] = StorageCell(value: value, isWritten: false)
            return value
        }

        /// Writes the cell at `key` and returns what it was before (read through `host` if it was
        /// not cached), for the undo entry.
        mutating func write(_ value: IeleInt, at key: IeleInt, of address: IeleInt, host: any Host) -> StorageCell {
            if let old = cells.updateValue(StorageCell(value: value, isWritten: true), forKey: key) { return old }
            let old = readsHostStorage ? host.storage(of: address, at: key) : .zero
            return StorageCell(value: old, isWritten: false)
        }
    }

    private let host: any Host
    private var accounts: [IeleInt: CachedAccount] = [:]
    /// Addresses the host was asked about and does not have (and that are not created since).
    private var absent: Set<IeleInt> = []
    private var journal: [Entry] = []
    /// Accounts created during the transaction (node mode trims those left empty, iele-node.md).
    private(set) var createdAccounts: [IeleInt] = []
    /// Accounts the host has that `delete` removed.
    private var deletedFromHost: Set<IeleInt> = []

    init(host: any Host) {
        self.host = host
    }

    var checkpoint: Int { journal.count }

    /// Undoes every change recorded after `checkpoint` (K `#popWorldState`).
    mutating func revert(to checkpoint: Int) {
        while journal.count > checkpoint {
            switch journal.removeLast() {
            case .created(let a):
                accounts[a] = nil
                absent.insert(a)
            case .balance(let a, let old): accounts[a]?.balance = old
            case .nonce(let a, let old): accounts[a]?.nonce = old
            case .storage(let a, let key, let old): accounts[a]?.cells[key] = old
            case .storageCleared(let a, let cells, let readsHostStorage):
                accounts[a]?.cells = cells
                accounts[a]?.readsHostStorage = readsHostStorage
            case .code(let a, let old): accounts[a]?.code = old
            }
        }
    }

    /// Brings the account into the overlay if the host has it; whether it exists.
    @discardableResult
    private mutating func load(_ address: IeleInt) -> Bool {
        if accounts.keys.contains(address) { return true }
        if absent.contains(address) { return false }
        guard let info = host.account(at: address) else {
            absent.insert(address)
            return false
        }
        accounts[address] = CachedAccount(
            nonce: info.nonce, balance: info.balance, code: info.code, readsHostStorage: true, original: info)
        return true
    }

    mutating func exists(_ address: IeleInt) -> Bool { load(address) }

    /// K `#loadAccount`: makes sure the account exists (an empty one if it did not).
    mutating func touch(_ address: IeleInt) {
        if load(address) { return }
        absent.remove(address)
        accounts[address] = CachedAccount(
            nonce: .zero, balance: .zero, code: [], readsHostStorage: false, original: nil)
        journal.append(.created(address))
        createdAccounts.append(address)
    }

    mutating func balance(of address: IeleInt) -> IeleInt {
        load(address)
        return accounts[address]?.balance ?? .zero
    }

    mutating func nonce(of address: IeleInt) -> IeleInt {
        load(address)
        return accounts[address]?.nonce ?? .zero
    }

    mutating func code(of address: IeleInt) -> [UInt8] {
        load(address)
        return accounts[address]?.code ?? []
    }

    mutating func storage(of address: IeleInt, at key: IeleInt) -> IeleInt {
        if let cell = accounts[address]?.cells[key] { return cell.value }
        guard load(address) else { return .zero }
        let host = self.host
        return accounts[address]?.value(at: key, of: address, host: host) ?? .zero
    }

    /// K `#accountEmpty`: no code, nonce 0, balance 0 (an absent account is empty too).
    mutating func isEmpty(_ address: IeleInt) -> Bool {
        guard load(address), let account = accounts[address] else { return true }
        return account.code.isEmpty && account.nonce.isZero && account.balance.isZero
    }

    mutating func setBalance(of address: IeleInt, to value: IeleInt) {
        touch(address)
        journal.append(.balance(address, accounts[address]?.balance ?? .zero))
        accounts[address]?.balance = value
    }

    mutating func setNonce(of address: IeleInt, to value: IeleInt) {
        touch(address)
        journal.append(.nonce(address, accounts[address]?.nonce ?? .zero))
        accounts[address]?.nonce = value
    }

    mutating func setCode(of address: IeleInt, to code: [UInt8]) {
        touch(address)
        journal.append(.code(address, accounts[address]?.code ?? []))
        accounts[address]?.code = code
    }

    /// Writes a storage cell; a zero value deletes it when the changes are applied.
    mutating func setStorage(of address: IeleInt, at key: IeleInt, to value: IeleInt) {
        touch(address)
        let host = self.host
        guard let old = accounts[address]?.write(value, at: key, of: address, host: host) else { return }
        journal.append(.storage(address, key: key, old: old))
    }

    /// K `#initAccount` on an existing account: its storage becomes empty.
    mutating func clearStorage(of address: IeleInt) {
        guard load(address), let account = accounts[address] else { return }
        journal.append(
            .storageCleared(address, cells: account.cells, readsHostStorage: account.readsHostStorage))
        accounts[address]?.cells = [:]
        accounts[address]?.readsHostStorage = false
    }

    /// Removes an account for good (self-destruct and `#trimAccounts` at the end of the
    /// transaction; not journaled).
    mutating func delete(_ address: IeleInt) {
        guard let account = accounts.removeValue(forKey: address) else { return }
        absent.insert(address)
        if account.original != nil { deletedFromHost.insert(address) }
    }

    /// What the surviving changes did, relative to the host: new and changed accounts, and the
    /// host's accounts that were deleted.
    var changes: StateChanges {
        var changes = StateChanges(deletedAccounts: deletedFromHost)
        for (address, account) in accounts {
            if let change = Self.change(of: account) { changes.accounts[address] = change }
        }
        return changes
    }

    /// The change to report for `account`, or nil when it is as the host has it.
    private static func change(of account: CachedAccount) -> AccountChange? {
        var storage: [IeleInt: IeleInt] = [:]
        storage.reserveCapacity(account.cells.count)
        for (key, cell) in account.cells where cell.isWritten { storage[key] = cell.value }
        let original = account.original
        let resetsStorage = original != nil && !account.readsHostStorage
        let code = account.code == (original?.code ?? []) ? nil : account.code
        let isUnchanged =
            original?.nonce == account.nonce && original?.balance == account.balance && code == nil
            && storage.isEmpty && !resetsStorage
        if isUnchanged { return nil }
        return AccountChange(
            nonce: account.nonce, balance: account.balance, code: code, resetsStorage: resetsStorage,
            storage: storage)
    }
}
