import IeleCrypto
import IeleNumerics
import Testing

@testable import IeleVM

/// `intrinsicGas` counts the zero and non-zero bytes of the RLP data without encoding it; these
/// tests hold the counts to the bytes the RLP encoder produces, at every header size boundary.
@Suite struct RLPByteTallyTests {
    /// The data `G0` prices, encoded: rlp([head, [arguments…]]).
    static func encoded(head: [UInt8], arguments: [IeleInt]) -> [UInt8] {
        let items = arguments.map { $0.isZero ? RLPItem.bytes([0]) : RLPItem.bytes($0.signedBigEndianBytes) }
        return RLPItem.list([.bytes(head), .list(items)]).encoded
    }

    static func tally(head: [UInt8], arguments: [IeleInt]) -> RLPByteTally {
        var list = RLPByteTally()
        for argument in arguments { list.addArgument(argument) }
        var data = RLPByteTally()
        data.addString(head)
        data.addList(payload: list)
        data.wrapInList()
        return data
    }

    static let arguments: [IeleInt] = {
        var values: [IeleInt] = [0, 1, -1, 0x7f, 0x80, -0x80, -0x81, 0xff, 0x100, 0x10000, 0x7fff_ffff, -0x1_0000_0000]
        let two64 = IeleInt(1 << 32) * IeleInt(1 << 32)
        values += [IeleInt(Int.max), IeleInt(Int.min), two64, IeleInt(5) - two64 * two64 * two64]
        return values
    }()

    @Test(arguments: [0, 1, 2, 55, 56, 57, 255, 256, 257, 300, 65_536])
    func countsMatchTheEncoding(headLength: Int) {
        // Heads with zero bytes, a lone small byte, a lone large byte and long runs.
        let heads: [[UInt8]] = [
            [UInt8](repeating: 0, count: headLength),
            (0..<headLength).map { UInt8(truncatingIfNeeded: $0 * 7) },
            headLength == 1 ? [0x80] : [UInt8](repeating: 0x42, count: headLength),
        ]
        for head in heads {
            for count in [0, 1, 3, Self.arguments.count] {
                let arguments = Array(Self.arguments.prefix(count))
                let bytes = Self.encoded(head: head, arguments: arguments)
                let tally = Self.tally(head: head, arguments: arguments)
                #expect(tally.count == bytes.count)
                #expect(tally.zeros == bytes.filter { $0 == 0 }.count)
            }
        }
    }

    @Test func longArgumentListsCrossTheListHeaderBoundary() {
        for count in [17, 18, 19, 60, 100, 5_000] {
            let arguments = (0..<count).map { IeleInt($0 * 37 - 500) }
            let bytes = Self.encoded(head: Array("transfer".utf8), arguments: arguments)
            let tally = Self.tally(head: Array("transfer".utf8), arguments: arguments)
            #expect(tally.count == bytes.count)
            #expect(tally.zeros == bytes.filter { $0 == 0 }.count)
        }
    }

    @Test func intrinsicGasPricesTheCountedBytes() {
        let schedule = GasSchedule.danse
        let call = Transaction(
            from: 1, to: 2, function: "transfer", arguments: [0x10000, 1, 0, -7], gasLimit: 100)
        let bytes = Self.encoded(head: Array("transfer".utf8), arguments: call.arguments)
        let zeros = bytes.filter { $0 == 0 }.count
        let priced = zeros * schedule.gTxDataZero + (bytes.count - zeros) * schedule.gTxDataNonZero
        #expect(schedule.intrinsicGas(of: call) == schedule.gTransaction + priced)
    }
}
