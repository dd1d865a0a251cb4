import IeleNumerics

/// The gas constants and flags of one IELE schedule (iele-gas.md, "Gas Model Parameters").
///
/// One property per K `ScheduleConst` / `ScheduleFlag`, spelled after it and in the K file's order,
/// so a grep for `Gaddword` finds `gAddWord`. Handlers read these and never ask which schedule is
/// active; `.albe` and `.danse` are written as their K parents plus the K overrides.
public struct GasSchedule: Hashable, Sendable {
    public var gMove: Int
    public var gReadState: Int
    public var gAdd: Int
    public var gAddWord: Int
    public var gMul: Int
    public var gMulWord: Int
    public var gMulKara: Int
    public var gDiv: Int
    public var gDivWord: Int
    public var gDivKara: Int
    public var gExpKara: Int
    public var gExpWord: Int
    public var gExp: Int
    public var gExpModKara: Int
    public var gExpModMod: Int
    public var gExpModExp: Int
    public var gExpMod: Int
    public var gNot: Int
    public var gNotWord: Int
    public var gBitwise: Int
    public var gBitwiseWord: Int
    public var gLogarithm: Int
    public var gLogarithmWord: Int
    public var gByte: Int
    public var gTwos: Int
    public var gTwosWord: Int
    public var gSext: Int
    public var gSextWord: Int
    public var gBswap: Int
    public var gBswapWord: Int
    public var gIsZero: Int
    public var gCmp: Int
    public var gCmpWord: Int
    public var gBr: Int
    public var gBrCond: Int
    public var gBlockhash: Int
    public var gSha3: Int
    public var gSha3Word: Int
    public var gLoadCell: Int
    public var gLoad: Int
    public var gLoadWord: Int
    public var gStoreCell: Int
    public var gStore: Int
    public var gStoreWord: Int
    public var gBalance: Int
    public var gExtCodeSize: Int
    public var gCallAddress: Int
    public var gLog: Int
    public var gLogData: Int
    public var gLogTopic: Int
    public var gSstore: Int
    public var gSstoreWord: Int
    public var gSstoreKey: Int
    public var gSstoreSet: Int
    public var rSstoreSet: Int
    public var gSstoreSetKey: Int
    public var gSload: Int
    public var gSloadKey: Int
    public var gSloadWord: Int
    public var gSelfDestruct: Int
    public var gCallMemory: Int
    public var gCallReg: Int
    public var gLocalCall: Int
    public var gCall: Int
    public var gCallStipend: Int
    public var gCallValue: Int
    public var gNewAccount: Int
    public var gCreate: Int
    public var gCopyCreate: Int
    public var gCodeDeposit: Int
    public var gEcrec: Int
    public var gSha256: Int
    public var gSha256Word: Int
    public var gRip160: Int
    public var gRip160Word: Int
    public var gEcadd: Int
    public var gEcmul: Int
    public var gEcpairing: Int
    public var gEcpairingPair: Int
    public var gMemory: Int
    public var gQuadCoeff: Int
    public var gTransaction: Int
    public var gTxCreate: Int
    public var gTxDataZero: Int
    public var gTxDataNonZero: Int
    public var rSelfDestruct: Int
    /// `Rb`, the block reward (3·10¹⁸); kept for completeness, no transaction rule reads it.
    public var rB: IeleInt

    /// `Gselfdestructnewaccount`: selfdestruct to an empty account pays `Gnewaccount`.
    public var gSelfDestructNewAccount: Bool
    /// `Gstaticcalldepth`: calls and creates pass the caller's whole gas (no 63/64 rule).
    public var gStaticCallDepth: Bool
    /// `Gnewmove`: moves, local calls and call arguments cost per register, not per word.
    public var gNewMove: Bool
    /// `Gnewarith`: the DANSE forms of `Cdiv` and `Cexp`.
    public var gNewArith: Bool

    /// `Smemallowance`: words of memory each call frame gets for free.
    public var sMemAllowance: Int
    /// `Sgasdivisor`: instruction gas units per transaction gas unit.
    public var sGasDivisor: Int

    /// `bitsInWords` is the one data.md helper that depends on the schedule (words of 256 bits under
    /// ALBE, 64 otherwise); this records which.
    public var wordBitsForBitsInWords: Int
    /// `intSizes(Array, …)` (used by `ret`) sums register *values* under ALBE (data.md); this records it.
    public var sumsRegisterValuesOnReturn: Bool
    /// Dynamic local calls to `@init` are FUNC_NOT_FOUND except under ALBE (iele.md, local calls).
    public var isAlbe: Bool
}

