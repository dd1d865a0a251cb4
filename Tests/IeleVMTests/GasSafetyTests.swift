import IeleNumerics
import Testing

@testable import IeleVM

/// Costs the K rules would make negative, or that overflow a machine word: each must end in a
/// status, never a trap, and never give the caller gas (issue 10, "gas arithmetic that cannot
/// overflow or go negative").
@Suite struct GasSafetyTests {
    static let twoTo256 = IeleInt("1" + String(repeating: "0", count: 64), radix: 16) ?? 0

    /// Calls `@iele.ecpairing(LEN, 0, 0)` with `gaslimit CAP` and returns the call's status and
    /// result and the caller's gas before and after the call (transaction units).
    static let pairingCaller = """
        contract C {
          define public @f(%len, %cap) {
            %before = call @iele.gas()
            %s, %r = call @iele.ecpairing at 1(%len, 0, 0) send 0, gaslimit %cap
            %after = call @iele.gas()
            ret %s, %r, %before, %after
          }
          define @init() {}
        }
        """

    /// The attack of issue 10: LEN = -2^256 runs on `chop(LEN)` = 0 pairs while the K cost
    /// `Gecpairing + LEN * Gecpairingpair` is hugely negative. With a cap of at least `Gecpairing`
    /// the old `gas - cost` trapped; the precompile is now USER_ERROR and keeps the callee's gas.
    @Test(arguments: [IeleInt(100_000), IeleInt(1_000_000)])
    func ecpairingWithANegativeLengthAndALargeCapIsAUserError(_ cap: IeleInt) throws {
        let r = try VM.call(Self.pairingCaller, "f", [-Self.twoTo256, cap], gas: 1 << 40)
        #expect(r.status == 0)
        #expect(r.output[0] == IeleInt(ExitStatus.userError.code))
        #expect(r.output[3] < r.output[2], "the caller's gas must not grow")
    }

    /// Below `Gecpairing` the old code *added* the negative cost: the caller's gas became ~9.2e15.
    @Test(arguments: [IeleInt(0), IeleInt(1), IeleInt(99_999)])
    func ecpairingWithANegativeLengthAndASmallCapGivesNoGas(_ cap: IeleInt) throws {
        let r = try VM.call(Self.pairingCaller, "f", [-Self.twoTo256, cap], gas: 1 << 40)
        #expect(r.status == 0)
        #expect(r.output[0] == IeleInt(ExitStatus.userError.code))
        #expect(r.output[3] < r.output[2], "the caller's gas must not grow")
    }

    /// Other negative lengths: -1 (whose chop is 2^256 - 1 pairs) and -2^256 + 1 (whose chop is
    /// one pair, which the old code ran at a negative price).
    @Test(arguments: [
        IeleInt(-1), IeleInt(-2), -GasSafetyTests.twoTo256 + IeleInt(1), -GasSafetyTests.twoTo256 * IeleInt(3),
    ])
    func ecpairingRejectsEveryNegativeLength(_ length: IeleInt) throws {
        let r = try VM.call(Self.pairingCaller, "f", [length, IeleInt(1 << 62)], gas: 1 << 61)
        #expect(r.status == 0)
        #expect(r.output[0] == IeleInt(ExitStatus.userError.code))
        #expect(r.output[3] < r.output[2])
    }

    /// A valid call still costs what the K rule says: `Gecpairingpair` per pair (points at infinity).
    @Test func ecpairingCostsGecpairingpairPerPair() throws {
        func paid(_ length: IeleInt) throws -> IeleInt {
            let r = try VM.call(Self.pairingCaller, "f", [length, 1_000_000], gas: 1 << 40)
            #expect(r.status == 0)
            #expect(r.output[0] == 0)
            #expect(r.output[1] == 1)
            return (r.output[2] - r.output[3]) * IeleInt(GasSchedule.danse.sGasDivisor)
        }
        let (none, one, two) = (try paid(0), try paid(1), try paid(2))
        #expect(none > IeleInt(GasSchedule.danse.gEcpairing))
        #expect(one - none == IeleInt(GasSchedule.danse.gEcpairingPair))
        #expect(two - one == IeleInt(GasSchedule.danse.gEcpairingPair))
    }

    /// `load` and `store` of a negative width: `bytesInWords(WIDTH) * Gloadword` makes the K cost
    /// negative (when `chop(WIDTH)` is small enough to pass the memory check); USER_ERROR, and with
    /// gas above ~5.8e18 the old `gas - cost` trapped.
    @Test(arguments: [
        "%z = 0 \n %x = 5 \n store %x, %z \n %r = load %z, %z, %w \n ret %r",
        "%z = 0 \n %x = 5 \n store %x, %z, %z, %w \n ret %x",
        "%z = 0 \n %x = 5 \n %r = load %z, %z, %w \n ret %r",
    ])
    func negativeWidthsAreUserErrors(_ body: String) throws {
        let source = "contract C { define public @f(%w) {\n\(body)\n} define @init() {} }"
        for width in [-Self.twoTo256, -Self.twoTo256 * IeleInt(5), -Self.twoTo256 + IeleInt(8)] {
            for gas in [1 << 40, Int.max - 1] {
                let r = try VM.call(source, "f", [width], gas: gas)
                #expect(r.status == ExitStatus.userError.code, "\(body) width \(width) gas \(gas)")
            }
        }
    }

