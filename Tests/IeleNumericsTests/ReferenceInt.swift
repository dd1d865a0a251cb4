// A deliberately simple second implementation of signed big integers, used only as a test oracle:
// sign + magnitude in 32-bit limbs, schoolbook algorithms, no GMP, no cleverness. Division is not
// implemented here; the tests check quotient/remainder through the identities that define them.

/// Sign-magnitude integer with little-endian 32-bit limbs; zero is `negative == false, limbs == []`.
struct ReferenceInt: Equatable, CustomStringConvertible {
    var negative: Bool
    var limbs: [UInt32]

    init(negative: Bool, limbs: [UInt32]) {
        var l = limbs
        while l.last == 0 { l.removeLast() }
        self.negative = l.isEmpty ? false : negative
        self.limbs = l
    }

    init(_ value: Int) {
        let m = value.magnitude
        self.init(negative: value < 0, limbs: [UInt32(truncatingIfNeeded: m), UInt32(truncatingIfNeeded: m >> 32)])
    }

    var isZero: Bool { limbs.isEmpty }

    // MARK: Magnitude helpers

    static func compareMagnitude(_ a: [UInt32], _ b: [UInt32]) -> Int {
        if a.count != b.count { return a.count < b.count ? -1 : 1 }
        for i in stride(from: a.count - 1, through: 0, by: -1) where a[i] != b[i] {
            return a[i] < b[i] ? -1 : 1
        }
        return 0
    }

    static func addMagnitude(_ a: [UInt32], _ b: [UInt32]) -> [UInt32] {
        var result: [UInt32] = []
        var carry: UInt64 = 0
        for i in 0..<max(a.count, b.count) {
            let s = UInt64(i < a.count ? a[i] : 0) + UInt64(i < b.count ? b[i] : 0) + carry
            result.append(UInt32(truncatingIfNeeded: s))
            carry = s >> 32
        }
        if carry != 0 { result.append(UInt32(carry)) }
        return result
    }

    /// a - b for |a| >= |b|.
    static func subtractMagnitude(_ a: [UInt32], _ b: [UInt32]) -> [UInt32] {
        var result: [UInt32] = []
        var borrow: Int64 = 0
        for i in 0..<a.count {
            var d = Int64(a[i]) - Int64(i < b.count ? b[i] : 0) - borrow
            if d < 0 { d += 1 << 32; borrow = 1 } else { borrow = 0 }
            result.append(UInt32(d))
        }
        return result
    }

    static func multiplyMagnitude(_ a: [UInt32], _ b: [UInt32]) -> [UInt32] {
        if a.isEmpty || b.isEmpty { return [] }
        var result = [UInt32](repeating: 0, count: a.count + b.count)
        for i in 0..<a.count {
            var carry: UInt64 = 0
            for j in 0..<b.count {
                let t = UInt64(a[i]) * UInt64(b[j]) + UInt64(result[i + j]) + carry
                result[i + j] = UInt32(truncatingIfNeeded: t)
                carry = t >> 32
            }
            result[i + b.count] = UInt32(carry)
        }
        return result
    }

    // MARK: Arithmetic

    static func + (a: ReferenceInt, b: ReferenceInt) -> ReferenceInt {
        if a.negative == b.negative { return ReferenceInt(negative: a.negative, limbs: addMagnitude(a.limbs, b.limbs)) }
        if compareMagnitude(a.limbs, b.limbs) >= 0 {
            return ReferenceInt(negative: a.negative, limbs: subtractMagnitude(a.limbs, b.limbs))
        }
        return ReferenceInt(negative: b.negative, limbs: subtractMagnitude(b.limbs, a.limbs))
    }

    static prefix func - (a: ReferenceInt) -> ReferenceInt { ReferenceInt(negative: !a.negative, limbs: a.limbs) }
    static func - (a: ReferenceInt, b: ReferenceInt) -> ReferenceInt { a + (-b) }
    static func * (a: ReferenceInt, b: ReferenceInt) -> ReferenceInt {
        ReferenceInt(negative: a.negative != b.negative, limbs: multiplyMagnitude(a.limbs, b.limbs))
    }

    static func < (a: ReferenceInt, b: ReferenceInt) -> Bool {
        if a.negative != b.negative { return a.negative }
        let c = compareMagnitude(a.limbs, b.limbs)
        return a.negative ? c > 0 : c < 0
    }

    var magnitude: ReferenceInt { ReferenceInt(negative: false, limbs: limbs) }
    var bitWidth: Int { limbs.isEmpty ? 0 : (limbs.count - 1) * 32 + (32 - limbs.last!.leadingZeroBitCount) }

    // MARK: Two's complement

    /// `count` limbs of the two's complement (value mod 2^(32·count)).
    func twosComplement(limbCount count: Int) -> [UInt32] {
        var l = limbs + [UInt32](repeating: 0, count: max(0, count - limbs.count))
        l = Array(l.prefix(count))
        guard negative else { return l }
        var carry: UInt64 = 1
        for i in l.indices {
            let s = UInt64(~l[i]) + carry
            l[i] = UInt32(truncatingIfNeeded: s)
            carry = s >> 32
        }
        return l
    }

