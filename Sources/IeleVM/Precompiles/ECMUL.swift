import IeleCrypto
import IeleNumerics

extension Precompiled {
    /// `@iele.ecmul(X, Y, S)`: alt_bn128 scalar multiplication; USER_ERROR for an invalid point.
    static let ecmul = Precompiled(
        name: Array("iele.ecmul".utf8), parameterCount: 3, cost: { schedule, _ in schedule.gEcmul },
        run: { a in
            guard let p = g1Point(a[0], a[1]) else { return nil }
            // Memory bound: the scalar may be as long as the memory limit allows; it is reduced
            // modulo the group order a piece at a time from its limbs, never copied whole.
            let scalar = a[2]
            guard
                let product = AltBN128.multiply(
                    p, byScalarPieces: { scalar.forEachBigEndianChunk(count: scalar.unsignedByteCount, $0) },
                    isNegative: scalar.isNegative)
            else { return nil }
            return coordinates(product)
        })
}
