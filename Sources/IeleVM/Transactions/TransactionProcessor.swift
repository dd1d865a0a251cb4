import IeleNumerics

/// Runs one transaction as the reference's node mode does (iele-testing.md `loadTx`, iele-node.md
/// `runVM` / `#endVM` / `#trimAccounts`).
///
/// Phases: charge the sender `gasLimit × gasPrice` and bump its nonce; subtract the intrinsic gas
/// `G0`; run the call (or the create and its code deposit); report the gas left rounded up to
/// transaction units (`#adjustGas`); delete self-destructed accounts (`#finalizeTx`); drop accounts
/// the transaction created but left empty (`#trimAccounts`). Unused gas is not paid back and the
/// refund counter is only reported, as the reference tests expect.
///
/// The world is read through a `Host` and changed in a `WorldJournal` over it; the outcome carries
/// the surviving changes for the host to write.
struct TransactionProcessor {
    let rules: ChainRules
    let mode: ExecutionMode

    /// Runs `transaction` against `host`; returns what the reference reports and the accounts as
    /// the transaction left them (detached from the host: see `WorldOverlay`).
    func execute(
        _ transaction: Transaction, on host: any Host, block: BlockHeader, statistics: inout ExecutionStatistics
    ) -> (result: TransactionResult, overlay: WorldOverlay) {
        let schedule = rules.gasSchedule
        let sender = transaction.from
        // The journal is built in place in the machine: one built outside and passed in stays
        // alive beside the machine's copy, and the first write to each of its arrays copies it.
        var machine = Machine(
            rules: rules, schedule: schedule, block: block, origin: sender, gasPrice: transaction.gasPrice,
            world: WorldJournal(host: host), isVMTests: mode == .vmTests)
        machine.world.touch(sender)
        let senderNonce = machine.world.nonce(of: sender)
        let senderBalance = machine.world.balance(of: sender)
        machine.world.setBalance(of: sender, to: senderBalance - transaction.gasLimit * transaction.gasPrice)
        machine.world.setNonce(of: sender, to: senderNonce + .one)
        let g0 = rules.intrinsicGas == .byVM ? schedule.intrinsicGas(of: transaction) : 0
        // Negative when the limit does not cover G0 (then every charge fails, as in K).
        let (gas, unrepresentableGas) = Self.internalGas(
            transactionUnits: transaction.gasLimit - IeleInt(g0), schedule: schedule)

        var status = IeleInt.zero
        var output: [IeleInt] = []
        var gasLeft = 0
        // Whether the transaction ended without an exception, so that its gas left is reported.
        var keepsGas = false

        if let to = transaction.to {
            let entry = machine.enterCall(
                from: sender, to: to, callee: .name(Array(transaction.function.utf8)), gas: gas,
                value: transaction.value, arguments: transaction.arguments, isStatic: false, depth: 0,
                completion: .transactionCall)
            let (halt, left) = machine.runTopLevel(entry)
            switch halt {
            case .exception(let s): status = IeleInt(s.code)
            case .revert(let v):
                status = v
                gasLeft = left
                keepsGas = true
            case .end:
                gasLeft = left
                keepsGas = true
                output = machine.output
            }
        } else {
            let newAddress = rules.newAddress(creator: sender, nonce: senderNonce)
            let code = transaction.contractCode
            if !VirtualMachine.isDeployable(code, schedule: rules.scheduleName) {
                // #checkContract fails: CONTRACT_INVALID, and the gas is given back (#refund GAVAIL).
                status = IeleInt(ExitStatus.contractInvalid.code)
                gasLeft = gas
                keepsGas = true
            } else {
                let entry = machine.enterCreate(
                    from: sender, address: newAddress, code: code, gas: gas, value: transaction.value,
                    arguments: transaction.arguments, depth: 0,
                    completion: .transactionCreate(address: newAddress, codeLength: code.count))
                let (halt, left) = machine.runTopLevel(entry)
                switch halt {
                case .exception(let s): status = IeleInt(s.code)
                case .revert(let v):
                    status = v
                    gasLeft = left
                keepsGas = true
                case .end:
                    // #mkCodeDeposit: the deployed bytes cost Gcodedeposit each (not in VMTESTS,
                    // where #finishCodeDeposit also drops the new account: #popWorldState).
                    let deposit = machine.isVMTests ? 0 : sat(schedule.gCodeDeposit, times: code.count)
                    if left < deposit {
                        machine.rollBackTopLevel()
                        status = IeleInt(ExitStatus.outOfGas.code)
                    } else {
                        gasLeft = left - deposit
                        keepsGas = true
                        output = [newAddress]
                        if machine.isVMTests { machine.world.revert(to: machine.topCheckpoint.world) }
                    }
                }
            }
        }

        var refund = IeleInt(machine.refund)
        if machine.isVMTests {
            // #finalizeTx in VMTESTS pays the refund to the executing account and clears it. The
            // transaction form has no `<id>` of its own; the called (or created) account stands in.
            let account = transaction.to ?? rules.newAddress(creator: sender, nonce: senderNonce)
            if machine.world.exists(account) {
                let balance = machine.world.balance(of: account)
                machine.world.setBalance(of: account, to: balance + refund)
            }
            refund = .zero
        }
        for address in machine.selfDestructs { machine.world.delete(address) }
        for address in machine.world.createdAccounts where machine.world.exists(address) {
            if machine.world.isEmpty(address) { machine.world.delete(address) }
        }
        statistics.instructions += machine.instructionCount
        statistics.peakMemoryWords = Swift.max(statistics.peakMemoryWords, machine.peakLimitedWords)
        statistics.loggedBytes = Swift.max(statistics.loggedBytes, machine.loggedBytes)
        let reported = Self.reportedGas(
            left: gasLeft, unrepresentable: keepsGas ? unrepresentableGas : .zero, schedule: schedule)
        let result = TransactionResult(
            status: status, output: output, gasLeft: reported, logs: machine.logs,
            refund: refund)
        return (result, machine.world.detachOverlay())
    }
}

