import IeleBytecode
import IeleNumerics
import IeleSyntax
import Testing

/// The validator and disassembler on small and hostile inputs.
@Suite struct DisassemblerTests {
    /// A contract from its body (everything after the 4-byte length).
    static func contract(_ body: [UInt8]) -> [UInt8] {
        let n = body.count
        return [UInt8(n >> 24 & 0xff), UInt8(n >> 16 & 0xff), UInt8(n >> 8 & 0xff), UInt8(n & 0xff)] + body
    }

    func decodeError(_ bytes: [UInt8], limits: DecodeLimits = .standard) -> DecodeError? {
        do {
            _ = try Disassembler.decode(bytes, limits: limits)
            return nil
        } catch {
            return error
        }
    }

    @Test func emptyCodeIsTheWallet() throws {
        let program = try Disassembler.decode([])
        #expect(program.main?.name == "iele.Wallet")
        #expect(program.main?.size == 0)
        #expect(program.main?.contract.functions.map(\.name) == ["deposit"])
        #expect(Disassembler.isValidContract([]))
    }

    @Test func smallestContract() throws {
        let program = try Disassembler.decode(Self.contract([0x63, 0x00]))
        #expect(program.main?.contract.definitions.isEmpty == true)
        #expect(program.main?.size == 6)
    }

