import IeleNumerics

/// The world as one transaction sees and changes it: an overlay over a ``Host`` plus an undo journal.
///
/// An account is read through the host the first time the transaction touches it, a storage cell
/// the first time it is read or written (iele-node.md `#loadAccount`, `#lookupStorage`); what was
/// read is cached and never asked again. Writes go only to the overlay. K pushes a copy of the
/// whole `<accounts>` cell at every call (`#pushWorldState`) and restores it on failure
/// (`#popWorldState`); here a checkpoint is the journal length, and rolling back undoes the entries
/// recorded since, newest first. Filling the cache is not a change and is not journaled: a cached
/// value is what the host has, before and after any rollback. At the end the accounts are detached
/// as a `WorldOverlay` (`detachOverlay()`), whose `changes` are what the surviving entries did,
/// for the host to write.
///
/// Accounts live in a table indexed by position (`CachedAccount`), found by address through a
/// one-entry cache (the running contract's address, which `sload`/`sstore` name every time), then
/// a scan while the table is small, then a dictionary. Journal entries name the position, and a
/// storage entry names the cell's position in its `StorageCells`, so rolling back hashes nothing.
struct WorldJournal {
    /// One change, and how `revert(to:)` undoes it. `account` is a position in the account table.
    enum Entry {
        /// An account was created (`#loadAccount` of an account the host lacks, `#newAccount`);
        /// undo: it reads as absent again.
        case created(account: Int)
        /// A balance changed; undo: restore the old balance.
        case balance(account: Int, old: IeleInt)
        /// A nonce changed; undo: restore the old nonce.
        case nonce(account: Int, old: IeleInt)
        /// A storage cell changed; undo: restore its old value and whether it was written.
        case storage(account: Int, cell: Int, old: IeleInt, wasWritten: Bool)
        /// The whole storage was cleared (`#initAccount`); undo: restore the cached cells and
        /// whether cells not cached are read from the host.
        case storageCleared(account: Int, cells: StorageCells, readsHostStorage: Bool)
        /// The code changed (`#mkCreate`); undo: restore the old code.
        case code(account: Int, old: [UInt8])
    }

    /// A storage cell of an existing account, for a read followed by a write (`sstore`).
    struct CellHandle {
        let account: Int
        let cell: Int
    }

    private let host: any Host
    /// The accounts asked about so far (existing or not), and their addresses, by position.
    private var accounts: [CachedAccount] = []
    private var addresses: [IeleInt] = []
    /// Address → position, built once the table outgrows a scan.
    private var positions: [IeleInt: Int] = [:]
    /// The last address looked up and its position (-1: none yet).
    private var lastAddress: IeleInt = .zero
    private var lastPosition = -1
    private var journal: [Entry] = []
    /// Accounts created during the transaction (node mode trims those left empty, iele-node.md).
    private(set) var createdAccounts: [IeleInt] = []
    /// Accounts the host has that `delete` removed.
    private var deletedFromHost: Set<IeleInt> = []

    /// Accounts found by scanning `addresses` before the `positions` dictionary is built.
    private static let scanLimit = 8

    init(host: any Host) {
        self.host = host
        accounts.reserveCapacity(4)
        addresses.reserveCapacity(4)
        journal.reserveCapacity(16)
    }

    var checkpoint: Int { journal.count }

    /// Undoes every change recorded after `checkpoint` (K `#popWorldState`).
    mutating func revert(to checkpoint: Int) {
        while journal.count > checkpoint {
            switch journal.removeLast() {
            case .created(let a):
                accounts[a] = CachedAccount(absent: ())
            case .balance(let a, let old): accounts[a].balance = old
            case .nonce(let a, let old): accounts[a].nonce = old
            case .storage(let a, let cell, let old, let wasWritten):
                accounts[a].storage.set(old, isWritten: wasWritten, at: cell)
            case .storageCleared(let a, let cells, let readsHostStorage):
                accounts[a].storage = cells
                accounts[a].readsHostStorage = readsHostStorage
            case .code(let a, let old): accounts[a].code = old
            }
        }
    }

