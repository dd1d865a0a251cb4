import CMallocCounter
import Glibc

/// Times a closure repeatedly and summarises the distribution.
///
/// Medians are quoted because a shared 2-core machine has occasional long outliers; min and p90
/// show the spread. Allocations are counted in a separate, untimed run through the malloc
/// interposer, so counting never inflates a timing.
enum Stopwatch {
    /// How many runs and how long to measure.
    struct Policy: Sendable {
        var warmup = 2
        var minRuns = 5
        var maxRuns = 1_000
        /// Keep running (past `minRuns`) until this much time was spent measuring.
        var minSeconds = 1.0
    }

    static func nanoseconds() -> UInt64 {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return UInt64(spec.tv_sec) * 1_000_000_000 + UInt64(spec.tv_nsec)
    }

    /// Runs `body` `policy.warmup` times untimed, then times it until the policy is met.
    static func measure(_ policy: Policy, _ body: () -> Void) -> Timing {
        for _ in 0..<policy.warmup { body() }
        var samples: [UInt64] = []
        samples.reserveCapacity(policy.minRuns)
        let budget = UInt64(policy.minSeconds * 1e9)
        var spent: UInt64 = 0
        while samples.count < policy.minRuns || (spent < budget && samples.count < policy.maxRuns) {
            let start = nanoseconds()
            body()
            let elapsed = nanoseconds() - start
            samples.append(elapsed)
            spent += elapsed
        }
        return Timing(samples: samples)
    }

    /// The number of heap allocations one run of `body` makes, or nil if the counter is not active.
    static func allocations(_ body: () -> Void) -> UInt64? {
        guard MallocCounting.isActive else { return nil }
        iele_malloc_counter_start()
        body()
        return iele_malloc_counter_stop()
    }
}

/// Summary statistics of timed runs, in nanoseconds.
struct Timing: Sendable {
    var median: Double
    var minimum: Double
    var p90: Double
    var runs: Int

    init(samples: [UInt64]) {
        let sorted = samples.sorted()
        runs = sorted.count
        minimum = Double(sorted.first ?? 0)
        median = Timing.quantile(sorted, 0.5)
        p90 = Timing.quantile(sorted, 0.9)
    }

    init(median: Double, minimum: Double, p90: Double, runs: Int) {
        self.median = median
        self.minimum = minimum
        self.p90 = p90
        self.runs = runs
    }

    /// Linear interpolation between closest ranks.
    static func quantile(_ sorted: [UInt64], _ q: Double) -> Double {
        guard !sorted.isEmpty else { return 0 }
        let position = q * Double(sorted.count - 1)
        let lower = Int(position)
        let upper = min(lower + 1, sorted.count - 1)
        let fraction = position - Double(lower)
        return Double(sorted[lower]) * (1 - fraction) + Double(sorted[upper]) * fraction
    }

    /// The same timing divided by `count` operations per run.
    func perOperation(_ count: Int) -> Timing {
        let divisor = Double(max(count, 1))
        return Timing(median: median / divisor, minimum: minimum / divisor, p90: p90 / divisor, runs: runs)
    }
}

/// Whether the malloc interposer is really in the allocation path of this process.
enum MallocCounting {
    static let isActive: Bool = {
        guard iele_malloc_counter_is_active() != 0 else { return false }
        iele_malloc_counter_start()
        let probe = UnsafeMutableRawPointer.allocate(byteCount: 64, alignment: 8)
        let counted = iele_malloc_counter_stop()
        probe.deallocate()
        return counted > 0
    }()
}

/// Keeps a value alive so the optimiser cannot delete the work that produced it.
@inline(never)
func blackHole<T>(_ value: T) {
    withExtendedLifetime(value) {}
}
