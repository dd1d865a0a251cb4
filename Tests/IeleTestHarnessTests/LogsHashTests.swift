import IeleNumerics
import IeleVM
import Testing

@testable import IeleTestHarness

/// Expected values computed offline with pycryptodome's keccak over a hand-written RLP encoder following
/// `#rlpEncodeLogs` (iele-testing.md).
@Suite("Log hash")
struct LogsHashTests {
    @Test("no logs hash to keccak256(0xc0), the value in every log-free test")
    func empty() {
        let hash = "0x1dcc4de8dec75d7aab85b567b6ccd41ad312451b948a7413f0a142fd40d49347"
        #expect(TestValue.hex(LogsHash.hash([])) == hash)
    }

    @Test("addresses in 20 bytes, topics chopped to 32 bytes, data as a string")
    func knownValue() throws {
        let big = try #require(IeleInt("1" + String(repeating: "0", count: 63) + "5", radix: 16))
        let logs = [
            LogEntry(
                address: try #require(IeleInt("1000000000000000000000000000000000000000", radix: 16)),
                topics: [1, -1, big], data: [1, 2]),
            LogEntry(address: 0xabc, topics: [], data: []),
            LogEntry(address: 7, topics: [0x42], data: Array(0..<60)),
        ]
        let expected = [
            "f9010ef87d941000000000000000000000000000000000000000f863a000000000000000000000000000000000000000",
            "00000000000000000000000001a0ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffa000",
            "00000000000000000000000000000000000000000000000000000000000005820102d794000000000000000000000000",
            "0000000000000abcc080f875940000000000000000000000000000000000000007e1a000000000000000000000000000",
            "00000000000000000000000000000000000042b83c000102030405060708090a0b0c0d0e0f101112131415161718191a",
            "1b1c1d1e1f202122232425262728292a2b2c2d2e2f303132333435363738393a3b",
        ].joined()
        #expect(TestValue.hex(LogsHash.encode(logs)) == "0x" + expected)
        let hash = "0x4c5869a62d977bcbd78e1584d1dcea9cc128d7cf7979ddf785c6e0333e2e09e4"
        #expect(TestValue.hex(LogsHash.hash(logs)) == hash)
    }
}
