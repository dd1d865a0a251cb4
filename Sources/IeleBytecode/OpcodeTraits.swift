/// What one opcode looks like in bytecode and where it belongs: one row of the opcode table.
///
/// The layout of an item is: the opcode byte, its `immediates` in order, then the register
/// operands packed into `ceil(NBITS × count / 8)` bytes (iele-binary.md, `#opWidth`). The register
/// count is `operands.count(arguments:results:)`, with the argument and result counts taken from
/// the immediates of call-like opcodes (`#numArgs`).
public struct OpcodeTraits: Hashable, Sendable {
    /// The name used by iele-binary.md (`ADD`, `LOADPOS`, `BRLABEL`, …) or, for the structural
    /// entries that K never names as opcodes, by the reference assembler (`REGISTERS`, `CALLDEST`, …).
    public var mnemonic: String
    /// The fields between the opcode byte and the register bytes, in order.
    public var immediates: [Immediate]
    /// How many register operands follow.
    public var operands: OperandShape
    /// The family of iele.md the instruction belongs to.
    public var family: OpcodeFamily
    /// True when control never falls through to the next instruction.
    public var isTerminator: Bool

    public init(
        _ mnemonic: String, immediates: [Immediate] = [], operands: OperandShape, family: OpcodeFamily,
        isTerminator: Bool = false
    ) {
        self.mnemonic = mnemonic
        self.immediates = immediates
        self.operands = operands
        self.family = family
        self.isTerminator = isTerminator
    }

    /// True for entries of the contract and function headers (never inside a function body).
    public var isStructural: Bool { family == .structure }

    /// The width of the fixed-size immediates, or nil when an immediate has a variable width
    /// (the constant of LOADPOS/LOADNEG, the payload of a string-table entry).
    public var fixedImmediateWidth: Int? {
        var width = 0
        for immediate in immediates {
            guard let w = immediate.width else { return nil }
            width += w
        }
        return width
    }
}

/// An immediate field of an opcode.
public enum Immediate: Hashable, Sendable {
    /// 2 bytes: a block label (`BR`, `BRC`, `BRLABEL`).
    case label
    /// 2 bytes: an index into the contract's function table (`LOCALCALL`, `CALL`, headers, …).
    case function
    /// 2 bytes: an index of an embedded contract (`CREATE`).
    case contract
    /// 2 bytes: the number of argument operands (calls, creates, function headers).
    case argumentCount
    /// 2 bytes: the number of result registers (`RETURN`: returned values; account calls: results
    /// after the status register).
    case resultCount
    /// A constant in the RLP-like form of data.md `#loadLen` / `#loadOffset`.
    case constant
    /// 1 byte: the register width NBITS (`REGISTERS`).
    case registerWidth
    /// 2 bytes of length then that many bytes (`FUNCTION` name, nested `CONTRACT`).
    case lengthPrefixedBytes

    /// The width in bytes, or nil when it depends on the bytes themselves.
    public var width: Int? {
        switch self {
        case .label, .function, .contract, .argumentCount, .resultCount: 2
        case .registerWidth: 1
        case .constant, .lengthPrefixedBytes: nil
        }
    }
}

/// How many register operands an opcode has (iele-binary.md, `#numArgs`).
public enum OperandShape: Hashable, Sendable {
    /// Exactly this many.
    case fixed(Int)
    /// This many plus the argument count plus the result count of the immediates.
    case variable(fixed: Int)

    /// The register count given the immediates' argument and result counts.
    public func count(arguments: Int, results: Int) -> Int {
        switch self {
        case .fixed(let n): n
        case .variable(let n): n + arguments + results
        }
    }
}

/// Instruction families, following the sections of iele.md.
public enum OpcodeFamily: String, Hashable, Sendable, CaseIterable {
    case arithmetic, modular, bitwise, comparison, hashing
    case blockchainQuery, localMemory, storage, constant
    case control, call, creation, logging, termination
    /// Contract and function headers and string-table entries.
    case structure
}
