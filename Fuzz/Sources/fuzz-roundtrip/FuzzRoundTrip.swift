import FuzzSupport
import IeleBytecode

/// Bytes in: for every bytecode the disassembler accepts, its text assembles to the same program
/// (`RoundTrip.check`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRoundTrip(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = FuzzCheck.bytes(data, count)
    guard !bytes.isEmpty, (try? Disassembler.decode(bytes)) != nil else { return 0 }
    switch RoundTrip.check(bytes) {
    case .same, .identical: break
    case .failed(let reason): FuzzCheck.require(false, reason)
    }
    return 0
}
