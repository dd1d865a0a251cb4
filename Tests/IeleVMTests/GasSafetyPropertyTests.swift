import IeleBytecode
import IeleNumerics
import Testing

@testable import IeleVM

/// A seeded property test of gas safety (issue 10): every instruction, builtin and precompile, with
/// adversarial operands, under a huge and a tiny gas limit and every schedule, must end in a status
/// without trapping; the gas used stays within [0, limit]; the gas left never grows across the
/// instruction (read with `@iele.gas` before and after it, calls and precompiles included); and a
/// rerun gives the same status, output and gas.
///
/// The instructions come from the opcode table, so an opcode added without a template here fails
/// `everyOpcodeHasATemplate`; the precompiles come from `Precompiled.all`. Operands that would make
/// the VM allocate a lot (widths and shifts between 2^20 and the live-memory cap) are left out on
/// purpose: the test must stay bounded. Each case's operands are drawn from `Self.operands` by a
/// generator seeded with the case (`RobustnessTests.SplitMix`), so a failure names a reproducible
/// case.
@Suite struct GasSafetyPropertyTests {
    static let twoTo256 = IeleInt("1" + String(repeating: "0", count: 64), radix: 16) ?? 0
    static let twoTo64 = IeleInt("10000000000000000", radix: 16) ?? 0

    /// Zero, ±1, ±2^63, ±2^64, ±2^256, -2^256·k, 2^256 ± 1, widths and lengths small and huge.
    static let operands: [IeleInt] = [
        0, 1, -1, 8, -8, 64, IeleInt(Int.max), IeleInt(Int.min), -IeleInt(Int.min), IeleInt(Int.min) - 1,
        IeleInt(1 << 40), IeleInt(1) - twoTo256, twoTo256 - 1, twoTo256, -twoTo256, -twoTo256 * 3,
        -twoTo256 * twoTo256, twoTo64, -twoTo64, twoTo256 + 8,
    ]

    /// The gas limits (instruction units): one far beyond any block, and tiny ones.
    static let hugeGas = 1 << 62
    static let tinyGas = [0, 1, 2_500, 9_000, 30_000]

    /// Cases per template: operand tuples drawn from `operands`.
    static let trials = 12

    /// An instruction's text, in the body of `@f(%a, %b, %c, %d)`; `ends` when it ends the call
    /// (nothing may follow it).
    struct Template: CustomStringConvertible, Sendable {
        var text: String
        var ends = false
        var description: String { text }
    }

