import IeleNumerics
import Testing

@testable import IeleVM

/// The journaled overlay directly: rollbacks restore exactly what was there, reads reach the host
/// once, and the surviving changes are what is reported.
@Suite struct WorldJournalTests {
    static let contract = IeleInt(1 << 40) * IeleInt(1 << 40) + 5  // a big address, as real ones are
    static let holder: IeleInt = 0x1000

    static func host() -> CountingHost {
        CountingHost(
            WorldState(accounts: [
                contract: Account(nonce: 1, balance: 9, storage: [1: 100, 2: 200]),
                holder: Account(balance: 50),
            ]))
    }

    @Test func rollbackRestoresValuesAndWrittenFlags() {
        var journal = WorldJournal(host: Self.host())
        journal.setStorage(of: Self.contract, at: 1, to: 111)
        let checkpoint = journal.checkpoint
        journal.setStorage(of: Self.contract, at: 1, to: 0)
        journal.setStorage(of: Self.contract, at: 3, to: 3)
        journal.setBalance(of: Self.holder, to: 1)
        journal.touch(0x7777)
        let read1 = journal.exists(0x7777)
        #expect(read1)
        journal.revert(to: checkpoint)
        let read2 = journal.storage(of: Self.contract, at: 1)
        #expect(read2 == 111)
        let read3 = journal.storage(of: Self.contract, at: 3)
        #expect(read3 == 0)
        let read4 = journal.balance(of: Self.holder)
        #expect(read4 == 50)
        let read5 = journal.exists(0x7777)
        #expect(!read5)
        let changes = journal.overlay.changes
        let expected = AccountChange(nonce: 1, balance: 9, storage: [1: 111])
        #expect(changes == StateChanges(accounts: [Self.contract: expected]))
    }

    @Test func eachCellAndAccountIsReadOnce() {
        let host = Self.host()
        var journal = WorldJournal(host: host)
        for _ in 0..<3 {
            _ = journal.storage(of: Self.contract, at: 2)
            _ = journal.storage(of: Self.holder, at: 2)
            journal.setStorage(of: Self.contract, at: 4, to: 4)
            _ = journal.balance(of: 0x9999)
        }
        #expect(host.accountReads == [Self.contract: 1, Self.holder: 1, 0x9999: 1])
        #expect(host.storageReads == [[Self.contract, 2]: 1, [Self.holder, 2]: 1, [Self.contract, 4]: 1])
    }

    @Test func clearedStorageReadsAsEmptyUntilRolledBack() {
        var journal = WorldJournal(host: Self.host())
        _ = journal.storage(of: Self.contract, at: 1)
        let checkpoint = journal.checkpoint
        journal.clearStorage(of: Self.contract)
        let read6 = journal.storage(of: Self.contract, at: 1)
        #expect(read6 == 0)
        let read7 = journal.storage(of: Self.contract, at: 2)
        #expect(read7 == 0)
        #expect(journal.overlay.changes.accounts[Self.contract]?.resetsStorage == true)
        journal.revert(to: checkpoint)
        let read8 = journal.storage(of: Self.contract, at: 1)
        #expect(read8 == 100)
        let read9 = journal.storage(of: Self.contract, at: 2)
        #expect(read9 == 200)
        #expect(journal.overlay.changes.isEmpty)
    }

    @Test func settingTheSameValueChangesNothing() {
        var journal = WorldJournal(host: Self.host())
        let checkpoint = journal.checkpoint
        journal.setBalance(of: Self.holder, to: 50)
        journal.setNonce(of: Self.contract, to: 1)
        #expect(journal.checkpoint == checkpoint)
        #expect(journal.overlay.changes.isEmpty)
    }

    @Test func deletionIsReportedAndTheAccountIsGone() {
        var journal = WorldJournal(host: Self.host())
        journal.touch(Self.contract)
        journal.delete(Self.contract)
        let read10 = journal.exists(Self.contract)
        #expect(!read10)
        let read11 = journal.balance(of: Self.contract)
        #expect(read11 == 0)
        #expect(journal.overlay.changes == StateChanges(deletedAccounts: [Self.contract]))
    }

    @Test func manyAccountsAreFoundAfterTheScanLimit() {
        var journal = WorldJournal(host: Self.host())
        for k in 0..<40 { journal.setBalance(of: IeleInt(k + 1) * Self.contract, to: IeleInt(k)) }
        for k in 0..<40 {
            let balance = journal.balance(of: IeleInt(k + 1) * Self.contract)
            #expect(balance == IeleInt(k))
        }
        let read12 = journal.balance(of: Self.holder)
        #expect(read12 == 50)
    }
}
