/// A library-level benchmark (issue 3): one operation of IeleNumerics or IeleCrypto, timed in
/// batches so the clock's own cost vanishes.
struct MicroBenchmark {
    var name: String
    var summary: String
    /// Operations per timed batch.
    var batch: Int
    /// Runs the operation `count` times.
    var body: (_ count: Int) -> Void
    /// Returns nil when one operation gives the right answer, or what is wrong.
    var check: () -> String?
    /// The design requires this operation to make no heap allocation (small IeleInt arithmetic).
    var mustNotAllocate = false
}
