import IeleNumerics

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The state of one running transaction: K's `<iele>` cell minus what `Frame` holds.
///
/// A value type with mutating handlers (one file per instruction family under `Instructions/`).
/// The running account frame is `frame`; suspended callers are in `callers` (an explicit stack, so
/// nested account calls never recurse on the Swift stack); intra-contract calls are in `localCalls`.
struct Machine {
    /// The network's rules (address width and derivation, account existence, new-contract nonce).
    let rules: ChainRules
    /// `rules.gasSchedule`, computed once per transaction.
    let schedule: GasSchedule
    /// `schedule`'s costs of word-sized operands, for the fast paths.
    let wordCosts: WordSizedCosts
    /// `rules.addressMask`, for K `#addr`.
    let addressMask: IeleInt
    let block: BlockHeader
    let origin: IeleInt
    let gasPrice: IeleInt
    /// The reference's VMTESTS mode: callees are not executed and their world changes are dropped.
    let isVMTests: Bool

    var world: WorldJournal
    // `<substate>`
    var logs: [LogEntry] = []
    /// Bytes of log data this transaction has logged, kept or rolled back (see `logLimit`).
    var loggedBytes: Int = 0
    var refund: Int = 0
    var selfDestructs: [IeleInt] = []
    /// `<output>`: the values of the last `ret` (or precompiled result) that ended an account call.
    var output: [IeleInt] = []

    /// The register file: every live function's registers, innermost last.
    let registerFile = RegisterFile()
    /// `registerFile.start`, cached in the machine so the interpreter reads it without going
    /// through the class (and its exclusivity bookkeeping). Updated whenever the file grows.
    var registerStart: UnsafeMutablePointer<IeleInt>
    /// `registerFile.capacity`, cached likewise.
    var registerCapacity: Int
    /// How many slots of the register file (live or not) hold a big value. While it is zero —
    /// the common case — a local call zeroes its registers and a return counts their sizes
    /// without looking at them. Every register write outside `storeSmall` keeps it exact.
    var bigRegisters = 0
    /// `RegisterFile.zeroIsAllZeroBytes`, read once (a static is a lazy global in Swift).
    let zeroesByMemset = RegisterFile.zeroIsAllZeroBytes
    var localCalls = LocalCallStack()
    var frame: Frame
    var callers: [Frame] = []
    /// The peak memory (in words) of the suspended `callers`, summed: what they still hold.
    var heldByCallers: Int = 0
    /// Words of storage keys and values written by `sstore` in this transaction, which the world
    /// and its journal keep (the journal even keeps each overwritten value) until the transaction
    /// ends. Not memory in `Cmem`, and overwriting a cell costs only `Gsstoreword` per word, so it
    /// counts against `memoryLimit` with the frames' memory.
    var storedWords: Int = 0
    /// The largest total `fitsMemoryLimit` has allowed: the transaction's peak of the memory the
    /// limit bounds (for `ExecutionStatistics.peakMemoryWords`).
    var peakLimitedWords: Int = 0
    /// The running program's code and operand lists, cached from `frame`.
    var instructions = Program.empty.instructions
    var operands: [Int32] = []
    /// The running program's constant pool, cached from `frame`.
    var constants: [IeleInt] = []
    var constantWords: [Int] = []
    /// The running program's function layouts, cached from `frame`.
    var layouts: [Program.Layout] = []
    /// Register slots of the running function (`max(nregs, nparams)`, or more for extra arguments).
    var slots: Int = 0
    /// Instructions executed so far (for throughput figures; see `ExecutionStatistics`).
    var instructionCount = 0
    /// Where the outermost call began, to roll back to when it fails.
    var topCheckpoint: (world: Int, substate: SubstateCheckpoint) = (
        0, SubstateCheckpoint(logCount: 0, refund: 0, selfDestructCount: 0)
    )

