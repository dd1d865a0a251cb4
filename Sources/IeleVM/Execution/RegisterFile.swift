import IeleNumerics

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The registers of one transaction: every live function's registers in one buffer, innermost last.
///
/// Manually managed rather than an `Array`, because the interpreter reads and writes registers on
/// nearly every instruction and an array write pays a uniqueness check and a bounds check each
/// time. The decoder guarantees that every register an instruction names is below its function's
/// slot count, and `Machine.allocateRegisters` makes those slots exist before the function runs,
/// so the interpreter indexes the buffer without checks.
///
/// Every slot below `capacity` is always initialised (to zero when unused), so a slot can be
/// overwritten or read at any time and `deinit` knows what to destroy.
///
/// Memory: a slot is 16 bytes and counts one word of `<currentMemory>`, so the file must not hold
/// more than it uses (Benchmarks/Memory.md). The buffer comes from `malloc` and grows by doubling
/// with `realloc`, which moves a large block by remapping its pages instead of copying them; only
/// the slots up to `capacity` are initialised (touched, hence resident), and `capacity` advances
/// by at most `initialisationStep` slots beyond what a call needs, not by doubling.
final class RegisterFile {
    private(set) var start: UnsafeMutablePointer<IeleInt>
    /// Initialised slots: what the machine may use without calling `reserve`.
    private(set) var capacity: Int
    /// Allocated slots (at least `capacity`); those above `capacity` are uninitialised.
    private var allocated: Int

    /// How many slots `reserve` initialises beyond the request (64 KiB), so that a deep recursion
    /// takes the slow path of a call once per that many slots rather than on every call.
    static let initialisationStep = 4096

    /// Whether `IeleInt(0)` is stored as all-zero bytes (its payload and enum tag both 0), so that
    /// registers can be zeroed with `memset`. The layout is the compiler's choice, so it is checked
    /// rather than assumed; without it the register file zeroes slot by slot.
    static let zeroIsAllZeroBytes: Bool = {
        var zero = IeleInt(0)
        return withUnsafeBytes(of: &zero) { bytes in
            bytes.prefix(MemoryLayout<IeleInt>.size).allSatisfy { $0 == 0 }
        }
    }()

    init(capacity: Int = 64) {
        self.capacity = capacity
        allocated = capacity
        start = RegisterFile.resize(nil, to: capacity)
        start.initialize(repeating: .zero, count: capacity)
    }

    /// Makes at least `count` slots exist, keeping the values of the existing ones. The buffer may
    /// move, so callers re-read `start` afterwards.
    func reserve(_ count: Int) {
        guard count > capacity else { return }
        if count > allocated {
            // `IeleInt` is bitwise movable (it holds at most one strong reference), so `realloc`
            // may move the initialised slots without copying them one by one.
            let newAllocated = Swift.max(count, allocated * 2)
            start = RegisterFile.resize(start, to: newAllocated)
            allocated = newAllocated
        }
        let newCapacity = Swift.min(allocated, Swift.max(count, capacity + RegisterFile.initialisationStep))
        (start + capacity).initialize(repeating: .zero, count: newCapacity - capacity)
        capacity = newCapacity
    }

    /// `realloc` for `count` slots. The memory limit bounds the registers a transaction can ask
    /// for (each counts a word), so running out of address space is not an input's doing and
    /// stops the process.
    private static func resize(_ old: UnsafeMutablePointer<IeleInt>?, to count: Int) -> UnsafeMutablePointer<IeleInt> {
        guard let raw = realloc(old, count * MemoryLayout<IeleInt>.stride) else {
            fatalError("out of memory for \(count) registers")
        }
        return raw.bindMemory(to: IeleInt.self, capacity: count)
    }

    deinit {
        // Word-sized values own nothing; only big ones need destroying (a transaction that used
        // no big register then frees its file without visiting each slot's destructor).
        for k in 0..<capacity where !start[k].isSmall {
            (start + k).deinitialize(count: 1)
        }
        free(start)
    }
}
