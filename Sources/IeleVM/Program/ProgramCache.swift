import Foundation

/// Decoded programs by bytecode, so each contract is decoded once (ARCHITECTURE.md "Program cache").
///
/// Keyed by the bytes themselves (hashing them is far cheaper than decoding). Shared by every
/// transaction of the process; a lock guards the dictionary.
final class ProgramCache: @unchecked Sendable {
    static let shared = ProgramCache()

    private let lock = NSLock()
    private var programs: [[UInt8]: Program] = [:]
    private var failures: Set<[UInt8]> = []
    /// Bound on cached programs; the cache is simply emptied when it is reached.
    private let capacity = 4096

    /// The program of `bytes`, or nil when they are not valid bytecode.
    func program(for bytes: [UInt8]) -> Program? {
        if bytes.isEmpty { return Program.empty }
        lock.lock()
        if let program = programs[bytes] {
            lock.unlock()
            return program
        }
        let failed = failures.contains(bytes)
        lock.unlock()
        if failed { return nil }
        let decoded = try? ProgramDecoder.decode(bytes)
        lock.lock()
        if programs.count >= capacity {
            programs.removeAll(keepingCapacity: true)
            failures.removeAll(keepingCapacity: true)
        }
        if let decoded { programs[bytes] = decoded } else { failures.insert(bytes) }
        lock.unlock()
        return decoded
    }
}
