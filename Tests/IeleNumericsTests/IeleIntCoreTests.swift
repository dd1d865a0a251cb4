import Testing
@testable import IeleNumerics

@Suite struct IeleIntCoreTests {
    @Test func layout() {
        #expect(MemoryLayout<IeleInt>.size == 9)
        #expect(MemoryLayout<IeleInt>.stride == 16)
    }

    @Test func smallValuesStayInline() {
        #expect(IeleInt(Int.max).isSmall)
        #expect(IeleInt(Int.min).isSmall)
        #expect(!(IeleInt(Int.max) + 1).isSmall)
        #expect((IeleInt(Int.max) + 1 - 1).isSmall)
        #expect((IeleInt(Int.min) - 1 + 1).isSmall)
        #expect((-IeleInt(Int.min)).description == "9223372036854775808")
        #expect((-(-IeleInt(Int.min))).isSmall)
    }

    @Test func parsing() {
        #expect(IeleInt("123") == 123)
        #expect(IeleInt("-123") == -123)
        #expect(IeleInt("ff", radix: 16) == 255)
        #expect(IeleInt("-FF", radix: 16) == -255)
        #expect(IeleInt("") == nil)
        #expect(IeleInt("-") == nil)
        #expect(IeleInt("+1") == nil)
        #expect(IeleInt(" 1") == nil)
        #expect(IeleInt("12a") == nil)
        #expect(IeleInt("0x10") == nil)
        #expect(IeleInt(parsingLiteral: "0x10") == 16)
        #expect(IeleInt(parsingLiteral: "-0x10") == -16)
        #expect(IeleInt(parsingLiteral: "0x1F") == 31)
        #expect(IeleInt(parsingLiteral: "0X1f") == nil)
        #expect(IeleInt(parsingLiteral: "-42") == -42)
        #expect(IeleInt(parsingLiteral: "0x") == nil)
        #expect(IeleInt(parsingLiteral: "0") == 0)
        let big = "123456789012345678901234567890123456789012345678901234567890"
        #expect(IeleInt(big)?.description == big)
        #expect(IeleInt("-" + big)?.description == "-" + big)
        #expect(IeleInt("9223372036854775808")?.isSmall == false)
        #expect(IeleInt("-9223372036854775808")?.isSmall == true)
        #expect(IeleInt("-9223372036854775808") == IeleInt(Int.min))
    }

    @Test func hexText() {
        #expect(IeleInt(255).hexString == "0xff")
        #expect(IeleInt(-255).hexString == "-0xff")
        #expect(IeleInt(0).hexString == "0x0")
        let x = IeleInt(parsingLiteral: "0x" + String(repeating: "f", count: 64))
        #expect(x?.hexString == "0x" + String(repeating: "f", count: 64))
        #expect(x?.text(radix: 16, uppercase: true) == String(repeating: "F", count: 64))
    }

    @Test func comparisonAndHash() {
        let big = IeleInt(Int.max) + 1
        let negBig = IeleInt(Int.min) - 1
        #expect(negBig < IeleInt(Int.min))
        #expect(IeleInt(Int.min) < IeleInt(Int.max))
        #expect(IeleInt(Int.max) < big)
        #expect(negBig < big)
        #expect(big == IeleInt(Int.max) + 1)
        #expect(Set([big, IeleInt(Int.max) + 1, 1, 1]).count == 2)
        #expect(big.signum == 1 && negBig.signum == -1 && IeleInt.zero.signum == 0)
        #expect(IeleInt.zero.isZero && !big.isZero)
        #expect(big.asInt == nil && IeleInt(7).asInt == 7)
        #expect(big.clampedToInt == .max && negBig.clampedToInt == .min && IeleInt(-7).clampedToInt == -7)
        #expect(IeleInt(UInt64.max).description == "18446744073709551615")
    }
}

@Suite struct IeleIntConcurrencyTests {
    /// Big values are shared immutable boxes: sending them to tasks and using them concurrently
    /// must give the same answers as sequential use (also a compile-time check of `Sendable`).
    @Test func sharedBigValuesAcrossTasks() async {
        let base = IeleInt(parsingLiteral: "0x" + String(repeating: "deadbeef", count: 16)) ?? .zero
        let expected = (0..<32).map { base * IeleInt($0) + base }
        let results = await withTaskGroup(of: (Int, IeleInt).self) { group in
            for i in 0..<32 {
                group.addTask { (i, base * IeleInt(i) + base) }
            }
            var collected = [IeleInt](repeating: .zero, count: 32)
            for await (i, value) in group { collected[i] = value }
            return collected
        }
        #expect(results == expected)
    }
}
