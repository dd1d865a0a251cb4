import IeleNumerics
import Testing

@testable import IeleVM

/// The interpreter's speed devices: word-sized fast paths, superinstructions, the register file.
/// Each must be invisible: same results and gas as the general handlers.
@Suite struct FastPathTests {
    @Test func wordSizedCostsAreTheGeneralFormulasAtSizeOne() {
        for schedule in [GasSchedule.danse, .albe, .default] {
            let costs = WordSizedCosts(schedule)
            #expect(costs.addition == schedule.gAdd + 1 * schedule.gAddWord)
            #expect(costs.comparison == schedule.gCmp + 1 * schedule.gCmpWord)
            #expect(costs.wordsOf256Bits == schedule.bitsInWords(256))
        }
    }

    @Test func localCallConstantsAreTheScheduleFormulas() {
        for schedule in [GasSchedule.danse, .albe, .default] {
            let costs = WordSizedCosts(schedule)
            #expect(costs.callRegister == schedule.gCallReg)
            #expect(costs.localCall == schedule.gLocalCall)
            #expect(costs.callMemory == schedule.gCallMemory)
            #expect(costs.movePerValue == (schedule.gNewMove ? 0 : schedule.gMove))
            #expect(costs.localReturn == (schedule.gNewMove ? 0 : 8))
            // ALBE frees a callee's registers by their values, which only the general path does.
            #expect(costs.localCallsAreSimple == !schedule.sumsRegisterValuesOnReturn)
        }
        var huge = GasSchedule.danse
        huge.gCallReg = Int.max
        #expect(!WordSizedCosts(huge).localCallsAreSimple)
    }

    @Test func localCallsCostTheSameWithOrWithoutABigValueAround() throws {
        // `%v` is never used: when it is big, every call and return below takes the general path;
        // when it is small, the word-sized one. The gas of the measured call (after a first call
        // that raised the peak memory, so neither pays memory gas) must not differ.
        let source = """
            contract C {
              define public @f(%n, %v) {
                %x, %y = call @g(%n, 3)
                %g0 = call @iele.gas()
                %x, %y = call @g(%n, 3)
                %g1 = call @iele.gas()
                %d = sub %g0, %g1
                %s = add %x, %y
                ret %d, %s
              }
              define @g(%n, %k) {
                %z = iszero %n
                br %z, base
                %m = sub %n, 1
                %p, %q = call @g(%m, %k)
                %p = add %p, %k
                ret %p, %q
              base:
                ret %n, %k
              }
              define @init() {}
            }
            """
        let big = IeleInt(1).shiftedLeft(by: 200) ?? 0
        for schedule in [GasSchedule.danse, .albe, .default] {
            let small = try VM.call(source, "f", [6, 5], schedule: schedule)
            let aside = try VM.call(source, "f", [6, big], schedule: schedule)
            #expect(small.status == 0 && aside.status == 0)
            #expect(small.output == aside.output)
            #expect(small.output.count == 2 && small.output[1] == 21)
            #expect(small.machine.bigRegisters == 0 && aside.machine.bigRegisters > 0)
        }
    }

    @Test func aCalleesBigConstantIsFreedWhenItReturns() throws {
        // `@g` holds a big constant, as a token's transfer holds its event topic. Once it has
        // returned, nothing live is big, so the next calls may take the word-sized paths; the
        // results and gas are those of the general path either way.
        let source = """
            contract C {
              define public @f(%n) {
              loop:
                %done = iszero %n
                br %done, out
                %r = call @g(%n)
                %n = sub %n, 1
                br loop
              out:
                ret %n
              }
              define @g(%x) {
                %topic = 0xDDF252AD1BE2C89B69C2B068FC378DAA952BA7F163C4A11628F55A4DF523B3EF
                %y = add %x, %topic
                %z = iszero %y
                ret %z
              }
              define @init() {}
            }
            """
        let once = try VM.call(source, "f", [1])
        let thrice = try VM.call(source, "f", [3])
        #expect(once.status == 0 && thrice.status == 0)
        #expect(thrice.machine.bigRegisters == 0)
        #expect(thrice.machine.bigRegisters == FastPathTests.bigSlots(of: thrice.machine))
        // Two more iterations cost twice what one more iteration of the loop costs.
        let twice = try VM.call(source, "f", [2])
        #expect(thrice.gasUsed - twice.gasUsed == twice.gasUsed - once.gasUsed)
    }

