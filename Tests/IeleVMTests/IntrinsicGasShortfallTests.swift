import IeleNumerics
import Testing

@testable import IeleVM

/// What the interpreter fuzzer's first report turned out to be: a gas limit below the intrinsic gas
/// is the reference's business, not an overflow. K runs the transaction with `(GLIMIT - G0) ×
/// Sgasdivisor` gas, negative here (iele-testing.md `loadTx`), and a contract that fails
/// `#checkContract` gets that amount back, so the gas left is about `limit - G0`, below zero.
@Suite struct IntrinsicGasShortfallTests {
    static let sender: IeleInt = 0x1000

    @Test func invalidContractBelowTheIntrinsicGasReportsTheShortfall() {
        var world = WorldState(accounts: [Self.sender: Account(balance: 1_000_000_000_000)])
        let create = Transaction(from: Self.sender, to: nil, contractCode: [0x00, 0x01], value: 7, gasLimit: 0)
        let result = VirtualMachine(schedule: .danse).execute(create, in: &world, block: BlockHeader(number: 1))
        #expect(result.status == IeleInt(ExitStatus.contractInvalid.code))
        // Reported in transaction units with data.md `up/Int`, `(I1 + I2 - 1) /Int I2`, which for a
        // negative I1 (−G0 × 1000 under DANSE) truncates towards zero: −G0 + 1.
        #expect(result.gasLeft == IeleInt(1 - GasSchedule.danse.intrinsicGas(of: create)))
    }
}
