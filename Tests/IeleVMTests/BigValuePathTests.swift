import IeleNumerics
import Testing

@testable import IeleVM

/// The in-place data paths for big values (issue 10, "gas buys bounded time"): whole-cell and
/// ranged loads into the register's own storage, stores that rewrite a cell's bytes where they
/// are, and arithmetic and bitwise results computed into the destination register. Each must give
/// the value the rules define, and a register or cell that shared the old storage keeps its value.
@Suite struct BigValuePathTests {
    /// 2^k + 12345, and its negation, for a few sizes across the word boundary.
    static let sizes = [62, 63, 64, 65, 200, 640, 4100]

    static func big(_ bits: Int) -> IeleInt { (IeleInt(1).shiftedLeft(by: bits) ?? 0) + 12345 }

    @Test(arguments: sizes) func cellsRoundTripThroughRepeatedStoresAndLoads(bits: Int) throws {
        // Each loop step stores a new value into the same cell and loads it into the same register;
        // a copy of the loaded register taken before the next load must keep the old value.
        let source = """
            contract C { define public @f(%x, %n) {
              %i = 0
              %keep = 0
              %r = 0
            loop:
              %done = cmp ge %i, %n
              br %done, exit
              %v = add %x, %i
              %w = sub 0, %v
              %s = shift %i, 3
              %w = shift %w, %s
              store %w, 0
              %keep = %r
              %r = load 0
              %part = load 0, 1, 9
              %i = add %i, 1
              br loop
            exit:
              store 5, 0
              %small = load 0
              ret %r, %keep, %part, %small
            } define @init() {} }
            """
        let x = Self.big(bits)
        let r = try VM.call(source, "f", [x, 3])
        let last = -(x + 2) * IeleInt(1 << 16)
        let previous = -(x + 1) * IeleInt(1 << 8)
        // Bytes 1 ..< 10 of the last stored value, unsigned little-endian.
        let bytes = last.littleEndianBytes(count: last.signedByteCount)
        let part = IeleInt(littleEndianUnsigned: bytes[1..<Swift.min(10, bytes.count)])
        #expect(r.output == [last, previous, part, 5])
    }

    @Test(arguments: sizes) func arithmeticIntoARegisterLeavesItsCopiesAlone(bits: Int) throws {
        let source = """
            contract C { define public @f(%x, %y) {
              %a = add %x, %y
              %copy = %a
              %a = add %x, %x
              %b = not %a
              %keep = %b
              %b = not %x
              %c = xor %x, %y
              %c = and %c, %x
              %c = or %c, %y
              %d = sub %a, %y
              ret %a, %copy, %b, %keep, %c, %d
            } define @init() {} }
            """
        for (x, y) in [(Self.big(bits), Self.big(bits / 2)), (-Self.big(bits), Self.big(bits + 70))] {
            let r = try VM.call(source, "f", [x, y])
            let expectedC = (((x ^ y) & x) | y)
            #expect(r.output == [x + x, x + y, ~x, ~(x + x), expectedC, x + x - y])
        }
    }
}

/// `add`/`sub` whose destination is also an operand (`%s = add %s, 1`, `%s = sub 7, %s`): computed
/// in the register's own storage, so the old and the new value are never resident together. The
/// results, the gas and a copy taken of the register before must be as on the general path.
@Suite struct OperandDestinationTests {
    static let source = """
        contract C { define public @f(%x, %y) {
          %s = add %x, 0
          %copy = %s
          %s = add %s, %y
          %s = sub %s, 1
          %t = add %x, 0
          %t = sub %y, %t
          %t = add %y, %t
          %u = add %x, 0
          %u = add %u, %u
          ret %s, %copy, %t, %u
        } define @init() {} }
        """

    @Test(arguments: [62, 63, 64, 65, 200, 4100]) func resultsAndCopiesAreThoseOfTheRules(bits: Int) throws {
        for sign: IeleInt in [1, -1] {
            let x = sign * BigValuePathTests.big(bits)
            for y: IeleInt in [0, 1, -1, BigValuePathTests.big(bits + 3), -x] {
                let r = try VM.call(Self.source, "f", [x, y])
                #expect(r.output == [x + y - 1, x, y + (y - x), x + x], "x = \(x), y = \(y)")
            }
        }
    }
}
