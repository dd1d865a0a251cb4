/// The suspended intra-contract calls of a transaction (K `<localCalls>`), innermost last.
///
/// Entries above `count` are kept, not removed, so a call and its return only move the count
/// and overwrite a slot: `Array.removeLast` and `append` were a measurable share of each local
/// call in the recursive-call benchmark.
struct LocalCallStack {
    private var entries: [LocalCall] = []
    /// How many calls are suspended.
    private(set) var count = 0

    var isEmpty: Bool { count == 0 }

    /// Suspends a call.
    @inline(__always)
    mutating func push(_ call: LocalCall) {
        if count < entries.count {
            entries[count] = call
        } else {
            entries.append(call)
        }
        count &+= 1
    }

    /// Resumes the innermost call. The interpreter only pops when `count` is above the running
    /// account frame's floor, so the stack is never empty here.
    @inline(__always)
    mutating func pop() -> LocalCall {
        count &-= 1
        return entries[count]
    }

    /// Drops the calls of an account frame that ended (those at or above `floor`).
    mutating func truncate(to floor: Int) {
        count = Swift.min(count, floor)
    }
}
