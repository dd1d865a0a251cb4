import IeleNumerics

// Modular arithmetic (iele.md "Expressions"; iele-gas.md "Modular arithmetic"): the result is at
// most the size of the modulus; a zero modulus is USER_ERROR.

extension Machine {
    /// `%a = addmod %b, %c, %d`: `(b + c) %Int d`.
    mutating func addmod(_ i: Instr) throws(ExitStatus) {
        let (x, y, m) = (reg(i.b), reg(i.c), reg(i.d))
        let size = Swift.max(x.words, y.words)
        let sm = m.words
        try registerDelta(i.a, sm)
        let cost = sat(sat(schedule.gAdd, plus: sat(size, times: schedule.gAddWord)), plus: schedule.cDiv(size + 1, sm))
        try charge(cost)
        guard let r = (x + y).remainder(dividingBy: m) else { throw .userError }
        load(i.a, r)
    }

    /// `%a = mulmod %b, %c, %d`: `(b * c) %Int d`.
    mutating func mulmod(_ i: Instr) throws(ExitStatus) {
        let (x, y, m) = (reg(i.b), reg(i.c), reg(i.d))
        let (sx, sy, sm) = (x.words, y.words, m.words)
        try registerDelta(i.a, sm)
        try charge(sat(schedule.cMul(sx, sy), plus: schedule.cDiv(sat(sx, plus: sy), sm)))
        guard !m.isZero, let r = (x * y).remainder(dividingBy: m) else { throw .userError }
        load(i.a, r)
    }

    /// `%a = expmod %b, %c, %d`: `powmod`; USER_ERROR for a zero modulus, or a negative exponent
    /// whose base has no inverse. Note the K cost passes the *modulus* as `Cexpmod`'s `EX`.
    mutating func expmod(_ i: Instr) throws(ExitStatus) {
        let (x, y, m) = (reg(i.b), reg(i.c), reg(i.d))
        let (sx, sy, sm) = (x.words, y.words, m.words)
        try registerDelta(i.a, sm)
        try charge(schedule.cExpmod(sx, sy, sm, exponent: m))
        guard let r = x.power(y, modulo: m) else { throw .userError }
        load(i.a, r)
    }
}
