import Foundation
import IeleNumerics

/// `iele-benchmarks [--json] [--filter TEXT] [--min-time SECONDS] [--runs N] [--warmup N] [--contracts | --micro]`
/// runs every workload (or those whose name contains TEXT) and prints a table or JSON.
///
/// `iele-benchmarks contract FILE.iele --call NAME ARG… [--init ARG…] [--runs N] [--warmup N] [--json]`
/// benchmarks one call of any contract, with allocation counts (which `iele bench` cannot give).
///
/// `iele-benchmarks gas-time [--quick] …` prints the gas–time table (see `GasTimeCommand`).
///
/// `iele-benchmarks serve [--filter TEXT]` answers timing requests for `evm/paired.py` (see `PairedServer`).
@main
struct BenchmarkMain {
    static func main() {
        var arguments = Array(CommandLine.arguments.dropFirst())
        if arguments.first == "contract" {
            arguments.removeFirst()
            exit(runContract(arguments))
        }
        if arguments.first == "gas-time" || arguments.first == "calibrate" {
            let proposing = arguments.removeFirst() == "calibrate"
            exit(GasTimeCommand.run(arguments, proposing: proposing))
        }
        if arguments.first == "big-operands" {
            arguments.removeFirst()
            exit(BigOperandTable.run(arguments))
        }
        if arguments.first == "serve" {
            arguments.removeFirst()
            exit(PairedServer.run(arguments))
        }
        var json = false
        var filter: String?
        var policy = Stopwatch.Policy()
        var groups: Set<String> = ["contract", "micro"]
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            switch argument {
            case "--json": json = true
            case "--filter": filter = rest.popFirst()
            case "--min-time": policy.minSeconds = rest.popFirst().flatMap(Double.init) ?? policy.minSeconds
            case "--runs":
                policy.minRuns = rest.popFirst().flatMap(Int.init) ?? policy.minRuns
                policy.maxRuns = policy.minRuns
            case "--warmup": policy.warmup = rest.popFirst().flatMap(Int.init) ?? policy.warmup
            case "--contracts": groups = ["contract"]
            case "--micro": groups = ["micro"]
            case "--help", "-h":
                print(usage)
                exit(0)
            default:
                Console.note("unknown argument \(argument)\n\(usage)")
                exit(2)
            }
        }
        Console.note(
            MallocCounting.isActive ? "malloc counter active" : "malloc counter NOT active: no allocation counts")
        let runner = Runner(policy: policy)
        var records: [BenchmarkRecord] = []
        func wanted(_ name: String) -> Bool { filter.map { name.contains($0) } ?? true }
        if groups.contains("contract") {
            for workload in ContractWorkload.catalog() where wanted(workload.name) {
                Console.note("running \(workload.name)…")
                records.append(runner.run(workload))
            }
        }
        if groups.contains("micro") {
            for micro in MicroBenchmark.catalog() where wanted(micro.name) {
                Console.note("running \(micro.name)…")
                records.append(runner.run(micro))
            }
        }
        print(json ? Report.json(records) : Report.table(records))
        exit(records.allSatisfy { $0.check == "ok" } ? 0 : 1)
    }

    static let usage = """
        usage: iele-benchmarks [--json] [--filter TEXT] [--min-time SECONDS] [--runs N] [--warmup N]
                               [--contracts | --micro]
               iele-benchmarks contract FILE.iele --call NAME ARG… [--init ARG…] [--runs N] [--warmup N] [--json]
               iele-benchmarks serve [--filter TEXT]     (for evm/paired.py: timed batches on request)
               iele-benchmarks gas-time [--quick] [--filter TEXT] [--max-size BYTES] [--repeats N]   (issue 10)
               iele-benchmarks calibrate [--quick] [--target RATIO] …   (gas-time, then proposed constants)
               iele-benchmarks big-operands [--filter TEXT] [--sizes W,W,…] [--seconds S]   (ns/gas vs a small add)
        """

    /// One call of any contract, from the same pre-state each run.
    static func runContract(_ arguments: [String]) -> Int32 {
        var file: String?
        var function: String?
        var callArguments: [IeleInt] = []
        var initArguments: [IeleInt] = []
        var json = false
        var policy = Stopwatch.Policy()
        var target: WritableKeyPath<(call: [IeleInt], initial: [IeleInt]), [IeleInt]>?
        var lists: (call: [IeleInt], initial: [IeleInt]) = ([], [])
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            switch argument {
            case "--json": json = true
            case "--runs":
                policy.minRuns = rest.popFirst().flatMap(Int.init) ?? policy.minRuns
                policy.maxRuns = policy.minRuns
            case "--warmup": policy.warmup = rest.popFirst().flatMap(Int.init) ?? policy.warmup
            case "--call":
                function = rest.popFirst().map { $0.hasPrefix("@") ? String($0.dropFirst()) : $0 }
                target = \.call
            case "--init": target = \.initial
            default:
                if let target, let value = IeleInt(parsingLiteral: argument) {
                    lists[keyPath: target].append(value)
                } else if file == nil {
                    file = argument
                } else {
                    Console.note("unexpected argument \(argument)\n\(usage)")
                    return 2
                }
            }
        }
        callArguments = lists.call
        initArguments = lists.initial
        guard let file, let function else {
            Console.note(usage)
            return 2
        }
        let workload = ContractWorkload(
            name: function, summary: "\(file) @\(function)", sourcePath: file, initArguments: initArguments,
            calls: [ContractWorkload.Call(function: function, arguments: callArguments)],
            check: { _, _, _ in nil })
        let record = Runner(policy: policy).run(workload)
        print(json ? Report.json([record]) : Report.table([record]))
        return record.check == "ok" ? 0 : 1
    }
}
