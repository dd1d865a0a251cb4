import IeleNumerics

// Account calls (iele.md "Call Operations"; iele-gas.md "Function Call/Return", `Ccall`).

/// The function an account call names: by name (`call @f at …`) or by pointer (`call %f at …`).
enum Callee {
    case name([UInt8])
    case label(IeleInt)
}

/// How preparing an account call or create ended: a frame to run, or an immediate result (a
/// failed check, or a precompiled contract, which runs without a frame).
enum CallEntry {
    case run(Frame)
    case done(Immediate)
}

/// A callee that ended before running any code (K rules that raise `#exception` at entry, or a
/// precompiled contract), with what its caller needs to resume.
struct Immediate {
    var halt: Halt
    var gasLeft: Int
    var completion: Completion
    var worldCheckpoint: Int
    var substateCheckpoint: SubstateCheckpoint
}

extension Machine {
    /// `%s, %r… = call @f at %addr(%a…) send %v, gaslimit %g` and the `staticcall` forms.
    mutating func accountCall(_ i: Instr) throws(ExitStatus) {
        let isStaticCall = i.kind == .staticCall || i.kind == .staticCallDynamic
        let isDynamic = i.kind == .callDynamic || i.kind == .staticCallDynamic
        let gasCap = reg(i.c)
        let value = isStaticCall ? IeleInt.zero : reg(i.e)
        // #static? and #negativeCall?
        if frame.isStatic && !value.isZero { throw .userError }
        if value.isNegative || gasCap.isNegative { throw .userError }
        let target = address(reg(i.d))
        let resultCount = Int(i.resultCount) - 1
        let first = Int(i.list) + Int(i.resultCount)
        var arguments: [IeleInt] = []
        arguments.reserveCapacity(Int(i.argumentCount))
        var argumentWords = 0
        for k in 0..<Int(i.argumentCount) {
            let v = reg(operands[first + k])
            arguments.append(v)
            argumentWords = sat(argumentWords, plus: v.words)
        }
        // #compute: Ccall, with #accountEmpty loading the callee.
        let isNew = countsAsNew(target)
        world.touch(target)
        let extra = schedule.cExtra(
            isEmpty: isNew, valueIsZero: value.isZero, results: resultCount,
            arguments: schedule.gNewMove ? arguments.count : argumentWords)
        let cap = sat(saturatedInt(gasCap), times: schedule.sGasDivisor)
        // #exec: Ccallgas from the gas before the charge (<previousGas>).
        let previousGas = frame.gas
        try charge(schedule.cCall(extra: extra, cap: cap, available: frame.gas))
        let calleeGas = schedule.cCallGas(
            extra: extra, cap: cap, available: previousGas, valueIsZero: value.isZero)
        let statusRegister = operands[Int(i.list)]
        // #checkCall
        if value > world.balance(of: frame.address) || frame.depth >= 1024 {
            frame.gas = sat(frame.gas, plus: calleeGas)
            output = []
            let status: ExitStatus = value > world.balance(of: frame.address) ? .outOfFunds : .callStackOverflow
            try registerDelta(statusRegister, 1)
            load(statusRegister, IeleInt(status.code))
            return
        }
        let callee: Callee = isDynamic ? .label(reg(i.b)) : .name(frame.program.functionName(at: Int(i.imm)))
        let entry = enterCall(
            from: frame.address, to: target, callee: callee, gas: calleeGas, value: value, arguments: arguments,
            isStatic: frame.isStatic || isStaticCall, depth: frame.depth + 1,
            completion: .call(list: i.list, resultCount: i.resultCount))
        try begin(entry)
    }

    /// Runs a prepared callee: switches to its frame, or hands an immediate result to the caller.
    mutating func begin(_ entry: CallEntry) throws(ExitStatus) {
        switch entry {
        case .run(let callee):
            heldByCallers = sat(heldByCallers, plus: frame.peakMemory)
            callers.append(frame)
            frame = callee
            enterCode()
        case .done(let result):
            try complete(
                result.completion, with: result.halt, gasLeft: result.gasLeft,
                worldCheckpoint: result.worldCheckpoint, substateCheckpoint: result.substateCheckpoint)
        }
    }