    // MARK: - Finding accounts

    /// The position of `address` in the account table, asking the host the first time.
    @inline(__always)
    private mutating func position(of address: IeleInt) -> Int {
        if lastPosition >= 0 && Self.same(address, lastAddress) { return lastPosition }
        return lookUp(address)
    }

    private mutating func lookUp(_ address: IeleInt) -> Int {
        let position = scan(for: address) ?? load(address)
        lastAddress = address
        lastPosition = position
        return position
    }

    /// The position of `address` if the table has it (without asking the host).
    private func existingPosition(of address: IeleInt) -> Int? {
        if lastPosition >= 0 && Self.same(address, lastAddress) { return lastPosition }
        return scan(for: address)
    }

    /// The table's position of `address`, by scan or dictionary, without the last-address cache.
    private func scan(for address: IeleInt) -> Int? {
        if addresses.count > Self.scanLimit { return positions[address] }
        for k in addresses.indices where Self.same(addresses[k], address) { return k }
        return nil
    }

    /// `a == b`, with the word-sized/big mismatch (a contract's address against a small sender's,
    /// say) answered inline: a word-sized value never equals a big one.
    @inline(__always)
    private static func same(_ a: IeleInt, _ b: IeleInt) -> Bool {
        a.isSmall == b.isSmall && a == b
    }

    /// Adds the host's view of `address` to the table.
    private mutating func load(_ address: IeleInt) -> Int {
        let position = accounts.count
        let account = host.account(at: address).map(CachedAccount.init(loadedFrom:)) ?? CachedAccount(absent: ())
        accounts.append(consume account)
        addresses.append(address)
        if addresses.count > Self.scanLimit {
            if positions.isEmpty {
                positions.reserveCapacity(2 * addresses.count)
                for (k, a) in addresses.enumerated() { positions[a] = k }
            } else {
                positions[address] = position
            }
        }
        return position
    }

    // MARK: - Reading

    mutating func exists(_ address: IeleInt) -> Bool { accounts[position(of: address)].exists }

    mutating func balance(of address: IeleInt) -> IeleInt {
        let a = position(of: address)
        return accounts[a].exists ? accounts[a].balance : .zero
    }

    mutating func nonce(of address: IeleInt) -> IeleInt {
        let a = position(of: address)
        return accounts[a].exists ? accounts[a].nonce : .zero
    }

    mutating func code(of address: IeleInt) -> [UInt8] {
        let a = position(of: address)
        return accounts[a].exists ? accounts[a].code : []
    }

    /// K `#accountEmpty`: no code, nonce 0, balance 0 (an absent account is empty too).
    mutating func isEmpty(_ address: IeleInt) -> Bool {
        let a = position(of: address)
        guard accounts[a].exists else { return true }
        return accounts[a].code.isEmpty && accounts[a].nonce.isZero && accounts[a].balance.isZero
    }

    /// The value of a storage cell (zero for an account that does not exist).
    mutating func storage(of address: IeleInt, at key: IeleInt) -> IeleInt {
        guard let cell = cell(of: address, at: key) else { return .zero }
        return value(at: cell)
    }

    /// The cell at `key` of `address`, read through the host (and cached) on first use; nil when
    /// the account does not exist.
    mutating func cell(of address: IeleInt, at key: IeleInt) -> CellHandle? {
        let a = position(of: address)
        // Through a pointer: reading the nested table off the array element retained its arrays.
        let found = accounts.withUnsafeBufferPointer { accounts -> Int? in
            guard let account = accounts.baseAddress.map({ $0 + a }), account.pointee.exists else { return -1 }
            return account.pointee.storage.position(of: key)
        }
        if let found { return found < 0 ? nil : CellHandle(account: a, cell: found) }
        let value = accounts[a].readsHostStorage ? host.storage(of: address, at: key) : .zero
        let cell = accounts[a].storage.append(key: key, value: value, isWritten: false)
        return CellHandle(account: a, cell: cell)
    }

