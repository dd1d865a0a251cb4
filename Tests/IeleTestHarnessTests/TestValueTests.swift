import IeleNumerics
import Testing

@testable import IeleTestHarness

@Suite("Reference test values")
struct TestValueTests {
    @Test("signed hex words: -0x03 is -3, \"\" and \"0x\" are 0")
    func hexWords() throws {
        #expect(try TestValue.hexWord("-0x03", field: "f") == -3)
        #expect(try TestValue.hexWord("0x13ba", field: "f") == 0x13ba)
        #expect(try TestValue.hexWord("", field: "f") == 0)
        #expect(try TestValue.hexWord("0x", field: "f") == 0)
        #expect(try TestValue.hexWord("0x00", field: "f") == 0)
        #expect(try TestValue.hexWord("10", field: "f") == 16)
    }

    @Test("a bad hex word names its field")
    func badHexWord() {
        #expect(throws: TestLoadError(.badHex("0xzz"), at: "T.pre.x")) {
            try TestValue.hexWord("0xzz", field: "T.pre.x")
        }
    }

    @Test("words are decimal unless written with 0x")
    func words() throws {
        #expect(try TestValue.word("10", field: "f") == 10)
        #expect(try TestValue.word("0x10", field: "f") == 16)
        #expect(try TestValue.word("-0x10", field: "f") == -16)
        #expect(try TestValue.word("", field: "f") == 0)
    }

    @Test("byte strings: odd digit counts get a leading zero")
    func bytes() throws {
        #expect(try TestValue.bytes("0x", field: "f") == [])
        #expect(try TestValue.bytes("0x0102ff", field: "f") == [1, 2, 0xff])
        #expect(try TestValue.bytes("0x123", field: "f") == [0x01, 0x23])
    }

    @Test("addresses are reduced to 160 bits")
    func addresses() throws {
        let long = try TestValue.address("0x01" + String(repeating: "00", count: 19) + "05", field: "f")
        #expect(long == 5)
        #expect(
            try TestValue.address("-0x01", field: "f") == IeleInt("ffffffffffffffffffffffffffffffffffffffff", radix: 16)
        )
    }

    @Test("fixed-width bytes wrap negative values")
    func fixedWidth() {
        #expect(FixedWidth.unsignedBytes(of: -1, width: 2) == [0xff, 0xff])
        #expect(FixedWidth.unsignedBytes(of: -256, width: 2) == [0xff, 0x00])
        #expect(FixedWidth.unsignedBytes(of: 0x1_0203, width: 2) == [0x02, 0x03])
        #expect(FixedWidth.unsignedBytes(of: 0, width: 3) == [0, 0, 0])
        #expect(FixedWidth.integer(fromUnsigned: [0x01, 0x00]) == 256)
    }
}
