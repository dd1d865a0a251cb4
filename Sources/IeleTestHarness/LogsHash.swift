import IeleVM

/// The `logs` field of a result: keccak256 of the RLP of the transaction's log entries.
///
/// iele-testing.md (`#rlpEncodeLogs`) encodes the list of entries, each as the list
/// `[address, [topic…], data]` where the address is written as a 20-byte string, every topic as a
/// 32-byte string after `chop` (so modulo 2^256; negative topics wrap), and the data as a plain
/// byte string. With no logs that is `0xc0`, whose hash is `0x1dcc4de8…9347`. The encoding itself
/// belongs to the VM's `LogEntry`, which node adapters use too; this is the harness's name for it.
public enum LogsHash {
    /// The RLP encoding the reference hashes.
    public static func encode(_ logs: [LogEntry]) -> [UInt8] {
        LogEntry.rlpEncoding(of: logs)
    }

    /// keccak256 of `encode(logs)`: the value to compare with a result's `logs`.
    public static func hash(_ logs: [LogEntry]) -> [UInt8] {
        LogEntry.hash(of: logs)
    }
}
