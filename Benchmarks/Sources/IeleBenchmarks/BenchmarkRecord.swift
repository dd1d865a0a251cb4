/// One line of the report, and one object of the `--json` output.
struct BenchmarkRecord: Encodable {
    var name: String
    /// "contract" (a VM workload) or "micro" (a library operation).
    var group: String
    var summary: String
    /// Time of one run (contract: all its transactions; micro: one operation), in nanoseconds.
    var medianNs: Double
    var minNs: Double
    var p90Ns: Double
    var runs: Int
    /// Operations in one run (transfers for the token workloads; 1 otherwise).
    var operations: Int
    var medianNsPerOperation: Double
    /// Gas of one run in transaction units (intrinsic gas included), as a decimal string.
    var gasUsed: String?
    var gasPerSecond: Double?
    /// Executed IELE instructions per second; nil while the engine exposes no instruction count.
    var instructionsPerSecond: Double?
    /// Heap allocations per run (contract) or per operation (micro); nil if they cannot be counted.
    var allocations: Double?
    /// "ok", or "FAILED: …" when the self-check or a run failed (then no timing is taken).
    var check: String

    static func failed(_ name: String, group: String, summary: String, _ problem: String) -> BenchmarkRecord {
        BenchmarkRecord(
            name: name, group: group, summary: summary, medianNs: 0, minNs: 0, p90Ns: 0, runs: 0, operations: 1,
            medianNsPerOperation: 0, gasUsed: nil, gasPerSecond: nil, instructionsPerSecond: nil, allocations: nil,
            check: "FAILED: " + problem)
    }
}
