import IeleCrypto
import IeleNumerics

extension Precompiled {
    /// `@iele.ecadd(X1, Y1, X2, Y2)`: alt_bn128 point addition; USER_ERROR for an invalid point.
    static let ecadd = Precompiled(
        name: Array("iele.ecadd".utf8), parameterCount: 4, cost: { schedule, _ in schedule.gEcadd },
        run: { a in
            guard let p = g1Point(a[0], a[1]), let q = g1Point(a[2], a[3]), let sum = AltBN128.add(p, q) else {
                return nil
            }
            return coordinates(sum)
        })

    /// A coordinate as a 256-bit word, or nil when it is negative or too wide (never a valid point).
    static func word(_ value: IeleInt) -> AltBN128.Word? {
        guard !value.isNegative, value.magnitudeBitWidth <= 256 else { return nil }
        return AltBN128.Word(bigEndian: value.bigEndianBytes(count: 32))
    }

    static func g1Point(_ x: IeleInt, _ y: IeleInt) -> AltBN128.G1Point? {
        guard let x = word(x), let y = word(y) else { return nil }
        return AltBN128.G1Point(x: x, y: y)
    }

    static func coordinates(_ p: AltBN128.G1Point) -> [IeleInt] {
        [IeleInt(bigEndianUnsigned: p.x.bigEndianBytes), IeleInt(bigEndianUnsigned: p.y.bigEndianBytes)]
    }
}
