#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a whole file that is, and stays, a regular file: what `iele assemble -o` promises.
///
/// Writing through `open(O_TRUNC)` or replacing blindly would follow a symbolic link or, run as root,
/// turn `/dev/null` into a regular file. So a path that exists is checked with `lstat` (which does not
/// follow links) and refused unless it is a regular file; the bytes go to a temporary file in the same
/// directory, are synced, and replace the path with one `rename`, so a reader (or a crash) sees the old
/// file or the new one, never a truncated mix. The mode of a replaced file is kept.
enum RegularFileWriter {
    /// Why the file was not written.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func replace(_ path: String, with bytes: [UInt8]) throws(Failure) {
        var status = stat()
        /// The mode of the file replaced; a new file gets 0666 less the umask from `open`.
        var existingMode: mode_t?
        if lstat(path, &status) == 0 {
            guard status.st_mode & S_IFMT == S_IFREG else {
                throw Failure(description: "it is \(kind(status.st_mode)), not a regular file")
            }
            existingMode = status.st_mode & 0o7777
        } else if errno != ENOENT {
            throw Failure(description: systemError())
        }
        let temporary = try createTemporary(beside: path)
        do throws(Failure) {
            try writeAll(bytes, to: temporary.descriptor)
            if let existingMode, fchmod(temporary.descriptor, existingMode) != 0 {
                throw Failure(description: systemError())
            }
            guard fsync(temporary.descriptor) == 0 else { throw Failure(description: systemError()) }
            guard close(temporary.descriptor) == 0 else { throw Failure(description: systemError()) }
        } catch {
            _ = close(temporary.descriptor)
            _ = unlink(temporary.path)
            throw error
        }
        guard rename(temporary.path, path) == 0 else {
            let reason = systemError()
            _ = unlink(temporary.path)
            throw Failure(description: reason)
        }
    }

    /// A new file `DIR/.NAME.RANDOM.tmp` next to `path`, created exclusively (never an existing file or
    /// link) with mode 0666 less the umask, open for writing.
    private static func createTemporary(beside path: String) throws(Failure) -> (descriptor: Int32, path: String) {
        let slash = path.lastIndex(of: "/")
        let directory = slash.map { String(path[...$0]) } ?? ""
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        for _ in 0..<16 {
            let candidate = directory + "." + name + "." + String(UInt64.random(in: 0...UInt64.max), radix: 36) + ".tmp"
            let descriptor = open(candidate, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode_t(0o666))
            if descriptor >= 0 { return (descriptor, candidate) }
            if errno != EEXIST { break }
        }
        throw Failure(
            description: "cannot create a temporary file in '\(directory.isEmpty ? "." : directory)': " + systemError())
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) throws(Failure) {
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { buffer in
                write(descriptor, buffer.baseAddress! + written, buffer.count - written)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw Failure(description: systemError())
            }
            written += count
        }
    }

    /// "a symbolic link", "a directory", … for the file type bits of `mode`.
    static func kind(_ mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFLNK: "a symbolic link"
        case S_IFDIR: "a directory"
        case S_IFCHR: "a character device"
        case S_IFBLK: "a block device"
        case S_IFIFO: "a FIFO"
        case S_IFSOCK: "a socket"
        default: "not a regular file"
        }
    }

    private static func systemError() -> String {
        String(cString: strerror(errno))
    }
}
