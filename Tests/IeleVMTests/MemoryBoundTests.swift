import IeleCrypto
import IeleNumerics
import Testing

@testable import IeleVM

/// Memory a transaction can make the VM hold is charged as memory or bounded by
/// `Machine.memoryLimit` (issue 10, item 4). Measurements of resident memory are in
/// Benchmarks/Memory.md; these tests check the behaviour.
@Suite struct MemoryBoundTests {
    /// Calls `@iele.NAME(LEN, DATA)` on address 1 and returns the status, the digest and the gas used.
    static func hashCall(_ name: String, length: IeleInt, data: IeleInt) throws -> (IeleInt, IeleInt, Int) {
        let source = """
            contract C {
              define public @f(%len, %data) {
                %gas = call @iele.gas()
                %s, %h = call @iele.\(name) at 1(%len, %data) send 0, gaslimit %gas
                ret %s, %h
              }
              define @init() {}
            }
            """
        let r = try VM.call(source, "f", [length, data], gas: HostileInputTests.hugeGas)
        #expect(r.status == 0)
        return (r.output.first ?? -1, r.output.last ?? -1, r.gasUsed)
    }

    /// The hash of `Int2Bytes(LEN, DATA, BE)` built in full, for short lengths.
    static func materialised(_ name: String, length: Int, data: IeleInt) throws -> IeleInt {
        let bytes = data.bigEndianBytes(count: length)
        return IeleInt(bigEndianUnsigned: try name == "sha256" ? SHA256.hash(bytes) : RIPEMD160.hash(bytes))
    }

    @Test(arguments: ["sha256", "rip160"])
    func shortInputsHashAsTheMaterialisedBytes(_ name: String) throws {
        let wide = IeleInt(bigEndianUnsigned: (0..<100).map { UInt8($0 + 1) })
        for (length, data) in [
            (0, IeleInt(0x0102)), (1, 0x0102), (2, 0x0102), (5, 0x0102), (64, 0x0102),
            (40, wide), (100, wide), (20_000, wide), (20_000, 0),
        ] {
            let (status, digest, _) = try Self.hashCall(name, length: IeleInt(length), data: data)
            #expect(status == 0)
            #expect(try digest == Self.materialised(name, length: length, data: data), "\(name) LEN \(length)")
        }
    }

    /// The case: LEN 2^30 with 4M gas allocated 1 GiB that no gas counted. The input is now
    /// hashed in 16 KiB pieces (`IeleIntByteChunksTests` checks the pieces; Benchmarks/Memory.md
    /// the resident memory): the digest is right and the gas is the formula's.
    @Test func aGibibyteOfPaddingIsHashedWithoutBuildingIt() throws {
        let (status, digest, gas) = try Self.hashCall("sha256", length: IeleInt(1 << 30), data: 0x0102)
        #expect(status == 0)
        #expect(digest == IeleInt("68993062e49d755bd2d732decbfeb7351fef87ed865b10d292d2b885b7c1e1b1", radix: 16))
        let (_, _, smallGas) = try Self.hashCall("sha256", length: 1, data: 0x0102)
        let perWord = GasSchedule.danse.gSha256Word
        #expect(gas - smallGas == perWord * (bytesInWords(1 << 30) - bytesInWords(1)))
    }

    @Test(arguments: [
        ("sha256", "f36134ec6597befed1bf5f02911a75c0d53f229a06cae93d54e1fcabfd3d2bdd"),
        ("rip160", "3197da9426816d9422e6cd971ad2faf8869d4d66"),
    ])
    func longPaddingMatchesAnOracle(_ name: String, _ expected: String) throws {
        // Python hashlib of 2^26 - 2 zero bytes then 01 02.
        let (status, digest, _) = try Self.hashCall(name, length: IeleInt(1 << 26), data: 0x0102)
        #expect(status == 0)
        #expect(digest == IeleInt(expected, radix: 16))
    }

