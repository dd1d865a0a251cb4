import IeleCrypto
import IeleNumerics
import Testing

@testable import IeleVM

/// Network choices as data: address width and derivation, new-contract nonce, intrinsic gas.
@Suite struct ChainRulesTests {
    static let sender: IeleInt = 0xa94f

    @Test func referenceNetworksDifferOnlyInTheSchedule() {
        #expect(ChainRules.danse.scheduleName == .danse)
        #expect(ChainRules.albe.scheduleName == .albe)
        #expect(ChainRules.default.scheduleName == .default)
        #expect(ChainRules.danse.addressWidth == 20)
        #expect(ChainRules.danse.contractStartNonce == 1)
        #expect(VirtualMachine(schedule: .albe).rules == .albe)
    }

    @Test func twentyByteAddressesAreTheLastBytesOfTheHash() {
        // rlp([creator as 20 bytes, 5]) = d6 94 <20 bytes> 05
        let expected = Keccak256.hash([0xd6, 0x94] + Self.sender.bigEndianBytes(count: 20) + [0x05])
        let address = ChainRules.danse.newAddress(creator: Self.sender, nonce: 5)
        #expect(address == IeleInt(bigEndianUnsigned: expected[12...]))
    }

    @Test func thirtyTwoByteAddressesAreTheWholeHash() {
        let rules = ChainRules(scheduleName: .danse, addressWidth: 32)
        // rlp([creator as 32 bytes, 5]) = e2 a0 <32 bytes> 05
        let expected = Keccak256.hash([0xe2, 0xa0] + Self.sender.bigEndianBytes(count: 32) + [0x05])
        #expect(rules.newAddress(creator: Self.sender, nonce: 5) == IeleInt(bigEndianUnsigned: expected))
        #expect(rules.addressMask == (IeleInt.one.shiftedLeft(by: 256) ?? 0) - 1)
        #expect(ChainRules(scheduleName: .danse, addressWidth: 99).addressWidth == 32)
    }

    @Test func theAddressMaskFollowsTheWidth() {
        var rules = ChainRules.danse
        #expect(rules.addressMask == (IeleInt.one.shiftedLeft(by: 160) ?? 0) - 1)
        rules.addressWidth = 99  // clamped to 32
        #expect(rules.addressMask == (IeleInt.one.shiftedLeft(by: 256) ?? 0) - 1)
        rules.addressWidth = 8
        #expect(rules.addressMask == (IeleInt.one.shiftedLeft(by: 64) ?? 0) - 1)
    }

    @Test func aCreateUsesTheRulesAddressAndStartNonce() throws {
        let rules = ChainRules(scheduleName: .danse, addressWidth: 32, contractStartNonce: 0)
        let code = try VM.assemble("contract D { define @init() {} define public @f() { ret void } }")
        let world = WorldState(accounts: [Self.sender: Account(balance: 10_000_000_000)])
        let create = Transaction(from: Self.sender, to: nil, contractCode: code, gasLimit: 1_000_000)
        let outcome = VirtualMachine(rules: rules).execute(create, on: world, block: BlockHeader(number: 1))
        let address = rules.newAddress(creator: Self.sender, nonce: 0)
        #expect(outcome.result.output == [address])
        #expect(outcome.changes.accounts[address]?.nonce == 0)
        #expect(outcome.changes.accounts[address]?.code == code)
    }

    @Test func aHostThatChargesIntrinsicGasLeavesTheWholeLimit() throws {
        let code = try VM.assemble("contract D { define @init() {} define public @f() { ret void } }")
        let world = WorldState(accounts: [
            Self.sender: Account(balance: 10_000_000_000), 0x1000: Account(nonce: 1, code: code),
        ])
        let call = Transaction(from: Self.sender, to: 0x1000, function: "f", gasLimit: 1_000_000)
        var rules = ChainRules.danse
        let byVM = VirtualMachine(rules: rules).execute(call, on: world, block: BlockHeader(number: 1))
        rules.intrinsicGas = .byHost
        let byHost = VirtualMachine(rules: rules).execute(call, on: world, block: BlockHeader(number: 1))
        #expect(byHost.result.gasLeft - byVM.result.gasLeft == IeleInt(GasSchedule.danse.intrinsicGas(of: call)))
    }

    @Test func accountExistenceDecidesTheNewAccountCharge() throws {
        let code = try VM.assemble(
            """
            contract D {
              define @init() {}
              define public @f(%x) { %s = call @g at %x () send 1 , gaslimit 0 \n ret %s }
            }
            """)
        // 0x3000 exists but is empty: new under `.nonEmpty`, existing under `.present`.
        let world = WorldState(accounts: [
            Self.sender: Account(balance: 10_000_000_000), 0x1000: Account(nonce: 1, balance: 10, code: code),
            0x3000: Account(),
        ])
        let call = Transaction(
            from: Self.sender, to: 0x1000, function: "f", arguments: [0x3000], gasLimit: 1_000_000)
        var rules = ChainRules.danse
        let nonEmpty = VirtualMachine(rules: rules).execute(call, on: world, block: BlockHeader(number: 1))
        rules.accountExistence = .present
        let present = VirtualMachine(rules: rules).execute(call, on: world, block: BlockHeader(number: 1))
        #expect(present.result.gasLeft > nonEmpty.result.gasLeft)
    }
}
