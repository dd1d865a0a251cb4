extension AltBN128 {
    /// The Miller loop of the optimal ate pairing on BN254 (loop parameter 6x + 2, x = 4965661367192848881),
    /// with the G2 point in homogeneous projective coordinates on the D-type twist and sparse line
    /// multiplication. The result is correct up to factors that the final exponentiation removes.
    enum MillerLoop {
        /// The non-adjacent form of 6x + 2, least significant digit first; the top digit is 1.
        static let digits: [Int8] = [
            0, 0, 0, 1, 0, 1, 0, -1, 0, 0, -1, 0, 0, 0, 1, 0, 0, -1, 0, -1, 0, 0, 0, 1, 0, -1, 0, 0, 0, 0, -1, 0,
            0, 1, 0, -1, 0, 0, 1, 0, 0, 0, 0, 0, -1, 0, 0, -1, 0, 1, 0, -1, 0, 0, 0, -1, 0, -1, 0, 0, 0, 1, 0, -1,
            0, 1,
        ]

        /// 1/2 in Fp, Montgomery form.
        static var twoInverse: Fp {
            Fp(montgomery: Word(0x87be_e7d2_4f06_0572, 0xd0fd_2add_2f1c_6ae5, 0x8f5f_7492_fcfd_4f44,
                                0x1f37_631a_3d9c_bfac))
        }

        /// A point `(X/Z, Y/Z)` of the twist.
        struct ProjectivePoint {
            var x: Fp2
            var y: Fp2
            var z: Fp2
        }

        /// The line through the running point, as the sparse Fp12 element
        /// `c0·yP + (c1·xP + c2·v)·w` once evaluated at the G1 point P.
        struct Line {
            var c0: Fp2
            var c1: Fp2
            var c2: Fp2
        }

        /// One pair's inputs: P in G1 and Q in G2, both affine and not at infinity.
        struct Pair {
            var px: Fp
            var py: Fp
            var qx: Fp2
            var qy: Fp2
        }

        /// `∏ f(P_k, Q_k)` over all pairs, sharing the Fp12 squarings.
        static func evaluate(_ pairs: [Pair]) -> Fp12 {
            var f = Fp12.one
            var points = pairs.map { ProjectivePoint(x: $0.qx, y: $0.qy, z: .one) }
            let top = digits.count - 1
            for index in stride(from: top - 1, through: 0, by: -1) {
                if index != top - 1 { f = f.squared() }
                let digit = digits[index]
                for k in pairs.indices {
                    let pair = pairs[k]
                    f = multiply(f, by: doublingStep(&points[k]), at: pair)
                    if digit == 1 {
                        f = multiply(f, by: additionStep(&points[k], pair.qx, pair.qy), at: pair)
                    } else if digit == -1 {
                        f = multiply(f, by: additionStep(&points[k], pair.qx, -pair.qy), at: pair)
                    }
                }
            }
            for k in pairs.indices {
                let pair = pairs[k]
                let (q1x, q1y) = twistFrobenius(pair.qx, pair.qy)
                let (q2x, q2y) = twistFrobenius(q1x, q1y)
                f = multiply(f, by: additionStep(&points[k], q1x, q1y), at: pair)
                f = multiply(f, by: additionStep(&points[k], q2x, -q2y), at: pair)
            }
            return f
        }

        /// `f · ℓ(P)`.
        @inline(__always)
        static func multiply(_ f: Fp12, by line: Line, at pair: Pair) -> Fp12 {
            f.multiplied(byLine: line.c0.scaled(by: pair.py), line.c1.scaled(by: pair.px), line.c2)
        }

        /// ψ(Q) = (conj(x)·ξ^((p-1)/3), conj(y)·ξ^((p-1)/2)): the p-power Frobenius carried to the twist.
        static func twistFrobenius(_ x: Fp2, _ y: Fp2) -> (Fp2, Fp2) {
            (x.conjugated() * Frobenius.gamma12, y.conjugated() * Frobenius.gamma13)
        }

        /// Doubles `r` and returns the tangent line at the old `r`.
        static func doublingStep(_ r: inout ProjectivePoint) -> Line {
            let a = (r.x * r.y).scaled(by: twoInverse)
            let b = r.y.squared()
            let c = r.z.squared()
            let e = Curve.twistB * (c.doubled() + c)
            let f = e.doubled() + e
            let g = (b + f).scaled(by: twoInverse)
            let h = (r.y + r.z).squared() - (b + c)
            let i = e - b
            let j = r.x.squared()
            let eSquared = e.squared()
            r.x = a * (b - f)
            r.y = g.squared() - (eSquared.doubled() + eSquared)
            r.z = b * h
            return Line(c0: -h, c1: j.doubled() + j, c2: i)
        }

        /// Replaces `r` with `r + (qx, qy)` and returns the line through both.
        static func additionStep(_ r: inout ProjectivePoint, _ qx: Fp2, _ qy: Fp2) -> Line {
            let theta = r.y - qy * r.z
            let lambda = r.x - qx * r.z
            let c = theta.squared()
            let d = lambda.squared()
            let e = lambda * d
            let f = r.z * c
            let g = r.x * d
            let h = e + f - g.doubled()
            r.x = lambda * h
            r.y = theta * (g - h) - e * r.y
            r.z = r.z * e
            let j = theta * qx - lambda * qy
            return Line(c0: lambda, c1: -theta, c2: j)
        }
    }
}
