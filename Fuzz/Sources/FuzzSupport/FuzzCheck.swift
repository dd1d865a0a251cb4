/// A property a fuzz target asserts about one input.
///
/// A violated property must end the process abnormally so that libFuzzer records the input as a
/// crash (`crash-…` file) and stops; `fatalError` does, in every build configuration, and prints
/// the message first.
public enum FuzzCheck {
    /// Traps with `message` unless `condition` holds.
    public static func require(
        _ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String,
        file: StaticString = #fileID, line: UInt = #line
    ) {
        if !condition() { fatalError("fuzz check failed: \(message())", file: file, line: line) }
    }

    /// The input as an array, from libFuzzer's pointer and length (the pointer may be null when
    /// the length is zero).
    public static func bytes(_ data: UnsafePointer<UInt8>?, _ count: Int) -> [UInt8] {
        guard let data, count > 0 else { return [] }
        return Array(UnsafeBufferPointer(start: data, count: count))
    }
}

import IeleBytecode

extension FuzzCheck {
    /// Whether bytecode decodes to at most 1024 + 16 × size register operands and parameters.
    ///
    /// The decoder allows 65536 + 16 × size (`DecodeLimits.operandAllowance`), so that a function
    /// may have 65535 parameters; a 20-byte input can then print as 500 KB of text, and such inputs
    /// take thousands of times longer than others (seconds under AddressSanitizer), so libFuzzer
    /// would spend most of its time on a handful of them. The targets skip them; the decoder's
    /// bound itself is tested in `DisassemblerTests`.
    public static func hasFewOperands(_ bytes: [UInt8]) -> Bool {
        var limits = DecodeLimits.reference
        limits.operandAllowance = 1024
        do {
            _ = try Disassembler.decode(bytes, limits: limits)
            return true
        } catch {
            return error.kind != .tooManyOperands
        }
    }
}