    /// Reads limbs as a signed two's-complement number.
    static func fromTwosComplement(_ l: [UInt32]) -> ReferenceInt {
        guard let top = l.last, top & 0x8000_0000 != 0 else { return ReferenceInt(negative: false, limbs: l) }
        var m = l
        var carry: UInt64 = 1
        for i in m.indices {
            let s = UInt64(~m[i]) + carry
            m[i] = UInt32(truncatingIfNeeded: s)
            carry = s >> 32
        }
        return ReferenceInt(negative: true, limbs: m)
    }

    static func bitwise(_ a: ReferenceInt, _ b: ReferenceInt, _ op: (UInt32, UInt32) -> UInt32) -> ReferenceInt {
        let n = max(a.limbs.count, b.limbs.count) + 1
        let x = a.twosComplement(limbCount: n)
        let y = b.twosComplement(limbCount: n)
        return fromTwosComplement((0..<n).map { op(x[$0], y[$0]) })
    }

    func shiftedLeft(_ k: Int) -> ReferenceInt {
        var l = [UInt32](repeating: 0, count: k / 32) + limbs + [0]
        let bits = k % 32
        if bits > 0 {
            for i in stride(from: l.count - 1, through: 0, by: -1) {
                l[i] = (l[i] << bits) | (i > 0 ? l[i - 1] >> (32 - bits) : 0)
            }
        }
        return ReferenceInt(negative: negative, limbs: l)
    }

    /// Floor division by 2^k, done on the two's complement with sign fill.
    func shiftedRight(_ k: Int) -> ReferenceInt {
        let n = limbs.count + 1
        let fill: UInt32 = negative ? .max : 0
        let l = twosComplement(limbCount: n) + [fill]
        let whole = k / 32
        let bits = k % 32
        var out: [UInt32] = []
        for i in 0..<n {
            let lo = i + whole < l.count ? l[i + whole] : fill
            let hi = i + whole + 1 < l.count ? l[i + whole + 1] : fill
            out.append(bits == 0 ? lo : (lo >> bits) | (hi << (32 - bits)))
        }
        return ReferenceInt.fromTwosComplement(out)
    }

    /// value mod 2^bits, non-negative.
    func lowBits(_ bits: Int) -> ReferenceInt {
        let n = (bits + 31) / 32 + 1
        var l = twosComplement(limbCount: max(n, limbs.count + 1))
        l = Array(l.prefix((bits + 31) / 32))
        if bits % 32 != 0, !l.isEmpty { l[l.count - 1] &= (1 << UInt32(bits % 32)) - 1 }
        return ReferenceInt(negative: false, limbs: l)
    }

    static func powerOfTwo(_ k: Int) -> ReferenceInt { ReferenceInt(1).shiftedLeft(k) }

    // MARK: Text

    var hexMagnitude: String {
        guard let top = limbs.last else { return "0" }
        var s = String(top, radix: 16)
        for l in limbs.dropLast().reversed() {
            let part = String(l, radix: 16)
            s += String(repeating: "0", count: 8 - part.count) + part
        }
        return s
    }

    /// `-0x…` / `0x…` as IeleInt.hexString prints.
    var hexString: String { (negative ? "-0x" : "0x") + hexMagnitude }

    var description: String {
        if limbs.isEmpty { return "0" }
        var m = limbs
        var chunks: [UInt32] = []
        while !m.isEmpty {
            var rem: UInt64 = 0
            for i in stride(from: m.count - 1, through: 0, by: -1) {
                let cur = rem << 32 | UInt64(m[i])
                m[i] = UInt32(cur / 1_000_000_000)
                rem = cur % 1_000_000_000
            }
            while m.last == 0 { m.removeLast() }
            chunks.append(UInt32(rem))
        }
        var s = String(chunks.last!)
        for c in chunks.dropLast().reversed() {
            let part = String(c)
            s += String(repeating: "0", count: 9 - part.count) + part
        }
        return (negative ? "-" : "") + s
    }
}

/// SplitMix64: a tiny seeded generator so failures reproduce.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

extension ReferenceInt {
    /// A random value whose size class is skewed toward the interesting places: tiny values, the
    /// `Int` boundary (±2^63 ± small), medium and large (up to 4096 bits), and all-ones patterns.
    static func random(using g: inout SeededGenerator) -> ReferenceInt {
        let negative = Bool.random(using: &g)
        let kind = Int.random(in: 0..<10, using: &g)
        switch kind {
        case 0:
            return ReferenceInt(negative: negative, limbs: [UInt32.random(in: 0...300, using: &g)])
        case 1, 2:
            // Around 2^63 (the inline boundary): ±2^63 + delta.
            let delta = ReferenceInt(Int.random(in: -3...3, using: &g))
            let base = powerOfTwo(63)
            return negative ? -base + delta : base + delta
        case 3:
            let x = ReferenceInt(Int.random(in: .min ... .max, using: &g))
            return x
        case 4:
            // All ones of some width (two's-complement edge cases), possibly negated.
            let bits = Int.random(in: 1...300, using: &g)
            let v = powerOfTwo(bits) - ReferenceInt(1)
            return negative ? -v : v
        default:
            let bits = kind < 8 ? Int.random(in: 65...320, using: &g) : Int.random(in: 0...4096, using: &g)
            var l = (0..<((bits + 31) / 32)).map { _ in UInt32.random(in: 0 ... .max, using: &g) }
            if bits % 32 != 0, !l.isEmpty { l[l.count - 1] &= (1 << UInt32(bits % 32)) - 1 }
            return ReferenceInt(negative: negative, limbs: l)
        }
    }
}