    /// ECMUL reduces a scalar of any length modulo the group order a piece at a time: a scalar of
    /// 40,000 bytes (several pieces) and a negative one give what their remainders give.
    @Test func ecmulOfAWideScalarIsThatOfItsRemainder() throws {
        let source = """
            contract C {
              define public @f(%s) {
                %gas = call @iele.gas()
                %one = 1 \n %two = 2
                %t, %x, %y = call @iele.ecmul at 1(%one, %two, %s) send 0, gaslimit %gas
                ret %t, %x, %y
              }
              define @init() {}
            }
            """
        let order = try #require(
            IeleInt("21888242871839275222246405745257275088548364400416034343698204186575808495617"))
        let wide = try #require(IeleInt(1).shiftedLeft(by: 320_000)) + 12345
        for scalar in [wide, -wide, IeleInt(7), IeleInt(-7)] {
            let reduced = try #require(scalar.remainder(dividingBy: order))
            let long = try VM.call(source, "f", [scalar], gas: HostileInputTests.hugeGas)
            let short = try VM.call(source, "f", [reduced], gas: HostileInputTests.hugeGas)
            #expect(long.status == 0)
            #expect(long.output.count == 3)
            #expect(long.output == short.output, "scalar of \(scalar.unsignedByteCount) bytes")
        }
    }

    /// Each `sstore` of a fresh 4 MiB value keeps the value it overwrites in the journal, at only
    /// `Gsstoreword` per word: the kept words count against the memory limit, so with more gas
    /// than any block gives the loop stops at the limit instead of filling the machine.
    @Test func overwrittenStorageCountsAgainstTheMemoryLimit() throws {
        let body = """
            %k = 0 \n %one = 1 \n %w = 33554432
            %x = shift %one, %w
            loop:
            %x = add %x, %one
            sstore %x, %k
            br loop
            """
        let r = try VM.call(HostileInputTests.function(body), gas: HostileInputTests.hugeGas)
        #expect(r.status == ExitStatus.outOfGas.code)
        #expect(r.machine.storedWords > Machine.memoryLimit - (1 << 20))
        #expect(r.machine.storedWords <= Machine.memoryLimit + (1 << 20))
    }

    /// `ExecutionStatistics` reports the transaction's peak of limited memory and its log bytes:
    /// a 2^20-bit value (2^14 words) in a register, a 2^20-byte cell (2^17 words), logged, and a few
    /// words of registers.
    @Test func statisticsReportThePeakOfLimitedMemory() throws {
        let source = """
            contract C {
              define public @f() {
                %one = 1
                %w = 1048576
                %x = shift %one, %w
                %z = 0
                store %one, %z, %z, %w
                log %z
                ret %one
              }
              define @init() {}
            }
            """
        let (result, statistics) = try VM.transact(source, gasLimit: 100_000_000)
        #expect(result.status == 0)
        #expect(statistics.peakMemoryWords >= (1 << 14) + (1 << 17))
        #expect(statistics.peakMemoryWords < (1 << 14) + (1 << 17) + 16)
        #expect(statistics.loggedBytes == 1 << 20)
    }

    /// Deep local recursion keeps one record per call: 24 bytes, under the 32 bytes that
    /// `Gcallmemory` (2 words) pays for at 16 bytes a word.
    @Test func aSuspendedLocalCallIsTwentyFourBytes() {
        #expect(MemoryLayout<LocalCall>.stride == 24)
        #expect(GasSchedule.danse.gCallMemory * 16 > MemoryLayout<LocalCall>.stride)
    }

    /// The register file initialises (touches) only what is asked plus one step, not a doubling.
    @Test func registerFileGrowsByWhatIsUsed() throws {
        let file = RegisterFile()
        file.reserve(100_000)
        #expect(file.capacity >= 100_000)
        #expect(file.capacity <= 100_000 + RegisterFile.initialisationStep)
        file.reserve(100_001)
        #expect(file.capacity >= 100_001)
        let big = try #require(IeleInt(1).shiftedLeft(by: 100))
        file.start[100_000] = big
        file.reserve(300_000)
        #expect(file.start[100_000] == big)
        #expect(file.start[299_999] == 0)
    }

    /// A call ending a recursion 100,000 deep leaves the registers and results right (the record
    /// finds the caller's registers from the callee's base, not from a stored base).
    @Test func deepLocalRecursionReturnsThroughEveryFrame() throws {
        let source = """
            contract C {
              define public @f(%n) { %r = call @g(%n) \n ret %r }
              define @g(%n) {
                %z = iszero %n
                br %z, done
                %one = 1
                %m = sub %n, %one
                %r = call @g(%m)
                %r = add %r, %n
                ret %r
              done:
                ret %n
              }
              define @init() {}
            }
            """
        let n = 100_000
        let r = try VM.call(source, "f", [IeleInt(n)], gas: HostileInputTests.hugeGas)
        #expect(r.status == 0)
        #expect(r.output == [IeleInt(n * (n + 1) / 2)])
    }
}