    /// Resumes the caller after its callee `finished` ended with `halt`.
    mutating func complete(_ finished: Frame, with halt: Halt) throws(ExitStatus) {
        try complete(
            finished.completion, with: halt, gasLeft: finished.gas, worldCheckpoint: finished.worldCheckpoint,
            substateCheckpoint: finished.substateCheckpoint)
    }

    /// The caller's side of a finished account call or create: iele.md `#return` and
    /// `#codeDeposit … false` / `#finishCodeDeposit`. Failure rolls the world and substate back;
    /// success and `revert` give the callee's remaining gas back (`#refund`).
    mutating func complete(
        _ completion: Completion, with halt: Halt, gasLeft: Int, worldCheckpoint: Int,
        substateCheckpoint: SubstateCheckpoint
    ) throws(ExitStatus) {
        switch halt {
        case .exception, .revert:
            world.revert(to: worldCheckpoint)
            restoreSubstate(substateCheckpoint)
        case .end:
            break
        }
        switch completion {
        case .call(let list, let count):
            let status = operands[Int(list)]
            switch halt {
            case .exception(let s):
                output = []
                try registerDelta(status, 1)
                load(status, IeleInt(s.code))
            case .revert(let value):
                try registerDelta(status, value.words)
                load(status, value)
                frame.gas = sat(frame.gas, plus: gasLeft)
            case .end:
                let results = Int(count) - 1
                let values = output
                let pairs = Swift.min(results, values.count)
                if isVMTests { world.revert(to: worldCheckpoint) }
                try registerDelta(status, 1)
                for k in 0..<pairs { try registerDelta(operands[Int(list) + 1 + k], values[k].words) }
                load(status, .zero)
                frame.gas = sat(frame.gas, plus: gasLeft)
                if isVMTests { return }  // VMTESTS does not write the results
                for k in 0..<pairs { load(operands[Int(list) + 1 + k], values[k]) }
                if results != values.count { throw .functionWrongSignature }
            }
        case .create(let status, let addressRegister, let newAddress):
            switch halt {
            case .exception(let s):
                output = []
                try registerDelta(status, 1)
                load(status, IeleInt(s.code))
            case .revert(let value):
                try registerDelta(status, value.words)
                frame.gas = sat(frame.gas, plus: gasLeft)
                load(status, value)
            case .end:
                if isVMTests { world.revert(to: worldCheckpoint) }
                try registerDelta(status, 1)
                try registerDelta(addressRegister, 3)
                frame.gas = sat(frame.gas, plus: gasLeft)
                load(status, .zero)
                load(addressRegister, newAddress)
                output = [newAddress]
            }
        case .transactionCall, .transactionCreate:
            break  // the transaction level finishes these (see `TransactionProcessor`)
        }
    }

    /// Whether `account` counts as new for `Gnewaccount`, as the network decides
    /// (`ChainRules.accountExistence`; the reference's `#accountEmpty`). Asked before the account
    /// is touched, since touching creates it.
    mutating func countsAsNew(_ account: IeleInt) -> Bool {
        switch rules.accountExistence {
        case .nonEmpty: world.isEmpty(account)
        case .present: !world.exists(account)
        }
    }

    /// K `#transferFunds`: moves `value` (creating the destination), or OUT_OF_FUNDS.
    mutating func transfer(from: IeleInt, to: IeleInt, value: IeleInt) -> ExitStatus? {
        let balance = world.balance(of: from)
        guard value <= balance else { return .outOfFunds }
        if from == to { return nil }
        world.touch(to)
        // Nothing moves: the balances stay as they are (the subtraction would allocate when the
        // sender's balance is big, as a funded account's is). Not writing `from` back changes no
        // state, because `from` always exists: the transaction's sender, touched when the
        // transaction starts, or the running contract.
        if value.isZero { return nil }
        world.setBalance(of: from, to: balance - value)
        let destination = world.balance(of: to)
        world.setBalance(of: to, to: destination + value)
        return nil
    }

