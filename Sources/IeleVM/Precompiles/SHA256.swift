import IeleCrypto
import IeleNumerics

extension Precompiled {
    /// `@iele.sha256(LEN, DATA)`: SHA-256 of DATA's LEN big-endian bytes.
    static let sha256 = Precompiled(
        name: Array("iele.sha256".utf8), parameterCount: 2,
        cost: { schedule, a in sat(schedule.gSha256, plus: sat(schedule.gSha256Word, times: hashedWords(a))) },
        run: { a in hashInput(a, SHA256.hash(pieces:)).map { [IeleInt(bigEndianUnsigned: $0)] } })
}
