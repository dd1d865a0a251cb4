import IeleNumerics

// Branches, local calls and returns (iele.md "Branch and Local Call", "`ret` and `revert`";
// iele-gas.md "Jump statements", "Function Call/Return").

extension Machine {
    /// `br LABEL`; `pc` is the interpreter's program counter.
    @inline(__always)
    mutating func branch(_ i: Instr, _ pc: inout Int) throws(ExitStatus) {
        try charge(schedule.gBr)
        pc = Int(i.imm)
    }

    /// `br %a, LABEL`: jumps when the register is not zero.
    @inline(__always)
    mutating func branchIf(_ i: Instr, _ pc: inout Int) throws(ExitStatus) {
        try charge(schedule.gBrCond)
        if !frameRegisters[Int(i.a)].isZero { pc = Int(i.imm) }
    }

    /// `%r… = call @f(%a…)`: a call within the contract, on fresh registers.
    ///
    /// Inlined in the interpreter loop, like `returnFromLocalCall`. Their fast paths call no
    /// Swift method (one on another value, such as the call stack's `grow`, takes over the
    /// register that holds the machine, and the whole loop then pays a register); everything
    /// else is out of line.
    @inline(__always)
    mutating func localCall(_ i: Instr) throws(ExitStatus) {
        if i.imm >= 0, enterWordSizedLocalFunction(Int(i.imm), i) { return }
        try localCallInGeneral(i)
    }

    /// `call @f` when the fast path declined: any value may be big, any limit near.
    @inline(never)
    private mutating func localCallInGeneral(_ i: Instr) throws(ExitStatus) {
        guard i.imm >= 0 else { throw .functionNotFound }
        try enterLocalFunction(Int(i.imm), i, checkArity: false)
    }

    /// The common local call: no big value anywhere in the register file (so every argument is
    /// one word and no register owns anything), the callee's registers fit under the peak memory,
    /// the gas suffices and the register file has room. Then `#memoryDelta` charges no memory gas
    /// and the cost is the general formula at one word per argument, computed without saturating
    /// (see `WordSizedCosts.localCallsAreSimple`). Returns false, having changed nothing, when any
    /// of that fails; the general path then decides.
    @inline(__always)
    private mutating func enterWordSizedLocalFunction(_ callee: Int, _ i: Instr) -> Bool {
        guard bigRegisters == 0, wordCosts.localCallsAreSimple else { return false }
        let function = layouts[callee]
        let argumentCount = Int(i.argumentCount)
        let registerCount = function.registerCount
        // #memoryDelta(REGISTERS - #sizeRegs(ARGS) + intSizes(ARGS) + Gcallmemory), ARGS all one word.
        let (current, overflow) = frame.currentMemory.addingReportingOverflow(registerCount &+ wordCosts.callMemory)
        guard !overflow, current <= frame.peakMemory else { return false }
        let cost =
            wordCosts.callRegister &* registerCount &+ wordCosts.localCall &+ wordCosts.movePerValue &* argumentCount
        guard frame.gas >= cost else { return false }
        let base = frame.base
        let newBase = base &+ slots
        let newSlots = Swift.max(function.slotCount, argumentCount)
        // Growing the register file or the call stack is left to the general path: a call out of
        // line here would cost the interpreter loop, where this is inlined, a register.
        guard newBase &+ newSlots <= registerCapacity, localCalls.hasRoom else { return false }
        frame.currentMemory = current
        frame.gas &-= cost
        // The frame switch first, so that few values are left for the copy of the arguments.
        localCalls.pushIntoRoom(
            LocalCall(
                function: Int32(truncatingIfNeeded: frame.function), returnPC: Int32(truncatingIfNeeded: frame.pc),
                list: i.list, resultCount: i.resultCount, slots: Int32(truncatingIfNeeded: slots),
                calleeRegisterCount: Int32(truncatingIfNeeded: registerCount)))
        frame.function = callee
        frame.base = newBase
        frame.pc = function.entry
        slots = newSlots
        let sources = registerStart + base
        let parameters = registerStart + newBase
        let first = Int(i.list) &+ Int(i.resultCount)
        operands.withUnsafeBufferPointer { list in
            // The first argument apart: most calls have one or two, and a plain loop is unrolled
            // by four with a costly set-up.
            guard argumentCount > 0 else { return }
            copyWordSized(sources + Int(list[first]), to: parameters)
            var k = 1
            while k < argumentCount {
                copyWordSized(sources + Int(list[first &+ k]), to: parameters + k)
                k &+= 1
            }
        }
        // Last, so that nothing waits across the `memset`.
        zeroWordSizedRegisters(parameters + argumentCount, count: newSlots &- argumentCount)
        return true
    }

