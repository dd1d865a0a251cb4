import IeleNumerics

// Comparison operators (iele.md "Expressions"; iele-gas.md "Comparison operators"): results are 0/1.

extension Machine {
    /// `%a = iszero %b`.
    @inline(__always)
    mutating func iszero(_ i: Instr) throws(ExitStatus) {
        if holdsSmall(i.a), staysWithinPeak(adding: 0) {
            // #registerDelta(a, 1) over a one-word register: no memory gas.
            try charge(schedule.gIsZero)
            storeSmall(i.a, frameRegisters[Int(i.b)].isZero ? 1 : 0)
            return
        }
        try iszeroInGeneral(i)
    }

    /// `iszero` into a register that may hold a big value.
    @inline(never)
    private mutating func iszeroInGeneral(_ i: Instr) throws(ExitStatus) {
        let isZero = frameRegisters[Int(i.b)].isZero
        try registerDelta(i.a, 1)
        try charge(schedule.gIsZero)
        load(i.a, IeleInt(isZero ? 1 : 0))
    }

    /// `%a = cmp PRED %b, %c`, cost linear in the smaller operand.
    /// The predicate is `i.comparisonMask` (set by the decoder for every comparison).
    @inline(__always)
    mutating func compare(_ i: Instr) throws(ExitStatus) {
        if let x = smallValue(i.b), let y = smallValue(i.c), holdsSmall(i.a), staysWithinPeak(adding: 0) {
            try charge(wordCosts.comparison)
            storeSmall(i.a, Machine.holds(i.comparisonMask, x < y ? -1 : (x == y ? 0 : 1)) ? 1 : 0)
            return
        }
        try compareInGeneral(i)
    }

    /// `cmp` on any operands.
    @inline(never)
    private mutating func compareInGeneral(_ i: Instr) throws(ExitStatus) {
        let (x, y) = (reg(i.b), reg(i.c))
        try registerDelta(i.a, 1)
        try charge(sat(schedule.gCmp, plus: sat(Swift.min(x.words, y.words), times: schedule.gCmpWord)))
        load(i.a, IeleInt(Machine.holds(i.comparisonMask, IeleInt.compare(x, y)) ? 1 : 0))
    }

    /// Whether a comparison whose `comparisonMask` is `mask` holds for an `order` (-1, 0, 1).
    @inline(__always)
    static func holds(_ mask: Int32, _ order: Int) -> Bool {
        (mask >> Int32(truncatingIfNeeded: order.signum() &+ 1)) & 1 == 1
    }
}
