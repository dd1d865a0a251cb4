import CGMP

// Conversions between integers and byte strings, as K's `Int2Bytes` / `Bytes2Int` define them.
// IELE uses them for local memory (iele.md "Local Memory": a cell holds `Int2Bytes(V, LE, Signed)`,
// `load` reads `Bytes2Int(LM, LE, Signed)`, the ranged forms use fixed widths), for RLP and for
// precompile inputs (`Int2Bytes(32, HASH, BE)`).
//
// K's rules, which these follow:
// - `Int2Bytes(N, I, E)`: exactly N bytes of I's two's complement (I taken mod 256^N).
// - `Int2Bytes(I, E, Signed)`: 0 → empty; I > 0 → `(log2Int(I) +Int 9) /Int 8` bytes;
//   I < -1 → `(log2Int(~Int I) +Int 9) /Int 8` bytes; -1 → one byte 0xff.
// - `Int2Bytes(I, E, Unsigned)`: 0 → empty; I > 0 → `(log2Int(I) +Int 8) /Int 8` bytes; no rule for I < 0.
// - `Bytes2Int(B, E, Unsigned | Signed)`: empty → 0; Signed reads the top bit as the sign.

extension IeleInt {
    /// Reads big-endian unsigned bytes: K `Bytes2Int(B, BE, Unsigned)` (data.md `#asUnsigned`).
    @inlinable
    public init(bigEndianUnsigned bytes: some Collection<UInt8>) {
        self = IeleInt.fromBytes(bytes, bigEndian: true, signed: false)
    }

    /// Reads big-endian two's-complement bytes: K `Bytes2Int(B, BE, Signed)`. Empty bytes are 0.
    @inlinable
    public init(bigEndianSigned bytes: some Collection<UInt8>) {
        self = IeleInt.fromBytes(bytes, bigEndian: true, signed: true)
    }

    /// Reads little-endian unsigned bytes: K `Bytes2Int(B, LE, Unsigned)` (ranged `load`).
    @inlinable
    public init(littleEndianUnsigned bytes: some Collection<UInt8>) {
        self = IeleInt.fromBytes(bytes, bigEndian: false, signed: false)
    }

    /// Reads little-endian two's-complement bytes: K `Bytes2Int(B, LE, Signed)` (whole-cell `load`).
    @inlinable
    public init(littleEndianSigned bytes: some Collection<UInt8>) {
        self = IeleInt.fromBytes(bytes, bigEndian: false, signed: true)
    }

    /// Reads contiguous storage in place (arrays, slices, `Data`-like buffers); copies anything else once.
    @inlinable
    static func fromBytes(_ bytes: some Collection<UInt8>, bigEndian: Bool, signed: Bool) -> IeleInt {
        if let value = bytes.withContiguousStorageIfAvailable({
            fromBytes(buffer: $0, bigEndian: bigEndian, signed: signed)
        }) {
            return value
        }
        return Array(bytes).withUnsafeBufferPointer { fromBytes(buffer: $0, bigEndian: bigEndian, signed: signed) }
    }

    /// Assembles 64-bit words straight from the bytes; big values are written into GMP's limbs
    /// (`mpz_limbs_write`), which is several times faster than byte-wise `mpz_import`.
    @usableFromInline
    static func fromBytes(buffer: UnsafeBufferPointer<UInt8>, bigEndian: Bool, signed: Bool) -> IeleInt {
        let count = buffer.count
        guard count > 0 else { return .zero }
        let negative = signed && (bigEndian ? buffer[0] : buffer[count - 1]) >= 0x80
        let limbCount = (count + 7) / 8
        /// Word `w` (least significant first) of the two's-complement value, sign-filled at the top.
        func word(_ w: Int) -> UInt64 {
            var value: UInt64 = negative ? ~0 : 0
            let low = w * 8
            for k in stride(from: Swift.min(low + 8, count) - 1, through: low, by: -1) {
                let byte = buffer[bigEndian ? count - 1 - k : k]
                value = value << 8 | UInt64(byte)
            }
            return value
        }
        if limbCount == 1 {
            let w = word(0)
            return signed ? IeleInt(Int64(bitPattern: w)) : IeleInt(w)
        }
        return makeIeleInt { out in
            guard let limbs = __gmpz_limbs_write(out, limbCount) else { return }
            var carry: UInt64 = 1
            for w in 0..<limbCount {
                var limb = word(w)
                if negative {  // magnitude = two's-complement negation (invert, add one)
                    (limb, carry) = (~limb &+ carry, (carry == 1 && limb == 0) ? 1 : 0)
                }
                limbs[w] = mp_limb_t(limb)
            }
            __gmpz_limbs_finish(out, negative ? -limbCount : limbCount)
        }
    }
}

// MARK: - Writing

