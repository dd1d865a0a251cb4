import IeleNumerics

/// Runs workloads: self-check first, then timing, then one counted run for allocations.
struct Runner {
    var policy = Stopwatch.Policy()

    func run(_ workload: ContractWorkload) -> BenchmarkRecord {
        let prepared: PreparedWorkload
        do {
            prepared = try PreparedWorkload(workload)
        } catch {
            return .failed(workload.name, group: "contract", summary: workload.summary, error.description)
        }
        if let problem = prepared.verify() {
            return .failed(workload.name, group: "contract", summary: workload.summary, problem)
        }
        let gas = prepared.gasUsed()
        let timing = Stopwatch.measure(policy) { prepared.timedRun() }
        let allocations = Stopwatch.allocations { prepared.timedRun() }
        let gasValue = Double(gas.description) ?? 0
        return BenchmarkRecord(
            name: workload.name, group: "contract", summary: workload.summary,
            medianNs: timing.median, minNs: timing.minimum, p90Ns: timing.p90, runs: timing.runs,
            operations: workload.operations, medianNsPerOperation: timing.median / Double(workload.operations),
            gasUsed: gas.description, gasPerSecond: timing.median > 0 ? gasValue / (timing.median / 1e9) : nil,
            instructionsPerSecond: nil, allocations: allocations.map { Double($0) }, check: "ok")
    }

    func run(_ micro: MicroBenchmark) -> BenchmarkRecord {
        if let problem = micro.check() {
            return .failed(micro.name, group: "micro", summary: micro.summary, problem)
        }
        var batchPolicy = policy
        batchPolicy.minSeconds = min(policy.minSeconds, 0.5)
        batchPolicy.minRuns = 5
        let timing = Stopwatch.measure(batchPolicy) { micro.body(micro.batch) }.perOperation(micro.batch)
        let counted = Stopwatch.allocations { micro.body(micro.batch) }
        let perOperation = counted.map { Double($0) / Double(micro.batch) }
        var check = "ok"
        if micro.mustNotAllocate, let perOperation, perOperation >= 0.01 {
            check = "FAILED: \(perOperation) allocations per operation, must be 0"
        }
        return BenchmarkRecord(
            name: micro.name, group: "micro", summary: micro.summary,
            medianNs: timing.median, minNs: timing.minimum, p90Ns: timing.p90, runs: timing.runs, operations: 1,
            medianNsPerOperation: timing.median, gasUsed: nil, gasPerSecond: nil, instructionsPerSecond: nil,
            allocations: perOperation, check: check)
    }
}
