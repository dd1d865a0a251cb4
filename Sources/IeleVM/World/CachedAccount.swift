import IeleNumerics

/// One account as the running transaction sees it, in `WorldJournal`'s account table.
///
/// A table entry outlives the account: an address the host does not have, an account whose
/// creation was rolled back and a deleted account all keep their entry with `exists` false, so
/// the host is never asked about them again (iele-node.md `#loadAccount` asks once).
struct CachedAccount {
    /// Whether the account exists now.
    var exists: Bool
    var nonce: IeleInt
    var balance: IeleInt
    var code: [UInt8]
    /// The storage cells read or written so far.
    var storage = StorageCells()
    /// Whether a cell not in `storage` is read from the host: false for an account the host
    /// lacks, and after `clearStorage`.
    var readsHostStorage: Bool
    /// The account as the host reported it; nil for an account this transaction created (or an
    /// address the host does not have).
    var original: AccountInfo?

    /// The entry of an account the host reported.
    init(loadedFrom info: AccountInfo) {
        exists = true
        nonce = info.nonce
        balance = info.balance
        code = info.code
        readsHostStorage = true
        original = info
    }

    /// The entry of an address the host does not have: absent, and empty if it is ever created.
    init(absent: ()) {
        exists = false
        nonce = .zero
        balance = .zero
        code = []
        readsHostStorage = false
        original = nil
    }

    /// Whether the account is as the host has it: nothing to report. Static over a pointer, so
    /// that no caller copies the whole account to ask.
    static func isUnchanged(_ account: UnsafePointer<CachedAccount>) -> Bool {
        guard account.pointee.readsHostStorage, let original = account.pointee.original else { return false }
        return original.nonce == account.pointee.nonce && original.balance == account.pointee.balance
            && original.code == account.pointee.code && !account.pointee.storage.hasWrittenCells
    }

    /// Whether the host's cells go before the written ones are applied: a create over an existing
    /// empty account (iele.md `#initAccount`).
    var resetsStorage: Bool { original != nil && !readsHostStorage }

    /// The change to report for the account (which exists and is not unchanged).
    var change: AccountChange {
        var cells: [IeleInt: IeleInt] = [:]
        let written = storage.writtenCount
        if written > 0 {
            cells = [IeleInt: IeleInt](minimumCapacity: written)
            for cell in storage.cells where cell.isWritten { cells[cell.key] = cell.value }
        }
        let codeChange = code == (original?.code ?? []) ? nil : code
        return AccountChange(
            nonce: nonce, balance: balance, code: codeChange, resetsStorage: resetsStorage,
            storage: cells)
    }
}
