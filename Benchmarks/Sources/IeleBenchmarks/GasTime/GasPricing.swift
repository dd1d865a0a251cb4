import IeleVM

/// A constant of the gas schedule that the calibration may change, under its iele-gas.md name.
enum ScheduleConstant: String, CaseIterable {
    case gMove = "Gmove", gReadState = "Greadstate", gAdd = "Gadd", gAddWord = "Gaddword"
    case gMul = "Gmul", gMulWord = "Gmulword", gMulKara = "Gmulkara"
    case gDiv = "Gdiv", gDivWord = "Gdivword", gDivKara = "Gdivkara"
    case gExp = "Gexp", gExpWord = "Gexpword", gExpKara = "Gexpkara"
    case gExpMod = "Gexpmod", gExpModMod = "Gexpmodmod", gExpModExp = "Gexpmodexp", gExpModKara = "Gexpmodkara"
    case gNot = "Gnot", gNotWord = "Gnotword", gBitwise = "Gbitwise", gBitwiseWord = "Gbitwiseword"
    case gLogarithm = "Glogarithm", gLogarithmWord = "Glogarithmword", gByte = "Gbyte"
    case gTwos = "Gtwos", gTwosWord = "Gtwosword", gSext = "Gsext", gSextWord = "Gsextword"
    case gBswap = "Gbswap", gBswapWord = "Gbswapword", gIsZero = "Giszero", gCmp = "Gcmp", gCmpWord = "Gcmpword"
    case gBlockhash = "Gblockhash", gSha3 = "Gsha3", gSha3Word = "Gsha3word"
    case gLoadCell = "Gloadcell", gLoad = "Gload", gLoadWord = "Gloadword"
    case gStoreCell = "Gstorecell", gStore = "Gstore", gStoreWord = "Gstoreword"
    case gBalance = "Gbalance", gExtCodeSize = "Gextcodesize", gCallAddress = "Gcalladdress"
    case gLog = "Glog", gLogData = "Glogdata", gLogTopic = "Glogtopic"
    case gSstore = "Gsstore", gSstoreWord = "Gsstoreword", gSload = "Gsload", gSloadWord = "Gsloadword"
    case gCallReg = "Gcallreg", gLocalCall = "Glocalcall", gCall = "Gcall", gCreate = "Gcreate"
    case gEcrec = "Gecrec", gSha256 = "Gsha256", gSha256Word = "Gsha256word", gRip160 = "Grip160"
    case gRip160Word = "Grip160word", gEcadd = "Gecadd", gEcmul = "Gecmul", gEcpairing = "Gecpairing"
    case gEcpairingPair = "Gecpairingpair"

    /// The Swift property of `GasSchedule` (the K name in lower camel case).
    var keyPath: WritableKeyPath<GasSchedule, Int> {
        switch self {
        case .gMove: \.gMove
        case .gReadState: \.gReadState
        case .gAdd: \.gAdd
        case .gAddWord: \.gAddWord
        case .gMul: \.gMul
        case .gMulWord: \.gMulWord
        case .gMulKara: \.gMulKara
        case .gDiv: \.gDiv
        case .gDivWord: \.gDivWord
        case .gDivKara: \.gDivKara
        case .gExp: \.gExp
        case .gExpWord: \.gExpWord
        case .gExpKara: \.gExpKara
        case .gExpMod: \.gExpMod
        case .gExpModMod: \.gExpModMod
        case .gExpModExp: \.gExpModExp
        case .gExpModKara: \.gExpModKara
        case .gNot: \.gNot
        case .gNotWord: \.gNotWord
        case .gBitwise: \.gBitwise
        case .gBitwiseWord: \.gBitwiseWord
        case .gLogarithm: \.gLogarithm
        case .gLogarithmWord: \.gLogarithmWord
        case .gByte: \.gByte
        case .gTwos: \.gTwos
        case .gTwosWord: \.gTwosWord
        case .gSext: \.gSext
        case .gSextWord: \.gSextWord
        case .gBswap: \.gBswap
        case .gBswapWord: \.gBswapWord
        case .gIsZero: \.gIsZero
        case .gCmp: \.gCmp
        case .gCmpWord: \.gCmpWord
        case .gBlockhash: \.gBlockhash
        case .gSha3: \.gSha3
        case .gSha3Word: \.gSha3Word
        case .gLoadCell: \.gLoadCell
        case .gLoad: \.gLoad
        case .gLoadWord: \.gLoadWord
        case .gStoreCell: \.gStoreCell
        case .gStore: \.gStore
        case .gStoreWord: \.gStoreWord
        case .gBalance: \.gBalance
        case .gExtCodeSize: \.gExtCodeSize
        case .gCallAddress: \.gCallAddress
        case .gLog: \.gLog
        case .gLogData: \.gLogData
        case .gLogTopic: \.gLogTopic
        case .gSstore: \.gSstore
        case .gSstoreWord: \.gSstoreWord
        case .gSload: \.gSload
        case .gSloadWord: \.gSloadWord
        case .gCallReg: \.gCallReg
        case .gLocalCall: \.gLocalCall
        case .gCall: \.gCall
        case .gCreate: \.gCreate
        case .gEcrec: \.gEcrec
        case .gSha256: \.gSha256
        case .gSha256Word: \.gSha256Word
        case .gRip160: \.gRip160
        case .gRip160Word: \.gRip160Word
        case .gEcadd: \.gEcadd
        case .gEcmul: \.gEcmul
        case .gEcpairing: \.gEcpairing
        case .gEcpairingPair: \.gEcpairingPair
        }
    }

    /// The Swift property name (the case's own name), for the proposed schedule's source text.
    var propertyName: String { String(describing: self) }

    /// The constants every row's loop (`iszero`, `br`, `sub %n, 1`, `br`) and the add baseline pay
    /// at one word: `Giszero`, `Gadd`, and `Gmove` (the assembler loads the constant 1 into a
    /// temporary register, which K charges as a move). Changing them would change the unit every
    /// row is compared in; `Gaddword` is the one loop constant the calibration may raise, and it
    /// refits until that settles (`GasCalibration`).
    static let pinned: Set<ScheduleConstant> = [.gIsZero, .gAdd, .gMove]
}

/// Which schedule constants price a case, for the calibration (iele-gas.md's formula of the
/// operation): `base` constants are paid once per operation, `perSize` ones multiply a function of
/// the operand sizes. The calibration scales the `perSize` constants of a case by one factor and
/// raises its first unpinned `base` constant, so every formula keeps the reference's shape.
struct GasPricing {
    var base: [ScheduleConstant]
    var perSize: [ScheduleConstant] = []
    /// Why no constant can follow this case's time: the formula charges a constant or a size
    /// that does not grow with the work the operation does. Such rows are reported, not fitted.
    var formulaBound: String? = nil

    /// Not priced by the calibration (the baseline rows).
    static let none = GasPricing(base: [])
}
