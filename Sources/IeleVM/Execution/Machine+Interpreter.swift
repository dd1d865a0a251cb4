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

    /// Fetches the instruction at `pc` and moves past it, counted as executed.
    ///
    /// The loop keeps the program counter in a local variable. It stores it into `frame.pc` for
    /// the handlers that read it (calls, returns) but reads it back only after those: reading it
    /// from the frame after every instruction put a store-to-load round trip on the loop's
    /// critical path.
    @inline(__always)
    mutating func fetch(_ code: UnsafePointer<Instr>, _ pc: inout Int) -> Instr {
        assert(pc >= 0 && pc < instructions.count, "program counter outside the code")
        let i = code[pc]
        pc &+= 1
        frame.pc = pc
        instructionCount &+= 1
        return i
    }

    /// The interpreter loop: one `switch` over the decoded instruction, one line per operation.
    ///
    /// Handlers that jump or switch frames (branches, calls, returns, creates) set `frame.pc`; the
    /// loop then reloads its local `pc` from it.
    mutating func interpret() -> Halt {
        var pc = frame.pc
        // The running program's instructions, kept in a local: reloaded only when a handler may
        // have switched to another program (account calls and creates).
        var code = instructions.start
        while true {
            // The kind is read from the code, not from `i`, so the dispatch waits for no copy.
            let kind = code[pc].kind
            let i = fetch(code, &pc)
            do throws(ExitStatus) {
                switch kind {
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
                case .br: try branch(i, &pc)
                case .brc: try branchIf(i, &pc)
                case .localCall:
                    try localCall(i)
                    pc = frame.pc
                case .localCallDynamic:
                    try localCallDynamic(i)
                    pc = frame.pc
                case .ret:
                    if localCalls.count > frame.localCallFloor {
                        try returnFromLocalCall(i)
                        pc = frame.pc
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
                case .call, .callDynamic, .staticCall, .staticCallDynamic:
                    try accountCall(i)
                    pc = frame.pc
                    code = instructions.start
                case .callAddress: try callAddress(i)
                case .create, .copyCreate:
                    try create(i)
                    pc = frame.pc
                    code = instructions.start
                case .selfdestruct:
                    try selfdestruct(i)
                    return .end
                case .loadSmallConstantThenAdd:
                    try loadSmallConstant(i)
                    try add(fetch(code, &pc))
                    // A loop's step and its jump back (`%i = add %i, 1`, `br loop`): one dispatch less.
                    if code[pc].kind == .br { try branch(fetch(code, &pc), &pc) }
                case .loadSmallConstantThenSub:
                    try loadSmallConstant(i)
                    try sub(fetch(code, &pc))
                    if code[pc].kind == .br { try branch(fetch(code, &pc), &pc) }
                case .loadSmallConstantThenMul:
                    try loadSmallConstant(i)
                    try mul(fetch(code, &pc))
                case .loadSmallConstantThenLoadSmallConstant:
                    // Only the next instruction's own load runs here, even if it starts a pair itself:
                    // its partner then comes next, through the switch.
                    try loadSmallConstant(i)
                    try loadSmallConstant(fetch(code, &pc))
                    // `store VALUE, CELL, OFFSET, WIDTH` with three literals: the last one and the store.
                    if code[pc].kind == .loadSmallConstantThenStoreBytes {
                        try loadSmallConstant(fetch(code, &pc))
                        try storeBytes(fetch(code, &pc))
                    }
                case .loadSmallConstantThenBswap:
                    try loadSmallConstant(i)
                    try bswap(fetch(code, &pc))
                case .loadSmallConstantThenStoreCell:
                    try loadSmallConstant(i)
                    try storeCell(fetch(code, &pc))
                case .loadSmallConstantThenStoreBytes:
                    try loadSmallConstant(i)
                    try storeBytes(fetch(code, &pc))
                case .loadSmallConstantThenSha3:
                    try loadSmallConstant(i)
                    try sha3(fetch(code, &pc))
                case .loadSmallConstantThenCompare:
                    try loadSmallConstant(i)
                    let comparison = fetch(code, &pc)
                    try compare(comparison)
                    if comparison.kind == .compareThenBranchIf { try branchIf(fetch(code, &pc), &pc) }
                case .compareThenBranchIf:
                    try compare(i)
                    try branchIf(fetch(code, &pc), &pc)
                case .iszeroThenBranchIf:
                    try iszero(i)
                    try branchIf(fetch(code, &pc), &pc)
                }
            } catch {
                return .exception(error)
            }
        }
    }
}
