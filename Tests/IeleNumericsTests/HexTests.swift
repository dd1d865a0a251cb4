import IeleNumerics
import Testing

@Suite struct HexTests {
    @Test func encodesLowercaseWithoutPrefix() {
        #expect(Hex.encode([]) == "")
        #expect(Hex.encode([0x00, 0x0f, 0xa0, 0xff]) == "000fa0ff")
    }

    @Test func decodesWithOrWithoutPrefixAndWhitespace() {
        #expect(Hex.decode("0x000fA0ff") == [0x00, 0x0f, 0xa0, 0xff])
        #expect(Hex.decode("  000fa0ff\n") == [0x00, 0x0f, 0xa0, 0xff])
        #expect(Hex.decode("0x") == [])
    }

    @Test func rejectsOddLengthAndNonDigits() {
        #expect(Hex.decode("0x123") == nil)
        #expect(Hex.decode("zz") == nil)
        #expect(Hex.decode("0x0x12") == nil)
    }
}