    @Test func bigArgumentAndResultFallBackWithTheFormulaGas() throws {
        // The same calls with a one-word and a big argument that comes back as the result. Only
        // the moves of the argument depend on its size (`Gmove` per word, unless `Gnewmove`); the
        // first call raised the peak memory, so the measured one pays no memory gas.
        let source = """
            contract C {
              define public @f(%v) {
                %r = call @h(%v)
                %g0 = call @iele.gas()
                %r = call @h(%v)
                %g1 = call @iele.gas()
                %d = sub %g0, %g1
                ret %d, %r
              }
              define @h(%a) {
                ret %a
              }
              define @init() {}
            }
            """
        let big = IeleInt(1).shiftedLeft(by: 200) ?? 0
        for schedule in [GasSchedule.danse, .default] {
            let small = try VM.call(source, "f", [5], schedule: schedule)
            let large = try VM.call(source, "f", [big], schedule: schedule)
            #expect(small.status == 0 && large.status == 0)
            #expect(small.output.count == 2 && large.output.count == 2)
            #expect(small.output.last == 5 && large.output.last == big)
            let extraMoves = schedule.gNewMove ? 0 : (big.words - 1) * schedule.gMove
            #expect(large.output.first == small.output.first.map { $0 + IeleInt(extraMoves) })
        }
    }

    @Test func deepWordSizedRecursionGrowsTheStacksThroughTheGeneralPath() throws {
        // The word-sized path never grows the register file or the local-call stack: at each of
        // their limits it declines and the general path grows them, then it takes over again.
        let source = """
            contract C {
              define public @f(%n) {
                %r = call @g(%n)
                ret %r
              }
              define @g(%n) {
                %z = iszero %n
                br %z, done
                %m = sub %n, 1
                %r = call @g(%m)
                %r = add %r, %n
                ret %r
              done:
                ret 0
              }
              define @init() {}
            }
            """
        for depth in [31, 32, 33, 700] {
            let r = try VM.call(source, "f", [IeleInt(depth)])
            #expect(r.status == 0)
            #expect(r.output == [IeleInt(depth * (depth + 1) / 2)])
            #expect(r.machine.localCalls.isEmpty)
            #expect(r.machine.bigRegisters == 0)
        }
    }

    @Test func localCallShortOfGasFailsLikeTheGeneralPath() throws {
        // Just enough gas for everything before the call: the word-sized path declines and the
        // general one ends the call OUT_OF_GAS, using all the gas.
        let source = """
            contract C {
              define public @f(%n) {
                %r = call @g(%n)
                ret %r
              }
              define @g(%n) {
                ret %n
              }
              define @init() {}
            }
            """
        let full = try VM.call(source, "f", [1])
        #expect(full.status == 0)
        for gas in [full.gasUsed - 1, full.gasUsed / 2, 1] {
            let short = try VM.call(source, "f", [1], gas: gas)
            #expect(short.status == ExitStatus.outOfGas.code)
            #expect(short.gasUsed == gas)
        }
        #expect(try VM.call(source, "f", [1], gas: full.gasUsed).status == 0)
    }

    @Test func decoderFusesCommonPairsAndLeavesSecondHalvesAlone() throws {
        let source = """
            contract C {
              define public @f(%n) {
                %s = 0
              top:
                %done = cmp le %n, 0
                br %done, out
                %s = add %s, %n
                %n = sub %n, 1
                %z = iszero %n
                br %z, out
                br top
              out:
                ret %s
              }
              define @init() {}
            }
            """
        let program = try ProgramDecoder.decode(try VM.assemble(source))
        let kinds = program.code.map(\.kind)
        #expect(kinds.contains(.loadSmallConstantThenCompare))
        #expect(kinds.contains(.compareThenBranchIf))
        #expect(kinds.contains(.loadSmallConstantThenSub))
        #expect(kinds.contains(.iszeroThenBranchIf))
        // The second half of every pair keeps its own kind, so a jump to it runs it alone.
        for (k, kind) in kinds.enumerated() where k + 1 < kinds.count {
            switch kind {
            case .compareThenBranchIf, .iszeroThenBranchIf: #expect(kinds[k + 1] == .brc)
            case .loadSmallConstantThenSub: #expect(kinds[k + 1] == .sub)
            case .loadSmallConstantThenAdd: #expect(kinds[k + 1] == .add)
            case .loadSmallConstantThenCompare: #expect(kinds[k + 1] == .compareThenBranchIf || kinds[k + 1].isComparison)
            case .loadSmallConstantThenLoadSmallConstant: #expect(kinds[k + 1].startsWithSmallConstantLoad)
            default: break
            }
        }
        #expect(try VM.call(source, "f", [10]).output == [55])
    }

