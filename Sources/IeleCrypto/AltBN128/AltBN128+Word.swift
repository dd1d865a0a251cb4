extension AltBN128 {
    /// An unsigned 256-bit integer: one coordinate of a point as the precompiles receive it.
    ///
    /// The IELE precompiles take coordinates as arbitrary IELE integers (iele.md, "Precompiled
    /// Contracts"). The plugin behind `isValidPoint` rejects any coordinate that is not in `[0, p)`,
    /// so a caller holding a negative integer or one of 2^256 or more can reject the input without
    /// building a `Word`; every value a `Word` can hold is then checked against `p` here.
    public struct Word: Hashable, Sendable, CustomStringConvertible {
        /// The four 64-bit limbs, least significant first.
        var l0: UInt64
        var l1: UInt64
        var l2: UInt64
        var l3: UInt64

        init(_ l0: UInt64, _ l1: UInt64, _ l2: UInt64, _ l3: UInt64) {
            self.l0 = l0
            self.l1 = l1
            self.l2 = l2
            self.l3 = l3
        }

        /// Zero, which as both coordinates of a point stands for the point at infinity.
        public static let zero = Word(0, 0, 0, 0)

        /// A word holding a small value.
        public init(_ value: UInt64) {
            self.init(value, 0, 0, 0)
        }

        /// Reads a big-endian unsigned integer of any length.
        ///
        /// - Parameter bytes: the magnitude, most significant byte first; leading zero bytes are allowed.
        /// - Returns: `nil` when the value is 2^256 or more.
        public init?(bigEndian bytes: some Collection<UInt8>) {
            var limbs: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
            var seen = 0
            for byte in bytes.reversed() {
                if seen >= 32 {
                    if byte != 0 { return nil }
                    continue
                }
                let value = UInt64(byte) << UInt64(8 * (seen % 8))
                switch seen / 8 {
                case 0: limbs.0 |= value
                case 1: limbs.1 |= value
                case 2: limbs.2 |= value
                default: limbs.3 |= value
                }
                seen += 1
            }
            self.init(limbs.0, limbs.1, limbs.2, limbs.3)
        }

        /// Reads an unsigned integer from 64-bit limbs, least significant first (for callers whose integers
        /// keep magnitude limbs).
        ///
        /// - Returns: `nil` when the value is 2^256 or more (a non-zero limb past the fourth).
        public init?(littleEndianLimbs limbs: some Collection<UInt64>) {
            var values: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
            for (index, limb) in limbs.enumerated() {
                switch index {
                case 0: values.0 = limb
                case 1: values.1 = limb
                case 2: values.2 = limb
                case 3: values.3 = limb
                default: if limb != 0 { return nil }
                }
            }
            self.init(values.0, values.1, values.2, values.3)
        }

        /// The four limbs, least significant first.
        public var littleEndianLimbs: [UInt64] { [l0, l1, l2, l3] }

        /// The value as exactly 32 big-endian bytes.
        public var bigEndianBytes: [UInt8] {
            var bytes = [UInt8]()
            bytes.reserveCapacity(32)
            for limb in [l3, l2, l1, l0] {
                for shift in stride(from: 56, through: 0, by: -8) {
                    bytes.append(UInt8(truncatingIfNeeded: limb >> UInt64(shift)))
                }
            }
            return bytes
        }

        /// Whether the value is zero.
        public var isZero: Bool {
            (l0 | l1 | l2 | l3) == 0
        }

        /// The value in hexadecimal, `0x` and 64 digits.
        public var description: String {
            "0x" + bigEndianBytes.map { byte in
                let digits = String(byte, radix: 16)
                return digits.count == 1 ? "0" + digits : digits
            }.joined()
        }

        /// Bit `index` (0 = least significant) of the value.
        func bit(_ index: Int) -> Bool {
            let limb: UInt64
            switch index >> 6 {
            case 0: limb = l0
            case 1: limb = l1
            case 2: limb = l2
            case 3: limb = l3
            default: return false
            }
            return (limb >> UInt64(index & 63)) & 1 == 1
        }

        /// Whether `self < other`.
        func isLess(than other: Word) -> Bool {
            if l3 != other.l3 { return l3 < other.l3 }
            if l2 != other.l2 { return l2 < other.l2 }
            if l1 != other.l1 { return l1 < other.l1 }
            return l0 < other.l0
        }
    }
}
