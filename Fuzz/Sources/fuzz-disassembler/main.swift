import FuzzSupport
import IeleBytecode
import IeleSyntax

/// Bytes in: the validating disassembler under the VM's limits and the reference's, and the printer.
///
/// Checks that nothing traps, hangs or runs out of memory, and that the three ways of deciding
/// validity agree: what the VM's limits accept the reference's limits accept, and what those
/// accept `#isValidContract` accepts.
func testOneInput(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = FuzzCheck.bytes(data, count)
    guard FuzzCheck.hasFewOperands(bytes) else { return 0 }
    let isValid = Disassembler.isValidContract(bytes)
    let reference = try? Disassembler.decode(bytes, limits: .reference)
    if reference != nil { FuzzCheck.require(isValid, "decodes under the reference's limits but is not valid") }
    if let file = try? Disassembler.disassemble(bytes) {
        FuzzCheck.require(reference != nil, "decodes under the VM's limits but not under the reference's")
        _ = Printer.print(file)
    }
    return 0
}

FuzzDriver.run { testOneInput($0, $1) }
