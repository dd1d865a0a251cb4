import IeleNumerics
import IeleSyntax
import IeleBytecode
import IeleVM

/// A failure that stops one benchmark (assembly, deployment, or a wrong result).
struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// An in-memory chain with one funded sender: deploys a contract and calls it from a fixed pre-state.
///
/// The world is a value, so "the same pre-state for every run" is a copy of `world` taken before
/// the call; the copy is lazy (copy-on-write) and whatever the engine copies on its first write
/// is part of the measured call, as it would be on a node.
struct BenchChain {
    static let sender: IeleInt = 0x1000
    static let gasLimit = IeleInt(1 << 40)

    var world = WorldState(accounts: [sender: Account(balance: IeleInt(1 << 62) * IeleInt(1 << 62))])
    let machine: VirtualMachine
    let block = BlockHeader(number: 1, gasLimit: IeleInt(Int.max), timestamp: 1)

    /// A chain charging under `schedule` (DANSE, the reference's current schedule, by default).
    init(schedule: GasScheduleName = .danse) {
        machine = VirtualMachine(schedule: schedule)
    }

    /// Parses and assembles IELE text; the last contract of the file is the one deployed.
    static func assemble(path: String) throws(BenchError) -> [UInt8] {
        guard let text = FileText.read(path) else { throw BenchError("cannot read \(path)") }
        return try assemble(text: text, name: path)
    }

    /// Parses and assembles IELE source held in memory (`name` only labels errors).
    static func assemble(text: String, name: String) throws(BenchError) -> [UInt8] {
        let file: SourceFile
        do {
            file = try Parser.parse(text, fileName: name)
        } catch {
            throw BenchError("\(name): \(error)")
        }
        do {
            return try Assembler.assemble(file)
        } catch {
            throw BenchError("\(name): \(error)")
        }
    }

    func transaction(to: IeleInt?, function: String, arguments: [IeleInt], code: [UInt8] = []) -> Transaction {
        Transaction(
            from: BenchChain.sender, to: to, function: function, arguments: arguments, contractCode: code,
            gasLimit: BenchChain.gasLimit, gasPrice: 1, nonce: world[BenchChain.sender]?.nonce ?? 0)
    }

    /// Deploys `code` with `@init(arguments…)`, returning the new account's address.
    mutating func deploy(_ code: [UInt8], arguments: [IeleInt] = []) throws(BenchError) -> IeleInt {
        let result = machine.execute(
            transaction(to: nil, function: "", arguments: arguments, code: code), in: &world, block: block)
        guard result.status.isZero, let address = result.output.first else {
            throw BenchError("deployment failed with status \(result.status)")
        }
        return address
    }

    /// Runs one call and keeps its effects.
    mutating func call(_ address: IeleInt, _ function: String, _ arguments: [IeleInt]) -> TransactionResult {
        machine.execute(transaction(to: address, function: function, arguments: arguments), in: &world, block: block)
    }

    /// Gas the call used, in transaction units (intrinsic gas included).
    static func gasUsed(_ result: TransactionResult) -> IeleInt {
        gasLimit - result.gasLeft
    }
}