    init(
        rules: ChainRules = .danse, schedule: GasSchedule, block: BlockHeader, origin: IeleInt, gasPrice: IeleInt,
        world: WorldJournal, isVMTests: Bool = false
    ) {
        self.isVMTests = isVMTests
        self.rules = rules
        self.schedule = schedule
        self.wordCosts = WordSizedCosts(schedule)
        self.addressMask = rules.addressMask
        self.block = block
        self.origin = origin
        self.gasPrice = gasPrice
        self.world = world
        self.registerStart = registerFile.start
        self.registerCapacity = registerFile.capacity
        // A placeholder frame for the transaction level (depth -1, no gas), as `loadTx` sets up.
        self.frame = Frame(
            program: Program.empty, gas: 0, address: origin, caller: origin, callValue: .zero, isStatic: false,
            depth: -1, localCallFloor: 0, completion: .transactionCall, worldCheckpoint: 0,
            substateCheckpoint: SubstateCheckpoint(logCount: 0, refund: 0, selfDestructCount: 0))
    }

    // MARK: - Registers

    /// Register slot 0 of the running function.
    @inline(__always)
    var frameRegisters: UnsafeMutablePointer<IeleInt> { registerStart + frame.base }

    /// The value of register `r` of the running function.
    @inline(__always)
    func reg(_ r: Int32) -> IeleInt {
        frameRegisters[Int(r)]
    }

    /// The value of register `r` when it fits in a machine word, read in place (no copy of the
    /// register, so no reference counting): the test every small-integer fast path starts with.
    @inline(__always)
    func smallValue(_ r: Int32) -> Int? {
        frameRegisters[Int(r)].asInt
    }

    /// Whether register `r` holds a word-sized value (which owns no object and counts one word).
    @inline(__always)
    func holdsSmall(_ r: Int32) -> Bool {
        frameRegisters[Int(r)].isSmall
    }

    /// Writes a word-sized value into a register that holds one: `#load` with no change of
    /// `<currentMemory>` (both are one word) and nothing to release.
    @inline(__always)
    mutating func storeSmall(_ r: Int32, _ value: Int) {
        (frameRegisters + Int(r)).initialize(to: IeleInt(value))
    }

    /// Whether `#registerDelta` of a result estimated at `extra` words more than the register
    /// it replaces stays within the peak, so that it charges no memory gas.
    @inline(__always)
    func staysWithinPeak(adding extra: Int) -> Bool {
        frame.peakMemory &- frame.currentMemory >= extra
    }

    /// K `#load`: writes a register and tracks `<currentMemory>` (its size delta, in words).
    @inline(__always)
    mutating func load(_ r: Int32, _ value: IeleInt) {
        let slot = frameRegisters + Int(r)
        let oldIsSmall = slot.pointee.isSmall
        if !(oldIsSmall && value.isSmall) {
            frame.currentMemory = sat(frame.currentMemory, plus: value.words - slot.pointee.words)
        }
        write(value, to: slot, oldIsSmall: oldIsSmall)
    }

    /// `#load` of a value whose size is already known.
    @inline(__always)
    mutating func load(_ r: Int32, _ value: IeleInt, words: Int) {
        let slot = frameRegisters + Int(r)
        let oldIsSmall = slot.pointee.isSmall
        if !(oldIsSmall && value.isSmall) {
            frame.currentMemory = sat(frame.currentMemory, plus: words - slot.pointee.words)
        }
        write(value, to: slot, oldIsSmall: oldIsSmall)
    }

    /// Stores a register. A word-sized old value owns no object, so it is overwritten without the
    /// out-of-line destroy a plain assignment calls.
    @inline(__always)
    private mutating func write(_ value: IeleInt, to slot: UnsafeMutablePointer<IeleInt>, oldIsSmall: Bool) {
        if oldIsSmall {
            if !value.isSmall { bigRegisters &+= 1 }
            slot.initialize(to: value)
        } else {
            if value.isSmall { bigRegisters &-= 1 }
            slot.pointee = value
        }
    }

    /// Initialises a zeroed slot (which owns nothing) with a value, keeping `bigRegisters`.
    @inline(__always)
    mutating func fill(_ slot: UnsafeMutablePointer<IeleInt>, with value: IeleInt) {
        if !value.isSmall { bigRegisters &+= 1 }
        slot.initialize(to: value)
    }

    /// Where the next function's registers start.
    var registerTop: Int { frame.base + slots }