    /// The template of each opcode that decodes to an instruction; nil for the structural ones.
    static func template(_ opcode: Opcode) -> Template? {
        let t = { (text: String) in Template(text: text) }
        switch opcode {
        case .add: return t("%r = add %a, %b")
        case .mul: return t("%r = mul %a, %b")
        case .sub: return t("%r = sub %a, %b")
        case .div: return t("%r = div %a, %b")
        case .mod: return t("%r = mod %a, %b")
        case .exp: return t("%r = exp %a, %b")
        case .addmod: return t("%r = addmod %a, %b, %c")
        case .mulmod: return t("%r = mulmod %a, %b, %c")
        case .expmod: return t("%r = expmod %a, %b, %c")
        case .signExtend: return t("%r = sext %a, %b")
        case .twos: return t("%r = twos %a, %b")
        case .bswap: return t("%r = bswap %a, %b")
        case .ne: return t("%r = cmp ne %a, %b")
        case .lt: return t("%r = cmp lt %a, %b")
        case .gt: return t("%r = cmp gt %a, %b")
        case .le: return t("%r = cmp le %a, %b")
        case .ge: return t("%r = cmp ge %a, %b")
        case .eq: return t("%r = cmp eq %a, %b")
        case .isZero: return t("%r = iszero %a")
        case .and: return t("%r = and %a, %b")
        case .or: return t("%r = or %a, %b")
        case .xor: return t("%r = xor %a, %b")
        case .not: return t("%r = not %a")
        case .byte: return t("%r = byte %a, %b")
        case .shift: return t("%r = shift %a, %b")
        case .logarithm2: return t("%r = log2 %a")
        case .sha3: return t("store %b, %a \n %r = sha3 %a")
        case .address: return t("%r = call @iele.address()")
        case .balance: return t("%r = call @iele.balance(%a)")
        case .origin: return t("%r = call @iele.origin()")
        case .caller: return t("%r = call @iele.caller()")
        case .callValue: return t("%r = call @iele.callvalue()")
        case .codeSize: return t("%r = call @iele.codesize()")
        case .gasPrice: return t("%r = call @iele.gasprice()")
        case .extCodeSize: return t("%r = call @iele.extcodesize(%a)")
        case .blockHash: return t("%r = call @iele.blockhash(%a)")
        case .beneficiary: return t("%r = call @iele.beneficiary()")
        case .timestamp: return t("%r = call @iele.timestamp()")
        case .number: return t("%r = call @iele.number()")
        case .difficulty: return t("%r = call @iele.difficulty()")
        case .gasLimit: return t("%r = call @iele.gaslimit()")
        case .mloadN: return t("store %d, %a \n %r = load %a, %b, %c")
        case .mload: return t("store %b, %a \n %r = load %a")
        case .mstoreN: return t("store %a, %b, %c, %d")
        case .mstore: return t("store %a, %b")
        case .sload: return t("sstore %b, %a \n %r = sload %a")
        case .sstore: return t("sstore %a, %b")
        case .msize: return t("%r = call @iele.msize()")
        case .gas: return t("%r = call @iele.gas()")
        case .move: return t("%r = %a")
        case .loadPositive:
            return t("%r = 115792089237316195423570985008687907853269984665640564039457584007913129639936")
        case .loadNegative:
            return t("%r = -115792089237316195423570985008687907853269984665640564039457584007913129639937")
        case .br: return t("br next \n next:")
        case .brc: return t("br %a, next \n next:")
        case .log0: return t("log %a")
        case .log1: return t("log %a, %b")
        case .log2: return t("log %a, %b, %c")
        case .log3: return t("log %a, %b, %c, %d")
        case .log4: return t("log %a, %b, %c, %d, %a")
        case .create: return t("%s, %n = create Child(%a) send %b")
        case .copyCreate:
            return t(
                "%s, %n = copycreate %a(%b) send %c \n %me = call @iele.address() \n"
                    + " %t, %m = copycreate %me() send %d")
        case .call:
            return t(
                "%s, %r = call @g at %a(%b) send %c, gaslimit %d \n %me = call @iele.address() \n"
                    + " %t, %q = call @g at %me(%b) send %c, gaslimit %d")
        case .callDynamic: return t("%me = call @iele.address() \n %s, %r = call %a at %me(%b) send %c, gaslimit %d")
        case .staticCall: return t("%me = call @iele.address() \n %s, %r = staticcall @g at %me(%b) gaslimit %d")
        case .staticCallDynamic: return t("%me = call @iele.address() \n %s, %r = staticcall %a at %me(%b) gaslimit %d")
        case .return: return Template(text: "ret %a, %b", ends: true)
        case .revert: return Template(text: "revert %a", ends: true)
        case .localCall: return t("%r = call @h(%a, %b)")
        case .localCallDynamic: return t("%r = call %a(%b, %c)")
        case .callAddress: return t("%r = calladdress @g at %a")
        case .invalid: return t("call @iele.invalid()")
        case .selfDestruct: return Template(text: "selfdestruct %a", ends: true)
        case .label, .registers, .functionHeader, .publicFunctionHeader, .functionName, .contract: return nil
        }
    }

    /// How many values each precompile returns (a call expecting another count is an exception in
    /// the caller, which would hide what the precompile did to its gas).
    static let precompileResults = [
        "iele.ecrec": 1, "iele.sha256": 1, "iele.rip160": 1, "iele.id": 1, "iele.ecadd": 2, "iele.ecmul": 2,
        "iele.ecpairing": 1,
    ]

    /// `call @NAME at 1(…)` of each precompile, with adversarial arguments and cap.
    static func template(_ contract: Precompiled) -> Template? {
        let name = String(decoding: contract.name, as: UTF8.self)
        guard let results = precompileResults[name] else { return nil }
        let arguments = ["%a", "%b", "%c", "%d"].prefix(contract.parameterCount).joined(separator: ", ")
        let lvalues = (0...results).map { "%p\($0)" }.joined(separator: ", ")
        return Template(text: "\(lvalues) = call @\(name) at 1(\(arguments)) send 0, gaslimit %cap")
    }

    static var allTemplates: [Template] {
        Opcode.allCases.compactMap(template) + Precompiled.all.compactMap(template)
    }

