extension AltBN128 {
    typealias G1Jacobian = JacobianPoint<Fp>
    typealias G2Jacobian = JacobianPoint<Fp2>

    /// A validated point of G2.
    enum TwistPoint {
        case infinity
        case affine(x: Fp2, y: Fp2)
    }

    /// The constants of the two curves and the validity rules of the reference's `isValidPoint` hooks
    /// (blockchain-k-plugin, `hook_KRYPTO_bn128valid` and `hook_KRYPTO_bn128g2valid`).
    enum Curve {
        /// b = 3 of G1's curve `y² = x³ + 3`, in Montgomery form.
        static var g1B: Fp {
            Fp(montgomery: Word(0x7a17_caa9_50ad_28d7, 0x1f6a_c17a_e155_21b9, 0x334b_ea4e_696b_d284,
                                0x2a1f_6744_ce17_9d8e))
        }

        /// b' = 3/(9 + i) of the D-type twist `y² = x³ + b'` that carries G2, in Montgomery form.
        static var twistB: Fp2 {
            Fp2(Fp(montgomery: Word(0x3bf9_38e3_77b8_02a8, 0x020b_1b27_3633_535d, 0x26b7_edf0_4975_5260,
                                    0x2514_c632_4384_a86d)),
                Fp(montgomery: Word(0x38e7_eccc_d1dc_ff67, 0x65f0_b37d_93ce_0d3e, 0xd749_d0dd_22ac_00aa,
                                    0x0141_b9ce_4a68_8d4d)))
        }

        /// A validated G1 point: `nil` if a coordinate is not below p or the point is not on the curve.
        /// `(0, 0)` is the point at infinity. G1 has cofactor 1, so every curve point is in the group.
        static func g1(_ point: G1Point) -> G1Jacobian? {
            if point.x.isZero && point.y.isZero { return .infinity }
            guard let x = Fp(point.x), let y = Fp(point.y) else { return nil }
            guard y.squared() == x.squared() * x + g1B else { return nil }
            return G1Jacobian(affineX: x, y: y)
        }

        /// A validated G2 point, or `nil` if a component is not below p, the point is not on the twist, or
        /// it is not in the order-r subgroup.
        static func g2(_ point: G2Point) -> TwistPoint? {
            if point.x == .zero && point.y == .zero { return .infinity }
            guard let x0 = Fp(point.x.real), let x1 = Fp(point.x.imaginary),
                let y0 = Fp(point.y.real), let y1 = Fp(point.y.imaginary)
            else { return nil }
            let x = Fp2(x0, x1)
            let y = Fp2(y0, y1)
            guard y.squared() == x.squared() * x + twistB else { return nil }
            guard isInSubgroup(x, y) else { return nil }
            return .affine(x: x, y: y)
        }

        /// 6x², where x = 4965661367192848881 is the BN parameter; p = r + 6x² and the trace is t = 6x² + 1.
        static var sixXSquared: Word { Word(0xf83e_9682_e87c_fd46, 0x6f4d_8248_eeb8_59fb, 0, 0) }

        /// Whether the twist point Q = (x, y) lies in G2, the order-r subgroup.
        ///
        /// The plugin tests `(r-1)·Q + Q == 0`; this tests the equivalent ψ(Q) == [6x²]Q at half the cost,
        /// ψ being the untwist-Frobenius-twist endomorphism, which satisfies ψ² - tψ + p = 0. If Q has order
        /// r, ψ acts on it as multiplication by p ≡ 6x² (mod r). Conversely, if ψ(Q) = [c]Q with c = 6x²,
        /// then 0 = (ψ² - tψ + p)(Q) = [c² - (c + 1)c + r + c]Q = [r]Q.
        static func isInSubgroup(_ x: Fp2, _ y: Fp2) -> Bool {
            let (psiX, psiY) = MillerLoop.twistFrobenius(x, y)
            let multiple = G2Jacobian(affineX: x, y: y).multiplied(by: sixXSquared)
            if multiple.isInfinity { return false }
            let zSquared = multiple.z.squared()
            return multiple.x == psiX * zSquared && multiple.y == psiY * zSquared * multiple.z
        }

        /// The affine encoding of a G1 point, `(0, 0)` for infinity.
        static func encode(_ point: G1Jacobian) -> G1Point {
            guard let (x, y) = point.affine else { return .infinity }
            return G1Point(x: x.value, y: y.value)
        }
    }
}
