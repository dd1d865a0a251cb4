extension Opcode {
    /// This opcode's row of the table.
    public var traits: OpcodeTraits {
        Self.table[Int(rawValue)] ?? row
    }

    /// Every opcode's traits by byte value, built once.
    private static let table: [OpcodeTraits?] = {
        var table = [OpcodeTraits?](repeating: nil, count: 256)
        for opcode in Opcode.allCases { table[Int(opcode.rawValue)] = opcode.row }
        return table
    }()

    /// The table row, written out.
    private var row: OpcodeTraits {
        switch self {
        case .add: Self.ternary("ADD", .arithmetic)
        case .mul: Self.ternary("MUL", .arithmetic)
        case .sub: Self.ternary("SUB", .arithmetic)
        case .div: Self.ternary("DIV", .arithmetic)
        case .mod: Self.ternary("MOD", .arithmetic)
        case .exp: Self.ternary("EXP", .arithmetic)
        case .addmod: OpcodeTraits("ADDMOD", operands: .fixed(4), family: .modular)
        case .mulmod: OpcodeTraits("MULMOD", operands: .fixed(4), family: .modular)
        case .expmod: OpcodeTraits("EXPMOD", operands: .fixed(4), family: .modular)
        case .signExtend: Self.ternary("SIGNEXTEND", .bitwise)
        case .twos: Self.ternary("TWOS", .bitwise)
        case .bswap: Self.ternary("BSWAP", .bitwise)
        case .ne: Self.ternary("NE", .comparison)
        case .lt: Self.ternary("LT", .comparison)
        case .gt: Self.ternary("GT", .comparison)
        case .le: Self.ternary("LE", .comparison)
        case .ge: Self.ternary("GE", .comparison)
        case .eq: Self.ternary("EQ", .comparison)
        case .isZero: OpcodeTraits("ISZERO", operands: .fixed(2), family: .comparison)
        case .and: Self.ternary("AND", .bitwise)
        case .or: Self.ternary("OR", .bitwise)
        case .xor: Self.ternary("XOR", .bitwise)
        case .not: OpcodeTraits("NOT", operands: .fixed(2), family: .bitwise)
        case .byte: Self.ternary("BYTE", .bitwise)
        case .shift: Self.ternary("SHIFT", .bitwise)
        case .logarithm2: OpcodeTraits("LOGARITHM2", operands: .fixed(2), family: .bitwise)
        case .sha3: OpcodeTraits("SHA3", operands: .fixed(2), family: .hashing)

        case .address: Self.query("ADDRESS")
        case .balance: Self.query("BALANCE", arguments: 1)
        case .origin: Self.query("ORIGIN")
        case .caller: Self.query("CALLER")
        case .callValue: Self.query("CALLVALUE")
        case .codeSize: Self.query("CODESIZE")
        case .gasPrice: Self.query("GASPRICE")
        case .extCodeSize: Self.query("EXTCODESIZE", arguments: 1)
        case .blockHash: Self.query("BLOCKHASH", arguments: 1)
        case .beneficiary: Self.query("BENEFICIARY")
        case .timestamp: Self.query("TIMESTAMP")
        case .number: Self.query("NUMBER")
        case .difficulty: Self.query("DIFFICULTY")
        case .gasLimit: Self.query("GASLIMIT")
        case .msize: Self.query("MSIZE")
        case .gas: Self.query("GAS")

        case .mloadN: OpcodeTraits("MLOADN", operands: .fixed(4), family: .localMemory)
        case .mload: OpcodeTraits("MLOAD", operands: .fixed(2), family: .localMemory)
        case .mstoreN: OpcodeTraits("MSTOREN", operands: .fixed(4), family: .localMemory)
        case .mstore: OpcodeTraits("MSTORE", operands: .fixed(2), family: .localMemory)
        case .sload: OpcodeTraits("SLOAD", operands: .fixed(2), family: .storage)
        case .sstore: OpcodeTraits("SSTORE", operands: .fixed(2), family: .storage)

        case .move: OpcodeTraits("MOVE", operands: .fixed(2), family: .constant)
        case .loadPositive: OpcodeTraits("LOADPOS", immediates: [.constant], operands: .fixed(1), family: .constant)
        case .loadNegative: OpcodeTraits("LOADNEG", immediates: [.constant], operands: .fixed(1), family: .constant)
        case .br: OpcodeTraits("BR", immediates: [.label], operands: .fixed(0), family: .control, isTerminator: true)
        case .brc: OpcodeTraits("BRC", immediates: [.label], operands: .fixed(1), family: .control)
        case .label: OpcodeTraits("BRLABEL", immediates: [.label], operands: .fixed(0), family: .control)

        case .registers:
            OpcodeTraits("REGISTERS", immediates: [.registerWidth], operands: .fixed(0), family: .structure)
        case .functionHeader:
            OpcodeTraits("CALLDEST", immediates: [.function, .argumentCount], operands: .fixed(0), family: .structure)
        case .publicFunctionHeader:
            OpcodeTraits(
                "EXTCALLDEST", immediates: [.function, .argumentCount], operands: .fixed(0), family: .structure)
        case .functionName:
            OpcodeTraits("FUNCTION", immediates: [.lengthPrefixedBytes], operands: .fixed(0), family: .structure)
        case .contract:
            OpcodeTraits("CONTRACT", immediates: [.lengthPrefixedBytes], operands: .fixed(0), family: .structure)

        case .log0: OpcodeTraits("LOG0", operands: .fixed(1), family: .logging)
        case .log1: OpcodeTraits("LOG1", operands: .fixed(2), family: .logging)
        case .log2: OpcodeTraits("LOG2", operands: .fixed(3), family: .logging)
        case .log3: OpcodeTraits("LOG3", operands: .fixed(4), family: .logging)
        case .log4: OpcodeTraits("LOG4", operands: .fixed(5), family: .logging)

        case .create:
            OpcodeTraits(
                "CREATE", immediates: [.contract, .argumentCount], operands: .variable(fixed: 3), family: .creation)
        case .copyCreate:
            OpcodeTraits("COPYCREATE", immediates: [.argumentCount], operands: .variable(fixed: 4), family: .creation)
        case .call:
            OpcodeTraits(
                "CALL", immediates: [.function, .argumentCount, .resultCount], operands: .variable(fixed: 4),
                family: .call)
        case .callDynamic:
            OpcodeTraits(
                "CALLDYN", immediates: [.argumentCount, .resultCount], operands: .variable(fixed: 5), family: .call)
        case .staticCall:
            OpcodeTraits(
                "STATICCALL", immediates: [.function, .argumentCount, .resultCount], operands: .variable(fixed: 3),
                family: .call)
        case .staticCallDynamic:
            OpcodeTraits(
                "STATICCALLDYN", immediates: [.argumentCount, .resultCount], operands: .variable(fixed: 4),
                family: .call)
        case .localCall:
            OpcodeTraits(
                "LOCALCALL", immediates: [.function, .argumentCount, .resultCount], operands: .variable(fixed: 0),
                family: .call)
        case .localCallDynamic:
            OpcodeTraits(
                "LOCALCALLDYN", immediates: [.argumentCount, .resultCount], operands: .variable(fixed: 1),
                family: .call)
        case .callAddress:
            OpcodeTraits("CALLADDRESS", immediates: [.function], operands: .fixed(2), family: .call)

        case .return:
            OpcodeTraits(
                "RETURN", immediates: [.resultCount], operands: .variable(fixed: 0), family: .termination,
                isTerminator: true)
        case .revert: OpcodeTraits("REVERT", operands: .fixed(1), family: .termination, isTerminator: true)
        case .invalid: OpcodeTraits("INVALID", operands: .fixed(0), family: .termination, isTerminator: true)
        case .selfDestruct:
            OpcodeTraits("SELFDESTRUCT", operands: .fixed(1), family: .termination, isTerminator: true)
        }
    }

    /// `%r = OP %a, %b`: a result and two operands.
    private static func ternary(_ mnemonic: String, _ family: OpcodeFamily) -> OpcodeTraits {
        OpcodeTraits(mnemonic, operands: .fixed(3), family: family)
    }

    /// A builtin `@iele.*` query: one result plus its arguments.
    private static func query(_ mnemonic: String, arguments: Int = 0) -> OpcodeTraits {
        OpcodeTraits(mnemonic, operands: .fixed(1 + arguments), family: .blockchainQuery)
    }
}
