import IeleNumerics
import Testing

@testable import IeleVM

/// Hostile bytecode: decoding and running mutated contracts must end with a status, never a trap.
@Suite struct RobustnessTests {
    /// A small deterministic generator (SplitMix64), so failures reproduce.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let source = """
        contract C {
          define public @f(%a, %b) {
            %c = add %a, %b
            %d = mul %c, %a
            store %d, %a, 3, 8
            %e = load %a, 1, 4
            %me = call @iele.address()
            %s, %r = call @g at %me(%e) send 0, gaslimit 10
            sstore %r, %s
            br %s, out
            %t, %u = create Child(%a) send 0
            log %a, %c
          out:
            %x = call @h(%d)
            ret %x
          }
          define public @g(%v) { %w = exp %v, 3 \n ret %w }
          define @h(%v) { %w = shift %v, -3 \n ret %w }
          define @init() {}
        }
        """

    @Test func randomBytesNeverTrapTheDecoder() {
        var rng = SplitMix(state: 42)
        for _ in 0..<3000 {
            let count = Int.random(in: 0..<80, using: &rng)
            var bytes = (0..<count).map { _ in UInt8.random(in: 0...255, using: &rng) }
            if bytes.count > 6, Bool.random(using: &rng) {
                // A plausible header makes the decoder go deeper.
                bytes[0] = 0
                bytes[1] = 0
                bytes[2] = 0
                bytes[3] = UInt8(count - 4)
                bytes[4] = 0x63
            }
            _ = try? ProgramDecoder.decode(bytes)
        }
    }

    @Test func mutatedContractsEndWithAStatus() throws {
        let child = "contract Child { define @init(%x) {} }\n"
        let code = try VM.assemble(
            child + Self.source.replacingOccurrences(of: "contract C {", with: "contract C {\n external contract Child")
        )
        var original = WorldState()
        original[VM.contractAddress] = Account(nonce: 1, code: code)
        original[VM.sender] = Account(balance: 1_000_000_000)
        let plain = Transaction(
            from: VM.sender, to: VM.contractAddress, function: "f", arguments: [5, 6], gasLimit: 1_000_000)
        #expect(VirtualMachine().execute(plain, in: &original, block: BlockHeader(number: 3)).status == 0)
        var rng = SplitMix(state: 7)
        for round in 0..<300 {
            var mutated = code
            for _ in 0..<Int.random(in: 1...4, using: &rng) {
                let index = Int.random(in: 6..<mutated.count, using: &rng)
                mutated[index] = UInt8.random(in: 0...255, using: &rng)
            }
            var world = WorldState()
            world[VM.contractAddress] = Account(nonce: 1, code: mutated)
            world[VM.sender] = Account(balance: 1_000_000_000)
            let call = Transaction(
                from: VM.sender, to: VM.contractAddress, function: "f",
                arguments: [IeleInt(round), IeleInt(-round)], gasLimit: 1_000_000)
            let result = VirtualMachine().execute(call, in: &world, block: BlockHeader(number: 3))
            #expect(result.gasLeft >= 0)
            let create = Transaction(from: VM.sender, to: nil, contractCode: mutated, gasLimit: 1_000_000, nonce: 1)
            _ = VirtualMachine().execute(create, in: &world, block: BlockHeader(number: 3))
        }
    }
}
