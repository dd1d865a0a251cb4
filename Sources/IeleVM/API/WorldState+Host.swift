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
    /// every changed account (a zero storage value removes the cell).
    public mutating func apply(_ changes: StateChanges) {
        for address in changes.deletedAccounts { accounts[address] = nil }
        for (address, change) in changes.accounts {
            var account = accounts.removeValue(forKey: address) ?? Account()
            account.nonce = change.nonce
            account.balance = change.balance
            if let code = change.code { account.code = code }
            if change.resetsStorage { account.storage = [:] }
            account.storage.reserveCapacity(account.storage.count + change.storage.count)
            for (key, value) in change.storage { account.storage[key] = value.isZero ? nil : value }
            accounts[address] = account
        }
    }
}
