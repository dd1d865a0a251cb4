import Foundation

/// `iele-benchmarks serve [--filter TEXT]`: the IELE side of a paired comparison (`evm/paired.py`).
///
/// Why: this shared machine switches between two speeds for seconds at a time, so two engines timed
/// one after the other can each catch a different speed, and even medians over alternating rounds of
/// whole suites moved by ±15 %. Here the workloads are deployed once and kept; the driver then asks
/// for short batches of runs (about 20 ms) and times revm in between, so that every pair of batches
/// sees nearly the same machine, and the ratio is taken per pair.
///
/// Protocol, one line each way: after deploying and checking the workloads this prints
/// `ready NAME…`; then each request `NAME RUNS` is answered with the RUNS run times in
/// nanoseconds, space-separated, or `error WHAT`. End of input ends the process.
enum PairedServer {
    /// Batches are capped so that a mistyped request cannot run for hours.
    static let maximumRuns = 100_000

    static func run(_ arguments: [String]) -> Int32 {
        var filter: String?
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            switch argument {
            case "--filter": filter = rest.popFirst()
            default:
                Console.note("unexpected argument \(argument)\nusage: iele-benchmarks serve [--filter TEXT]")
                return 2
            }
        }
        var workloads: [String: PreparedWorkload] = [:]
        var names: [String] = []
        for workload in ContractWorkload.catalog() where filter.map({ workload.name.contains($0) }) ?? true {
            do {
                let prepared = try PreparedWorkload(workload)
                if let problem = prepared.verify() {
                    Console.note("\(workload.name): \(problem); not served")
                    continue
                }
                workloads[workload.name] = prepared
                names.append(workload.name)
            } catch {
                Console.note("\(workload.name): \(error.description); not served")
            }
        }
        answer((["ready"] + names).joined(separator: " "))
        while let line = readLine() {
            answer(reply(to: line, workloads))
        }
        return 0
    }

    /// The answer to one request line.
    static func reply(to line: String, _ workloads: [String: PreparedWorkload]) -> String {
        let words = line.split(separator: " ")
        guard words.count == 2, let runs = Int(words[1]), runs > 0, runs <= maximumRuns else {
            return "error expected NAME RUNS (1…\(maximumRuns)), got \"\(line)\""
        }
        guard let workload = workloads[String(words[0])] else {
            return "error no workload named \(words[0]) is served"
        }
        var times: [UInt64] = []
        times.reserveCapacity(runs)
        for _ in 0..<runs {
            let start = Stopwatch.nanoseconds()
            workload.timedRun()
            times.append(Stopwatch.nanoseconds() - start)
        }
        return times.map(String.init).joined(separator: " ")
    }

    private static func answer(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }
}
