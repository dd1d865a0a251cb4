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
        load(i.a, value)
    }

    /// `sstore %a(VALUE), %b(INDEX)`: `Csstore`; shrinking a cell earns `Rsstoreset` per word.
    mutating func sstore(_ i: Instr) throws(ExitStatus) {
        guard !frame.isStatic else { throw .userError }
        let (value, index) = (reg(i.a), reg(i.b))
        let old = world.storage(of: frame.address, at: index)
        let (valueSize, oldSize) = (value.words, old.words)
        try charge(
            schedule.cSstore(
                index: index.words, value: valueSize, valueIsZero: value.isZero, old: oldSize,
                oldIsZero: old.isZero))
        refund = sat(refund, plus: sat(schedule.rSstoreSet, times: Swift.max(0, oldSize - valueSize)))
        world.setStorage(of: frame.address, at: index, to: value)
    }
}