    /// The contract around a template: `@iele.gas` before and after it; `@g` (public) and `@h`
    /// for the calls; `Child` for `create`. `%cap` is a precompile call's gas limit.
    static func source(_ template: Template) -> String {
        let after = template.ends ? "" : "\n %g1 = call @iele.gas() \n ret %g0, %g1"
        return """
            contract Child { define @init(%x) { ret void } }
            contract C {
              external contract Child
              define public @f(%a, %b, %c, %d, %cap) {
                %g0 = call @iele.gas()
                \(template.text)\(after)
              }
              define public @g(%x) { ret %x }
              define @h(%x, %y) { %z = add %x, %y \n ret %z }
              define @init() {}
            }
            """
    }

    /// What a run produced, compared between a run and its rerun.
    struct Outcome: Equatable {
        var halt: String
        var ended: Bool
        var output: [IeleInt]
        var gasLeft: Int
        var logs: Int
    }

    /// Runs `@f` of `code` once in a fresh world.
    static func run(_ code: [UInt8], _ arguments: [IeleInt], schedule: GasSchedule, gas: Int) -> Outcome {
        var world = WorldState()
        world[VM.contractAddress] = Account(nonce: 1, balance: 1_000_000, code: code)
        world[VM.sender] = Account(balance: 1_000_000_000)
        var machine = Machine(
            schedule: schedule, block: BlockHeader(number: 300, gasLimit: 9999, timestamp: 77), origin: VM.sender,
            gasPrice: 1, world: WorldJournal(host: world))
        let entry = machine.enterCall(
            from: VM.sender, to: VM.contractAddress, callee: .name(Array("f".utf8)), gas: gas, value: 0,
            arguments: arguments, isStatic: false, depth: 0, completion: .transactionCall)
        let (halt, left) = machine.runTopLevel(entry)
        var ended = false
        if case .end = halt { ended = true }
        return Outcome(halt: "\(halt)", ended: ended, output: machine.output, gasLeft: left, logs: machine.logs.count)
    }

    @Test func everyOpcodeHasATemplate() {
        for opcode in Opcode.allCases where OpKind(decoding: opcode) != nil {
            #expect(Self.template(opcode) != nil, "opcode \(opcode) needs a template in GasSafetyPropertyTests")
        }
        for contract in Precompiled.all {
            #expect(Self.template(contract) != nil, "precompile \(contract.name) needs a result count")
        }
    }

    @Test(arguments: allTemplates.indices)
    func gasStaysSafe(_ index: Int) throws {
        let template = Self.allTemplates[index]
        let code = try VM.assemble(Self.source(template))
        var random = RobustnessTests.SplitMix(state: UInt64(index) &* 0x1_0000_0001 &+ 2026)
        let schedules: [GasSchedule] = GasScheduleName.allCases.map { GasSchedule($0) }
        for trial in 0..<Self.trials {
            // The first case has friendly operands (a small value, cell, offset and width), so that
            // every template also runs to its end; the others are drawn from `operands`.
            var arguments: [IeleInt] =
                trial == 0
                ? [3, 8, 8, 1] : (0..<4).map { _ in Self.operands[Int(random.next() % UInt64(Self.operands.count))] }
            // A precompile's cap: mostly enough for it to run, sometimes adversarial.
            let cap = trial.isMultiple(of: 2) ? IeleInt(1 << 40) : arguments[3]
            arguments.append(cap)
            let tiny = Self.tinyGas[Int(random.next() % UInt64(Self.tinyGas.count))]
            for schedule in schedules {
                for gas in [Self.hugeGas, tiny] {
                    let first = Self.run(code, arguments, schedule: schedule, gas: gas)
                    let context = "\(template) \(arguments) gas \(gas) divisor \(schedule.sGasDivisor)"
                    #expect(first.gasLeft >= 0 && first.gasLeft <= gas, "gas used out of [0, limit]: \(context)")
                    if first.ended && !template.ends {
                        // `ret %g0, %g1`: the gas before and after the instruction, in transaction
                        // units. Between them the instruction and the second read's `Greadstate`
                        // were charged; with a divisor of 1 the reads are exact, so they show the
                        // instruction's own cost was not negative.
                        let paidAtLeast = schedule.sGasDivisor == 1 ? schedule.gReadState : 0
                        #expect(
                            first.output.count == 2 && first.output[1] + IeleInt(paidAtLeast) <= first.output[0],
                            "gas grew: \(context)")
                    }
                    let second = Self.run(code, arguments, schedule: schedule, gas: gas)
                    #expect(first == second, "rerun differs: \(context)")
                }
            }
        }
    }
}
