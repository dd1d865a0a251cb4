/// Keccak-256 as Ethereum and IELE use it: the original Keccak submission with pad byte 0x01, **not** NIST
/// SHA3-256 (pad byte 0x06). `Keccak256.hash([])` is c5d24601…5d85a470.
///
/// IELE uses it for `sha3`, account addresses (`#newAddr`, `#sender` in data.md) and code hashes. The
/// permutation lives in the generated ``KeccakState``; this file is the sponge: rate 136 bytes, capacity 512
/// bits, 32-byte output. Hashing allocates only the returned array.
public enum Keccak256 {
    /// The sponge rate of Keccak-256 in bytes (1088 bits).
    static let rate = 136

    /// The length of a digest in bytes.
    public static let digestCount = 32

    /// Hashes a byte sequence.
    ///
    /// - Parameter bytes: the message; contiguous collections (`[UInt8]`, `ArraySlice`, `Data`) are read in place,
    ///   others are copied once.
    /// - Returns: the 32-byte digest.
    @inlinable
    public static func hash(_ bytes: some Collection<UInt8>) -> [UInt8] {
        if let digest = bytes.withContiguousStorageIfAvailable({ hash(UnsafeRawBufferPointer($0)) }) {
            return digest
        }
        return Array(bytes).withUnsafeBytes { hash($0) }
    }

    /// Hashes the bytes of a raw buffer.
    ///
    /// - Parameter buffer: the message.
    /// - Returns: the 32-byte digest.
    ///
    /// The digest is built on the stack and copied into the array with `Array(_:)` over the raw bytes: on
    /// this toolchain that allocation path is about half the instructions of `init(unsafeUninitializedCapacity:)`
    /// (which looks up the array storage's generic metadata on every call).
    public static func hash(_ buffer: UnsafeRawBufferPointer) -> [UInt8] {
        var digest: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        return withUnsafeMutableBytes(of: &digest) { output in
            hash(buffer, into: output)
            return Array(UnsafeRawBufferPointer(output))
        }
    }

    /// Hashes the bytes of a raw buffer into caller-provided memory, allocating nothing.
    ///
    /// For hot paths that turn the digest straight into something else (an integer, a map key).
    ///
    /// - Parameters:
    ///   - buffer: the message.
    ///   - output: where the digest goes; its first 32 bytes are written, and it must have at least 32.
    public static func hash(_ buffer: UnsafeRawBufferPointer, into output: UnsafeMutableRawBufferPointer) {
        precondition(output.count >= digestCount, "Keccak256.hash(_:into:) needs 32 bytes of output")
        var state = KeccakState()
        absorbAll(buffer, into: &state)
        output.storeBytes(of: state.a0.littleEndian, toByteOffset: 0, as: UInt64.self)
        output.storeBytes(of: state.a1.littleEndian, toByteOffset: 8, as: UInt64.self)
        output.storeBytes(of: state.a2.littleEndian, toByteOffset: 16, as: UInt64.self)
        output.storeBytes(of: state.a3.littleEndian, toByteOffset: 24, as: UInt64.self)
    }

    /// Absorbs the whole message plus its padding into a fresh state, leaving it ready to be squeezed.
    ///
    /// Full blocks are read straight from `buffer`; the last partial block (possibly empty) is copied into a
    /// zeroed stack block where the Keccak padding 0x01 … 0x80 is applied (pad10*1 with the 0x01 domain bit).
    /// The state is updated in place rather than returned, which would copy its 200 bytes.
    static func absorbAll(_ buffer: UnsafeRawBufferPointer, into state: inout KeccakState) {
        let count = buffer.count
        var offset = 0
        if let base = buffer.baseAddress {
            while count - offset >= rate {
                state.absorb(block: base + offset)
                state.permute()
                offset += rate
            }
        }
        let tail = count - offset
        var block: PaddedBlock = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        withUnsafeMutableBytes(of: &block) { bytes in
            guard let blockBase = bytes.baseAddress else { return }
            if tail > 0, let base = buffer.baseAddress {
                blockBase.copyMemory(from: base + offset, byteCount: tail)
            }
            bytes[tail] ^= 0x01
            bytes[rate - 1] ^= 0x80
            state.absorb(block: UnsafeRawPointer(blockBase))
        }
        state.permute()
    }

    /// One rate-sized block (17 lanes = 136 bytes) on the stack, zeroed by its initialiser.
    typealias PaddedBlock = (
        UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64,
        UInt64, UInt64, UInt64, UInt64
    )
}
