import Testing
@testable import IeleNumerics

/// Hand-checked cases for every K function `IeleInt` implements (iele.md "Expressions", data.md,
/// iele-gas.md). Each test names the rule it pins down.
@Suite struct IeleIntKRulesTests {
    static func v(_ text: String) -> IeleInt {
        IeleInt(parsingLiteral: text) ?? .zero
    }

    static let twoTo63 = v("0x8000000000000000")
    static let twoTo64 = v("0x10000000000000000")
    static let twoTo256 = IeleInt.one.shiftedLeft(by: 256) ?? .zero

    // MARK: iele.md div / mod / addmod / mulmod

    @Test("div is K /Int: truncates toward zero")
    func truncatingQuotient() {
        #expect(IeleInt(7).quotient(dividingBy: 2) == 3)
        #expect(IeleInt(-7).quotient(dividingBy: 2) == -3)
        #expect(IeleInt(7).quotient(dividingBy: -2) == -3)
        #expect(IeleInt(-7).quotient(dividingBy: -2) == 3)
        #expect(IeleInt(Int.min).quotient(dividingBy: -1) == Self.twoTo63)
        #expect(IeleInt(5).quotient(dividingBy: 0) == nil)
        #expect(Self.twoTo64.quotient(dividingBy: .zero) == nil)
        #expect(Self.twoTo64.quotient(dividingBy: Self.twoTo63) == 2)
        #expect(Self.twoTo64.quotient(dividingBy: 2)?.isSmall == false)
        #expect((-Self.twoTo64).quotient(dividingBy: 2) == IeleInt(Int.min))
        #expect((-Self.twoTo64).quotient(dividingBy: 2)?.isSmall == true)
    }

    @Test("mod is K %Int: the remainder has the sign of the dividend")
    func truncatingRemainder() {
        #expect(IeleInt(7).remainder(dividingBy: 2) == 1)
        #expect(IeleInt(-7).remainder(dividingBy: 2) == -1)
        #expect(IeleInt(7).remainder(dividingBy: -2) == 1)
        #expect(IeleInt(-7).remainder(dividingBy: -2) == -1)
        #expect(IeleInt(Int.min).remainder(dividingBy: -1) == 0)
        #expect(IeleInt(3).remainder(dividingBy: 0) == nil)
        #expect((-Self.twoTo64 - 1).remainder(dividingBy: Self.twoTo64) == -1)
        let qr = IeleInt(-7).quotientAndRemainder(dividingBy: 2)
        #expect(qr?.quotient == -3 && qr?.remainder == -1)
        #expect(IeleInt(Int.min).quotientAndRemainder(dividingBy: -1)?.quotient == Self.twoTo63)
        #expect(IeleInt(1).quotientAndRemainder(dividingBy: 0) == nil)
    }

    @Test("addmod / mulmod are (W0 op W1) %Int W2, so they can be negative")
    func addmodAndMulmodFollowPercentInt() {
        #expect((IeleInt(-5) + 1).remainder(dividingBy: 3) == -1)
        #expect((IeleInt(-5) * 2).remainder(dividingBy: 3) == -1)
        #expect((IeleInt(Int.max) + IeleInt(Int.max)).remainder(dividingBy: 10) == 4)  // 18446744073709551614
        #expect((IeleInt(Int.max) * IeleInt(Int.max)).remainder(dividingBy: -1000) == 249)
    }

    @Test("modInt is Euclidean: never negative")
    func euclideanModulo() {
        #expect(IeleInt(-7).modulo(2) == 1)
        #expect(IeleInt(7).modulo(-2) == 1)
        #expect(IeleInt(-7).modulo(-2) == 1)
        #expect(IeleInt(-1).modulo(IeleInt(Int.min)) == IeleInt(Int.max))
        #expect(IeleInt(Int.min).modulo(IeleInt(Int.min)) == 0)
        #expect(IeleInt(-1).modulo(Self.twoTo256) == Self.twoTo256 - 1)
        #expect(IeleInt(4).modulo(0) == nil)
    }

