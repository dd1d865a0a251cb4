import IeleNumerics

/// What a transaction's `WorldJournal` ends with, detached from the journal and its host: every
/// account the transaction asked about, as it is now, and the host's accounts it deleted.
///
/// A ``Host`` receives it as ``StateChanges`` (`changes`); the in-memory ``WorldState`` applies it
/// directly (`WorldState.apply(_:)`), skipping the dictionaries of `StateChanges`. Detaching it
/// first matters for the in-memory world: the journal's host is a copy of that world, which must
/// be gone before the world is written, or the write would copy every account.
struct WorldOverlay {
    var accounts: [CachedAccount] = []
    var addresses: [IeleInt] = []
    var deletedFromHost: Set<IeleInt> = []

    /// Calls `body` with the position of each account that exists and differs from what the host
    /// has (iele-node.md `#trimAccounts` has already removed the empty new ones).
    func forEachChanged(_ body: (Int) -> Void) {
        accounts.withUnsafeBufferPointer { accounts in
            guard let base = accounts.baseAddress else { return }
            for a in accounts.indices where (base + a).pointee.exists && !CachedAccount.isUnchanged(base + a) {
                // Through the pointer, so that reading a field does not copy the whole account.
                body(a)
            }
        }
    }

    /// The changes as a host receives them.
    var changes: StateChanges {
        var changed = 0
        forEachChanged { _ in changed += 1 }
        guard changed > 0 else { return StateChanges(deletedAccounts: deletedFromHost) }
        var reported = [IeleInt: AccountChange](minimumCapacity: changed)
        forEachChanged { a in reported[addresses[a]] = accounts[a].change }
        return StateChanges(accounts: reported, deletedAccounts: deletedFromHost)
    }

    /// Writes the account at `position` over `account` (the host's version of it, or a new
    /// account): what applying its `AccountChange` does.
    func write(_ position: Int, over account: inout Account) {
        accounts.withUnsafeBufferPointer { accounts in
            guard let base = accounts.baseAddress else { return }
            let cached = base + position
            account.nonce = cached.pointee.nonce
            account.balance = cached.pointee.balance
            account.code = cached.pointee.code
            if cached.pointee.resetsStorage { account.storage = [:] }
            let storage = cached.pointee.storage
            if storage.count > 8 {
                let written = storage.writtenCount
                if written > 8 { account.storage.reserveCapacity(account.storage.count + written) }
            }
            for cell in storage.cells where cell.isWritten {
                if cell.value.isZero {
                    account.storage.removeValue(forKey: cell.key)
                } else {
                    account.storage[cell.key] = cell.value
                }
            }
        }
    }
}
