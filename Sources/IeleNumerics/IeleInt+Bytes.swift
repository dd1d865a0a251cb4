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
    public init(bigEndianUnsigned bytes: some Collection<UInt8>) {
        self = IeleInt.fromBytes(Array(bytes), bigEndian: true, signed: false)
    }

    /// Reads big-endian two's-complement bytes: K `Bytes2Int(B, BE, Signed)`. Empty bytes are 0.
    public init(bigEndianSigned bytes: some Collection<UInt8>) {
        self = IeleInt.fromBytes(Array(bytes), bigEndian: true, signed: true)
    }

    /// Reads little-endian unsigned bytes: K `Bytes2Int(B, LE, Unsigned)` (ranged `load`).
    public init(littleEndianUnsigned bytes: some Collection<UInt8>) {
        self = IeleInt.fromBytes(Array(bytes), bigEndian: false, signed: false)
    }

    /// Reads little-endian two's-complement bytes: K `Bytes2Int(B, LE, Signed)` (whole-cell `load`).
    public init(littleEndianSigned bytes: some Collection<UInt8>) {
        self = IeleInt.fromBytes(Array(bytes), bigEndian: false, signed: true)
    }

    private static func fromBytes(_ bytes: [UInt8], bigEndian: Bool, signed: Bool) -> IeleInt {
        let count = bytes.count
        guard count > 0 else { return .zero }
        let top = bigEndian ? bytes[0] : bytes[count - 1]
        let negative = signed && top >= 0x80
        if count <= 8 {
            var word: UInt64 = 0
            if bigEndian {
                for b in bytes { word = word << 8 | UInt64(b) }
            } else {
                for b in bytes.reversed() { word = word << 8 | UInt64(b) }
            }
            if negative && count < 8 { word |= ~0 << UInt64(8 * count) }  // sign-extend
            if signed { return IeleInt(Int64(bitPattern: word)) }
            return IeleInt(word)
        }
        let unsigned = makeIeleInt { out in
            bytes.withUnsafeBufferPointer { buffer in
                __gmpz_import(out, count, bigEndian ? 1 : -1, 1, 0, 0, buffer.baseAddress)
            }
        }
        guard negative else { return unsigned }
        // Signed reading: subtract 2^(8·count) when the top bit is set.
        return withMPZ(unsigned) { u in
            makeIeleInt { out in
                __gmpz_set_ui(out, 1)
                __gmpz_mul_2exp(out, out, UInt(8 * count))
                __gmpz_sub(out, u, out)
            }
        }
    }
}

// MARK: - Writing

extension IeleInt {
    /// Exactly `count` big-endian bytes of the value modulo 256^count: K `Int2Bytes(N, I, BE)`.
    /// For a non-negative value that fits, this is the unsigned representation padded with zeros;
    /// a negative value gives its two's complement. `count <= 0` gives no bytes.
    public func bigEndianBytes(count: Int) -> [UInt8] {
        var bytes = littleEndianBytes(count: count)
        bytes.reverse()
        return bytes
    }

    /// Exactly `count` little-endian bytes of the value modulo 256^count: K `Int2Bytes(N, I, LE)`
    /// (the ranged `store` writes `Int2Bytes(chop(WIDTH), twos(chop(WIDTH), VALUE), LE)`, the same bytes).
    public func littleEndianBytes(count: Int) -> [UInt8] {
        guard count > 0 else { return [] }
        switch storage {
        case .small(let v):
            var bytes = [UInt8](repeating: v < 0 ? 0xff : 0, count: count)
            var word = UInt(bitPattern: v)
            for i in 0..<Swift.min(count, 8) {
                bytes[i] = UInt8(truncatingIfNeeded: word)
                word >>= 8
            }
            return bytes
        case .big(let box):
            return withExtendedLifetime(box) {
                var bytes = IeleInt.magnitudeLittleEndian(box.pointer, count: count)
                if signum < 0 { IeleInt.negateLittleEndian(&bytes) }
                return bytes
            }
        }
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

    /// The low `count` bytes of |value| in a new little-endian array (zero-padded).
    private static func magnitudeLittleEndian(_ z: UnsafePointer<__mpz_struct>, count: Int) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        let limbs = Swift.min(cgmp_limb_count(z), (count + 7) / 8)
        bytes.withUnsafeMutableBufferPointer { out in
            for l in 0..<limbs {
                var limb = UInt(cgmp_limb(z, l))
                let base = l * 8
                for i in base..<Swift.min(base + 8, count) {
                    out[i] = UInt8(truncatingIfNeeded: limb)
                    limb >>= 8
                }
            }
        }
        return bytes
    }

    /// Two's-complement negation in place (invert, add one), little-endian.
    private static func negateLittleEndian(_ bytes: inout [UInt8]) {
        var carry = true
        for i in bytes.indices {
            let inverted = ~bytes[i]
            if carry {
                let (sum, overflow) = inverted.addingReportingOverflow(1)
                bytes[i] = sum
                carry = overflow
            } else {
                bytes[i] = inverted
            }
        }
    }
}
