import IeleNumerics

/// A parsed IELE source file: one or more contracts, the last being the main contract.
public struct SourceFile: Hashable, Sendable {
    public var contracts: [Contract]

    public init(contracts: [Contract]) {
        self.contracts = contracts
    }

    /// The main contract: the last one in the file.
    public var mainContract: Contract? { contracts.last }
}

/// `contract NAME { … }`: a unit of code deployed with one account.
public struct Contract: Hashable, Sendable {
    public var name: Name
    public var definitions: [TopLevelDefinition]
    public var location: SourceLocation

    public init(name: Name, definitions: [TopLevelDefinition], location: SourceLocation = .unknown) {
        self.name = name
        self.definitions = definitions
        self.location = location
    }

    /// The function definitions, in source order.
    public var functions: [FunctionDefinition] {
        definitions.compactMap { if case .function(let f) = $0 { f } else { nil } }
    }

    /// The global constant definitions, in source order.
    public var globals: [GlobalDefinition] {
        definitions.compactMap { if case .global(let g) = $0 { g } else { nil } }
    }

    /// The names of the `external contract` declarations, in source order.
    public var externalContracts: [Name] {
        definitions.compactMap { if case .externalContract(let name, _) = $0 { name } else { nil } }
    }
}

/// What a contract's body holds.
public enum TopLevelDefinition: Hashable, Sendable {
    /// `external contract NAME`
    case externalContract(Name, location: SourceLocation)
    /// `@NAME = CONSTANT`
    case global(GlobalDefinition)
    /// `define [public] @NAME(%a, …) { … }`
    case function(FunctionDefinition)
}

/// `@NAME = CONSTANT`: a contract-wide constant.
public struct GlobalDefinition: Hashable, Sendable {
    public var name: Name
    public var value: IeleInt
    public var location: SourceLocation

    public init(name: Name, value: IeleInt, location: SourceLocation = .unknown) {
        self.name = name
        self.value = value
        self.location = location
    }
}

/// `define [public] @NAME(%a, …) { blocks }`.
public struct FunctionDefinition: Hashable, Sendable {
    public var name: Name
    public var isPublic: Bool
    public var parameters: [Name]
    /// The body. Only the first block may lack a label.
    public var blocks: [Block]
    public var location: SourceLocation

    public init(
        name: Name, isPublic: Bool, parameters: [Name], blocks: [Block], location: SourceLocation = .unknown
    ) {
        self.name = name
        self.isPublic = isPublic
        self.parameters = parameters
        self.blocks = blocks
        self.location = location
    }
}

/// A basic block: an optional label and the instructions that follow it.
public struct Block: Hashable, Sendable {
    public var label: Name?
    public var instructions: [LocatedInstruction]
    public var location: SourceLocation

    public init(label: Name?, instructions: [LocatedInstruction], location: SourceLocation = .unknown) {
        self.label = label
        self.instructions = instructions
        self.location = location
    }
}

/// An instruction and where it was written, so errors can point at it.
public struct LocatedInstruction: Hashable, Sendable {
    public var instruction: Instruction
    public var location: SourceLocation

    public init(_ instruction: Instruction, at location: SourceLocation = .unknown) {
        self.instruction = instruction
        self.location = location
    }
}
