import IeleNumerics

extension Machine {
    /// Runs until the outermost account call ends, and returns how it ended.
    ///
    /// Inner account calls switch `frame` in place (their handlers push the caller onto `callers`);
    /// when an inner call ends, its caller resumes here and receives the result (iele.md `#return`,
    /// `#codeDeposit`), which may itself fail the caller.
    mutating func run() -> Halt {
        var halt = interpret()
        while !callers.isEmpty {
            let finished = frame
            frame = callers.removeLast()
            heldByCallers -= frame.peakMemory
            localCalls.truncate(to: finished.localCallFloor)
            enterCode()
            do {
                try complete(finished, with: halt)
                halt = interpret()
            } catch {
                halt = .exception(error)
            }
        }
        return halt
    }

    /// The instruction after a superinstruction's first half (see `Superinstructions`), counted
    /// as executed.
    @inline(__always)
    mutating func nextInstruction() -> Instr {
        let i = code[frame.pc]
        frame.pc &+= 1
        instructionCount &+= 1
        return i
    }

    /// The interpreter loop: one `switch` over the decoded instruction, one line per operation.
    mutating func interpret() -> Halt {
        while true {
            let i = code[frame.pc]
            frame.pc &+= 1
            instructionCount &+= 1
            do throws(ExitStatus) {
                switch i.kind {
                case .loadConstant: try loadConstant(i)
                case .loadSmallConstant: try loadSmallConstant(i)
                case .move: try move(i)
                case .iszero: try iszero(i)
                case .not: try not(i)
                case .add: try add(i)
                case .sub: try sub(i)
                case .mul: try mul(i)
                case .div: try div(i)
                case .mod: try mod(i)
                case .exp: try exp(i)
                case .addmod: try addmod(i)
                case .mulmod: try mulmod(i)
                case .expmod: try expmod(i)
                case .byte: try byte(i)
                case .sext: try sext(i)
                case .twos: try twos(i)
                case .bswap: try bswap(i)
                case .log2: try log2(i)
                case .and: try and(i)
                case .or: try or(i)
                case .xor: try xor(i)
                case .shift: try shift(i)
                case .lt, .le, .gt, .ge, .eq, .ne: try compare(i)
                case .sha3: try sha3(i)
                case .loadCell: try loadCell(i)
                case .loadBytes: try loadBytes(i)
                case .storeCell: try storeCell(i)
                case .storeBytes: try storeBytes(i)
                case .sload: try sload(i)
                case .sstore: try sstore(i)
                case .gas, .gasprice, .gaslimit, .beneficiary, .timestamp, .number, .difficulty, .address, .origin,
                    .caller, .callvalue, .msize, .codesize:
                    try readState(i)
                case .blockhash: try blockhash(i)
                case .balance: try balance(i)
                case .extcodesize: try extcodesize(i)
                case .br: try branch(i)
                case .brc: try branchIf(i)
                case .localCall: try localCall(i)
                case .localCallDynamic: try localCallDynamic(i)
                case .ret:
                    if localCalls.count > frame.localCallFloor {
                        try returnFromLocalCall(i)
                    } else {
                        try returnFromAccountCall(i)
                        return .end
                    }
                case .revert:
                    try charge(0)  // `#compute [ revert _ ] => 0` still checks the gas
                    let value = reg(i.a)
                    output = []
                    return .revert(value)
                case .invalid: throw .userError
                case .log: try log(i)
                case .call, .callDynamic, .staticCall, .staticCallDynamic: try accountCall(i)
                case .callAddress: try callAddress(i)
                case .create, .copyCreate: try create(i)
                case .selfdestruct:
                    try selfdestruct(i)
                    return .end
                case .loadSmallConstantThenAdd:
                    try loadSmallConstant(i)
                    try add(nextInstruction())
                case .loadSmallConstantThenSub:
                    try loadSmallConstant(i)
                    try sub(nextInstruction())
                case .loadSmallConstantThenMul:
                    try loadSmallConstant(i)
                    try mul(nextInstruction())
                case .loadSmallConstantThenLoadSmallConstant:
                    // Only the next instruction's own load runs here, even if it starts a pair itself:
                    // its partner then comes next, through the switch.
                    try loadSmallConstant(i)
                    try loadSmallConstant(nextInstruction())
                case .loadSmallConstantThenBswap:
                    try loadSmallConstant(i)
                    try bswap(nextInstruction())
                case .loadSmallConstantThenStoreCell:
                    try loadSmallConstant(i)
                    try storeCell(nextInstruction())
                case .loadSmallConstantThenStoreBytes:
                    try loadSmallConstant(i)
                    try storeBytes(nextInstruction())
                case .loadSmallConstantThenSha3:
                    try loadSmallConstant(i)
                    try sha3(nextInstruction())
                case .loadSmallConstantThenCompare:
                    try loadSmallConstant(i)
                    let comparison = nextInstruction()
                    try compare(comparison)
                    if comparison.kind == .compareThenBranchIf { try branchIf(nextInstruction()) }
                case .compareThenBranchIf:
                    try compare(i)
                    try branchIf(nextInstruction())
                case .iszeroThenBranchIf:
                    try iszero(i)
                    try branchIf(nextInstruction())
                }
            } catch {
                return .exception(error)
            }
        }
    }
}
