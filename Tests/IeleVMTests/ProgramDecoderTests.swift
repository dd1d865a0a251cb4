import IeleBytecode
import Testing

@testable import IeleVM

/// `ProgramDecoder` reads the one opcode table of IeleBytecode: every opcode a function body may
/// hold decodes, every other byte is rejected where it stands, and malformed input fails at the
/// offsets it always failed at.
@Suite struct ProgramDecoderTests {
    /// The opcodes that may appear inside a function body.
    static let bodyOpcodes = Opcode.allCases.filter { !$0.traits.isStructural }

    /// A public `@init` with no parameters whose body is `body`, registers 8 bits wide.
    static func contract(_ body: [UInt8]) -> [UInt8] {
        HostileInputTests.contract(nbits: 8, [Opcode.publicFunctionHeader.rawValue, 0, 0, 0, 0] + body)
    }

    /// Where `contract(_:)` puts the first byte of the body.
    static let bodyStart = 11

    static func failure(_ bytes: [UInt8]) -> DecodeFailure? {
        do {
            _ = try ProgramDecoder.decode(bytes)
            return nil
        } catch {
            return error
        }
    }

    /// One `opcode` instruction built from its traits: constant 5, two arguments, one result,
    /// index immediates 3, and registers numbered from 1 (operand 0 is the last byte).
    static func instruction(_ opcode: Opcode) -> (bytes: [UInt8], registers: Int) {
        var bytes = [opcode.rawValue]
        var arguments = 0
        var results = 0
        for immediate in opcode.traits.immediates {
            switch immediate {
            case .constant: bytes.append(5)
            case .argumentCount:
                arguments = 2
                bytes += [0, 2]
            case .resultCount:
                results = 1
                bytes += [0, 1]
            default: bytes += [0, 3]
            }
        }
        let registers = opcode.traits.operands.count(arguments: arguments, results: results)
        bytes += (0..<registers).map { UInt8(registers - $0) }
        return (bytes, registers)
    }

    @Test(arguments: bodyOpcodes) func everyBodyOpcodeDecodes(_ opcode: Opcode) throws {
        let (bytes, registers) = Self.instruction(opcode)
        let program = try ProgramDecoder.decode(Self.contract(bytes))
        let function = try #require(program.functions.first)
        #expect(function.registerCount == (registers == 0 ? 0 : registers + 1))
        let first = try #require(program.code.first)
        switch opcode {
        case .label: #expect(program.code.count == 1 && first.kind == .ret)  // only the implicit `ret void`
        case .loadPositive: #expect(first.kind == .loadSmallConstant && first.smallConstant == 5)
        case .loadNegative: #expect(first.kind == .loadSmallConstant && first.smallConstant == -5)
        default: #expect(first.kind == OpKind(decoding: opcode))
        }
    }

    /// The interpreter reads `instructions`, the tests and tools read `code`: they must be the same
    /// sequence, and every jump must land inside it (the interpreter does not check the index).
    @Test func instructionBufferHoldsTheCodeAndEveryJumpLandsInIt() throws {
        let source = """
            contract C {
              define public @f(%n) {
              top:
                %done = cmp le %n, 0
                br %done, out
                %n = sub %n, 1
                br top
              out:
                ret %n
              }
              define @init() {}
            }
            """
        let program = try ProgramDecoder.decode(try VM.assemble(source))
        #expect(program.instructions.count == program.code.count)
        for (k, instr) in program.code.enumerated() {
            let buffered = program.instructions.start[k]
            #expect(buffered.kind == instr.kind && buffered.imm == instr.imm && buffered.a == instr.a)
            if instr.kind == .br || instr.kind == .brc {
                #expect(Int(instr.imm) >= 0 && Int(instr.imm) < program.code.count)
            }
        }
        #expect(program.code.last?.kind == .ret)
    }

    @Test func onlyLabelsAndStructuralEntriesDecodeToNoOperation() {
        for opcode in Opcode.allCases {
            let decodesToNothing = opcode == .label || opcode.traits.isStructural
            #expect((OpKind(decoding: opcode) == nil) == decodesToNothing, "\(opcode)")
        }
    }

    @Test func everyOtherByteIsRejectedAtItsOffset() {
        let move: [UInt8] = [Opcode.move.rawValue, 1, 2]
        for byte in UInt8.min...UInt8.max {
            if let opcode = Opcode(rawValue: byte), !opcode.traits.isStructural { continue }
            // Function headers start the next function rather than failing.
            if byte == Opcode.functionHeader.rawValue || byte == Opcode.publicFunctionHeader.rawValue { continue }
            let failure = Self.failure(Self.contract(move + [byte, 0, 0, 0, 0]))
            #expect(failure == DecodeFailure(kind: .badOpcode(byte), offset: Self.bodyStart + 3), "byte \(byte)")
        }
    }

    @Test func instructionsBeforeTheFirstFunctionAreRejected() {
        let bytes = HostileInputTests.contract(nbits: 8, [Opcode.add.rawValue, 1, 2, 3])
        #expect(Self.failure(bytes) == DecodeFailure(kind: .badOpcode(Opcode.add.rawValue), offset: 6))
    }

    /// The decoded form of the call-like instructions: results, then arguments, in the operand pool.
    @Test func callOperandsAreLaidOutInKOrder() throws {
        // %1, %2 = call @3 at %4 (%6, %7) send %5, gaslimit %3 — registers from operand 0 upwards.
        let program = try ProgramDecoder.decode(Self.contract(Self.instruction(.call).bytes))
        let call = try #require(program.code.first)
        #expect(call.kind == .call && call.imm == 3)
        #expect((call.c, call.d, call.e) == (3, 4, 5))  // gas limit, address, value
        #expect(call.resultCount == 2 && call.argumentCount == 2)
        #expect(Array(program.operands[Int(call.list)..<Int(call.list) + 4]) == [1, 2, 6, 7])
        let create = try #require(try ProgramDecoder.decode(Self.contract(Self.instruction(.create).bytes)).code.first)
        #expect(create.kind == .create && create.imm == 3 && (create.a, create.b, create.c) == (1, 2, 3))
        #expect(create.argumentCount == 2)
        let log = try #require(try ProgramDecoder.decode(Self.contract(Self.instruction(.log3).bytes)).code.first)
        #expect(log.kind == .log && log.imm == 3 && log.a == 1)
    }

    /// Truncated input fails at the offset of the field that runs past the end.
    @Test func truncationOffsets() {
        let start = Self.bodyStart
        func truncated(_ offset: Int) -> DecodeFailure { DecodeFailure(kind: .truncated, offset: offset) }
        // CALL cut inside its function index: the argument count is what cannot be read.
        #expect(Self.failure(Self.contract([Opcode.call.rawValue, 0])) == truncated(start + 3))
        // BR whose label runs past the end.
        #expect(Self.failure(Self.contract([Opcode.br.rawValue, 0])) == truncated(start + 3))
        // LOADPOS whose two length bytes are missing.
        #expect(Self.failure(Self.contract([Opcode.loadPositive.rawValue, 0xb9])) == truncated(start + 2))
        // A function header cut after its opcode.
        let header = HostileInputTests.contract(nbits: 8, [Opcode.publicFunctionHeader.rawValue, 0])
        #expect(Self.failure(header) == truncated(7))
        // ADD with its register field cut: where the instruction would end.
        #expect(Self.failure(Self.contract([Opcode.add.rawValue, 1, 2])) == truncated(start + 4))
    }
}
