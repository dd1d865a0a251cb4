import CGMP

/// A GMP integer on the heap, immutable while shared: the storage behind every `IeleInt` that does
/// not fit in `Int`.
///
/// The `mpz_t` lives inline in the object (a `ManagedBuffer` tail element), so a big value costs one
/// object allocation plus GMP's limb array, and reading the pointer needs no exclusivity check.
/// A box is written while it is being built (before it is wrapped in an `IeleInt`) and otherwise
/// only by the in-place forms of `IeleInt+InPlace.swift` / `assign(bytes:bigEndian:signed:)`, and only
/// when `isKnownUniquelyReferenced` says the value being assigned holds the sole reference
/// (copy-on-write). No other value, on any thread, can see such a write, which is what keeps
/// `IeleInt.Storage`'s `@unchecked Sendable` sound (`ManagedBuffer` itself is explicitly not `Sendable`).
/// See ../shared/DEPENDENCIES.md §1 for the measurements behind this layout.
///
/// The header holds `trailingZeroLimbs`, the index of the magnitude's lowest non-zero limb, set by
/// `noteTrailingZeroLimbs()` whenever a value is finished (never lazily, so a shared box is only
/// read). It answers in O(1) what would otherwise scan up to every limb: the two's complement of a
/// negative value (its limb `j` is `-m_j` at the lowest non-zero limb, `~m_j` above, 0 below), whether
/// a negative value's magnitude is a power of two (`intSize`), and whether a right shift discards
/// non-zero bits. Those answers feed constant or small prices (`move`, `byte`, `shift` right), so
/// they must not cost time linear in the value.
@usableFromInline
final class GMPBox: ManagedBuffer<Int, __mpz_struct> {
    /// A new box holding zero (GMP 6.2+: `mpz_init` does not allocate limbs).
    @usableFromInline
    static func make() -> GMPBox {
        let buffer = GMPBox.create(minimumCapacity: 1) { _ in 0 }  // zero: no limbs to skip
        let box = unsafeDowncast(buffer, to: GMPBox.self)
        box.withUnsafeMutablePointerToElements { __gmpz_init($0) }
        return box
    }

    deinit {
        withUnsafeMutablePointerToElements { __gmpz_clear($0) }
    }

    /// The `mpz_t` inside the box. Callers keep the box alive while they use the pointer
    /// (`withExtendedLifetime`), which every helper in this module does.
    @inlinable @inline(__always)
    var pointer: UnsafeMutablePointer<__mpz_struct> {
        withUnsafeMutablePointerToElements { $0 }
    }
}

// MARK: - Building results

/// Runs `body` with a fresh `mpz_t` as the output and turns the result into a normalised `IeleInt`.
///
/// Every big operation goes through here, which keeps the invariant "fits in `Int` ⇒ `.small`".
@usableFromInline
func makeIeleInt(_ body: (UnsafeMutablePointer<__mpz_struct>) -> Void) -> IeleInt {
    let box = GMPBox.make()
    let result = box.pointer
    return withExtendedLifetime(box) {
        body(result)
        return IeleInt(normalising: box)
    }
}

/// Runs `body` with a read-only `mpz_t` view of `value`; small values are materialised on the stack.
@usableFromInline
func withMPZ<R>(_ value: IeleInt, _ body: (UnsafePointer<__mpz_struct>) -> R) -> R {
    switch value.storage {
    case .big(let box):
        return withExtendedLifetime(box) { body(UnsafePointer(box.pointer)) }
    case .small(let int):
        // A read-only mpz over one limb on the stack: no malloc, unlike mpz_init_set_si. GMP never
        // writes through an mpz_srcptr, and |Int.min| = 2^63 still fits in one 64-bit limb.
        var limb = mp_limb_t(int.magnitude)
        return withUnsafeMutablePointer(to: &limb) { limbPointer in
            var view = __mpz_struct(_mp_alloc: 1, _mp_size: Int32(int.signum()), _mp_d: limbPointer)
            return withUnsafePointer(to: &view) { body($0) }
        }
    }
}

/// Two-operand form of `withMPZ(_:_:)`.
@usableFromInline
func withMPZ<R>(
    _ lhs: IeleInt, _ rhs: IeleInt, _ body: (UnsafePointer<__mpz_struct>, UnsafePointer<__mpz_struct>) -> R
) -> R {
    withMPZ(lhs) { a in withMPZ(rhs) { b in body(a, b) } }
}

/// Three-operand form of `withMPZ(_:_:)`.
@usableFromInline
func withMPZ<R>(
    _ x: IeleInt, _ y: IeleInt, _ z: IeleInt,
    _ body: (UnsafePointer<__mpz_struct>, UnsafePointer<__mpz_struct>, UnsafePointer<__mpz_struct>) -> R
) -> R {
    withMPZ(x) { a in withMPZ(y) { b in withMPZ(z) { c in body(a, b, c) } } }
}

