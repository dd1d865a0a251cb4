import IeleNumerics

// Register manipulation and regular arithmetic (iele.md "Register Manipulations", "Expressions";
// iele-gas.md "Assignment operations", "Regular arithmetic"). Every handler: read operands,
// estimate the result size (#memory), compute the cost (#compute), charge, compute, write.

extension Machine {
    /// `%r = CONSTANT` (LOADPOS / LOADNEG).
    mutating func loadConstant(_ i: Instr) throws(ExitStatus) {
        let index = Int(i.imm)
        let size = constantWords[index]
        try registerDelta(i.a, size)
        try charge(schedule.gNewMove ? schedule.gMove : sat(schedule.gMove, times: size))
        load(i.a, constants[index], words: size)
    }

    /// `%a = %b`.
    @inline(__always)
    mutating func move(_ i: Instr) throws(ExitStatus) {
        if let x = smallValue(i.b), holdsSmall(i.a), staysWithinPeak(adding: 0) {
            try charge(schedule.gMove)
            storeSmall(i.a, x)
            return
        }
        try moveInGeneral(i)
    }

    /// `move` of any value.
    @inline(never)
    private mutating func moveInGeneral(_ i: Instr) throws(ExitStatus) {
        let value = reg(i.b)
        let size = value.words
        try registerDelta(i.a, size)
        try charge(schedule.gNewMove ? schedule.gMove : sat(schedule.gMove, times: size))
        load(i.a, value)
    }

    /// `%r = CONSTANT` for a constant that fits in a word (decoded as its own kind, the value in
    /// the instruction). Same gas as `loadConstant`: a one-word constant costs `Gmove` either way.
    @inline(__always)
    mutating func loadSmallConstant(_ i: Instr) throws(ExitStatus) {
        if holdsSmall(i.a), staysWithinPeak(adding: 0) {
            // #registerDelta(r, 1) over a one-word register: no memory gas.
            try charge(schedule.gMove)
            storeSmall(i.a, i.smallConstant)
            return
        }
        try loadSmallConstantInGeneral(i)
    }

    /// `loadSmallConstant` over a register that may hold a big value.
    @inline(never)
    private mutating func loadSmallConstantInGeneral(_ i: Instr) throws(ExitStatus) {
        try registerDelta(i.a, 1)
        try charge(schedule.gMove)
        load(i.a, IeleInt(i.smallConstant), words: 1)
    }

    /// `%a = add %b, %c`: size at most one word more than the larger operand.
    @inline(__always)
    mutating func add(_ i: Instr) throws(ExitStatus) {
        try additive(i, subtracting: false)
    }

    /// `%a = sub %b, %c`.
    @inline(__always)
    mutating func sub(_ i: Instr) throws(ExitStatus) {
        try additive(i, subtracting: true)
    }

    /// `add` and `sub`, which share their size estimate and cost (`Gadd + size × Gaddword`).
    /// `subtracting` is a constant at each call, so the inlined fast path has no branch on it.
    @inline(__always)
    private mutating func additive(_ i: Instr, subtracting: Bool) throws(ExitStatus) {
        if let x = smallValue(i.b), let y = smallValue(i.c), holdsSmall(i.a), staysWithinPeak(adding: 1) {
            let (result, overflow) = subtracting ? x.subtractingReportingOverflow(y) : x.addingReportingOverflow(y)
            if !overflow {
                try charge(wordCosts.addition)
                storeSmall(i.a, result)
                return
            }
        }
        try additiveInGeneral(i, subtracting: subtracting)
    }

    /// `add` or `sub` on any operands.
    @inline(never)
    private mutating func additiveInGeneral(_ i: Instr, subtracting: Bool) throws(ExitStatus) {
        if i.a == i.b || i.a == i.c, i.b != i.c, !holdsSmall(i.a) {
            return try additiveIntoOperand(i, subtracting: subtracting)
        }
        let (x, y) = (reg(i.b), reg(i.c))
        let size = Swift.max(x.words, y.words)
        try registerDelta(i.a, size + 1)
        try charge(sat(schedule.gAdd, plus: sat(size, times: schedule.gAddWord)))
        if x.isSmall && y.isSmall {
            load(i.a, subtracting ? x - y : x + y)  // an overflow, or a destination too big for the fast path
        } else {
            loadInPlace(i.a) { $0.pointee.assign(subtracting ? .subtract : .add, x, y) }
        }
    }

    /// `add` or `sub` whose destination is one of its operands and holds a big value: computed in
    /// the register's own storage, with no copy of it held here (a copy would share its box, and
    /// the old and the new value would both be resident). Same size estimate and cost as
    /// `additiveInGeneral`.
    private mutating func additiveIntoOperand(_ i: Instr, subtracting: Bool) throws(ExitStatus) {
        let destinationIsRight = i.a == i.c
        let other = reg(destinationIsRight ? i.b : i.c)
        let destinationWords = frameRegisters[Int(i.a)].words
        let size = Swift.max(destinationWords, other.words)
        try registerDelta(replacing: destinationWords, size + 1)
        try charge(sat(schedule.gAdd, plus: sat(size, times: schedule.gAddWord)))
        loadInPlace(i.a, replacing: destinationWords) {
            $0.pointee.assign(subtracting ? .subtract : .add, selfWith: other, selfIsRight: destinationIsRight)
        }
    }

    /// `%a = mul %b, %c`: size at most the sum of the sizes; cost `Cmul`.
    mutating func mul(_ i: Instr) throws(ExitStatus) {
        let (x, y) = (reg(i.b), reg(i.c))
        let (sx, sy) = (x.words, y.words)
        try registerDelta(i.a, sat(sx, plus: sy))
        try charge(schedule.cMul(sx, sy))
        load(i.a, x * y)
    }

    /// `%a = div %b, %c`: truncated division; division by zero is USER_ERROR.
    mutating func div(_ i: Instr) throws(ExitStatus) {
        let (x, y) = (reg(i.b), reg(i.c))
        let (sx, sy) = (x.words, y.words)
        try registerDelta(i.a, Swift.max(1, sx - sy + 1))
        try charge(schedule.cDiv(sx, sy))
        guard let q = x.quotient(dividingBy: y) else { throw .userError }
        load(i.a, q)
    }

    /// `%a = mod %b, %c`: remainder with the dividend's sign; modulus zero is USER_ERROR.
    mutating func mod(_ i: Instr) throws(ExitStatus) {
        let (x, y) = (reg(i.b), reg(i.c))
        let (sx, sy) = (x.words, y.words)
        try registerDelta(i.a, Swift.min(sx, sy))
        try charge(schedule.cDiv(sx, sy))
        guard let r = x.remainder(dividingBy: y) else { throw .userError }
        load(i.a, r)
    }

    /// `%a = exp %b, %c`: a negative exponent is USER_ERROR.
    mutating func exp(_ i: Instr) throws(ExitStatus) {
        let (x, y) = (reg(i.b), reg(i.c))
        let sx = x.words
        try registerDelta(i.a, sat(x.adjustedBitLength(wordCount: sx), times: saturatedInt(y)) / 64)
        try charge(schedule.cExp(sx, base: x, exponent: y))
        guard !y.isNegative else { throw .userError }
        // The destination's old value is dropped before GMP builds the new one (and its scratch),
        // so they are not resident together: the accounting counts only the new size.
        if i.a != i.b, i.a != i.c, !holdsSmall(i.a) { load(i.a, .zero, words: 1) }
        // Only a result beyond any payable size is refused, and its gas was already unpayable.
        guard let p = x.power(y) else { throw .outOfGas }
        load(i.a, p)
    }
}
