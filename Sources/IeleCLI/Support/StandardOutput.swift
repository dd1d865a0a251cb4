#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Standard output written in large pieces.
///
/// A result or a log can be megabytes of text; it is built once in one buffer and handed to stdio in
/// one call, never a line or a byte at a time.
enum StandardOutput {
    /// Writes `text` as it is (add the newline yourself), after anything `print` left in stdio's buffer.
    static func write(_ text: String) {
        fflush(nil)
        var text = text
        text.withUTF8 { buffer in
            var written = 0
            while written < buffer.count {
                let count = writeStandardOutput(buffer.baseAddress! + written, buffer.count - written)
                if count < 0, errno == EINTR { continue }
                guard count > 0 else { return }  // a closed pipe: nothing more can be written
                written += count
            }
        }
    }
}

/// POSIX `write` to descriptor 1 (at file scope, where `write` is not ``StandardOutput/write(_:)``).
private func writeStandardOutput(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> Int {
    write(STDOUT_FILENO, bytes, count)
}