extension TransactionProcessor {
    /// The gas the machine runs with, in internal units (`Sgasdivisor` per transaction unit), and
    /// the part of it that the machine cannot hold.
    ///
    /// The reference's gas is unbounded; ours is an `Int` of internal units, at most
    /// `Machine.maximumGas` (about 9.2·10^15 transaction units under DANSE). A larger limit runs
    /// with `Machine.maximumGas` and the rest is set aside: no cost that large is payable anyway
    /// (costs saturate to `Int.max`, which is above it, so they are OUT_OF_GAS), and the rest is
    /// handed back in the gas left, so a call that ends normally reports `limit - used` as the
    /// reference does instead of a saturated figure. The one visible difference: `@iele.gas` reads
    /// at most `Machine.maximumGas`.
    static func internalGas(transactionUnits: IeleInt, schedule: GasSchedule) -> (gas: Int, unrepresentable: IeleInt) {
        let units = transactionUnits * IeleInt(schedule.sGasDivisor)
        let gas = Swift.min(saturatedInt(units), Machine.maximumGas)
        return (gas, gas == Machine.maximumGas ? units - IeleInt(gas) : .zero)
    }

    /// `#adjustGas`: the gas left rounded up to transaction units, with any gas the machine could
    /// not hold (see `internalGas`) given back; the caller passes `.zero` for it when the
    /// transaction ended in an exception, which consumes all of its gas.
    static func reportedGas(left: Int, unrepresentable: IeleInt, schedule: GasSchedule) -> IeleInt {
        guard !unrepresentable.isZero else { return IeleInt(upDiv(left, schedule.sGasDivisor)) }
        let divisor = IeleInt(schedule.sGasDivisor)
        let total = IeleInt(left) + unrepresentable
        return (total + divisor - .one).quotient(dividingBy: divisor) ?? .zero
    }
}

extension Machine {
    /// Runs the outermost callee and returns how it ended and the gas it left; on failure the world
    /// and substate are already rolled back (`#endVM`).
    mutating func runTopLevel(_ entry: CallEntry) -> (Halt, gasLeft: Int) {
        let halt: Halt
        let gasLeft: Int
        switch entry {
        case .done(let result):
            halt = result.halt
            gasLeft = result.gasLeft
            topCheckpoint = (result.worldCheckpoint, result.substateCheckpoint)
        case .run(let callee):
            frame = callee
            enterCode()
            topCheckpoint = (callee.worldCheckpoint, callee.substateCheckpoint)
            halt = run()
            gasLeft = frame.gas
        }
        switch halt {
        case .exception:
            rollBackTopLevel()
            output = []
        case .revert:
            rollBackTopLevel()
            output = []
        case .end: break
        }
        return (halt, gasLeft)
    }

    /// `#popWorldState` / `#popSubstate` of the outermost call.
    mutating func rollBackTopLevel() {
        world.revert(to: topCheckpoint.world)
        restoreSubstate(topCheckpoint.substate)
    }
}
