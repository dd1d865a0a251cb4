import IeleCrypto
import IeleNumerics

extension Precompiled {
    /// The most pairs a call may check; beyond it the byte strings would not fit in memory (with
    /// 2^62 gas, `Gecpairingpair` alone would let 10^11 pairs through).
    ///
    /// Memory bound: the G1 and G2 strings are at most 2^16 · 64 and 2^16 · 128 bytes (12 MiB
    /// together) and the decoded pairs about as much, whatever the arguments' sizes, so the
    /// buffers of one call are a constant the memory limit does not need to count.
    static let maximumPairs = 1 << 16

    /// `@iele.ecpairing(LEN, G1, G2)`: 1 when the product of the pairings is 1, else 0.
    ///
    /// A negative LEN is USER_ERROR. K reads `chop(LEN)` pairs but counts LEN down to 0, and
    /// `#ecpairing` has a rule only for `LEN > 0` and `LEN == 0`: a negative LEN is stuck, an
    /// undefined result. Its cost `Gecpairing + LEN * Gecpairingpair` is negative from LEN = -2
    /// (DEFAULT, ALBE) or -4 (DANSE); LEN = -2^256 has `chop(LEN)` = 0 pairs and a cost near
    /// -2^256 · Gecpairingpair, which K would add to the gas. `callPrecompiled` rejects a negative
    /// cost before charging it, and `run` rejects every negative LEN (LEN = -2^256 + 1 has one
    /// pair to check, at a negative price).
    static let ecpairing = Precompiled(
        name: Array("iele.ecpairing".utf8), parameterCount: 3,
        cost: { schedule, a in sat(schedule.gEcpairing, plus: sat(saturatedInt(a[0]), times: schedule.gEcpairingPair))
        },
        run: { a in
            guard !a[0].isNegative, let count = a[0].asInt, count <= maximumPairs else { return nil }
            let g1 = a[1].littleEndianBytes(count: count * 64)
            let g2 = a[2].littleEndianBytes(count: count * 128)
            guard let pairs = AltBN128.pairingInput(g1: g1, g2: g2, count: count),
                let holds = AltBN128.pairingCheck(pairs)
            else { return nil }
            return [holds ? .one : .zero]
        })
}
