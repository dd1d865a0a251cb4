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
        TransactionProcessor(schedule: GasSchedule(schedule)).execute(transaction, in: &world, block: block)
    }

    /// Whether `code` may be deployed by a create transaction: it decodes (iele-binary.md
    /// `#isValidContract`) and is well-formed (well-formedness.md).
    public static func isDeployable(_ code: [UInt8]) -> Bool {
        ProgramCache.shared.program(for: code) != nil && !code.isEmpty
    }
}