extension GMPBox {
    /// -1, 0 or 1: the sign of the boxed value (out of line, so `IeleInt.signum` inlines small).
    @usableFromInline
    var signum: Int {
        withExtendedLifetime(self) { Int(cgmp_sgn(pointer)) }
    }
}

extension GMPBox {
    /// The number of significant bits of the magnitude, read from the limbs (GMP keeps the top
    /// limb non-zero), without a call into GMP.
    @inlinable @inline(__always)
    var magnitudeBitWidth: Int {
        let z = pointer.pointee
        let count = Int(z._mp_size.magnitude)
        guard count > 0, let limbs = z._mp_d else { return 0 }
        return count &* 64 &- UInt64(limbs[count &- 1]).leadingZeroBitCount
    }

    /// data.md `intSize` of the boxed value: `(log2Int(N) + 2) up/ 64`, with `N` replaced by
    /// `~N = |N| - 1` when negative. `|N| - 1` has one bit less than `|N|` exactly when `|N|` is a
    /// power of two. Read from the limbs and inlinable: the gas model asks for it on every load
    /// of a big value, and an opaque call on a value read from memory costs a retain and release.
    @inlinable @inline(__always)
    var intSize: Int {
        let z = pointer.pointee
        let count = Int(z._mp_size.magnitude)
        guard count > 0, let limbs = z._mp_d else { return 1 }
        let top = UInt64(limbs[count &- 1])
        var bits = count &* 64 &- top.leadingZeroBitCount
        if z._mp_size < 0, top & (top &- 1) == 0, trailingZeroLimbs == count &- 1 {
            bits -= 1
        }
        // log2Int + 2 = bits + 1; ceiling division by 64.
        return (bits &+ 1 &+ 63) / 64
    }

    /// The index of the magnitude's lowest non-zero limb (0 for zero), as `noteTrailingZeroLimbs()`
    /// last recorded it.
    @inlinable @inline(__always)
    var trailingZeroLimbs: Int {
        withUnsafeMutablePointerToHeader { $0.pointee }
    }

    /// Records `trailingZeroLimbs` for the value now in the box. Called on every finished value
    /// (`IeleInt(normalising:)`, the in-place writes), before the box can be shared. The scan stops
    /// at the first non-zero limb: one comparison for almost every value, and never more limbs than
    /// the operation that produced the value has just written.
    @inlinable @inline(__always)
    func noteTrailingZeroLimbs() {
        let z = pointer.pointee
        var k = 0
        if z._mp_size != 0, let limbs = z._mp_d, limbs[0] == 0 {
            k = GMPBox.lowestNonZeroLimb(limbs, count: Int(z._mp_size.magnitude))
        }
        withUnsafeMutablePointerToHeader { $0.pointee = k }
    }

    /// The index of the lowest non-zero limb of a normalised magnitude whose limb 0 is zero.
    @usableFromInline
    static func lowestNonZeroLimb(_ limbs: UnsafeMutablePointer<mp_limb_t>, count: Int) -> Int {
        var k = 1
        while k < count &- 1, limbs[k] == 0 { k &+= 1 }
        return k
    }

    /// Limb `j` of the value's infinite two's complement (sign limbs past the top).
    @usableFromInline
    func twosComplementLimb(_ j: Int) -> UInt64 {
        withExtendedLifetime(self) {
            let z = pointer.pointee
            let count = Int(z._mp_size.magnitude)
            let negative = z._mp_size < 0
            guard j < count, let limbs = z._mp_d else { return negative ? ~0 : 0 }
            let magnitude = UInt64(limbs[j])
            guard negative else { return magnitude }
            let lowest = trailingZeroLimbs
            // -m = ~m + 1: the +1 carries through the zero limbs below the lowest non-zero one.
            return j < lowest ? 0 : (j == lowest ? 0 &- magnitude : ~magnitude)
        }
    }

    /// Whether any of the `bits` least significant bits of the magnitude is set (O(1)).
    @usableFromInline
    func magnitudeHasBits(below bits: Int) -> Bool {
        withExtendedLifetime(self) {
            let z = pointer.pointee
            guard z._mp_size != 0, let limbs = z._mp_d else { return false }
            let lowest = trailingZeroLimbs
            let (wholeLimbs, rest) = bits.quotientAndRemainder(dividingBy: 64)
            if lowest < wholeLimbs { return true }
            if lowest > wholeLimbs || rest == 0 { return false }
            return UInt64(limbs[lowest]) & ((1 << UInt64(rest)) &- 1) != 0
        }
    }
}
