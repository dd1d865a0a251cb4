import IeleSyntax

/// One violation of a well-formedness rule, with where it happened.
///
/// A checker reports every violation it finds, so a contract author can fix them all at once.
/// Locations come from the syntax tree; contracts disassembled from bytecode carry
/// `SourceLocation.unknown`, which `formatted(fileName:)` leaves out.
public struct CheckDiagnostic: Hashable, Sendable, CustomStringConvertible {
    /// The rule that is broken.
    public var rule: CheckRule
    /// The contract in which it is broken.
    public var contract: Name
    /// The function in which it is broken, or nil for contract-level rules.
    public var function: Name?
    /// Where the offending construct starts (`.unknown` for disassembled code).
    public var location: SourceLocation
    /// What exactly is wrong, naming the names and numbers involved (from `CheckCatalog.swift`).
    public var message: String

    /// Creates a diagnostic; the checker does, with a message from the catalog.
    public init(rule: CheckRule, contract: Name, function: Name?, location: SourceLocation, message: String) {
        self.rule = rule
        self.contract = contract
        self.function = function
        self.location = location
        self.message = message
    }

    /// The diagnostic as one line without a file name: `line:column: contract C, …: message [rule-id]`.
    public var description: String { formatted(fileName: nil) }
}

/// The error of `WellFormednessChecker.validate(_:)`: the contract is ill-formed.
public struct CheckFailure: Error, Hashable, Sendable, CustomStringConvertible {
    /// Every violation found, in source order; never empty.
    public var diagnostics: [CheckDiagnostic]

    /// Wraps the violations a check found.
    public init(diagnostics: [CheckDiagnostic]) {
        self.diagnostics = diagnostics
    }

    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}
