import CGMP

// Bit lengths and the size functions the gas model is written in (data.md "Arithmetic", iele-gas.md).
// Names follow the K functions so one grep finds both the rule and the code.

extension IeleInt {
    /// The number of significant bits of `|self|`; 0 for 0. (`Int.min` has 64.)
    @inlinable
    public var magnitudeBitWidth: Int {
        switch storage {
        case .small(let v): return Int.bitWidth - v.magnitude.leadingZeroBitCount
        case .big(let box): return box.magnitudeBitWidth
        }
    }

    /// `floor(log2(self))` for a positive value: K `log2Int` (IELE `log2`, whose rule requires `W >Int 0`).
    /// - Returns: `nil` for zero and negative values (IELE: USER_ERROR).
    @inlinable
    public var log2: Int? {
        signum > 0 ? magnitudeBitWidth - 1 : nil
    }

    /// The size of the value in 64-bit words as the gas model counts it: data.md `intSize`.
    ///
    /// `intSize(N) = (log2Int(N) +Int 2) up/Int 64` for `N > 0`, `intSize(0) = 1`, and
    /// `intSize(N) = intSize(~Int N)` for `N < 0`: the words of a two's-complement representation
    /// with room for the sign bit. Every `Int` has size 1; 2^63 has size 2.
    ///
    /// The gas model asks for it several times per instruction, so both cases are inlined into the
    /// caller (the big one reads the limbs; see `GMPBox.intSize`).
    @inlinable @inline(__always)
    public var intSize: Int {
        switch storage {
        case .small: return 1
        case .big(let box): return box.intSize
        }
    }

    /// iele-gas.md `#adjustedBitLength(LEX, EX)` with `EX` = `self`:
    /// `maxInt(1, (LEX <=Int 1 ? 0 : 64 *Int (LEX -Int 1)) +Int #adjustedBitLength(twos(8, EX)))`,
    /// where `#adjustedBitLength(0) = 0` and otherwise `log2Int`. Note the K rule takes `log2Int` of the
    /// *lowest* 64 bits (`twos(8, EX)`), not of the top word; this reproduces that.
    /// - Parameter wordCount: `LEX`, normally `intSize` of the same value (the K callers pass it).
    public func adjustedBitLength(wordCount: Int) -> Int {
        let lowWord = UInt64(truncatingIfNeeded: lowWordBits)
        let lowLog = lowWord == 0 ? 0 : 63 - lowWord.leadingZeroBitCount
        let high = wordCount <= 1 ? 0 : 64 &* (wordCount &- 1)
        return Swift.max(1, high &+ lowLog)
    }

    /// The lowest 64 bits of the two's-complement representation, i.e. `twos(8, self)` as a bit pattern.
    @usableFromInline
    var lowWordBits: UInt {
        switch storage {
        case .small(let v):
            return UInt(bitPattern: v)
        case .big(let box):
            let magnitudeLow = withExtendedLifetime(box) { UInt(cgmp_limb(box.pointer, 0)) }
            return signum < 0 ? (~magnitudeLow &+ 1) : magnitudeLow
        }
    }

    /// `self mod 2^256`, never negative: data.md `chop` (applied to widths, offsets and indices).
    /// A value already in 0 ..< 2^256 (a small index, an event hash) is returned as it is, sharing
    /// its storage, rather than rebuilt by the bit-range arithmetic.
    /// The word-sized case is inlined into the caller (chop runs on every cell number, index and
    /// log topic); the rest is a call.
    @inlinable
    public var chopped: IeleInt {
        if case .small(let v) = storage, v >= 0 { return self }
        return choppedInGeneral
    }

    /// `chopped` of a negative or big value.
    @usableFromInline
    var choppedInGeneral: IeleInt {
        if !isNegative && magnitudeBitWidth <= 256 { return self }
        return bitRange(from: 0, width: 256) ?? .zero  // width 256 is always representable
    }
}

// MARK: - Bit ranges

