/// The alt_bn128 (BN254) curve operations behind IELE's precompiled contracts `@iele.ecadd` (5),
/// `@iele.ecmul` (6) and `@iele.ecpairing` (7), iele.md "Precompiled Contracts".
///
/// The K rules delegate to the blockchain-k-plugin hooks `BN128Add`, `BN128Mul`, `BN128AtePairing` and
/// `isValidPoint` (krypto.md), and raise `USER_ERROR` when `isValidPoint` fails. Each function here
/// returns `nil` exactly where that check fails, so a `nil` means "the precompile raises USER_ERROR":
///
/// - a G1 point is valid when it is `(0, 0)` (infinity), or both coordinates are below p and
///   `y² = x³ + 3`;
/// - a G2 point is valid when all four components are zero (infinity), or all are below p,
///   `y² = x³ + 3/(9 + i)` over Fp2, and `r·Q` is the point at infinity (subgroup check).
///
/// Coordinates are `Word`s, so values that are negative or of 2^256 or more, which the plugin also rejects
/// (they are not below p), must be rejected by the caller before building one.
public enum AltBN128 {
    /// `p + q` for ECADD.
    ///
    /// - Returns: the sum in affine coordinates, `(0, 0)` for infinity, or `nil` if either input is invalid.
    public static func add(_ p: G1Point, _ q: G1Point) -> G1Point? {
        guard let a = Curve.g1(p), let b = Curve.g1(q) else { return nil }
        return Curve.encode(a + b)
    }

    /// `scalar·p` for ECMUL, where the scalar is a big-endian unsigned integer of any length.
    ///
    /// Every valid point has order dividing r, so the scalar is first reduced modulo r; the result is the
    /// mathematical product for every scalar (the reference's libff call would instead truncate a scalar of
    /// 2^256 or more to its low 256 bits; no test exercises that).
    ///
    /// - Parameters:
    ///   - p: the point.
    ///   - scalar: the scalar's magnitude, most significant byte first.
    ///   - isNegative: whether the scalar is `-magnitude` (the result is then negated). IELE integers may be
    ///     negative; the plugin gives no meaningful answer for them (libff reads the magnitude's limbs with
    ///     floor shifts), so the mathematical product is the reading offered here.
    /// - Returns: the product in affine coordinates, `(0, 0)` for infinity, or `nil` if `p` is invalid.
    public static func multiply(_ p: G1Point, by scalar: [UInt8], isNegative: Bool = false) -> G1Point? {
        guard let point = Curve.g1(p) else { return nil }
        let reduced = Scalar.reduce(bigEndian: scalar)
        let product = GLV.multiply(point, by: reduced)
        return Curve.encode(isNegative ? -product : product)
    }

    /// `scalar·p` for a non-negative scalar handed over in big-endian pieces, so that a scalar as long
    /// as memory allows is never copied whole (ECMUL's scalar is any IELE integer).
    ///
    /// - Parameters:
    ///   - feed: called once; it calls its argument with each piece in order, every piece after the
    ///     first a multiple of 32 bytes long (as `IeleInt.forEachBigEndianChunk` hands them over).
    ///   - isNegative: whether to negate the product (the scalar's sign).
    public static func multiply(
        _ p: G1Point, byScalarPieces feed: (_ update: (UnsafeRawBufferPointer) -> Void) -> Void, isNegative: Bool
    ) -> G1Point? {
        guard let point = Curve.g1(p) else { return nil }
        var reduced = Word.zero
        feed { piece in
            precondition(reduced == .zero || piece.count % 32 == 0, "scalar piece not a multiple of 32 bytes")
            reduced = Scalar.reduce(bigEndian: piece, continuing: reduced)
        }
        let product = GLV.multiply(point, by: reduced)
        return Curve.encode(isNegative ? -product : product)
    }

    /// `scalar·p` for a scalar below 2^256.
    public static func multiply(_ p: G1Point, by scalar: Word) -> G1Point? {
        guard let point = Curve.g1(p) else { return nil }
        return Curve.encode(GLV.multiply(point, by: Scalar.reduce(scalar)))
    }

    /// Whether `∏ e(P_k, Q_k) = 1` for ECPAIRING; an empty list gives `true`.
    ///
    /// Pairs with either point at infinity contribute 1, as in the plugin.
    ///
    /// - Returns: the check's outcome, or `nil` if any point is invalid.
    public static func pairingCheck(_ pairs: [(G1Point, G2Point)]) -> Bool? {
        var loopPairs = [MillerLoop.Pair]()
        loopPairs.reserveCapacity(pairs.count)
        for (p, q) in pairs {
            guard let g1 = Curve.g1(p), let g2 = Curve.g2(q) else { return nil }
            guard case .affine(let qx, let qy) = g2, let (px, py) = g1.affine else { continue }
            loopPairs.append(MillerLoop.Pair(px: px, py: py, qx: qx, qy: qy))
        }
        if loopPairs.isEmpty { return true }
        return FinalExponentiation.apply(MillerLoop.evaluate(loopPairs)).isOne
    }

    /// Splits ECPAIRING's two byte strings into points the way the K rule `#ecpairing` does.
    ///
    /// The rule turns the G1 and G2 arguments into `Int2Bytes(LEN·64, G1, LE)` and `Int2Bytes(LEN·128, G2, LE)`
    /// (little-endian, two's complement, truncated). It then reads each 32-byte slice most significant byte
    /// first: pair k has `x = g1[64k..<64k+32]`, `y = g1[64k+32..<64k+64]`, and its G2 point
    /// `x = g2[128k+32..<128k+64] + g2[128k..<128k+32]·i`, `y = g2[128k+96..<128k+128] + g2[128k+64..<128k+96]·i`.
    ///
    /// - Parameters:
    ///   - g1: exactly `64·count` bytes, as `Int2Bytes` produces them.
    ///   - g2: exactly `128·count` bytes.
    /// - Returns: the pairs in argument order, or `nil` if the lengths do not match `count`.
    public static func pairingInput(g1: [UInt8], g2: [UInt8], count: Int) -> [(G1Point, G2Point)]? {
        guard count >= 0, count <= g1.count / 64, g1.count == 64 * count, g2.count == 128 * count else { return nil }
        func word(_ bytes: [UInt8], _ start: Int) -> Word {
            Word(bigEndian: bytes[start..<start + 32]) ?? .zero
        }
        return (0..<count).map { k in
            let p = G1Point(x: word(g1, 64 * k), y: word(g1, 64 * k + 32))
            let q = G2Point(
                x: G2Coordinate(real: word(g2, 128 * k + 32), imaginary: word(g2, 128 * k)),
                y: G2Coordinate(real: word(g2, 128 * k + 96), imaginary: word(g2, 128 * k + 64)))
            return (p, q)
        }
    }

    /// Whether `p` passes the reference's `isValidPoint` for G1.
    public static func isValid(_ p: G1Point) -> Bool {
        Curve.g1(p) != nil
    }

    /// Whether `q` passes the reference's `isValidPoint` for G2 (including the subgroup check).
    public static func isValid(_ q: G2Point) -> Bool {
        Curve.g2(q) != nil
    }
}
