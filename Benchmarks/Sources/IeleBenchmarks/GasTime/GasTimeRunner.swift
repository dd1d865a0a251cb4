import Foundation
import IeleNumerics
import IeleVM

/// One measured row of the gas–time table.
struct GasTimeRow {
    var benchCase: GasTimeCase
    /// Operand size in words (1 for fixed cases).
    var words: Int
    /// Gas of one loop iteration (the operation plus the loop's own instructions), in the
    /// schedule's units (instruction gas: transaction gas × `Sgasdivisor`).
    var gasPerOp: Double
    /// Nanoseconds of one loop iteration.
    var nsPerOp: Double
    /// Loop iterations of each timed run.
    var iterations: Int
    /// Why the row has no figures (a failed run, a skipped size), or nil.
    var note: String?

    var nsPerGas: Double { gasPerOp > 0 ? nsPerOp / gasPerOp : .infinity }
}

/// How long and how often the gas–time table measures.
struct GasTimePolicy {
    /// The operand sizes, in words, of the ladder below the cap.
    var ladder: [Int] = [1, 128, 8192, 1 << 17, 1 << 20, 1 << 23]
    /// Whether the ladder ends with the largest size the live-memory cap allows for each case.
    var includesCap = true
    /// Timed runs per point (the median is kept).
    var repeats = 3
    /// Loop time aimed at in each timed run.
    var targetSeconds = 0.2
    /// Loop time one run may not exceed (iterations are cut to fit, down to one).
    var maxRunSeconds = 2.0
    /// A case stops climbing the ladder once one operation takes this long.
    var maxOperationSeconds = 4.0
    /// Gas per run aimed at, in transaction units, so the rounding of the gas left to whole
    /// transaction units (at most one unit per run) moves a row's gas by under 1 %.
    var minRunTransactionGas = 200.0

    static let quick = GasTimePolicy(
        ladder: [1, 128, 8192, 1 << 17, 1 << 20], includesCap: false, repeats: 1, targetSeconds: 0.03,
        maxRunSeconds: 0.5, maxOperationSeconds: 1.0)
}

/// Measures gas–time rows by running each case's contract on an in-memory chain.
struct GasTimeRunner {
    var policy: GasTimePolicy
    var schedule: GasScheduleName = .danse

    /// The live-memory cap (`Machine.memoryLimit`, 2^25 words), restated here because the engine
    /// keeps it internal; a run past it ends OUT_OF_GAS, which the table reports.
    static let memoryCapWords = 1 << 25

    /// The ladder of `benchCase`: its sizes in words, the cap-bounded largest one last.
    func sizes(for benchCase: GasTimeCase) -> [Int] {
        guard case .words(let live) = benchCase.sizing else { return [1] }
        var sizes = policy.ladder
        // Leave room for the loop's small registers; round to 64 Ki words.
        let capWords = (Self.memoryCapWords - (1 << 16)) / live / (1 << 16) * (1 << 16)
        sizes.removeAll { $0 > capWords }
        if policy.includesCap, let last = sizes.last, capWords > last { sizes.append(capWords) }
        return sizes
    }

    /// Every row of `benchCase`, smallest size first.
    func measure(_ benchCase: GasTimeCase, progress: (String) -> Void) -> [GasTimeRow] {
        let sizes = sizes(for: benchCase)
        let deployed: DeployedGasTimeCase
        do {
            deployed = try DeployedGasTimeCase(benchCase, schedule: schedule)
        } catch {
            return sizes.map { failedRow(benchCase, $0, "FAILED: \(error)") }
        }
        var rows: [GasTimeRow] = []
        var stopped: String?
        for words in sizes {
            if let stopped {
                rows.append(failedRow(benchCase, words, stopped))
                continue
            }
            progress("\(benchCase.name) @ \(GasTimeReport.size(words: words))")
            let row = measure(deployed, words: words)
            rows.append(row)
            if row.note != nil {
                stopped = "not run: the smaller size failed"
            } else if row.nsPerOp > policy.maxOperationSeconds * 1e9 / 8 {
                stopped = "not run: one operation at 8× this size would exceed \(policy.maxOperationSeconds) s"
            }
        }
        return rows
    }

    private func failedRow(_ benchCase: GasTimeCase, _ words: Int, _ note: String) -> GasTimeRow {
        GasTimeRow(benchCase: benchCase, words: words, gasPerOp: 0, nsPerOp: 0, iterations: 0, note: note)
    }

    /// One size: the run of one iteration (the base), then runs of 1 + K iterations with K grown
    /// until the loop's share of a run is measurable; the last of those is the first timed sample.
    /// The base has one iteration, not none, so one-time costs of the first (the result
    /// register's memory growth and its gas, a first storage write) cancel out with the setup.
    private func measure(_ deployed: DeployedGasTimeCase, words: Int) -> GasTimeRow {
        let benchCase = deployed.benchCase
        do {
            let base = try deployed.medianRun(iterations: 1, words: words, policy: policy)
            let (iterations, first) = try iterationCount(deployed, words: words, base: base)
            let timed = try deployed.medianRun(iterations: 1 + iterations, words: words, policy: policy, first: first)
            let divisor = Double(GasSchedule(schedule).sGasDivisor)
            return GasTimeRow(
                benchCase: benchCase, words: words,
                gasPerOp: Double(timed.transactionGas - base.transactionGas) * divisor / Double(iterations),
                nsPerOp: max(timed.ns - base.ns, 0) / Double(iterations), iterations: iterations, note: nil)
        } catch {
            return failedRow(benchCase, words, "FAILED: \(error)")
        }
    }
}