extension GasSchedule {
    /// The DEFAULT schedule (iele-gas.md "Default Schedule"), used for the EVM-derived VM tests.
    public static let `default` = GasSchedule(
        gMove: 3, gReadState: 2, gAdd: 0, gAddWord: 3, gMul: 0, gMulWord: 2, gMulKara: 3, gDiv: 0, gDivWord: 2,
        gDivKara: 3, gExpKara: 50, gExpWord: 10, gExp: 0, gExpModKara: 40, gExpModMod: 0, gExpModExp: 0, gExpMod: 0,
        gNot: 0, gNotWord: 3, gBitwise: 0, gBitwiseWord: 3, gLogarithm: 0, gLogarithmWord: 3, gByte: 3, gTwos: 0,
        gTwosWord: 5, gSext: 0, gSextWord: 5, gBswap: 0, gBswapWord: 5, gIsZero: 3, gCmp: 0, gCmpWord: 3, gBr: 8,
        gBrCond: 10, gBlockhash: 20, gSha3: 30, gSha3Word: 6, gLoadCell: 3, gLoad: 0, gLoadWord: 3, gStoreCell: 3,
        gStore: 0, gStoreWord: 3, gBalance: 400, gExtCodeSize: 700, gCallAddress: 700, gLog: 375, gLogData: 8,
        gLogTopic: 375, gSstore: 1000, gSstoreWord: 500, gSstoreKey: 500, gSstoreSet: 1875, rSstoreSet: 1875,
        gSstoreSetKey: 1875, gSload: 50, gSloadKey: 100, gSloadWord: 50, gSelfDestruct: 0, gCallMemory: 2,
        gCallReg: 3, gLocalCall: 11, gCall: 40, gCallStipend: 2300, gCallValue: 9000, gNewAccount: 25000,
        gCreate: 32000, gCopyCreate: 33000, gCodeDeposit: 200, gEcrec: 3000, gSha256: 60, gSha256Word: 3,
        gRip160: 600, gRip160Word: 30, gEcadd: 500, gEcmul: 40000, gEcpairing: 100_000, gEcpairingPair: 80000,
        gMemory: 1, gQuadCoeff: 8192, gTransaction: 21000, gTxCreate: 53000, gTxDataZero: 4, gTxDataNonZero: 68,
        rSelfDestruct: 24000, rB: IeleInt(3) * IeleInt(1_000_000_000_000_000_000),
        gSelfDestructNewAccount: false, gStaticCallDepth: true, gNewMove: false, gNewArith: false,
        sMemAllowance: 4096, sGasDivisor: 1,
        wordBitsForBitsInWords: 64, sumsRegisterValuesOnReturn: false, isAlbe: false)

    /// The ALBE schedule (iele-gas.md "Albe Schedule"): DEFAULT plus its overrides.
    public static let albe: GasSchedule = {
        var s = GasSchedule.default
        s.gCall = 700
        s.gSelfDestruct = 5000
        s.gSelfDestructNewAccount = true
        s.gStaticCallDepth = false
        s.wordBitsForBitsInWords = 256
        s.sumsRegisterValuesOnReturn = true
        s.isAlbe = true
        return s
    }()

    /// The DANSE schedule (iele-gas.md "Danse Schedule"): ALBE plus its overrides.
    public static let danse: GasSchedule = {
        var s = GasSchedule.albe
        s.gMove = 2000
        s.gReadState = 2000
        s.gAdd = 2800
        s.gAddWord = 1
        s.gMul = 4900
        s.gMulWord = 4
        s.gMulKara = 4
        s.gDiv = 4900
        s.gDivWord = 5
        s.gDivKara = 8
        s.gExpKara = 2
        s.gExpWord = 80
        s.gExp = 5300
        s.gExpModKara = 15
        s.gExpModMod = 180
        s.gExpModExp = 8
        s.gExpMod = 6000
        s.gNot = 2700
        s.gNotWord = 3
        s.gBitwise = 2900
        s.gBitwiseWord = 1
        s.gLogarithm = 2300
        s.gLogarithmWord = 1
        s.gByte = 2500
        s.gTwos = 3100
        s.gTwosWord = 1
        s.gSext = 3300
        s.gSextWord = 5
        s.gBswap = 3300
        s.gBswapWord = 10
        s.gIsZero = 1800
        s.gCmp = 2500
        s.gCmpWord = 1
        s.gBr = 5000
        s.gBrCond = 5000
        s.gBlockhash = 20000
        s.gSha3 = 8300
        s.gSha3Word = 20
        s.gLoadCell = 2900
        s.gLoad = 3300
        s.gLoadWord = 3
        s.gStoreCell = 2800
        s.gStore = 3900
        s.gStoreWord = 4
        s.gBalance = 400_000
        s.gExtCodeSize = 700_000
        s.gCallAddress = 700_000
        s.gLog = 375_000
        s.gLogData = 8000
        s.gLogTopic = 375_000
        s.gSstore = 4_950_000
        s.gSstoreWord = 300
        s.gSstoreKey = 400
        s.gSstoreSet = 1_875_000
        s.gSstoreSetKey = 1_875_000
        s.gSload = 190_000
        s.gSloadKey = 8000
        s.gSloadWord = 2000
        s.gSelfDestruct = 0
        s.gCallMemory = 2
        s.gCallReg = 1000
        s.gLocalCall = 6800
        s.gCall = 40000
        s.gCallStipend = 2_300_000
        s.gCallValue = 9_000_000
        s.gNewAccount = 25_000_000
        s.gCreate = 32_000_000
        s.gCopyCreate = 33_000_000
        s.gCodeDeposit = 200_000
        s.gEcrec = 3_000_000
        s.gSha256 = 25000
        s.gSha256Word = 30
        s.gRip160 = 25000
        s.gRip160Word = 30
        s.gEcadd = 35000
        s.gEcmul = 1_700_000
        s.gEcpairing = 100_000_000
        s.gEcpairingPair = 26_000_000
        s.gMemory = 750
        s.sGasDivisor = 1000
        s.gNewMove = true
        s.gNewArith = true
        // bitsInWords and intSizes special-case the ALBE schedule by name only (data.md).
        s.wordBitsForBitsInWords = 64
        s.sumsRegisterValuesOnReturn = false
        s.isAlbe = false
        return s
    }()

    /// The schedule a test network name selects.
    public init(_ name: GasScheduleName) {
        switch name {
        case .default: self = .default
        case .albe: self = .albe
        case .danse: self = .danse
        case .calibrated: self = .calibrated
        }
    }
}
