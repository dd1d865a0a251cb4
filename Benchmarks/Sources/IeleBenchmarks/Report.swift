import Foundation

/// Prints records as a table (default) or JSON (`--json`).
enum Report {
    static func table(_ records: [BenchmarkRecord]) -> String {
        var lines = [
            row(["workload", "median", "min", "p90", "runs", "per op", "gas/s", "instr/s", "allocs", "check"]),
        ]
        for record in records {
            let failed = record.check != "ok" && record.runs == 0
            lines.append(row([
                record.name,
                failed ? "-" : duration(record.medianNs),
                failed ? "-" : duration(record.minNs),
                failed ? "-" : duration(record.p90Ns),
                failed ? "-" : "\(record.runs)",
                record.operations > 1 ? duration(record.medianNsPerOperation) : "",
                record.gasPerSecond.map(rate) ?? "",
                record.instructionsPerSecond.map(rate) ?? (record.group == "contract" && !failed ? "n/a" : ""),
                record.allocations.map(count) ?? "",
                record.check,
            ]))
        }
        if records.contains(where: { $0.group == "contract" && $0.runs > 0 }) {
            lines.append("")
            lines.append("contract rows: one run = all the workload's transactions from the same pre-state; "
                + "allocs = heap allocations per run; instr/s n/a: the engine exposes no instruction count yet")
        }
        if records.contains(where: { $0.group == "micro" }) {
            lines.append("micro rows: time and allocs per single operation")
        }
        return lines.joined(separator: "\n")
    }

    static func json(_ records: [BenchmarkRecord]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        struct Document: Encodable {
            var tool = "iele-benchmarks"
            var unit = "nanoseconds"
            var mallocCounterActive: Bool
            var results: [BenchmarkRecord]
        }
        let document = Document(mallocCounterActive: MallocCounting.isActive, results: records)
        guard let data = try? encoder.encode(document) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }

    private static let widths = [22, 10, 10, 10, 6, 10, 10, 8, 10, 0]

    private static func row(_ cells: [String]) -> String {
        var text = ""
        for (index, cell) in cells.enumerated() {
            let width = widths[min(index, widths.count - 1)]
            let padded = cell.count >= width ? cell : cell + String(repeating: " ", count: width - cell.count)
            text += (index == 0 ? "" : " ") + padded
        }
        return text.trimmingCharacters(in: .whitespaces)
    }

    static func duration(_ nanoseconds: Double) -> String {
        switch nanoseconds {
        case ..<1_000: String(format: "%.1f ns", nanoseconds)
        case ..<1_000_000: String(format: "%.2f µs", nanoseconds / 1e3)
        case ..<1_000_000_000: String(format: "%.2f ms", nanoseconds / 1e6)
        default: String(format: "%.2f s", nanoseconds / 1e9)
        }
    }

    static func rate(_ perSecond: Double) -> String {
        switch perSecond {
        case ..<1e3: String(format: "%.0f", perSecond)
        case ..<1e6: String(format: "%.1fK", perSecond / 1e3)
        case ..<1e9: String(format: "%.1fM", perSecond / 1e6)
        default: String(format: "%.2fG", perSecond / 1e9)
        }
    }

    static func count(_ value: Double) -> String {
        value == value.rounded() ? String(format: "%.0f", value) : String(format: "%.2f", value)
    }
}

/// Progress and notes go to standard error so `--json` output stays clean.
enum Console {
    static func note(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
