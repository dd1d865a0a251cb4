import CGMP

// Exponentiation: IELE `exp` (K `^Int`) and `expmod` (data.md `powmod`, i.e. K `^%Int`), plus the
// `gcdInt` that the `expmod` rules use to decide whether a negative exponent is allowed.

extension IeleInt {
    /// The largest result, in bits, that the numerics will build. Far above anything the gas rules let
    /// a contract pay for (a 2^31-bit register costs more gas than exists), it only keeps GMP from
    /// aborting the process on a request that could never have been paid for.
    public static let maximumBitWidth = 1 << 31

    /// `self` raised to `exponent`: K `^Int` (IELE `exp`, whose rule requires `W1 >=Int 0`).
    ///
    /// Bases 0, 1 and -1 are answered for any exponent. Other results are computed when they fit in
    /// `maximumBitWidth` bits.
    /// - Returns: `nil` when `exponent` is negative (IELE: USER_ERROR) or the result would be larger
    ///   than `maximumBitWidth` bits (IELE: the gas charged first is then beyond any gas limit).
    public func power(_ exponent: IeleInt) -> IeleInt? {
        guard exponent.signum >= 0 else { return nil }
        if exponent.isZero { return .one }
        switch storage {
        case .small(0), .small(1): return self
        case .small(-1): return exponent.isOdd ? self : .one
        default: break
        }
        // |self| >= 2 here, so the result has at least `exponent + 1` bits.
        guard let e = exponent.asInt, e <= IeleInt.maximumBitWidth else { return nil }
        let (bound, overflow) = magnitudeBitWidth.multipliedReportingOverflow(by: e)
        guard !overflow, bound <= IeleInt.maximumBitWidth else { return nil }
        if case .small(let base) = storage, let fast = IeleInt.smallPower(base, e) { return fast }
        return withMPZ(self) { b in makeIeleInt { __gmpz_pow_ui($0, b, UInt(e)) } }
    }

    /// Repeated squaring in `Int`; `nil` as soon as anything overflows.
    @usableFromInline
    static func smallPower(_ base: Int, _ exponent: Int) -> IeleInt? {
        var result = 1
        var square = base
        var e = exponent
        while true {
            if e & 1 == 1 {
                let (r, o) = result.multipliedReportingOverflow(by: square)
                if o { return nil }
                result = r
            }
            e >>= 1
            if e == 0 { return IeleInt(result) }
            let (s, o) = square.multipliedReportingOverflow(by: square)
            if o { return nil }
            square = s
        }
    }

    /// `self ^ exponent mod modulus`: data.md `powmod(W0, W1, W2)` = K `W0 ^%Int W1 W2` (IELE `expmod`).
    ///
    /// K's `^%Int` is GMP's `mpz_powm`, so the result is always in `0 ..< |modulus|` (never negative,
    /// unlike `addmod`/`mulmod`). A negative exponent means the power of the modular inverse.
    /// The `expmod` rules (iele.md, "Expressions") make it USER_ERROR when `W2 ==Int 0`, or when
    /// `W1 <Int 0 andBool gcdInt(W0, W2) =/=Int 1`; those are exactly the `nil` cases here.
    /// - Returns: `nil` when `modulus` is zero, or `exponent < 0` and `self` has no inverse mod `modulus`.
    public func power(_ exponent: IeleInt, modulo modulus: IeleInt) -> IeleInt? {
        if modulus.isZero { return nil }
        // Every residue mod ±1 is 0; answering here also sidesteps GMP's inverse-mod-1 corner case.
        // It comes before the gcd test (always 1 for a modulus of ±1), which reads every limb of
        // the base, because the price of `expmod` follows the modulus.
        if modulus == .one || modulus == -1 { return .zero }
        if exponent.signum < 0 && gcd(modulus) != .one { return nil }
        if exponent.signum >= 0 {
            return withMPZ(self, exponent, modulus) { b, e, m in makeIeleInt { __gmpz_powm($0, b, e, m) } }
        }
        // Negative exponent: invert first (gcd is 1, so the inverse exists), then raise to |exponent|.
        let positiveExponent = exponent.negated()
        return withMPZ(self, positiveExponent, modulus) { b, e, m in
            makeIeleInt { result in
                _ = __gmpz_invert(result, b, m)
                __gmpz_powm(result, result, e, m)
            }
        }
    }

    /// The greatest common divisor, never negative: data.md `gcdInt` (`gcdInt(0, 0)` is 0).
    public func gcd(_ other: IeleInt) -> IeleInt {
        if case .small(let a) = storage, case .small(let b) = other.storage, a != .min, b != .min {
            var x = a.magnitude
            var y = b.magnitude
            while y != 0 { (x, y) = (y, x % y) }
            return IeleInt(Int(x))
        }
        return withMPZ(self, other) { a, b in makeIeleInt { __gmpz_gcd($0, a, b) } }
    }

    /// `true` when the value is odd (negative values included).
    @inlinable
    public var isOdd: Bool {
        switch storage {
        case .small(let v): return v & 1 != 0
        case .big(let box): return withExtendedLifetime(box) { cgmp_odd(box.pointer) != 0 }
        }
    }
}
