import IeleNumerics

extension GasSchedule {
    /// iele-gas.md `G0`: the intrinsic gas of a transaction, in transaction units.
    ///
    /// The data priced is the RLP list `[code or function name, [arguments]]`, each argument as its
    /// shortest signed big-endian bytes (0 as one zero byte), at `Gtxdatazero` / `Gtxdatanonzero` a
    /// byte, plus `Gtxcreate` for a create or `Gtransaction` for a call. Only the counts of zero and
    /// non-zero bytes matter, so they are counted (`RLPByteTally`) without building the encoding.
    public func intrinsicGas(of transaction: Transaction) -> Int {
        var arguments = RLPByteTally()
        for argument in transaction.arguments { arguments.addArgument(argument) }
        var data = RLPByteTally()
        if transaction.to == nil {
            data.addString(transaction.contractCode)
        } else {
            data.addString(transaction.function.utf8)
        }
        data.addList(payload: arguments)
        data.wrapInList()
        let base = transaction.to == nil ? gTxCreate : gTransaction
        return sat(
            sat(base, plus: sat(gTxDataZero, times: data.zeros)),
            plus: sat(gTxDataNonZero, times: data.count - data.zeros))
    }
}

/// The length of an RLP encoding and how many of its bytes are zero (yellow paper, appendix B),
/// accumulated item by item.
struct RLPByteTally {
    private(set) var count = 0
    private(set) var zeros = 0

    /// Appends a byte string item.
    mutating func addString(_ bytes: some Collection<UInt8>) {
        var length = 0
        var contentZeros = 0
        for byte in bytes {
            length += 1
            if byte == 0 { contentZeros += 1 }
        }
        if length == 1 && (bytes.first ?? 0) < 0x80 {
            count += 1  // the byte is its own encoding
        } else {
            addHeader(payloadLength: length)
            count += length
        }
        zeros += contentZeros
    }

    /// Appends an argument: its shortest signed big-endian bytes, and one zero byte for 0.
    mutating func addArgument(_ value: IeleInt) {
        guard let small = value.asInt else {
            addString(value.signedBigEndianBytes)
            return
        }
        if small == 0 {
            count += 1  // [0x00]: a single byte below 0x80
            zeros += 1
            return
        }
        // The low `length` bytes of the two's complement, most significant first.
        let length = value.signedByteCount
        let bits = UInt64(bitPattern: Int64(small))
        if length == 1 && UInt8(truncatingIfNeeded: bits) < 0x80 {
            count += 1
            return
        }
        addHeader(payloadLength: length)
        count += length
        for k in 0..<length where UInt8(truncatingIfNeeded: bits >> (8 * UInt64(k))) == 0 { zeros += 1 }
    }

    /// Appends a list whose items are `payload`.
    mutating func addList(payload: RLPByteTally) {
        addHeader(payloadLength: payload.count)
        count += payload.count
        zeros += payload.zeros
    }

    /// Makes everything tallied so far the payload of one list.
    mutating func wrapInList() {
        let payload = self
        self = RLPByteTally()
        addList(payload: payload)
    }

    /// A string or list header: one non-zero byte (0x80/0xc0 plus the length) below 56 bytes of
    /// payload, else a non-zero byte (0xb7/0xf7 plus the length's size) and the payload length in
    /// its shortest big-endian bytes, which may contain zeros.
    private mutating func addHeader(payloadLength: Int) {
        count += 1
        guard payloadLength >= 56 else { return }
        var rest = payloadLength
        while rest != 0 {
            count += 1
            if rest & 0xff == 0 { zeros += 1 }
            rest >>= 8
        }
    }
}