    @Test("up/Int is (I1 +Int (I2 -Int 1)) /Int I2")
    func ceilingDivision() {
        #expect(IeleInt(65).ceilingDivided(by: 64) == 2)
        #expect(IeleInt(64).ceilingDivided(by: 64) == 1)
        #expect(IeleInt(0).ceilingDivided(by: 64) == 0)
        #expect(IeleInt(-100).ceilingDivided(by: 64) == -0)  // (-100 + 63) /Int 64 = -37 /Int 64 = 0
        #expect(IeleInt(-200).ceilingDivided(by: 64) == -2)  // -137 /Int 64
        #expect(IeleInt(5).ceilingDivided(by: 0) == nil)
        #expect(IeleInt(5).ceilingDivided(by: -1) == nil)
    }

    // MARK: exp / expmod

    @Test("exp is K ^Int with W1 >=Int 0")
    func power() {
        #expect(IeleInt(2).power(10) == 1024)
        #expect(IeleInt(0).power(0) == 1)
        #expect(IeleInt(-2).power(3) == -8)
        #expect(IeleInt(2).power(64) == Self.twoTo64)
        #expect(IeleInt(2).power(63) == Self.twoTo63)
        #expect(IeleInt(-2).power(63) == IeleInt(Int.min))
        #expect(IeleInt(-2).power(63)?.isSmall == true)
        #expect(IeleInt(3).power(200)?.description
            == "265613988875874769338781322035779626829233452653394495974574961739092490901302182994384699044001")
        let huge = Self.twoTo256
        #expect(IeleInt(1).power(huge) == 1)
        #expect(IeleInt(0).power(huge) == 0)
        #expect(IeleInt(-1).power(huge) == 1)
        #expect(IeleInt(-1).power(huge + 1) == -1)
        #expect(IeleInt(2).power(-1) == nil)
        #expect(IeleInt(2).power(huge) == nil)  // not representable; gas stops it first
        #expect(IeleInt(2).power(IeleInt(1 << 40)) == nil)
    }

    @Test("expmod is powmod = K ^%Int (GMP mpz_powm): residue in 0 ..< |W2|")
    func modularPower() {
        #expect(IeleInt(4).power(13, modulo: 497) == 445)
        #expect(IeleInt(4).power(13, modulo: -497) == 445)
        #expect(IeleInt(-4).power(13, modulo: 497) == 52)  // -445 mod 497
        #expect(IeleInt(3).power(-1, modulo: 7) == 5)
        #expect(IeleInt(3).power(-2, modulo: 7) == 4)
        #expect(IeleInt(2).power(-1, modulo: 4) == nil)  // gcdInt(2, 4) =/=Int 1 → USER_ERROR
        #expect(IeleInt(0).power(-1, modulo: 5) == nil)
        #expect(IeleInt(5).power(3, modulo: 0) == nil)  // W2 ==Int 0 → USER_ERROR
        #expect(IeleInt(5).power(3, modulo: 1) == 0)
        #expect(IeleInt(5).power(-3, modulo: -1) == 0)
        #expect(IeleInt(0).power(-1, modulo: 1) == 0)  // gcdInt(0, 1) = 1, residue mod 1 is 0
        #expect(IeleInt(0).power(0, modulo: 7) == 1)
        #expect(IeleInt(7).power(0, modulo: 1) == 0)
    }

    @Test("expmod against Python-generated vectors", arguments: 0..<powmodVectors.count)
    func modularPowerVectors(index: Int) {
        let (b, e, m, r) = powmodVectors[index]
        #expect(Self.v(b).power(Self.v(e), modulo: Self.v(m)) == Self.v(r))
    }

    @Test("gcdInt is never negative; gcdInt(0, 0) = 0")
    func greatestCommonDivisor() {
        #expect(IeleInt(0).gcd(0) == 0)
        #expect(IeleInt(-12).gcd(18) == 6)
        #expect(IeleInt(12).gcd(-18) == 6)
        #expect(IeleInt(Int.min).gcd(0) == Self.twoTo63)
        #expect(Self.twoTo256.gcd(Self.twoTo64 * 3) == Self.twoTo64)
    }

    // MARK: Bitwise and shift

    @Test("not / and / or / xor use infinite two's complement")
    func bitwise() {
        #expect(~IeleInt(0) == -1)
        #expect(~IeleInt(5) == -6)
        #expect(~Self.twoTo64 == -Self.twoTo64 - 1)
        #expect(~IeleInt(Int.min) == IeleInt(Int.max))
        #expect(IeleInt(-1) & 5 == 5)
        #expect(IeleInt(-4) & 7 == 4)
        #expect(IeleInt(-4) | 1 == -3)
        #expect(IeleInt(-1) ^ 5 == -6)
        #expect(-Self.twoTo64 & (Self.twoTo64 + 5) == Self.twoTo64)
        #expect(-Self.twoTo64 | 5 == -Self.twoTo64 + 5)
        #expect((IeleInt(-1) ^ Self.twoTo64) == -Self.twoTo64 - 1)
    }

    @Test("shift: W0 <<Int W1 for W1 >= 0, W0 >>Int -W1 (floor) otherwise")
    func shift() {
        #expect(IeleInt(1).shifted(by: 3) == 8)
        #expect(IeleInt(1).shifted(by: 63) == Self.twoTo63)
        #expect(IeleInt(-1).shifted(by: 63) == IeleInt(Int.min))
        #expect(IeleInt(-1).shifted(by: 63)?.isSmall == true)
        #expect(IeleInt(-8).shifted(by: -1) == -4)
        #expect(IeleInt(-7).shifted(by: -1) == -4)
        #expect(IeleInt(7).shifted(by: -1) == 3)
        #expect(IeleInt(-1).shifted(by: -1000) == -1)
        #expect(IeleInt(7).shifted(by: -Self.twoTo256) == 0)
        #expect(IeleInt(-7).shifted(by: -Self.twoTo256) == -1)
        #expect(IeleInt(0).shifted(by: Self.twoTo256) == 0)
        #expect(IeleInt(1).shifted(by: Self.twoTo256) == nil)
        #expect((-Self.twoTo64 - 1).shiftedRight(by: 64) == -2)
        #expect(Self.twoTo64.shiftedRight(by: 1) == Self.twoTo63)
        #expect(IeleInt(5).shiftedRight(by: -3) == 5)
        #expect(IeleInt(5).shiftedLeft(by: Int.min) == 0)
        #expect(IeleInt(-5).shiftedLeft(by: Int.min) == -1)
        #expect(IeleInt(1).shiftedLeft(by: Int.max) == nil)
    }

    // MARK: log2 / intSize / #adjustedBitLength / chop

    @Test("log2 is log2Int, only for W >Int 0")
    func logarithm() {
        #expect(IeleInt(1).log2 == 0)
        #expect(IeleInt(2).log2 == 1)
        #expect(IeleInt(255).log2 == 7)
        #expect(IeleInt(256).log2 == 8)
        #expect(IeleInt(Int.max).log2 == 62)
        #expect(Self.twoTo256.log2 == 256)
        #expect(IeleInt(0).log2 == nil)
        #expect(IeleInt(-1).log2 == nil)
        #expect((-Self.twoTo64).log2 == nil)
    }

    @Test("intSize: (log2Int(N) + 2) up/Int 64; 1 for 0; intSize(~Int N) for N < 0")
    func intSize() {
        #expect(IeleInt(0).intSize == 1)
        #expect(IeleInt(1).intSize == 1)
        #expect(IeleInt(-1).intSize == 1)
        #expect(IeleInt(Int.max).intSize == 1)
        #expect(IeleInt(Int.min).intSize == 1)
        #expect(Self.twoTo63.intSize == 2)
        #expect((IeleInt(Int.min) - 1).intSize == 2)
        #expect((Self.twoTo64 * Self.twoTo63 - 1).intSize == 2)  // 2^127 - 1: log2 126, (128) up/ 64
        #expect((Self.twoTo64 * Self.twoTo63).intSize == 3)  // 2^127: (129) up/ 64
        #expect((-(Self.twoTo64 * Self.twoTo63)).intSize == 2)  // ~N = 2^127 - 1
        #expect(Self.twoTo256.intSize == 5)
    }

    @Test("#adjustedBitLength(LEX, EX) uses log2Int of twos(8, EX)")
    func adjustedBitLength() {
        #expect(IeleInt(0).adjustedBitLength(wordCount: 1) == 1)
        #expect(IeleInt(5).adjustedBitLength(wordCount: 1) == 2)
        #expect(Self.twoTo64.adjustedBitLength(wordCount: 2) == 64)
        #expect((Self.twoTo64 + 8).adjustedBitLength(wordCount: 2) == 67)
        #expect(IeleInt(-1).adjustedBitLength(wordCount: 1) == 63)
        #expect(IeleInt(-2).adjustedBitLength(wordCount: 1) == 63)
        #expect((-Self.twoTo64 - 1).adjustedBitLength(wordCount: 2) == 64 + 63)
        #expect(IeleInt(1).adjustedBitLength(wordCount: 0) == 1)
    }

    @Test("chop is bitRangeInt(I, 0, 256)")
    func chop() {
        #expect(IeleInt(5).chopped == 5)
        #expect(IeleInt(-1).chopped == Self.twoTo256 - 1)
        #expect(Self.twoTo256.chopped == 0)
        #expect((Self.twoTo256 + 7).chopped == 7)
        #expect((-Self.twoTo256 - 1).chopped == Self.twoTo256 - 1)
    }

    // MARK: byte / sext / twos / bswap

    @Test("byte(N, W) = bitRangeInt(W, N <<Int 3, 8)")
    func byteAccess() {
        #expect(IeleInt(0x1234).byte(at: 0) == 0x34)
        #expect(IeleInt(0x1234).byte(at: 1) == 0x12)
        #expect(IeleInt(0x1234).byte(at: 2) == 0)
        #expect(IeleInt(-1).byte(at: 0) == 0xff)
        #expect(IeleInt(-1).byte(at: 500) == 0xff)
        #expect(IeleInt(-256).byte(at: 0) == 0)
        #expect(IeleInt(-256).byte(at: 1) == 0xff)
        #expect(Self.twoTo64.byte(at: 8) == 1)
        #expect((-Self.twoTo64).byte(at: 8) == 0xff)
        #expect((-Self.twoTo64).byte(at: 7) == 0)
        #expect(IeleInt(-1).byte(at: Int.max) == 0xff)
        #expect(IeleInt(-1).byte(at: Self.twoTo256 - 1) == 0xff)
        #expect(IeleInt(1).byte(at: Self.twoTo256 - 1) == 0)
        #expect(IeleInt(0x1234).byte(at: Self.twoTo256 + 1) == 0x12)  // chop(2^256 + 1) = 1
        #expect(IeleInt(0x1234).byte(at: -1) == 0)  // chop(-1) = 2^256 - 1
        #expect(IeleInt(-0x1234).byte(at: -1) == 0xff)
        #expect(IeleInt(-0x1234).byte(at: -Self.twoTo256) == 0xcc)  // chop(-2^256) = 0
    }

    @Test("signextend(N, W) = signExtendBitRangeInt(W, 0, N <<Int 3); N = 0 gives 0")
    func signExtend() {
        #expect(IeleInt(0xff).signExtended(fromByteWidth: 1) == -1)
        #expect(IeleInt(0x7f).signExtended(fromByteWidth: 1) == 127)
        #expect(IeleInt(0x80).signExtended(fromByteWidth: 1) == -128)
        #expect(IeleInt(0xff).signExtended(fromByteWidth: 2) == 255)
        #expect(IeleInt(0x1ff).signExtended(fromByteWidth: 1) == -1)
        #expect(IeleInt(5).signExtended(fromByteWidth: 0) == 0)  // conformance unit/bits.iele
        #expect(Self.v("0x" + "8" + String(repeating: "0", count: 63)).signExtended(fromByteWidth: 32)
            == -(Self.twoTo256.shiftedRight(by: 1)))
        #expect((Self.twoTo64 - 1).signExtended(fromByteWidth: 8) == -1)
        #expect(Self.twoTo63.signExtended(fromByteWidth: 8) == IeleInt(Int.min))
        #expect(IeleInt(Int.max).signExtended(fromByteWidth: Int.max) == IeleInt(Int.max))
    }

    @Test("twos(N, W) = bitRangeInt(W, 0, N <<Int 3)")
    func twos() {
        #expect(IeleInt(-1).twos(width: 1) == 255)
        #expect(IeleInt(5).twos(width: 0) == 0)  // conformance unit/bits.iele
        #expect(IeleInt(-2).twos(width: 2) == 0xfffe)
        #expect(IeleInt(-1).twos(width: 32) == Self.twoTo256 - 1)
        #expect(IeleInt(256).twos(width: 1) == 0)
        #expect(IeleInt(Int.min).twos(width: 8) == Self.twoTo63)
        #expect(IeleInt(5).twos(width: Int.max) == 5)
        #expect(IeleInt(-5).twos(width: Int.max) == nil)
    }

    @Test("bswap(N, W) = Bytes2Int(Int2Bytes(N, twos(N, W), BE), LE, Unsigned)")
    func byteSwap() {
        #expect(IeleInt(0x1234).byteSwapped(width: 2) == 0x3412)
        #expect(IeleInt(0x1234).byteSwapped(width: 4) == 0x3412_0000)
        #expect(IeleInt(0x010203).byteSwapped(width: 3) == 0x030201)
        #expect(IeleInt(-1).byteSwapped(width: 1) == 255)
        #expect(IeleInt(-2).byteSwapped(width: 2) == 0xfeff)
        #expect(IeleInt(7).byteSwapped(width: 0) == 0)
        #expect(IeleInt(1).byteSwapped(width: 8) == Self.v("0x0100000000000000"))
        #expect(IeleInt(0x80).byteSwapped(width: 8) == Self.twoTo63)
        #expect(IeleInt(1).byteSwapped(width: 9) == Self.twoTo64)
        #expect(IeleInt(-1).byteSwapped(width: 9) == Self.twoTo64 * 256 - 1)
        #expect(IeleInt(0).byteSwapped(width: Int.max) == 0)
    }

    // MARK: Int2Bytes / Bytes2Int

    @Test("Int2Bytes(I, BE, Signed) is minimal; 0 is empty")
    func signedMinimalBytes() {
        #expect(IeleInt(0).signedBigEndianBytes == [])
        #expect(IeleInt(127).signedBigEndianBytes == [0x7f])
        #expect(IeleInt(128).signedBigEndianBytes == [0x00, 0x80])
        #expect(IeleInt(255).signedBigEndianBytes == [0x00, 0xff])
        #expect(IeleInt(256).signedBigEndianBytes == [0x01, 0x00])
        #expect(IeleInt(-1).signedBigEndianBytes == [0xff])
        #expect(IeleInt(-128).signedBigEndianBytes == [0x80])
        #expect(IeleInt(-129).signedBigEndianBytes == [0xff, 0x7f])
        #expect(IeleInt(Int.min).signedBigEndianBytes == [0x80, 0, 0, 0, 0, 0, 0, 0])
        #expect(Self.twoTo63.signedBigEndianBytes == [0, 0x80, 0, 0, 0, 0, 0, 0, 0])
        #expect(IeleInt(-129).signedLittleEndianBytes == [0x7f, 0xff])
        #expect(IeleInt(-129).signedByteCount == 2)
    }

    @Test("Int2Bytes(I, BE, Unsigned) is minimal; no rule for negatives")
    func unsignedMinimalBytes() {
        #expect(IeleInt(0).unsignedBigEndianBytes == [])
        #expect(IeleInt(255).unsignedBigEndianBytes == [0xff])
        #expect(IeleInt(256).unsignedBigEndianBytes == [0x01, 0x00])
        #expect(Self.twoTo64.unsignedLittleEndianBytes == [0, 0, 0, 0, 0, 0, 0, 0, 1])
        #expect(IeleInt(-1).unsignedBigEndianBytes == nil)
        #expect(IeleInt(256).unsignedByteCount == 2)
    }

    @Test("Int2Bytes(N, I, E) keeps exactly N bytes of the two's complement")
    func fixedWidthBytes() {
        #expect(IeleInt(-2).bigEndianBytes(count: 4) == [0xff, 0xff, 0xff, 0xfe])
        #expect(IeleInt(-2).littleEndianBytes(count: 4) == [0xfe, 0xff, 0xff, 0xff])
        #expect(Self.v("0x100000001").bigEndianBytes(count: 4) == [0, 0, 0, 1])
        #expect(IeleInt(0x0102).bigEndianBytes(count: 1) == [0x02])
        #expect(IeleInt(5).bigEndianBytes(count: 0) == [])
        #expect((-Self.twoTo64).littleEndianBytes(count: 10) == [0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff])
        #expect(IeleInt(1).bigEndianBytes(count: 32).count == 32)
    }

    @Test("copyBytes(into:) writes Int2Bytes(N, I, E) in place")
    func bytesInPlace() {
        var cell = [UInt8](repeating: 0xaa, count: 12)
        cell.withUnsafeMutableBytes { raw in
            IeleInt(-2).copyBytes(into: UnsafeMutableRawBufferPointer(rebasing: raw[2..<7]), bigEndian: false)
        }
        #expect(cell == [0xaa, 0xaa, 0xfe, 0xff, 0xff, 0xff, 0xff, 0xaa, 0xaa, 0xaa, 0xaa, 0xaa])
        cell.withUnsafeMutableBytes { raw in
            let target = UnsafeMutableRawBufferPointer(rebasing: raw[0..<10])
            (Self.twoTo64 + 0x0102).copyBytes(into: target, bigEndian: true)
        }
        #expect(cell == [0, 1, 0, 0, 0, 0, 0, 0, 0x01, 0x02, 0xaa, 0xaa])
    }

    @Test("byte initialisers accept slices and non-contiguous collections")
    func bytesFromAnyCollection() {
        let bytes: [UInt8] = [0x12, 0x80, 0, 0, 0, 0, 0, 0, 0, 1, 0x34]
        #expect(IeleInt(bigEndianSigned: bytes[1..<10]) == -(Self.twoTo64 * 128) + 1)
        #expect(IeleInt(littleEndianSigned: bytes[1..<10].reversed()) == -(Self.twoTo64 * 128) + 1)
        #expect(IeleInt(bigEndianUnsigned: bytes.lazy.map { $0 }) == IeleInt(bigEndianUnsigned: bytes))
    }

    @Test("Bytes2Int(B, E, Signed | Unsigned); empty is 0")
    func readingBytes() {
        #expect(IeleInt(bigEndianSigned: [0xff, 0xff]) == -1)
        #expect(IeleInt(bigEndianSigned: [0x80]) == -128)
        #expect(IeleInt(bigEndianSigned: []) == 0)
        #expect(IeleInt(bigEndianUnsigned: []) == 0)
        #expect(IeleInt(bigEndianUnsigned: [0xff]) == 255)
        #expect(IeleInt(bigEndianUnsigned: [0x80, 0, 0, 0, 0, 0, 0, 0]) == Self.twoTo63)
        #expect(IeleInt(bigEndianSigned: [0x80, 0, 0, 0, 0, 0, 0, 0]) == IeleInt(Int.min))
        #expect(IeleInt(bigEndianSigned: [0x80, 0, 0, 0, 0, 0, 0, 0, 0]) == -(Self.twoTo64 * 128))
        #expect(IeleInt(littleEndianSigned: [0x00, 0x80]) == -32768)
        #expect(IeleInt(littleEndianUnsigned: [0x00, 0x80]) == 32768)
        #expect(IeleInt(littleEndianSigned: [0, 0, 0, 0, 0, 0, 0, 0, 1]) == Self.twoTo64)
        #expect(IeleInt(bigEndianUnsigned: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5]) == 5)
        #expect(IeleInt(bigEndianUnsigned: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5]).isSmall)
    }

    // MARK: Text

    @Test("IELE literals: decimal and 0x hex, with an optional minus")
    func literals() {
        #expect(IeleInt(parsingLiteral: "0x") == nil)
        #expect(IeleInt(parsingLiteral: "-0x0") == 0)
        #expect(IeleInt(parsingLiteral: "00012") == 12)
        #expect(IeleInt(parsingLiteral: "0xg") == nil)
        #expect(IeleInt(parsingLiteral: "1_000") == nil)
        #expect(IeleInt(parsingLiteral: "--1") == nil)
        #expect(IeleInt(parsingLiteral: "0x8000000000000000") == Self.twoTo63)
        #expect(IeleInt(parsingLiteral: "-0x8000000000000000") == IeleInt(Int.min))
        #expect(IeleInt("zz", radix: 36) == 1295)
        #expect(IeleInt("12", radix: 37) == nil)
        #expect(IeleInt(true) == 1 && IeleInt(false) == 0)
        #expect(IeleInt(UInt64.max) == Self.twoTo64 - 1)
        #expect(IeleInt(Int8(-5)) == -5)
    }
}
