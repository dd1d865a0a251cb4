import IeleBytecode
import IeleSyntax
import Testing

/// A small deterministic generator (SplitMix64), so every run fuzzes the same inputs.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}

/// Random and mutated bytecode never crashes or hangs the decoder, and every rejection names an
/// offset inside the input.
@Suite struct DisassemblerFuzzTests {
    static let iterations = 6000

    @Test func mutatedCorpusAndRandomBytes() {
        var random = SeededGenerator(seed: 0x1e1e_b17e)
        // The large benchmark contract (38 KB) only seeds a few iterations, to keep the test quick.
        let large = ConformanceCorpus.samples.map(\.bytes).filter { $0.count > 16_384 }
        var seeds = ConformanceCorpus.samples.map(\.bytes).filter { $0.count <= 16_384 }
        seeds.append(DisassemblerTests.nested(depth: 5))
        seeds.append(DisassemblerTests.contract([0x63, 0x00]))
        var accepted = 0
        var rejected = 0
        var badOffsets: [String] = []
        var inconsistent: [String] = []
        for iteration in 0..<Self.iterations {
            let bytes: [UInt8]
            if iteration % 10 == 9 {
                bytes = Self.randomBytes(count: Int.random(in: 0...200, using: &random), using: &random)
            } else {
                let pool = iteration % 100 == 0 && !large.isEmpty ? large : seeds
                var mutated = pool[Int.random(in: 0..<pool.count, using: &random)]
                for _ in 0..<Int.random(in: 1...4, using: &random) {
                    Self.mutate(&mutated, using: &random)
                }
                bytes = mutated
            }
            let standard: DecodedProgram?
            do {
                standard = try Disassembler.decode(bytes)
                accepted += 1
            } catch {
                standard = nil
                rejected += 1
                if !(0...bytes.count).contains(error.offset) {
                    badOffsets.append("\(iteration): \(error)")
                }
            }
            let reference = try? Disassembler.decode(bytes, limits: .reference)
            if (standard != nil && reference == nil) || Disassembler.isValidContract(bytes) != (reference != nil) {
                inconsistent.append("\(iteration): \(ConformanceCorpus.hex(bytes))")
            }
            if let standard {
                // Whatever decodes must not crash the assembler or the printer either.
                _ = try? Assembler.assemble(standard.sourceFile)
                _ = Printer.print(standard.sourceFile)
            }
        }
        #expect(badOffsets.isEmpty, "errors with offsets outside the input: \(badOffsets.prefix(5))")
        #expect(inconsistent.isEmpty, "limits disagree: \(inconsistent.prefix(5))")
        #expect(accepted + rejected == Self.iterations)
        #expect(accepted > 0, "mutations should leave some inputs valid")
        #expect(rejected > Self.iterations / 2)
    }

    static func randomBytes(count: Int, using random: inout SeededGenerator) -> [UInt8] {
        (0..<count).map { _ in UInt8.random(in: 0...255, using: &random) }
    }

    /// One random edit: flip, overwrite, insert, delete, truncate, or patch a length field with
    /// a huge or random value.
    static func mutate(_ bytes: inout [UInt8], using random: inout SeededGenerator) {
        let position = bytes.isEmpty ? 0 : Int.random(in: 0..<bytes.count, using: &random)
        switch Int.random(in: 0..<8, using: &random) {
        case 0 where !bytes.isEmpty:
            bytes[position] ^= UInt8(1) << UInt8.random(in: 0...7, using: &random)
        case 1 where !bytes.isEmpty:
            bytes[position] = UInt8.random(in: 0...255, using: &random)
        case 2:
            bytes.insert(
                contentsOf: randomBytes(count: Int.random(in: 1...8, using: &random), using: &random), at: position)
        case 3 where !bytes.isEmpty:
            let end = min(bytes.count, position + Int.random(in: 1...16, using: &random))
            bytes.removeSubrange(position..<end)
        case 4:
            bytes.removeLast(min(bytes.count, Int.random(in: 0...8, using: &random)))
        case 5 where bytes.count >= 4:
            // The outer 4-byte length, or a 4-byte window anywhere.
            let at = Bool.random(using: &random) ? 0 : min(position, bytes.count - 4)
            let value: UInt32 =
                [0xffff_ffff, 0x7fff_ffff, 0x0001_0000, 0, 1, UInt32.random(in: 0...1000, using: &random)]
                .randomElement(using: &random) ?? 0
            for k in 0..<4 { bytes[at + k] = UInt8(truncatingIfNeeded: value >> (24 - 8 * UInt32(k))) }
        case 6 where bytes.count >= 2:
            // A 16-bit field (entry length, counts, labels) set to an extreme.
            let at = min(position, bytes.count - 2)
            let value: UInt16 = [0xffff, 0x8000, 0, 1].randomElement(using: &random) ?? 0
            bytes[at] = UInt8(value >> 8)
            bytes[at + 1] = UInt8(value & 0xff)
        default:
            // NBITS of the main contract.
            if bytes.count > 5 { bytes[5] = [0, 1, 7, 8, 9, 16, 63, 64, 255].randomElement(using: &random) ?? 0 }
        }
    }
}