    @Test func headerErrors() {
        #expect(decodeError([0, 0, 0]) == DecodeError(.truncatedHeader, at: 0))
        #expect(decodeError([0, 0, 0, 2, 0x64, 0]) == DecodeError(.badMagic(0x64), at: 4))
        #expect(
            decodeError([0xff, 0xff, 0xff, 0xff, 0x63, 0])
                == DecodeError(
                    .badContractLength(claimed: 0xffff_ffff, available: 2), at: 0))
        #expect(decodeError([0, 0, 0, 1, 0x63, 0]) == DecodeError(.badContractLength(claimed: 1, available: 2), at: 0))
    }

    /// Bytes after the declared length are ignored, as in K, but kept in `code`.
    @Test func trailingBytesAreIgnored() throws {
        let bytes = Self.contract([0x63, 0x00]) + [0xde, 0xad]
        let program = try Disassembler.decode(bytes)
        #expect(program.main?.size == 6)
        #expect(program.main?.code.count == 8)
    }

    @Test func stringTableErrors() {
        // A name claiming 0xffff bytes.
        #expect(
            decodeError(Self.contract([0x63, 0x00, 0x69, 0xff, 0xff, 0x41]))?.kind
                == .entryPastEnd(
                    claimed: 0xffff, available: 1))
        #expect(decodeError(Self.contract([0x63, 0x00, 0x6a, 0x00, 0x00]))?.kind == .emptyEmbeddedContract)
        // A nested contract whose own length claims more than its entry holds.
        let nested: [UInt8] = [0x00, 0x00, 0x10, 0x00, 0x63, 0x00]
        #expect(decodeError(Self.contract([0x63, 0x00, 0x6a, 0x00, 0x06] + nested))?.offset == 9)
    }

    @Test func functionAndInstructionErrors() {
        #expect(decodeError(Self.contract([0x63, 0x00, 0x01]))?.kind == .expectedFunctionHeader(found: 0x01))
        #expect(decodeError(Self.contract([0x63, 0x00, 0x67, 0x00]))?.kind == .truncatedFunctionHeader)
        let header: [UInt8] = [0x63, 0x08, 0x67, 0x00, 0x00, 0x00, 0x00]
        #expect(decodeError(Self.contract(header + [0x05])) == DecodeError(.unknownOpcode(0x05), at: 11))
        #expect(decodeError(Self.contract(header + [0x63, 0x00]))?.kind == .unknownOpcode(0x63))
        // LOCALCALL claiming 65535 arguments and results with 8-bit registers.
        let call: [UInt8] = [0xf8, 0x00, 0x00, 0xff, 0xff, 0xff, 0xff]
        #expect(
            decodeError(Self.contract(header + call))?.kind
                == .truncatedInstruction(
                    .localCall, needed: 7 + 131_070, available: 7))
        // BR with one byte of label.
        #expect(
            decodeError(Self.contract(header + [0x64, 0x00]))?.kind
                == .truncatedInstruction(
                    .br, needed: 3, available: 2))
    }

    @Test func malformedConstants() {
        let header: [UInt8] = [0x63, 0x01, 0x67, 0x00, 0x00, 0x00, 0x00]
        #expect(decodeError(Self.contract(header + [0x61]))?.kind == .malformedConstant)
        #expect(decodeError(Self.contract(header + [0x61, 0xb7, 0x00]))?.kind == .malformedConstant)
        // Length of length 8 claiming 2^64 - 1 bytes.
        let huge: [UInt8] = [0x61, 0xbf, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x00]
        #expect(decodeError(Self.contract(header + huge))?.kind == .malformedConstant)
        // Length of length 8 whose bytes are missing.
        #expect(decodeError(Self.contract(header + [0x61, 0xbf, 0x01]))?.kind == .malformedConstant)
    }

    @Test func constantEncodings() throws {
        let header: [UInt8] = [0x63, 0x01, 0x67, 0x00, 0x00, 0x00, 0x00]
        func value(_ load: [UInt8]) throws -> Instruction? {
            let program = try Disassembler.decode(Self.contract(header + load))
            return program.main?.contract.functions.first?.blocks.first?.instructions.first?.instruction
        }
        #expect(try value([0x61, 0x80, 0x00]) == .assign(result: "0", value: .constant(0)))
        #expect(try value([0x62, 0x81, 0xff, 0x01]) == .assign(result: "1", value: .constant(-255)))
        // A byte from 0xc0 stands for itself, as `#loadLen` reads it.
        #expect(try value([0x61, 0xc5, 0x00]) == .assign(result: "0", value: .constant(0xc5)))
        let long = [UInt8](repeating: 0xff, count: 60)
        let expected = try #require(IeleInt("ff" + String(repeating: "ff", count: 59), radix: 16))
        #expect(try value([0x61, 0xb8, 60] + long + [0x00]) == .assign(result: "0", value: .constant(expected)))
    }

    @Test func jumpsMustHitLabels() {
        let header: [UInt8] = [0x63, 0x00, 0x67, 0x00, 0x00, 0x00, 0x00]
        let bytes = Self.contract(header + [0x66, 0x00, 0x01, 0x64, 0x00, 0x02])
        #expect(decodeError(bytes) == DecodeError(.undefinedLabel(2), at: 14))
        #expect(Disassembler.isValidContract(bytes))
        #expect(decodeError(Self.contract(header + [0x66, 0x00, 0x02, 0x64, 0x00, 0x02])) == nil)
    }

    @Test func registersAreBounded() throws {
        // NBITS 32: MOVE %0xffffffff = %0.
        let bytes = Self.contract([0x63, 0x20, 0x67, 0x00, 0x00, 0x00, 0x00, 0x60, 0, 0, 0, 0, 0xff, 0xff, 0xff, 0xff])
        #expect(decodeError(bytes) == DecodeError(.registerOutOfRange(limit: 1 << 16), at: 11))
        let program = try Disassembler.decode(bytes, limits: .reference)
        #expect(program.main?.functions.first?.registerCount == 0x1_0000_0000)
        // NBITS 255 and a register with bit 200 set: still a name under the reference limits.
        var field = [UInt8](repeating: 0, count: 64)
        field[64 - 1 - 200 / 8] = 1 << (200 % 8)
        let wide = Self.contract([0x63, 0xff, 0x67, 0x00, 0x00, 0x00, 0x00, 0x60] + field)
        let decoded = try Disassembler.decode(wide, limits: .reference)
        let move = decoded.main?.contract.functions.first?.blocks.first?.instructions.first?.instruction
        let big = try #require(IeleInt("1" + String(repeating: "0", count: 50), radix: 16))
        #expect(move == .assign(result: Name(big.description), value: .register("0")))
        #expect(decoded.main?.functions.first?.registerCount == Int.max)
    }

    /// Contracts nested `depth` deep, each embedding the next.
    static func nested(depth: Int) -> [UInt8] {
        var bytes = contract([0x63, 0x00])
        for _ in 0..<depth {
            let n = bytes.count
            bytes = contract([0x63, 0x00, 0x6a, UInt8(n >> 8), UInt8(n & 0xff)] + bytes)
        }
        return bytes
    }

    @Test func nestingIsBoundedAndOrdered() throws {
        let program = try Disassembler.decode(Self.nested(depth: 3))
        #expect(program.contracts.map(\.name) == ["Main.1.1.1", "Main.1.1", "Main.1", "Main"])
        #expect(decodeError(Self.nested(depth: 33))?.kind == .nestingTooDeep(limit: 32))
        #expect(decodeError(Self.nested(depth: 32)) == nil)
    }

    /// Siblings come in entry order, each after its own embedded contracts.
    @Test func siblingOrder() throws {
        let leaf = Self.contract([0x63, 0x00])
        let middle = Self.contract([0x63, 0x00, 0x6a, 0x00, UInt8(leaf.count)] + leaf)
        let name: [UInt8] = [0x69, 0x00, 0x01, 0x66]
        let main = Self.contract(
            [0x63, 0x00] + name + [0x6a, 0x00, UInt8(middle.count)] + middle + [0x6a, 0x00, UInt8(leaf.count)] + leaf)
        let program = try Disassembler.decode(main)
        #expect(program.contracts.map(\.name) == ["Main.2.1", "Main.2", "Main.3", "Main"])
        #expect(program.main?.contract.externalContracts == ["Main.2", "Main.3"])
        #expect(program.main?.functionNames == [0: "init", 1: "f"])
    }

    @Test func metadata() throws {
        // public @init(2 args): %2 = add %0, %1 ; ret %2 (registers [2, 0, 1] pack to 0b01_00_10)
        let body: [UInt8] = [0x63, 0x02, 0x68, 0x00, 0x00, 0x00, 0x02, 0x01, 0x12, 0xf6, 0x00, 0x01, 0x02]
        let program = try Disassembler.decode(Self.contract(body))
        let main = try #require(program.main)
        #expect(main.registerWidth == 2)
        #expect(
            main.functions == [
                DecodedFunction(name: "init", index: 0, isPublic: true, arity: 2, offset: 6, registerCount: 3)
            ])
        #expect(main.contract.functions.first?.parameters == ["0", "1"])
    }
}