    /// ALBE frees a callee's registers by their *values* on return (data.md `intSizes` under
    /// ALBE); a register holding -2^63 or less made the old `0 - freed` overflow.
    @Test(arguments: [IeleInt(Int.min), IeleInt(Int.min) - IeleInt(1), -GasSafetyTests.twoTo256])
    func albeReturnOfAHugeNegativeRegisterDoesNotTrap(_ value: IeleInt) throws {
        let source = """
            contract C {
              define public @f(%v) { %r = call @g(%v) \n ret %r }
              define @g(%v) { ret %v }
              define @init() {}
            }
            """
        let r = try VM.call(source, "f", [value], schedule: .albe, gas: 1 << 62)
        // The freed "memory" is hugely negative, so the frame's memory grows beyond any bound.
        #expect(r.status == ExitStatus.outOfGas.code)
    }

    /// The ALBE sum is exact, as K's unbounded integers are: values that cancel free nothing.
    @Test func albeReturnSumsRegisterValuesExactly() throws {
        let big = Self.twoTo256
        let source = """
            contract C {
              define public @f(%a, %b, %c, %d) { %r = call @g(%a, %b, %c, %d) \n ret %r }
              define @g(%a, %b, %c, %d) { ret %a }
              define @init() {}
            }
            """
        let r = try VM.call(source, "f", [big, big, -big, -big], schedule: .albe, gas: 1 << 40)
        #expect(r.status == 0)
        #expect(r.output == [big])
    }

    /// A cost that saturated to `Int.max` stands for a K cost of at least that; it is never
    /// payable, since no frame holds more than `Machine.maximumGas`.
    @Test func aSaturatedCostIsNeverPayable() throws {
        let source = "contract C { define public @f(%x, %y) { %r = exp %x, %y \n ret %r } define @init() {} }"
        // K: Cexp with W2 = -2^256 is about 2^500 gas, far more than any frame holds.
        let result = try Self.transact(source, [3, -Self.twoTo256], gasLimit: Self.twoTo256)
        #expect(result.status == IeleInt(ExitStatus.outOfGas.code))
    }

    /// Runs a transaction calling `@f` of the contract in `source` under DANSE, at gas price 0.
    static func transact(_ source: String, _ arguments: [IeleInt], gasLimit: IeleInt) throws -> TransactionResult {
        var world = WorldState()
        world[VM.contractAddress] = Account(nonce: 1, code: try VM.assemble(source))
        world[VM.sender] = Account(balance: 0)
        let transaction = Transaction(
            from: VM.sender, to: VM.contractAddress, function: "f", arguments: arguments, gasLimit: gasLimit)
        return VirtualMachine(schedule: .danse).execute(transaction, in: &world, block: BlockHeader())
    }

    /// Every named schedule's constants are non-negative and its divisor positive: with
    /// non-negative sizes, every formula of `CostFunctions` is then non-negative.
    @Test(arguments: GasScheduleName.allCases)
    func everyScheduleConstantIsNonNegative(_ name: GasScheduleName) {
        let schedule = GasSchedule(name)
        for child in Mirror(reflecting: schedule).children {
            if let value = child.value as? Int {
                #expect(value >= 0, "\(name) \(child.label ?? "?") = \(value)")
            }
        }
        #expect(schedule.sGasDivisor > 0)
        #expect(schedule.gQuadCoeff > 0)
        #expect(schedule.wordBitsForBitsInWords > 0)
        // A call that sends value hands the callee `Gcallstipend` it did not charge, and gives it
        // back to the caller when the call cannot start: the charge's `Gcall + Gcallvalue` must
        // cover it, or the caller's gas would grow across the call.
        #expect(schedule.gCall + schedule.gCallValue >= schedule.gCallStipend)
    }

    /// A gas limit below the intrinsic gas leaves the frame negative gas, as K does: every charge
    /// fails, a zero one included (`ret` costs 0 under DANSE), and nothing wraps.
    @Test(arguments: [IeleInt(0), IeleInt(1), IeleInt(-1), -GasSafetyTests.twoTo256])
    func aGasLimitBelowTheIntrinsicGasIsOutOfGas(_ limit: IeleInt) throws {
        let source = "contract C { define public @f() { ret void } define @init() {} }"
        let result = try Self.transact(source, [], gasLimit: limit)
        #expect(result.status == IeleInt(ExitStatus.outOfGas.code))
        #expect(result.gasLeft == 0)
    }
}
