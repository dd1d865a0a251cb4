import IeleNumerics
import Testing

@testable import IeleVM

/// The calibrated schedule (issue 10, item 3): chosen by name, charged as its constants say, and
/// leaving the reference schedules as they were.
@Suite struct CalibratedScheduleTests {
    @Test func isChosenByName() {
        #expect(GasScheduleName(rawValue: "Calibrated") == .calibrated)
        #expect(GasSchedule(.calibrated) == .calibrated)
        #expect(ChainRules(schedule: .calibrated).gasSchedule == .calibrated)
        #expect(VirtualMachine(schedule: .calibrated).rules.gasSchedule == .calibrated)
    }

    /// Everything but some constants is DANSE's (formulas, flags, divisor, allowance, reward), and
    /// every constant that differs is higher.
    @Test func isDanseWithHigherConstants() {
        let danse = Dictionary(uniqueKeysWithValues: Mirror(reflecting: GasSchedule.danse).children.map { ($0.label ?? "", $0.value) })
        var raised: [String] = []
        for child in Mirror(reflecting: GasSchedule.calibrated).children {
            let name = child.label ?? ""
            if let value = child.value as? Int, let reference = danse[name] as? Int {
                #expect(value >= reference, "\(name)")
                if value != reference { raised.append(name) }
            } else {
                #expect(String(describing: child.value) == String(describing: danse[name] ?? "missing"), "\(name)")
            }
        }
        #expect(GasSchedule.calibrated.sGasDivisor == 1000 && GasSchedule.calibrated.gNewArith)
        #expect(raised.contains("gSha3Word") && raised.contains("gStoreWord") && !raised.contains("gBr"))
        #expect(!raised.contains("gAdd") && !raised.contains("gIsZero") && !raised.contains("sMemAllowance"))
    }

    /// The reference schedules keep the values the conformance suite checks (96/96 with identical
    /// gas, in `ConformanceSuiteTests`); these are a few of iele-gas.md's DANSE numbers directly.
    @Test func referenceSchedulesAreUnchanged() {
        #expect(GasSchedule(.danse) == .danse)
        #expect(GasSchedule(.albe) == .albe)
        #expect(GasSchedule(.default) == .default)
        let danse = GasSchedule.danse
        #expect([danse.gSha3, danse.gSha3Word, danse.gStoreCell, danse.gStoreWord] == [8300, 20, 2800, 4])
        #expect([danse.gAddWord, danse.gBitwiseWord, danse.gLoadWord, danse.gSextWord] == [1, 1, 3, 5])
        #expect([danse.gMulWord, danse.gDivWord, danse.gSha256Word, danse.gLogData] == [4, 5, 30, 8000])
    }

    /// `store %v, 0` then `%h = sha3 0` on a one-word value: each constant `0` is loaded into a
    /// temporary first (Gmove), then Gstorecell + 1·Gstoreword (intSize 1) and Gsha3 + 1·Gsha3word
    /// (two bytes are one word); `%h`'s four words are inside the allowance and `ret` at the top
    /// costs nothing. By hand from the calibrated constants.
    @Test func chargesAContractByItsConstants() throws {
        let source = "contract C { define public @f(%v) { store %v, 0 \n %h = sha3 0 \n ret %h } define @init() {} }"
        let calibrated = try VM.call(source, "f", [0x1234], schedule: .calibrated)
        let danse = try VM.call(source, "f", [0x1234], schedule: .danse)
        #expect(calibrated.status == 0)
        #expect(calibrated.output == danse.output)
        #expect(danse.gasUsed == 2000 + 2800 + 4 + 2000 + 8300 + 20)
        #expect(calibrated.gasUsed == Self.handComputedStoreAndSha3)
    }

    /// Two constant loads at Gmove 2000 (DANSE's), then the calibrated Gstorecell 123996,
    /// Gstoreword 6720, Gsha3 510272 and Gsha3word 44385.
    static let handComputedStoreAndSha3 = 2 * 2000 + 123996 + 6720 + 510272 + 44385

    /// The same through the public API, with the transaction's intrinsic gas.
    @Test func runsATransactionUnderIt() throws {
        let source = "contract C { define public @f(%v) { store %v, 0 \n %h = sha3 0 \n ret %h } define @init() {} }"
        let code = try VM.assemble(source)
        let contract: IeleInt = 0x1000
        let sender: IeleInt = 0xaaaa
        var world = WorldState(accounts: [sender: Account(balance: 1_000_000_000_000)])
        world[contract] = Account(nonce: 1, code: code)
        let call = Transaction(
            from: sender, to: contract, function: "f", arguments: [0x1234], contractCode: [], gasLimit: 1_000_000,
            gasPrice: 1, nonce: 0)
        let result = VirtualMachine(schedule: .calibrated)
            .execute(call, in: &world, block: BlockHeader(number: 1, gasLimit: 10_000_000, timestamp: 1))
        #expect(result.status == 0)
        // Transaction gas: intrinsic gas plus the instruction gas divided by Sgasdivisor (1000), rounded up.
        let intrinsic = GasSchedule.calibrated.intrinsicGas(of: call)
        let instructionGas = Self.handComputedStoreAndSha3
        #expect(result.gasLeft == IeleInt(1_000_000 - intrinsic - (instructionGas / 1000)))
    }
}
