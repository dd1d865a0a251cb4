extension AltBN128 {
    /// Arithmetic on 4-limb residues modulo a prime below 2^254, in Montgomery form (`a·2^256 mod m`).
    ///
    /// Both moduli of the curve (the base field prime `p` and the group order `r`) have a top limb
    /// below 2^62, which allows the "no final carry" variant of CIOS multiplication: the running
    /// total never needs a fifth limb.
    enum Montgomery {
        /// `a + b + carry`, returning the low word and replacing `carry` with the carry out (0 or 1).
        @inline(__always)
        static func addWithCarry(_ a: UInt64, _ b: UInt64, _ carry: inout UInt64) -> UInt64 {
            let (s1, o1) = a.addingReportingOverflow(b)
            let (s2, o2) = s1.addingReportingOverflow(carry)
            carry = (o1 ? 1 : 0) &+ (o2 ? 1 : 0)
            return s2
        }

        /// `a - b - borrow`, returning the low word and replacing `borrow` with the borrow out (0 or 1).
        @inline(__always)
        static func subtractWithBorrow(_ a: UInt64, _ b: UInt64, _ borrow: inout UInt64) -> UInt64 {
            let (d1, o1) = a.subtractingReportingOverflow(b)
            let (d2, o2) = d1.subtractingReportingOverflow(borrow)
            borrow = (o1 ? 1 : 0) &+ (o2 ? 1 : 0)
            return d2
        }

        /// `a·b + c + d` as a 128-bit (high, low) pair; it cannot overflow.
        @inline(__always)
        static func multiplyAdd(_ a: UInt64, _ b: UInt64, _ c: UInt64, _ d: UInt64) -> (UInt64, UInt64) {
            let (high, low) = a.multipliedFullWidth(by: b)
            let (s1, o1) = low.addingReportingOverflow(c)
            let (s2, o2) = s1.addingReportingOverflow(d)
            return (high &+ (o1 ? 1 : 0) &+ (o2 ? 1 : 0), s2)
        }

        /// `a - m` when `a >= m`, else `a` (for `a < 2m`).
        @inline(__always)
        static func reduceOnce(_ a: Word, modulus m: Word) -> Word {
            var borrow: UInt64 = 0
            let d0 = subtractWithBorrow(a.l0, m.l0, &borrow)
            let d1 = subtractWithBorrow(a.l1, m.l1, &borrow)
            let d2 = subtractWithBorrow(a.l2, m.l2, &borrow)
            let d3 = subtractWithBorrow(a.l3, m.l3, &borrow)
            return borrow == 0 ? Word(d0, d1, d2, d3) : a
        }

        /// `(a + b) mod m` for `a, b < m < 2^255`.
        @inline(__always)
        static func add(_ a: Word, _ b: Word, modulus m: Word) -> Word {
            var carry: UInt64 = 0
            let s0 = addWithCarry(a.l0, b.l0, &carry)
            let s1 = addWithCarry(a.l1, b.l1, &carry)
            let s2 = addWithCarry(a.l2, b.l2, &carry)
            let s3 = addWithCarry(a.l3, b.l3, &carry)
            return reduceOnce(Word(s0, s1, s2, s3), modulus: m)
        }

        /// `(a - b) mod m` for `a, b < m`.
        @inline(__always)
        static func subtract(_ a: Word, _ b: Word, modulus m: Word) -> Word {
            var borrow: UInt64 = 0
            let d0 = subtractWithBorrow(a.l0, b.l0, &borrow)
            let d1 = subtractWithBorrow(a.l1, b.l1, &borrow)
            let d2 = subtractWithBorrow(a.l2, b.l2, &borrow)
            let d3 = subtractWithBorrow(a.l3, b.l3, &borrow)
            if borrow == 0 { return Word(d0, d1, d2, d3) }
            var carry: UInt64 = 0
            let s0 = addWithCarry(d0, m.l0, &carry)
            let s1 = addWithCarry(d1, m.l1, &carry)
            let s2 = addWithCarry(d2, m.l2, &carry)
            let s3 = addWithCarry(d3, m.l3, &carry)
            return Word(s0, s1, s2, s3)
        }

        /// `a·b·2^-256 mod m` (CIOS, no final carry), for `a, b < m`.
        ///
        /// - Parameter inverse: `-m^-1 mod 2^64`.
        @inline(__always)
        static func multiply(_ a: Word, _ b: Word, modulus m: Word, inverse: UInt64) -> Word {
            var t = Word.zero
            multiplyRow(&t, a, b.l0, m, inverse)
            multiplyRow(&t, a, b.l1, m, inverse)
            multiplyRow(&t, a, b.l2, m, inverse)
            multiplyRow(&t, a, b.l3, m, inverse)
            return reduceOnce(t, modulus: m)
        }

        /// One CIOS row: `t = (t + a·bi + q·m) / 2^64` with `q` chosen to clear the low limb.
        @inline(__always)
        private static func multiplyRow(_ t: inout Word, _ a: Word, _ bi: UInt64, _ m: Word, _ inverse: UInt64) {
            var (carryA, u0) = multiplyAdd(a.l0, bi, t.l0, 0)
            let q = u0 &* inverse
            var (carryC, _) = multiplyAdd(q, m.l0, u0, 0)
            let u1: UInt64
            (carryA, u1) = multiplyAdd(a.l1, bi, t.l1, carryA)
            (carryC, u0) = multiplyAdd(q, m.l1, u1, carryC)
            t.l0 = u0
            let u2: UInt64
            (carryA, u2) = multiplyAdd(a.l2, bi, t.l2, carryA)
            (carryC, t.l1) = multiplyAdd(q, m.l2, u2, carryC)
            let u3: UInt64
            (carryA, u3) = multiplyAdd(a.l3, bi, t.l3, carryA)
            (carryC, t.l2) = multiplyAdd(q, m.l3, u3, carryC)
            t.l3 = carryC &+ carryA
        }
    }
}
