import Foundation
import IeleVM

/// `iele-benchmarks gas-time [--quick] [--filter TEXT] [--max-size BYTES] [--repeats N] [--schedule NAME]`
/// (and `calibrate`, the same plus proposed constants):
/// the gas–time table (issue 10): ns per gas of every instruction family, builtin and precompile
/// at operand sizes from one word up to the live-memory cap, each as a ratio to the small-integer
/// add loop measured in the same run.
enum GasTimeCommand {
    static let usage = """
        usage: iele-benchmarks gas-time [--quick] [--filter TEXT] [--max-size BYTES] [--repeats N]
                                        [--schedule NAME] | --source TEXT
               iele-benchmarks calibrate [the same options] [--target RATIO]
          calibrate    the table, then gas constants under which every row whose formula follows
                       its work stays within RATIO (default 2) times the add loop's ns/gas
          --quick      sizes up to 8 MiB, one timed run per point (about a minute)
          --json FILE  also save the rows as JSON;  --from FILE  report (and calibrate) a saved run
          --source TEXT  print the contract of the first case whose family/operation contains TEXT
          (default)    sizes up to 64 MiB and the largest the 2^25-word live-memory cap allows per case
        """

    /// `calibrate` is `gas-time` followed by the proposed constants (`--target RATIO`, default 2,
    /// leaving room under the issue's 3× for the noise of a shared machine).
    static func run(_ arguments: [String], proposing: Bool = false) -> Int32 {
        var policy = GasTimePolicy()
        var target = 2.0
        var filter: String?
        var maxBytes: Int?
        var schedule = GasScheduleName.danse
        var jsonPath: String?
        var fromPath: String?
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            switch argument {
            case "--quick": policy = .quick
            case "--filter": filter = rest.popFirst()
            case "--max-size": maxBytes = rest.popFirst().flatMap(Int.init)
            case "--json": jsonPath = rest.popFirst()
            case "--from": fromPath = rest.popFirst()
            case "--target": target = rest.popFirst().flatMap(Double.init) ?? target
            case "--repeats": policy.repeats = rest.popFirst().flatMap(Int.init) ?? policy.repeats
            case "--schedule":
                guard let name = rest.popFirst().flatMap(GasScheduleName.init(rawValue:)) else {
                    Console.note("--schedule needs one of \(GasScheduleName.allCases.map(\.rawValue))")
                    return 2
                }
                schedule = name
            case "--source":
                // The contract of the first case matching TEXT, to run it with `iele` or `contract`.
                let text = rest.popFirst() ?? ""
                guard let found = GasTimeCase.catalog().first(where: { $0.name.contains(text) }) else {
                    Console.note("no gas-time case matches \(text)")
                    return 2
                }
                print(GasTimeProgram.source(for: found))
                return 0
            case "--help", "-h":
                print(usage)
                return 0
            default:
                Console.note("unknown argument \(argument)\n\(usage)")
                return 2
            }
        }
        if let maxBytes {
            policy.ladder.removeAll { $0 * 8 > maxBytes }
            policy.includesCap = false
        }
        let started = Date()
        var header: [String]
        var rows: [GasTimeRow]
        if let fromPath {
            do {
                let record = try GasTimeRecord.read(from: fromPath)
                header = record.header + ["(read from \(fromPath))"]
                rows = record.measuredRows
            } catch {
                Console.note("cannot read a gas-time record from \(fromPath): \(error)")
                return 2
            }
        } else {
            rows = measureAll(policy: policy, schedule: schedule, filter: filter)
            header = [
                "Gas–time table: `iele-benchmarks \(proposing ? "calibrate" : "gas-time") \(arguments.joined(separator: " "))`",
                "Schedule \(schedule.rawValue); \(machineDescription()); started \(timestamp(started)), "
                    + "took \(Int(Date().timeIntervalSince(started))) s.",
            ]
        }
        if let jsonPath {
            do {
                try GasTimeRecord(header: header, rows: rows).write(to: jsonPath)
            } catch {
                Console.note("cannot write \(jsonPath): \(error)")
            }
        }
        let baseline = rows.first { $0.benchCase.name == GasTimeCase.addLoop.name }
        print(GasTimeReport.markdown(rows, baseline: baseline, header: header))
        if proposing {
            print(GasCalibration(rows: rows, schedule: GasSchedule(schedule), targetRatio: target).markdown())
        }
        return rows.allSatisfy { $0.note == nil || $0.note?.hasPrefix("not run") == true } ? 0 : 1
    }

    /// The baseline rows first (always: the add loop every row is compared with, and the empty
    /// loop the calibration subtracts), then the filtered cases.
    static func measureAll(policy: GasTimePolicy, schedule: GasScheduleName, filter: String?) -> [GasTimeRow] {
        let runner = GasTimeRunner(policy: policy, schedule: schedule)
        var rows: [GasTimeRow] = []
        for benchCase in GasTimeCase.catalog() {
            let isBaseline = benchCase.family == GasTimeCase.addLoop.family
            guard isBaseline || filter.map({ benchCase.name.contains($0) }) ?? true else { continue }
            rows += runner.measure(benchCase) { Console.note("gas-time: \($0)…") }
        }
        return rows
    }

    /// Cores and load average (from /proc/loadavg on Linux), for the record of a run.
    static func machineDescription() -> String {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let load = FileText.read("/proc/loadavg").map { $0.split(separator: " ").prefix(3).joined(separator: " ") }
        return "\(cores) cores, load average \(load ?? "unknown")"
    }

    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        return formatter.string(from: date)
    }
}
