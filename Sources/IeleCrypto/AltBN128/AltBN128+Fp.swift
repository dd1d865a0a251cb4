extension AltBN128 {
    /// An element of the base field Fp,
    /// p = 21888242871839275222246405745257275088696311157297823662689037894645226208583,
    /// kept in Montgomery form (`a·2^256 mod p`), always fully reduced so equal values have equal limbs.
    struct Fp: Field {
        /// The Montgomery representation.
        var montgomery: Word

        init(montgomery: Word) {
            self.montgomery = montgomery
        }

        /// The field prime p.
        static var modulus: Word {
            Word(0x3c20_8c16_d87c_fd47, 0x9781_6a91_6871_ca8d, 0xb850_45b6_8181_585d, 0x3064_4e72_e131_a029)
        }

        /// `-p^-1 mod 2^64`.
        static var modulusInverse: UInt64 { 0x87d2_0782_e486_6389 }

        /// `2^512 mod p`, to move a value into Montgomery form.
        static var rSquared: Word {
            Word(0xf32c_fc5b_538a_fa89, 0xb5e7_1911_d445_01fb, 0x47ab_1eff_0a41_7ff6, 0x06d8_9f71_cab8_351f)
        }

        static var zero: Fp { Fp(montgomery: .zero) }

        static var one: Fp {
            Fp(montgomery: Word(0xd35d_438d_c58f_0d9d, 0x0a78_eb28_f5c7_0b3d, 0x666e_a36f_7879_462c,
                                0x0e0a_77c1_9a07_df2f))
        }

        /// The element with the given canonical value.
        ///
        /// - Returns: `nil` when `value >= p` (the plugin's "not a member of the field").
        init?(_ value: Word) {
            guard value.isLess(than: Fp.modulus) else { return nil }
            montgomery = Montgomery.multiply(value, Fp.rSquared, modulus: Fp.modulus, inverse: Fp.modulusInverse)
        }

        /// The element for a small integer.
        init(small value: UInt64) {
            montgomery = Montgomery.multiply(Word(value), Fp.rSquared, modulus: Fp.modulus, inverse: Fp.modulusInverse)
        }

        /// The canonical value in `[0, p)`.
        var value: Word {
            Montgomery.multiply(montgomery, Word(1), modulus: Fp.modulus, inverse: Fp.modulusInverse)
        }

        var isZero: Bool { montgomery.isZero }

        @inline(__always)
        static func + (lhs: Fp, rhs: Fp) -> Fp {
            Fp(montgomery: Montgomery.add(lhs.montgomery, rhs.montgomery, modulus: modulus))
        }

        @inline(__always)
        static func - (lhs: Fp, rhs: Fp) -> Fp {
            Fp(montgomery: Montgomery.subtract(lhs.montgomery, rhs.montgomery, modulus: modulus))
        }

        @inline(__always)
        static func * (lhs: Fp, rhs: Fp) -> Fp {
            Fp(montgomery: Montgomery.multiply(lhs.montgomery, rhs.montgomery, modulus: modulus,
                                               inverse: modulusInverse))
        }

        @inline(__always)
        static prefix func - (value: Fp) -> Fp {
            Fp(montgomery: Montgomery.subtract(.zero, value.montgomery, modulus: modulus))
        }

        @inline(__always)
        func squared() -> Fp { self * self }

        @inline(__always)
        func doubled() -> Fp { self + self }

        /// `self^exponent` by left-to-right square-and-multiply.
        func power(_ exponent: Word) -> Fp {
            var result = Fp.one
            for index in stride(from: 255, through: 0, by: -1) {
                result = result.squared()
                if exponent.bit(index) { result = result * self }
            }
            return result
        }

        /// `self^(p-2)`, the inverse by Fermat's little theorem (zero maps to zero).
        func inverse() -> Fp {
            let m = Fp.modulus
            return power(Word(m.l0 &- 2, m.l1, m.l2, m.l3))
        }
    }
}
