import IeleNumerics
import IeleVM

/// One contract benchmark: a contract, how to set it up, the transactions of one timed run, and
/// how to check what they produced.
struct ContractWorkload {
    /// One transaction of a run.
    struct Call {
        var function: String
        var arguments: [IeleInt]
    }

    var name: String
    /// What the workload exercises, for the report.
    var summary: String
    var sourcePath: String
    var initArguments: [IeleInt] = []
    /// The transactions of one run, all sent from the same pre-state in order.
    var calls: [Call]
    /// Operations per run (e.g. transfers), to also report time per operation.
    var operations: Int = 1
    /// Returns nil when the run's results are right, or what is wrong.
    var check: (_ results: [TransactionResult], _ world: WorldState, _ contract: IeleInt) -> String?
}

/// A contract workload that has been deployed: the pre-state every run starts from.
struct PreparedWorkload {
    var workload: ContractWorkload
    var chain: BenchChain
    var contract: IeleInt
    var transactions: [Transaction]

    init(_ workload: ContractWorkload) throws(BenchError) {
        self.workload = workload
        let code = try BenchChain.assemble(path: workload.sourcePath)
        var chain = BenchChain()
        contract = try chain.deploy(code, arguments: workload.initArguments)
        self.chain = chain
        // Each transaction of a run carries the sender's nonce at that point of the run.
        var nonce = chain.world[BenchChain.sender]?.nonce ?? 0
        var transactions: [Transaction] = []
        for call in workload.calls {
            var transaction = chain.transaction(to: contract, function: call.function, arguments: call.arguments)
            transaction.nonce = nonce
            nonce += 1
            transactions.append(transaction)
        }
        self.transactions = transactions
    }

    /// One run from the pre-state: every transaction in order. Returns the results and the world after.
    func run() -> ([TransactionResult], WorldState) {
        var world = chain.world
        var results: [TransactionResult] = []
        results.reserveCapacity(transactions.count)
        for transaction in transactions {
            results.append(chain.machine.execute(transaction, in: &world, block: chain.block))
        }
        return (results, world)
    }

    /// The same run without keeping results, for timing.
    func timedRun() {
        var world = chain.world
        for transaction in transactions {
            blackHole(chain.machine.execute(transaction, in: &world, block: chain.block))
        }
        blackHole(world)
    }

    /// Checks one run's results: every status 0, then the workload's own check.
    func verify() -> String? {
        let (results, world) = run()
        if let failed = results.firstIndex(where: { !$0.status.isZero }) {
            let function = workload.calls[failed].function
            return "transaction \(failed) (\(function)) ended with status \(results[failed].status)"
        }
        return workload.check(results, world, contract)
    }

    /// Gas used by one run, in transaction units.
    func gasUsed() -> IeleInt {
        let (results, _) = run()
        return results.reduce(IeleInt.zero) { $0 + BenchChain.gasUsed($1) }
    }
}
