import IeleSyntax
import Testing

/// Seeded random and mutated inputs: the parser returns or throws, never traps or hangs, and
/// whatever it accepts prints to text that parses back to the same tree.
@Suite struct ParserFuzzTests {
    /// SplitMix64: small, fast and reproducible across platforms.
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// Bytes that matter to the lexer, to insert more often than random ones.
    static let interestingBytes = Array("\"\\%@,=:(){}!-0123456789xafAF/*\n \t.$_".utf8) + [0x00, 0x7F, 0xC3, 0xFF]

    /// Tokens to splice in, covering every keyword.
    static let interestingTokens = [
        "contract", "external", "define", "public", "call", "staticcall", "at", "send", "gaslimit", "ret", "void",
        "br", "log", "create", "copycreate", "selfdestruct", "load", "store", "sload", "sstore", "cmp", "lt", "add",
        "addmod", "calladdress", "revert", "true", "false", "%x", "@f", "\"q\\41\"", "0x1f", "-5", "7", "{", "}",
        "(", ")", ",", "=", ":", "!", "//", "/*", "*/", "%", "@", "\"", "\\",
    ]

    static let snippets = [
        "contract C { define @init() {} }",
        "contract C { external contract D @g = -0x10 define public @f(%a) { %x = add %a, 1 l: ret %x } }",
        "contract A {} contract B !12 { define @f() { br 1, 2 2: br true true: ret void } }",
        "contract C { define @f() { %s, %a = create D (1) send 0 %s = call @g at 1 () send 0, gaslimit 9 } }",
    ]

    /// Real sources to mutate; the 160 KB Sha3 benchmark is left out to keep the test fast (the
    /// corpus tests parse it whole).
    static var seeds: [[UInt8]] {
        let sources = Corpus.sources.compactMap(Corpus.read) + Corpus.examples.compactMap(Corpus.readExample)
        return sources.filter { $0.count <= 10_000 } + snippets.map { Array($0.utf8) }
    }

    static func mutate(_ input: [UInt8], using rng: inout SeededGenerator) -> [UInt8] {
        var bytes = input
        for _ in 0..<Int.random(in: 1...4, using: &rng) {
            let position = bytes.isEmpty ? 0 : Int.random(in: 0..<bytes.count, using: &rng)
            switch Int.random(in: 0..<7, using: &rng) {
            case 0:  // delete a short run
                let end = min(bytes.count, position + Int.random(in: 1...8, using: &rng))
                bytes.removeSubrange(position..<end)
            case 1:  // insert an interesting byte
                bytes.insert(interestingBytes.randomElement(using: &rng) ?? 0, at: position)
            case 2:  // insert a random byte
                bytes.insert(UInt8.random(in: 0...255, using: &rng), at: position)
            case 3:  // swap two bytes
                if !bytes.isEmpty {
                    let other = Int.random(in: 0..<bytes.count, using: &rng)
                    bytes.swapAt(position, other)
                }
            case 4:  // insert a token
                let token = " " + (interestingTokens.randomElement(using: &rng) ?? "") + " "
                bytes.insert(contentsOf: Array(token.utf8), at: position)
            case 5:  // duplicate a chunk
                let end = min(bytes.count, position + Int.random(in: 1...40, using: &rng))
                bytes.insert(contentsOf: Array(bytes[position..<end]), at: position)
            default:  // drop or repeat one whitespace-separated token
                bytes = mutateTokens(bytes, using: &rng)
            }
        }
        return bytes
    }

    static func mutateTokens(_ bytes: [UInt8], using rng: inout SeededGenerator) -> [UInt8] {
        var words = bytes.split(whereSeparator: { $0 == 0x20 || $0 == 0x0A }).map(Array.init)
        guard !words.isEmpty else { return bytes }
        let index = Int.random(in: 0..<words.count, using: &rng)
        if Bool.random(using: &rng) {
            words.remove(at: index)
        } else {
            let other = Int.random(in: 0..<words.count, using: &rng)
            words.swapAt(index, other)
        }
        return Array(words.joined(separator: [0x20]))
    }

    /// Parses; when accepted, the printed text must parse to the same tree.
    static func check(_ bytes: [UInt8]) -> Bool {
        guard let file = try? Parser.parse(bytes: bytes) else { return false }
        let printed = Printer.print(file)
        let reparsed = try? Parser.parse(printed)
        #expect(reparsed == file, "round trip failed for input: \(String(decoding: bytes, as: UTF8.self))")
        return true
    }

    @Test func mutatedSources() {
        var rng = SeededGenerator(state: 0x1E1E)
        let seeds = Self.seeds
        var accepted = 0
        for _ in 0..<3000 {
            guard let seed = seeds.randomElement(using: &rng) else { return }
            if Self.check(Self.mutate(seed, using: &rng)) { accepted += 1 }
        }
        // Some mutations (inside comments, whitespace) keep the source valid.
        #expect(accepted > 0)
    }

    @Test func randomInputs() {
        var rng = SeededGenerator(state: 42)
        let alphabet = Self.interestingBytes + Array("contract define ret br call".utf8)
        for round in 0..<3000 {
            let length = Int.random(in: 0...200, using: &rng)
            let input: [UInt8] = (0..<length).map { _ in
                round.isMultiple(of: 2)
                    ? UInt8.random(in: 0...255, using: &rng) : (alphabet.randomElement(using: &rng) ?? 0)
            }
            _ = Self.check(input)
        }
    }

    /// Grammar-shaped random programs: almost all valid, so the round trip is exercised hard.
    @Test func tokenSoup() {
        var rng = SeededGenerator(state: 7)
        for _ in 0..<2000 {
            var text = "contract C { define @f(%a) { "
            for _ in 0..<Int.random(in: 0...12, using: &rng) {
                text += (Self.interestingTokens.randomElement(using: &rng) ?? "") + " "
            }
            text += "} }"
            _ = Self.check(Array(text.utf8))
        }
    }

    @Test func pathologicalInputsFinish() throws {
        let deep = String(repeating: "{", count: 100_000) + String(repeating: "}", count: 100_000)
        #expect(throws: ParseError.self) { try Parser.parse(deep) }
        let manyContracts = String(repeating: "contract C { define @init() {} }\n", count: 2_000)
        #expect(try Parser.parse(manyContracts).contracts.count == 2_000)
        let longLine = "contract C { define @f() { " + String(repeating: "%x = 1 ", count: 20_000) + "} }"
        #expect(
            try Parser.parse(longLine).contracts.first?.functions.first?.blocks.first?.instructions.count
                == 20_000)
        let unterminated = "contract C { define @f() { %x = %\"" + String(repeating: "a", count: 100_000)
        #expect(throws: ParseError.self) { try Parser.parse(unterminated) }
    }
}
