import IeleNumerics

// Logging (iele.md "Log Operations"; iele-gas.md "Logging").

extension Machine {
    /// `log %a(CELL), topics…`: appends the cell's bytes and up to four chopped topics.
    mutating func log(_ i: Instr) throws(ExitStatus) {
        guard !frame.isStatic else { throw .userError }
        let cell = reg(i.a).chopped
        let topicCount = Int(i.imm)
        // The K #compute rule creates the cell (empty) when it does not exist.
        let bytes: [UInt8]
        if let existing = frame.memory[cell] {
            bytes = existing
        } else {
            frame.memory[cell] = []
            bytes = []
        }
        let cost = sat(
            sat(schedule.gLog, plus: sat(schedule.gLogData, times: bytesInWords(bytes.count))),
            plus: sat(topicCount, times: schedule.gLogTopic))
        try charge(cost)
        loggedBytes = sat(loggedBytes, plus: bytes.count)
        guard loggedBytes <= Machine.logLimit else { throw .outOfGas }
        var topics: [IeleInt] = []
        topics.reserveCapacity(topicCount)
        for k in 0..<topicCount {
            topics.append(Self.topic(reg(operands[Int(i.list) + k])))
        }
        logs.append(LogEntry(address: frame.address, topics: topics, data: bytes))
    }

    /// A topic as logged: `chop(value)`. A value already in 0 ..< 2^256 (the usual event hash) is
    /// kept as it is, sharing its storage, instead of being rebuilt by the bit-range arithmetic.
    @inline(__always)
    static func topic(_ value: IeleInt) -> IeleInt {
        !value.isNegative && value.magnitudeBitWidth <= 256 ? value : value.chopped
    }
}
