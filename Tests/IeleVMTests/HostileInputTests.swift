import Foundation
import IeleNumerics
import Testing

@testable import IeleVM

/// Hostile contracts and hostile bytecode: each must end in a status, never a trap, a stack
/// overflow, a hang or an allocation of gigabytes (project brief, "Bad input of every kind").
@Suite struct HostileInputTests {
    /// More gas than any block gives: only the VM's own bounds stand between these programs and
    /// the process's memory.
    static let hugeGas = 1 << 62

    static func function(_ body: String) -> String {
        "contract C { define public @f() {\n\(body)\n} define @init() {} }"
    }

    // MARK: - Recursion

    @Test func accountCallRecursionStopsAtTheCallDepthLimit() throws {
        let source = """
            contract C {
              define public @f(%n) {
                %gas = call @iele.gas()
                %me = call @iele.address()
                %m = add %n, 1
                %s, %d = call @f at %me(%m) send 0, gaslimit %gas
                br %s, failed
                ret %d
              failed:
                ret %n
              }
              define @init() {}
            }
            """
        let r = try VM.call(source, "f", [0], gas: Self.hugeGas)
        #expect(r.status == 0)
        // Frames run at depths 0…1024; the call made at depth 1024 fails with CALL_STACK_OVERFLOW.
        #expect(r.output == [1024])
        #expect(r.machine.callers.isEmpty)
    }

    @Test func unboundedLocalRecursionRunsOutOfGas() throws {
        let source = """
            contract C {
              define public @f() { %z = 0 \n %r = call @g(%z) \n ret %r }
              define @g(%n) { %m = add %n, 1 \n %r = call @g(%m) \n ret %r }
              define @init() {}
            }
            """
        let r = try VM.call(source, "f", gas: 1_000_000_000)
        #expect(r.status == ExitStatus.outOfGas.code)
    }

    // MARK: - Absurd sizes

    /// Each body computes something of about 2^40 bits or bytes; with 2^62 gas `Cmem` alone would
    /// let it through, so the VM's memory bound must refuse it before anything is allocated.
    static let absurdSizes: [String] = [
        "%w = 1099511627776 \n %x = 1 \n %r = shift %x, %w \n ret %r",
        "%w = 1099511627776 \n %x = 2 \n %r = exp %x, %w \n ret %r",
        "%w = 1099511627776 \n %x = 3 \n %r = exp %x, %w \n ret %r",
        "%w = 1099511627776 \n %x = 5 \n %r = sext %w, %x \n ret %r",
        "%w = 1099511627776 \n %x = -5 \n %r = twos %w, %x \n ret %r",
        "%w = 1099511627776 \n %x = 5 \n %r = bswap %w, %x \n ret %r",
        "%w = 1099511627776 \n %z = 0 \n %x = 5 \n store %x, %z \n %r = load %z, %z, %w \n ret %r",
        "%w = 1099511627776 \n %z = 0 \n %x = 5 \n store %x, %z, %z, %w \n ret %x",
        "%w = 1099511627776 \n %z = 0 \n %e = 8 \n %x = 5 \n store %x, %z, %w, %e \n ret %x",
        "%w = -1 \n %z = 0 \n %e = 8 \n %x = 5 \n store %x, %z, %w, %e \n ret %x",
        "%w = -1 \n %z = 0 \n %x = 5 \n store %x, %z, %z, %w \n ret %x",
        "%w = 4294967296 \n %x = 1 \n %y = shift %x, %w \n %r = mul %y, %y \n ret %r",
    ]

    @Test(arguments: absurdSizes.indices)
    func absurdSizesRunOutOfGas(_ index: Int) throws {
        let r = try VM.call(Self.function(Self.absurdSizes[index]), gas: Self.hugeGas)
        #expect(r.status == ExitStatus.outOfGas.code, "\(Self.absurdSizes[index])")
    }

