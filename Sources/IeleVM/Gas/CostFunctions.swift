import IeleNumerics

// The gas formulas of iele-gas.md and the size helpers of data.md, under their K names.
//
// Gas is an `Int`: the largest gas a test gives (2^52 transaction units × 1000) fits with room.
// Every formula saturates instead of overflowing, so an absurd size becomes an unpayable cost
// (OUT_OF_GAS), never a trap.

/// Saturating `a + b`.
@inline(__always)
func sat(_ a: Int, plus b: Int) -> Int {
    let (r, o) = a.addingReportingOverflow(b)
    return o ? (b > 0 ? Int.max : Int.min) : r
}

/// Saturating `a - b`.
@inline(__always)
func sat(_ a: Int, minus b: Int) -> Int {
    let (r, o) = a.subtractingReportingOverflow(b)
    return o ? (b < 0 ? Int.max : Int.min) : r
}

/// Saturating `a * b`.
@inline(__always)
func sat(_ a: Int, times b: Int) -> Int {
    let (r, o) = a.multipliedReportingOverflow(by: b)
    return o ? ((a < 0) == (b < 0) ? Int.max : Int.min) : r
}

/// K `up/Int`: `(a + (b - 1)) /Int b`, truncating (data.md); `b > 0`.
@inline(__always)
func upDiv(_ a: Int, _ b: Int) -> Int {
    sat(a, plus: b - 1) / b
}

/// An `IeleInt` as a saturated `Int` (for sizes and counts that only feed gas formulas).
@inline(__always)
func saturatedInt(_ value: IeleInt) -> Int {
    value.asInt ?? (value.isNegative ? Int.min : Int.max)
}

extension GasSchedule {
    /// data.md `bitsInWords(I, SCHED)`: `I up/Int 256` under ALBE, `I up/Int 64` otherwise.
    @inline(__always)
    func bitsInWords(_ bits: Int) -> Int { upDiv(bits, wordBitsForBitsInWords) }

    /// iele-gas.md `Cmem`: linear below, quadratic above, with `Smemallowance` words free.
    func cMem(_ words: Int) -> Int {
        let priced = Swift.max(0, sat(words, minus: sMemAllowance))
        return sat(sat(priced, times: gMemory), plus: sat(priced, times: priced) / gQuadCoeff)
    }

    /// iele-gas.md `Cmul`.
    func cMul(_ l1: Int, _ l2: Int) -> Int {
        let (a, b) = l2 > l1 ? (l2, l1) : (l1, l2)
        return sat(sat(sat(gMulKara, times: cKara(a, b)), plus: sat(gMulWord, times: sat(a, plus: b))), plus: gMul)
    }

    /// iele-gas.md `Cdiv`.
    func cDiv(_ l1: Int, _ l2: Int) -> Int {
        if l1 >= l2 {
            let kara = sat(gDivKara, times: cKara(sat(sat(l1, minus: l2), plus: 1), l2))
            return sat(sat(kara, plus: sat(gDivWord, times: l1)), plus: gDiv)
        }
        return gNewArith ? gDiv : sat(sat(gDivWord, times: l1), plus: gDiv)
    }

    /// iele-gas.md `Cexp(SCHED, L1, W1, W2)`: `L1` is `intSize(W1)`, `W1` the base, `W2` the exponent.
    func cExp(_ l1: Int, base: IeleInt, exponent: IeleInt) -> Int {
        let bits = base.adjustedBitLength(wordCount: l1)
        let resultWords = sat(bits, times: saturatedInt(exponent)) / 64
        let kara = sat(gExpKara, times: overApproxKara(resultWords))
        let word = sat(gExpWord, times: gNewArith ? bits : l1)
        return sat(sat(kara, plus: word), plus: gExp)
    }

    /// iele-gas.md `Cexpmod(SCHED, LB, LEX, LM, EX)`.
    func cExpmod(_ lb: Int, _ lex: Int, _ lm: Int, exponent: IeleInt) -> Int {
        let bits = exponent.adjustedBitLength(wordCount: lex)
        let kara = upDiv(sat(sat(gExpModKara, times: overApproxKara(lm)), times: bits), 10)
        var cost = sat(kara, plus: sat(gExpModMod, times: lm))
        cost = sat(cost, plus: sat(gExpModExp, times: bits))
        if lb > lm { cost = sat(cost, plus: cDiv(lb, lm)) }
        return sat(cost, plus: gExpMod)
    }

