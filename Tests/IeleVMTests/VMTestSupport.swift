import IeleBytecode
import IeleNumerics
import IeleSyntax
import Testing

@testable import IeleVM

/// What one direct call of a contract function produced, with the gas in instruction units.
struct CallOutcome {
    var status: Int?
    var revertValue: IeleInt?
    var output: [IeleInt]
    var gasUsed: Int
    var machine: Machine
}

/// Helpers that assemble inline IELE text and run one function under a schedule.
enum VM {
    static let contractAddress: IeleInt = 0x1000
    static let sender: IeleInt = 0xaaaa

    static func assemble(_ source: String) throws -> [UInt8] {
        try Assembler.assemble(try Parser.parse(source))
    }

    /// Runs one transaction calling `function` of the contract in `source` through the public API
    /// (gas in transaction units, DANSE), returning its result and the statistics it collected.
    static func transact(
        _ source: String, _ function: String = "f", _ arguments: [IeleInt] = [], gasLimit: IeleInt
    ) throws -> (TransactionResult, ExecutionStatistics) {
        var world = WorldState()
        world[contractAddress] = Account(nonce: 1, code: try assemble(source))
        world[sender] = Account(balance: 1_000_000_000)
        var statistics = ExecutionStatistics()
        let call = Transaction(
            from: sender, to: contractAddress, function: function, arguments: arguments, gasLimit: gasLimit)
        let result = VirtualMachine().execute(call, in: &world, block: BlockHeader(), statistics: &statistics)
        return (result, statistics)
    }

    /// Calls `function` of the contract in `source` with `arguments`, giving it `gas`.
    static func call(
        _ source: String, _ function: String = "f", _ arguments: [IeleInt] = [], schedule: GasSchedule = .danse,
        gas: Int = 1_000_000_000, value: IeleInt = 0, world extra: [IeleInt: Account] = [:]
    ) throws -> CallOutcome {
        let code = try assemble(source)
        var world = WorldState(accounts: extra)
        world[contractAddress] = Account(nonce: 1, balance: 1_000_000, code: code)
        world[sender] = Account(balance: 1_000_000_000)
        var machine = Machine(
            schedule: schedule, block: BlockHeader(number: 5, gasLimit: 9999, timestamp: 77), origin: sender,
            gasPrice: 1, world: WorldJournal(host: world))
        let entry = machine.enterCall(
            from: sender, to: contractAddress, callee: .name(Array(function.utf8)), gas: gas, value: value,
            arguments: arguments, isStatic: false, depth: 0, completion: .transactionCall)
        let (halt, left) = machine.runTopLevel(entry)
        switch halt {
        case .end:
            return CallOutcome(status: 0, output: machine.output, gasUsed: gas - left, machine: machine)
        case .revert(let v):
            return CallOutcome(status: nil, revertValue: v, output: [], gasUsed: gas - left, machine: machine)
        case .exception(let s):
            return CallOutcome(status: s.code, output: [], gasUsed: gas, machine: machine)
        }
    }
}