    @Test func memorySpreadOverNestedAccountCallsIsBoundedToo() throws {
        // Each level holds a 2^29-bit value (2^23 words, 64 MiB) and calls itself: the sum over the
        // live frames, not just the running one, must stay under the bound, so some level fails.
        let source = """
            contract C {
              define public @f(%n) {
                %w = 536870912 \n %x = 1
                %y = shift %x, %w
                %gas = call @iele.gas()
                %me = call @iele.address()
                %m = add %n, 1
                %s, %d = call @f at %me(%m) send 0, gaslimit %gas
                br %s, failed
                ret %d
              failed:
                ret %n
              }
              define @init() {}
            }
            """
        let r = try VM.call(source, "f", [0], gas: Self.hugeGas)
        #expect(r.status == 0)
        let deepest = try #require(r.output.first?.asInt)
        #expect(deepest < 16)
        #expect(deepest * (1 << 23) <= Machine.memoryLimit)
    }

    @Test func logDataIsBoundedPerTransaction() throws {
        // A 16 MiB cell, changed by one byte then logged, again and again: each log keeps its own
        // copy, and Glogdata alone would let a block's gas log terabytes.
        let source = """
            contract C {
              define public @f() {
                %z = 0 \n %one = 1 \n %w = 16777216 \n %x = 7 \n %n = 0
                store %x, %z, %z, %w
              loop:
                %n = add %n, %one
                store %n, %z, %z, %one
                log %z
                br loop
              }
              define @init() {}
            }
            """
        let r = try VM.call(source, gas: Self.hugeGas)
        #expect(r.status == ExitStatus.outOfGas.code)
        #expect(r.machine.loggedBytes > Machine.logLimit)
        #expect(r.machine.loggedBytes <= Machine.logLimit + (1 << 24))
    }

    @Test func hugeCellIndicesAndByteIndicesAreChopped() throws {
        let body = """
            %big = 0x1000000000000000000000000000000000000000000000000000000000000000000000000000000000005
            %x = 300
            store %x, %big
            %r = load %big
            %b = byte %big, %x
            ret %r, %b
            """
        let r = try VM.call(Self.function(body), gas: Self.hugeGas)
        #expect(r.status == 0)
        #expect(r.output == [300, 0])
    }

    // MARK: - Hostile bytecode

    /// `[length] 99 NBITS body`: a contract around `body`.
    static func contract(nbits: UInt8, _ body: [UInt8]) -> [UInt8] {
        let length = body.count + 2
        return [UInt8(truncatingIfNeeded: length >> 24), UInt8(truncatingIfNeeded: length >> 16),
            UInt8(truncatingIfNeeded: length >> 8), UInt8(truncatingIfNeeded: length), 99, nbits] + body
    }

    /// NBITS 0 makes register fields empty: 7 bytes of `LOCALCALL` with 65535 arguments and
    /// 65535 results once decoded to 131070 operands each (gigabytes for a 100 KB contract).
    static let emptyRegisterFieldBomb: [UInt8] = {
        var body: [UInt8] = [104, 0, 0, 0, 0]  // public function, name entry 0 (`init`), no parameters
        for _ in 0..<16_000 { body += [248, 0, 0, 0xff, 0xff, 0xff, 0xff] }
        return contract(nbits: 0, body)
    }()

    /// Contracts embedded `depth` deep (string-table entries 106), 9 bytes a level.
    static func nestingBomb(depth: Int) -> [UInt8] {
        var inner = contract(nbits: 1, [104, 0, 0, 0, 0, 246, 0, 0])
        for _ in 0..<depth {
            let count = inner.count
            let entry: [UInt8] = [106, UInt8(truncatingIfNeeded: count >> 8), UInt8(truncatingIfNeeded: count)]
            inner = contract(nbits: 1, entry + inner)
            if inner.count > 0xffff { break }
        }
        return inner
    }

    @Test func emptyRegisterFieldsCannotMultiplyOperands() {
        #expect(throws: DecodeFailure.self) { try ProgramDecoder.decode(Self.emptyRegisterFieldBomb) }
        // A handful of such calls is fine: the budget is per input byte.
        var small: [UInt8] = [104, 0, 0, 0, 0]
        for _ in 0..<4 { small += [248, 0, 0, 0, 3, 0, 2] }
        #expect((try? ProgramDecoder.decode(Self.contract(nbits: 0, small))) != nil)
    }

