import COpenSSL

/// A libcrypto message digest (`EVP_MD`) fetched once and shared by every hash call.
///
/// OpenSSL 3's one-shot `SHA256()` / `RIPEMD160()` fetch the algorithm from the provider on every call, which
/// doubles the cost of a short hash; fetching once and calling `EVP_Digest` avoids that (see DEPENDENCIES.md).
/// A fetched `EVP_MD` is immutable and reference-counted by libcrypto, so sharing it across threads is safe;
/// that is what makes the `@unchecked Sendable` sound. It is never freed: it lives as long as the process.
struct FetchedDigest: @unchecked Sendable {
    /// The fetched algorithm, or nil when the default provider does not offer it.
    private let algorithm: OpaquePointer?
    /// The algorithm's name, for the failure message.
    private let name: String
    /// The digest length in bytes.
    let count: Int

    /// Fetches `name` from the default provider.
    ///
    /// - Parameters:
    ///   - name: the OpenSSL algorithm name, e.g. "SHA256", "RIPEMD160".
    ///   - count: the digest length in bytes.
    init(name: String, count: Int) {
        self.name = name
        self.count = count
        self.algorithm = EVP_MD_fetch(nil, name, nil)
    }

    /// Hashes `buffer` with the fetched algorithm.
    ///
    /// A failure here means libcrypto itself is unusable (the algorithm is missing from the installed OpenSSL,
    /// e.g. RIPEMD-160 before OpenSSL 3.0.7 without the legacy provider); no input can cause it, so it stops
    /// the process with a message naming the algorithm instead of returning a wrong digest.
    func hash(_ buffer: UnsafeRawBufferPointer) -> [UInt8] {
        guard let algorithm else {
            preconditionFailure("libcrypto does not provide \(name); install OpenSSL 3.0.7 or newer")
        }
        // EVP_Digest ignores the data pointer when the count is 0, but still wants a valid pointer.
        var empty: UInt8 = 0
        return withUnsafeMutablePointer(to: &empty) { emptyPointer in
            let data = buffer.baseAddress ?? UnsafeRawPointer(emptyPointer)
            return [UInt8](unsafeUninitializedCapacity: count) { output, initialized in
                var written: UInt32 = 0
                let ok = EVP_Digest(data, buffer.count, output.baseAddress, &written, algorithm, nil)
                guard ok == 1, Int(written) == count else {
                    preconditionFailure("libcrypto EVP_Digest(\(name)) failed")
                }
                initialized = count
            }
        }
    }

    /// Hashes a message that `feed` hands over in pieces: `feed` is called once and calls its
    /// argument with each piece in order, so a message longer than memory (a precompile's zero
    /// padding) can be hashed from one small buffer reused.
    ///
    /// A failure means libcrypto itself is unusable, as for `hash(_:)`.
    func hash(pieces feed: (_ update: (UnsafeRawBufferPointer) -> Void) -> Void) -> [UInt8] {
        guard let algorithm, let context = EVP_MD_CTX_new() else {
            preconditionFailure("libcrypto does not provide \(name); install OpenSSL 3.0.7 or newer")
        }
        defer { EVP_MD_CTX_free(context) }
        guard EVP_DigestInit_ex(context, algorithm, nil) == 1 else {
            preconditionFailure("libcrypto EVP_DigestInit_ex(\(name)) failed")
        }
        feed { piece in
            guard piece.count > 0, let base = piece.baseAddress else { return }
            guard EVP_DigestUpdate(context, base, piece.count) == 1 else {
                preconditionFailure("libcrypto EVP_DigestUpdate(\(name)) failed")
            }
        }
        return [UInt8](unsafeUninitializedCapacity: count) { output, initialized in
            var written: UInt32 = 0
            guard EVP_DigestFinal_ex(context, output.baseAddress, &written) == 1, Int(written) == count else {
                preconditionFailure("libcrypto EVP_DigestFinal_ex(\(name)) failed")
            }
            initialized = count
        }
    }
}
