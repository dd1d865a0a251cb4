import IeleCrypto
import IeleNumerics

// The `@iele.*` builtins that read the execution context or the network (iele.md "Local State",
// "Account Queries"; iele-gas.md "Local state operations", "Network state operations").

extension Machine {
    /// K `#addr`: an integer as an address, modulo 2^160 (2^(8 × `rules.addressWidth`)). A
    /// non-negative machine word is below the modulus, since an address has at least 8 bytes.
    @inline(__always)
    func address(_ value: IeleInt) -> IeleInt {
        if let v = value.asInt, v >= 0 { return value }
        return value & addressMask
    }

    /// `%a = call @iele.gas()` and the other context reads that cost `Greadstate`.
    mutating func readState(_ i: Instr) throws(ExitStatus) {
        let size: Int
        switch i.kind {
        case .beneficiary, .address, .origin, .caller: size = bytesInWords(20)
        case .timestamp, .difficulty, .callvalue: size = wordCosts.wordsOf256Bits
        default: size = 1
        }
        try registerDelta(i.a, size)
        try charge(schedule.gReadState)
        let value: IeleInt
        switch i.kind {
        case .gas: value = IeleInt(frame.gas / schedule.sGasDivisor)
        case .gasprice: value = gasPrice
        case .gaslimit: value = block.gasLimit
        case .beneficiary: value = block.beneficiary
        case .timestamp: value = block.timestamp
        case .number: value = block.number
        case .difficulty: value = block.difficulty
        case .address: value = frame.address
        case .origin: value = origin
        case .caller: value = frame.caller
        case .callvalue: value = frame.callValue
        case .msize: value = IeleInt(frame.peakMemory) * IeleInt(8)
        default: value = IeleInt(frame.program.size)  // codesize
        }
        load(i.a, value)
    }

    /// `%a = call @iele.blockhash(%b)`: the hash of block N among the last 256, else 0.
    mutating func blockhash(_ i: Instr) throws(ExitStatus) {
        let n = reg(i.b)
        try registerDelta(i.a, wordCosts.wordsOf256Bits)
        try charge(schedule.gBlockhash)
        load(i.a, blockHash(n))
    }

    /// iele.md `#blockhash(HASHES, N, HI - 1, 0)`: `blockHashes[0]` is block `number - 1`.
    /// In VMTESTS mode the hash is Keccak-256 of N's decimal text, for the last 256 blocks.
    private func blockHash(_ n: IeleInt) -> IeleInt {
        if isVMTests {
            let number = block.number
            guard !n.isNegative, n < number, !(number - IeleInt(256) > n) else { return .zero }
            return IeleInt(bigEndianUnsigned: Keccak256.hash(Array(n.description.utf8)))
        }
        guard let n = n.asInt, let number = block.number.asInt, n >= 0, n < number else { return .zero }
        let back = number - 1 - n
        guard back < 256, back < block.blockHashes.count else { return .zero }
        return block.blockHashes[back]
    }

    /// `%a = call @iele.balance(%b)`.
    mutating func balance(_ i: Instr) throws(ExitStatus) {
        let account = address(reg(i.b))
        try registerDelta(i.a, wordCosts.wordsOf256Bits)
        try charge(schedule.gBalance)
        world.touch(account)
        let balance = world.balance(of: account)
        load(i.a, balance)
    }

    /// `%a = call @iele.extcodesize(%b)`: the size in bytes of the account's contract.
    mutating func extcodesize(_ i: Instr) throws(ExitStatus) {
        let account = address(reg(i.b))
        try registerDelta(i.a, 1)
        try charge(schedule.gExtCodeSize)
        world.touch(account)
        let size = world.code(of: account).count
        load(i.a, IeleInt(size))
    }

    /// `%a = calladdress @f at %b`: the function pointer of public `@f` on the account, or 0.
    mutating func callAddress(_ i: Instr) throws(ExitStatus) {
        let account = address(reg(i.b))
        try registerDelta(i.a, 1)
        try charge(schedule.gCallAddress)
        world.touch(account)
        let name = frame.program.functionName(at: Int(i.imm))
        let program = ProgramCache.shared.program(for: world.code(of: account))
        load(i.a, IeleInt(program?.callAddresses[name] ?? 0))
    }
}
