import IeleCrypto
import IeleNumerics

extension Precompiled {
    /// `@iele.ecrec(HASH, V, R, S)`: the signer's address, or -1 when no key recovers.
    static let ecrec = Precompiled(
        name: Array("iele.ecrec".utf8), parameterCount: 4, cost: { schedule, _ in schedule.gEcrec },
        run: { a in
            guard a.allSatisfy({ !$0.isNegative }) else { return nil }
            guard let v = a[1].asInt,
                let address = Secp256k1.recoverAddress(
                    hash: a[0].bigEndianBytes(count: 32), v: v, r: a[2].bigEndianBytes(count: 32),
                    s: a[3].bigEndianBytes(count: 32))
            else { return [IeleInt(-1)] }
            return [IeleInt(bigEndianUnsigned: address)]
        })
}
