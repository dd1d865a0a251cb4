import IeleBytecode
import IeleSyntax
import Testing

/// One instruction per row: its text, and the bytes it must assemble to (opcode, immediates,
/// registers). Registers are numeric, so their numbers are their names.
struct EncodingCase: CustomStringConvertible, Sendable {
    var text: String
    var opcode: UInt8
    var immediates: [UInt8] = []
    var registers: [Int] = []
    var description: String { text }
}

@Suite struct OpcodeEncodingTests {
    static let cases: [EncodingCase] = [
        .init(text: "%0 = add %1, %2", opcode: 0x01, registers: [0, 1, 2]),
        .init(text: "%0 = mul %1, %2", opcode: 0x02, registers: [0, 1, 2]),
        .init(text: "%0 = sub %1, %2", opcode: 0x03, registers: [0, 1, 2]),
        .init(text: "%0 = div %1, %2", opcode: 0x04, registers: [0, 1, 2]),
        .init(text: "%0 = mod %1, %2", opcode: 0x06, registers: [0, 1, 2]),
        .init(text: "%0 = exp %1, %2", opcode: 0x07, registers: [0, 1, 2]),
        .init(text: "%0 = addmod %1, %2, %3", opcode: 0x08, registers: [0, 1, 2, 3]),
        .init(text: "%0 = mulmod %1, %2, %3", opcode: 0x09, registers: [0, 1, 2, 3]),
        .init(text: "%0 = expmod %1, %2, %3", opcode: 0x0a, registers: [0, 1, 2, 3]),
        .init(text: "%0 = sext %1, %2", opcode: 0x0b, registers: [0, 1, 2]),
        .init(text: "%0 = twos %1, %2", opcode: 0x0c, registers: [0, 1, 2]),
        .init(text: "%0 = bswap %1, %2", opcode: 0x0d, registers: [0, 1, 2]),
        .init(text: "%0 = cmp ne %1, %2", opcode: 0x0f, registers: [0, 1, 2]),
        .init(text: "%0 = cmp lt %1, %2", opcode: 0x10, registers: [0, 1, 2]),
        .init(text: "%0 = cmp gt %1, %2", opcode: 0x11, registers: [0, 1, 2]),
        .init(text: "%0 = cmp le %1, %2", opcode: 0x12, registers: [0, 1, 2]),
        .init(text: "%0 = cmp ge %1, %2", opcode: 0x13, registers: [0, 1, 2]),
        .init(text: "%0 = cmp eq %1, %2", opcode: 0x14, registers: [0, 1, 2]),
        .init(text: "%0 = iszero %1", opcode: 0x15, registers: [0, 1]),
        .init(text: "%0 = and %1, %2", opcode: 0x16, registers: [0, 1, 2]),
        .init(text: "%0 = or %1, %2", opcode: 0x17, registers: [0, 1, 2]),
        .init(text: "%0 = xor %1, %2", opcode: 0x18, registers: [0, 1, 2]),
        .init(text: "%0 = not %1", opcode: 0x19, registers: [0, 1]),
        .init(text: "%0 = byte %1, %2", opcode: 0x1a, registers: [0, 1, 2]),
        .init(text: "%0 = shift %1, %2", opcode: 0x1b, registers: [0, 1, 2]),
        .init(text: "%0 = log2 %1", opcode: 0x1c, registers: [0, 1]),
        .init(text: "%0 = sha3 %1", opcode: 0x20, registers: [0, 1]),
        .init(text: "%0 = call @iele.address()", opcode: 0x30, registers: [0]),
        .init(text: "%0 = call @iele.balance(%1)", opcode: 0x31, registers: [0, 1]),
        .init(text: "%0 = call @iele.origin()", opcode: 0x32, registers: [0]),
        .init(text: "%0 = call @iele.caller()", opcode: 0x33, registers: [0]),
        .init(text: "%0 = call @iele.callvalue()", opcode: 0x34, registers: [0]),
        .init(text: "%0 = call @iele.codesize()", opcode: 0x38, registers: [0]),
        .init(text: "%0 = call @iele.gasprice()", opcode: 0x3a, registers: [0]),
        .init(text: "%0 = call @iele.extcodesize(%1)", opcode: 0x3b, registers: [0, 1]),
        .init(text: "%0 = call @iele.blockhash(%1)", opcode: 0x40, registers: [0, 1]),
        .init(text: "%0 = call @iele.beneficiary()", opcode: 0x41, registers: [0]),
        .init(text: "%0 = call @iele.timestamp()", opcode: 0x42, registers: [0]),
        .init(text: "%0 = call @iele.number()", opcode: 0x43, registers: [0]),
        .init(text: "%0 = call @iele.difficulty()", opcode: 0x44, registers: [0]),
        .init(text: "%0 = call @iele.gaslimit()", opcode: 0x45, registers: [0]),
        .init(text: "%0 = load %1, %2, %3", opcode: 0x50, registers: [0, 1, 2, 3]),
        .init(text: "%0 = load %1", opcode: 0x51, registers: [0, 1]),
        .init(text: "store %0, %1, %2, %3", opcode: 0x52, registers: [0, 1, 2, 3]),
        .init(text: "store %0, %1", opcode: 0x53, registers: [0, 1]),
        .init(text: "%0 = sload %1", opcode: 0x54, registers: [0, 1]),
        .init(text: "sstore %0, %1", opcode: 0x55, registers: [0, 1]),
        .init(text: "%0 = call @iele.msize()", opcode: 0x56, registers: [0]),
        .init(text: "%0 = call @iele.gas()", opcode: 0x57, registers: [0]),
        .init(text: "%0 = %1", opcode: 0x60, registers: [0, 1]),
        .init(text: "%0 = 5", opcode: 0x61, immediates: [0x05], registers: [0]),
        .init(text: "%0 = 0", opcode: 0x61, immediates: [0x80], registers: [0]),
        .init(text: "%0 = 127", opcode: 0x61, immediates: [0x7f], registers: [0]),
        .init(text: "%0 = 128", opcode: 0x61, immediates: [0x81, 0x80], registers: [0]),
        .init(text: "%0 = 0x1234", opcode: 0x61, immediates: [0x82, 0x12, 0x34], registers: [0]),
        .init(text: "%0 = -5", opcode: 0x62, immediates: [0x05], registers: [0]),
        .init(text: "%0 = -256", opcode: 0x62, immediates: [0x82, 0x01, 0x00], registers: [0]),
        .init(text: "%0 = true", opcode: 0x61, immediates: [0x01], registers: [0]),
        .init(text: "%0 = false", opcode: 0x61, immediates: [0x80], registers: [0]),
        .init(text: "br 9", opcode: 0x64, immediates: [0x00, 0x09]),
        .init(text: "br %0, 7", opcode: 0x65, immediates: [0x00, 0x07], registers: [0]),
        .init(text: "log %0", opcode: 0xa0, registers: [0]),
        .init(text: "log %0, %1", opcode: 0xa1, registers: [0, 1]),
        .init(text: "log %0, %1, %2", opcode: 0xa2, registers: [0, 1, 2]),
        .init(text: "log %0, %1, %2, %3", opcode: 0xa3, registers: [0, 1, 2, 3]),
        .init(text: "log %0, %1, %2, %3, %4", opcode: 0xa4, registers: [0, 1, 2, 3, 4]),
        // results, then value, source, arguments
        .init(
            text: "%0, %1 = copycreate %2 (%3, %4) send %5", opcode: 0xf1, immediates: [0x00, 0x02],
            registers: [0, 1, 5, 2, 3, 4]),
        // results, then gas, address, value, arguments; function @f is index 1
        .init(
            text: "%0, %1 = call @f at %2 (%3) send %4, gaslimit %5", opcode: 0xf2,
            immediates: [0x00, 0x01, 0x00, 0x01, 0x00, 0x01], registers: [0, 1, 5, 2, 4, 3]),
        .init(
            text: "%0 = call %1 at %2 () send %3, gaslimit %4", opcode: 0xf3, immediates: [0x00, 0x00, 0x00, 0x00],
            registers: [0, 1, 4, 2, 3]),
        .init(
            text: "%0 = staticcall @f at %1 (%2) gaslimit %3", opcode: 0xf4,
            immediates: [0x00, 0x01, 0x00, 0x01, 0x00, 0x00], registers: [0, 3, 1, 2]),
        .init(
            text: "%0, %1 = staticcall %2 at %3 (%4, %5) gaslimit %6", opcode: 0xf5,
            immediates: [0x00, 0x02, 0x00, 0x01], registers: [0, 1, 2, 6, 3, 4, 5]),
        .init(text: "ret %0, %1", opcode: 0xf6, immediates: [0x00, 0x02], registers: [0, 1]),
        .init(text: "ret void", opcode: 0xf6, immediates: [0x00, 0x00]),
        .init(text: "revert %0", opcode: 0xf7, registers: [0]),
        .init(
            text: "%0, %1 = call @f(%2)", opcode: 0xf8, immediates: [0x00, 0x01, 0x00, 0x01, 0x00, 0x02],
            registers: [0, 1, 2]),
        .init(text: "call @f()", opcode: 0xf8, immediates: [0x00, 0x01, 0x00, 0x00, 0x00, 0x00]),
        .init(
            text: "%0 = call %1(%2, %3)", opcode: 0xf9, immediates: [0x00, 0x02, 0x00, 0x01], registers: [0, 1, 2, 3]),
        .init(text: "%0 = calladdress @f at %1", opcode: 0xfa, immediates: [0x00, 0x01], registers: [0, 1]),
        .init(text: "call @iele.invalid()", opcode: 0xfe),
        .init(text: "selfdestruct %0", opcode: 0xff, registers: [0]),
    ]

