import IeleNumerics

/// The world as one transaction sees and changes it: the accounts plus an undo journal.
///
/// K pushes a copy of the whole `<accounts>` cell at every call (`#pushWorldState`) and restores it
/// on failure (`#popWorldState`). Here a checkpoint is the journal length, and rolling back undoes
/// the entries recorded since, newest first. Each entry says how it is undone.
struct WorldJournal {
    enum Entry {
        /// An account was created (`#loadAccount`); undo: remove it.
        case created(IeleInt)
        /// A balance changed; undo: restore the old balance.
        case balance(IeleInt, IeleInt)
        /// A nonce changed; undo: restore the old nonce.
        case nonce(IeleInt, IeleInt)
        /// A storage cell changed; undo: restore the old value (nil = absent).
        case storage(IeleInt, key: IeleInt, old: IeleInt?)
        /// The whole storage was replaced (`#initAccount` clears it); undo: restore it.
        case storageReplaced(IeleInt, [IeleInt: IeleInt])
        /// The code changed (`#mkCreate`); undo: restore the old code.
        case code(IeleInt, [UInt8])
    }

    private(set) var accounts: [IeleInt: Account]
    private var journal: [Entry] = []
    /// Accounts created during the transaction (node mode trims those left empty, iele-node.md).
    private(set) var createdAccounts: [IeleInt] = []

    init(_ world: WorldState) {
        accounts = world.accounts
    }

    var checkpoint: Int { journal.count }

    /// Undoes every change recorded after `checkpoint` (K `#popWorldState`).
    mutating func revert(to checkpoint: Int) {
        while journal.count > checkpoint {
            switch journal.removeLast() {
            case .created(let a): accounts[a] = nil
            case .balance(let a, let old): accounts[a]?.balance = old
            case .nonce(let a, let old): accounts[a]?.nonce = old
            case .storage(let a, let key, let old): accounts[a]?.storage[key] = old
            case .storageReplaced(let a, let old): accounts[a]?.storage = old
            case .code(let a, let old): accounts[a]?.code = old
            }
        }
    }

    func exists(_ address: IeleInt) -> Bool { accounts[address] != nil }

    /// K `#loadAccount`: makes sure the account exists (an empty one if it did not).
    mutating func touch(_ address: IeleInt) {
        if accounts[address] == nil {
            accounts[address] = Account()
            journal.append(.created(address))
            createdAccounts.append(address)
        }
    }

    func balance(of address: IeleInt) -> IeleInt { accounts[address]?.balance ?? .zero }
    func nonce(of address: IeleInt) -> IeleInt { accounts[address]?.nonce ?? .zero }
    func code(of address: IeleInt) -> [UInt8] { accounts[address]?.code ?? [] }

    func storage(of address: IeleInt, at key: IeleInt) -> IeleInt {
        accounts[address]?.storage[key] ?? .zero
    }

    /// K `#accountEmpty`: no code, nonce 0, balance 0 (the caller touches the account first).
    func isEmpty(_ address: IeleInt) -> Bool {
        guard let account = accounts[address] else { return true }
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

    /// Writes a storage cell; a zero value removes the key (the tests compare storage without zeros).
    mutating func setStorage(of address: IeleInt, at key: IeleInt, to value: IeleInt) {
        touch(address)
        let old = accounts[address]?.storage[key]
        journal.append(.storage(address, key: key, old: old))
        accounts[address]?.storage[key] = value.isZero ? nil : value
    }

    mutating func clearStorage(of address: IeleInt) {
        guard let old = accounts[address]?.storage, !old.isEmpty else { return }
        journal.append(.storageReplaced(address, old))
        accounts[address]?.storage = [:]
    }

    /// Removes an account for good (self-destruct at the end of the transaction; not journaled).
    mutating func delete(_ address: IeleInt) {
        accounts[address] = nil
    }

    /// The final state as a value.
    var state: WorldState { WorldState(accounts: accounts) }
}
