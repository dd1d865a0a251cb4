/// The gas of the hottest instructions when every operand is one word (a value that fits in
/// `Int`), computed once per transaction from the schedule.
///
/// The small-integer fast paths of the interpreter charge these constants; each is the general
/// formula of iele-gas.md evaluated at size 1, so a fast path and the general handler always
/// agree (`WordSizedCostsTests` checks them against the formulas).
struct WordSizedCosts {
    /// `add` / `sub`: `Gadd + maxInt(1, 1) * Gaddword`.
    let addition: Int
    /// `cmp`: `Gcmp + minInt(1, 1) * Gcmpword`.
    let comparison: Int

    init(_ schedule: GasSchedule) {
        addition = sat(schedule.gAdd, plus: schedule.gAddWord)
        comparison = sat(schedule.gCmp, plus: schedule.gCmpWord)
    }
}
