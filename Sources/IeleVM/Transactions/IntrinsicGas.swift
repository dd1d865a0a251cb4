import IeleCrypto
import IeleNumerics

extension GasSchedule {
    /// iele-gas.md `G0`: the intrinsic gas of a transaction, in transaction units.
    ///
    /// The data priced is the RLP list `[code or function name, [arguments]]`, each argument as its
    /// shortest signed big-endian bytes (0 as one zero byte), at `Gtxdatazero` / `Gtxdatanonzero` a
    /// byte, plus `Gtxcreate` for a create or `Gtransaction` for a call.
    public func intrinsicGas(of transaction: Transaction) -> Int {
        let arguments = RLPItem.list(
            transaction.arguments.map { $0.isZero ? RLPItem.bytes([0]) : RLPItem.bytes($0.signedBigEndianBytes) })
        let head: [UInt8] = transaction.to == nil ? transaction.contractCode : Array(transaction.function.utf8)
        let data = RLPItem.list([.bytes(head), arguments]).encoded
        var gas = transaction.to == nil ? gTxCreate : gTransaction
        for byte in data { gas = sat(gas, plus: byte == 0 ? gTxDataZero : gTxDataNonZero) }
        return gas
    }
}
