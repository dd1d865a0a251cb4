import IeleNumerics

/// The in-memory world is the test host: the harness, the CLI and the benchmarks run against it.
extension WorldState: Host {
    public func account(at address: IeleInt) -> AccountInfo? {
        accounts[address].map { AccountInfo(nonce: $0.nonce, balance: $0.balance, code: $0.code) }
    }

    public func storage(of address: IeleInt, at key: IeleInt) -> IeleInt {
        accounts[address]?.storage[key] ?? .zero
    }

    /// Writes what a transaction did: deletes `changes.deletedAccounts`, then creates or updates
    /// every changed account (a zero storage value removes the cell). An existing account is
    /// updated in place (one lookup of its address, no copy of its storage).
    public mutating func apply(_ changes: StateChanges) {
        for address in changes.deletedAccounts { accounts[address] = nil }
        for (address, change) in changes.accounts {
            if let index = accounts.index(forKey: address) {
                Self.update(&accounts.values[index], with: change)
            } else {
                var account = Account()
                Self.update(&account, with: change)
                accounts[address] = account
            }
        }
    }

    /// Writes what a transaction left (the in-memory path of `VirtualMachine.execute(_:in:block:)`):
    /// the same writes as applying its `StateChanges`, without building them.
    mutating func apply(_ overlay: WorldOverlay) {
        for address in overlay.deletedFromHost { accounts[address] = nil }
        overlay.forEachChanged { a in
            let address = overlay.addresses[a]
            if let index = accounts.index(forKey: address) {
                overlay.write(a, over: &accounts.values[index])
            } else {
                var account = Account()
                overlay.write(a, over: &account)
                accounts[address] = account
            }
        }
    }

    private static func update(_ account: inout Account, with change: AccountChange) {
        account.nonce = change.nonce
        account.balance = change.balance
        if let code = change.code { account.code = code }
        if change.resetsStorage { account.storage = [:] }
        // Growing a large dictionary step by step rehashes it several times; small changes (the
        // usual case) skip the (unspecialised, so not free) reservation.
        if change.storage.count > 8 {
            account.storage.reserveCapacity(account.storage.count + change.storage.count)
        }
        for (key, value) in change.storage {
            if value.isZero {
                account.storage.removeValue(forKey: key)
            } else {
                account.storage[key] = value
            }
        }
    }
}
