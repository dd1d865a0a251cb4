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
        fromBytes(raw: UnsafeRawBufferPointer(buffer), bigEndian: bigEndian, signed: signed)
    }

    /// `fromBytes(buffer:bigEndian:signed:)` over untyped bytes.
    static func fromBytes(raw buffer: UnsafeRawBufferPointer, bigEndian: Bool, signed: Bool) -> IeleInt {
        let count = buffer.count
        guard count > 0 else { return .zero }
        let words = ByteWords(buffer, bigEndian: bigEndian, signed: signed)
        if count <= 8 {
            let w = words.word(0)
            if signed { return IeleInt(Int(Int64(bitPattern: w))) }
            if w <= UInt64(Int.max) { return IeleInt(Int(w)) }
        }
        return makeIeleInt { words.write(into: $0) }
    }

    /// Replaces the value with `Bytes2Int(bytes, BE | LE, Signed | Unsigned)`, the same value as
    /// `init(bigEndianUnsigned:)` and its siblings, but written into this value's own GMP storage
    /// when it holds the only reference to it (copy-on-write): a register overwritten every
    /// iteration with a value of the same size (the `sha3` of a hash chain) then allocates nothing.
    public mutating func assign(bytes: UnsafeRawBufferPointer, bigEndian: Bool, signed: Bool) {
        if bytes.count > 8,
            writeInPlace({ ByteWords(bytes, bigEndian: bigEndian, signed: signed).write(into: $0) })
        {
            return
        }
        self = IeleInt.fromBytes(raw: bytes, bigEndian: bigEndian, signed: signed)
    }
}

/// A byte string read as 64-bit two's-complement words, least significant word first
/// (K `Bytes2Int`): a full 8-byte word is one unaligned load, only a partial top word is
/// assembled byte by byte, and a signed negative string is sign-filled at the top.
private struct ByteWords {
    let buffer: UnsafeRawBufferPointer
    let bigEndian: Bool
    let negative: Bool

    init(_ buffer: UnsafeRawBufferPointer, bigEndian: Bool, signed: Bool) {
        self.buffer = buffer
        self.bigEndian = bigEndian
        let count = buffer.count
        negative = signed && count > 0 && (bigEndian ? buffer[0] : buffer[count - 1]) >= 0x80
    }

    /// Word `w` of the value (w * 8 < count).
    @inline(__always)
    func word(_ w: Int) -> UInt64 {
        let count = buffer.count
        let low = w * 8
        if low + 8 <= count, let raw = buffer.baseAddress {
            return bigEndian
                ? UInt64(bigEndian: raw.loadUnaligned(fromByteOffset: count - low - 8, as: UInt64.self))
                : UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: low, as: UInt64.self))
        }
        var value: UInt64 = negative ? ~0 : 0
        for k in stride(from: count - 1, through: low, by: -1) {
            value = value << 8 | UInt64(buffer[bigEndian ? count - 1 - k : k])
        }
        return value
    }

    /// Sets `out` to the value: the magnitude's limbs (two's-complement negated for a negative
    /// string) and the sign. When `out` already has room for the limbs they are written in place
    /// and the size set as `mpz_limbs_finish` sets it (top zero limbs stripped); only a growth goes
    /// through `mpz_limbs_write`.
    func write(into out: UnsafeMutablePointer<__mpz_struct>) {
        let limbCount = (buffer.count + 7) / 8
        let limbs: UnsafeMutablePointer<mp_limb_t>
        if Int(out.pointee._mp_alloc) >= limbCount, let existing = out.pointee._mp_d {
            limbs = existing
        } else if let grown = __gmpz_limbs_write(out, limbCount) {
            limbs = grown
        } else {
            out.pointee._mp_size = 0
            return
        }
        if !negative, buffer.count == limbCount &* 8, let raw = buffer.baseAddress {
            // Whole words of a non-negative value (a hash, a byte-swapped word): plain loads.
            for w in 0..<limbCount {
                let offset = bigEndian ? (limbCount &- 1 &- w) &* 8 : w &* 8
                let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                limbs[w] = mp_limb_t(bigEndian ? UInt64(bigEndian: word) : UInt64(littleEndian: word))
            }
        } else {
            var carry: UInt64 = 1
            for w in 0..<limbCount {
                var limb = word(w)
                if negative {  // magnitude = two's-complement negation (invert, add one)
                    (limb, carry) = (~limb &+ carry, (carry == 1 && limb == 0) ? 1 : 0)
                }
                limbs[w] = mp_limb_t(limb)
            }
        }
        var used = limbCount
        while used > 0, limbs[used &- 1] == 0 { used &-= 1 }
        out.pointee._mp_size = Int32(negative ? -used : used)
    }
}

