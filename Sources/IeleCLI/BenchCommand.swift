import ArgumentParser
import CMallocCounter
import Foundation
import IeleBytecode
import IeleNumerics
import IeleVM

/// `iele bench FILE.iele --call NAME ARG… [--json] [--runs N] [--warmup N]`: deploys a contract once on an
/// in-memory chain and times one call repeatedly, always from the same pre-state.
///
/// Reports the median wall time of the call with its spread (min, p90), gas per second and IELE instructions
/// per second (the instructions of one call, counted by the engine in the untimed check run, over the median,
/// so counting never disturbs a timed run), and heap allocations per call, counted in one more untimed run by
/// `CMallocCounter` (glibc ≥ 2.34 has no malloc hooks, so the tool interposes malloc; while not counting, an
/// allocation pays one predicted branch). Where the counter cannot work (a libc without the `__libc_*` entry
/// points), the report says so instead of printing a number.
///
/// Exit status: 0 when the call succeeds, 1 on invalid input or a failed call, 2 on a usage error.
public struct BenchCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Time one call of a contract, repeated from the same pre-state.",
        discussion: """
            Integer arguments are decimal or 0x hex, negative allowed. --json, --runs and --warmup may also \
            come after the call's arguments. Without --runs, the call runs at least 5 times and until one \
            second was spent timing (at most 1000 runs). Build with -c release before quoting figures.
            """)

    @OptionGroup var target: ContractCallOptions

    @Option(name: .long, help: "Timed runs (default: adaptive, at least 5 and about one second).")
    var runs: Int?

    @Option(name: .long, help: "Untimed runs before timing (default 3).")
    var warmup: Int?

    public init() {}

    public func run() throws {
        let diagnostics = CommandDiagnostics("bench", file: target.file)
        let request: BenchRequest
        do {
            request = try BenchRequest(tokens: target.call, json: target.json, runs: runs, warmup: warmup)
        } catch {
            diagnostics.report("\(error)")
            throw ExitCode(error.isUsage ? ExitStatus.usageError : ExitStatus.invalidInput)
        }
        let source = try SourceLoading.parse(file: target.file, command: "bench")
        let code: [UInt8]
        do {
            code = try Assembler.assemble(source)
        } catch {
            diagnostics.report("\(error)")
            throw CommandFailure.invalidInput
        }
        let report = try BenchCommand.measure(code, request, diagnostics: diagnostics)
        StandardOutput.write((request.json ? report.json : report.text) + "\n")
    }

    /// Deploys `code`, runs the call once untimed (checking it succeeds and counting its instructions),
    /// then times it as `request` says.
    static func measure(
        _ code: [UInt8], _ request: BenchRequest, diagnostics: CommandDiagnostics = CommandDiagnostics("bench")
    ) throws(CommandFailure) -> BenchReport {
        var chain = BenchChain()
        let deployment = chain.deploy(code)
        guard deployment.status.isZero, let address = deployment.output.first else {
            diagnostics.reportStatus(function: "init", "deployment failed", status: deployment.status)
            throw CommandFailure.invalidInput
        }
        let transaction = chain.callTransaction(to: address, request)
        var world = chain.world
        var statistics = ExecutionStatistics()
        let first = chain.machine.execute(
            transaction, in: &world, block: chain.block, mode: .normal, statistics: &statistics)
        guard first.status.isZero else {
            diagnostics.reportStatus(function: request.function, "call failed, nothing timed", status: first.status)
            throw CommandFailure.invalidInput
        }
        let run = {
            var world = chain.world
            _ = chain.machine.execute(transaction, in: &world, block: chain.block)
        }
        let samples = BenchTimer.samples(request, run)
        return BenchReport(
            request: request, result: first, gasUsed: request.gasLimit - first.gasLeft,
            instructions: statistics.instructions, allocations: AllocationCount.of(run), samples: samples)
    }
}

/// What `iele bench` measures, read from the tokens after `--call`.
struct BenchRequest {
    typealias Problem = CallTokens.Problem

