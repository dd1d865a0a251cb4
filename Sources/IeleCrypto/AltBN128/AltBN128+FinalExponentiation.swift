extension AltBN128 {
    /// Raising a Miller loop value to a power that maps it into the order-r subgroup of Fp12*.
    ///
    /// The easy part is `(p^6 - 1)(p^2 + 1)`. The hard part follows Fuentes-Castañeda, Knapp and
    /// Rodríguez-Henríquez ("Faster hashing to G2"): it computes the power `2x(6x² + 3x + 1)·(p^4 - p^2 + 1)/r`,
    /// a multiple of the true hard part by a factor prime to r, so "equals one" is decided exactly as with
    /// the textbook exponent.
    enum FinalExponentiation {
        static func apply(_ f: Fp12) -> Fp12 {
            // Easy part.
            var r = f.conjugated() * f.inverse()
            r = r.frobenius2() * r
            // Hard part.
            let y0 = powerByNegativeX(r)
            let y1 = y0.cyclotomicSquared()
            let y2 = y1.cyclotomicSquared()
            let y3 = (y2 * y1).conjugated()
            let y4 = powerByNegativeX(y2 * y1)
            let y5 = y4.cyclotomicSquared()
            let y6 = powerByNegativeX(y5).conjugated()
            let y7 = y6 * y4
            let y8 = y7 * y3
            let y9 = y8 * y1
            let y10 = y8 * y4
            let y11 = y10 * r
            let y13 = y9.frobenius1() * y11
            let y14 = y8.frobenius2() * y13
            let y15 = (r.conjugated() * y9).frobenius3()
            return y15 * y14
        }

        /// The non-adjacent form of the curve parameter x = 4965661367192848881, least significant digit
        /// first (24 non-zero digits instead of 28 one bits).
        static let xDigits: [Int8] = [
            1, 0, 0, 0, -1, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0, 0, 1, 0, 0, 1, 0, -1, 0, 1, 0, 1, 0, 1, 0, 0, 1, 0,
            0, 0, 1, 0, -1, 0, -1, 0, -1, 0, 1, 0, 1, 0, 0, -1, 0, 1, 0, 1, 0, -1, 0, 0, 1, 0, 1, 0, 0, 0, 1,
        ]

        /// `f^(-x)` for f in the cyclotomic subgroup, where the inverse is the conjugate.
        static func powerByNegativeX(_ f: Fp12) -> Fp12 {
            let inverse = f.conjugated()
            var result = f
            for index in stride(from: xDigits.count - 2, through: 0, by: -1) {
                result = result.cyclotomicSquared()
                switch xDigits[index] {
                case 1: result = result * f
                case -1: result = result * inverse
                default: break
                }
            }
            return result.conjugated()
        }
    }
}

extension AltBN128.Fp12 {
    /// The square of an element of the cyclotomic subgroup (the image of the easy part of the final
    /// exponentiation), by Granger and Scott, "Faster Squaring in the Cyclotomic Subgroup of Sixth Degree
    /// Extensions": three Fp4 squarings, six Fp2 multiplications instead of twelve.
    func cyclotomicSquared() -> Self {
        typealias Fp2 = AltBN128.Fp2
        // Fp4 = Fp2[s]/(s² - ξ) squaring of a + b·s: (a² + ξb², 2ab).
        func fp4Squared(_ a: Fp2, _ b: Fp2) -> (Fp2, Fp2) {
            let product = a * b
            let real = (a + b) * (b.multipliedByNonResidue() + a) - product - product.multipliedByNonResidue()
            return (real, product.doubled())
        }
        let (t0, t1) = fp4Squared(c0.c0, c1.c1)
        let (t2, t3) = fp4Squared(c1.c0, c0.c2)
        let (t4, t5) = fp4Squared(c0.c1, c1.c2)
        let t5Xi = t5.multipliedByNonResidue()
        // z = 3t - 2z for the "minus" components and 3t + 2z for the "plus" ones.
        let z0 = (t0 - c0.c0).doubled() + t0
        let z1 = (t1 + c1.c1).doubled() + t1
        let z2 = (t5Xi + c1.c0).doubled() + t5Xi
        let z3 = (t4 - c0.c2).doubled() + t4
        let z4 = (t2 - c0.c1).doubled() + t2
        let z5 = (t3 + c1.c2).doubled() + t3
        return Self(AltBN128.Fp6(z0, z4, z3), AltBN128.Fp6(z2, z1, z5))
    }
}
