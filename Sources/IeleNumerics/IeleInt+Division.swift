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
        return withMPZ(self, divisor) { n, d in makeIeleInt { __gmpz_tdiv_q($0, n, d) } }
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
        return withMPZ(self, divisor) { n, d in makeIeleInt { __gmpz_tdiv_r($0, n, d) } }
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
