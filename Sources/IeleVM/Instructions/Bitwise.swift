import IeleNumerics

// Bitwise arithmetic (iele.md "Expressions"; iele-gas.md "Bitwise arithmetic"). Results are
// written into the destination register's own storage when nothing else shares it (`loadInPlace`).

extension Machine {
    /// `%a = not %b`.
    mutating func not(_ i: Instr) throws(ExitStatus) {
        let x = reg(i.b)
        let size = x.words
        try registerDelta(i.a, size)
        try charge(sat(schedule.gNot, plus: sat(size, times: schedule.gNotWord)))
        if x.isSmall {
            load(i.a, ~x)
        } else {
            loadInPlace(i.a) { $0.pointee.assign(complementOf: x) }
        }
    }

    /// `%a = and %b, %c`: the result is no larger than the smaller operand.
    mutating func and(_ i: Instr) throws(ExitStatus) {
        let (x, y) = (reg(i.b), reg(i.c))
        let size = Swift.min(x.words, y.words)
        try registerDelta(i.a, size)
        try charge(sat(schedule.gBitwise, plus: sat(size, times: schedule.gBitwiseWord)))
        if x.isSmall && y.isSmall {
            load(i.a, x & y)
        } else {
            loadInPlace(i.a) { $0.pointee.assign(.and, x, y) }
        }
    }

    /// `%a = or %b, %c`.
    mutating func or(_ i: Instr) throws(ExitStatus) {
        let (x, y) = (reg(i.b), reg(i.c))
        let size = Swift.max(x.words, y.words)
        try registerDelta(i.a, size)
        try charge(sat(schedule.gBitwise, plus: sat(size, times: schedule.gBitwiseWord)))
        if x.isSmall && y.isSmall {
            load(i.a, x | y)
        } else {
            loadInPlace(i.a) { $0.pointee.assign(.or, x, y) }
        }
    }

    /// `%a = xor %b, %c` (priced with `Gnot`/`Gnotword`, as the K rule has it).
    mutating func xor(_ i: Instr) throws(ExitStatus) {
        let (x, y) = (reg(i.b), reg(i.c))
        let size = Swift.max(x.words, y.words)
        try registerDelta(i.a, size)
        try charge(sat(schedule.gNot, plus: sat(size, times: schedule.gNotWord)))
        if x.isSmall && y.isSmall {
            load(i.a, x ^ y)
        } else {
            loadInPlace(i.a) { $0.pointee.assign(.xor, x, y) }
        }
    }

    /// `%a = shift %b, %c`: left for a non-negative count, arithmetic right otherwise.
    mutating func shift(_ i: Instr) throws(ExitStatus) {
        let (x, n) = (reg(i.b), reg(i.c))
        let size = Swift.max(1, sat(x.words, plus: schedule.bitsInWords(saturatedInt(n))))
        try registerDelta(i.a, size)
        try charge(sat(schedule.gBitwise, plus: sat(size, times: schedule.gBitwiseWord)))
        guard let r = x.shifted(by: n) else { throw .outOfGas }
        load(i.a, r)
    }

    /// `%a = log2 %b`: floored; USER_ERROR for a value that is not positive.
    mutating func log2(_ i: Instr) throws(ExitStatus) {
        let x = reg(i.b)
        try registerDelta(i.a, 2)
        try charge(sat(schedule.gLogarithm, plus: sat(x.words, times: schedule.gLogarithmWord)))
        guard let r = x.log2 else { throw .userError }
        load(i.a, IeleInt(r))
    }
}
