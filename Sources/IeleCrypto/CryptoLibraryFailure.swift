/// libcrypto could not compute a digest: the algorithm is missing from the installed OpenSSL (for
/// example RIPEMD-160 before OpenSSL 3.0.7 without the legacy provider) or one of its calls failed.
///
/// No input causes it; it says the machine's libcrypto is unusable. It is an error, not a trap, so
/// that a VM serving many transactions reports it instead of stopping.
public struct CryptoLibraryFailure: Error, Hashable, Sendable, CustomStringConvertible {
    /// The OpenSSL algorithm name, e.g. "SHA256".
    public var algorithm: String
    /// The libcrypto step that failed, e.g. "EVP_MD_fetch".
    public var step: String

    public var description: String {
        "libcrypto \(step)(\(algorithm)) failed; OpenSSL 3.0.7 or newer with the algorithm is needed"
    }
}
