import IeleSyntax

/// Everything decoded from one account's bytecode: the contracts, in the order of the reference's
/// `#dasmContract` (each embedded contract, after the contracts it embeds, before the contract
/// that embeds it; the main contract last), with what the VM needs besides the syntax tree.
public struct DecodedProgram: Hashable, Sendable {
    public var contracts: [DecodedContract]

    public init(contracts: [DecodedContract]) {
        self.contracts = contracts
    }

    /// The main contract: the last one.
    public var main: DecodedContract? { contracts.last }

    /// The contracts as a source file, ready for the well-formedness check, the printer or the VM.
    public var sourceFile: SourceFile {
        SourceFile(contracts: contracts.map(\.contract))
    }
}

/// One contract of a decoded program.
public struct DecodedContract: Hashable, Sendable {
    /// The name `#dasmContract` gives it: the name asked for for the main contract, and
    /// `PARENT.M` for the contract of the parent's M-th string-table entry.
    public var name: Name
    /// The syntax tree: external contract declarations (in entry order), then the functions.
    public var contract: Contract
    /// Offset of the contract's 4-byte length field in the decoded input.
    public var offset: Int
    /// `#contractSize`: the length field plus 4. What `@iele.codesize`-style rules and the code
    /// deposit of `create` measure.
    public var size: Int
    /// `#contractBytes`: the bytes the reference keeps for this contract, from its length field to
    /// the end of the range it was decoded from (the whole input for the main contract, the
    /// payload of its 0x6a entry for an embedded one). Any bytes after `size` are ignored by
    /// decoding but kept here, as the reference does.
    public var code: ArraySlice<UInt8>
    /// NBITS: the width in bits of each register field.
    public var registerWidth: Int
    /// The function table: string-table index → function name. Index 0 is always `init`.
    public var functionNames: [Int: Name]
    /// The embedded contracts: string-table index (the operand of `CREATE`) → contract name.
    public var embeddedContracts: [Int: Name]
    /// The function definitions, in bytecode order.
    public var functions: [DecodedFunction]

    public init(
        name: Name, contract: Contract, offset: Int, size: Int, code: ArraySlice<UInt8>, registerWidth: Int,
        functionNames: [Int: Name], embeddedContracts: [Int: Name], functions: [DecodedFunction]
    ) {
        self.name = name
        self.contract = contract
        self.offset = offset
        self.size = size
        self.code = code
        self.registerWidth = registerWidth
        self.functionNames = functionNames
        self.embeddedContracts = embeddedContracts
        self.functions = functions
    }
}

/// The header and register use of one decoded function.
public struct DecodedFunction: Hashable, Sendable {
    /// The function's name: its string-table entry, or its index as a numeric name when the
    /// table has none (`getIeleName(FUNCS[I] orDefault I)`).
    public var name: Name
    /// The index in the function header (0 for `init`).
    public var index: Int
    /// True for `define public` (header 0x68).
    public var isPublic: Bool
    /// The number of parameters; they are registers 0 … arity - 1.
    public var arity: Int
    /// Offset of the function header in the decoded input.
    public var offset: Int
    /// One more than the largest register the body mentions, 0 when it mentions none
    /// (iele.md `#computeNRegs`). Registers are numbered below `DecodeLimits.maximumRegisters`;
    /// with no limit and a huge register this saturates at `Int.max`.
    public var registerCount: Int

    public init(name: Name, index: Int, isPublic: Bool, arity: Int, offset: Int, registerCount: Int) {
        self.name = name
        self.index = index
        self.isPublic = isPublic
        self.arity = arity
        self.offset = offset
        self.registerCount = registerCount
    }
}
