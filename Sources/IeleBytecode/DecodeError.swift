/// Why bytes are not a valid IELE contract, and the byte offset (from the start of the input)
/// where the problem was found.
public struct DecodeError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What is wrong.
    public enum Kind: Hashable, Sendable {
        /// Fewer than 6 bytes where a contract header (4-byte length, 0x63, NBITS) must be.
        case truncatedHeader
        /// The fifth byte of a contract is not 0x63 (`c`).
        case badMagic(UInt8)
        /// The contract's length field is below 2 or claims more bytes than are left.
        case badContractLength(claimed: UInt64, available: Int)
        /// A string-table entry's length runs past the end of the contract.
        case entryPastEnd(claimed: Int, available: Int)
        /// An embedded contract entry (0x6a) of length zero.
        case emptyEmbeddedContract
        /// Contracts embedded deeper than `DecodeLimits.maximumNesting`.
        case nestingTooDeep(limit: Int)
        /// Where a function header (0x67 / 0x68) must be, another byte.
        case expectedFunctionHeader(found: UInt8)
        /// A function header with fewer than 5 bytes left.
        case truncatedFunctionHeader
        /// A byte that is no instruction opcode.
        case unknownOpcode(UInt8)
        /// A LOADPOS / LOADNEG constant whose length prefix is missing or runs past the end.
        case malformedConstant
        /// An instruction whose immediates or register bytes run past the end of the contract.
        case truncatedInstruction(Opcode, needed: Int, available: Int)
        /// A register number at or above `DecodeLimits.maximumRegisters`.
        case registerOutOfRange(limit: Int)
        /// A jump to a label that the function does not define.
        case undefinedLabel(Int)
        /// More register operands and parameters than `DecodeLimits.operandsPerByte` allows.
        case tooManyOperands
        /// A `create` whose string-table entry is not an embedded contract of its contract.
        case undeclaredContract(Int)
        /// A static local call to a builtin's name (`iele.gas`, `iele.invalid`, …) with other
        /// result or argument counts than the builtin has.
        case builtinMisuse(name: String, results: Int, arguments: Int)
    }

    public var kind: Kind
    /// Offset of the offending byte in the decoded input.
    public var offset: Int

    public init(_ kind: Kind, at offset: Int) {
        self.kind = kind
        self.offset = offset
    }

    public var description: String {
        "byte offset \(offset): " + message
    }

    private var message: String {
        switch kind {
        case .truncatedHeader: "contract header truncated (needs 4 length bytes, 0x63 and NBITS)"
        case .badMagic(let byte): "expected contract marker 0x63, found 0x\(String(byte, radix: 16))"
        case .badContractLength(let claimed, let available):
            "contract length \(claimed) is invalid (must be at least 2 and at most \(available))"
        case .entryPastEnd(let claimed, let available):
            "string-table entry of \(claimed) bytes runs past the end (\(available) left)"
        case .emptyEmbeddedContract: "embedded contract entry of length 0"
        case .nestingTooDeep(let limit): "contracts embedded more than \(limit) levels deep"
        case .expectedFunctionHeader(let byte):
            "expected a function header (0x67/0x68), found 0x\(String(byte, radix: 16))"
        case .truncatedFunctionHeader: "function header truncated"
        case .unknownOpcode(let byte): "unknown opcode 0x\(String(byte, radix: 16))"
        case .malformedConstant: "constant of LOADPOS/LOADNEG is malformed or runs past the end"
        case .truncatedInstruction(let opcode, let needed, let available):
            "\(opcode.traits.mnemonic) needs \(needed) bytes, only \(available) left"
        case .registerOutOfRange(let limit): "register number not below the limit \(limit)"
        case .undefinedLabel(let label): "jump to label \(label), which the function does not define"
        case .tooManyOperands: "more register operands and parameters than the input size allows"
        case .undeclaredContract(let index): "create of string-table entry \(index), which is no embedded contract"
        case .builtinMisuse(let name, let results, let arguments):
            "local call to @\(name) with \(results) results and \(arguments) arguments, unlike the builtin"
        }
    }
}
