import Foundation
import IeleVM

/// Proposes gas constants from a gas–time run (issue 10, item 3): values under which every row
/// whose formula follows its work costs at most `targetRatio` times the add loop's ns per gas,
/// the add loop measured under the proposed constants too.
///
/// The formulas stay iele-gas.md's; only constants change, and only upwards (a row cheaper than
/// the add loop is left alone). Per case: the measured gas of an iteration is the loop's
/// (`emptyLoop`), the case's base constants and a part `V(w)` that its per-size constants
/// multiply (the body's constant operands, each loaded by a `Gmove`, count as base), so scaling
/// those constants by `s` gives `loop + base + s·V(w)`. The smallest `s`
/// that brings every size above one word within the target is taken, then the first base
/// constant that the loop does not use is raised for what `s` cannot cover (one-word rows,
/// fixed-size cases). A constant shared by several cases gets the largest value any of them
/// needs. A case whose formula does not grow with its work (`GasPricing.formulaBound`) gets
/// its base raised for the sizes where its time is still flat (within 4× of one word); the
/// sizes beyond are listed as unfixable, with their ratios before and under the proposal.
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
        /// Ratio to the add loop under the measured schedule.
        var ratio: Double
        /// Ratio to the add loop under the proposed constants.
        var ratioAfter: Double
        var why: String
    }

    var targetRatio: Double
    var schedule: GasSchedule
    private(set) var proposals: [ScheduleConstant: Proposal] = [:]
    private(set) var unfixable: [Unfixable] = []

    /// How a fit sees the add loop: its ns per gas before and under the proposal, and what the
    /// proposal adds to every row's loop.
    private struct Unit {
        var before: Double
        var after: Double
        var loopGas: Double
        var growth: Double
    }

    init(rows: [GasTimeRow], schedule: GasSchedule, targetRatio: Double) {
        self.targetRatio = targetRatio
        self.schedule = schedule
        guard let baseline = rows.first(where: { $0.benchCase.name == GasTimeCase.addLoop.name }),
            let emptyLoop = rows.first(where: { $0.benchCase.operation == "empty loop" && $0.note == nil })
        else { return }
        // The loop's `sub %n, 1` and the add loop's two word-sized adds pay `Gaddword`: when the
        // proposal raises it, every row's loop and the baseline cost more, which lowers the
        // baseline's ns per gas. Fitted again until `Gaddword` stops moving.
        var growth = 0.0
        for _ in 0..<50 {
            proposals = [:]
            unfixable = []
            let unit = Unit(
                before: baseline.nsPerGas, after: baseline.nsPerOp / (baseline.gasPerOp + 2 * growth),
                loopGas: emptyLoop.gasPerOp, growth: growth)
            fitAll(rows, unit)
            let raised = Double((proposals[.gAddWord]?.proposed ?? schedule.gAddWord) - schedule.gAddWord)
            if raised == growth { break }
            growth = raised
        }
    }

    private mutating func fitAll(_ rows: [GasTimeRow], _ unit: Unit) {
        let measured = rows.filter { $0.note == nil && $0.nsPerOp > 0 }
        for caseRows in Dictionary(grouping: measured, by: \.benchCase.name).sorted(by: { $0.key < $1.key }).map(\.value) {
            let pricing = caseRows[0].benchCase.pricing
            guard !pricing.base.isEmpty else { continue }
            guard let why = pricing.formulaBound, let oneWord = caseRows.min(by: { $0.words < $1.words }) else {
                fit(caseRows, pricing, unit)
                continue
            }
            let flat = caseRows.filter { $0.nsPerOp <= 4 * oneWord.nsPerOp }
            let raised = fit(flat, pricing, unit)
            for row in caseRows where row.nsPerOp > 4 * oneWord.nsPerOp {
                let after = row.nsPerOp / ((row.gasPerOp + unit.growth + raised) * unit.after)
                if after > targetRatio {
                    unfixable.append(Unfixable(row: row, ratio: row.nsPerGas / unit.before, ratioAfter: after, why: why))
                }
            }
        }
    }

    /// Fits one case; returns what its base constant was raised by.
    @discardableResult
    private mutating func fit(_ rows: [GasTimeRow], _ pricing: GasPricing, _ unit: Unit) -> Double {
        let target = targetRatio
        let budget = { (row: GasTimeRow) in row.nsPerOp / (target * unit.after) }
        let moves = Double(rows.first?.benchCase.constantOperands ?? 0)
        let fixed =
            unit.loopGas + moves * Double(schedule.gMove)
            + pricing.base.reduce(0.0) { $0 + Double(schedule[keyPath: $1.keyPath]) }
        var scale = 1.0
        var scaledBy: GasTimeRow?
        if !pricing.perSize.isEmpty {
            // One-word rows (and fixed cases) are the base constant's to cover: their per-size
            // part is a few gas, and scaling it to cover a fixed overhead would overprice big values.
            for row in rows where row.words > 1 {
                let variable = row.gasPerOp - fixed
                let needed = (budget(row) - fixed - unit.growth) / variable
                if variable > 0, needed > scale {
                    scale = needed
                    scaledBy = row
                }
            }
        }
        if let scaledBy {
            for constant in pricing.perSize {
                raise(constant, to: Int((Double(schedule[keyPath: constant.keyPath]) * scale).rounded(.up)),
                    by: scaledBy, unit)
            }
        }
        // Differences under 1 % of the fixed part are rounding, not a need.
        var extra = fixed / 100
        var raisedBy: GasTimeRow?
        for row in rows {
            let gas = fixed + unit.growth + scale * max(row.gasPerOp - fixed, 0)
            if budget(row) - gas > extra {
                extra = budget(row) - gas
                raisedBy = row
            }
        }
        guard let raisedBy else { return 0 }
        guard let free = pricing.base.first(where: { !ScheduleConstant.pinned.contains($0) }) else {
            let after = raisedBy.nsPerOp / ((raisedBy.gasPerOp + unit.growth) * unit.after)
            unfixable.append(
                Unfixable(
                    row: raisedBy, ratio: raisedBy.nsPerGas / unit.before, ratioAfter: after,
                    why: "needs a higher \(pricing.base.map(\.rawValue).joined(separator: "/")), which the add loop pays"))
            return 0
        }
        raise(free, to: schedule[keyPath: free.keyPath] + Int(extra.rounded(.up)), by: raisedBy, unit)
        return extra.rounded(.up)
    }

    private mutating func raise(_ constant: ScheduleConstant, to value: Int, by row: GasTimeRow, _ unit: Unit) {
        let current = schedule[keyPath: constant.keyPath]
        guard value > (proposals[constant]?.proposed ?? current) else { return }
        let size = row.benchCase.sizing.isFixed ? "" : " @ " + GasTimeReport.size(words: row.words)
        proposals[constant] = Proposal(
            constant: constant, current: current, proposed: value,
            setBy: "\(row.benchCase.name)\(size) (\(GasTimeReport.ratio(row.nsPerGas / unit.before))×)")
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
        lines += ["| row | size | ratio before | ratio under the proposal | why |", "| --- | ---: | ---: | ---: | --- |"]
        for u in unfixable {
            let size = u.row.benchCase.sizing.isFixed ? "–" : GasTimeReport.size(words: u.row.words)
            lines.append(
                "| \(u.row.benchCase.name) | \(size) | \(GasTimeReport.ratio(u.ratio)) | "
                    + "\(GasTimeReport.ratio(u.ratioAfter)) | \(u.why) |")
        }
        lines += ["", "As Swift (`GasSchedule.calibrated`, DANSE plus):", "", "```swift"]
        lines += ordered.map { "s.\($0.constant.propertyName) = \($0.proposed)" }
        lines.append("```")
        return lines.joined(separator: "\n")
    }
}
