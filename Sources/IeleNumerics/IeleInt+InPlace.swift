import CGMP

// Results written into an existing value (a VM register) rather than returned: when the value holds
// the only reference to its GMP box, the box is reused (copy-on-write), so an instruction that
// overwrites the same register every iteration with a big result of similar size allocates nothing.

extension IeleInt {
    /// Replaces the value with the non-negative integer whose 64-bit limbs, least significant first,
    /// are `limbs` (zero limbs at the top are allowed). The limbs must not live in this value's box.
    public mutating func assign(magnitude limbs: UnsafeBufferPointer<UInt64>) {
        var used = limbs.count
        while used > 0, limbs[used &- 1] == 0 { used &-= 1 }
        if used == 0 {
            self = .zero
            return
        }
        if used == 1, limbs[0] <= UInt64(Int.max) {
            self = IeleInt(Int(limbs[0]))
            return
        }
        if case .big(var box) = storage {
            storage = .small(0)  // drops this value's reference, so `box` is the only one if unshared
            if isKnownUniquelyReferenced(&box) {
                let reused = withExtendedLifetime(box) { () -> Bool in
                    guard IeleInt.write(limbs, count: used, into: box.pointer) else { return false }
                    box.noteTrailingZeroLimbs()
                    return true
                }
                if reused {
                    storage = .big(box)
                    return
                }
            }
        }
        self = makeIeleInt { out in
            guard let target = __gmpz_limbs_write(out, used) else { return }
            for w in 0..<used { target[w] = mp_limb_t(limbs[w]) }
            __gmpz_limbs_finish(out, used)
        }
    }

    /// Writes `count` limbs (the top one non-zero) into an mpz that has room for them.
    /// - Returns: false, writing nothing, when the mpz would have to grow.
    @inline(__always)
    private static func write(
        _ limbs: UnsafeBufferPointer<UInt64>, count: Int, into out: UnsafeMutablePointer<__mpz_struct>
    ) -> Bool {
        guard Int(out.pointee._mp_alloc) >= count, let target = out.pointee._mp_d else { return false }
        for w in 0..<count { target[w] = mp_limb_t(limbs[w]) }
        out.pointee._mp_size = Int32(count)
        return true
    }

    /// data.md `bswap(WIDTH, *source)` written into `*destination` (see `byteSwapped(width:)`), for a
    /// width of 16 to 64 bytes in whole words: result limb `j` is word `n - 1 - j` of the source's
    /// two's complement with its bytes reversed. Reads the source in place (no reference taken) and
    /// reuses the destination's storage; the two may be the same value.
    /// - Returns: false, changing nothing, for any other width (use `byteSwapped(width:)`).
    public static func storeByteSwapped(
        of source: UnsafePointer<IeleInt>, width: Int, into destination: UnsafeMutablePointer<IeleInt>
    ) -> Bool {
        let count = width &>> 3
        guard width & 7 == 0, count >= 2, count <= 8 else { return false }
        var result: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0, 0, 0)
        withUnsafeMutablePointer(to: &result) { tuple in
            tuple.withMemoryRebound(to: UInt64.self, capacity: 8) { limbs in
                source.pointee.readWords(count) { w, word in limbs[count &- 1 &- w] = word.byteSwapped }
                destination.pointee.assign(magnitude: UnsafeBufferPointer(start: limbs, count: count))
            }
        }
        return true
    }

    /// `byteSwapped(width:)` in one pass over the value's words, straight into the result's limbs:
    /// limb `j` of the swap of `n` whole words is word `n - 1 - j` of the two's complement with its
    /// bytes reversed; a width that is not whole words swaps the whole words that cover it and
    /// drops the bytes of padding that end up at the bottom. (`bswap` is priced per word.)
    static func byteSwappedWords(of value: IeleInt, width: Int) -> IeleInt {
        let count = (width &+ 7) / 8
        let padding = count &* 8 &- width
        return makeIeleInt { out in
            guard let target = __gmpz_limbs_write(out, count) else { return }
            value.readWords(count) { w, word in target[count &- 1 &- w] = mp_limb_t(word.byteSwapped) }
            __gmpz_limbs_finish(out, count)
            if padding > 0 { __gmpz_tdiv_q_2exp(out, out, UInt(padding &* 8)) }
        }
    }

    /// Calls `body(w, word)` for the `count` least significant 64-bit words of the two's complement.
    @inline(__always)
    private func readWords(_ count: Int, _ body: (Int, UInt64) -> Void) {
        switch storage {
        case .small(let v):
            let fill: UInt64 = v < 0 ? ~0 : 0
            for w in 0..<count { body(w, w == 0 ? UInt64(bitPattern: Int64(v)) : fill) }
        case .big(let box):
            withExtendedLifetime(box) {
                let z = box.pointer.pointee
                let used = Int(z._mp_size.magnitude)
                guard let limbs = z._mp_d else { return }
                if z._mp_size > 0 {
                    for w in 0..<count { body(w, w < used ? UInt64(limbs[w]) : 0) }
                    return
                }
                var carry: UInt64 = 1  // two's complement of the magnitude: invert, add one
                for w in 0..<count {
                    let magnitude = w < used ? UInt64(limbs[w]) : 0
                    body(w, ~magnitude &+ carry)
                    carry = (carry == 1 && magnitude == 0) ? 1 : 0
                }
            }
        }
    }
}

