/// SHA-256 (FIPS 180-4), computed by OpenSSL's libcrypto, for IELE's `@iele.sha256` precompiled contract.
///
/// The precompile hashes the `LEN` low bytes of its `DATA` argument and returns the digest as a 256-bit word
/// (iele.md, "Precompiled Contracts", `SHA256`); turning arguments into bytes and the digest back into an
/// integer is the VM's job.
public enum SHA256 {
    /// The length of a digest in bytes.
    public static let digestCount = 32

    /// The algorithm, fetched from libcrypto once per process.
    static let digest = FetchedDigest(name: "SHA256", count: digestCount)

    /// Hashes a byte sequence.
    ///
    /// - Parameter bytes: the message; contiguous collections are read in place, others copied once.
    /// - Returns: the 32-byte digest.
    @inlinable
    public static func hash(_ bytes: some Collection<UInt8>) -> [UInt8] {
        if let result = bytes.withContiguousStorageIfAvailable({ hash(UnsafeRawBufferPointer($0)) }) {
            return result
        }
        return Array(bytes).withUnsafeBytes { hash($0) }
    }

    /// Hashes the bytes of a raw buffer.
    ///
    /// - Parameter buffer: the message.
    /// - Returns: the 32-byte digest.
    public static func hash(_ buffer: UnsafeRawBufferPointer) -> [UInt8] {
        digest.hash(buffer)
    }

    /// Hashes a message handed over in pieces, for a message too long to hold (see
    /// `IeleInt.forEachBigEndianChunk`).
    ///
    /// - Parameter feed: called once; it calls its argument with each piece of the message, in order.
    /// - Returns: the 32-byte digest.
    public static func hash(pieces feed: (_ update: (UnsafeRawBufferPointer) -> Void) -> Void) -> [UInt8] {
        digest.hash(pieces: feed)
    }
}