    /// The instruction is the last item of `@init`; its bytes end the contract.
    @Test(arguments: cases)
    func encodes(_ row: EncodingCase) throws {
        let bytes = try Assembler.assemble(try Parser.parse("contract C { define @init() { \(row.text) } }"))
        let width = Self.neededBits(row.registers.max())
        #expect(bytes[5] == UInt8(width), "NBITS")
        let expected = [row.opcode] + row.immediates + Self.pack(row.registers, width: width)
        #expect(Array(bytes.suffix(expected.count)) == expected)
    }

    /// Decoding the assembled bytes gives back the instruction.
    @Test(arguments: cases)
    func decodesBack(_ row: EncodingCase) throws {
        let bytes = try Assembler.assemble(try Parser.parse("contract C { define @init() { \(row.text) } }"))
        let limits = DecodeLimits(requiresDefinedLabels: false)
        let program = try Disassembler.decode(bytes, limits: limits)
        let function = try #require(program.main?.contract.functions.first)
        let last = try #require(function.blocks.last?.instructions.last)
        #expect(last.instruction == (try Parser.parseInstruction(row.text)))
    }

    @Test func everyInstructionOpcodeHasACase() {
        let covered = Set(Self.cases.map(\.opcode))
        let missing = Opcode.allCases.filter {
            !$0.traits.isStructural && $0 != .label && $0 != .create && !covered.contains($0.rawValue)
        }
        #expect(missing.isEmpty, "no encoding case for \(missing)")
    }

    /// Independent packing: register i occupies bits [i·w, (i+1)·w) of a big-endian number.
    static func pack(_ registers: [Int], width: Int) -> [UInt8] {
        let count = (registers.count * width + 7) / 8
        var bytes = [UInt8](repeating: 0, count: count)
        for (index, register) in registers.enumerated() {
            for bit in 0..<width where (register >> bit) & 1 == 1 {
                let position = index * width + bit
                bytes[count - 1 - position / 8] |= 1 << (position % 8)
            }
        }
        return bytes
    }

    static func neededBits(_ maximum: Int?) -> Int {
        guard let maximum else { return 0 }
        return Int.bitWidth - maximum.leadingZeroBitCount
    }
}