extension IeleInt {
    /// A two-operand operation that `IeleInt.assign(_:_:_:)` can write into a value's own storage.
    public enum BinaryOperation: Sendable {
        case add, subtract, and, or, xor

        /// The value-returning form (which keeps the word-sized and O(1) fast paths).
        @inlinable
        public func apply(_ x: IeleInt, _ y: IeleInt) -> IeleInt {
            switch self {
            case .add: return x + y
            case .subtract: return x - y
            case .and: return x & y
            case .or: return x | y
            case .xor: return x ^ y
            }
        }

        /// The GMP function, which accepts an output that is also an input.
        func compute(
            _ out: UnsafeMutablePointer<__mpz_struct>,
            _ a: UnsafePointer<__mpz_struct>,
            _ b: UnsafePointer<__mpz_struct>
        ) {
            switch self {
            case .add: __gmpz_add(out, a, b)
            case .subtract: __gmpz_sub(out, a, b)
            case .and: __gmpz_and(out, a, b)
            case .or: __gmpz_ior(out, a, b)
            case .xor: __gmpz_xor(out, a, b)
            }
        }
    }
}

extension IeleInt {
    /// Replaces the value with `operation.apply(x, y)`, computed into this value's own GMP storage
    /// when it holds the only reference to it (copy-on-write) and the result is big: a register
    /// overwritten every iteration with a big sum, say, then reuses its limbs (no allocation, no
    /// fresh pages) instead of building a new value beside the old one. Word-sized operands, and
    /// `and` with a word-sized mask (O(1) in `&`), take the value-returning form.
    public mutating func assign(_ operation: BinaryOperation, _ x: IeleInt, _ y: IeleInt) {
        let bigOperands = (x.isSmall ? 0 : 1) + (y.isSmall ? 0 : 1)
        let inPlace = operation == .and ? bigOperands == 2 : bigOperands > 0
        if inPlace, writeInPlace({ out in withMPZ(x, y) { a, b in operation.compute(out, a, b) } }) { return }
        self = operation.apply(x, y)
    }

    /// Replaces the value with `operation.apply(self, y)`, or `operation.apply(y, self)` when
    /// `selfIsRight`, in its own storage when unshared (GMP lets an output be an input): for
    /// `%s = add %s, 1` on a big `%s`, which would otherwise hold the old and the new value at once,
    /// twice what `#registerDelta` accounts for. A `y` that shares the box keeps it shared, and the
    /// value-returning form runs instead.
    public mutating func assign(_ operation: BinaryOperation, selfWith y: IeleInt, selfIsRight: Bool) {
        let inPlace = !isSmall && (operation != .and || !y.isSmall)
        if inPlace,
            writeInPlace({ out in
                withMPZ(y) { b in selfIsRight ? operation.compute(out, b, out) : operation.compute(out, out, b) }
            })
        {
            return
        }
        self = selfIsRight ? operation.apply(y, self) : operation.apply(self, y)
    }

    /// Replaces the value with `~x` (K `~Int`), in its own storage when unshared (see `assign(_:_:_:)`).
    public mutating func assign(complementOf x: IeleInt) {
        if !x.isSmall, writeInPlace({ out in withMPZ(x) { a in __gmpz_com(out, a) } }) { return }
        self = ~x
    }

    /// Runs `body` on this value's own mpz and keeps the (normalised) result, when the value is big
    /// and holds the only reference to its box; otherwise changes nothing and returns false. An
    /// operand that shares the box holds a reference too, so `body` never writes into a value
    /// another one can see.
    mutating func writeInPlace(_ body: (UnsafeMutablePointer<__mpz_struct>) -> Void) -> Bool {
        guard case .big(var box) = storage else { return false }
        storage = .small(0)  // drops this value's reference, so `box` is the only one if unshared
        guard isKnownUniquelyReferenced(&box) else {
            storage = .big(box)
            return false
        }
        withExtendedLifetime(box) { body(box.pointer) }
        self = IeleInt(normalising: box)
        return true
    }
}
