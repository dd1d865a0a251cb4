import IeleSyntax

extension Opcode {
    /// The builtins that are written as local calls (`%g = call @iele.gas()`) but assemble to
    /// their own opcode, with their argument counts. Every one returns exactly one value.
    /// Source: the reference assembler's `builtins` table and iele-binary.md `#dasmInstruction`.
    public static let builtinQueries: [(name: Name, opcode: Opcode, arguments: Int)] = [
        ("iele.callvalue", .callValue, 0),
        ("iele.gaslimit", .gasLimit, 0),
        ("iele.gasprice", .gasPrice, 0),
        ("iele.gas", .gas, 0),
        ("iele.address", .address, 0),
        ("iele.origin", .origin, 0),
        ("iele.caller", .caller, 0),
        ("iele.codesize", .codeSize, 0),
        ("iele.beneficiary", .beneficiary, 0),
        ("iele.timestamp", .timestamp, 0),
        ("iele.number", .number, 0),
        ("iele.difficulty", .difficulty, 0),
        ("iele.msize", .msize, 0),
        ("iele.extcodesize", .extCodeSize, 1),
        ("iele.blockhash", .blockHash, 1),
        ("iele.balance", .balance, 1),
    ]

    /// `@iele.invalid`: no results, no arguments, assembles to `INVALID`.
    public static let invalidBuiltinName: Name = "iele.invalid"

    /// The query opcode a builtin name stands for, with its argument count.
    public static func builtinQuery(named name: Name) -> (opcode: Opcode, arguments: Int)? {
        for entry in builtinQueries where entry.name == name {
            return (entry.opcode, entry.arguments)
        }
        return nil
    }

    /// The `@iele.*` name of a query opcode, when it is one.
    public var builtinName: Name? {
        Self.builtinQueries.first { $0.opcode == self }?.name
    }
}
