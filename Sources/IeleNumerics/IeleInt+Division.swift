import CGMP

// Division and remainders, exactly as the K rules of iele.md ("Expressions") and data.md define them.
//
// | IELE instruction        | K rule                      | this API                               |
// |-------------------------|-----------------------------|----------------------------------------|
// | `div W0, W1`            | `W0 /Int W1`                | `quotient(dividingBy:)` (truncating)   |
// | `mod W0, W1`            | `W0 %Int W1`                | `remainder(dividingBy:)` (truncating)  |
// | `addmod W0, W1, W2`     | `(W0 +Int W1) %Int W2`      | `(a + b).remainder(dividingBy: m)`     |
// | `mulmod W0, W1, W2`     | `(W0 *Int W1) %Int W2`      | `(a * b).remainder(dividingBy: m)`     |
// | `expmod W0, W1, W2`     | `powmod(W0, W1, W2)`        | `power(_:modulo:)` (IeleInt+Power)     |
//
// K's `/Int` truncates toward zero and `%Int` takes the sign of the dividend (so `addmod`/`mulmod`
// can return negative values for negative operands!). `modInt` (Euclidean, never negative) is used
// by data.md's `gcdInt` and by `bitRangeInt`; it is `modulo(_:)` here. A zero divisor is an IELE
// exception (USER_ERROR) decided by the VM, so these functions return `nil` for it instead of trapping.

extension IeleInt {
    /// The quotient truncated toward zero: K `/Int` (IELE `div`).
    /// - Returns: `nil` when `divisor` is zero (the VM raises USER_ERROR).
    @inlinable
    public func quotient(dividingBy divisor: IeleInt) -> IeleInt? {
        if case .small(let a) = storage, case .small(let b) = divisor.storage {
            if b == 0 { return nil }
            let (q, overflow) = a.dividedReportingOverflow(by: b)  // only Int.min / -1 overflows
            if !overflow { return IeleInt(q) }
        } else if divisor.isZero {
            return nil
        }
        return IeleInt.bigQuotient(self, divisor)
    }

    /// `quotient(dividingBy:)` with a big operand and a non-zero divisor. When |dividend| <= |divisor|
    /// (which the gas rule prices as a constant once the dividend is the smaller) the quotient is 0
    /// or ±1, decided without reading the operands' limbs.
    @usableFromInline
    static func bigQuotient(_ dividend: IeleInt, _ divisor: IeleInt) -> IeleInt {
        if let order = magnitudeOrderAtOnce(dividend, divisor), order <= 0 {
            return order < 0 ? .zero : IeleInt(dividend.signum == divisor.signum ? 1 : -1)
        }
        return withMPZ(dividend, divisor) { n, d in makeIeleInt { __gmpz_tdiv_q($0, n, d) } }
    }

    /// `remainder(dividingBy:)` with a big operand and a non-zero divisor: the dividend itself
    /// (shared, not copied) when its magnitude is the smaller, 0 when the magnitudes are equal.
    @usableFromInline
    static func bigRemainder(_ dividend: IeleInt, _ divisor: IeleInt) -> IeleInt {
        if let order = magnitudeOrderAtOnce(dividend, divisor), order <= 0 {
            return order < 0 ? dividend : .zero
        }
        return withMPZ(dividend, divisor) { n, d in makeIeleInt { __gmpz_tdiv_r($0, n, d) } }
    }