    @Test func deeplyNestedContractsAreRejectedWithoutRecursingDeeply() throws {
        #expect((try? ProgramDecoder.decode(Self.nestingBomb(depth: 8))) != nil)
        #expect(throws: DecodeFailure.self) { try ProgramDecoder.decode(Self.nestingBomb(depth: 7000)) }
    }

    @Test func registersAreBoundedAsTheDisassemblerBoundsThem() {
        // NBITS 17: `%a = move %b` naming register 2^17 - 1.
        let bytes = Self.contract(nbits: 17, [104, 0, 0, 0, 0, 96, 0x03, 0xff, 0xff, 0xff, 0xff])
        #expect(throws: DecodeFailure.self) { try ProgramDecoder.decode(bytes) }
    }

    @Test func hostileCodeInTheWorldGivesAStatus() {
        for code in [Self.emptyRegisterFieldBomb, Self.nestingBomb(depth: 7000)] {
            var world = WorldState(accounts: [
                VM.contractAddress: Account(nonce: 1, code: code), VM.sender: Account(balance: IeleInt(1 << 60)),
            ])
            let call = Transaction(
                from: VM.sender, to: VM.contractAddress, function: "init", gasLimit: 1_000_000, gasPrice: 1)
            let called = VirtualMachine().execute(call, in: &world, block: Self.block)
            #expect(called.status == IeleInt(ExitStatus.contractInvalid.code))
            let create = Transaction(
                from: VM.sender, to: nil, contractCode: code, gasLimit: IeleInt(1 << 40), gasPrice: 1, nonce: 1)
            let created = VirtualMachine().execute(create, in: &world, block: Self.block)
            #expect(created.status == IeleInt(ExitStatus.contractInvalid.code))
        }
    }

    static let block = BlockHeader(number: 1, gasLimit: IeleInt(1 << 62), timestamp: 1)

    // MARK: - Fuzzing

    /// Mutated conformance bytecode, deployed by create transactions and also planted as an
    /// account's code and called (which skips the deployment checks): every run ends in a status.
    static let fuzzIterations = 1500

    @Test func mutatedBytecodeAlwaysEndsInAStatus() throws {
        var seeds = HostileCorpus.samples.filter { $0.count <= 16_384 }
        seeds.append(try VM.assemble(Self.function("%x = 3 \n %y = exp %x, %x \n ret %y")))
        seeds.append(Self.nestingBomb(depth: 3))
        var random = HostileGenerator(seed: 0x5eed_1e1e)
        var statuses: [IeleInt: Int] = [:]
        let machine = VirtualMachine()
        var executions = 0
        for iteration in 0..<Self.fuzzIterations {
            var bytes = seeds[Int.random(in: 0..<seeds.count, using: &random)]
            let mutations = Int.random(in: 0..<8, using: &random) < 6 ? 1 : Int.random(in: 2...4, using: &random)
            for _ in 0..<mutations { HostileCorpus.mutate(&bytes, using: &random) }
            var world = WorldState(accounts: [
                VM.sender: Account(balance: IeleInt(Int.max) * IeleInt(Int.max)),
                VM.contractAddress: Account(nonce: 1, code: bytes),
            ])
            var create = Transaction(
                from: VM.sender, to: nil, arguments: [IeleInt(iteration)], contractCode: bytes, gasLimit: 0,
                gasPrice: 1)
            // Enough gas for some thousands of instructions, so that mutated loops end quickly.
            create.gasLimit = IeleInt(GasSchedule.danse.intrinsicGas(of: create) + 20_000)
            let created = machine.execute(create, in: &world, block: Self.block)
            statuses[created.status, default: 0] += 1
            executions += 1
            // The planted code's public functions, called with as many arguments as they take
            // (small, negative or huge), so that mutated code is run and not just rejected.
            let program = try? ProgramDecoder.decode(bytes)
            let functions = program?.functions.filter(\.isPublic).prefix(3).map { ($0.name, $0.parameterCount) }
            for (name, parameters) in functions ?? [(Array("init".utf8), 1)] {
                let arguments = (0..<Swift.min(parameters, 8)).map { _ in
                    [IeleInt(Int.random(in: -3...300, using: &random)), IeleInt(Int.max) * IeleInt(Int.max), -1][
                        Int.random(in: 0..<3, using: &random)]
                }
                let call = Transaction(
                    from: VM.sender, to: VM.contractAddress, function: String(decoding: name, as: UTF8.self),
                    arguments: arguments, gasLimit: 50_000, gasPrice: 1, nonce: world[VM.sender]?.nonce ?? 0)
                let called = machine.execute(call, in: &world, block: Self.block)
                statuses[called.status, default: 0] += 1
                executions += 1
            }
        }
        #expect(statuses.values.reduce(0, +) == executions)
        #expect(statuses.count > 3, "mutations should reach several outcomes: \(statuses)")
        #expect(statuses[0, default: 0] > 0, "some mutated code should still run to the end: \(statuses)")
    }
}

