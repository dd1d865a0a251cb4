import CGMP

extension IeleInt: Equatable {
    /// Structural equality: by the normalisation invariant a `.small` never equals a `.big`.
    ///
    /// Two small values compare inline in the caller; anything involving a big value is a call.
    @inlinable
    public static func == (lhs: IeleInt, rhs: IeleInt) -> Bool {
        if case .small(let a) = lhs.storage, case .small(let b) = rhs.storage { return a == b }
        return compareSlow(lhs, rhs) == 0
    }
}

extension IeleInt: Comparable {
    /// Numeric order. Two small values compare inline; see `compareSlow` for the rest.
    @inlinable
    public static func < (lhs: IeleInt, rhs: IeleInt) -> Bool {
        if case .small(let a) = lhs.storage, case .small(let b) = rhs.storage { return a < b }
        return compareSlow(lhs, rhs) < 0
    }

    /// -1, 0 or 1 as `lhs` is less than, equal to or greater than `rhs`.
    @inlinable
    public static func compare(_ lhs: IeleInt, _ rhs: IeleInt) -> Int {
        if case .small(let a) = lhs.storage, case .small(let b) = rhs.storage {
            return a < b ? -1 : (a == b ? 0 : 1)
        }
        return compareSlow(lhs, rhs)
    }

    /// -1, 0 or 1 when at least one operand is big. A big value lies outside the `Int` range, so
    /// against a small value only its sign matters and GMP is not called.
    @usableFromInline
    static func compareSlow(_ lhs: IeleInt, _ rhs: IeleInt) -> Int {
        switch (lhs.storage, rhs.storage) {
        case (.small(let a), .small(let b)): return a < b ? -1 : (a == b ? 0 : 1)
        case (.small, .big(let b)): return -b.signum
        case (.big(let a), .small): return a.signum
        case (.big(let a), .big(let b)): return a === b ? 0 : compareBig(a, b).signum()
        }
    }
}

@usableFromInline
func compareBig(_ a: GMPBox, _ b: GMPBox) -> Int {
    withExtendedLifetime(a) { withExtendedLifetime(b) { Int(__gmpz_cmp(a.pointer, b.pointer)) } }
}

extension IeleInt: Hashable {
    /// Hashes the value; by the normalisation invariant equal values have equal storage, so this
    /// agrees with `==`. The small case is inlined into the caller (dictionary lookups in the VM).
    @inlinable
    public func hash(into hasher: inout Hasher) {
        if case .small(let v) = storage {
            hasher.combine(v)
            return
        }
        hashBig(into: &hasher)
    }

    /// Hashes a big value as its signed limb count and its limbs, read straight from GMP's array.
    @usableFromInline
    func hashBig(into hasher: inout Hasher) {
        guard case .big(let box) = storage else { return }
        withExtendedLifetime(box) {
            let p = box.pointer
            let count = cgmp_limb_count(p)
            hasher.combine(cgmp_sgn(p) < 0 ? -count : count)
            guard let limbs = __gmpz_limbs_read(p) else { return }
            for i in 0..<count { hasher.combine(limbs[i]) }
        }
    }
}
