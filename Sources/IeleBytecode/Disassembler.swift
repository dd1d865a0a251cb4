import IeleSyntax

/// Validates and decodes IELE bytecode into syntax trees, following iele-binary.md:
/// `#isValidContract` for what is accepted and `#dasmContract` / `#dasmFunction` /
/// `#dasmInstruction` for what it means.
///
/// - Registers come out as numeric names (`%3`), labels as numeric names, parameters as `%0 …
///   %(arity-1)`, functions named from the string table (`init` for index 0).
/// - An embedded contract (0x6a entry) is named `PARENT.M`, M being its string-table index, and
///   comes before its parent; `create` names it the same way.
/// - The main contract's external-contract declarations are listed in entry order. (K's
///   `#dasmContract` conses them, which reverses them; the order has no meaning to the
///   semantics, and entry order makes disassemble-then-assemble give back the same bytes.)
/// - Bytes after a contract's declared length are ignored, as in K (they are still part of
///   `DecodedContract.code`).
/// - Empty input is the reference's `#emptyCode`: contract `iele.Wallet` of size 0 with one
///   public function `@deposit` that returns nothing.
///
/// Decoding runs in time and memory linear in the input: no length is trusted before it is
/// checked against the bytes left, embedded contracts are walked with an explicit stack bounded
/// by `DecodeLimits.maximumNesting`, and register numbers are bounded by
/// `DecodeLimits.maximumRegisters`.
public enum Disassembler {
    /// The contracts in `bytes`, main contract last and named `contractName`.
    public static func disassemble(_ bytes: [UInt8], contractName: Name = "Main") throws(DecodeError) -> SourceFile {
        try decode(bytes, contractName: contractName).sourceFile
    }

    /// The contracts in `bytes` with the metadata the VM needs (register width, sizes, code
    /// slices, function tables).
    public static func decode(_ bytes: [UInt8], contractName: Name = "Main", limits: DecodeLimits = .standard)
        throws(DecodeError) -> DecodedProgram
    {
        if bytes.isEmpty { return emptyCode }
        var decoder = ContractWalker(reader: BytecodeReader(bytes: bytes), limits: limits)
        return DecodedProgram(contracts: try decoder.walk(name: contractName))
    }

    /// `#isValidContract`: whether the reference accepts `bytes` as contract code. Register
    /// numbers, jump targets, operand counts and nesting are unchecked, as there; nothing but
    /// the walk's stack is allocated.
    public static func isValidContract(_ bytes: [UInt8]) -> Bool {
        if bytes.isEmpty { return true }
        let limits = DecodeLimits(
            maximumRegisters: nil, maximumNesting: Int.max, requiresDefinedLabels: false, operandsPerByte: nil,
            requiresDeclaredTargets: false)
        var walker = ContractWalker(reader: BytecodeReader(bytes: bytes), limits: limits, buildsSyntax: false)
        do {
            _ = try walker.walk(name: "")
            return true
        } catch {
            return false
        }
    }

    /// The reference's `#emptyCode`, the code of an account without code.
    public static var emptyCode: DecodedProgram {
        let deposit = FunctionDefinition(
            name: "deposit", isPublic: true, parameters: [],
            blocks: [Block(label: nil, instructions: [LocatedInstruction(.ret(values: []))])])
        let contract = Contract(name: "iele.Wallet", definitions: [.function(deposit)])
        let decoded = DecodedContract(
            name: "iele.Wallet", contract: contract, offset: 0, size: 0, code: [], registerWidth: 0,
            functionNames: [0: "init"], embeddedContracts: [:],
            functions: [
                DecodedFunction(name: "deposit", index: 0, isPublic: true, arity: 0, offset: 0, registerCount: 0)
            ])
        return DecodedProgram(contracts: [decoded])
    }
}
