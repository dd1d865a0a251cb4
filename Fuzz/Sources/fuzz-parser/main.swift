import FuzzSupport
import IeleBytecode
import IeleCheck
import IeleSyntax

/// Text in: the lexer, parser, well-formedness checker, printer and assembler.
///
/// Checks that none of them traps, hangs or runs out of memory on any text, and that a parsed
/// tree printed and parsed again is the same tree (the printer's promise for every tree the
/// parser produces).
func testOneInput(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let text = FuzzCheck.bytes(data, count)
    guard let file = try? Parser.parse(bytes: text) else { return 0 }
    _ = WellFormednessChecker(schedule: .danse).check(file)
    _ = WellFormednessChecker(schedule: .albe, includesAssemblerRules: false).check(file)
    let printed = Printer.print(file)
    let reparsed: SourceFile
    do {
        reparsed = try Parser.parse(printed)
    } catch {
        FuzzCheck.require(false, "printed text does not parse: \(error)\n\(printed)")
        return 0
    }
    FuzzCheck.require(reparsed == file, "printed text parses to another tree:\n\(printed)")
    _ = try? Assembler.assemble(file)
    return 0
}

FuzzDriver.run { testOneInput($0, $1) }