    /// K `#call` … `#mkCall` / `#initVM` / `#initFun`: prepares the callee of an account call.
    mutating func enterCall(
        from: IeleInt, to: IeleInt, callee: Callee, gas: Int, value: IeleInt, arguments: [IeleInt],
        isStatic: Bool, depth: Int, completion: Completion
    ) -> CallEntry {
        let worldCheckpoint = world.checkpoint
        let substate = substateCheckpoint
        func fail(_ status: ExitStatus, gasLeft: Int = gas) -> CallEntry {
            .done(
                Immediate(
                    halt: .exception(status), gasLeft: gasLeft, completion: completion,
                    worldCheckpoint: worldCheckpoint, substateCheckpoint: substate))
        }
        if to == Precompiled.address {
            return callPrecompiled(
                from: from, callee: callee, gas: gas, value: value, arguments: arguments, completion: completion)
        }
        world.touch(to)
        guard let program = ProgramCache.shared.program(for: world.code(of: to)) else {
            return fail(.contractInvalid)
        }
        let name: [UInt8]
        switch callee {
        case .name(let n): name = n
        case .label(let label):
            guard let l = label.asInt, let f = program.functionsByLabel[l] else { return fail(.functionNotFound) }
            name = program.functions[f].name
        }
        if let status = transfer(from: from, to: to, value: value) { return fail(status) }
        output = []
        guard let index = program.function(named: name) else {
            return fail(program.size == 0 ? .contractNotFound : .functionNotFound)
        }
        let function = program.functions[index]
        guard function.isPublic else { return fail(.functionNotFound) }
        guard function.parameterCount == arguments.count else { return fail(.functionWrongSignature) }
        if isVMTests && !completion.isTransaction {
            return vmTestsEnd(gas: gas, completion: completion, worldCheckpoint, substate)
        }
        return .run(
            makeFrame(
                program: program, function: index, arguments: arguments, gas: gas, address: to, caller: from,
                value: value, isStatic: isStatic, depth: depth, completion: completion,
                worldCheckpoint: worldCheckpoint, substateCheckpoint: substate))
    }

    /// A new account frame for `function` of `program` with fresh registers and memory
    /// (`#initVM`; `#initFun` sets the current and peak memory to `nregs`).
    mutating func makeFrame(
        program: Program, function: Int, arguments: [IeleInt], gas: Int, address: IeleInt, caller: IeleInt,
        value: IeleInt, isStatic: Bool, depth: Int, completion: Completion, worldCheckpoint: Int,
        substateCheckpoint: SubstateCheckpoint
    ) -> Frame {
        let f = program.functions[function]
        let base = registerTop
        let count = Swift.max(Swift.max(f.registerCount, f.parameterCount), arguments.count)
        allocateRegisters(at: base, count: count)
        for (k, v) in arguments.enumerated() { fill(registerStart + base + k, with: v) }
        var new = Frame(
            program: program, function: function, pc: f.entry, base: base, gas: gas, address: address, caller: caller,
            callValue: value, isStatic: isStatic, depth: depth, localCallFloor: localCalls.count,
            completion: completion, worldCheckpoint: worldCheckpoint, substateCheckpoint: substateCheckpoint)
        new.currentMemory = f.registerCount
        new.peakMemory = f.registerCount
        return new
    }

    /// VMTESTS `#initFun`: a callee that passed its checks ends at once (`#end`), running no code.
    /// (The transaction's own callee still runs, as the reference's `start` runs the test's code.)
    func vmTestsEnd(
        gas: Int, completion: Completion, _ worldCheckpoint: Int, _ substate: SubstateCheckpoint
    ) -> CallEntry {
        .done(
            Immediate(
                halt: .end, gasLeft: gas, completion: completion, worldCheckpoint: worldCheckpoint,
                substateCheckpoint: substate))
    }
}
