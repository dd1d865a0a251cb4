import IeleNumerics
import Testing

@testable import IeleVM

/// `add`, `sub`, `mul`, `div`, `mod`, `exp` and register moves: results, exceptions and exact gas.
@Suite struct ArithmeticTests {
    // Three registers (%a, %b, %r): the frame starts with current = peak = 3 words, far below the
    // 4096-word allowance, so no memory gas is due and the cost is the #compute cost alone.
    static func binary(_ op: String) -> String {
        "contract C { define public @f(%a, %b) { %r = \(op) %a, %b \n ret %r } define @init() {} }"
    }

    @Test func addIsExactAndCostsGaddPlusWords() throws {
        let r = try VM.call(Self.binary("add"), "f", [40, 2])
        #expect(r.status == 0)
        #expect(r.output == [42])
        #expect(r.gasUsed == GasSchedule.danse.gAdd + 1 * GasSchedule.danse.gAddWord)
    }

    @Test func subOfBigOperandsChargesPerWord() throws {
        let big = IeleInt.one.shiftedLeft(by: 200) ?? 0  // intSize 4
        let r = try VM.call(Self.binary("sub"), "f", [big, 1])
        #expect(r.output == [big - 1])
        #expect(r.gasUsed == GasSchedule.danse.gAdd + 4 * GasSchedule.danse.gAddWord)
    }

    @Test func mulCostsCmul() throws {
        let r = try VM.call(Self.binary("mul"), "f", [-6, 7])
        #expect(r.output == [-42])
        #expect(r.gasUsed == GasSchedule.danse.cMul(1, 1))
        #expect(GasSchedule.danse.cMul(1, 1) == 4 * 1 + 4 * 2 + 4900)
    }

    @Test func divTruncatesTowardZero() throws {
        let r = try VM.call(Self.binary("div"), "f", [-7, 2])
        #expect(r.output == [-3])
        #expect(r.gasUsed == GasSchedule.danse.cDiv(1, 1))
    }

    @Test func divisionByZeroIsUserError() throws {
        #expect(try VM.call(Self.binary("div"), "f", [1, 0]).status == 4)
        #expect(try VM.call(Self.binary("mod"), "f", [1, 0]).status == 4)
    }

    @Test func modTakesTheDividendSign() throws {
        let r = try VM.call(Self.binary("mod"), "f", [-7, 3])
        #expect(r.output == [-1])
    }

    @Test func expWithNegativeExponentIsUserError() throws {
        #expect(try VM.call(Self.binary("exp"), "f", [2, -1]).status == 4)
        let r = try VM.call(Self.binary("exp"), "f", [3, 4])
        #expect(r.output == [81])
        // Cexp(DANSE): Gexpkara·overApprox(adjBL·e/64) + Gexpword·adjBL + Gexp, adjBL(1, 3) = 1.
        #expect(r.gasUsed == 2 * 0 + 80 * 1 + 5300)
    }

    @Test func outOfGasLeavesStatusFive() throws {
        let r = try VM.call(Self.binary("add"), "f", [1, 2], gas: 2800)
        #expect(r.status == 5)
    }

    @Test func defaultScheduleChargesMovesPerWord() throws {
        // Under DEFAULT (no Gnewmove), `%r = %a` costs Gmove × intSize.
        let source = "contract C { define public @f(%a) { %r = %a \n ret %r } define @init() {} }"
        let big = IeleInt.one.shiftedLeft(by: 100) ?? 0  // 2 words
        let r = try VM.call(source, "f", [big], schedule: .default)
        #expect(r.output == [big])
        #expect(r.gasUsed == 3 * 2)
    }
}
