import IeleBytecode
import IeleCheck
import IeleNumerics

/// The IELE virtual machine: runs transactions against a world state.
///
/// This is the API the test harness, the CLI and the node adapters use. Execution follows the K
/// reference semantics (iele.md, iele-gas.md) in its node mode: see `TransactionProcessor`.
public struct VirtualMachine: Sendable {
    /// The gas schedule every transaction is charged under.
    public var schedule: GasScheduleName

    public init(schedule: GasScheduleName = .danse) {
        self.schedule = schedule
    }

    /// Runs one transaction, updating `world` with its effects.
    ///
    /// - Parameters:
    ///   - transaction: the call or create to run.
    ///   - world: the state before; on return, the state after (including the sender's charge).
    ///   - block: the block the transaction is in.
    /// - Returns: the status, output, gas left, logs and refund the reference reports.
    public func execute(
        _ transaction: Transaction, in world: inout WorldState, block: BlockHeader
    ) -> TransactionResult {
        var statistics = ExecutionStatistics()
        return execute(transaction, in: &world, block: block, mode: .normal, statistics: &statistics)
    }

    /// Whether `code` may be deployed by a create transaction: it decodes (iele-binary.md
    /// `#isValidContract`) and is well-formed (well-formedness.md).
    /// - Parameters:
    ///   - code: the bytecode of a create transaction.
    ///   - schedule: the schedule it will run under (ALBE checks one rule differently).
    public static func isDeployable(_ code: [UInt8], schedule: GasScheduleName = .danse) -> Bool {
        guard !code.isEmpty, ProgramCache.shared.program(for: code) != nil,
            let file = try? Disassembler.disassemble(code)
        else { return false }
        let checkSchedule: CheckSchedule
        switch schedule {
        case .default: checkSchedule = .default
        case .albe: checkSchedule = .albe
        case .danse: checkSchedule = .danse
        }
        let checker = WellFormednessChecker(schedule: checkSchedule, includesAssemblerRules: false)
        return checker.check(file).isEmpty
    }
}
