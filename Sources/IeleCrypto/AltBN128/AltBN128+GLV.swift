extension AltBN128 {
    /// Scalar multiplication on G1 by the Gallant–Lambert–Vanstone method, which halves the doublings.
    ///
    /// G1 has the endomorphism φ(x, y) = (β·x, y), β a cube root of unity in Fp, and φ(P) = λ·P for the
    /// matching cube root of unity λ modulo r. A scalar k < r splits as k ≡ k1 + k2·λ (mod r) with
    /// |k1|, |k2| < 2^128 (Babai rounding against the short lattice basis v1 = (a1, -b1), v2 = (a2, b2)),
    /// and k·P = k1·P + k2·φ(P) costs about 128 doublings. The split is exact for any rounding, so the
    /// rounding only affects speed. The constants were derived offline (extended Euclid on r and λ) and
    /// the vectors test the result.
    enum GLV {
        /// β (Montgomery form), the cube root of unity with (β·x, y) = λ·(x, y),
        /// λ = 0x30644e72e131a029048b6e193fd84104cc37a73fec2bc5e9b8ca0b2d36636f23.
        static var beta: Fp {
            Fp(montgomery: Word(0x3350_c88e_13e8_0b9c, 0x7dce_557c_db5e_56b9, 0x6001_b4b8_b615_564a,
                                0x2682_e617_0202_17e0))
        }

        /// Lattice basis components: a1 - b1·λ ≡ 0 and a2 + b2·λ ≡ 0 (mod r), a1·b2 + a2·b1 = r.
        static var a1: Word { Word(0x8211_bbeb_7d4f_1128, 0x6f4d_8248_eeb8_59fc, 0, 0) }
        static var b1: Word { Word(0x89d3_2568_94d2_13e3, 0, 0, 0) }
        static var a2: Word { Word(0x89d3_2568_94d2_13e3, 0, 0, 0) }
        static var b2: Word { Word(0x0be4_e154_1221_250b, 0x6f4d_8248_eeb8_59fd, 0, 0) }

        /// ⌊2^256·b2/r⌋ and ⌊2^256·b1/r⌋, so that `c = (k·g) >> 256` approximates k·b/r.
        static var g1: Word { Word(0x5398_fd03_00ff_6565, 0x4cce_f014_a773_d2d2, 2, 0) }
        static var g2: Word { Word(0xd91d_232e_c7e0_b3d7, 2, 0, 0) }

        /// A signed half-size scalar.
        struct Part {
            var magnitude: Word
            var isNegative: Bool
        }

        /// `k·point` for `k < r`.
        static func multiply(_ point: G1Jacobian, by k: Word) -> G1Jacobian {
            let (k1, k2) = decompose(k)
            let doubledPoint = point.doubled()
            var table = [k1.isNegative ? -point : point]
            table.reserveCapacity(8)
            for index in 1..<8 {
                table.append(table[index - 1] + (k1.isNegative ? -doubledPoint : doubledPoint))
            }
            let flip = k1.isNegative != k2.isNegative
            let endomorphismTable = table.map { entry in
                G1Jacobian(x: entry.x * beta, y: flip ? -entry.y : entry.y, z: entry.z)
            }
            let digits1 = k1.magnitude.widthFiveNAF()
            let digits2 = k2.magnitude.widthFiveNAF()
            var result = G1Jacobian.infinity
            for index in stride(from: max(digits1.count, digits2.count) - 1, through: 0, by: -1) {
                result = result.doubled()
                if index < digits1.count { result = add(digits1[index], from: table, to: result) }
                if index < digits2.count { result = add(digits2[index], from: endomorphismTable, to: result) }
            }
            return result
        }

        /// `result + digit·T` where `table[j] = (2j + 1)·T`.
        @inline(__always)
        private static func add(_ digit: Int8, from table: [G1Jacobian], to result: G1Jacobian) -> G1Jacobian {
            if digit > 0 { return result + table[Int(digit) >> 1] }
            if digit < 0 { return result + -table[Int(-digit) >> 1] }
            return result
        }

        /// Splits `k < r` into (k1, k2) with k ≡ k1 + k2·λ (mod r).
        static func decompose(_ k: Word) -> (Part, Part) {
            let c1 = k.multipliedHigh(by: g1)
            let c2 = k.multipliedHigh(by: g2)
            let order = Scalar.order
            // k1 = k - c1·a1 - c2·a2 and k2 = c1·b1 - c2·b2, computed modulo r and read back as signed.
            let k1 = Montgomery.subtract(
                Montgomery.subtract(k, Scalar.multiply(c1, a1), modulus: order), Scalar.multiply(c2, a2),
                modulus: order)
            let k2 = Montgomery.subtract(Scalar.multiply(c1, b1), Scalar.multiply(c2, b2), modulus: order)
            return (signed(k1), signed(k2))
        }

        /// The residue `value` as a signed integer in (-r/2, r/2).
        private static func signed(_ value: Word) -> Part {
            let order = Scalar.order
            let half = Word((order.l0 >> 1) | (order.l1 << 63), (order.l1 >> 1) | (order.l2 << 63),
                            (order.l2 >> 1) | (order.l3 << 63), order.l3 >> 1)
            if half.isLess(than: value) {
                return Part(magnitude: Montgomery.subtract(order, value, modulus: order), isNegative: true)
            }
            return Part(magnitude: value, isNegative: false)
        }
    }
}

extension AltBN128.Scalar {
    /// `a·b mod r` for `a, b < r`.
    static func multiply(_ a: AltBN128.Word, _ b: AltBN128.Word) -> AltBN128.Word {
        let montgomeryProduct = AltBN128.Montgomery.multiply(a, b, modulus: order, inverse: orderInverse)
        return AltBN128.Montgomery.multiply(montgomeryProduct, rSquared, modulus: order, inverse: orderInverse)
    }
}

extension AltBN128.Word {
    /// `(self·other) >> 256`, the high half of the 512-bit product.
    func multipliedHigh(by other: AltBN128.Word) -> AltBN128.Word {
        let a = [l0, l1, l2, l3]
        let b = [other.l0, other.l1, other.l2, other.l3]
        var product = [UInt64](repeating: 0, count: 8)
        for i in 0..<4 {
            var carry: UInt64 = 0
            for j in 0..<4 {
                let (high, low) = AltBN128.Montgomery.multiplyAdd(a[i], b[j], product[i + j], carry)
                product[i + j] = low
                carry = high
            }
            product[i + 4] = carry
        }
        return AltBN128.Word(product[4], product[5], product[6], product[7])
    }
}
