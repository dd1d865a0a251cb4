extension AltBN128 {
    /// An element `c0 + c1·i` of Fp2 = Fp[i]/(i² + 1), the field of the twist curve that carries G2.
    struct Fp2: Field {
        var c0: Fp
        var c1: Fp

        init(_ c0: Fp, _ c1: Fp) {
            self.c0 = c0
            self.c1 = c1
        }

        static var zero: Fp2 { Fp2(.zero, .zero) }
        static var one: Fp2 { Fp2(.one, .zero) }

        var isZero: Bool { c0.isZero && c1.isZero }

        @inline(__always)
        static func + (lhs: Fp2, rhs: Fp2) -> Fp2 {
            Fp2(lhs.c0 + rhs.c0, lhs.c1 + rhs.c1)
        }

        @inline(__always)
        static func - (lhs: Fp2, rhs: Fp2) -> Fp2 {
            Fp2(lhs.c0 - rhs.c0, lhs.c1 - rhs.c1)
        }

        /// Karatsuba: three base-field multiplications.
        @inline(__always)
        static func * (lhs: Fp2, rhs: Fp2) -> Fp2 {
            let v0 = lhs.c0 * rhs.c0
            let v1 = lhs.c1 * rhs.c1
            let mixed = (lhs.c0 + lhs.c1) * (rhs.c0 + rhs.c1)
            return Fp2(v0 - v1, mixed - v0 - v1)
        }

        @inline(__always)
        static prefix func - (value: Fp2) -> Fp2 {
            Fp2(-value.c0, -value.c1)
        }

        /// `(c0 + c1)(c0 - c1) + 2·c0·c1·i`: two base-field multiplications.
        @inline(__always)
        func squared() -> Fp2 {
            Fp2((c0 + c1) * (c0 - c1), (c0 * c1).doubled())
        }

        @inline(__always)
        func doubled() -> Fp2 {
            Fp2(c0.doubled(), c1.doubled())
        }

        /// Multiplication by a base-field element.
        @inline(__always)
        func scaled(by factor: Fp) -> Fp2 {
            Fp2(c0 * factor, c1 * factor)
        }

        /// `c0 - c1·i`, which is also the p-power Frobenius map on Fp2.
        @inline(__always)
        func conjugated() -> Fp2 {
            Fp2(c0, -c1)
        }

        /// Multiplication by ξ = 9 + i, the non-residue that defines Fp6 and the twist.
        @inline(__always)
        func multipliedByNonResidue() -> Fp2 {
            let nine0 = c0.doubled().doubled().doubled() + c0
            let nine1 = c1.doubled().doubled().doubled() + c1
            return Fp2(nine0 - c1, c0 + nine1)
        }

        func inverse() -> Fp2 {
            let normInverse = (c0.squared() + c1.squared()).inverse()
            return Fp2(c0 * normInverse, -(c1 * normInverse))
        }
    }
}