extension GasTimeRunner {
    /// Iterations for the timed runs: grown from 1 until the loop's share of a run is at least the
    /// target time and at least half the rest of the run (setup, transaction), so subtracting the
    /// base leaves a figure well above the jitter of either run; and enough gas that rounding to
    /// whole transaction units does not matter. Bounded by `maxRunSeconds` and the case's own
    /// limit. Returns the count and the run made with it (nil when the limit was reached unrun).
    fileprivate func iterationCount(
        _ deployed: DeployedGasTimeCase, words: Int, base: (ns: Double, transactionGas: Int)
    ) throws(BenchError) -> (Int, (ns: UInt64, transactionGas: Int)?) {
        let limit = deployed.maxIterations(words: words)
        let goalNs = max(policy.targetSeconds * 1e9, base.ns / 2)
        var k = 1
        while true {
            let probe = try deployed.run(iterations: 1 + k, words: words)
            let loopNs = Double(probe.ns) - base.ns
            let loopGas = Double(probe.transactionGas - base.transactionGas)
            if (loopNs >= goalNs && loopGas >= policy.minRunTransactionGas) || loopNs >= policy.maxRunSeconds * 1e9
                || k >= limit
            {
                return (k, probe)
            }
            let timeFactor = goalNs / max(loopNs, goalNs / 64)
            let gasFactor = policy.minRunTransactionGas / max(loopGas, policy.minRunTransactionGas / 64)
            let factor = min(64, max(2, 1.5 * max(timeFactor, gasFactor)))
            // An operation that is fast but dear (a big sstore or sload) must not run the call out
            // of gas: a run spends at most half the transaction's gas limit.
            let affordable = Double(BenchChain.gasLimit.asInt ?? Int.max) / 2 / max(loopGas / Double(k), 1)
            if Double(k) * 2 > affordable { return (k, probe) }
            k = min(Int(min(Double(k) * factor, affordable)), limit)
        }
    }
}

/// A case's contract deployed on its own chain, ready to be called from the same pre-state.
struct DeployedGasTimeCase {
    var benchCase: GasTimeCase
    var chain: BenchChain
    var contract: IeleInt

    init(_ benchCase: GasTimeCase, schedule: GasScheduleName) throws(BenchError) {
        self.benchCase = benchCase
        let code = try BenchChain.assemble(text: GasTimeProgram.source(for: benchCase), name: benchCase.name)
        chain = BenchChain(schedule: schedule)
        contract = try chain.deploy(code)
    }

    /// The most iterations a run may make (log data is bounded per transaction).
    func maxIterations(words: Int) -> Int {
        guard let limit = benchCase.bytesPerRunLimit else { return 1 << 40 }
        return max(1, limit / (8 * words) - 2)
    }

    /// One timed call of `@bench(iterations, words)` from the pre-state: wall time and gas used.
    func run(iterations: Int, words: Int) throws(BenchError) -> (ns: UInt64, transactionGas: Int) {
        var transaction = chain.transaction(
            to: contract, function: "bench", arguments: [IeleInt(iterations), IeleInt(words)])
        transaction.nonce = chain.world[BenchChain.sender]?.nonce ?? 0
        var world = chain.world
        let start = Stopwatch.nanoseconds()
        let result = chain.machine.execute(transaction, in: &world, block: chain.block)
        let elapsed = Stopwatch.nanoseconds() - start
        blackHole(world)
        guard result.status.isZero else {
            throw BenchError("status \(result.status) at \(iterations) iterations")
        }
        guard let gas = BenchChain.gasUsed(result).asInt else { throw BenchError("gas used out of range") }
        return (elapsed, gas)
    }

    /// The median time of `policy.repeats` runs, `first` (an earlier run of the same call) among
    /// them; a run longer than half a second is not repeated (its jitter is small beside it).
    /// Gas is the same in every run.
    func medianRun(
        iterations: Int, words: Int, policy: GasTimePolicy, first: (ns: UInt64, transactionGas: Int)? = nil
    ) throws(BenchError) -> (ns: Double, transactionGas: Int) {
        var samples: [UInt64] = []
        var gas = 0
        if let first {
            samples.append(first.ns)
            gas = first.transactionGas
        }
        while samples.count < max(1, policy.repeats), samples.allSatisfy({ $0 < 500_000_000 }) {
            let (ns, used) = try run(iterations: iterations, words: words)
            samples.append(ns)
            gas = used
        }
        return (Timing(samples: samples).median, gas)
    }
}