    var function: String
    var arguments: [IeleInt]
    var json: Bool
    /// Fixed number of timed runs, or nil for the adaptive policy.
    var runs: Int?
    var warmup: Int
    var gasLimit = IeleInt(1 << 40)

    init(tokens: [String], json: Bool, runs: Int?, warmup: Int?) throws(Problem) {
        let call = try CallTokens(tokens, optionsWithOperand: ["--runs", "--warmup"])
        // The option after the call's arguments wins over the one before them; either is checked.
        func count(_ option: String, default value: Int?) throws(Problem) -> Int? {
            let count = call.options[option].map { Int($0) ?? -1 } ?? value
            if let count, count < 0 {
                throw Problem(description: "\(option) needs a non-negative integer", isUsage: true)
            }
            return count
        }
        let runs = try count("--runs", default: runs)
        if let runs, runs < 1 { throw Problem(description: "--runs must be at least 1", isUsage: true) }
        function = call.function
        arguments = call.arguments
        self.json = json || call.json
        self.runs = runs
        self.warmup = try count("--warmup", default: warmup) ?? 3
    }
}

/// The in-memory chain `iele bench` deploys on: one funded sender.
///
/// The world is a value, so each timed run starts from a copy of the state after deployment.
private struct BenchChain {
    static let sender: IeleInt = 0x1000
    var world = WorldState(accounts: [sender: Account(balance: IeleInt(1 << 62) * IeleInt(1 << 62))])
    let machine = VirtualMachine(schedule: .danse)
    let block = BlockHeader(number: 1, gasLimit: IeleInt(Int.max), timestamp: 1)

    mutating func deploy(_ code: [UInt8]) -> TransactionResult {
        let transaction = Transaction(
            from: BenchChain.sender, to: nil, contractCode: code, gasLimit: IeleInt(1 << 40), gasPrice: 1,
            nonce: world[BenchChain.sender]?.nonce ?? 0)
        return machine.execute(transaction, in: &world, block: block)
    }

    func callTransaction(to address: IeleInt, _ request: BenchRequest) -> Transaction {
        Transaction(
            from: BenchChain.sender, to: address, function: request.function, arguments: request.arguments,
            gasLimit: request.gasLimit, gasPrice: 1, nonce: world[BenchChain.sender]?.nonce ?? 0)
    }
}

/// Heap allocations of one run of a closure, from the malloc interposer.
enum AllocationCount {
    /// nil when the interposer is not in effect in this process.
    static func of(_ body: () -> Void) -> UInt64? {
        guard iele_malloc_counter_is_active() != 0 else { return nil }
        iele_malloc_counter_start()
        body()
        return iele_malloc_counter_stop()
    }
}

/// Wall-clock samples of a closure, in nanoseconds.
enum BenchTimer {
    static func samples(_ request: BenchRequest, _ body: () -> Void) -> [Int64] {
        for _ in 0..<request.warmup { body() }
        let clock = ContinuousClock()
        var samples: [Int64] = []
        var spent: Int64 = 0
        func more() -> Bool {
            if let runs = request.runs { return samples.count < runs }
            return samples.count < 5 || (spent < 1_000_000_000 && samples.count < 1_000)
        }
        while more() {
            let start = clock.now
            body()
            let elapsed = clock.now - start
            let (seconds, attoseconds) = elapsed.components
            let nanoseconds = seconds * 1_000_000_000 + attoseconds / 1_000_000_000
            samples.append(nanoseconds)
            spent += nanoseconds
        }
        return samples
    }
}

/// What `iele bench` prints.
struct BenchReport {
    var request: BenchRequest
    var result: TransactionResult
    var gasUsed: IeleInt
    /// IELE instructions one call executes (counted in the untimed check run).
    var instructions: Int
    /// Heap allocations of one call (the world copy of the run included), or nil without a counter.
    var allocations: UInt64?
    var median: Double
    var minimum: Double
    var p90: Double
    var runs: Int

