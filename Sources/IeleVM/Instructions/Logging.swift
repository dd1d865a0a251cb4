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
            topics.append(reg(operands[Int(i.list) + k]).chopped)
        }
        logs.append(LogEntry(address: frame.address, topics: topics, data: bytes))
    }
}
