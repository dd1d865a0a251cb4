/// The operations of decoded IELE code, one per instruction form of iele.md (after iele-binary.md
/// `#dasmInstruction`: every operand is a register, constants are loaded by `loadConstant`).
enum OpKind: UInt8, Sendable {
    // Register manipulation
    case loadConstant, loadSmallConstant, move
    // Expressions
    case iszero, not, add, mul, sub, div, exp, mod, addmod, mulmod, expmod
    case byte, sext, twos, bswap, log2, and, or, xor, shift
    case lt, le, gt, ge, eq, ne
    case sha3
    // Local memory and storage
    case loadCell, loadBytes, storeCell, storeBytes, sload, sstore
    // Local state builtins (`call @iele.*`)
    case gas, gasprice, gaslimit, beneficiary, timestamp, number, difficulty, address, origin, caller
    case callvalue, msize, codesize, blockhash, balance, extcodesize
    // Control flow
    case br, brc, localCall, localCallDynamic, ret, revert, invalid
    // Network
    case log, call, callDynamic, staticCall, staticCallDynamic, callAddress, create, copyCreate, selfdestruct
    // Superinstructions (see `Superinstructions`): this instruction, then the next one
    case loadSmallConstantThenAdd, loadSmallConstantThenSub, loadSmallConstantThenCompare
    case loadSmallConstantThenMul, loadSmallConstantThenLoadSmallConstant, loadSmallConstantThenBswap
    case loadSmallConstantThenStoreCell, loadSmallConstantThenStoreBytes, loadSmallConstantThenSha3
    case compareThenBranchIf, iszeroThenBranchIf
}

/// One decoded instruction: a flat value with register slots and resolved immediates.
///
/// Field meaning by kind (registers are slots relative to the frame's base):
/// - `a` is the result register (or the first operand of result-less instructions), `b`, `c`, `d`
///   further operands in K rule order;
/// - `imm` is a constant-pool index (`loadConstant`), a jump target (`br`, `brc`), a function index
///   (`localCall`), a string-table entry (`call`, `staticCall`, `callAddress`, `create`), or a topic
///   count (`log`);
/// - lists (results, then arguments) live in the function's `operands` pool from `list`, with
///   `resultCount` results and `argumentCount` arguments.
struct Instr: Sendable {
    var kind: OpKind
    var a: Int32 = 0
    var b: Int32 = 0
    var c: Int32 = 0
    var d: Int32 = 0
    var e: Int32 = 0
    var imm: Int32 = 0
    var list: Int32 = 0
    var resultCount: Int32 = 0
    var argumentCount: Int32 = 0

    init(_ kind: OpKind) { self.kind = kind }

    /// The value of a `loadSmallConstant`, kept in the instruction (low half in `d`, high in `e`)
    /// so the load reads no constant pool. `e` follows `d` in memory, so on a little-endian machine
    /// the two halves are one 64-bit load.
    var smallConstant: Int {
        get { Int(Int64(e) << 32 | Int64(UInt32(bitPattern: d))) }
        set {
            d = Int32(truncatingIfNeeded: newValue)
            e = Int32(truncatingIfNeeded: newValue >> 32)
        }
    }
}
