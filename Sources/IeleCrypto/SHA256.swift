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
    /// - Throws: `CryptoLibraryFailure` when libcrypto is unusable (no input causes it).
    @inlinable
    public static func hash(_ bytes: some Collection<UInt8>) throws(CryptoLibraryFailure) -> [UInt8] {
        let contiguous = bytes.withContiguousStorageIfAvailable { buffer in
            Result { () throws(CryptoLibraryFailure) in try hash(UnsafeRawBufferPointer(buffer)) }
        }
        if let contiguous { return try contiguous.get() }
        return try Array(bytes).withUnsafeBytes { buffer in
            Result { () throws(CryptoLibraryFailure) in try hash(buffer) }
        }.get()
    }

    /// Hashes the bytes of a raw buffer.
    ///
    /// - Parameter buffer: the message.
    /// - Returns: the 32-byte digest.
    /// - Throws: `CryptoLibraryFailure` when libcrypto is unusable.
    public static func hash(_ buffer: UnsafeRawBufferPointer) throws(CryptoLibraryFailure) -> [UInt8] {
        try digest.hash(buffer)
    }

    /// Hashes a message handed over in pieces, for a message too long to hold (see
    /// `IeleInt.forEachBigEndianChunk`).
    ///
    /// - Parameter feed: called once; it calls its argument with each piece of the message, in order.
    /// - Returns: the 32-byte digest.
    /// - Throws: `CryptoLibraryFailure` when libcrypto is unusable.
    public static func hash(pieces feed: (_ update: (UnsafeRawBufferPointer) -> Void) -> Void)
        throws(CryptoLibraryFailure) -> [UInt8]
    {
        try digest.hash(pieces: feed)
    }
}
