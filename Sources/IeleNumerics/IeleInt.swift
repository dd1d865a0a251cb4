import CGMP

/// An unbounded signed integer: the value of every IELE register, constant and memory cell.
///
/// IELE has no fixed word size; its K semantics compute on mathematical integers (iele.md, "Integer
/// operations"). Most values in real contracts are small, so a value that fits in `Int` is stored
/// inline and operations on it never allocate; larger values live in an immutable GMP box.
///
/// Invariant: a value that fits in `Int` is **always** stored as `.small`. Every operation that
/// produces a big result normalises it, so equality and hashing can compare storage structurally.
///
/// Layout: 9 bytes of payload, stride 16 (see ../shared/DEPENDENCIES.md §1).
public struct IeleInt: Sendable {
    @usableFromInline
    /// `@unchecked`: a `GMPBox` is never mutated while shared (see `GMPBox`).
    enum Storage: @unchecked Sendable {
        case small(Int)
        case big(GMPBox)
    }

    @usableFromInline
    var storage: Storage

    /// Wraps a value that fits in a machine word.
    @inlinable
    public init(_ value: Int) {
        storage = .small(value)
    }

    /// Wraps a finished GMP result, demoting it to `.small` if it fits (keeps the invariant).
    @usableFromInline
    init(normalising box: GMPBox) {
        // Read from the fields (GMP keeps the size normalised): no call per big result.
        let z = withExtendedLifetime(box) { box.pointer.pointee }
        switch z._mp_size {
        case 0:
            storage = .small(0)
            return
        case 1, -1:
            guard let limbs = z._mp_d else { break }
            let limb = UInt64(withExtendedLifetime(box) { limbs[0] })
            if z._mp_size > 0, limb <= UInt64(Int.max) {
                storage = .small(Int(limb))
                return
            }
            if z._mp_size < 0, limb <= UInt64(1) << 63 {  // down to Int.min = -2^63
                storage = .small(Int(truncatingIfNeeded: 0 &- limb))
                return
            }
        default:
            break
        }
        box.noteTrailingZeroLimbs()  // a method of the box: `self` is alive while it reads the limbs
        storage = .big(box)
    }

    /// Zero. Computed and inlinable rather than a stored `static let`, so a client reads no lazily
    /// initialised global (a `swift_once` check and an addressor call per use in the interpreter).
    @inlinable
    public static var zero: IeleInt { IeleInt(0) }
    /// One; see `zero`.
    @inlinable
    public static var one: IeleInt { IeleInt(1) }
}

// MARK: - Basic queries

extension IeleInt {
    /// `true` when the value is 0.
    @inlinable
    public var isZero: Bool {
        if case .small(0) = storage { return true }
        return false
    }

    /// -1, 0 or 1 according to the sign of the value.
    @inlinable
    public var signum: Int {
        switch storage {
        case .small(let v): return v.signum()
        case .big(let box): return box.signum
        }
    }

    /// `true` when the value is below zero.
    @inlinable
    public var isNegative: Bool { signum < 0 }

    /// The value as an `Int`, or `nil` when it does not fit in 64 bits.
    @inlinable
    public var asInt: Int? {
        if case .small(let v) = storage { return v }
        return nil
    }

    /// The value clamped to `Int.min ... Int.max`.
    ///
    /// For quantities the VM only compares against machine-sized limits (gas amounts, memory
    /// offsets, widths): anything beyond `Int` is beyond every such limit, so clamping keeps the
    /// comparison right without a big-integer path.
    @inlinable
    public var clampedToInt: Int {
        switch storage {
        case .small(let v): return v
        case .big: return signum < 0 ? .min : .max
        }
    }

    /// `true` when the value fits in `Int` (and therefore is stored inline).
    @inlinable
    public var isSmall: Bool {
        if case .small = storage { return true }
        return false
    }
}

// MARK: - Conversions from standard integers

extension IeleInt: ExpressibleByIntegerLiteral {
    /// Integer literals in Swift source (tests, constants) become inline values.
    @inlinable
    public init(integerLiteral value: Int) {
        self.init(value)
    }
}

extension IeleInt {
    /// Converts any standard integer, exactly (e.g. `UInt64.max` becomes a big value).
    public init<T: BinaryInteger>(_ value: T) {
        if let small = Int(exactly: value) {
            self.init(small)
            return
        }
        // Build from 64-bit words of the magnitude, most significant first.
        let negative = value < 0
        let magnitude = value.magnitude
        var words: [UInt] = []
        var rest = magnitude
        while rest != 0 {
            words.append(UInt(truncatingIfNeeded: rest))
            rest >>= UInt.bitWidth
        }
        let result = makeIeleInt { out in
            words.withUnsafeBufferPointer { buffer in
                __gmpz_import(out, buffer.count, -1, MemoryLayout<UInt>.size, 0, 0, buffer.baseAddress)
            }
            if negative { __gmpz_neg(out, out) }
        }
        self = result
    }

    /// A 64-bit unsigned word, without the generic conversion's word array: 2^63 ... 2^64 - 1
    /// (the result of `bswap 8` or `twos 8` of a negative word) becomes a one-limb GMP value.
    public init(word: UInt64) {
        if word <= UInt64(Int.max) {
            self.init(Int(word))
        } else {
            self = makeIeleInt { __gmpz_set_ui($0, UInt(word)) }
        }
    }

    /// The value of a `Bool` as IELE defines it (true = 1, false = 0; iele-syntax.md `IntConstant`).
    @inlinable
    public init(_ flag: Bool) {
        self.init(flag ? 1 : 0)
    }
}
