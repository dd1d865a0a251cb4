import IeleBytecode
import IeleSyntax
import Testing

/// The text of any bytecode the disassembler accepts assembles back to the same program
/// (`DisassemblyRoundTrip`), in the cases where it once did not: functions without a
/// string-table entry, numeric and duplicate names.
@Suite struct DisassemblyRoundTripTests {
    static func contract(_ body: [UInt8]) -> [UInt8] { DisassemblerTests.contract(body) }

    static func name(_ text: String) -> [UInt8] {
        [0x69, 0x00, UInt8(text.utf8.count)] + Array(text.utf8)
    }

    /// `define [public] @INDEX(%0)` header bytes.
    static func header(_ index: UInt8, isPublic: Bool = false) -> [UInt8] {
        [isPublic ? 0x68 : 0x67, 0x00, index, 0x00, 0x01]
    }

    static let returnFirst: [UInt8] = [0xf6, 0x00, 0x01, 0x00]  // ret %0 (NBITS 1)
    static let returnSecond: [UInt8] = [0xf6, 0x00, 0x01, 0x01]  // ret %1 (NBITS 1)
    /// `%1 = call @INDEX(%0)` with NBITS 1.
    static func localCall(_ index: UInt8) -> [UInt8] { [0xf8, 0x00, index, 0x00, 0x01, 0x00, 0x01, 0x01] }

    func text(_ bytes: [UInt8]) throws -> String { Printer.print(try Disassembler.disassemble(bytes)) }

    func reassembled(_ bytes: [UInt8]) throws -> [UInt8] {
        try Assembler.assemble(try Parser.parse(try text(bytes)))
    }

    /// The case: a function with no string-table entry (`@15`) defined before a named one.
    /// Reassembly used to number `@15` 1, the entry of `@allowance`, so `call @15` called it.
    @Test func unnamedFunctionKeepsItsIndex() throws {
        let bytes = Self.contract(
            [0x63, 0x01] + Self.name("allowance")
                + Self.header(0) + Self.localCall(15) + Self.returnSecond
                + Self.header(15) + Self.returnFirst
                + Self.header(1, isPublic: true) + Self.returnFirst)
        #expect(try text(bytes).contains("call @15(%0)"))
        #expect(try text(try reassembled(bytes)).contains("call @15(%0)"))
        #expect(DisassemblyRoundTrip.check(bytes) == .identical)
    }

    /// Functions without entries only, in any order of indices.
    @Test func unnamedFunctionsOnly() throws {
        let bytes = Self.contract(
            [0x63, 0x01]
                + Self.header(0) + Self.localCall(2) + Self.returnSecond
                + Self.header(2) + Self.localCall(1) + Self.returnSecond
                + Self.header(1, isPublic: true) + Self.returnFirst)
        #expect(DisassemblyRoundTrip.check(bytes) == .identical)
    }

    /// A numeric name from an entry whose number is another entry's index (`"2"` in entry 3,
    /// `b` in entry 2): it cannot keep index 2, so it gets an entry of its own.
    @Test func numericNameThatCollidesGetsAnEntry() throws {
        let bytes = Self.contract(
            [0x63, 0x01] + Self.name("a") + Self.name("b") + Self.name("2")
                + Self.header(1) + Self.localCall(3) + Self.returnSecond
                + Self.header(3) + Self.localCall(2) + Self.returnSecond
                + Self.header(2) + Self.returnFirst)
        #expect(try text(bytes).contains("define @2(%0)"))
        #expect(DisassemblyRoundTrip.check(bytes) == .same)
        let again = try Disassembler.decode(try reassembled(bytes))
        #expect(again.main?.functions.map(\.name) == ["a", "2", "b"])
    }

    /// Entries whose text is not a canonical number (`007`, `0`, `70000`) keep their bytes.
    @Test func nonCanonicalNumericNames() throws {
        let bytes = Self.contract(
            [0x63, 0x01] + Self.name("007") + Self.name("0") + Self.name("70000")
                + Self.header(0) + Self.localCall(1) + Self.returnSecond
                + Self.header(1) + Self.localCall(2) + Self.returnSecond
                + Self.header(2) + Self.localCall(3) + Self.returnSecond
                + Self.header(3) + Self.localCall(7) + Self.returnSecond
                + Self.header(7) + Self.returnFirst)
        #expect(DisassemblyRoundTrip.check(bytes) == .identical)
        let names = try Disassembler.decode(try reassembled(bytes)).main?.functions.map(\.name.text)
        #expect(names == ["init", "007", "0", "70000", "7"])
    }

    /// Two entries with the same name: both functions are `@f`, and a call to either entry calls
    /// the first `@f` (calls go to names). The text has one `@f`, so the entry is shared.
    @Test func duplicateNames() throws {
        let bytes = Self.contract(
            [0x63, 0x01] + Self.name("f") + Self.name("f")
                + Self.header(0) + Self.localCall(2) + Self.returnSecond
                + Self.header(1) + Self.returnFirst
                + Self.header(2, isPublic: true) + Self.returnFirst)
        #expect(DisassemblyRoundTrip.check(bytes) == .same)
        let again = try Disassembler.decode(try reassembled(bytes))
        #expect(again.main?.functions.map(\.index) == [0, 1, 1])
    }

    /// `init` named by an entry other than 0, and called: the text says `@init`, index 0.
    @Test func initFromAnEntry() throws {
        let bytes = Self.contract(
            [0x63, 0x01] + Self.name("init")
                + Self.header(1) + Self.localCall(1) + Self.returnSecond)
        #expect(DisassemblyRoundTrip.check(bytes) == .same)
    }

    /// Embedded contracts between function names: the text lists them after, under other entry
    /// numbers, and `create` follows them.
    @Test func embeddedContractBeforeNames() throws {
        let child = Self.contract([0x63, 0x00] + [0x67, 0x00, 0x00, 0x00, 0x00] + [0xf6, 0x00, 0x00])
        // %0, %1 = create Main.1 () send %2 (NBITS 2: registers 0, 1, 2 in one byte: 0b10_01_00).
        let create: [UInt8] = [0xf0, 0x00, 0x01, 0x00, 0x00, 0b0010_0100]
        let bytes = Self.contract(
            [0x63, 0x02] + [0x6a, 0x00, UInt8(child.count)] + child + Self.name("f")
                + [0x67, 0x00, 0x02, 0x00, 0x00] + create + [0xf6, 0x00, 0x00])
        #expect(try text(bytes).contains("create Main.1 ()"))
        #expect(DisassemblyRoundTrip.check(bytes) == .same)
    }

    /// Text with numeric function names keeps the numbers as indices where no entry takes them.
    @Test func numericSourceNamesKeepTheirNumbers() throws {
        let source = """
            contract C {
              define @init() { %r = call @5() ret %r }
              define public @run() { %r = call @1() ret %r }
              define @5() { ret 5 }
              define @1() { ret 1 }
            }
            """
        let bytes = try Assembler.assemble(try Parser.parse(source))
        let program = try Disassembler.decode(bytes)
        #expect(program.main?.functions.map(\.name) == ["init", "run", "5", "1"])
        #expect(program.main?.functions.map(\.index) == [0, 1, 5, 2])
        #expect(DisassemblyRoundTrip.check(bytes) == .identical)
    }
}