// MARK: - Writing

extension IeleInt {
    /// The largest byte string built on the stack before it is copied into an array (see `bytes(count:bigEndian:)`).
    static var stackByteLimit: Int { 512 }

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
    @inline(__always)
    public func copyBytes(into buffer: UnsafeMutableRawBufferPointer, bigEndian: Bool) {
        guard buffer.count > 0 else { return }
        switch storage {
        case .small(let v):
            let fill: UInt64 = v < 0 ? ~0 : 0
            WordSink(buffer: buffer, bigEndian: bigEndian).write { w in w == 0 ? UInt64(bitPattern: Int64(v)) : fill }
        case .big(let box):
            withExtendedLifetime(box) {
                // The magnitude's limbs, read from the mpz fields (GMP keeps `_mp_size` normalised).
                let z = box.pointer.pointee
                let used = Int(z._mp_size.magnitude)
                guard let limbs = z._mp_d else { return }
                let sink = WordSink(buffer: buffer, bigEndian: bigEndian)
                if z._mp_size > 0, !bigEndian, UInt64(1).littleEndian == 1, let base = buffer.baseAddress {
                    // On a little-endian host the limbs in memory are the little-endian bytes of the
                    // magnitude: copy what fits, zero the rest.
                    let copied = Swift.min(used &* 8, buffer.count)
                    base.copyMemory(from: UnsafeRawPointer(limbs), byteCount: copied)
                    let rest = buffer.count &- copied
                    if rest > 0 { (base + copied).initializeMemory(as: UInt8.self, repeating: 0, count: rest) }
                } else if z._mp_size > 0 {
                    sink.write { w in w < used ? UInt64(limbs[w]) : 0 }
                } else {
                    // Two's complement of the magnitude: invert, then add one carried up from the bottom.
                    var carry: UInt64 = 1
                    sink.write { w in
                        let magnitude = w < used ? UInt64(limbs[w]) : 0
                        let word = ~magnitude &+ carry
                        carry = (carry == 1 && magnitude == 0) ? 1 : 0
                        return word
                    }
                }
            }
        }
    }

    /// `copyBytes(into:bigEndian:)` of the value at `value`, read where it is: a caller that reads a
    /// value out of memory it does not own (a VM register) and passes it to an opaque call must
    /// otherwise retain and release its storage around the call.
    public static func copyBytes(
        of value: UnsafePointer<IeleInt>, into buffer: UnsafeMutableRawBufferPointer, bigEndian: Bool
    ) {
        value.pointee.copyBytes(into: buffer, bigEndian: bigEndian)
    }

    /// Short results are written into a stack buffer and copied with `Array(_:)` over the raw bytes: on this
    /// toolchain `[UInt8](repeating:count:)` looks up the array storage's generic metadata on every call, and
    /// the copying initialiser does not (about half the instructions for a 32-byte array).
    private func bytes(count: Int, bigEndian: Bool) -> [UInt8] {
        guard count > 0 else { return [] }
        if count <= IeleInt.stackByteLimit {
            return withUnsafeTemporaryAllocation(byteCount: count, alignment: 8) { buffer in
                copyBytes(into: buffer, bigEndian: bigEndian)
                return Array(UnsafeRawBufferPointer(buffer))
            }
        }
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

/// Writes 64-bit words (least significant first) as the bytes of a buffer, in either byte order;
/// a partial top word (a width that is not a multiple of 8) is written byte by byte.
struct WordSink {
    let buffer: UnsafeMutableRawBufferPointer
    let bigEndian: Bool

    /// Writes word `w` = `word(w)` for every word of the buffer, in increasing `w`.
    @inline(__always)
    func write(_ word: (Int) -> UInt64) {
        let count = buffer.count
        let fullWords = count / 8
        for w in 0..<fullWords {
            let value = word(w)
            if bigEndian {
                buffer.storeBytes(of: value.bigEndian, toByteOffset: count &- 8 &* (w &+ 1), as: UInt64.self)
            } else {
                buffer.storeBytes(of: value.littleEndian, toByteOffset: 8 &* w, as: UInt64.self)
            }
        }
        guard count % 8 != 0 else { return }
        var value = word(fullWords)
        for k in (8 &* fullWords)..<count {
            buffer[bigEndian ? count &- 1 &- k : k] = UInt8(truncatingIfNeeded: value)
            value >>= 8
        }
    }
}