    /// iele-gas.md `Csstore`.
    func cSstore(index: Int, value: Int, valueIsZero: Bool, old: Int, oldIsZero: Bool) -> Int {
        var cost = sat(sat(gSstore, plus: sat(gSstoreKey, times: index)), plus: sat(gSstoreWord, times: value))
        if !valueIsZero && oldIsZero {
            cost = sat(cost, plus: sat(sat(gSstoreSetKey, times: index), plus: sat(gSstoreSet, times: value)))
        } else {
            cost = sat(cost, plus: Swift.max(0, sat(gSstoreSet, times: sat(value, minus: old))))
        }
        return cost
    }

    /// iele-gas.md `Cextra`.
    func cExtra(isEmpty: Bool, valueIsZero: Bool, results: Int, arguments: Int) -> Int {
        let new = isEmpty && !valueIsZero ? gNewAccount : 0
        let transfer = valueIsZero ? 0 : gCallValue
        return sat(
            sat(sat(gCall, plus: new), plus: transfer), plus: sat(gCallReg, times: sat(results, plus: arguments)))
    }

    /// iele-gas.md `Cgascap`.
    func cGasCap(cap: Int, available: Int, extra: Int) -> Int {
        if available >= extra && !gStaticCallDepth {
            return Swift.min(allBut64th(available - extra), cap)
        }
        return cap
    }

    /// iele-gas.md `Ccall`: what the caller pays, `Cextra` plus the gas handed to the callee.
    func cCall(extra: Int, cap: Int, available: Int) -> Int {
        sat(extra, plus: cGasCap(cap: cap, available: available, extra: extra))
    }

    /// iele-gas.md `Ccallgas`: what the callee receives, with the stipend when value is sent.
    func cCallGas(extra: Int, cap: Int, available: Int, valueIsZero: Bool) -> Int {
        let gas = cGasCap(cap: cap, available: available, extra: extra)
        return valueIsZero ? gas : sat(gas, plus: gCallStipend)
    }

    /// iele-gas.md `Cselfdestruct`.
    func cSelfdestruct(isEmpty: Bool, balanceIsZero: Bool) -> Int {
        isEmpty && gSelfDestructNewAccount && !balanceIsZero ? sat(gSelfDestruct, plus: gNewAccount) : gSelfDestruct
    }
}

/// iele-gas.md `Ckara`.
func cKara(_ l1: Int, _ l2: Int) -> Int {
    if l1 >= l2 {
        return l2 == 0 ? 0 : sat(l1, times: overApproxKara(l2)) / l2
    }
    return l1 == 0 ? 0 : sat(l2, times: overApproxKara(l1)) / l1
}

/// iele-gas.md `#overApproxKara`: a piecewise quadratic over-approximation of `n^log2(3)`.
func overApproxKara(_ n: Int) -> Int {
    if n <= 32 { return sat(n, times: n) }
    if n <= 1024 { return sat(sat(sat(n, times: n) / 4, plus: sat(48, times: n)), minus: 768) }
    return sat(sat(sat(n, times: n) / 16, plus: sat(432, times: n)), minus: 197_376)
}

/// iele-gas.md `#allBut64th`.
@inline(__always)
func allBut64th(_ n: Int) -> Int { n - n / 64 }

/// data.md `bytesInWords`.
@inline(__always)
func bytesInWords(_ bytes: Int) -> Int { upDiv(bytes, 8) }

/// data.md `intSize` of a chopped width or other count already known to be an `Int`.
@inline(__always)
func chopToInt(_ value: IeleInt) -> Int {
    saturatedInt(value.chopped)
}

extension IeleInt {
    /// data.md `intSize`, with the word-sized case answered inline: every `Int` is one word, and
    /// only big values need their bit length (measured: `intSize` is not inlined across modules).
    @inline(__always)
    var words: Int { isSmall ? 1 : intSize }
}
