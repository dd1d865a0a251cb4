import IeleNumerics

// Comparison operators (iele.md "Expressions"; iele-gas.md "Comparison operators"): results are 0/1.

extension Machine {
    /// `%a = iszero %b`.
    mutating func iszero(_ i: Instr) throws(ExitStatus) {
        let x = reg(i.b)
        try registerDelta(i.a, 1)
        try charge(schedule.gIsZero)
        load(i.a, IeleInt(x.isZero ? 1 : 0))
    }

    /// `%a = cmp PRED %b, %c`, cost linear in the smaller operand.
    mutating func compare(_ i: Instr) throws(ExitStatus) {
        let (x, y) = (reg(i.b), reg(i.c))
        try registerDelta(i.a, 1)
        try charge(sat(schedule.gCmp, plus: sat(Swift.min(x.words, y.words), times: schedule.gCmpWord)))
        let order = IeleInt.compare(x, y)
        let holds: Bool
        switch i.kind {
        case .lt: holds = order < 0
        case .le: holds = order <= 0
        case .gt: holds = order > 0
        case .ge: holds = order >= 0
        case .eq: holds = order == 0
        default: holds = order != 0
        }
        load(i.a, IeleInt(holds ? 1 : 0))
    }
}
