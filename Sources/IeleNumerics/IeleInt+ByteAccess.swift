// The byte-access instructions of iele.md ("Expressions": `byte`, `sext`, `twos`, `bswap`) and the
// data.md functions they call. The VM applies `chop` to the width / index operand first, exactly as
// the rules do (`byte(chop(INDEX), W)`, `signextend(chop(WIDTH), W)`, ...); these take that result.
// Widths are in bytes; a negative width is treated as 0 (after `chop` none is negative).

extension IeleInt {
    /// Byte `index` of the two's-complement representation, 0 being the least significant:
    /// data.md `byte(N, W) = bitRangeInt(W, N <<Int 3, 8)`. Past the top this is the sign byte
    /// (0x00 or 0xff). A negative index counts as `chop(index)`, i.e. at least 2^255, which is
    /// past the top of every representable value, so it also gives the sign byte.
    public func byte(at index: Int) -> UInt8 {
        let (bitIndex, overflow) = index.multipliedReportingOverflow(by: 8)
        if overflow || index < 0 { return signByte }
        switch storage {
        case .small(let v):
            return UInt8(truncatingIfNeeded: v >> bitIndex)
        case .big(let box):
            // One limb of the two's complement, read where it is: `byte` has a constant price.
            return UInt8(truncatingIfNeeded: box.twosComplementLimb(index >> 3) >> UInt64(bitIndex & 63))
        }
    }

    /// IELE `byte INDEX, W`: `byte(chop(INDEX), W)`. `chop` is applied here; indices that do not
    /// fit in `Int` (before or after `chop`) lie beyond any representable value and give the sign byte.
    public func byte(at index: IeleInt) -> UInt8 {
        if let i = index.asInt { return byte(at: i) }
        let chopped = index.chopped
        if let i = chopped.asInt { return byte(at: i) }
        return signByte
    }

    /// 0xff for negative values, 0 otherwise: every byte above the top of the representation.
    @usableFromInline
    var signByte: UInt8 { signum < 0 ? 0xff : 0 }

    /// Sign-extends from the low `width` bytes: data.md `signextend(N, W) =
    /// signExtendBitRangeInt(W, 0, N <<Int 3)` (IELE `sext`, whose rule requires `W >=Int 0`).
    /// `width` 0 gives 0. The result never needs more bits than `self`, so this cannot fail.
    public func signExtended(fromByteWidth width: Int) -> IeleInt {
        guard width > 0 else { return .zero }
        let (bits, overflow) = width.multipliedReportingOverflow(by: 8)
        if overflow { return self }  // wider than any representable value: already in range
        return signExtendedBitRange(from: 0, width: bits)
    }

    /// The value modulo 256^width, never negative: data.md `twos(N, W) = bitRangeInt(W, 0, N <<Int 3)`
    /// (IELE `twos`).
    /// - Returns: `nil` only when a negative value's result would exceed `maximumBitWidth` bits.
    public func twos(width: Int) -> IeleInt? {
        guard width > 0 else { return .zero }
        let (bits, overflow) = width.multipliedReportingOverflow(by: 8)
        if overflow { return signum >= 0 ? self : nil }
        return bitRange(from: 0, width: bits)
    }

    /// Reverses the byte order of the low `width` bytes: data.md
    /// `bswap(N, W) = Bytes2Int(Int2Bytes(N, twos(N, W), BE), LE, Unsigned)` (IELE `bswap`, whose
    /// rule requires `WIDTH >=Int 0`). The result is never negative.
    /// - Returns: `nil` when the width exceeds `maximumBitWidth / 8` bytes (and the value is not 0).
    public func byteSwapped(width: Int) -> IeleInt? {
        guard width > 0 else { return .zero }
        if width <= 8 {  // within the lowest word of the two's complement, big value or not
            return IeleInt(word: UInt64(lowWordBits).byteSwapped >> UInt64(8 * (8 - width)))
        }
        guard width <= IeleInt.maximumBitWidth / 8 else { return isZero ? .zero : nil }
        return IeleInt.byteSwappedWords(of: self, width: width)
    }
}
