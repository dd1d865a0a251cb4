import IeleNumerics
import Testing

@testable import IeleVM

/// Whole transactions through the public API: sender charge, intrinsic gas, code deposit,
/// CONTRACT_INVALID and the reported gas in transaction units.
@Suite struct TransactionTests {
    static let sender: IeleInt = 0xa94f
    static let block = BlockHeader(number: 1, gasLimit: 1_000_000_000)

    static func world() -> WorldState {
        WorldState(accounts: [sender: Account(balance: 10_000_000_000)])
    }

    @Test func intrinsicGasPricesTheRLPOfNameAndArguments() {
        // rlp([ "f", [0x01, 0x00] ]) = c5 66 c2 01 00: four non-zero bytes and one zero byte.
        let call = Transaction(from: Self.sender, to: 1, function: "f", arguments: [1, 0], gasLimit: 100)
        #expect(GasSchedule.danse.intrinsicGas(of: call) == 21000 + 4 * 68 + 4)
        let create = Transaction(from: Self.sender, to: nil, contractCode: [0, 1], gasLimit: 100)
        // rlp([ 0x0001, [] ]) = c4 82 00 01 c0
        #expect(GasSchedule.danse.intrinsicGas(of: create) == 53000 + 4 * 68 + 4)
    }

    @Test func createThenCallReportsGasInTransactionUnits() throws {
        let source = """
            contract C {
              define @init() { %k = 0 \n %v = 5 \n sstore %v, %k }
              define public @get() { %k = 0 \n %v = sload %k \n ret %v }
            }
            """
        let code = try VM.assemble(source)
        var world = Self.world()
        let vm = VirtualMachine(schedule: .danse)
        let create = Transaction(
            from: Self.sender, to: nil, contractCode: code, gasLimit: 1_000_000, gasPrice: 2, nonce: 0)
        let created = vm.execute(create, in: &world, block: Self.block)
        #expect(created.status == 0)
        let address = ChainRules.danse.newAddress(creator: Self.sender, nonce: 0)
        #expect(created.output == [address])
        #expect(world[address]?.code == code)
        #expect(world[address]?.nonce == 1)
        #expect(world[address]?.storage == [0: 5])
        #expect(world[Self.sender]?.nonce == 1)
        let expectedBalance: IeleInt = 9_998_000_000
        #expect(world[Self.sender]?.balance == expectedBalance)

        let call = Transaction(from: Self.sender, to: address, function: "get", gasLimit: 1_000_000, nonce: 1)
        let result = vm.execute(call, in: &world, block: Self.block)
        #expect(result.status == 0)
        #expect(result.output == [5])
        // Two constants (Gmove each), one sload of a 1-word key and value, a free `ret`.
        let s = GasSchedule.danse
        let used = 2 * 0 + s.gMove + s.gSload + s.gSloadKey + s.gSloadWord
        let available = (1_000_000 - s.intrinsicGas(of: call)) * s.sGasDivisor
        #expect(result.gasLeft == IeleInt((available - used + 999) / 1000))
    }

    @Test func illFormedCodeIsContractInvalidAndKeepsTheGas() {
        var world = Self.world()
        let create = Transaction(from: Self.sender, to: nil, contractCode: [0, 0, 0, 2, 0x63, 0], gasLimit: 100_000)
        let result = VirtualMachine().execute(create, in: &world, block: Self.block)
        #expect(result.status == 9)
        #expect(result.gasLeft == IeleInt(100_000 - GasSchedule.danse.intrinsicGas(of: create)))
        #expect(world.accounts.count == 1)
    }

    @Test func callingAnAccountWithoutCodeDepositsTheValue() {
        var world = Self.world()
        let deposit = Transaction(from: Self.sender, to: 0x77, function: "deposit", value: 10, gasLimit: 100_000)
        let result = VirtualMachine().execute(deposit, in: &world, block: Self.block)
        #expect(result.status == 0)
        #expect(world[0x77]?.balance == 10)
        let other = Transaction(from: Self.sender, to: 0x78, function: "other", gasLimit: 100_000, nonce: 1)
        #expect(VirtualMachine().execute(other, in: &world, block: Self.block).status == 3)
        // The account the failed call touched is empty, so it is not kept (#trimAccounts).
        #expect(world[0x78] == nil)
    }
}

@Suite struct ExecutionStatisticsTests {
    @Test func countsExecutedInstructions() throws {
        let source = """
            contract C {
              define public @f(%n) {
                %i = 0
              loop:
                %done = cmp ge %i, %n
                br %done, end
                %one = 1
                %i = add %i, %one
                br loop
              end:
                ret %i
              }
              define @init() {}
            }
            """
        let (result, statistics) = try VM.transact(source, "f", [3], gasLimit: 1_000_000)
        #expect(result.output == [3])
        // 1 (i = 0) + 3 × 5 (loop body) + 2 (final cmp, br) + 1 (ret)
        #expect(statistics.instructions == 1 + 3 * 5 + 2 + 1)
    }
}

/// Gas limits beyond what a machine word of internal units holds (about 9.2·10^15 transaction
/// units under DANSE): the gas used stays the real figure instead of a saturated one.
@Suite struct UnrepresentableGasTests {
    static let source = """
        contract C {
          define @init() {}
          define public @get() { ret 7 }
          define public @fail() { %z = 0 \n %q = div 1, %z \n ret %q }
        }
        """

    static func run(_ function: String, gasLimit: IeleInt) throws -> (result: TransactionResult, used: IeleInt) {
        var world = TransactionTests.world()
        let vm = VirtualMachine(schedule: .danse)
        let code = try VM.assemble(source)
        let create = Transaction(from: TransactionTests.sender, to: nil, contractCode: code, gasLimit: 1_000_000)
        _ = vm.execute(create, in: &world, block: TransactionTests.block)
        let address = ChainRules.danse.newAddress(creator: TransactionTests.sender, nonce: 0)
        let call = Transaction(
            from: TransactionTests.sender, to: address, function: function, gasLimit: gasLimit, nonce: 1)
        let result = vm.execute(call, in: &world, block: TransactionTests.block)
        return (result, gasLimit - result.gasLeft)
    }

    @Test func aHugeGasLimitReportsTheSameGasUsedAsAnOrdinaryOne() throws {
        let ordinary = try Self.run("get", gasLimit: 1_000_000)
        #expect(ordinary.result.status == 0)
        for limit: IeleInt in [IeleInt(Int.max / 1000), IeleInt(Int.max), IeleInt.one.shiftedLeft(by: 200) ?? 0] {
            let huge = try Self.run("get", gasLimit: limit)
            #expect(huge.result.status == 0)
            #expect(huge.result.output == [7])
            #expect(huge.used == ordinary.used, "gas limit \(limit)")
        }
    }

    @Test func anExceptionUnderAHugeGasLimitStillConsumesEverything() throws {
        let huge = try Self.run("fail", gasLimit: IeleInt.one.shiftedLeft(by: 100) ?? 0)
        #expect(huge.result.status != 0)
        #expect(huge.result.gasLeft == 0)
    }
}
