import FuzzSupport
import IeleBytecode

/// Bytes in: for every bytecode the disassembler accepts, its text assembles back to the same
/// program, and the reassembled bytecode is a fixed point (`DisassemblyRoundTrip.check`).
func testOneInput(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    switch DisassemblyRoundTrip.check(FuzzCheck.bytes(data, count)) {
    case nil, .identical, .same: break
    case .failed(let reason): FuzzCheck.require(false, reason)
    }
    return 0
}

FuzzDriver.run { testOneInput($0, $1) }
