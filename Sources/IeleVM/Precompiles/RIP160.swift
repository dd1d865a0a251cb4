import IeleCrypto
import IeleNumerics

extension Precompiled {
    /// `@iele.rip160(LEN, DATA)`: RIPEMD-160 of DATA's LEN big-endian bytes.
    static let rip160 = Precompiled(
        name: Array("iele.rip160".utf8), parameterCount: 2,
        cost: { schedule, a in sat(schedule.gRip160, plus: sat(schedule.gRip160Word, times: hashedWords(a))) },
        run: { a in hashInput(a, RIPEMD160.hash(pieces:)).map { [IeleInt(bigEndianUnsigned: $0)] } })
}