    @Test func jumpIntoTheSecondHalfOfAPairRunsItAlone() throws {
        // `loop` labels the `add` that follows the constant load of `%step`, so every iteration after
        // the first enters the fused pair in its middle.
        let source = """
            contract C {
              define public @f(%n) {
                %s = 0
                %step = 7
              loop:
                %s = add %s, %step
                %n = sub %n, 1
                %more = cmp gt %n, 0
                br %more, loop
                ret %s
              }
              define @init() {}
            }
            """
        #expect(try VM.call(source, "f", [4]).output == [28])
    }

    @Test func branchAfterAFusedStepIsAlsoAJumpTarget() throws {
        // `%n = sub %n, 1` runs its `br top` without a dispatch of its own; `skip` labels that same
        // `br`, which other paths reach by jumping to it directly.
        let source = """
            contract C {
              define public @f(%n) {
                %s = 0
              top:
                %done = cmp le %n, 0
                br %done, out
                %s = add %s, %n
                %n = sub %n, 1
                %odd = and %n, 1
                br %odd, skip
                %n = sub %n, 1
              skip:
                br top
              out:
                ret %s
              }
              define @init() {}
            }
            """
        // s = 10 + 9 + 7 + 5 + 3 + 1: after each odd n the second decrement is skipped.
        #expect(try VM.call(source, "f", [10]).output == [35])
    }

    @Test func runsOfConstantLoadsFuseAndKeepTheirGas() throws {
        // `store %v, 0, 0, 32` loads three literals in a row; `%m = mul %v, 3` one before a `mul`.
        // The same work written with the literals in registers loaded once, outside the loop,
        // executes fewer loads, so the gas differs by exactly those loads' cost (Gmove each).
        func program(_ body: String, _ setup: String = "") -> String {
            """
            contract C {
              define public @f(%n) {
                %v = 7
                \(setup)
              loop:
                %done = iszero %n
                br %done, out
                \(body)
                %n = sub %n, 1
                br loop
              out:
                %r = load 0, 0, 32
                ret %r
              }
              define @init() {}
            }
            """
        }
        let literal = try VM.call(program("%v = mul %v, 3 \n store %v, 0, 0, 32"), "f", [4])
        let hoisted = try VM.call(
            program("%v = mul %v, %three \n store %v, %zero, %zero, %width", "%three = 3 \n %zero = 0 \n %width = 32"),
            "f", [4])
        #expect(literal.output == [7 * 81])
        #expect(hoisted.output == literal.output)
        // Four literal loads per iteration (3, 0, 0, 32) over four iterations, against three loads
        // before the loop: 16 − 3 = 13 more loads, and nothing else differs.
        #expect(literal.gasUsed - hoisted.gasUsed == 13 * GasSchedule.danse.gMove)
    }

    @Test func overflowingAddFallsBackWithTheSameGas() throws {
        let source = """
            contract C {
              define public @f(%a, %b) {
                %c = add %a, %b
                ret %c
              }
              define @init() {}
            }
            """
        let small = try VM.call(source, "f", [5, 1])
        let overflowing = try VM.call(source, "f", [IeleInt(Int.max), 1])
        #expect(small.output == [6])
        #expect(overflowing.output == [IeleInt(Int.max) + 1])
        // Both operands are one word either way: the cost and the size estimate are the same.
        #expect(small.gasUsed == overflowing.gasUsed)
    }