    /// The value of the cell `handle` names.
    func value(at handle: CellHandle) -> IeleInt {
        accounts[handle.account].storage[handle.cell].value
    }

    // MARK: - Writing

    /// K `#loadAccount`: makes sure the account exists (an empty one if it did not).
    mutating func touch(_ address: IeleInt) {
        _ = touched(address)
    }

    /// `touch`, returning the account's position.
    private mutating func touched(_ address: IeleInt) -> Int {
        let a = position(of: address)
        if accounts[a].exists { return a }
        accounts[a] = CachedAccount(absent: ())
        accounts[a].exists = true
        journal.append(.created(account: a))
        createdAccounts.append(address)
        return a
    }

    /// Sets a balance; setting the balance it has changes nothing and is not journaled.
    mutating func setBalance(of address: IeleInt, to value: IeleInt) {
        let a = touched(address)
        if accounts[a].balance == value { return }
        journal.append(.balance(account: a, old: accounts[a].balance))
        accounts[a].balance = value
    }

    /// Sets a nonce; setting the nonce it has changes nothing and is not journaled.
    mutating func setNonce(of address: IeleInt, to value: IeleInt) {
        let a = touched(address)
        if accounts[a].nonce == value { return }
        journal.append(.nonce(account: a, old: accounts[a].nonce))
        accounts[a].nonce = value
    }

    mutating func setCode(of address: IeleInt, to code: [UInt8]) {
        let a = touched(address)
        journal.append(.code(account: a, old: accounts[a].code))
        accounts[a].code = code
    }

    /// Writes a storage cell; a zero value deletes it when the changes are applied.
    mutating func setStorage(of address: IeleInt, at key: IeleInt, to value: IeleInt) {
        touch(address)
        guard let cell = cell(of: address, at: key) else { return }
        write(value, at: cell)
    }

    /// Writes the cell `handle` names (which marks it written, even with the value it had).
    mutating func write(_ value: IeleInt, at handle: CellHandle) {
        let old = accounts[handle.account].storage[handle.cell]
        journal.append(.storage(account: handle.account, cell: handle.cell, old: old.value, wasWritten: old.isWritten))
        accounts[handle.account].storage.set(value, isWritten: true, at: handle.cell)
    }

    /// K `#initAccount` on an existing account: its storage becomes empty.
    mutating func clearStorage(of address: IeleInt) {
        let a = position(of: address)
        guard accounts[a].exists else { return }
        journal.append(
            .storageCleared(
                account: a, cells: accounts[a].storage, readsHostStorage: accounts[a].readsHostStorage))
        accounts[a].storage = StorageCells()
        accounts[a].readsHostStorage = false
    }

    /// Removes an account for good (self-destruct and `#trimAccounts` at the end of the
    /// transaction; not journaled).
    mutating func delete(_ address: IeleInt) {
        guard let a = existingPosition(of: address), accounts[a].exists else { return }
        if accounts[a].original != nil { deletedFromHost.insert(address) }
        accounts[a] = CachedAccount(absent: ())
    }

    /// The accounts as they are now (see `WorldOverlay`), without the host.
    var overlay: WorldOverlay {
        WorldOverlay(accounts: accounts, addresses: addresses, deletedFromHost: deletedFromHost)
    }

    /// Moves the accounts out into a `WorldOverlay`, leaving the journal empty (so that the
    /// overlay's arrays are not shared with it).
    mutating func detachOverlay() -> WorldOverlay {
        let result = overlay
        accounts = []
        addresses = []
        positions = [:]
        lastPosition = -1
        journal = []
        deletedFromHost = []
        return result
    }
}
