import IeleCrypto
import IeleNumerics

extension Precompiled {
    /// `@iele.ecmul(X, Y, S)`: alt_bn128 scalar multiplication; USER_ERROR for an invalid point.
    static let ecmul = Precompiled(
        name: Array("iele.ecmul".utf8), parameterCount: 3, cost: { schedule, _ in schedule.gEcmul },
        run: { a in
            guard let p = g1Point(a[0], a[1]) else { return nil }
            let scalar = a[2].magnitude.unsignedBigEndianBytes ?? []
            guard let product = AltBN128.multiply(p, by: scalar, isNegative: a[2].isNegative) else { return nil }
            return coordinates(product)
        })
}
