import IeleNumerics

extension Machine {
    /// K `#load` of `Bytes2Int(bytes, BE | LE, Signed | Unsigned)` into register `r`, built in the
    /// register itself: when the register holds the only reference to a big value, its GMP storage
    /// is reused (`IeleInt.assign(bytes:bigEndian:signed:)`), so a register that receives a hash or
    /// a byte-swapped word every iteration allocates nothing. `<currentMemory>` changes exactly as
    /// `load(_:_:)` changes it (the size of the new value minus that of the old one).
    @inline(__always)
    mutating func loadInteger(_ r: Int32, bytes: UnsafeRawBufferPointer, bigEndian: Bool, signed: Bool) {
        let slot = frameRegisters + Int(r)
        let oldWords = slot.pointee.words
        slot.pointee.assign(bytes: bytes, bigEndian: bigEndian, signed: signed)
        let newWords = slot.pointee.words
        if newWords != oldWords {
            frame.currentMemory = sat(frame.currentMemory, plus: newWords - oldWords)
        }
    }
}