    /// Makes `count` zeroed registers available from `base`.
    @inline(__always)
    mutating func allocateRegisters(at base: Int, count: Int) {
        let end = base + count
        if registerCapacity < end {
            registerFile.reserve(end)
            registerStart = registerFile.start
            registerCapacity = registerFile.capacity
        }
        // Slots are reused by every call; a slot holding a word-sized value owns no object, so it
        // is overwritten without the (out-of-line) destroy of the old value. In the fib-recursive
        // benchmark that destroy was the largest single cost of a local call (perf share ~13 %).
        let slots = registerStart + base
        releaseBigRegisters(slots, count: count)
        zeroWordSizedRegisters(slots, count: count)
    }

    /// Frees the big values among `count` registers from `slots` (setting them to zero), keeping
    /// `bigRegisters` exact; afterwards none of them owns an object. Free while `bigRegisters` is 0.
    @inline(__always)
    mutating func releaseBigRegisters(_ slots: UnsafeMutablePointer<IeleInt>, count: Int) {
        guard bigRegisters > 0 else { return }
        for k in 0..<count where !slots[k].isSmall {
            slots[k] = IeleInt(0)
            bigRegisters &-= 1
        }
    }

    /// Copies one register to another when neither holds a big value. A word-sized value owns no
    /// object, so its bytes are the whole value: they are copied as they are (one 16-byte move),
    /// without the test of the case that a typed copy makes, and the target needs no release.
    @inline(__always)
    func copyWordSized(_ source: UnsafeMutablePointer<IeleInt>, to target: UnsafeMutablePointer<IeleInt>) {
        UnsafeMutableRawPointer(target).copyMemory(from: source, byteCount: MemoryLayout<IeleInt>.stride)
    }

    /// Zeroes `count` registers from `slots`, none of which holds a big value (so none owns an
    /// object). `count` is not negative.
    @inline(__always)
    func zeroWordSizedRegisters(_ slots: UnsafeMutablePointer<IeleInt>, count: Int) {
        if zeroesByMemset {
            // One `memset` instead of a store pair per slot (the values it overwrites own nothing,
            // and the bytes it writes are a valid zero).
            memset(slots, 0, count &* MemoryLayout<IeleInt>.stride)
        } else {
            var k = 0
            while k < count {
                (slots + k).initialize(to: IeleInt(0))
                k &+= 1
            }
        }
    }

    /// Loads the running program's code into the caches (after a switch of account frame).
    mutating func enterCode() {
        let program = frame.program
        instructions = program.instructions
        operands = program.operands
        constants = program.constants
        constantWords = program.constantWords
        layouts = program.layouts
        slots = layouts[frame.function].slotCount
    }

    // MARK: - Gas

    /// K `#deductGas`: fails when the gas is not enough.
    ///
    /// K also remembers the gas before the deduction (`<previousGas>`), but the only rule that reads
    /// it is an account call's `Ccallgas`, right after its own charge; that handler keeps the value
    /// itself, so no other instruction pays for storing it.
    ///
    /// `cost` is never negative: K would add a negative cost to the gas, so every formula is
    /// non-negative at its source (the schedules' constants are, `GasSafetyTests` checks it, and
    /// sizes are), and each K cost that a negative operand would make negative is an exception
    /// raised before the charge (`loadBytes`, `storeBytes`, `callPrecompiled`). This is asserted,
    /// not tested, here: the check would cost the interpreter's hottest path. With `cost` at least
    /// 0 and at most the gas, the subtraction cannot overflow and the gas cannot grow.
    @inline(__always)
    mutating func charge(_ cost: Int) throws(ExitStatus) {
        assert(cost >= 0, "a negative cost would add gas")
        guard frame.gas >= cost else { throw .outOfGas }
        frame.gas -= cost
    }

    /// The most gas a transaction gives its outermost frame. A formula that overflows saturates to
    /// `Int.max`, which stands for "at least `Int.max`": one below it, no saturated cost is ever
    /// payable, so saturation gives the same OUT_OF_GAS as the K rules' unbounded integers. (Only a
    /// transaction whose gas limit times `Sgasdivisor` exceeds 2^63 - 2 is cut; the gas reported
    /// for it was already saturated.) The gas of a frame never exceeds it: calls hand on at most
    /// what they charge, and what comes back is at most what was handed on plus `Gcallstipend`,
    /// which `Gcallvalue` in the same charge pays for.
    static let maximumGas = Int.max - 1

