import IeleNumerics
import Testing

@testable import IeleVM

/// Modular, bitwise, comparison and byte-access instructions: results, exceptions and exact gas.
@Suite struct ExpressionFamilyTests {
    static let danse = GasSchedule.danse

    static func unary(_ op: String) -> String {
        "contract C { define public @f(%a) { %r = \(op) %a \n ret %r } define @init() {} }"
    }
    static func binary(_ op: String) -> String {
        "contract C { define public @f(%a, %b) { %r = \(op) %a, %b \n ret %r } define @init() {} }"
    }
    static func ternary(_ op: String) -> String {
        "contract C { define public @f(%a, %b, %m) { %r = \(op) %a, %b, %m \n ret %r } define @init() {} }"
    }

    // MARK: Modular

    @Test func addmodAndMulmod() throws {
        let a = try VM.call(Self.ternary("addmod"), "f", [7, 8, 5])
        #expect(a.output == [0])
        #expect(a.gasUsed == Self.danse.gAdd + Self.danse.gAddWord + Self.danse.cDiv(2, 1))
        let m = try VM.call(Self.ternary("mulmod"), "f", [-7, 3, 5])
        #expect(m.output == [-1])
        #expect(m.gasUsed == Self.danse.cMul(1, 1) + Self.danse.cDiv(2, 1))
    }

    @Test func expmodFollowsPowmod() throws {
        let r = try VM.call(Self.ternary("expmod"), "f", [3, 4, 5])
        #expect(r.output == [1])
        #expect(r.gasUsed == Self.danse.cExpmod(1, 1, 1, exponent: 5))
        // A negative exponent uses the inverse when it exists, else USER_ERROR.
        #expect(try VM.call(Self.ternary("expmod"), "f", [3, -1, 5]).output == [2])
        #expect(try VM.call(Self.ternary("expmod"), "f", [2, -1, 4]).status == 4)
        #expect(try VM.call(Self.ternary("expmod"), "f", [2, 1, 0]).status == 4)
        #expect(try VM.call(Self.ternary("addmod"), "f", [2, 1, 0]).status == 4)
    }

    // MARK: Bitwise

    @Test func bitwiseOperators() throws {
        #expect(try VM.call(Self.binary("and"), "f", [12, 10]).output == [8])
        #expect(try VM.call(Self.binary("or"), "f", [12, 10]).output == [14])
        #expect(try VM.call(Self.binary("xor"), "f", [12, 10]).output == [6])
        #expect(try VM.call(Self.unary("not"), "f", [0]).output == [-1])
        let x = try VM.call(Self.binary("xor"), "f", [1, 2])
        #expect(x.gasUsed == Self.danse.gNot + Self.danse.gNotWord)
    }

    @Test func shiftLeftAndRight() throws {
        let left = try VM.call(Self.binary("shift"), "f", [1, 100])
        #expect(left.output == [IeleInt.one.shiftedLeft(by: 100) ?? 0])
        // size max(1, intSize(1) + 100 up/ 64) = 3 words.
        #expect(left.gasUsed == Self.danse.gBitwise + 3 * Self.danse.gBitwiseWord)
        #expect(try VM.call(Self.binary("shift"), "f", [-5, -1]).output == [-3])
    }

    @Test func log2OfPositiveValuesOnly() throws {
        let r = try VM.call(Self.unary("log2"), "f", [1024])
        #expect(r.output == [10])
        #expect(r.gasUsed == Self.danse.gLogarithm + Self.danse.gLogarithmWord)
        #expect(try VM.call(Self.unary("log2"), "f", [0]).status == 4)
        #expect(try VM.call(Self.unary("log2"), "f", [-4]).status == 4)
    }

    // MARK: Comparison

    @Test func comparisons() throws {
        let cases: [(String, IeleInt, IeleInt, IeleInt)] = [
            ("cmp lt", 1, 2, 1), ("cmp le", 2, 2, 1), ("cmp gt", 1, 2, 0), ("cmp ge", -1, -2, 1),
            ("cmp eq", 3, 3, 1), ("cmp ne", 3, 3, 0),
        ]
        for (op, a, b, expected) in cases {
            let r = try VM.call(Self.binary(op), "f", [a, b])
            #expect(r.output == [expected], "\(op)")
            #expect(r.gasUsed == Self.danse.gCmp + Self.danse.gCmpWord)
        }
        let z = try VM.call(Self.unary("iszero"), "f", [0])
        #expect(z.output == [1])
        #expect(z.gasUsed == Self.danse.gIsZero)
    }

    // MARK: Byte access

    @Test func byteSextTwosBswap() throws {
        #expect(try VM.call(Self.binary("byte"), "f", [1, 0x1234]).output == [0x12])
        #expect(try VM.call(Self.binary("byte"), "f", [5, -1]).output == [0xff])
        #expect(try VM.call(Self.binary("sext"), "f", [1, 0xff]).output == [-1])
        #expect(try VM.call(Self.binary("sext"), "f", [1, -1]).status == 4)
        #expect(try VM.call(Self.binary("twos"), "f", [1, -1]).output == [0xff])
        #expect(try VM.call(Self.binary("bswap"), "f", [2, 0x1234]).output == [0x3412])
        // chop(-1) = 2^256 - 1 bytes: the #memory estimate is unpayable before the width is checked.
        #expect(try VM.call(Self.binary("bswap"), "f", [-1, 5]).status == 5)
        let t = try VM.call(Self.binary("twos"), "f", [16, -1])
        #expect(t.gasUsed == Self.danse.gTwos + 2 * Self.danse.gTwosWord)
    }
}