    /// `%r… = call %f(%a…)`: a call through a function pointer (`<funcLabels>`).
    mutating func localCallDynamic(_ i: Instr) throws(ExitStatus) {
        guard let label = reg(i.b).asInt, let callee = frame.program.functionsByLabel[label] else {
            try charge(0)
            throw .functionNotFound
        }
        try enterLocalFunction(callee, i, checkArity: true)
    }

    /// The shared part of both local calls: `#memory`, `#compute`, then the jump.
    @inline(__always)
    private mutating func enterLocalFunction(_ callee: Int, _ i: Instr, checkArity: Bool) throws(ExitStatus) {
        let function = layouts[callee]
        let callerRegisters = frameRegisters
        let first = Int(i.list) + Int(i.resultCount)
        let argumentCount = Int(i.argumentCount)
        // With no big value anywhere in the register file, every argument is one word.
        var argumentWords = argumentCount
        if bigRegisters > 0 {
            argumentWords = 0
            for k in 0..<argumentCount {
                argumentWords = sat(argumentWords, plus: callerRegisters[Int(operands[first + k])].words)
            }
        }
        // #memoryDelta(REGISTERS - #sizeRegs(ARGS) + intSizes(ARGS) + Gcallmemory)
        try memoryDelta(
            sat(function.registerCount - argumentCount, plus: sat(argumentWords, plus: schedule.gCallMemory)))
        var cost = sat(sat(schedule.gCallReg, times: function.registerCount), plus: schedule.gLocalCall)
        if !schedule.gNewMove { cost = sat(cost, plus: sat(argumentWords, times: schedule.gMove)) }
        try charge(cost)
        if checkArity && function.parameterCount != argumentCount { throw .functionWrongSignature }
        let newBase = registerTop
        let newSlots = Swift.max(function.slotCount, argumentCount)
        allocateRegisters(at: newBase, count: newSlots)
        // `allocateRegisters` may move the file, so the caller's registers are found again.
        let sources = frameRegisters
        let parameters = registerStart + newBase
        for k in 0..<argumentCount {
            // The parameter slot was just zeroed, so it owns nothing to release.
            let argument = sources + Int(operands[first + k])
            if let value = argument.pointee.asInt {
                (parameters + k).initialize(to: IeleInt(value))
            } else {
                frame.currentMemory = sat(frame.currentMemory, plus: argument.pointee.words - 1)
                fill(parameters + k, with: argument.pointee)
            }
        }
        localCalls.push(
            LocalCall(
                function: Int32(truncatingIfNeeded: frame.function), returnPC: Int32(truncatingIfNeeded: frame.pc),
                list: i.list, resultCount: i.resultCount, slots: Int32(truncatingIfNeeded: slots),
                calleeRegisterCount: Int32(truncatingIfNeeded: function.registerCount)))
        frame.function = callee
        frame.base = newBase
        frame.pc = function.entry
        slots = newSlots
    }

    /// `ret %a…` inside a local call: frees the callee's registers and writes the caller's results.
    @inline(__always)
    mutating func returnFromLocalCall(_ i: Instr) throws(ExitStatus) {
        if returnWordSized(i) { return }
        try returnFromLocalCallInGeneral(i)
    }

