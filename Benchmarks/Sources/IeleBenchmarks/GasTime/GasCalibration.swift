import Foundation
import IeleVM

/// Proposes gas constants from a gas–time run (issue 10, item 3): values under which every row
/// whose formula follows its work costs at most `targetRatio` times the add loop's ns per gas.
///
/// The formulas stay iele-gas.md's; only constants change, and only upwards (a row cheaper than
/// the add loop is left alone). Per case: the measured gas of an iteration is the loop's
/// (`emptyLoop`), the case's base constants and a part `V(w)` that its per-size constants
/// multiply, so scaling those constants by `s` gives `loop + base + s·V(w)`. The smallest `s`
/// that brings every size above one word within the target is taken, then the first base
/// constant that the loop does not use is raised for what `s` cannot cover (one-word rows,
/// fixed-size cases). A constant
/// shared by several cases gets the largest value any of them needs.
struct GasCalibration {
    struct Proposal {
        var constant: ScheduleConstant
        var current: Int
        var proposed: Int
        /// The row that needed the value: case, size, its ratio to the add loop before.
        var setBy: String
    }

    /// A row no constant can bring within the target, and why.
    struct Unfixable {
        var row: GasTimeRow
        var ratio: Double
        var why: String
    }

    var targetRatio: Double
    var schedule: GasSchedule
    private(set) var proposals: [ScheduleConstant: Proposal] = [:]
    private(set) var unfixable: [Unfixable] = []

    init(rows: [GasTimeRow], schedule: GasSchedule, targetRatio: Double) {
        self.targetRatio = targetRatio
        self.schedule = schedule
        guard let baseline = rows.first(where: { $0.benchCase.name == GasTimeCase.addLoop.name }),
            let emptyLoop = rows.first(where: { $0.benchCase.operation == "empty loop" && $0.note == nil })
        else { return }
        let budget = { (row: GasTimeRow) in row.nsPerOp / (targetRatio * baseline.nsPerGas) }
        let measured = rows.filter { $0.note == nil && $0.nsPerOp > 0 }
        for (name, caseRows) in Dictionary(grouping: measured, by: \.benchCase.name).sorted(by: { $0.key < $1.key }) {
            let pricing = caseRows[0].benchCase.pricing
            guard !pricing.base.isEmpty else { continue }
            if let why = pricing.formulaBound {
                for row in caseRows where row.nsPerGas / baseline.nsPerGas > targetRatio {
                    unfixable.append(Unfixable(row: row, ratio: row.nsPerGas / baseline.nsPerGas, why: why))
                }
                continue
            }
            fit(name, caseRows, pricing, loopGas: emptyLoop.gasPerOp, budget: budget, baseline: baseline.nsPerGas)
        }
    }

    private mutating func fit(
        _ name: String, _ rows: [GasTimeRow], _ pricing: GasPricing, loopGas: Double,
        budget: (GasTimeRow) -> Double, baseline: Double
    ) {
        let fixed = loopGas + pricing.base.reduce(0.0) { $0 + Double(schedule[keyPath: $1.keyPath]) }
        var scale = 1.0
        var scaledBy: GasTimeRow?
        if !pricing.perSize.isEmpty {
            // One-word rows (and fixed cases) are the base constant's to cover: their per-size
            // part is a few gas, and scaling it to cover a fixed overhead would overprice big values.
            for row in rows where row.words > 1 {
                let variable = row.gasPerOp - fixed
                let needed = (budget(row) - fixed) / variable
                if variable > 0, needed > scale {
                    scale = needed
                    scaledBy = row
                }
            }
        }
        if let scaledBy {
            for constant in pricing.perSize {
                raise(constant, to: Int((Double(schedule[keyPath: constant.keyPath]) * scale).rounded(.up)),
                    by: scaledBy, baseline: baseline)
            }
        }
        // Differences under 1 % of the fixed part are rounding, not a need.
        var extra = fixed / 100
        var raisedBy: GasTimeRow?
        for row in rows {
            let gas = fixed + scale * max(row.gasPerOp - fixed, 0)
            if budget(row) - gas > extra {
                extra = budget(row) - gas
                raisedBy = row
            }
        }
        guard let raisedBy else { return }
        guard let free = pricing.base.first(where: { !ScheduleConstant.pinned.contains($0) }) else {
            unfixable.append(
                Unfixable(
                    row: raisedBy, ratio: raisedBy.nsPerGas / baseline,
                    why: "needs a higher \(pricing.base.map(\.rawValue).joined(separator: "/")), which the add loop itself pays"))
            return
        }
        raise(free, to: schedule[keyPath: free.keyPath] + Int(extra.rounded(.up)), by: raisedBy, baseline: baseline)
    }

    private mutating func raise(_ constant: ScheduleConstant, to value: Int, by row: GasTimeRow, baseline: Double) {
        let current = schedule[keyPath: constant.keyPath]
        guard value > (proposals[constant]?.proposed ?? current) else { return }
        let size = row.benchCase.sizing.isFixed ? "" : " @ " + GasTimeReport.size(words: row.words)
        proposals[constant] = Proposal(
            constant: constant, current: current, proposed: value,
            setBy: "\(row.benchCase.name)\(size) (\(GasTimeReport.ratio(row.nsPerGas / baseline))×)")
    }

    /// The proposal as markdown: the constants, the rows no constant can fix, and the Swift lines
    /// of the schedule.
    func markdown() -> String {
        var lines = [
            "", "## Proposed constants (every fitted row within \(GasTimeReport.ratio(targetRatio))× the add loop)", "",
            "| constant | \(schedule == .danse ? "DANSE" : "current") | proposed | × | set by (ratio before) |",
            "| --- | ---: | ---: | ---: | --- |",
        ]
        let ordered = ScheduleConstant.allCases.compactMap { proposals[$0] }
        for p in ordered {
            let factor = p.current > 0 ? GasTimeReport.ratio(Double(p.proposed) / Double(p.current)) : "–"
            lines.append("| \(p.constant.rawValue) | \(p.current) | \(p.proposed) | \(factor) | \(p.setBy) |")
        }
        lines += ["", "Rows no constant can bring within the target (the formula does not follow the work):", ""]
        lines += ["| row | size | ratio | why |", "| --- | ---: | ---: | --- |"]
        for u in unfixable {
            let size = u.row.benchCase.sizing.isFixed ? "–" : GasTimeReport.size(words: u.row.words)
            lines.append("| \(u.row.benchCase.name) | \(size) | \(GasTimeReport.ratio(u.ratio)) | \(u.why) |")
        }
        lines += ["", "As Swift (`GasSchedule.calibrated`, DANSE plus):", "", "```swift"]
        lines += ordered.map { "s.\($0.constant.propertyName) = \($0.proposed)" }
        lines.append("```")
        return lines.joined(separator: "\n")
    }
}