extension IeleInt {
    /// Exactly `count` big-endian bytes of the value modulo 256^count: K `Int2Bytes(N, I, BE)`.
    /// For a non-negative value that fits, this is the unsigned representation padded with zeros;
    /// a negative value gives its two's complement. `count <= 0` gives no bytes. The caller bounds
    /// `count` (the gas rules charge for it first).
    public func bigEndianBytes(count: Int) -> [UInt8] {
        bytes(count: count, bigEndian: true)
    }

    /// Exactly `count` little-endian bytes of the value modulo 256^count: K `Int2Bytes(N, I, LE)`
    /// (the ranged `store` writes `Int2Bytes(chop(WIDTH), twos(chop(WIDTH), VALUE), LE)`, the same bytes).
    public func littleEndianBytes(count: Int) -> [UInt8] {
        bytes(count: count, bigEndian: false)
    }

    /// Fills `buffer` with exactly `buffer.count` bytes of the value modulo 256^count, in the given byte
    /// order: K `Int2Bytes(N, I, E)` written in place, so a ranged `store` can write straight into a
    /// memory cell without building an intermediate array.
    public func copyBytes(into buffer: UnsafeMutableRawBufferPointer, bigEndian: Bool) {
        let count = buffer.count
        guard count > 0 else { return }
        let negative = signum < 0
        func store(_ word: UInt64, at w: Int) {
            let low = w * 8
            if low + 8 <= count {
                if bigEndian {
                    buffer.storeBytes(of: word.bigEndian, toByteOffset: count - low - 8, as: UInt64.self)
                } else {
                    buffer.storeBytes(of: word.littleEndian, toByteOffset: low, as: UInt64.self)
                }
                return
            }
            var value = word
            for k in low..<count {
                buffer[bigEndian ? count - 1 - k : k] = UInt8(truncatingIfNeeded: value)
                value >>= 8
            }
        }
        let wordCount = (count + 7) / 8
        let fill: UInt64 = negative ? ~0 : 0
        switch storage {
        case .small(let v):
            store(UInt64(bitPattern: Int64(v)), at: 0)
            for w in 1..<Swift.max(1, wordCount) { store(fill, at: w) }
        case .big(let box):
            withExtendedLifetime(box) {
                let z = UnsafePointer(box.pointer)
                let used = cgmp_limb_count(z)
                var carry: UInt64 = 1
                for w in 0..<wordCount {
                    let magnitude = w < used ? UInt64(cgmp_limb(z, w)) : 0
                    guard negative else { store(magnitude, at: w); continue }
                    store(~magnitude &+ carry, at: w)
                    carry = (carry == 1 && magnitude == 0) ? 1 : 0
                }
            }
        }
    }

    private func bytes(count: Int, bigEndian: Bool) -> [UInt8] {
        guard count > 0 else { return [] }
        var result = [UInt8](repeating: 0, count: count)
        result.withUnsafeMutableBytes { copyBytes(into: $0, bigEndian: bigEndian) }
        return result
    }

    /// The shortest big-endian two's-complement bytes: K `Int2Bytes(I, BE, Signed)` (0 → no bytes).
    /// This is what RLP's `#rlpEncodeInts` writes.
    public var signedBigEndianBytes: [UInt8] {
        bigEndianBytes(count: signedByteCount)
    }

    /// The shortest little-endian two's-complement bytes: K `Int2Bytes(I, LE, Signed)` (0 → no bytes).
    /// This is what the whole-cell `store VALUE, CELL` puts in local memory.
    public var signedLittleEndianBytes: [UInt8] {
        littleEndianBytes(count: signedByteCount)
    }

    /// The shortest big-endian unsigned bytes: K `Int2Bytes(I, BE, Unsigned)` (0 → no bytes).
    /// - Returns: `nil` for a negative value (K has no rule for it).
    public var unsignedBigEndianBytes: [UInt8]? {
        signum < 0 ? nil : bigEndianBytes(count: unsignedByteCount)
    }

    /// The shortest little-endian unsigned bytes: K `Int2Bytes(I, LE, Unsigned)` (0 → no bytes).
    /// - Returns: `nil` for a negative value.
    public var unsignedLittleEndianBytes: [UInt8]? {
        signum < 0 ? nil : littleEndianBytes(count: unsignedByteCount)
    }

    /// The length of `Int2Bytes(I, E, Signed)`: 0 for 0, otherwise enough bytes for the bits plus a sign bit.
    /// Lets the VM size memory (`bytesInWords(lengthBytes(LM))`) without building the bytes.
    @inlinable
    public var signedByteCount: Int {
        if isZero { return 0 }
        let n = signum < 0 ? ~self : self  // ~(-1) = 0 has no bits: one byte, as K's -1 rule says
        return (n.magnitudeBitWidth + 8) / 8
    }

    /// The length of `Int2Bytes(I, E, Unsigned)` for a non-negative value: `ceil(bits / 8)`, 0 for 0.
    /// (For a negative value, the byte length of its magnitude.)
    @inlinable
    public var unsignedByteCount: Int {
        (magnitudeBitWidth + 7) / 8
    }
}
