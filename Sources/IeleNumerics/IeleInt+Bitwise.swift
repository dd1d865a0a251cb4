import CGMP

// Bitwise operations on the infinite two's-complement representation, as K's `~Int`, `&Int`, `|Int`,
// `xorInt`, `<<Int` and `>>Int` define them (iele.md, "Expressions": `not`, `and`, `or`, `xor`, `shift`).
// A negative value behaves as if it had infinitely many leading one bits; GMP's mpz_and/ior/xor/com
// implement exactly that, and for `Int` operands the 64-bit result is already the right value.

extension IeleInt {
    /// Bitwise NOT, `-x - 1`: K `~Int` (IELE `not`).
    @inlinable
    public static prefix func ~ (operand: IeleInt) -> IeleInt {
        if case .small(let a) = operand.storage { return IeleInt(~a) }
        return withMPZ(operand) { a in makeIeleInt { __gmpz_com($0, a) } }
    }

    /// Bitwise AND: K `&Int` (IELE `and`).
    @inlinable
    public static func & (lhs: IeleInt, rhs: IeleInt) -> IeleInt {
        if case .small(let a) = lhs.storage, case .small(let b) = rhs.storage { return IeleInt(a & b) }
        return bigAnd(lhs, rhs)
    }

    /// `&` with at least one big operand. The gas rule prices `and` by the *smaller* operand, so a
    /// word-sized mask must cost O(1): a non-negative one keeps bits of the big value's lowest limb
    /// only, and -1 gives the big value itself (shared, not copied).
    @usableFromInline
    static func bigAnd(_ lhs: IeleInt, _ rhs: IeleInt) -> IeleInt {
        if let mask = lhs.asInt ?? rhs.asInt {
            let big = lhs.isSmall ? rhs : lhs
            if mask == -1 { return big }
            if mask >= 0 { return IeleInt(Int(bitPattern: big.lowWordBits) & mask) }
        }
        return withMPZ(lhs, rhs) { a, b in makeIeleInt { __gmpz_and($0, a, b) } }
    }

    /// Bitwise inclusive OR: K `|Int` (IELE `or`).
    @inlinable
    public static func | (lhs: IeleInt, rhs: IeleInt) -> IeleInt {
        if case .small(let a) = lhs.storage, case .small(let b) = rhs.storage { return IeleInt(a | b) }
        return withMPZ(lhs, rhs) { a, b in makeIeleInt { __gmpz_ior($0, a, b) } }
    }

    /// Bitwise exclusive OR: K `xorInt` (IELE `xor`).
    @inlinable
    public static func ^ (lhs: IeleInt, rhs: IeleInt) -> IeleInt {
        if case .small(let a) = lhs.storage, case .small(let b) = rhs.storage { return IeleInt(a ^ b) }
        return withMPZ(lhs, rhs) { a, b in makeIeleInt { __gmpz_xor($0, a, b) } }
    }
}

// MARK: - Shifts

extension IeleInt {
    /// `self * 2^count`: K `<<Int`. A negative `count` shifts right instead (`shiftedRight(by: -count)`).
    /// - Returns: `nil` only when the result would exceed `maximumBitWidth` bits.
    @inlinable
    public func shiftedLeft(by count: Int) -> IeleInt? {
        if count <= 0 {
            return count == .min ? (signum < 0 ? -1 : .zero) : shiftedRight(by: -count)
        }
        if case .small(let a) = storage {
            if a == 0 { return self }
            if count < Int.bitWidth {
                let shifted = a << count
                if shifted >> count == a { return IeleInt(shifted) }
            }
        }
        return bigShiftLeft(count)
    }

    @usableFromInline
    func bigShiftLeft(_ count: Int) -> IeleInt? {
        let (width, overflow) = magnitudeBitWidth.addingReportingOverflow(count)
        guard !overflow, width <= IeleInt.maximumBitWidth else { return nil }
        return withMPZ(self) { a in makeIeleInt { __gmpz_mul_2exp($0, a, UInt(count)) } }
    }

    /// `floor(self / 2^count)`: K `>>Int`, an arithmetic shift (negative values round toward -∞,
    /// so `-1 >> n` is -1). A negative `count` is treated as 0.
    @inlinable
    public func shiftedRight(by count: Int) -> IeleInt {
        if count <= 0 { return self }
        switch storage {
        case .small(let a):
            // Swift's `>>` on Int is arithmetic and saturates counts ≥ 64 to the sign.
            return IeleInt(a >> count)
        case .big(let box):
            return IeleInt.bigShiftRight(box, count)
        }
    }

    /// `shiftedRight(by:)` of a big value, in time linear in the *result* (the `shift` gas rule
    /// prices the result's size): a shift past the top is the sign alone, and a negative value
    /// rounds toward -∞ by truncating its magnitude and adding one when a dropped bit was set,
    /// which `GMPBox.magnitudeHasBits(below:)` answers without scanning the dropped limbs.
    @usableFromInline
    static func bigShiftRight(_ box: GMPBox, _ count: Int) -> IeleInt {
        let negative = box.signum < 0
        if count >= box.magnitudeBitWidth { return negative ? -1 : .zero }
        let roundsDown = negative && box.magnitudeHasBits(below: count)
        return withExtendedLifetime(box) {
            let a = UnsafePointer(box.pointer)
            return makeIeleInt { out in
                __gmpz_tdiv_q_2exp(out, a, UInt(count))
                if roundsDown { __gmpz_sub_ui(out, out, 1) }
            }
        }
    }

    /// IELE `shift W0, W1`: left by `count` when it is non-negative (`W0 <<Int W1`), otherwise right by
    /// `-count` (`W0 >>Int (0 -Int W1)`).
    /// - Returns: `nil` only when a left shift would exceed `maximumBitWidth` bits (the `shift` gas
    ///   rule, `intSize(W0) +Int bitsInWords(W1)`, already puts that beyond any gas limit).
    public func shifted(by count: IeleInt) -> IeleInt? {
        if let n = count.asInt { return shiftedLeft(by: n) }
        if count.signum > 0 { return isZero ? self : nil }
        return signum < 0 ? -1 : .zero  // right shift by more than Int.max bits leaves only the sign
    }
}
