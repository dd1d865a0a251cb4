import IeleNumerics

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
final class RegisterFile {
    private(set) var start: UnsafeMutablePointer<IeleInt>
    private(set) var capacity: Int

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
        start = .allocate(capacity: capacity)
        start.initialize(repeating: .zero, count: capacity)
    }

    /// Makes at least `count` slots exist, keeping the values of the existing ones. The buffer may
    /// move, so callers re-read `start` afterwards.
    func reserve(_ count: Int) {
        guard count > capacity else { return }
        let newCapacity = Swift.max(count, capacity * 2)
        let new = UnsafeMutablePointer<IeleInt>.allocate(capacity: newCapacity)
        new.moveInitialize(from: start, count: capacity)
        (new + capacity).initialize(repeating: .zero, count: newCapacity - capacity)
        start.deallocate()
        start = new
        capacity = newCapacity
    }

    deinit {
        // Word-sized values own nothing; only big ones need destroying (a transaction that used
        // no big register then frees its file without visiting each slot's destructor).
        for k in 0..<capacity where !start[k].isSmall {
            (start + k).deinitialize(count: 1)
        }
        start.deallocate()
    }
}