    /// The order of |a| and |b| (-1, 0, 1) when two big values' limb counts, top limbs and lowest
    /// non-zero limbs decide it; nil when the limbs in between would have to be compared. With
    /// equal limb counts and top limbs, a magnitude whose other limbs are all zero is the smaller
    /// (or both are equal). That covers every pair where `intSize(a) < intSize(b)`.
    static func magnitudeOrderAtOnce(_ a: IeleInt, _ b: IeleInt) -> Int? {
        guard case .big(let x) = a.storage, case .big(let y) = b.storage else { return nil }
        return withExtendedLifetime(x) {
            withExtendedLifetime(y) {
                let (zx, zy) = (x.pointer.pointee, y.pointer.pointee)
                let (count, other) = (Int(zx._mp_size.magnitude), Int(zy._mp_size.magnitude))
                if count != other { return count < other ? -1 : 1 }
                guard count > 0, let lx = zx._mp_d, let ly = zy._mp_d else { return nil }
                let (topX, topY) = (UInt64(lx[count - 1]), UInt64(ly[count - 1]))
                if topX != topY { return topX < topY ? -1 : 1 }
                let (onlyTopX, onlyTopY) = (x.trailingZeroLimbs == count - 1, y.trailingZeroLimbs == count - 1)
                if onlyTopX { return onlyTopY ? 0 : -1 }
                return onlyTopY ? 1 : nil
            }
        }
    }

    /// The remainder with the sign of the dividend: K `%Int` (IELE `mod`, and the final step of
    /// `addmod` and `mulmod`).
    /// - Returns: `nil` when `divisor` is zero (the VM raises USER_ERROR).
    @inlinable
    public func remainder(dividingBy divisor: IeleInt) -> IeleInt? {
        if case .small(let a) = storage, case .small(let b) = divisor.storage {
            if b == 0 { return nil }
            if b == -1 { return .zero }  // avoids the Int.min % -1 trap
            return IeleInt(a % b)
        } else if divisor.isZero {
            return nil
        }
        return IeleInt.bigRemainder(self, divisor)
    }

    /// Truncating quotient and remainder together (K `/Int` and `%Int`); one GMP call for big values.
    /// - Returns: `nil` when `divisor` is zero.
    public func quotientAndRemainder(dividingBy divisor: IeleInt) -> (quotient: IeleInt, remainder: IeleInt)? {
        if divisor.isZero { return nil }
        if case .small(let a) = storage, case .small(let b) = divisor.storage, !(a == .min && b == -1) {
            return (IeleInt(a / b), IeleInt(a % b))
        }
        return withMPZ(self, divisor) { n, d in
            var remainder = IeleInt.zero
            let quotient = makeIeleInt { q in
                remainder = makeIeleInt { r in __gmpz_tdiv_qr(q, r, n, d) }
            }
            return (quotient, remainder)
        }
    }

    /// The Euclidean remainder: K `modInt`, always in `0 ..< |modulus|`.
    ///
    /// Not used by any IELE arithmetic instruction directly (those use `%Int`); provided for
    /// `gcdInt`, `bitRangeInt`-style helpers and callers that need a canonical residue.
    /// - Returns: `nil` when `modulus` is zero.
    @inlinable
    public func modulo(_ modulus: IeleInt) -> IeleInt? {
        if case .small(let a) = storage, case .small(let b) = modulus.storage {
            if b == 0 { return nil }
            if b == -1 || b == 1 { return .zero }
            let r = a % b
            if r >= 0 { return IeleInt(r) }
            // -|b| < r < 0, so r + |b| is in range even for b == Int.min (r - Int.min = r + 2^63).
            return IeleInt(b < 0 ? r - b : r + b)
        } else if modulus.isZero {
            return nil
        }
        // mpz_mod uses |modulus| and returns a non-negative result, exactly `modInt`.
        return withMPZ(self, modulus) { n, d in makeIeleInt { __gmpz_mod($0, n, d) } }
    }

    /// `ceil(self / divisor)` for a positive divisor: K `up/Int` (data.md), as the gas rules use it.
    ///
    /// K defines it as `(I1 +Int (I2 -Int 1)) /Int I2` with `/Int` truncating, so for a negative
    /// dividend the result is not the mathematical ceiling; this reproduces the K formula exactly.
    /// - Returns: `nil` unless `divisor > 0` (the K rule has no case for it).
    public func ceilingDivided(by divisor: IeleInt) -> IeleInt? {
        guard divisor.signum > 0 else { return nil }
        return (self + divisor - 1).quotient(dividingBy: divisor)
    }
}
