extension AltBN128 {
    /// A point `(X/Z², Y/Z³)` of a short Weierstrass curve `y² = x³ + b` over `F`, with Z = 0 for the
    /// point at infinity. Serves G1 (F = Fp, b = 3) and the twist carrying G2 (F = Fp2, b = 3/ξ).
    struct JacobianPoint<F: Field>: Sendable {
        var x: F
        var y: F
        var z: F

        static var infinity: Self { Self(x: .one, y: .one, z: .zero) }

        /// The point with affine coordinates `(x, y)`.
        init(affineX x: F, y: F) {
            self.x = x
            self.y = y
            self.z = .one
        }

        init(x: F, y: F, z: F) {
            self.x = x
            self.y = y
            self.z = z
        }

        var isInfinity: Bool { z.isZero }

        /// Affine coordinates, or `nil` for the point at infinity.
        var affine: (x: F, y: F)? {
            if isInfinity { return nil }
            let zInverse = z.inverse()
            let zInverseSquared = zInverse.squared()
            return (x * zInverseSquared, y * zInverseSquared * zInverse)
        }

        static prefix func - (point: Self) -> Self {
            Self(x: point.x, y: -point.y, z: point.z)
        }

        /// `2·self` ("dbl-2009-l", for curves with a = 0).
        func doubled() -> Self {
            if isInfinity { return self }
            let a = x.squared()
            let b = y.squared()
            let c = b.squared()
            let d = ((x + b).squared() - a - c).doubled()
            let e = a.doubled() + a
            let f = e.squared()
            let x3 = f - d.doubled()
            let y3 = e * (d - x3) - c.doubled().doubled().doubled()
            let z3 = (y * z).doubled()
            return Self(x: x3, y: y3, z: z3)
        }

        /// `self + other` ("add-2007-bl"), falling back to doubling when the points are equal.
        static func + (p: Self, q: Self) -> Self {
            if p.isInfinity { return q }
            if q.isInfinity { return p }
            let z1z1 = p.z.squared()
            let z2z2 = q.z.squared()
            let u1 = p.x * z2z2
            let u2 = q.x * z1z1
            let s1 = p.y * q.z * z2z2
            let s2 = q.y * p.z * z1z1
            let h = u2 - u1
            let r = (s2 - s1).doubled()
            if h.isZero {
                return r.isZero ? p.doubled() : .infinity
            }
            let i = h.doubled().squared()
            let j = h * i
            let v = u1 * i
            let x3 = r.squared() - j - v.doubled()
            let y3 = r * (v - x3) - (s1 * j).doubled()
            let z3 = ((p.z + q.z).squared() - z1z1 - z2z2) * h
            return Self(x: x3, y: y3, z: z3)
        }

        /// `scalar·self` by a width-5 NAF: about 254 doublings and 43 additions.
        func multiplied(by scalar: Word) -> Self {
            let doubledSelf = doubled()
            var oddMultiples = [self]
            oddMultiples.reserveCapacity(8)
            for index in 1..<8 {
                oddMultiples.append(oddMultiples[index - 1] + doubledSelf)
            }
            let digits = scalar.widthFiveNAF()
            var result = Self.infinity
            for digit in digits.reversed() {
                result = result.doubled()
                if digit > 0 {
                    result = result + oddMultiples[Int(digit) >> 1]
                } else if digit < 0 {
                    result = result + -oddMultiples[Int(-digit) >> 1]
                }
            }
            return result
        }
    }
}

extension AltBN128.Word {
    /// The width-5 non-adjacent form, least significant digit first: odd digits in -15...15, any two non-zero
    /// digits at least five places apart, `Σ digit·2^i = self`.
    func widthFiveNAF() -> [Int8] {
        var digits = [Int8]()
        digits.reserveCapacity(258)
        // A fifth limb holds the carry that adding back a negative digit can cause near 2^256.
        var (k0, k1, k2, k3, k4) = (l0, l1, l2, l3, UInt64(0))
        while (k0 | k1 | k2 | k3 | k4) != 0 {
            var digit: Int8 = 0
            if k0 & 1 == 1 {
                digit = Int8(k0 & 31)
                if digit >= 16 { digit -= 32 }
                if digit > 0 {
                    // Subtracting a digit from an odd value ending in it never borrows past the first limb.
                    k0 -= UInt64(digit)
                } else {
                    var carry = UInt64(-digit)
                    k0 = AltBN128.Montgomery.addWithCarry(k0, 0, &carry)
                    k1 = AltBN128.Montgomery.addWithCarry(k1, 0, &carry)
                    k2 = AltBN128.Montgomery.addWithCarry(k2, 0, &carry)
                    k3 = AltBN128.Montgomery.addWithCarry(k3, 0, &carry)
                    k4 &+= carry
                }
            }
            digits.append(digit)
            k0 = (k0 >> 1) | (k1 << 63)
            k1 = (k1 >> 1) | (k2 << 63)
            k2 = (k2 >> 1) | (k3 << 63)
            k3 = (k3 >> 1) | (k4 << 63)
            k4 >>= 1
        }
        return digits
    }
}
