import IeleBytecode

extension OpKind {
    /// The operation an opcode of a function body decodes to (iele-binary.md `#dasmInstruction`),
    /// or nil for the items that decode to no instruction: block labels, and the structural entries
    /// of contract and function headers, which never occur in a body.
    ///
    /// The switch is exhaustive on purpose: an opcode added to the table cannot be decoded until
    /// it has an operation here. LOADPOS / LOADNEG give `loadConstant`; `ProgramDecoder` turns that
    /// into `loadSmallConstant` when the value fits in an `Int`.
    init?(decoding opcode: Opcode) {
        switch opcode {
        case .add: self = .add
        case .mul: self = .mul
        case .sub: self = .sub
        case .div: self = .div
        case .mod: self = .mod
        case .exp: self = .exp
        case .addmod: self = .addmod
        case .mulmod: self = .mulmod
        case .expmod: self = .expmod
        case .signExtend: self = .sext
        case .twos: self = .twos
        case .bswap: self = .bswap
        case .ne: self = .ne
        case .lt: self = .lt
        case .gt: self = .gt
        case .le: self = .le
        case .ge: self = .ge
        case .eq: self = .eq
        case .isZero: self = .iszero
        case .and: self = .and
        case .or: self = .or
        case .xor: self = .xor
        case .not: self = .not
        case .byte: self = .byte
        case .shift: self = .shift
        case .logarithm2: self = .log2
        case .sha3: self = .sha3

        case .address: self = .address
        case .balance: self = .balance
        case .origin: self = .origin
        case .caller: self = .caller
        case .callValue: self = .callvalue
        case .codeSize: self = .codesize
        case .gasPrice: self = .gasprice
        case .extCodeSize: self = .extcodesize
        case .blockHash: self = .blockhash
        case .beneficiary: self = .beneficiary
        case .timestamp: self = .timestamp
        case .number: self = .number
        case .difficulty: self = .difficulty
        case .gasLimit: self = .gaslimit

        case .mloadN: self = .loadBytes
        case .mload: self = .loadCell
        case .mstoreN: self = .storeBytes
        case .mstore: self = .storeCell
        case .sload: self = .sload
        case .sstore: self = .sstore
        case .msize: self = .msize
        case .gas: self = .gas

        case .move: self = .move
        case .loadPositive, .loadNegative: self = .loadConstant
        case .br: self = .br
        case .brc: self = .brc
        case .label: return nil

        case .registers, .functionHeader, .publicFunctionHeader, .functionName, .contract: return nil

        case .log0, .log1, .log2, .log3, .log4: self = .log

        case .create: self = .create
        case .copyCreate: self = .copyCreate
        case .call: self = .call
        case .callDynamic: self = .callDynamic
        case .staticCall: self = .staticCall
        case .staticCallDynamic: self = .staticCallDynamic
        case .return: self = .ret
        case .revert: self = .revert
        case .localCall: self = .localCall
        case .localCallDynamic: self = .localCallDynamic
        case .callAddress: self = .callAddress
        case .invalid: self = .invalid
        case .selfDestruct: self = .selfdestruct
        }
    }
}
