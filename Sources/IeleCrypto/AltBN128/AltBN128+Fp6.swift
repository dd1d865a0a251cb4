extension AltBN128 {
    /// An element `c0 + c1·v + c2·v²` of Fp6 = Fp2[v]/(v³ - ξ), ξ = 9 + i.
    struct Fp6: Equatable, Sendable {
        var c0: Fp2
        var c1: Fp2
        var c2: Fp2

        init(_ c0: Fp2, _ c1: Fp2, _ c2: Fp2) {
            self.c0 = c0
            self.c1 = c1
            self.c2 = c2
        }

        static var zero: Fp6 { Fp6(.zero, .zero, .zero) }
        static var one: Fp6 { Fp6(.one, .zero, .zero) }

        var isZero: Bool { c0.isZero && c1.isZero && c2.isZero }

        @inline(__always)
        static func + (lhs: Fp6, rhs: Fp6) -> Fp6 {
            Fp6(lhs.c0 + rhs.c0, lhs.c1 + rhs.c1, lhs.c2 + rhs.c2)
        }

        @inline(__always)
        static func - (lhs: Fp6, rhs: Fp6) -> Fp6 {
            Fp6(lhs.c0 - rhs.c0, lhs.c1 - rhs.c1, lhs.c2 - rhs.c2)
        }

        @inline(__always)
        static prefix func - (value: Fp6) -> Fp6 {
            Fp6(-value.c0, -value.c1, -value.c2)
        }

        /// Karatsuba-style product: six Fp2 multiplications.
        static func * (a: Fp6, b: Fp6) -> Fp6 {
            let t0 = a.c0 * b.c0
            let t1 = a.c1 * b.c1
            let t2 = a.c2 * b.c2
            let r0 = ((a.c1 + a.c2) * (b.c1 + b.c2) - t1 - t2).multipliedByNonResidue() + t0
            let r1 = (a.c0 + a.c1) * (b.c0 + b.c1) - t0 - t1 + t2.multipliedByNonResidue()
            let r2 = (a.c0 + a.c2) * (b.c0 + b.c2) - t0 - t2 + t1
            return Fp6(r0, r1, r2)
        }

        /// Chung–Hasan squaring (SQR2): two Fp2 multiplications and three squarings.
        func squared() -> Fp6 {
            let s0 = c0.squared()
            let ab = c0 * c1
            let s1 = ab.doubled()
            let s2 = (c0 - c1 + c2).squared()
            let bc = c1 * c2
            let s3 = bc.doubled()
            let s4 = c2.squared()
            return Fp6(s3.multipliedByNonResidue() + s0, s4.multipliedByNonResidue() + s1, s1 + s2 + s3 - s0 - s4)
        }

        /// Multiplication by v: `(c0, c1, c2) -> (ξ·c2, c0, c1)`.
        @inline(__always)
        func multipliedByV() -> Fp6 {
            Fp6(c2.multipliedByNonResidue(), c0, c1)
        }

        /// Multiplication by an Fp2 element.
        @inline(__always)
        func scaled(by factor: Fp2) -> Fp6 {
            Fp6(c0 * factor, c1 * factor, c2 * factor)
        }

        /// Multiplication by the sparse element `b0 + b1·v`: five Fp2 multiplications.
        func multiplied(by b0: Fp2, _ b1: Fp2) -> Fp6 {
            let t0 = c0 * b0
            let t1 = c1 * b1
            let r0 = ((c1 + c2) * b1 - t1).multipliedByNonResidue() + t0
            let r1 = (b0 + b1) * (c0 + c1) - t0 - t1
            let r2 = (c0 + c2) * b0 - t0 + t1
            return Fp6(r0, r1, r2)
        }

        func inverse() -> Fp6 {
            let t0 = c0.squared() - (c1 * c2).multipliedByNonResidue()
            let t1 = c2.squared().multipliedByNonResidue() - c0 * c1
            let t2 = c1.squared() - c0 * c2
            let norm = c0 * t0 + (c2 * t1 + c1 * t2).multipliedByNonResidue()
            let normInverse = norm.inverse()
            return Fp6(t0 * normInverse, t1 * normInverse, t2 * normInverse)
        }
    }
}
