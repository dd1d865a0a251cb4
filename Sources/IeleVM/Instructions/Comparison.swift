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
    /// `predicate` is `i.kind`, or the predicate a superinstruction kept.
    @inline(__always)
    mutating func compare(_ i: Instr, predicate: OpKind) throws(ExitStatus) {
        if let x = smallValue(i.b), let y = smallValue(i.c), holdsSmall(i.a), staysWithinPeak(adding: 0) {
            try charge(wordCosts.comparison)
            storeSmall(i.a, Machine.holds(predicate, x < y ? -1 : (x == y ? 0 : 1)) ? 1 : 0)
            return
        }
        try compareInGeneral(i, predicate: predicate)
    }

    /// `cmp` on any operands.
    @inline(never)
    private mutating func compareInGeneral(_ i: Instr, predicate: OpKind) throws(ExitStatus) {
        let (x, y) = (reg(i.b), reg(i.c))
        try registerDelta(i.a, 1)
        try charge(sat(schedule.gCmp, plus: sat(Swift.min(x.words, y.words), times: schedule.gCmpWord)))
        load(i.a, IeleInt(Machine.holds(predicate, IeleInt.compare(x, y)) ? 1 : 0))
    }

    /// Whether the predicate of a comparison `kind` holds for an `order` (-1, 0, 1).
    @inline(__always)
    static func holds(_ kind: OpKind, _ order: Int) -> Bool {
        switch kind {
        case .lt: return order < 0
        case .le: return order <= 0
        case .gt: return order > 0
        case .ge: return order >= 0
        case .eq: return order == 0
        default: return order != 0
        }
    }
}