extension IeleInt {
    /// `(self >> start) mod 2^width`, never negative: K `bitRangeInt(I, IDX, LEN)`.
    /// Negative `start` or `width` are treated as 0.
    /// - Returns: `nil` only when the result would exceed `maximumBitWidth` bits (a negative value's
    ///   range is all ones up to `width`).
    public func bitRange(from start: Int, width: Int) -> IeleInt? {
        let shifted = shiftedRight(by: start)
        guard width > 0 else { return .zero }
        // A field narrower than a word is in the lowest word of the two's complement, big or not.
        if width < Int.bitWidth - 1 { return IeleInt(Int(bitPattern: shifted.lowWordBits) & ((1 << width) - 1)) }
        if case .small(let v) = shifted.storage {
            if v >= 0 { return shifted }  // already below 2^63 <= 2^width
            // A negative word's field of 63 or 64 bits is that many low bits of its pattern.
            if width <= 64 { return IeleInt(word: UInt64(bitPattern: Int64(v)) & (UInt64.max >> UInt64(64 - width))) }
        } else if shifted.signum > 0, shifted.magnitudeBitWidth <= width {
            return shifted
        }
        guard width <= IeleInt.maximumBitWidth else { return nil }
        return withMPZ(shifted) { a in makeIeleInt { __gmpz_fdiv_r_2exp($0, a, UInt(width)) } }
    }

    /// The `width`-bit field at `start` read as a signed two's-complement number:
    /// K `signExtendBitRangeInt(I, IDX, LEN)`. A zero `width` gives 0 (K leaves `1 <<Int -1`
    /// undefined; the conformance test `unit/bits.iele` expects `sext 0, 5` to be 0).
    public func signExtendedBitRange(from start: Int, width: Int) -> IeleInt {
        guard width > 0 else { return .zero }
        let shifted = shiftedRight(by: start)
        if width < Int.bitWidth {
            // The field lies in the lowest word of the two's complement, big value or not.
            let unused = Int.bitWidth - width
            return IeleInt((Int(bitPattern: shifted.lowWordBits) << unused) >> unused)
        }
        // The field fits already when the value is within [-2^(width-1), 2^(width-1)).
        if shifted.isNegative {
            if (~shifted).magnitudeBitWidth < width { return shifted }
        } else if shifted.magnitudeBitWidth < width {
            return shifted
        }
        if case .big(let box) = shifted.storage, !shifted.isNegative {
            return IeleInt.signExtendedField(box, width: width)
        }
        // Here width <= bit length of the value, so these intermediates stay bounded by it.
        let field = withMPZ(shifted) { a in makeIeleInt { __gmpz_fdiv_r_2exp($0, a, UInt(width)) } }
        let signBit = field.shiftedRight(by: width - 1).isOdd
        guard signBit, let full = IeleInt.one.shiftedLeft(by: width) else { return field }
        return field - full
    }
}

extension IeleInt {
    /// `signExtendedBitRange(from: 0, width:)` of a non-negative big value at least `width` bits
    /// long, in one pass over the field's limbs (IELE `sext` is priced per word of the width): the
    /// field is copied when its top bit is clear, and otherwise its two's-complement negation
    /// `2^width - field` becomes the magnitude of the negative result.
    static func signExtendedField(_ box: GMPBox, width: Int) -> IeleInt {
        withExtendedLifetime(box) {
            let source = box.pointer.pointee
            let count = (width &+ 63) / 64
            let topBits = width &- 64 &* (count &- 1)  // 1 ... 64 bits of the field in its top limb
            let topMask: UInt64 = topBits == 64 ? ~0 : (1 << UInt64(topBits)) &- 1
            guard count <= Int(source._mp_size.magnitude), let limbs = source._mp_d else { return .zero }
            let negative = (UInt64(limbs[count &- 1]) >> UInt64(topBits &- 1)) & 1 == 1
            return makeIeleInt { out in
                guard let target = __gmpz_limbs_write(out, count) else { return }
                if negative {
                    var carry: UInt64 = 1  // 2^width - field = (~field + 1) mod 2^width
                    for j in 0..<count {
                        let limb = UInt64(limbs[j])
                        target[j] = mp_limb_t(~limb &+ carry)
                        carry = (carry == 1 && limb == 0) ? 1 : 0
                    }
                } else {
                    target.update(from: limbs, count: count)
                }
                target[count &- 1] = mp_limb_t(UInt64(target[count &- 1]) & topMask)
                __gmpz_limbs_finish(out, negative ? -count : count)
            }
        }
    }
}
