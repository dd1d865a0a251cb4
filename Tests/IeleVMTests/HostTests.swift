import IeleNumerics
import Testing

@testable import IeleVM

/// A host that counts what the VM asks it, over a fixed world.
final class CountingHost: Host {
    let world: WorldState
    private(set) var accountReads: [IeleInt: Int] = [:]
    private(set) var storageReads: [[IeleInt]: Int] = [:]

    init(_ world: WorldState) {
        self.world = world
    }

    func account(at address: IeleInt) -> AccountInfo? {
        accountReads[address, default: 0] += 1
        return world.account(at: address)
    }

    func storage(of address: IeleInt, at key: IeleInt) -> IeleInt {
        storageReads[[address, key], default: 0] += 1
        return world.storage(of: address, at: key)
    }
}

/// The VM reads through a `Host` only what a transaction touches, once, never writes to it, and
/// reports the changes as `StateChanges` that `WorldState.apply` turns into the old final state.
@Suite struct HostTests {
    static let sender: IeleInt = 0xa94f
    static let contract: IeleInt = 0x1000
    static let bystander: IeleInt = 0x2000
    static let block = BlockHeader(number: 1, gasLimit: 1_000_000_000)

    static let source = """
        contract C {
          define @init() {}
          define public @copy() {
            %a = 1 \n %b = 2 \n %v = sload %a \n %w = sload %a \n sstore %v, %b \n ret void
          }
          define public @fail() { %a = 1 \n %b = 2 \n sstore %a, %b \n call @iele.invalid() \n ret void }
          define public @probe(%x) { %v = call @iele.balance(%x) \n ret %v }
          define public @die(%to) { selfdestruct %to }
          define public @zero() { %k = 1 \n %z = 0 \n sstore %z, %k \n %k = 7 \n %v = 3 \n sstore %v, %k \n ret void }
        }
        """

    static func world() throws -> WorldState {
        WorldState(accounts: [
            sender: Account(balance: 10_000_000_000),
            contract: Account(nonce: 1, balance: 500, storage: [1: 42, 3: 9], code: try VM.assemble(source)),
            bystander: Account(balance: 7, storage: [1: 1]),
        ])
    }

    static func call(_ function: String, _ arguments: [IeleInt] = []) -> Transaction {
        Transaction(
            from: sender, to: contract, function: function, arguments: arguments, gasLimit: 1_000_000, gasPrice: 2,
            nonce: 0)
    }

    @Test func readsOnlyWhatIsTouchedAndOnce() throws {
        let host = CountingHost(try Self.world())
        let outcome = VirtualMachine().execute(Self.call("copy"), on: host, block: Self.block)
        #expect(outcome.result.status == 0)
        #expect(host.accountReads == [Self.sender: 1, Self.contract: 1])
        #expect(host.storageReads == [[Self.contract, 1]: 1, [Self.contract, 2]: 1])
    }

    @Test func writesNeverReachTheHost() throws {
        let world = try Self.world()
        let host = CountingHost(world)
        let outcome = VirtualMachine().execute(Self.call("copy"), on: host, block: Self.block)
        #expect(host.world == world)
        let change = outcome.changes.accounts[Self.contract]
        #expect(change?.storage == [2: 42])
        #expect(change?.code == nil)
        #expect(change?.resetsStorage == false)
        #expect(outcome.changes.deletedAccounts.isEmpty)
    }

    @Test func aFailedTransactionChangesOnlyTheSender() throws {
        let world = try Self.world()
        let outcome = VirtualMachine().execute(Self.call("fail"), on: world, block: Self.block)
        #expect(outcome.result.status == IeleInt(ExitStatus.userError.code))
        let charged: IeleInt = 10_000_000_000 - 2 * 1_000_000
        #expect(outcome.changes == StateChanges(accounts: [Self.sender: AccountChange(nonce: 1, balance: charged)]))
    }

    @Test func accountsCreatedAndLeftEmptyAreNotReported() throws {
        let world = try Self.world()
        let outcome = VirtualMachine().execute(Self.call("probe", [0x7777]), on: world, block: Self.block)
        #expect(outcome.result.output == [0])
        #expect(Set(outcome.changes.accounts.keys) == [Self.sender])
    }

    @Test func selfDestructIsADeletion() throws {
        let world = try Self.world()
        let outcome = VirtualMachine().execute(Self.call("die", [Self.bystander]), on: world, block: Self.block)
        #expect(outcome.result.status == 0)
        #expect(outcome.changes.deletedAccounts == [Self.contract])
        #expect(outcome.changes.accounts[Self.contract] == nil)
        #expect(outcome.changes.accounts[Self.bystander]?.balance == 507)
        var applied = world
        applied.apply(outcome.changes)
        #expect(applied[Self.contract] == nil)
        #expect(applied[Self.bystander] == Account(balance: 507, storage: [1: 1]))
    }

    @Test func aCreateReportsTheNewAccountWithItsCode() throws {
        let code = try VM.assemble(
            "contract D { define @init() { %k = 0 \n %v = 5 \n sstore %v, %k } define public @f() { ret void } }")
        var world = try Self.world()
        let create = Transaction(from: Self.sender, to: nil, contractCode: code, gasLimit: 1_000_000, gasPrice: 2)
        let outcome = VirtualMachine().execute(create, on: world, block: Self.block)
        #expect(outcome.result.status == 0)
        let address = ChainRules.danse.newAddress(creator: Self.sender, nonce: 0)
        #expect(outcome.changes.accounts[address] == AccountChange(nonce: 1, balance: 0, code: code, storage: [0: 5]))

        var applied = world
        applied.apply(outcome.changes)
        _ = VirtualMachine().execute(create, in: &world, block: Self.block)
        #expect(applied == world)
    }

    /// `execute(_:in:)` writes the in-memory world straight from the journal; the result must be
    /// what applying the reported `StateChanges` gives.
    @Test(arguments: [
        ("copy", [IeleInt]()), ("fail", []), ("probe", [0x7777]), ("die", [bystander]), ("die", [0x8888]),
        ("zero", []),
    ])
    func writingTheWorldDirectlyMatchesApplyingTheChanges(function: String, arguments: [IeleInt]) throws {
        let world = try Self.world()
        let outcome = VirtualMachine().execute(Self.call(function, arguments), on: world, block: Self.block)
        var applied = world
        applied.apply(outcome.changes)
        var direct = world
        let result = VirtualMachine().execute(Self.call(function, arguments), in: &direct, block: Self.block)
        #expect(result == outcome.result)
        #expect(direct == applied)
    }

    @Test func applyDeletesZeroedCellsAndResetsStorage() {
        var world = WorldState(accounts: [1: Account(nonce: 1, storage: [1: 1, 2: 2])])
        world.apply(StateChanges(accounts: [1: AccountChange(nonce: 2, balance: 3, storage: [1: 0, 4: 4])]))
        #expect(world[1] == Account(nonce: 2, balance: 3, storage: [2: 2, 4: 4]))
        world.apply(StateChanges(accounts: [1: AccountChange(nonce: 2, balance: 3, resetsStorage: true)]))
        #expect(world[1]?.storage == [:])
        world.apply(StateChanges(deletedAccounts: [1]))
        #expect(world.accounts.isEmpty)
    }
}
