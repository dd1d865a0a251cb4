import IeleSyntax

/// The well-formedness checker of IELE contracts (well-formedness.md).
///
/// A contract is well-formed when the reference's K checker accepts it: names are defined
/// once and not reserved, every contract defines `@init`, jumps reach labels of their
/// function, local calls agree with the callee's arity, returns agree with each other,
/// `create` names a declared external contract, and so on (`CheckRule` lists every rule).
/// The checker reports every violation, not only the first, and never throws or traps.
///
/// It works on any syntax tree: parsed from text (with locations), or disassembled from
/// bytecode at deployment (numbered registers and labels, nested contracts named like
/// `Main.1`, `SourceLocation.unknown` everywhere), where a non-empty result means
/// CONTRACT_INVALID.
public struct WellFormednessChecker: Sendable {
    /// The schedule whose rules apply; only ALBE differs (it forbids local calls to `@init`).
    public var schedule: CheckSchedule
    /// Whether to also apply the assembler's check that global operands are defined
    /// (`CheckRule.undefinedGlobal`, which the K checker does not make). Source files should keep
    /// it; a VM that must decide CONTRACT_INVALID exactly as the reference does may turn it off,
    /// although disassembled code never has named global operands.
    public var includesAssemblerRules: Bool

    /// Creates a checker.
    /// - Parameters:
    ///   - schedule: the gas schedule the contract will run under; DANSE by default.
    ///   - includesAssemblerRules: whether to apply `CheckRule.undefinedGlobal`; true by default.
    public init(schedule: CheckSchedule = .danse, includesAssemblerRules: Bool = true) {
        self.schedule = schedule
        self.includesAssemblerRules = includesAssemblerRules
    }

    /// Checks every contract of a program, in order.
    /// - Parameter file: the program; its last contract is the main one.
    /// - Returns: every violation found, contract by contract: first those of the contract's
    ///   name and top-level definitions, then those of the function bodies, each in source order.
    ///   Empty when the program is well-formed.
    public func check(_ file: SourceFile) -> [CheckDiagnostic] {
        guard !file.contracts.isEmpty else {
            return [
                CheckDiagnostic(
                    rule: .noContracts, contract: Name(bytes: []), function: nil, location: .unknown,
                    message: CheckMessage.noContracts())
            ]
        }
        var diagnostics: [CheckDiagnostic] = []
        var earlier: Set<Name> = []
        for contract in file.contracts {
            diagnostics += checkContract(contract, after: earlier)
            earlier.insert(contract.name)
        }
        return diagnostics
    }

    /// Checks one contract of a program.
    ///
    /// The contracts that precede it in `file` are the ones it may declare external (and
    /// must not share its name with).
    /// - Parameters:
    ///   - contract: the contract to check; if it occurs in `file`, its first occurrence counts.
    ///   - file: the program the contract belongs to.
    /// - Returns: the violations found in this contract; empty when it is well-formed.
    public func checkContract(_ contract: Contract, in file: SourceFile) -> [CheckDiagnostic] {
        let position = file.contracts.firstIndex(of: contract) ?? file.contracts.endIndex
        return checkContract(contract, after: Set(file.contracts[..<position].map(\.name)))
    }

    /// Checks a program and throws when it is ill-formed.
    /// - Parameter file: the program.
    /// - Throws: `CheckFailure` with every violation, when there is at least one.
    public func validate(_ file: SourceFile) throws(CheckFailure) {
        let diagnostics = check(file)
        if !diagnostics.isEmpty { throw CheckFailure(diagnostics: diagnostics) }
    }

    private func checkContract(_ contract: Contract, after earlier: Set<Name>) -> [CheckDiagnostic] {
        var checker = ContractChecker(
            contract: contract, earlierContracts: earlier, schedule: schedule,
            includesAssemblerRules: includesAssemblerRules)
        return checker.run()
    }
}
