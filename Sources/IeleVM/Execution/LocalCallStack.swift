#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The suspended intra-contract calls of a transaction (K `<localCalls>`), innermost last.
///
/// A manually managed buffer rather than an `Array`: a local call and its return only move the
/// count and write or read one slot, and an array write paid a uniqueness check (a runtime call)
/// on every call in the recursive-call benchmark. `LocalCall` is a plain value, so slots need no
/// initialisation or destruction. Copies of the stack share the buffer; a `Machine` is never
/// copied while it runs.
struct LocalCallStack {
    /// Owns the buffer (a class, so the buffer is freed with the last machine that holds it).
    ///
    /// The buffer comes from `malloc` and grows with `realloc`: a large block then moves by
    /// remapping its pages (glibc's `mremap`), so a deep recursion never holds the old and the new
    /// copy at once, and the doubled capacity stays untouched, hence not resident, until used.
    private final class Storage {
        var entries: UnsafeMutablePointer<LocalCall>
        var capacity: Int

        init(capacity: Int) {
            self.capacity = capacity
            entries = Storage.resize(nil, to: capacity)
        }

        /// `realloc` for `capacity` entries. Running out of address space is not an input's doing
        /// (the memory limit bounds the calls, see `grow`), so it stops the process.
        static func resize(
            _ old: UnsafeMutablePointer<LocalCall>?, to capacity: Int
        ) -> UnsafeMutablePointer<LocalCall> {
            guard let raw = realloc(old, capacity * MemoryLayout<LocalCall>.stride) else {
                fatalError("out of memory for \(capacity) local calls")
            }
            return raw.bindMemory(to: LocalCall.self, capacity: capacity)
        }

        deinit { free(entries) }
    }

    private let storage = Storage(capacity: 32)
    /// `storage.entries` and `storage.capacity`, kept here so the hot path does not go through the
    /// class.
    private var entries: UnsafeMutablePointer<LocalCall>
    private var capacity: Int
    /// How many calls are suspended.
    private(set) var count = 0

    init() {
        entries = storage.entries
        capacity = storage.capacity
    }

    var isEmpty: Bool { count == 0 }

    /// Suspends a call.
    @inline(__always)
    mutating func push(_ call: LocalCall) {
        if count == capacity { grow() }
        (entries + count).initialize(to: call)
        count &+= 1
    }

    /// Resumes the innermost call. The interpreter only pops when `count` is above the running
    /// account frame's floor, so the stack is never empty here.
    @inline(__always)
    mutating func pop() -> LocalCall {
        count &-= 1
        return entries[count]
    }

    /// Whether one more call fits without growing the buffer.
    @inline(__always)
    var hasRoom: Bool { count != capacity }

    /// Suspends a call when `hasRoom` (so nothing is called out of line: the interpreter's fast
    /// path for local calls, inlined in its loop, then keeps its registers).
    @inline(__always)
    mutating func pushIntoRoom(_ call: LocalCall) {
        assert(hasRoom, "pushIntoRoom without room")  // debug builds only: a caller's broken promise
        (entries + count).initialize(to: call)
        count &+= 1
    }

    /// The innermost suspended call, left in place. Only read when the stack is not empty (as
    /// for `pop`).
    @inline(__always)
    var innermost: LocalCall { entries[count &- 1] }

    /// Resumes the innermost call after reading it with `innermost`.
    @inline(__always)
    mutating func dropInnermost() {
        count &-= 1
    }

    /// Drops the calls of an account frame that ended (those at or above `floor`).
    mutating func truncate(to floor: Int) {
        count = Swift.min(count, floor)
    }

    /// Doubles the buffer. Local calls are bounded by gas and by the memory limit on registers
    /// (each call holds at least `Gcallmemory` words, and a record is 24 bytes), so growth stays
    /// within a process's means. `LocalCall` is a plain value, so `realloc` may move it bytewise.
    private mutating func grow() {
        let newCapacity = capacity * 2
        let new = Storage.resize(storage.entries, to: newCapacity)
        storage.entries = new
        storage.capacity = newCapacity
        entries = new
        capacity = newCapacity
    }
}