    @Test func smallResultOverBigRegisterTakesTheGeneralPath() throws {
        // `%x` first holds a 200-bit value; a small result written over it must release it and
        // shrink the current memory, which only the general path does.
        func program(_ write: String) -> String {
            """
            contract C {
              define public @f(%a) {
                %x = 0x\(String(repeating: "f", count: 50))
                \(write)
                %y = add %a, %a
                ret %x
              }
              define @init() {}
            }
            """
        }
        let added = try VM.call(program("%x = add %a, %a"), "f", [3])
        let compared = try VM.call(program("%x = cmp lt %a, %a"), "f", [3])
        #expect(added.output == [6])
        #expect(compared.output == [0])
        #expect(added.status == 0 && compared.status == 0)
    }

    @Test func registerFileGrowthKeepsBigValues() throws {
        // Deep recursion with a big value per frame: the register file is reallocated several
        // times while the callers' registers hold GMP-backed values.
        let source = """
            contract C {
              define public @f(%n) {
                %r = call @g(%n)
                ret %r
              }
              define @g(%n) {
                %big = shift 1, 200
                %z = iszero %n
                br %z, done
                %m = sub %n, 1
                %r = call @g(%m)
                %r = add %r, %big
                ret %r
              done:
                ret 0
              }
              define @init() {}
            }
            """
        let r = try VM.call(source, "f", [300])
        #expect(r.status == 0)
        #expect(r.output == [(IeleInt(1).shiftedLeft(by: 200) ?? 0) * 300])
        #expect(r.machine.bigRegisters == FastPathTests.bigSlots(of: r.machine))
        #expect(r.machine.bigRegisters > 0)
    }

    @Test func bigRegisterCountStaysExact() throws {
        // Big values enter registers as constants, results, arguments and call results, and leave
        // them by overwrites and by register reuse in later calls.
        let source = """
            contract C {
              define public @f(%n) {
                %acc = 0
              loop:
                %done = iszero %n
                br %done, out
                %big = 0x1000000000000000000000000
                %v = call @g(%big, %n)
                %acc = add %acc, %v
                %big = 1
                %n = sub %n, 1
                br loop
              out:
                %small = call @g(1, 2)
                ret %acc
              }
              define @g(%x, %y) {
                %p = mul %x, %y
                %q = sub %p, %p
                %r = add %p, %q
                ret %r
              }
              define @init() {}
            }
            """
        let r = try VM.call(source, "f", [5])
        #expect(r.status == 0)
        #expect(r.output == [IeleInt(15) * (IeleInt(1).shiftedLeft(by: 96) ?? 0)])
        #expect(r.machine.bigRegisters == FastPathTests.bigSlots(of: r.machine))
    }

    @Test func bigRegisterCountFollowsInPlaceResults() throws {
        // `sha3` and `bswap` build their results inside the destination register; a register goes
        // from small to big and back through them.
        let source = """
            contract C {
              define public @f(%n) {
                %h = 1
              loop:
                %done = iszero %n
                br %done, out
                %w = bswap 32, %h
                store %w, 0, 0, 32
                %h = sha3 0
                %w = 5
                %n = sub %n, 1
                br loop
              out:
                %h = bswap 8, 1
                ret %h
              }
              define @init() {}
            }
            """
        let r = try VM.call(source, "f", [3])
        #expect(r.status == 0)
        #expect(r.output == [IeleInt(1).shiftedLeft(by: 56) ?? 0])
        #expect(r.machine.bigRegisters == FastPathTests.bigSlots(of: r.machine))
    }

    /// The slots of the machine's register file that hold a big value, counted one by one.
    static func bigSlots(of machine: Machine) -> Int {
        (0..<machine.registerCapacity).filter { !machine.registerStart[$0].isSmall }.count
    }
}

extension OpKind {
    /// A plain or fused `loadSmallConstant`: its first (or only) effect is that load.
    var startsWithSmallConstantLoad: Bool {
        switch self {
        case .loadSmallConstant, .loadSmallConstantThenAdd, .loadSmallConstantThenSub, .loadSmallConstantThenCompare,
            .loadSmallConstantThenMul, .loadSmallConstantThenLoadSmallConstant, .loadSmallConstantThenBswap,
            .loadSmallConstantThenStoreCell, .loadSmallConstantThenStoreBytes, .loadSmallConstantThenSha3:
            return true
        default: return false
        }
    }
}
