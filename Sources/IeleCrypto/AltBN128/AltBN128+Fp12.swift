extension AltBN128 {
    /// An element `c0 + c1·w` of Fp12 = Fp6[w]/(w² - v), the target group's field.
    struct Fp12: Equatable, Sendable {
        var c0: Fp6
        var c1: Fp6

        init(_ c0: Fp6, _ c1: Fp6) {
            self.c0 = c0
            self.c1 = c1
        }

        static var one: Fp12 { Fp12(.one, .zero) }

        var isOne: Bool { self == .one }

        /// Karatsuba: three Fp6 multiplications.
        static func * (a: Fp12, b: Fp12) -> Fp12 {
            let t0 = a.c0 * b.c0
            let t1 = a.c1 * b.c1
            let mixed = (a.c0 + a.c1) * (b.c0 + b.c1)
            return Fp12(t0 + t1.multipliedByV(), mixed - t0 - t1)
        }

        /// Complex squaring: two Fp6 multiplications.
        func squared() -> Fp12 {
            let product = c0 * c1
            let mixed = (c0 + c1) * (c0 + c1.multipliedByV())
            return Fp12(mixed - product - product.multipliedByV(), product + product)
        }

        /// `c0 - c1·w`, the p^6-power Frobenius map; on the cyclotomic subgroup it is the inverse.
        func conjugated() -> Fp12 {
            Fp12(c0, -c1)
        }

        func inverse() -> Fp12 {
            let normInverse = (c0 * c0 - (c1 * c1).multipliedByV()).inverse()
            return Fp12(c0 * normInverse, -(c1 * normInverse))
        }

        /// Multiplication by the sparse element `b0 + (b3 + b4·v)·w`, the shape of a line function
        /// value on the D-type twist: 13 Fp2 multiplications instead of 18.
        func multiplied(byLine b0: Fp2, _ b3: Fp2, _ b4: Fp2) -> Fp12 {
            let a = c0.scaled(by: b0)
            let b = c1.multiplied(by: b3, b4)
            let e = (c0 + c1).multiplied(by: b0 + b3, b4)
            return Fp12(b.multipliedByV() + a, e - a - b)
        }
    }
}
