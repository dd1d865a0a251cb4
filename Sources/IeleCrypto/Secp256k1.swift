import CSecp256k1

/// ECDSA public-key recovery on secp256k1 through libsecp256k1, with the semantics of IELE's `@iele.ecrec`.
///
/// The reference (iele.md, "Precompiled Contracts", `ECREC`; data.md, `#sender`) passes the hash, r and s as
/// 32-byte big-endian strings and v as an integer to the blockchain plugin's `ECDSARecover`, then returns the
/// address `keccak256(publicKey)[12..<32]` (public key = the 64 bytes x ‖ y), or -1 when recovery fails. The
/// plugin accepts exactly v ∈ {27, 28} and leaves every other check to libsecp256k1, which refuses r or s of 0
/// or ≥ n and an r that is no curve point's x coordinate; high s is accepted, as in Ethereum's precompile.
/// These checks are repeated here explicitly so the behaviour does not hinge on library details.
///
/// The caller turns the contract's integers into bytes: negative arguments are a `USER_ERROR` exception
/// before recovery is attempted, and `Int2Bytes(32, X, BE)` keeps the low 32 bytes of a larger value.
public enum Secp256k1 {
    /// The group order n, big-endian.
    static let order: [UInt8] = [
        0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFE,
        0xBA, 0xAE, 0xDC, 0xE6, 0xAF, 0x48, 0xA0, 0x3B, 0xBF, 0xD2, 0x5E, 0x8C, 0xD0, 0x36, 0x41, 0x41,
    ]

    /// Recovers the 20-byte address of the key that signed `hash`, as `@iele.ecrec` returns it.
    ///
    /// - Parameters:
    ///   - hash: the signed 32-byte message hash.
    ///   - v: the recovery value, 27 or 28 (anything else fails).
    ///   - r: the signature's r, 32 bytes big-endian; must satisfy 0 < r < n.
    ///   - s: the signature's s, 32 bytes big-endian; must satisfy 0 < s < n (high s is accepted).
    /// - Returns: the address (the last 20 bytes of Keccak-256 of the 64-byte public key), or nil when any
    ///   input is out of range or has the wrong length, or no key recovers from the signature.
    public static func recoverAddress(
        hash: some Collection<UInt8>, v: Int, r: some Collection<UInt8>, s: some Collection<UInt8>
    ) -> [UInt8]? {
        guard let publicKey = recoverPublicKey(hash: hash, v: v, r: r, s: s) else { return nil }
        return Array(Keccak256.hash(publicKey)[12...])
    }

    /// ``recoverAddress(hash:v:r:s:)`` with v given as a big-endian magnitude of any length (e.g. a 32-byte
    /// word), so a caller holding only bytes need not convert; leading zero bytes are ignored.
    ///
    /// - Returns: the 20-byte address, or nil as for the `Int` form.
    public static func recoverAddress(
        hash: some Collection<UInt8>, v: some Collection<UInt8>, r: some Collection<UInt8>, s: some Collection<UInt8>
    ) -> [UInt8]? {
        guard let small = smallValue(bigEndian: v) else { return nil }
        return recoverAddress(hash: hash, v: small, r: r, s: s)
    }

    /// Recovers the signer's public key as the 64 bytes x ‖ y (big-endian coordinates, no 0x04 prefix).
    ///
    /// - Parameters: as for ``recoverAddress(hash:v:r:s:)``.
    /// - Returns: the public key, or nil when the inputs are invalid or recovery fails.
    public static func recoverPublicKey(
        hash: some Collection<UInt8>, v: Int, r: some Collection<UInt8>, s: some Collection<UInt8>
    ) -> [UInt8]? {
        guard v == 27 || v == 28 else { return nil }
        let hash = Array(hash)
        let r = Array(r)
        let s = Array(s)
        guard hash.count == 32, isValidScalar(r), isValidScalar(s) else { return nil }
        guard let context = SharedContext.shared.context else { return nil }

        var compact = r + s
        var signature = secp256k1_ecdsa_recoverable_signature()
        guard secp256k1_ecdsa_recoverable_signature_parse_compact(
            context, &signature, &compact, Int32(v - 27)) == 1
        else { return nil }
        var publicKey = secp256k1_pubkey()
        guard secp256k1_ecdsa_recover(context, &publicKey, &signature, hash) == 1 else { return nil }

        var serialized = [UInt8](repeating: 0, count: 65)
        var length = serialized.count
        guard secp256k1_ec_pubkey_serialize(
            context, &serialized, &length, &publicKey, UInt32(SECP256K1_EC_UNCOMPRESSED)) == 1,
            length == 65
        else { return nil }
        return Array(serialized[1...])
    }

    /// Whether a 32-byte big-endian value lies in 1 ..< n.
    static func isValidScalar(_ bytes: [UInt8]) -> Bool {
        guard bytes.count == 32, bytes.contains(where: { $0 != 0 }) else { return false }
        return bytes.lexicographicallyPrecedes(order)
    }

    /// The value of a big-endian magnitude if it is at most 255 (enough for v), else nil.
    static func smallValue(bigEndian bytes: some Collection<UInt8>) -> Int? {
        var value: Int? = 0
        for byte in bytes {
            guard let current = value else { return nil }
            value = current == 0 ? Int(byte) : nil
        }
        return value
    }
}

/// The libsecp256k1 context shared by every recovery.
///
/// Creating a context costs far more than a recovery, so one is made per process and never destroyed.
/// Recovery only reads the context, which libsecp256k1 documents as safe from many threads at once; that is
/// what makes the `@unchecked Sendable` sound (the randomisation call that would mutate it is never made).
struct SharedContext: @unchecked Sendable {
    /// The context, or nil if libsecp256k1 could not allocate one.
    let context: OpaquePointer?

    static let shared = SharedContext(
        // VERIFY is what libsecp256k1 < 0.2 requires for recovery; 0.2+ treats it as CONTEXT_NONE.
        context: secp256k1_context_create(UInt32(SECP256K1_CONTEXT_VERIFY)))
}
