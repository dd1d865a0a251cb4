import FuzzSupport
import IeleBytecode
import IeleNumerics
import IeleVM

/// Bytecode plus call arguments under a gas limit (`InterpreterInput`): runs the transaction
/// twice from the same world and checks that the engine does not trap, that the gas used lies in
/// [0, limit] (when the limit covers the intrinsic gas), and that both runs give the same result
/// and the same world.
func testOneInput(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let input = InterpreterInput(FuzzCheck.bytes(data, count))
    guard FuzzCheck.hasFewOperands(input.code) else { return 0 }
    let chain = FuzzChain(input)
    var first = chain.world
    let result = chain.run(in: &first)
    var second = chain.world
    let again = chain.run(in: &second)
    FuzzCheck.require(result == again, "two runs differ: \(result) then \(again)")
    FuzzCheck.require(first == second, "two runs leave different worlds")
    // Below the intrinsic gas the reference still runs the transaction, with negative gas
    // (iele-testing.md `loadTx`: `(GLIMIT -Int G0(…)) *Int Sgasdivisor`), and a contract that fails
    // `#checkContract` gets that negative amount back: gas left is then down to `limit - G0`.
    let limit = IeleInt(input.gasLimit)
    let intrinsic = IeleInt(GasSchedule.danse.intrinsicGas(of: chain.transaction))
    let floor = limit >= intrinsic ? IeleInt.zero : limit - intrinsic
    FuzzCheck.require(
        result.gasLeft >= floor && result.gasLeft <= limit,
        "gas left \(result.gasLeft) outside [\(floor), \(limit)] (status \(result.status))")
    return 0
}

/// One sender and, unless the input deploys, one contract account holding the input's code.
struct FuzzChain {
    static let sender: IeleInt = 0x1000
    static let contract: IeleInt = 0x2000
    let world: WorldState
    let transaction: Transaction
    let machine = VirtualMachine(schedule: .danse)
    let block = BlockHeader(number: 1, gasLimit: IeleInt(Int.max), timestamp: 1)

    init(_ input: InterpreterInput) {
        var world = WorldState(accounts: [FuzzChain.sender: Account(balance: IeleInt(1 << 62))])
        if input.deploys {
            transaction = Transaction(
                from: FuzzChain.sender, to: nil, arguments: input.arguments, contractCode: input.code,
                value: 7, gasLimit: IeleInt(input.gasLimit), gasPrice: 1)
        } else {
            world[FuzzChain.contract] = Account(balance: 1000, storage: [1: 2], code: input.code)
            transaction = Transaction(
                from: FuzzChain.sender, to: FuzzChain.contract, function: Self.function(input),
                arguments: input.arguments, value: 7, gasLimit: IeleInt(input.gasLimit), gasPrice: 1)
        }
        self.world = world
    }

    func run(in world: inout WorldState) -> TransactionResult {
        machine.execute(transaction, in: &world, block: block)
    }

    /// Public function `functionSelector` of the code's main contract, in order, when the
    /// disassembler accepts it; else `main`, a name the VM will not find.
    static func function(_ input: InterpreterInput) -> String {
        guard let main = try? Disassembler.decode(input.code).main else { return "main" }
        let names = main.functions.filter(\.isPublic).map(\.name.text)
        guard !names.isEmpty else { return "main" }
        return names[input.functionSelector % names.count]
    }
}

FuzzDriver.run { testOneInput($0, $1) }
