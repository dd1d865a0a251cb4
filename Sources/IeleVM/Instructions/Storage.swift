import IeleNumerics

// Account storage (iele.md "Account Storage Operations"; iele-gas.md "Storage").

extension Machine {
    /// `%a = sload %b`.
    mutating func sload(_ i: Instr) throws(ExitStatus) {
        let index = reg(i.b)
        let value = world.storage(of: frame.address, at: index)
        let size = value.words
        try registerDelta(i.a, size)
        let keyCost = sat(schedule.gSloadKey, times: index.words)
        try charge(sat(sat(schedule.gSload, plus: keyCost), plus: sat(schedule.gSloadWord, times: size)))
        load(i.a, value, words: size)
    }

    /// `sstore %a(VALUE), %b(INDEX)`: `Csstore`; shrinking a cell earns `Rsstoreset` per word.
    ///
    /// The cell is looked up once, for the old value and the write (the running account always
    /// exists; the two-step form covers the case where it would not).
    mutating func sstore(_ i: Instr) throws(ExitStatus) {
        guard !frame.isStatic else { throw .userError }
        let (value, index) = (reg(i.a), reg(i.b))
        let cell = world.cell(of: frame.address, at: index)
        let old = cell.map { world.value(at: $0) } ?? .zero
        let (valueSize, oldSize) = (value.words, old.words)
        try charge(
            schedule.cSstore(
                index: index.words, value: valueSize, valueIsZero: value.isZero, old: oldSize,
                oldIsZero: old.isZero))
        // Memory bound: the key and the value stay in the world (and the value overwritten stays in
        // the journal) until the transaction ends, at `Gsstoreword` per word for an overwrite, far
        // below what `Cmem` charges; so they count against the memory limit (`storedWords`), with
        // the journal entry and the cell's slot in the account's table.
        storedWords = sat(storedWords, plus: sat(sat(valueSize, plus: index.words), plus: Machine.storageEntryWords))
        guard fitsMemoryLimit(frame.peakMemory) else { throw .outOfGas }
        refund = sat(refund, plus: sat(schedule.rSstoreSet, times: Swift.max(0, oldSize - valueSize)))
        if let cell {
            world.write(value, at: cell)
        } else {
            world.setStorage(of: frame.address, at: index, to: value)
        }
    }
}
