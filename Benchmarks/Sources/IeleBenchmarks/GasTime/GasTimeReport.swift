import Foundation

/// The gas–time table as markdown: one row per case and size, each compared with the add loop.
enum GasTimeReport {
    /// Rows whose ns per gas is more than this many times the add loop's are flagged.
    static let flagRatio = 10.0

    static func markdown(_ rows: [GasTimeRow], baseline: GasTimeRow?, header: [String]) -> String {
        var lines = header
        let base = baseline.map(\.nsPerGas)
        if let baseline, let base {
            lines.append(
                "Baseline (add loop): \(gas(baseline.gasPerOp)) gas and \(nanoseconds(baseline.nsPerOp)) per "
                    + "iteration, \(String(format: "%.4f", base)) ns/gas.")
        }
        lines.append("")
        lines.append("| family | operation | size | gas per op | ns per op | ns/gas | × add | |")
        lines.append("| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |")
        for row in rows {
            let label = row.benchCase.sizing.isFixed ? "–" : size(words: row.words)
            if let note = row.note {
                lines.append("| \(row.benchCase.family) | \(row.benchCase.operation) | \(label) | | | | | \(note) |")
                continue
            }
            let ratio = base.map { row.nsPerGas / $0 }
            let flag = ratio.map { $0 > flagRatio ? "**> \(Int(flagRatio))×**" : "" } ?? ""
            lines.append(
                "| \(row.benchCase.family) | \(row.benchCase.operation) | \(label) | \(gas(row.gasPerOp)) | "
                    + "\(nanoseconds(row.nsPerOp)) | \(String(format: "%.4g", row.nsPerGas)) | "
                    + "\(ratio.map(self.ratio) ?? "") | \(flag) |")
        }
        let flagged = rows.filter { row in
            row.note == nil && base.map { row.nsPerGas / $0 > flagRatio } == true
        }
        lines.append("")
        lines.append("\(flagged.count) of \(rows.filter { $0.note == nil }.count) measured rows above \(Int(flagRatio))× the add loop.")
        return lines.joined(separator: "\n")
    }

    /// 1 word, 1 KiB, 64 KiB, 1 MiB, 8 MiB, …
    static func size(words: Int) -> String {
        let bytes = Double(words) * 8
        if words == 1 { return "1 word" }
        if words < 1 << 17 { return trimmed(bytes / 1024) + " KiB" }
        return trimmed(bytes / Double(1 << 20)) + " MiB"
    }

    private static func trimmed(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }

    static func nanoseconds(_ ns: Double) -> String {
        if ns >= 1e9 { return String(format: "%.2f s", ns / 1e9) }
        if ns >= 1e6 { return String(format: "%.2f ms", ns / 1e6) }
        if ns >= 1e3 { return String(format: "%.2f µs", ns / 1e3) }
        return String(format: "%.1f ns", ns)
    }

    static func gas(_ value: Double) -> String {
        value >= 1e6 ? String(format: "%.4g", value) : String(Int(value.rounded()))
    }

    static func ratio(_ value: Double) -> String {
        value >= 100 ? String(Int(value.rounded())) : String(format: "%.2f", value)
    }
}

extension GasTimeCase.Sizing {
    var isFixed: Bool {
        if case .fixed = self { return true }
        return false
    }
}
