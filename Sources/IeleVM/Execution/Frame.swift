import IeleNumerics

/// What to do with an account call's result once it ends: the K continuation left behind it
/// (`#return`, `#codeDeposit … false`, `#finishTx`, `#codeDeposit … true`).
enum Completion {
    /// A transaction's call (`#finishTx`).
    case transactionCall
    /// A transaction's create (`#codeDeposit … true`): the new address and the code length to pay for.
    case transactionCreate(address: IeleInt, codeLength: Int)
    /// An account call: the caller's operand list holds the status register then the result registers.
    case call(list: Int32, resultCount: Int32)
    /// A `create` / `copycreate`: status and address registers of the caller, and the new address.
    case create(statusRegister: Int32, addressRegister: Int32, address: IeleInt)
}

/// A suspended intra-contract call: K `<localCalls>` item `{ OPS | FUNC | RETURNS | REGS }`.
///
/// 24 bytes, because deep recursion keeps one per call: a call with no registers is charged
/// `Gcallmemory` (2) words, so the record must stay well under 32 bytes for resident memory to stay
/// under 16 bytes per accounted word (Benchmarks/Memory.md). Every field fits in 32 bits: programs
/// are below 2^26 bytes (`ProgramDecoder`), so function indices, instruction indices and operand
/// list positions are too. The caller's register base is not kept: it is the callee's base minus
/// `slots`, as the callee's registers always start right after the caller's.
///
/// The cost, in callgrind instructions of the word-sized call and return: 3 per call pair (fib(20):
/// 62.06M → 62.32M, +0.4 %), as `function` and `returnPC` are now sign-extended one by one instead
/// of moved into the frame's adjacent `function` and `pc` with one 16-byte move, and the base is
/// subtracted. Keeping the base as a 32-bit field instead (28 bytes) measured worse (62.76M).
struct LocalCall {
    var function: Int32
    var returnPC: Int32
    /// Where the caller's result registers are listed (in the caller function's operand pool).
    var list: Int32
    var resultCount: Int32
    /// The caller's register slots (`Machine.slots`), restored on return without a look-up of
    /// its layout. Below 2^31: the larger of a register count and an argument count.
    var slots: Int32
    /// The callee's register count (`Program.Layout.registerCount`, below 2^16), which its return
    /// frees, kept here so that the return looks up no layout.
    var calleeRegisterCount: Int32
}

extension Completion {
    /// Whether this ends the transaction itself rather than resuming a caller.
    var isTransaction: Bool {
        switch self {
        case .transactionCall, .transactionCreate: return true
        case .call, .create: return false
        }
    }
}

/// One account-level call frame: the K `<callFrame>` cell.
struct Frame {
    var program: Program
    var function: Int = 0
    var pc: Int = 0
    /// Register slot 0 of the running function in the machine's register file.
    var base: Int = 0
    var gas: Int
    var currentMemory: Int = 0
    var peakMemory: Int = 0
    /// `<localMem>`: cells by (chopped) index, little-endian bytes.
    var memory = MemoryCells()
    var address: IeleInt
    var caller: IeleInt
    var callValue: IeleInt
    var isStatic: Bool
    var depth: Int
    /// How many entries of the machine's local-call stack belong to callers of this frame.
    var localCallFloor: Int
    var completion: Completion
    /// The world journal and substate lengths at `#pushWorldState` / `#pushSubstate`.
    var worldCheckpoint: Int
    var substateCheckpoint: SubstateCheckpoint
}

/// The substate (`<substate>`) as it was when a call began, to restore on failure.
struct SubstateCheckpoint {
    var logCount: Int
    var refund: Int
    var selfDestructCount: Int
}
