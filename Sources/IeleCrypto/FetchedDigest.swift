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
    /// - Throws: `CryptoLibraryFailure` when libcrypto itself is unusable (the algorithm is missing
    ///   from the installed OpenSSL, or a call fails); no input can cause it.
    func hash(_ buffer: UnsafeRawBufferPointer) throws(CryptoLibraryFailure) -> [UInt8] {
        guard let algorithm else { throw failure("EVP_MD_fetch") }
        // EVP_Digest ignores the data pointer when the count is 0, but still wants a valid pointer.
        var empty: UInt8 = 0
        var written: UInt32 = 0
        let digest = withUnsafeMutablePointer(to: &empty) { emptyPointer in
            let data = buffer.baseAddress ?? UnsafeRawPointer(emptyPointer)
            return [UInt8](unsafeUninitializedCapacity: count) { output, initialized in
                if EVP_Digest(data, buffer.count, output.baseAddress, &written, algorithm, nil) != 1 { written = 0 }
                initialized = Int(written) == count ? count : 0
            }
        }
        guard digest.count == count else { throw failure("EVP_Digest") }
        return digest
    }

    /// Hashes a message that `feed` hands over in pieces: `feed` is called once and calls its
    /// argument with each piece in order, so a message longer than memory (a precompile's zero
    /// padding) can be hashed from one small buffer reused.
    ///
    /// - Throws: `CryptoLibraryFailure`, as `hash(_:)`.
    func hash(pieces feed: (_ update: (UnsafeRawBufferPointer) -> Void) -> Void) throws(CryptoLibraryFailure)
        -> [UInt8]
    {
        guard let algorithm else { throw failure("EVP_MD_fetch") }
        guard let context = EVP_MD_CTX_new() else { throw failure("EVP_MD_CTX_new") }
        defer { EVP_MD_CTX_free(context) }
        guard EVP_DigestInit_ex(context, algorithm, nil) == 1 else { throw failure("EVP_DigestInit_ex") }
        var updated = true
        feed { piece in
            guard updated, piece.count > 0, let base = piece.baseAddress else { return }
            updated = EVP_DigestUpdate(context, base, piece.count) == 1
        }
        guard updated else { throw failure("EVP_DigestUpdate") }
        var written: UInt32 = 0
        let digest = [UInt8](unsafeUninitializedCapacity: count) { output, initialized in
            if EVP_DigestFinal_ex(context, output.baseAddress, &written) != 1 { written = 0 }
            initialized = Int(written) == count ? count : 0
        }
        guard digest.count == count else { throw failure("EVP_DigestFinal_ex") }
        return digest
    }

    private func failure(_ step: String) -> CryptoLibraryFailure {
        CryptoLibraryFailure(algorithm: name, step: step)
    }
}
