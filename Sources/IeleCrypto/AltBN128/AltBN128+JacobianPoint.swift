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

        /// `scalar·self` with a fixed 4-bit window: 252 doublings and at most 64 additions.
        func multiplied(by scalar: Word) -> Self {
            var table = [Self](repeating: .infinity, count: 16)
            table[1] = self
            for index in 2..<16 {
                table[index] = index.isMultiple(of: 2) ? table[index / 2].doubled() : table[index - 1] + self
            }
            var result = Self.infinity
            for window in stride(from: 63, through: 0, by: -1) {
                result = result.doubled().doubled().doubled().doubled()
                let digit = scalar.nibble(window)
                if digit != 0 { result = result + table[digit] }
            }
            return result
        }
    }
}

extension AltBN128.Word {
    /// Bits `4·index ..< 4·index + 4` as an integer in 0...15.
    func nibble(_ index: Int) -> Int {
        let limb: UInt64
        switch index >> 4 {
        case 0: limb = l0
        case 1: limb = l1
        case 2: limb = l2
        default: limb = l3
        }
        return Int((limb >> UInt64((index & 15) * 4)) & 0xF)
    }
}