    init(
        request: BenchRequest, result: TransactionResult, gasUsed: IeleInt, instructions: Int, allocations: UInt64?,
        samples: [Int64]
    ) {
        self.request = request
        self.result = result
        self.gasUsed = gasUsed
        self.instructions = instructions
        self.allocations = allocations
        let sorted = samples.sorted()
        runs = sorted.count
        minimum = Double(sorted.first ?? 0)
        median = BenchReport.quantile(sorted, 0.5)
        p90 = BenchReport.quantile(sorted, 0.9)
    }

    /// Linear interpolation between closest ranks.
    static func quantile(_ sorted: [Int64], _ q: Double) -> Double {
        guard !sorted.isEmpty else { return 0 }
        let position = q * Double(sorted.count - 1)
        let lower = Int(position)
        let upper = min(lower + 1, sorted.count - 1)
        let fraction = position - Double(lower)
        return Double(sorted[lower]) * (1 - fraction) + Double(sorted[upper]) * fraction
    }

    var gasPerSecond: Double? {
        guard median > 0, let gas = Double(gasUsed.description) else { return nil }
        return gas / (median / 1e9)
    }

    /// Instructions of one call over the median time.
    var instructionsPerSecond: Double? {
        guard median > 0 else { return nil }
        return Double(instructions) / (median / 1e9)
    }

    static let allocationsNote = "n/a: the malloc counter does not work with this C library"

    var text: String {
        let output = result.output.map { value in
            let digits = value.description
            return digits.count > 60 ? "\(digits.prefix(30))…(\(digits.count) digits)" : digits
        }
        return [
            "returned: " + (output.isEmpty ? "(nothing)" : output.joined(separator: " ")),
            "runs: \(runs) timed after \(request.warmup) warm-up",
            "median: \(BenchReport.duration(median))  min: \(BenchReport.duration(minimum))  "
                + "p90: \(BenchReport.duration(p90))",
            "gas used: \(gasUsed)  gas/s: \(gasPerSecond.map { String(format: "%.4g", $0) } ?? "n/a")",
            "instructions: \(instructions)  instructions/s: "
                + (instructionsPerSecond.map { String(format: "%.4g", $0) } ?? "n/a"),
            "allocations/call: \(allocations.map { "\($0)" } ?? BenchReport.allocationsNote)",
        ].joined(separator: "\n")
    }

    var json: String {
        let fields = [
            "\"function\":\"\(request.function)\"",
            "\"arguments\":[\(request.arguments.map { "\"\($0)\"" }.joined(separator: ","))]",
            "\"output\":[\(result.output.map { "\"\($0)\"" }.joined(separator: ","))]",
            "\"status\":\"\(result.status)\"",
            "\"runs\":\(runs)",
            "\"warmup\":\(request.warmup)",
            "\"medianNanoseconds\":\(median)",
            "\"minNanoseconds\":\(minimum)",
            "\"p90Nanoseconds\":\(p90)",
            "\"gasUsed\":\"\(gasUsed)\"",
            "\"gasPerSecond\":\(gasPerSecond.map { "\($0)" } ?? "null")",
            "\"instructions\":\(instructions)",
            "\"instructionsPerSecond\":\(instructionsPerSecond.map { "\($0)" } ?? "null")",
            "\"allocationsPerCall\":\(allocations.map { "\($0)" } ?? "null")",
        ]
        let note = allocations == nil ? [#""notes":["allocationsPerCall \#(BenchReport.allocationsNote)"]"#] : []
        return "{" + (fields + note).joined(separator: ",") + "}"
    }

    static func duration(_ nanoseconds: Double) -> String {
        switch nanoseconds {
        case ..<1_000: String(format: "%.0f ns", nanoseconds)
        case ..<1_000_000: String(format: "%.2f µs", nanoseconds / 1e3)
        case ..<1_000_000_000: String(format: "%.2f ms", nanoseconds / 1e6)
        default: String(format: "%.3f s", nanoseconds / 1e9)
        }
    }
}
