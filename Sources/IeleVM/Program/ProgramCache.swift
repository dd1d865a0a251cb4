import Foundation

/// Decoded programs by bytecode, so each contract is decoded once (ARCHITECTURE.md "Program cache").
///
/// Keyed by the bytes themselves (hashing them is far cheaper than decoding). Shared by every
/// transaction of the process; a lock guards the dictionary.
///
/// Hashing is still a pass over every byte (a `Hasher` call per byte for `[UInt8]`), paid by every
/// transaction. So the last program found is also kept with the very array it was found for, and
/// an array that shares that array's storage (the same code handed out again by the host, as an
/// in-memory world does) is recognised by its address alone. This is sound because the cache holds
/// the array: its storage cannot be freed, so no other array can have that address, and it cannot
/// be changed in place, since any holder that writes to it gets a copy first.
final class ProgramCache: @unchecked Sendable {
    static let shared = ProgramCache()

    private let lock = NSLock()
    private var programs: [[UInt8]: Program] = [:]
    private var failures: Set<[UInt8]> = []
    /// Bound on cached programs; the cache is simply emptied when it is reached.
    private let capacity = 4096
    /// The bytes of the last program returned, and that program.
    private var recentBytes: [UInt8] = []
    private var recentProgram: Program?

    /// The program of `bytes`, or nil when they are not valid bytecode.
    func program(for bytes: [UInt8]) -> Program? {
        if bytes.isEmpty { return Program.empty }
        lock.lock()
        if let recent = recentProgram, Self.shareStorage(recentBytes, bytes) {
            lock.unlock()
            return recent
        }
        if let program = programs[bytes] {
            remember(program, for: bytes)
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
        if let decoded {
            programs[bytes] = decoded
            remember(decoded, for: bytes)
        } else {
            failures.insert(bytes)
        }
        lock.unlock()
        return decoded
    }

    /// Called with the lock held.
    private func remember(_ program: Program, for bytes: [UInt8]) {
        recentBytes = bytes
        recentProgram = program
    }

    /// Whether two non-empty arrays are views of the same storage (so, while one is held, of the
    /// same bytes).
    private static func shareStorage(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        a.count == b.count
            && a.withUnsafeBufferPointer { a in b.withUnsafeBufferPointer { b in a.baseAddress == b.baseAddress } }
    }
}
