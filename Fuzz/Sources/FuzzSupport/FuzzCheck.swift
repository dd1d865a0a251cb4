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
