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

    /// Whether local calls and returns may take their word-sized fast paths under this schedule:
    /// a return frees its registers by size (old schedules sum their values instead), and every
    /// constant below lies in `0...maximumLocalCallConstant`, so that with fewer than 2^16
    /// registers a function (`ProgramDecoder.maximumRegisters`) and fewer than 2^31 arguments no
    /// formula of a call or return can overflow, and the fast paths need not saturate.
    let localCallsAreSimple: Bool
    /// `Gcallreg`, paid per register of the callee.
    let callRegister: Int
    /// `Glocalcall`.
    let localCall: Int
    /// `Gcallmemory`, the words a call holds beyond its registers.
    let callMemory: Int
    /// What a call pays per argument word, and a return per result: `Gmove`, or 0 when the
    /// schedule moves values for free (`Gnewmove`).
    let movePerValue: Int
    /// What a return to a local caller pays besides its moves: 8, or 0 under `Gnewmove`
    /// (iele-gas.md "Function Call/Return").
    let localReturn: Int

    /// The largest call constant the fast paths accept (see `localCallsAreSimple`).
    static let maximumLocalCallConstant = 1 << 24

    init(_ schedule: GasSchedule) {
        addition = sat(schedule.gAdd, plus: schedule.gAddWord)
        comparison = sat(schedule.gCmp, plus: schedule.gCmpWord)
        wordsOf256Bits = schedule.bitsInWords(256)
        callRegister = schedule.gCallReg
        localCall = schedule.gLocalCall
        callMemory = schedule.gCallMemory
        movePerValue = schedule.gNewMove ? 0 : schedule.gMove
        localReturn = schedule.gNewMove ? 0 : 8
        let range = 0...WordSizedCosts.maximumLocalCallConstant
        localCallsAreSimple =
            !schedule.sumsRegisterValuesOnReturn && range.contains(callRegister) && range.contains(localCall)
            && range.contains(callMemory) && range.contains(movePerValue)
    }
}
