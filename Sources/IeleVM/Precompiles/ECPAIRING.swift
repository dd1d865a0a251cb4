import IeleCrypto
import IeleNumerics

extension Precompiled {
    /// The most pairs a call may check; beyond it the byte strings would not fit in memory (a
    /// negative LEN makes the K cost negative, so gas alone does not bound `chop(LEN)`).
    ///
    /// Memory bound: the G1 and G2 strings are at most 2^16 · 64 and 2^16 · 128 bytes (12 MiB
    /// together) and the decoded pairs about as much, whatever the arguments' sizes, so the
    /// buffers of one call are a constant the memory limit does not need to count.
    static let maximumPairs = 1 << 16

    /// `@iele.ecpairing(LEN, G1, G2)`: 1 when the product of the pairings is 1, else 0.
    static let ecpairing = Precompiled(
        name: Array("iele.ecpairing".utf8), parameterCount: 3,
        cost: { schedule, a in sat(schedule.gEcpairing, plus: sat(saturatedInt(a[0]), times: schedule.gEcpairingPair))
        },
        run: { a in
            guard let count = a[0].chopped.asInt, count <= maximumPairs else { return nil }
            let g1 = a[1].littleEndianBytes(count: count * 64)
            let g2 = a[2].littleEndianBytes(count: count * 128)
            guard let pairs = AltBN128.pairingInput(g1: g1, g2: g2, count: count),
                let holds = AltBN128.pairingCheck(pairs)
            else { return nil }
            return [holds ? .one : .zero]
        })
}