    /// Live memory (words, over every frame of the transaction) beyond which the VM refuses to
    /// go: OUT_OF_GAS, as if `Cmem` were unpayable. Not in the reference, where gas alone bounds
    /// memory; but a transaction may carry ~2^62 gas (the conformance tests do), which pays for
    /// far more memory than a process has, so without this bound hostile code could crash the VM.
    ///
    /// 2^25 words, so that a transaction's peak resident memory stays under 1 GB whatever its gas
    /// (Benchmarks/Memory.md): a register slot is 16 bytes for one accounted word, the densest use
    /// of memory a contract has, so 2^25 words of registers are 512 MiB; big values and memory
    /// cells take 8 bytes a word, plus a transient result as large as the estimate already counted.
    /// Under DANSE, 10^9 gas pays `Cmem` for more than 2^26 words, so the bound is what holds there.
    static let memoryLimit = 1 << 25
    /// Words `sstore` counts against `memoryLimit` for one write besides its key and value: the
    /// journal entry and the cell's place in the account's table, about 100 bytes measured
    /// (Benchmarks/Memory.md, storage-cells), so that a write of small values too stays under 16
    /// bytes a counted word.
    static let storageEntryWords = 6
    /// Log data (bytes) one transaction may write before `log` is OUT_OF_GAS. Not in the reference
    /// either: log data is outside `Cmem`, and at `Glogdata` a block's gas logs far more than fits.
    /// Logs stay resident until the transaction ends, beside the live memory, so 2^28 bytes
    /// (256 MiB) plus `memoryLimit`'s share keep the 1 GB bound.
    static let logLimit = 1 << 28

    /// Whether the running frame may hold `words` (its peak) beside what the callers hold and what
    /// `sstore` has kept, within `memoryLimit`.
    mutating func fitsMemoryLimit(_ words: Int) -> Bool {
        let total = sat(sat(words, plus: heldByCallers), plus: storedWords)
        guard total <= Machine.memoryLimit else { return false }
        if total > peakLimitedWords { peakLimitedWords = total }
        return true
    }

    /// K `#deductMemory(OLDPEAK)`: charges the growth of `Cmem` between the old and new peak.
    @inline(__always)
    mutating func deductMemory(from oldPeak: Int) throws(ExitStatus) {
        if frame.peakMemory == oldPeak {
            try charge(0)
        } else {
            guard fitsMemoryLimit(frame.peakMemory) else { throw .outOfGas }
            try charge(sat(schedule.cMem(frame.peakMemory), minus: schedule.cMem(oldPeak)))
        }
    }

    /// iele-gas.md `#registerDelta(REG, NEWSIZE)`: raises the peak to fit the estimated result.
    @inline(__always)
    mutating func registerDelta(_ r: Int32, _ newSize: Int) throws(ExitStatus) {
        try registerDelta(replacing: frameRegisters[Int(r)].words, newSize)
    }

    /// `#registerDelta` for a register whose size (`oldWords`) the caller has already read, as a
    /// handler that loads its result in place reads it once for both uses.
    @inline(__always)
    mutating func registerDelta(replacing oldWords: Int, _ newSize: Int) throws(ExitStatus) {
        let oldPeak = frame.peakMemory
        let estimate = sat(sat(frame.currentMemory, plus: newSize), minus: oldWords)
        if estimate > oldPeak { frame.peakMemory = estimate }
        try deductMemory(from: oldPeak)
    }

    /// iele-gas.md `#memoryDelta(DELTA)`: an exact change of the current memory.
    @inline(__always)
    mutating func memoryDelta(_ delta: Int) throws(ExitStatus) {
        let oldPeak = frame.peakMemory
        frame.currentMemory = sat(frame.currentMemory, plus: delta)
        if frame.currentMemory > oldPeak { frame.peakMemory = frame.currentMemory }
        try deductMemory(from: oldPeak)
    }

    // MARK: - Substate

    var substateCheckpoint: SubstateCheckpoint {
        SubstateCheckpoint(logCount: logs.count, refund: refund, selfDestructCount: selfDestructs.count)
    }

    /// K `#popSubstate`.
    mutating func restoreSubstate(_ checkpoint: SubstateCheckpoint) {
        logs.removeLast(logs.count - checkpoint.logCount)
        refund = checkpoint.refund
        selfDestructs.removeLast(selfDestructs.count - checkpoint.selfDestructCount)
    }
}
