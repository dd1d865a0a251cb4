import IeleNumerics

extension Machine {
    /// K `#load` of a result that `write` builds in register `r` itself (given the register's
    /// address), so that the register's GMP storage can be reused when it holds the only reference
    /// to it (see `IeleInt.assign(magnitude:)`): a register that receives a hash or a byte-swapped
    /// word every iteration then allocates nothing. `<currentMemory>` changes exactly as
    /// `load(_:_:)` changes it (the size of the new value minus that of the old one), and so does
    /// `bigRegisters`.
    @inline(__always)
    mutating func loadInPlace(_ r: Int32, _ write: (UnsafeMutablePointer<IeleInt>) -> Void) {
        loadInPlace(r, replacing: frameRegisters[Int(r)].words, write)
    }

    /// `loadInPlace` into a register whose size (`oldWords`) the caller has already read.
    @inline(__always)
    mutating func loadInPlace(_ r: Int32, replacing oldWords: Int, _ write: (UnsafeMutablePointer<IeleInt>) -> Void) {
        let slot = frameRegisters + Int(r)
        let oldIsSmall = slot.pointee.isSmall
        write(slot)
        let newIsSmall = slot.pointee.isSmall
        if oldIsSmall != newIsSmall { bigRegisters &+= newIsSmall ? -1 : 1 }
        let newWords = slot.pointee.words
        if newWords != oldWords {
            frame.currentMemory = sat(frame.currentMemory, plus: newWords - oldWords)
        }
    }

    /// `loadInPlace` of `Bytes2Int(bytes, BE | LE, Signed | Unsigned)`.
    @inline(__always)
    mutating func loadInteger(_ r: Int32, bytes: UnsafeRawBufferPointer, bigEndian: Bool, signed: Bool) {
        loadInPlace(r) { $0.pointee.assign(bytes: bytes, bigEndian: bigEndian, signed: signed) }
    }
}
