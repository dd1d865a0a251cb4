import CGMP

/// An immutable GMP integer on the heap: the storage behind every `IeleInt` that does not fit in `Int`.
///
/// The `mpz_t` lives inline in the object (a `ManagedBuffer` tail element), so a big value costs one
/// object allocation plus GMP's limb array, and reading the pointer needs no exclusivity check.
/// A box is written only while it is being built (before it is wrapped in an `IeleInt`); afterwards
/// it is never mutated, which is what makes `IeleInt.Storage`'s `@unchecked Sendable` sound
/// (`ManagedBuffer` itself is explicitly not `Sendable`).
/// See /work/shared/DEPENDENCIES.md §1 for the measurements behind this layout.
@usableFromInline
final class GMPBox: ManagedBuffer<UInt8, __mpz_struct> {
    /// A new box holding zero (GMP 6.2+: `mpz_init` does not allocate limbs).
    @usableFromInline
    static func make() -> GMPBox {
        let buffer = GMPBox.create(minimumCapacity: 1) { _ in 0 }
        let box = unsafeDowncast(buffer, to: GMPBox.self)
        box.withUnsafeMutablePointerToElements { __gmpz_init($0) }
        return box
    }

    deinit {
        withUnsafeMutablePointerToElements { __gmpz_clear($0) }
    }

    /// The `mpz_t` inside the box. Callers keep the box alive while they use the pointer
    /// (`withExtendedLifetime`), which every helper in this module does.
    @usableFromInline
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
