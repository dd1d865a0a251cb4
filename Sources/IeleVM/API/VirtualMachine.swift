import IeleBytecode
import IeleCheck
import IeleNumerics

/// The IELE virtual machine: runs transactions against a world.
///
/// This is the API the test harness, the CLI and the node adapters use. Execution follows the K
/// reference semantics (iele.md, iele-gas.md) in its node mode: see `TransactionProcessor`. The
/// world is read through a ``Host`` and the changes come back as ``StateChanges``
/// (``execute(_:on:block:mode:)``); the `inout WorldState` forms run against the in-memory world
/// and apply the changes to it.
public struct VirtualMachine: Sendable {
    /// What differs between networks: gas schedule, addresses, account rules.
    public var rules: ChainRules

    /// The gas schedule every transaction is charged under (`rules.scheduleName`).
    public var schedule: GasScheduleName {
        get { rules.scheduleName }
        set { rules.scheduleName = newValue }
    }

    public init(rules: ChainRules = .danse) {
        self.rules = rules
    }

    /// A machine for the reference network of `schedule`.
    public init(schedule: GasScheduleName) {
        self.init(rules: ChainRules(schedule: schedule))
    }

    /// Runs one transaction against `host` and returns what it produced, including the state
    /// changes; the host is only read.
    ///
    /// - Parameters:
    ///   - transaction: the call or create to run.
    ///   - host: the world before the transaction.
    ///   - block: the block the transaction is in.
    ///   - mode: `.normal`, or `.vmTests` for the reference's VMTESTS rules.
    /// - Returns: the result the reference reports and the changes for the host to write.
    public func execute(
        _ transaction: Transaction, on host: some Host, block: BlockHeader, mode: ExecutionMode = .normal
    ) -> TransactionOutcome {
        var statistics = ExecutionStatistics()
        let (result, overlay) = TransactionProcessor(rules: rules, mode: mode)
            .execute(transaction, on: host, block: block, statistics: &statistics)
        return TransactionOutcome(result: result, changes: overlay.changes)
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
        case .danse, .calibrated: checkSchedule = .danse
        }
        let checker = WellFormednessChecker(schedule: checkSchedule, includesAssemblerRules: false)
        return checker.check(file).isEmpty
    }
}
