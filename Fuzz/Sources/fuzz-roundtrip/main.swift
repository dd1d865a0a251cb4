import FuzzSupport
import IeleBytecode

/// Bytes in: for every bytecode the disassembler accepts, its text assembles back to the same
/// program, and the reassembled bytecode is a fixed point (`DisassemblyRoundTrip.check`).
func testOneInput(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = FuzzCheck.bytes(data, count)
    guard FuzzCheck.hasFewOperands(bytes) else { return 0 }
    switch DisassemblyRoundTrip.check(bytes) {
    case nil, .identical, .same: break
    case .failed(let reason): FuzzCheck.require(false, reason)
    }
    return 0
}

FuzzDriver.run { testOneInput($0, $1) }
