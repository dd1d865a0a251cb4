import CGMP

// Ring operations: the K `+Int`, `-Int`, `*Int` on mathematical integers (iele.md, "Arithmetic").
// Small operands take a word-sized fast path that never allocates; an overflow promotes both
// operands to GMP and the result is normalised back.

extension IeleInt {
    /// The sum (K `+Int`; IELE `add`).
    @inlinable
    public static func + (lhs: IeleInt, rhs: IeleInt) -> IeleInt {
        if case .small(let a) = lhs.storage, case .small(let b) = rhs.storage {
            let (sum, overflow) = a.addingReportingOverflow(b)
            if !overflow { return IeleInt(sum) }
        }
        return bigAdd(lhs, rhs)
    }

    /// The difference (K `-Int`; IELE `sub`).
    @inlinable
    public static func - (lhs: IeleInt, rhs: IeleInt) -> IeleInt {
        if case .small(let a) = lhs.storage, case .small(let b) = rhs.storage {
            let (difference, overflow) = a.subtractingReportingOverflow(b)
            if !overflow { return IeleInt(difference) }
        }
        return bigSubtract(lhs, rhs)
    }

    /// The product (K `*Int`; IELE `mul`).
    @inlinable
    public static func * (lhs: IeleInt, rhs: IeleInt) -> IeleInt {
        if case .small(let a) = lhs.storage, case .small(let b) = rhs.storage {
            let (product, overflow) = a.multipliedReportingOverflow(by: b)
            if !overflow { return IeleInt(product) }
        }
        return bigMultiply(lhs, rhs)
    }

    /// The negation (K `0 -Int x`). `-Int.min` becomes a big value.
    @inlinable
    public static prefix func - (operand: IeleInt) -> IeleInt {
        operand.negated()
    }

    /// The negation; see `-x`.
    @inlinable
    public func negated() -> IeleInt {
        if case .small(let a) = storage, a != .min { return IeleInt(-a) }
        return IeleInt.bigNegate(self)
    }

    /// The absolute value (K `absInt`).
    @inlinable
    public var magnitude: IeleInt {
        signum < 0 ? negated() : self
    }

    /// Adds in place (same semantics as `+`).
    @inlinable
    public static func += (lhs: inout IeleInt, rhs: IeleInt) { lhs = lhs + rhs }

    /// Subtracts in place (same semantics as `-`).
    @inlinable
    public static func -= (lhs: inout IeleInt, rhs: IeleInt) { lhs = lhs - rhs }

    /// Multiplies in place (same semantics as `*`).
    @inlinable
    public static func *= (lhs: inout IeleInt, rhs: IeleInt) { lhs = lhs * rhs }
}

// MARK: - GMP slow paths

extension IeleInt {
    @usableFromInline
    static func bigAdd(_ lhs: IeleInt, _ rhs: IeleInt) -> IeleInt {
        withMPZ(lhs, rhs) { a, b in makeIeleInt { __gmpz_add($0, a, b) } }
    }

    @usableFromInline
    static func bigSubtract(_ lhs: IeleInt, _ rhs: IeleInt) -> IeleInt {
        withMPZ(lhs, rhs) { a, b in makeIeleInt { __gmpz_sub($0, a, b) } }
    }

    @usableFromInline
    static func bigMultiply(_ lhs: IeleInt, _ rhs: IeleInt) -> IeleInt {
        withMPZ(lhs, rhs) { a, b in makeIeleInt { __gmpz_mul($0, a, b) } }
    }

    @usableFromInline
    static func bigNegate(_ operand: IeleInt) -> IeleInt {
        withMPZ(operand) { a in makeIeleInt { __gmpz_neg($0, a) } }
    }
}