    /// The common return to a local caller: no big value anywhere in the register file (so the
    /// callee's registers free one word each and every result is one word), as many results as the
    /// caller expects, the freed memory not above the peak (a decrease always is, unless an
    /// estimate left the current memory above it) and the gas enough. Then `#memoryDelta` charges
    /// no memory gas and `#load` of each result changes no size, so the values are just copied.
    /// Returns false, having changed nothing, when any of that fails; the general path then decides.
    @inline(__always)
    private mutating func returnWordSized(_ i: Instr) -> Bool {
        guard bigRegisters == 0, wordCosts.localCallsAreSimple else { return false }
        let count = Int(i.argumentCount)
        let record = localCalls.innermost
        guard Int(record.resultCount) == count else { return false }
        let registerCount = Int(record.calleeRegisterCount)
        // #memoryDelta(-(REGISTERS) - Gcallmemory): every register one word.
        let (current, overflow) = frame.currentMemory.subtractingReportingOverflow(
            registerCount &+ wordCosts.callMemory)
        guard !overflow, current <= frame.peakMemory else { return false }
        let cost = wordCosts.movePerValue &* count &+ wordCosts.localReturn
        guard frame.gas >= cost else { return false }
        frame.currentMemory = current
        frame.gas &-= cost
        let calleeRegisters = frameRegisters
        localCalls.dropInnermost()
        frame.function = Int(record.function)
        frame.base = frame.base &- Int(record.slots)
        frame.pc = Int(record.returnPC)
        slots = Int(record.slots)
        let callerRegisters = frameRegisters
        let from = Int(i.list)
        let to = Int(record.list)
        operands.withUnsafeBufferPointer { list in
            // The first result apart, as for a call's arguments.
            guard count > 0 else { return }
            copyWordSized(calleeRegisters + Int(list[from]), to: callerRegisters + Int(list[to]))
            var k = 1
            while k < count {
                copyWordSized(calleeRegisters + Int(list[from &+ k]), to: callerRegisters + Int(list[to &+ k]))
                k &+= 1
            }
        }
        return true
    }

    /// `ret` to a local caller when the fast path declined: any value may be big, any limit near.
    @inline(never)
    private mutating func returnFromLocalCallInGeneral(_ i: Instr) throws(ExitStatus) {
        let count = Int(i.argumentCount)
        let registerCount = layouts[frame.function].registerCount
        let calleeRegisters = frameRegisters
        let calleeSlots = slots
        var freed = 0
        if schedule.sumsRegisterValuesOnReturn {
            // ALBE sums the registers' values, which may be negative and of any size: summed
            // exactly, as K's unbounded integers, and saturated once (a running saturated sum
            // depends on the order, and could end at `Int.min`, which `0 - freed` cannot negate).
            var sum = IeleInt.zero
            for k in 0..<registerCount { sum = sum + calleeRegisters[k] }
            freed = saturatedInt(sum)
        } else if bigRegisters == 0 {
            freed = registerCount
        } else {
            for k in 0..<registerCount { freed = sat(freed, plus: calleeRegisters[k].words) }
        }
        try memoryDelta(sat(sat(0, minus: freed), minus: schedule.gCallMemory))
        try charge(schedule.gNewMove ? 0 : sat(sat(schedule.gMove, times: count), plus: 8))
        // The callee's registers stay in place above the caller's, so the values are read from
        // there after the switch back (no array is built).
        let record = localCalls.pop()
        frame.function = Int(record.function)
        frame.base = frame.base &- Int(record.slots)
        frame.pc = Int(record.returnPC)
        slots = Int(record.slots)
        let resultCount = Int(record.resultCount)
        let pairs = Swift.min(resultCount, count)
        let callerRegisters = frameRegisters
        var allSmall = staysWithinPeak(adding: 0)
        if bigRegisters > 0 {
            for k in 0..<pairs where allSmall {
                allSmall = calleeRegisters[Int(operands[Int(i.list) + k])].isSmall
                    && callerRegisters[Int(operands[Int(record.list) + k])].isSmall
            }
        }
        if allSmall {
            // Word-sized values over word-sized registers: `#registerDelta` cannot raise the peak
            // and `#load` changes no size, so the values are just copied.
            for k in 0..<pairs {
                let value = calleeRegisters[Int(operands[Int(i.list) + k])].asInt ?? 0
                (callerRegisters + Int(operands[Int(record.list) + k])).initialize(to: IeleInt(value))
            }
        } else {
            for k in 0..<pairs {
                let words = calleeRegisters[Int(operands[Int(i.list) + k])].words
                try registerDelta(operands[Int(record.list) + k], words)
            }
            for k in 0..<pairs {
                load(operands[Int(record.list) + k], calleeRegisters[Int(operands[Int(i.list) + k])])
            }
        }
        // The callee's registers are dead now: freeing their big values (an event topic, a mask)
        // lets the word-sized call and return paths, which need `bigRegisters` at 0, apply again.
        releaseBigRegisters(calleeRegisters, count: calleeSlots)
        if resultCount != count { throw .functionWrongSignature }
    }

    /// `ret %a…` ending the account call: the values become `<output>`.
    mutating func returnFromAccountCall(_ i: Instr) throws(ExitStatus) {
        try charge(0)
        var values: [IeleInt] = []
        values.reserveCapacity(Int(i.argumentCount))
        for k in 0..<Int(i.argumentCount) { values.append(reg(operands[Int(i.list) + k])) }
        output = values
    }
}
