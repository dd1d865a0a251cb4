import IeleCrypto
import IeleNumerics

// Account creation and deletion (iele.md "Account Creation/Deletion"; iele-gas.md "Contract
// creation and destruction").

extension Machine {
    /// `%s, %addr = create NAME(%a…) send %v` and `copycreate %code(%a…) send %v`.
    mutating func create(_ i: Instr) throws(ExitStatus) {
        let isCopy = i.kind == .copyCreate
        guard !frame.isStatic else { throw .userError }
        let value = reg(i.c)
        guard !value.isNegative else { throw .userError }
        var arguments: [IeleInt] = []
        arguments.reserveCapacity(Int(i.argumentCount))
        var argumentWords = 0
        for k in 0..<Int(i.argumentCount) {
            let v = reg(operands[Int(i.list) + k])
            arguments.append(v)
            argumentWords = sat(argumentWords, plus: v.words)
        }
        let callArguments = schedule.gNewMove ? arguments.count : argumentWords
        try charge(
            sat(isCopy ? schedule.gCopyCreate : schedule.gCreate, plus: sat(schedule.gMove, times: callArguments)))
        let code: [UInt8]
        if isCopy {
            let source = address(reg(i.d))
            if source != frame.address { world.touch(source) }
            code = world.code(of: source)
        } else {
            code = frame.program.contracts[Int(i.imm)] ?? []
        }
        let nonce = world.nonce(of: frame.address)
        let newAddress = rules.newAddress(creator: frame.address, nonce: nonce)
        let available = frame.gas
        let childGas: Int
        if schedule.gStaticCallDepth {
            childGas = available
            frame.gas = 0
        } else {
            childGas = allBut64th(available)
            frame.gas = available / 64
        }
        // #checkCreate
        let balance = world.balance(of: frame.address)
        if value > balance || frame.depth >= 1024 {
            frame.gas = sat(frame.gas, plus: childGas)
            output = []
            let status: ExitStatus = value > balance ? .outOfFunds : .callStackOverflow
            try registerDelta(i.a, 1)
            load(i.a, IeleInt(status.code))
            return
        }
        if !isVMTests { world.setNonce(of: frame.address, to: nonce + .one) }
        let entry = enterCreate(
            from: frame.address, address: newAddress, code: code, gas: childGas, value: value, arguments: arguments,
            depth: frame.depth + 1,
            completion: .create(statusRegister: i.a, addressRegister: i.b, address: newAddress))
        try begin(entry)
    }

    /// K `#create` / `#initAccount` / `#mkCreate` / `#initFun(init, …, true)`.
    mutating func enterCreate(
        from: IeleInt, address newAddress: IeleInt, code: [UInt8], gas: Int, value: IeleInt, arguments: [IeleInt],
        depth: Int, completion: Completion
    ) -> CallEntry {
        let worldCheckpoint = world.checkpoint
        let substate = substateCheckpoint
        func fail(_ status: ExitStatus) -> CallEntry {
            .done(
                Immediate(
                    halt: .exception(status), gasLeft: gas, completion: completion, worldCheckpoint: worldCheckpoint,
                    substateCheckpoint: substate))
        }
        if world.exists(newAddress) {
            guard world.code(of: newAddress).isEmpty && world.nonce(of: newAddress).isZero else {
                return fail(.accountCollision)
            }
            world.clearStorage(of: newAddress)
        } else {
            world.touch(newAddress)
        }
        if let status = transfer(from: from, to: newAddress, value: value) { return fail(status) }
        world.setNonce(of: newAddress, to: rules.contractStartNonce)
        world.setCode(of: newAddress, to: code)
        guard let program = ProgramCache.shared.program(for: code) else { return fail(.contractInvalid) }
        output = []
        guard let index = program.function(named: Program.initName) else {
            return fail(program.size == 0 ? .contractNotFound : .functionNotFound)
        }
        guard program.functions[index].parameterCount == arguments.count else {
            return fail(.functionWrongSignature)
        }
        if isVMTests && !completion.isTransaction {
            return vmTestsEnd(gas: gas, completion: completion, worldCheckpoint, substate)
        }
        return .run(
            makeFrame(
                program: program, function: index, arguments: arguments, gas: gas, address: newAddress, caller: from,
                value: value, isStatic: frame.isStatic, depth: depth, completion: completion,
                worldCheckpoint: worldCheckpoint, substateCheckpoint: substate))
    }

    /// `selfdestruct %a`: sends the whole balance to the account and marks this one for deletion.
    /// Self-destructing to oneself destroys the balance.
    mutating func selfdestruct(_ i: Instr) throws(ExitStatus) {
        guard !frame.isStatic else { throw .userError }
        let target = address(reg(i.a))
        let isNew = countsAsNew(target)
        world.touch(target)  // #accountEmpty loads the account
        let balance = world.balance(of: frame.address)
        try charge(schedule.cSelfdestruct(isEmpty: isNew, balanceIsZero: balance.isZero))
        if !selfDestructs.contains(frame.address) {
            refund = sat(refund, plus: schedule.rSelfDestruct)
            selfDestructs.append(frame.address)
        }
        if target == frame.address {
            world.setBalance(of: frame.address, to: .zero)
        } else {
            _ = transfer(from: frame.address, to: target, value: balance)
        }
        output = []
    }
}
