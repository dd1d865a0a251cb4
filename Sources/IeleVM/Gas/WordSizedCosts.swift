/// The gas of the hottest instructions when every operand is one word (a value that fits in
/// `Int`), computed once per transaction from the schedule.
///
/// The small-integer fast paths of the interpreter charge these constants; each is the general
/// formula of iele-gas.md evaluated at size 1, so a fast path and the general handler always
/// agree (`FastPathTests` checks them against the formulas).
struct WordSizedCosts {
    /// `add` / `sub`: `Gadd + maxInt(1, 1) * Gaddword`.
    let addition: Int
    /// `cmp`: `Gcmp + minInt(1, 1) * Gcmpword`.
    let comparison: Int
    /// `bitsInWords(256, SCHED)`, the size estimate of a hash or other 256-bit result. Its divisor
    /// comes from the schedule, so computing it per `sha3` was a hardware division each time.
    let wordsOf256Bits: Int

    init(_ schedule: GasSchedule) {
        addition = sat(schedule.gAdd, plus: schedule.gAddWord)
        comparison = sat(schedule.gCmp, plus: schedule.gCmpWord)
        wordsOf256Bits = schedule.bitsInWords(256)
    }
}
