import IeleNumerics
import Testing

@testable import IeleVM

/// What differs between DEFAULT, ALBE and DANSE, and the VMTESTS mode.
@Suite struct ScheduleAndModeTests {
    @Test func albeIsDefaultPlusItsOverrides() {
        var expected = GasSchedule.default
        expected.gCall = 700
        expected.gSelfDestruct = 5000
        expected.gSelfDestructNewAccount = true
        expected.gStaticCallDepth = false
        expected.wordBitsForBitsInWords = 256
        expected.sumsRegisterValuesOnReturn = true
        expected.isAlbe = true
        #expect(GasSchedule.albe == expected)
        #expect(GasSchedule.danse.sGasDivisor == 1000)
        #expect(GasSchedule.danse.gCall == 40000)
    }

    @Test func bitsInWordsUses256BitWordsUnderAlbe() throws {
        // sha3's result estimate is bitsInWords(256): 1 word under ALBE, 4 otherwise; both far
        // below the allowance, so only the compute cost shows: Gsha3 for an absent cell.
        let source = "contract C { define public @f(%c) { %r = sha3 %c \n ret %r } define @init() {} }"
        #expect(GasSchedule.albe.bitsInWords(256) == 1)
        #expect(GasSchedule.danse.bitsInWords(256) == 4)
        let albe = try VM.call(source, "f", [1], schedule: .albe)
        #expect(albe.gasUsed == GasSchedule.albe.gSha3)
        let keccakOfEmpty = IeleInt("c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470", radix: 16)
        #expect(albe.output == [keccakOfEmpty ?? 0])
    }

    @Test func defaultPassesAllGasToCreatesAndAlbeKeepsOne64th() throws {
        let source = """
            contract Child { define @init() {} }
            contract C {
              external contract Child
              define public @f() { %s, %a = create Child() send 0 \n %g = call @iele.gas() \n ret %g }
              define @init() {}
            }
            """
        let gas = 64_000_000
        let albe = try VM.call(source, "f", schedule: .albe, gas: gas)
        let albeLeft = try #require(albe.output.first?.asInt)
        // ALBE: the caller keeps 1/64 of what is left after Gcreate, plus the child's unused gas.
        #expect(albeLeft > (gas - 32000) / 64)
        let byDefault = try VM.call(source, "f", schedule: .default, gas: gas)
        #expect(byDefault.status == 0)
    }

    @Test func vmTestsModeDoesNotRunCallees() throws {
        let source = """
            contract C {
              define public @f() {
                %gas = call @iele.gas()
                %me = call @iele.address()
                %s, %v = call @g at %me() send 0, gaslimit %gas
                ret %s, %v
              }
              define public @g() { %k = 1 \n sstore %k, %k \n ret 9 }
              define @init() {}
            }
            """
        var world = WorldState()
        world[VM.contractAddress] = Account(nonce: 1, code: try VM.assemble(source))
        world[VM.sender] = Account(balance: 1_000_000_000)
        let call = Transaction(from: VM.sender, to: VM.contractAddress, function: "f", gasLimit: 1_000_000)
        let normal = VirtualMachine(schedule: .danse).execute(call, in: &world, block: BlockHeader(), mode: .normal)
        #expect(normal.output == [0, 9])
        var fresh = WorldState()
        fresh[VM.contractAddress] = Account(nonce: 1, code: try VM.assemble(source))
        fresh[VM.sender] = Account(balance: 1_000_000_000)
        let vmTests = VirtualMachine(schedule: .danse).execute(call, in: &fresh, block: BlockHeader(), mode: .vmTests)
        // The inner call ends at once: status 0, and the result register keeps its old value 0.
        #expect(vmTests.output == [0, 0])
        #expect(fresh[VM.contractAddress]?.storage.isEmpty == true)
    }

    @Test func vmTestsBlockhashIsKeccakOfTheNumber() throws {
        let source = "contract C { define public @f(%n) { %h = call @iele.blockhash(%n) \n ret %h } define @init() {} }"
        var world = WorldState()
        world[VM.contractAddress] = Account(nonce: 1, code: try VM.assemble(source))
        world[VM.sender] = Account(balance: 1_000_000_000)
        let call = Transaction(
            from: VM.sender, to: VM.contractAddress, function: "f", arguments: [3], gasLimit: 100_000)
        let result = VirtualMachine().execute(call, in: &world, block: BlockHeader(number: 10), mode: .vmTests)
        let keccakOf3 = IeleInt("2a80e1ef1d7842f27f2e6be0972bb708b9a135c38860dbe73c27c3486c34f4de", radix: 16)
        #expect(result.output == [keccakOf3 ?? 0])
    }
}