/// Inputs that would make a careless decoder allocate far more than their size.
@Suite struct DisassemblerAmplificationTests {
    /// With NBITS 0 a LOCALCALL of 65535 arguments and results is 7 bytes.
    @Test func emptyRegisterFieldsAreBudgeted() {
        let call: [UInt8] = [0xf8, 0x00, 0x00, 0xff, 0xff, 0xff, 0xff]
        var body: [UInt8] = [0x63, 0x00, 0x67, 0x00, 0x00, 0x00, 0x00]
        for _ in 0..<100 { body += call }
        let bytes = DisassemblerTests.contract(body)
        #expect(throws: DecodeError.self) { try Disassembler.decode(bytes) }
        #expect(Disassembler.isValidContract(bytes))
        // A call of 1000 arguments fits the budget of 65536 + 16 per byte.
        let small = body.prefix(7) + [0xf8, 0x00, 0x00, 0x03, 0xe8, 0x00, 0x00]
        #expect(throws: Never.self) { try Disassembler.decode(DisassemblerTests.contract(Array(small))) }
    }

    @Test func parameterListsAreBudgeted() {
        var body: [UInt8] = [0x63, 0x00]
        for _ in 0..<100 { body += [0x67, 0x00, 0x00, 0xff, 0xff] }
        let bytes = DisassemblerTests.contract(body)
        #expect((try? Disassembler.decode(bytes)) == nil)
        #expect(Disassembler.isValidContract(bytes))
    }

    /// Validation walks any depth without recursion; decoding stops at the nesting limit.
    @Test func deepNestingDoesNotRecurse() {
        var bytes = DisassemblerTests.contract([0x63, 0x00])
        for _ in 0..<5000 {
            let n = bytes.count
            guard n <= 0xffff - 16 else { break }
            bytes = DisassemblerTests.contract([0x63, 0x00, 0x6a, UInt8(n >> 8), UInt8(n & 0xff)] + bytes)
        }
        #expect(Disassembler.isValidContract(bytes))
        #expect(throws: DecodeError.self) { try Disassembler.decode(bytes) }
    }
}

/// Targets whose text could not be assembled back, rejected under the VM's limits
/// (`DecodeLimits.requiresDeclaredTargets`).
@Suite struct DeclaredTargetTests {
    /// `%0, %1 = create Main.1 () send %2` where entry 1 is a function name.
    @Test func createOfAFunctionNameEntry() {
        let bytes = DisassemblerTests.contract(
            [0x63, 0x02, 0x69, 0x00, 0x01, 0x66, 0x67, 0x00, 0x00, 0x00, 0x00, 0xf0, 0x00, 0x01, 0x00, 0x00, 0x24])
        #expect(throws: DecodeError(.undeclaredContract(1), at: 15)) { try Disassembler.decode(bytes) }
        #expect((try? Disassembler.decode(bytes, limits: .reference)) != nil)
    }

    /// A local call to a function named `iele.gas` with two results reads as a misused builtin.
    @Test func localCallToABuiltinName() {
        let bytes = DisassemblerTests.contract(
            [0x63, 0x01, 0x69, 0x00, 0x08] + Array("iele.gas".utf8)
                + [0x67, 0x00, 0x00, 0x00, 0x00, 0xf8, 0x00, 0x01, 0x00, 0x00, 0x00, 0x02, 0x01])
        #expect(throws: DecodeError(.builtinMisuse(name: "iele.gas", results: 2, arguments: 0), at: 22)) {
            try Disassembler.decode(bytes)
        }
    }

    /// With the builtin's counts the call reads as the builtin, and round-trips to its opcode.
    @Test func localCallToABuiltinNameWithItsShape() throws {
        let bytes = DisassemblerTests.contract(
            [0x63, 0x00, 0x69, 0x00, 0x08] + Array("iele.gas".utf8)
                + [0x67, 0x00, 0x00, 0x00, 0x00, 0xf8, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01])
        #expect(DisassemblyRoundTrip.check(bytes) == .same)
    }
}
