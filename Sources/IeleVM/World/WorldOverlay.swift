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

    /// Calls `body` with the address and state of every account that exists and differs from
    /// what the host has (iele-node.md `#trimAccounts` has already removed the empty new ones).
    func forEachChanged(_ body: (IeleInt, borrowing CachedAccount) -> Void) {
        accounts.withUnsafeBufferPointer { accounts in
            for a in accounts.indices where accounts[a].exists && !accounts[a].isUnchanged {
                body(addresses[a], accounts[a])
            }
        }
    }

    /// The changes as a host receives them.
    var changes: StateChanges {
        var changed = 0
        forEachChanged { _, _ in changed += 1 }
        guard changed > 0 else { return StateChanges(deletedAccounts: deletedFromHost) }
        var reported = [IeleInt: AccountChange](minimumCapacity: changed)
        forEachChanged { address, account in reported[address] = account.change }
        return StateChanges(accounts: reported, deletedAccounts: deletedFromHost)
    }
}