/// A small deterministic generator (SplitMix64), so every run fuzzes the same inputs.
struct HostileGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}

/// Reference-assembled bytecode from the conformance corpus (`derived/bytecode/**.iele.hex`),
/// and the mutations the fuzz tests apply to it.
enum HostileCorpus {
    static let samples: [[UInt8]] = {
        let packageRoot = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let path = ProcessInfo.processInfo.environment["IELE_CONFORMANCE"] ?? "../shared/conformance"
        let root = path.hasPrefix("/") ? URL(fileURLWithPath: path) : packageRoot.appendingPathComponent(path)
        let base = root.appendingPathComponent("derived/bytecode")
        guard let walker = FileManager.default.enumerator(atPath: base.path) else {
            print("IELE conformance corpus not found (set IELE_CONFORMANCE); fuzzing built-in seeds only")
            return []
        }
        var result: [[UInt8]] = []
        for case let relative as String in walker where relative.hasSuffix(".iele.hex") {
            guard let text = try? String(contentsOf: base.appendingPathComponent(relative), encoding: .utf8),
                let bytes = hex(text)
            else { continue }
            result.append(bytes)
        }
        return result
    }()

    static func hex(_ text: String) -> [UInt8]? {
        var digits = Substring(text.trimmingCharacters(in: .whitespacesAndNewlines))
        if digits.hasPrefix("0x") { digits = digits.dropFirst(2) }
        guard digits.count.isMultiple(of: 2) else { return nil }
        var bytes: [UInt8] = []
        var index = digits.startIndex
        while index < digits.endIndex {
            let next = digits.index(index, offsetBy: 2)
            guard let byte = UInt8(digits[index..<next], radix: 16) else { return nil }
            bytes.append(byte)
            index = next
        }
        return bytes
    }

    static func mutate(_ bytes: inout [UInt8], using random: inout HostileGenerator) {
        let interesting: [UInt8] = [0, 1, 0x7f, 0x80, 0xff, 97, 98, 100, 102, 103, 104, 105, 106, 240, 248, 249]
        switch Int.random(in: 0..<5, using: &random) {
        case 0 where !bytes.isEmpty:
            bytes[Int.random(in: 0..<bytes.count, using: &random)] = UInt8.random(in: 0...255, using: &random)
        case 1 where !bytes.isEmpty:
            let value = interesting[Int.random(in: 0..<interesting.count, using: &random)]
            bytes[Int.random(in: 0..<bytes.count, using: &random)] = value
        case 2 where !bytes.isEmpty:
            bytes.removeSubrange(Int.random(in: 0..<bytes.count, using: &random)...)
        case 3:
            let at = Int.random(in: 0...bytes.count, using: &random)
            bytes.insert(UInt8.random(in: 0...255, using: &random), at: at)
        default:
            if bytes.count > 4 {
                // Re-stamp the length header so that mutations reach past it more often.
                let length = bytes.count - 4
                bytes[0] = UInt8(truncatingIfNeeded: length >> 24)
                bytes[1] = UInt8(truncatingIfNeeded: length >> 16)
                bytes[2] = UInt8(truncatingIfNeeded: length >> 8)
                bytes[3] = UInt8(truncatingIfNeeded: length)
            }
        }
    }
}
