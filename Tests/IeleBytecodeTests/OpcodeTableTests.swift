import IeleBytecode
import Testing

/// The opcode table agrees with iele-binary.md.
@Suite struct OpcodeTableTests {
    /// `#numArgs` by K sort: NullOp 0, UnOp 1, BinOp 2, TernOp 3, QuadOp 4, FiveOp 5.
    static let fixedOperands: [Opcode: Int] = [
        .label: 0, .br: 0, .invalid: 0,
        .loadPositive: 1, .loadNegative: 1, .brc: 1, .gasLimit: 1, .gasPrice: 1, .gas: 1, .address: 1, .origin: 1,
        .caller: 1, .callValue: 1, .codeSize: 1, .beneficiary: 1, .timestamp: 1, .number: 1, .difficulty: 1,
        .msize: 1, .selfDestruct: 1, .log0: 1, .revert: 1,
        .isZero: 2, .not: 2, .sha3: 2, .mload: 2, .mstore: 2, .sload: 2, .logarithm2: 2, .extCodeSize: 2,
        .blockHash: 2, .balance: 2, .sstore: 2, .move: 2, .log1: 2, .callAddress: 2,
        .add: 3, .mul: 3, .sub: 3, .div: 3, .mod: 3, .exp: 3, .signExtend: 3, .twos: 3, .bswap: 3, .lt: 3, .le: 3,
        .gt: 3, .ge: 3, .eq: 3, .ne: 3, .and: 3, .or: 3, .xor: 3, .shift: 3, .byte: 3, .log2: 3,
        .addmod: 4, .mulmod: 4, .expmod: 4, .mloadN: 4, .mstoreN: 4, .log3: 4,
        .log4: 5,
    ]

    /// `#numArgs` of the call-like opcodes: fixed part plus arguments plus results.
    static let variableOperands: [Opcode: Int] = [
        .staticCall: 3, .staticCallDynamic: 4, .call: 4, .callDynamic: 5, .localCall: 0, .localCallDynamic: 1,
        .return: 0, .create: 3, .copyCreate: 4,
    ]

    /// `#opCodeWidth` minus the opcode byte, for the opcodes with fixed immediates.
    static let immediateWidths: [Opcode: Int] = [
        .label: 2, .br: 2, .brc: 2, .localCall: 6, .localCallDynamic: 4, .return: 2, .call: 6, .callDynamic: 4,
        .staticCall: 6, .staticCallDynamic: 4, .callAddress: 2, .create: 4, .copyCreate: 2,
    ]

    @Test func operandCountsMatchK() {
        for opcode in Opcode.allCases where !opcode.traits.isStructural {
            if let fixed = Self.fixedOperands[opcode] {
                #expect(opcode.traits.operands == .fixed(fixed), "\(opcode)")
            } else {
                #expect(opcode.traits.operands == .variable(fixed: Self.variableOperands[opcode] ?? -1), "\(opcode)")
            }
        }
        #expect(Self.fixedOperands.count + Self.variableOperands.count == Opcode.allCases.count - 5)
    }

    @Test func immediateWidthsMatchK() {
        for opcode in Opcode.allCases where !opcode.traits.isStructural {
            if opcode == .loadPositive || opcode == .loadNegative {
                #expect(opcode.traits.fixedImmediateWidth == nil)
            } else {
                #expect(opcode.traits.fixedImmediateWidth == (Self.immediateWidths[opcode] ?? 0), "\(opcode)")
            }
        }
    }

    @Test func structuralEntries() {
        let structural = Opcode.allCases.filter(\.traits.isStructural).map(\.rawValue)
        #expect(structural == [0x63, 0x67, 0x68, 0x69, 0x6a])
    }

    @Test func terminators() {
        let terminators = Set(Opcode.allCases.filter(\.traits.isTerminator))
        #expect(terminators == [.br, .return, .revert, .invalid, .selfDestruct])
    }

    @Test func mnemonicsAreUnique() {
        let mnemonics = Opcode.allCases.map(\.traits.mnemonic)
        #expect(Set(mnemonics).count == mnemonics.count)
    }

    @Test func builtinsRoundTrip() {
        for entry in Opcode.builtinQueries {
            #expect(entry.opcode.builtinName == entry.name)
            #expect(Opcode.builtinQuery(named: entry.name)?.opcode == entry.opcode)
            #expect(entry.opcode.traits.operands == .fixed(1 + entry.arguments))
            #expect(entry.opcode.traits.family == .blockchainQuery)
        }
        #expect(Opcode.builtinQueries.count == 16)
    }
}
