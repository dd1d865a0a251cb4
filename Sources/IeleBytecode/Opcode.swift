/// Every byte value that starts an item of IELE bytecode (iele-binary.md, `#dasmOpCode`, and the
/// reference assembler's `asm_iele_opcode*` tables).
///
/// The table covers instructions and the structural entries of a contract: the register-width
/// header (`registers`, 0x63), string-table entries (`functionName` 0x69, `contract` 0x6a),
/// function headers (0x67 / 0x68) and block labels (0x66). Byte values missing from this enum are
/// not IELE opcodes; the disassembler rejects them.
///
/// Each case's traits (mnemonic, register operands, immediates, family, terminator) live in one
/// row of `Opcode.traits`, which the assembler, the disassembler and the consistency tests read.
public enum Opcode: UInt8, CaseIterable, Sendable {
    case add = 0x01
    case mul = 0x02
    case sub = 0x03
    case div = 0x04
    case mod = 0x06
    case exp = 0x07
    case addmod = 0x08
    case mulmod = 0x09
    case expmod = 0x0a
    case signExtend = 0x0b
    case twos = 0x0c
    case bswap = 0x0d
    case ne = 0x0f
    case lt = 0x10
    case gt = 0x11
    case le = 0x12
    case ge = 0x13
    case eq = 0x14
    case isZero = 0x15
    case and = 0x16
    case or = 0x17
    case xor = 0x18
    case not = 0x19
    case byte = 0x1a
    case shift = 0x1b
    case logarithm2 = 0x1c
    case sha3 = 0x20

    case address = 0x30
    case balance = 0x31
    case origin = 0x32
    case caller = 0x33
    case callValue = 0x34
    case codeSize = 0x38
    case gasPrice = 0x3a
    case extCodeSize = 0x3b
    case blockHash = 0x40
    case beneficiary = 0x41
    case timestamp = 0x42
    case number = 0x43
    case difficulty = 0x44
    case gasLimit = 0x45

    case mloadN = 0x50
    case mload = 0x51
    case mstoreN = 0x52
    case mstore = 0x53
    case sload = 0x54
    case sstore = 0x55
    case msize = 0x56
    case gas = 0x57

    case move = 0x60
    case loadPositive = 0x61
    case loadNegative = 0x62
    case registers = 0x63
    case br = 0x64
    case brc = 0x65
    case label = 0x66
    case functionHeader = 0x67
    case publicFunctionHeader = 0x68
    case functionName = 0x69
    case contract = 0x6a

    case log0 = 0xa0
    case log1 = 0xa1
    case log2 = 0xa2
    case log3 = 0xa3
    case log4 = 0xa4

    case create = 0xf0
    case copyCreate = 0xf1
    case call = 0xf2
    case callDynamic = 0xf3
    case staticCall = 0xf4
    case staticCallDynamic = 0xf5
    case `return` = 0xf6
    case revert = 0xf7
    case localCall = 0xf8
    case localCallDynamic = 0xf9
    case callAddress = 0xfa
    case invalid = 0xfe
    case selfDestruct = 0xff
}
